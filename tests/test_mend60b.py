"""Round 60's defects a second reader found (mend60b): ``PST`` read as Philippine time on a US page
whose story names Filipino nurses or flights to Manila; a company or a heading with a title's
first word (``General Mills:``, ``Major Roads:``) read as a transcript's turn; a caption in the
past after a credit label and a slash credit read as the story's lede; a story's bracketed
sentence opening with ``Updates`` read as a wire's update note; ``en-Latn-IN`` read month first.

Every row fails on the round's merge (08f837f3) unless it says it must not change."""

from __future__ import annotations

import pytest

from articles import offset_hours, parse_held
from newsparse import ArticleParser
from newsparse.caption import CaptionParser
from newsparse.quotes.languages import language_pack

# ---- 1. PST: another region than US Pacific only from the lines before the story and its dateline

PST_STAMP = "By Carla Reyes\nPublished: December 5, 2026 7:32 PM PST\n\n"
PST_TAIL = "\n\nCrews will work through the night to finish the repairs, officials said.\n"


@pytest.mark.parametrize(
    ("headline", "lede", "offset"),
    [
        # the story's own words name the Philippines: the site is still read in US Pacific time
        ("County hospital hires nurses from abroad", "LOS ANGELES — The county hospital hired 40 Filipino nurses this year.", -8),
        ("Airline adds routes across the Pacific", "SEATTLE — The airline will add daily flights to Manila and Cebu from March.", -8),
        ("Airline adds routes across the Pacific", "The airline will add daily flights to Manila from March, its chief said.", -8),
        # the headline or the dateline names the Philippines: Philippine Standard Time
        ("Water service cut in Manila for 18 hours", "Residents of four cities will have no water on Saturday.", 8),
        ("Water service cut for 18 hours", "MANILA (PNA) — Residents of four cities will have no water on Saturday.", 8),
        # (must not change: both named, the dateline the Philippines and the story the US; no offset)
        ("Water service cut for 18 hours", "QUEZON CITY — Residents and staff of the U.S. embassy will have no water.", None),
        # (must not change: no region named, US Pacific time)
        ("Water service cut for 18 hours", "Residents of four towns will have no water on Saturday.", -8),
    ],
)
def test_pst_other_region_from_before_the_story(headline: str, lede: str, offset: int | None) -> None:
    article = parse_held(f"{headline}\n{PST_STAMP}{lede}{PST_TAIL}")
    assert article.published is not None
    assert article.published.datetime.isoformat()[:16] == "2026-12-05T19:32"
    assert offset_hours(article.published.datetime) == offset


# ---- 2. a titled label the article names no one by: an honorific, a short title, or capitals

BRIEFING = "Business digest\n\nCompanies reported results on Wednesday.\n\n"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # a company and a heading whose first word is a title: no one's turns
        ("Major Roads: The M4 is closed after a crash.\n\nGeneral Mills: The food maker raised its forecast.\n", []),
        ("GENERAL MOTORS: The carmaker cut its outlook.\n\nGENERAL DYNAMICS CORP: The group raised its forecast.\n", []),
        # a title written out in title case before a name the article does not know: no one's turn
        ("Senator Bragg: Did you see the memo before the vote?\n\nSenator Okafor: I did not. It came a week later.\n", []),
        # (must not change: an honorific or a short title with its period, or capitals, is a person's turn)
        (
            "Sen. Bragg: Did you see the memo before the vote?\n\nMs. Okafor: I did not. It came a week later.\n",
            [("Did you see the memo before the vote?", "Bragg"), ("I did not. It came a week later.", "Okafor")],
        ),
        (
            "SENATOR BRAGG: Did you see the memo before the vote?\n\nDR. OKAFOR: I did not. It came a week later.\n",
            [("Did you see the memo before the vote?", "Bragg"), ("I did not. It came a week later.", "Okafor")],
        ),
    ],
)
def test_titled_label_turns(turns: str, expected: list[tuple[str, str | None]]) -> None:
    article = parse_held(BRIEFING + turns)
    assert [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes] == expected


def test_titled_label_of_a_known_person() -> None:
    # (must not change: a title written out before the surname of someone the article names in full)
    article = parse_held(
        "Clinic hearing ends without a vote\n\n"
        "The committee chair, Senator Paul Lindqvist, questioned Health Minister Ruth Achebe.\n\n"
        "Senator Lindqvist: Why did the clinic close in May?\n\n"
        "Minister Achebe: We could not hire enough nurses.\n"
    )
    assert [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes] == [
        ("Why did the clinic close in May?", "Paul Lindqvist"),
        ("We could not hire enough nurses.", "Ruth Achebe"),
    ]


# ---- 3. a credit run into the lede: the story's only when the words after it read as prose

HEAD = "Thousands march for climate action\n\nBy Sam Carter\n\n"
STORY = "Organisers put the crowd at 20,000, the police said.\n\nThe march ended at Parliament Square.\n"


@pytest.mark.parametrize(
    ("line", "captions", "paragraphs"),
    [
        # a caption in the past after the credit states a fact, as captions do: a caption still
        (
            "Photo: Jo Roe/PA Protesters marched through central London on Saturday.",
            [("Jo Roe/PA Protesters marched through central London on Saturday.", None)],
            [],
        ),
        (
            "Photo: Sam Lee/Getty Images Police officers lined the route on Saturday.",
            [("Sam Lee/Getty Images Police officers lined the route on Saturday.", None)],
            [],
        ),
        # (must not change: an attribution after the credit is the story's lede)
        (
            "Photo: Jane Doe/AAP Police said on Saturday that the march had passed off peacefully.",
            [],
            ["Photo: Jane Doe/AAP Police said on Saturday that the march had passed off peacefully."],
        ),
    ],
)
def test_past_caption_after_credit(line: str, captions: list[tuple[str, str | None]], paragraphs: list[str]) -> None:
    article = parse_held(f"{HEAD}{line}\n\n{STORY}")
    assert [(caption.text, caption.credit) for caption in article.captions] == captions
    assert [paragraph.text for paragraph in article.paragraphs] == [
        *paragraphs,
        "Organisers put the crowd at 20,000, the police said.",
        "The march ended at Parliament Square.",
    ]


# ---- 4. a wire's update note: the verb, then what changed, with no preposition nor finite verb after it

RAIL = "Coast line trains resume\n\nBy Sam Carter\n\nThe operator said services would run hourly from Monday.\n\n"


@pytest.mark.parametrize(
    ("line", "note"),
    [
        # a story's sentence in brackets: a paragraph
        ("(Updates to the timetable will be posted on the operator's website.)", False),
        ("(Updates on the works are published every Friday.)", False),
        ("(Adds to the pressure on the operator, which has cut services twice.)", False),
        # (must not change: the wire's notes)
        ("(Updates with analyst comment in fifth paragraph)", True),
        ("(Adds details from police statement, paragraphs 3-4)", True),
        ("(Recasts with minister's comments)", True),
    ],
)
def test_update_note_shape(line: str, note: bool) -> None:
    article = parse_held(f"{RAIL}{line}\n\nMore buses will run on the weekend.\n")
    notes = [item.text for item in article.boilerplate if item.kind == "editors-note"]
    paragraphs = [paragraph.text for paragraph in article.paragraphs]
    assert notes == ([line] if note else [])
    assert (line in paragraphs) is not note


# ---- 5. a credit label of several words before "via", matched as a phrase (built once)


class StockShotCaptions(CaptionParser):
    """A parser whose users label pictures ``Stock shot``, a label of two words neither of which is one."""

    CREDIT_WORDS = (*CaptionParser.CREDIT_WORDS, "Stock shot")


@pytest.mark.parametrize(
    ("line", "evidence"),
    [
        ("Smoke rises over the port. Stock shot via Kars", True),
        ("Smoke rises over the port. Photo via Kars", True),
        # (the label's words apart are no label; a place alone is no evidence)
        ("Stock prices shot up again via Kars", False),
        ("Ferries cancelled again via Kars", False),
    ],
)
def test_via_credit_label_phrase(line: str, evidence: bool) -> None:
    assert StockShotCaptions().via_credit_evidence(line) is evidence


# ---- 6. a script subtag in a language tag is passed over

@pytest.mark.parametrize(
    ("code", "pack"),
    [("en-Latn-IN", "en-IN"), ("en-Latn-GB", "en-GB"), ("en-Latn", "en"), ("de-Latn-AT", "de"), ("en-IN", "en-IN")],
)
def test_language_pack_script_subtag(code: str, pack: str) -> None:
    assert language_pack(code).code == pack


def test_script_subtag_reads_day_first() -> None:
    article = ArticleParser(language="en-Latn-IN").parse(
        "Civic body raises property tax\nBy Rahul Deshpande\nPublished: 03/04/2026\n\n"
        "The civic body raised property tax by 8 per cent on Friday.\n"
    )
    assert article.published is not None
    assert article.published.datetime.date().isoformat() == "2026-04-03"
