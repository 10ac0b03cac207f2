"""Month and weekday names with their abbreviations, in the form dateutil's ``parserinfo`` takes."""

MONTHS: tuple[tuple[str, ...], ...] = (
    ("Jan", "Jan.", "January"),
    ("Feb", "Feb.", "February"),
    ("Mar", "Mar.", "March"),
    ("Apr", "Apr.", "April"),
    ("May",),
    ("Jun", "Jun.", "June"),
    ("Jul", "Jul.", "July"),
    ("Aug", "Aug.", "August"),
    ("Sep", "Sep.", "Sept", "Sept.", "September"),
    ("Oct", "Oct.", "October"),
    ("Nov", "Nov.", "November"),
    ("Dec", "Dec.", "December"),
)

WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("Mon", "Mon.", "Monday"),
    ("Tue", "Tue.", "Tues", "Tues.", "Tuesday"),
    ("Wed", "Wed.", "Weds", "Weds.", "Wednesday"),
    ("Thu", "Thu.", "Thur", "Thurs", "Thurs.", "Thursday"),
    ("Fri", "Fri.", "Friday"),
    ("Sat", "Sat.", "Saturday"),
    ("Sun", "Sun.", "Sunday"),
)

# Zone abbreviations seen on news sites, with their offset from UTC in hours.  ``ET``/``PT``
# style names, standard or daylight time by the date, are in REGIONAL_TIMEZONES.  An abbreviation
# that names several zones (AST, GST) is left out: a wrong offset is worse than none.
TIMEZONES: tuple[tuple[str, float], ...] = (
    ("UTC", 0), ("GMT", 0), ("Z", 0), ("BST", 1), ("CET", 1), ("CEST", 2), ("EET", 2), ("EEST", 3),
    ("MSK", 3), ("IST", 5.5), ("CST", -6), ("CDT", -5), ("EST", -5), ("EDT", -4), ("MST", -7),
    ("MDT", -6), ("PST", -8), ("PDT", -7), ("AEST", 10), ("AEDT", 11), ("JST", 9), ("KST", 9), ("HKT", 8),
    ("SGT", 8),
    # zone names newsrooms print in Asia, Africa and the Pacific
    ("BJT", 8), ("WIB", 7), ("WITA", 8), ("WIT", 9), ("PKT", 5), ("ICT", 7), ("PHT", 8), ("NPT", 5.75),
    ("EAT", 3), ("WAT", 1), ("CAT", 2), ("SAST", 2), ("TRT", 3), ("NZST", 12), ("NZDT", 13), ("AWST", 8),
    ("ACST", 9.5), ("ACDT", 10.5), ("WET", 0), ("WEST", 1), ("HST", -10), ("AKST", -9), ("AKDT", -8),
    # Brasília time and its old summer time, Malaysia, Iran and Uruguay: each one zone's name (not
    # ART, COT, PET, BOT, English words too: CASED_TIMEZONES; not AMT, Amazon or Armenia time)
    ("BRT", -3), ("BRST", -2), ("MYT", 8), ("IRST", 3.5), ("UYT", -3),
    # Chile's standard and summer time, each one zone's name (lay54)
    ("CLT", -4), ("CLST", -3),
    # Central European time as German pages name it: "14:05 Uhr MEZ", "09:30 MESZ"
    ("MEZ", 1), ("MESZ", 2),
    # Gulf Standard Time, as the Gulf's pages print it after a clock ("07:00 GST", "10:15 (GST)")
    ("GST", 4),
    # Canada's zones as French pages name them, summer (avancée) and standard (normale) time: Eastern,
    # Central, Mountain (Rocheuses), Pacific, Atlantic ("13 h 45 HAE"); Newfoundland's in English (fixT55b)
    ("HAE", -4), ("HNE", -5), ("HAC", -5), ("HNC", -6), ("HAR", -6), ("HNR", -7), ("HAP", -7), ("HNP", -8),
    ("HAA", -3), ("HNA", -4), ("NST", -3.5), ("NDT", -2.5),
)
# When each summer-time zone of TIMEZONES is kept: its first and last day, each a month and which
# Sunday of it (1 the first, 2 the second, -1 the last).  A season whose first day falls after its
# last (the southern hemisphere's) runs over the new year.  Brazil's and Chile's summer times, whose
# rules changed from year to year, are not listed: no season is checked for them.
NORTH_AMERICAN_SUMMER: tuple[tuple[int, int], tuple[int, int]] = ((3, 2), (11, 1))  # 2nd Sunday of March to 1st of November
EUROPEAN_SUMMER: tuple[tuple[int, int], tuple[int, int]] = ((3, -1), (10, -1))  # last Sunday of March to last of October
AUSTRALIAN_SUMMER: tuple[tuple[int, int], tuple[int, int]] = ((10, 1), (4, 1))  # 1st Sunday of October to 1st of April
NEW_ZEALAND_SUMMER: tuple[tuple[int, int], tuple[int, int]] = ((9, -1), (4, 1))  # last Sunday of September to 1st of April
DAYLIGHT_TIMEZONES: tuple[tuple[str, tuple[tuple[int, int], tuple[int, int]]], ...] = (
    *((name, NORTH_AMERICAN_SUMMER) for name in ("EDT", "CDT", "MDT", "PDT", "AKDT", "NDT", "HAE", "HAC", "HAR", "HAP", "HAA")),
    *((name, EUROPEAN_SUMMER) for name in ("BST", "CEST", "EEST", "WEST", "MESZ")),
    ("AEDT", AUSTRALIAN_SUMMER), ("ACDT", AUSTRALIAN_SUMMER), ("NZDT", NEW_ZEALAND_SUMMER),
)
#: Zone abbreviations that are English words too (``art``, ``cot``, ``pet``, ``bot``): read only
#: as written here, in capitals (``9:00 AM ART``), never as a date's filler word in any case.
#: Argentina, Colombia, Peru and Bolivia, none of which keeps summer time.
CASED_TIMEZONES: tuple[tuple[str, float], ...] = (("ART", -3), ("COT", -5), ("PET", -5), ("BOT", -4))
#: Zones named without saying whether summer time applies (``ET``): read with the region's rules.
REGIONAL_TIMEZONES: tuple[tuple[str, str], ...] = (
    ("ET", "America/New_York"), ("CT", "America/Chicago"), ("MT", "America/Denver"), ("PT", "America/Los_Angeles"),
)
# Words after a clock that name no one zone: the clock is read without a zone ("14:00 local time"); an
# abbreviation that names several zones, in capitals (AST: Arabia, Atlantic), so too (fixT56a).
# ADT too: Atlantic Daylight Time, read with an offset only where the page names Atlantic Canada (fixL66).
NAIVE_TIMEZONES: tuple[str, ...] = ("local time", "AST", "ADT")
# Zone abbreviations of TIMEZONES that name several zones, each with the regions it may name and
# the offset it has there: Irish, Indian or Israel Standard Time; China's or America's Central
# Standard Time; British Summer or Bangladesh Standard Time.  Regions that share an offset (America's and
# Canada's Central time) are one reading when a page names both (mendL65).  Such a stamp takes the offset of the
# one region the page names (ZONE_REGIONS), and none when it names none or several (fixT59).
AMBIGUOUS_TIMEZONES: tuple[tuple[str, tuple[tuple[str, float], ...]], ...] = (
    ("IST", (("India", 5.5), ("Ireland", 1), ("Israel", 2))),
    ("CST", (("United States", -6), ("Canada", -6), ("China", 8))),
    ("BST", (("Britain", 1), ("Bangladesh", 6))),
    ("PST", (("United States", -8), ("Canada", -8), ("Philippines", 8))),
    # US Eastern, or Australian Eastern Standard Time as Australian pages also write it (AEST):
    # read as Australian only when the page names Australia alone before the story (fixL65).
    ("EST", (("United States", -5), ("Canada", -5), ("Australia", 10))),
    # Atlantic Standard Time on a page from Halifax or Charlottetown; Arabia Standard Time on one from
    # Riyadh or Doha; read (from NAIVE_TIMEZONES, without an offset) only where the page names one of
    # them (fixL66). Atlantic Daylight Time, in Atlantic Canada's summer only (AMBIGUOUS_ZONE_SEASONS).
    # (and in the Caribbean, Puerto Rico to Barbados, all year: round 66)
    ("AST", (("Atlantic Canada", -4), ("Gulf", 3), ("Caribbean", -4))),
    ("ADT", (("Atlantic Canada", -3),)),
)
# The region an ambiguous zone is read in when the page names none of its regions: the zone's
# usual reading, which it had before it was ambiguous (US Pacific time for PST; fixT60). A zone
# not listed keeps no offset then; a page naming several of its regions keeps none either. Its
# other regions count only when named before the story (headline, stamp lines, the first line's
# dateline), not in the story's text ("Filipino nurses" in a US story: mend60b).
AMBIGUOUS_ZONE_DEFAULTS: tuple[tuple[str, str], ...] = (("PST", "United States"), ("EST", "United States"))
# Regions of AMBIGUOUS_TIMEZONES that keep the zone in a season only: Ireland's IST is Irish Summer
# Time, out of season in January (no offset then, as a summer zone out of season: fixR59).
AMBIGUOUS_ZONE_SEASONS: tuple[tuple[str, str, tuple[tuple[int, int], tuple[int, int]]], ...] = (
    ("IST", "Ireland", EUROPEAN_SUMMER),
    ("BST", "Britain", EUROPEAN_SUMMER),  # British Summer Time in summer only (mendL65)
    ("ADT", "Atlantic Canada", NORTH_AMERICAN_SUMMER),  # (fixL66)
)
# The words that place a page in a region of AMBIGUOUS_TIMEZONES: the country, its people, its
# large cities, the wires based there and its sites' ending (".ie"), one word each, as written
# (the Philippines without its people's words, which US stories write too: mend60b).
# The words of ZONE_REGIONS that name a region's people, not the region: weak evidence of where a
# site is, read in the header only (a US story names "Chinese buyers" as an Indian one names
# "Israeli officials"; fixT61).
ZONE_REGION_PEOPLE: frozenset[str] = frozenset({
    "Indian", "Irish", "Israeli", "American", "Americans", "Chinese", "British", "Scottish", "Welsh", "Bangladeshi",
    "Australian", "Saudi", "Qatari", "Kuwaiti", "Iraqi", "Bahraini",
})
ZONE_REGIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("India", (
        "India", "Indian", "Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Bangalore", "Hyderabad", "Pune",
        "Ahmedabad", "Lucknow", "Jaipur", "Srinagar", "PTI", "IANS", "ANI", "UNI", ".in",
    )),
    ("Ireland", (
        "Ireland", "Irish", "Dublin", "Cork", "Galway", "Limerick", "Waterford", "RTÉ", "Dáil", "Taoiseach", ".ie",
    )),
    ("Israel", ("Israel", "Israeli", "Jerusalem", "Haifa", "Aviv", ".il")),
    ("United States", (
        "U.S.", "US", "USA", "American", "Americans", "Chicago", "Houston", "Dallas", "Texas", "Minnesota",
        "Iowa", "Illinois", "Wisconsin", "Missouri", "Oklahoma", "Louisiana", "Tennessee", "Alabama", "Kansas",
        "Nebraska", "Arkansas", "Mississippi",
    )),
    ("China", (
        "China", "Chinese", "Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Wuhan", "Chongqing", "Taiwan",
        "Taipei", "Xinhua", ".cn", ".tw",
    )),
    ("Britain", (
        "Britain", "British", "UK", "U.K.", "England", "Scotland", "Scottish", "Wales", "Welsh",
        "London", "Manchester", "Birmingham", "Glasgow", "Edinburgh", "Cardiff", "Belfast", "BBC", ".uk",
        # more of its cities, its broadcaster and its institutions (mendL65)
        "Liverpool", "Leeds", "Bristol", "Sheffield", "ITV", "NHS", "Westminster", "Whitehall",
    )),
    # Canada, whose Central and Pacific times are America's: its places in those zones, its public
    # broadcaster and its sites' ending; not the country's name, which a story from China names as often
    # as one from Winnipeg (mendL65)
    ("Canada", ("Winnipeg", "Manitoba", "Regina", "Saskatchewan", "Saskatoon", "Vancouver", "CBC", ".ca")),
    # Canada's Maritime provinces, on Atlantic time (AST, ADT): their cities, "Nova Scotia" by its
    # second word, "P.E.I.", and the region's newspaper group; not "Brunswick" alone, a German city
    # too (fixL66)
    ("Atlantic Canada", (
        "Halifax", "Scotia", "Moncton", "Fredericton", "Charlottetown", "Summerside", "P.E.I.", "PEI",
        "Miramichi", "SaltWire",
    )),
    # The Caribbean islands on Atlantic Standard Time all year (AST, -4): Puerto Rico by "Rico", the
    # eastern islands by name (round 66: "SAN JUAN, Puerto Rico" over a story naming Kuwait read +3)
    ("Caribbean", (
        "Rico", "Rican", "Barbados", "Trinidad", "Tobago", "Antigua", "Grenada", "Anguilla", "Martinique",
        "Guadeloupe", "Aruba", "Curaçao", ".pr",
    )),
    # The Gulf states on Arabia Standard Time (AST, +3): Saudi Arabia, Kuwait, Bahrain, Qatar, Iraq,
    # Yemen; not the United Arab Emirates or Oman, on Gulf Standard Time (fixL66)
    ("Gulf", (
        "Saudi", "Arabia", "Riyadh", "Jeddah", "Dammam", "Makkah", "Mecca", "Kuwait", "Kuwaiti", "Bahrain",
        "Bahraini", "Manama", "Qatar", "Qatari", "Doha", "Iraq", "Iraqi", "Baghdad", "Basra", "Erbil", "Yemen",
        "Sanaa", "KUNA", "QNA", ".sa", ".kw", ".bh", ".qa", ".iq",
    )),
    ("Bangladesh", ("Bangladesh", "Bangladeshi", "Dhaka", "Chittagong", "Chattogram", "BSS", "UNB", ".bd")),
    ("Philippines", (
        "Philippines", "Manila", "Quezon", "Makati", "Cebu", "Davao",
        "Mindanao", "Luzon", "PNA", ".ph",
    )),
    ("Australia", (
        "Australia", "Australian", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra", "Hobart",
        "Queensland", "Tasmania", "AAP", ".au",
    )),
)
