"""Places whose names read as a person's: two or more capitalised words that are no country
(:mod:`demonyms` knows those) and that open with no word a given name never is (``New``,
``San``, ``Port``: ``BylineParser.NOT_GIVEN_NAMES``).  Capitals, territories and the large
cities a dateline names, so that ``Hong Kong`` beside a date is where a story was filed, not who
wrote it.  A place of one word needs no entry there: a name has two words at least.

:data:`CITIES` are capitals and large cities of one word, for where one word alone may be a
given name (``said his son, Paris.``: a place, so the role stays the speaker); a city that is a
common given name (``Sofia``, ``Victoria``, ``Sydney``) is left out, as a name is meant there
more often."""

PLACES: tuple[str, ...] = (
    # territories and countries whose names two capitalised words write
    "Hong Kong", "Costa Rica", "Puerto Rico", "Sierra Leone", "Burkina Faso", "El Salvador", "Ivory Coast",
    "Timor-Leste", "East Timor", "Papua New Guinea", "Equatorial Guinea", "Trinidad and Tobago",
    "Bosnia and Herzegovina", "North Macedonia", "Marshall Islands", "Solomon Islands", "Faroe Islands",
    "Cayman Islands", "Dominican Republic", "Central African Republic", "United Arab Emirates",
    # capitals and large cities
    "Buenos Aires", "Tel Aviv", "Kuala Lumpur", "Abu Dhabi", "Addis Ababa", "Phnom Penh", "Rio de Janeiro",
    "Sao Paulo", "La Paz", "Santo Domingo", "Ho Chi Minh City", "Dar es Salaam", "Bandar Seri Begawan",
    "Ulan Bator", "Chiang Mai", "Da Nang", "Belo Horizonte", "Porto Alegre", "Baton Rouge", "Des Moines",
    "El Paso", "Salt Lake City", "Monte Carlo", "Kota Kinabalu", "Nur-Sultan", "Sharm el-Sheikh",
    "Santiago de Chile", "Ciudad de México", "Mexico City", "São Paulo", "Frankfurt am Main",
    "Cape Town", "George Town", "Port Louis", "Port Moresby", "Port of Spain", "Port-au-Prince", "Port Vila",
    "Kuwait City", "Guatemala City", "Panama City", "San José", "San Jose", "San Salvador", "San Juan",
    "San Marino", "Port Harcourt",
    # a seat of government whose name opens with the article ("Jane Roe" / "The Hague": where she
    # filed, not her paper)
    "The Hague",
    # capitals that open with a word no given name is, which a dateline in capitals names before a
    # colon as the South Asian press writes it ("NEW DELHI: ..."): a place the vocabulary must know
    "New Delhi",
    # cities that open with a given name, which a page may set after an author's name and a bar
    # ("Jane Roe | Ann Arbor": where she writes from, no second author; fixL67)
    "Ann Arbor", "Jefferson City", "Carson City", "Charlotte Amalie", "Elizabeth City", "Jackson Hole",
)

CITIES: tuple[str, ...] = (
    # capitals
    "Abuja", "Accra", "Algiers", "Amman", "Amsterdam", "Ankara", "Antananarivo", "Ashgabat", "Asmara",
    "Astana", "Asuncion", "Athens", "Baghdad", "Baku", "Bamako", "Bangkok", "Bangui", "Banjul", "Beijing",
    "Beirut", "Belgrade", "Berlin", "Bern", "Bishkek", "Bissau", "Bogota", "Bratislava", "Brasilia",
    "Brazzaville", "Brussels", "Bucharest", "Budapest", "Bujumbura", "Cairo", "Canberra", "Caracas",
    "Chisinau", "Colombo", "Conakry", "Copenhagen", "Dakar", "Damascus", "Dhaka", "Djibouti", "Dodoma",
    "Doha", "Dublin", "Dushanbe", "Freetown", "Gaborone", "Hanoi", "Harare", "Havana", "Helsinki",
    "Islamabad", "Jakarta", "Jerusalem", "Juba", "Kabul", "Kampala", "Kathmandu", "Khartoum", "Kigali",
    "Kinshasa", "Kyiv", "Kiev", "Libreville", "Lilongwe", "Lisbon", "Ljubljana", "Lome", "London", "Luanda",
    "Lusaka", "Madrid", "Managua", "Manama", "Manila", "Maputo", "Maseru", "Minsk", "Mogadishu", "Monrovia",
    "Montevideo", "Moscow", "Muscat", "Nairobi", "Nassau", "Naypyidaw", "Niamey", "Nicosia", "Nouakchott",
    "Oslo", "Ottawa", "Ouagadougou", "Paramaribo", "Paris", "Podgorica", "Prague", "Pretoria", "Pristina",
    "Pyongyang", "Quito", "Rabat", "Reykjavik", "Riga", "Riyadh", "Rome", "Sanaa", "Sarajevo", "Seoul",
    "Skopje", "Stockholm", "Taipei", "Tallinn", "Tashkent", "Tbilisi", "Tegucigalpa", "Tehran", "Thimphu",
    "Tirana", "Tokyo", "Tripoli", "Tunis", "Ulaanbaatar", "Valletta", "Vienna", "Vientiane", "Vilnius",
    "Warsaw", "Windhoek", "Yaounde", "Yerevan", "Zagreb", "Dili", "Malabo", "Apia", "Suva", "Honiara",
    "Funafuti", "Majuro", "Tarawa", "Castries", "Kingstown", "Roseau", "Basseterre", "Bridgetown", "Belmopan",
    "Mbabane", "Moroni", "Praia", "N'Djamena", "Ndjamena", "Yamoussoukro", "Porto-Novo", "Vaduz", "Wellington",
    # large cities
    "Antwerp", "Atlanta", "Bangalore", "Barcelona", "Bengaluru", "Birmingham", "Boston", "Casablanca",
    "Chennai", "Chicago", "Chongqing", "Cologne", "Dallas", "Delhi", "Denver", "Detroit", "Dubai", "Durban",
    "Edinburgh", "Frankfurt", "Geneva", "Glasgow", "Guangzhou", "Hamburg", "Houston", "Hyderabad", "Istanbul",
    "Johannesburg", "Karachi", "Kharkiv", "Kolkata", "Krakow", "Kyoto", "Lagos", "Liverpool", "Lyon",
    "Manchester", "Marseille", "Miami", "Milan", "Montreal", "Mumbai", "Munich", "Naples", "Odesa", "Osaka",
    "Philadelphia", "Rotterdam", "Seattle", "Seville", "Shanghai", "Shenzhen", "Toronto", "Wuhan", "Zurich",
    "Zaragoza", "Málaga", "Malaga", "Bilbao",
    "Abidjan", "Cotonou", "Mombasa", "Kisumu", "Kano", "Ibadan", "Kumasi", "Bulawayo", "Blantyre", "Arusha",
    # city-states, named as cities are ("SINGAPORE: ..."), and large cities of Oceania and Canada
    "Singapore", "Luxembourg", "Luxemburg", "Luxemburgo", "Monaco", "Macau", "Macao", "Melbourne", "Brisbane", "Auckland",
    "Vancouver", "Calgary",
    # large cities of South Asia, which its press names in capitals before a colon ("LAHORE: ...")
    "Lahore", "Peshawar", "Quetta", "Rawalpindi", "Faisalabad", "Lucknow", "Jaipur", "Ahmedabad", "Pune",
    "Chittagong", "Srinagar",
    # large cities of the Gulf and Pakistan its press names in title case before a colon ("Sharjah: ...", fixL67)
    "Sharjah", "Ajman", "Fujairah", "Jeddah", "Dammam", "Multan",
    # the same capitals and large cities as the pages of the language packs write them (German, French,
    # Spanish): "Köln – Im Prozess ...", "Bruxelles (AFP) -"
    "Köln", "München", "Wien", "Zürich", "Genf", "Brüssel", "Moskau", "Warschau", "Prag", "Athen", "Kiew",
    "Peking", "Lissabon", "Mailand", "Neapel", "Düsseldorf", "Stuttgart", "Leipzig", "Dresden", "Hannover",
    "Nürnberg", "Bremen", "Bruxelles", "Genève", "Londres", "Moscou", "Varsovie", "Pékin", "Lisbonne",
    "Bruselas", "Ginebra", "Varsovia", "Moscú", "Pekín", "Lisboa", "Sevilla", "Praga", "Atenas",
)

#: States, provinces and regions a place's name is followed by after a comma (``Austin, Texas``,
#: ``Bonn, North Rhine-Westphalia``), which are no countries: they tell where the place is, never who
#: speaks.  A region read more often as a given name (``Georgia``, ``Victoria``) is left out; one read
#: more often as a place (``Virginia``, ``Brittany``, ``Alberta``) stays, since a region counts only where
#: it closes the phrase before the cue (``a lawyer in Richmond, Virginia said``; ``..., Virginia Ruiz
#: said`` is a name).
REGIONS: tuple[str, ...] = (
    # the states of the United States
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    # the provinces of Canada and the states of Australia
    "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia", "Ontario",
    "Quebec", "Saskatchewan", "New South Wales", "Queensland", "Tasmania",
    # the nations of the United Kingdom and large regions of Europe
    "England", "Scotland", "Wales", "Northern Ireland", "Bavaria", "Saxony", "Brittany", "Normandy",
    "Provence", "Catalonia", "Andalusia", "Lombardy", "Tuscany", "Sicily", "Flanders", "Wallonia",
)
