"""Realistic articles that several test modules use (written for the project, invented events)."""

#: A web page copied with its kicker, byline, stamps, a caption and a wire dateline.
WEB_ARTICLE = (
    "WORLD / EUROPE\n"
    "Dutch farmers block motorways in protest over nitrogen rules\n"
    "By Eva Jansen and Pieter de Vries\n"
    "Published: Mar 4, 2025 09:05 AM\n"
    "Updated: Mar 4, 2025 11:40 AM\n"
    "\n"
    "Tractors parked across the A12 motorway near Utrecht on Tuesday morning. Photo: Sanne Visser\n"
    "\n"
    "THE HAGUE (Reuters) — Thousands of Dutch farmers drove tractors onto motorways\n"
    "on Tuesday, causing traffic jams of more than 900 km, the national road\n"
    "authority said.\n"
    "\n"
    '"We have been patient for five years, and patience has run out," said Henk Bosman, a\n'
    "dairy farmer from Gelderland.\n"
    "\n"
    "Agriculture Minister Femke Wiersma said the government would meet farmers' groups on Friday.\n"
    "\n"
    "Tractors parked across the A12 motorway near Utrecht on Tuesday morning. Photo: Sanne Visser\n"
    "\n"
    "Read more: Why nitrogen matters for Dutch farming\n"
    "\n"
    "(Reporting by Eva Jansen; Editing by Mark Potter)\n"
)

#: A short Reuters-style wire story: a headline, a dateline, reported speech and a direct quote.
WIRE = (
    "Russia says it repelled drone attack on Moscow region\n"
    "\n"
    "MOSCOW, Aug 13 (Reuters) - Russian air defences destroyed 11 drones overnight\n"
    "over the Moscow region, the defence ministry said on Tuesday.\n"
    "\n"
    '"The attack was repelled," Mayor Sergei Sobyanin wrote on Telegram.\n'
)
