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
    ("Wed", "Wed.", "Wednesday"),
    ("Thu", "Thu.", "Thur", "Thurs", "Thurs.", "Thursday"),
    ("Fri", "Fri.", "Friday"),
    ("Sat", "Sat.", "Saturday"),
    ("Sun", "Sun.", "Sunday"),
)

# Zone abbreviations seen on news sites, with their offset from UTC in hours.  ``ET``/``PT``
# style names are ambiguous between standard and daylight time and are left naive.
TIMEZONES: tuple[tuple[str, float], ...] = (
    ("UTC", 0), ("GMT", 0), ("Z", 0), ("BST", 1), ("CET", 1), ("CEST", 2), ("EET", 2), ("EEST", 3),
    ("MSK", 3), ("IST", 5.5), ("CST", -6), ("CDT", -5), ("EST", -5), ("EDT", -4), ("MST", -7),
    ("MDT", -6), ("PST", -8), ("PDT", -7), ("AEST", 10), ("AEDT", 11), ("JST", 9), ("KST", 9), ("HKT", 8),
    ("SGT", 8),
)
NAIVE_TIMEZONES: tuple[str, ...] = ("ET", "CT", "MT", "PT", "BJT", "local time")
