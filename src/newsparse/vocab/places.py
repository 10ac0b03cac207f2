"""Places whose names read as a person's: two or more capitalised words that are no country
(:mod:`demonyms` knows those) and that open with no word a given name never is (``New``,
``San``, ``Port``: ``BylineParser.NOT_GIVEN_NAMES``).  Capitals, territories and the large
cities a dateline names, so that ``Hong Kong`` beside a date is where a story was filed, not who
wrote it.  A place of one word needs no entry: a name has two words at least."""

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
)
