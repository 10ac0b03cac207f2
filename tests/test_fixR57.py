"""fixR57 (stop 50): layout regressions a trial on fresh texts found in the round's merged rules: a
story's sentence signed with a credit in capitals read as a caption, a notice in capitals after a
photo label read as a credit, a related story's title or a page notice kept as the story's last
clause, a holder's name read as a copyright line's verb, real captions over the dateline filed as
``other``, a deck read as the headline under a title-case headline, a run of items with end marks
joined into one paragraph, and a bracketed name or agency opening a sentence read as a dateline.
Each row is a short article in our own words; the near-misses stand beside the fixes."""

from __future__ import annotations

import pytest

from newsparse import Article
from parts import blocks, parse, sound, texts

HEAD = "Council backs road plan"
LEDE = "The council met on Tuesday to discuss the plan for the new road through the town centre."
MORE = "The council will meet again next month to vote on the final route of the road."


def captions(article: Article) -> list[tuple[str, str | None]]:
    return [(caption.text, caption.credit) for caption in article.captions]


def filed(article: Article) -> list[tuple[str, str]]:
    return [(str(item.kind), item.text) for item in article.boilerplate]


# -- 1 and 2. a credit in capitals after a story's sentence -------------------------------------------

# (the line under the lede, the caption and its credit or None: the line stays a paragraph)
CAPS_CREDITS = [
    # a story's sentence: reported speech, a sentence ending on a word in lower case
    ("Inflation rose to 4 percent in March, the statistics office said. —PSA/BSP", None),
    ("The clinic will move to the old harbour office. — HIV/AIDS UNIT", None),
    ("Exports eased to 3 percent in January. —JANE DOE/CITY DAILY", None),
    ("Ministers will meet again after the summer break, the agency reported. —JANE DOE/CITY DAILY", None),
    # a notice in capitals after a photo label: no photographer's name
    ("Entry is free for residents. PHOTO ID REQUIRED", None),
    ("Visitors must sign in at the desk. PHOTO CARDS ACCEPTED", None),
    # (precision: a picture described, a photographer's name after the label or the slash)
    ("Residents line up for water in Cebu City on Tuesday. —CITY DAILY PHOTO/JO ROE",
     ("Residents line up for water in Cebu City on Tuesday.", "CITY DAILY PHOTO/JO ROE")),
    ("Fishermen unload their catch at the port of Iloilo on Monday. —JANE DOE/CITY DAILY",
     ("Fishermen unload their catch at the port of Iloilo on Monday.", "JANE DOE/CITY DAILY")),
    ("Volunteers at the food bank in Cork on Friday. PHOTO MARK DOYLE, THE WEEKLY STAR",
     ("Volunteers at the food bank in Cork on Friday.", "MARK DOYLE, THE WEEKLY STAR")),
]


@pytest.mark.parametrize(("line", "caption"), CAPS_CREDITS)
def test_caps_credit_after_a_sentence(line: str, caption: tuple[str, str] | None) -> None:
    article = parse(blocks(HEAD, LEDE, line, MORE))
    if caption is None:
        assert captions(article) == []
        assert texts(article) == [LEDE, line, MORE]
    else:
        assert captions(article) == [caption]
        assert texts(article) == [LEDE, MORE]
    assert sound(article)


DATELINED = ("DAVAO CITY — Two soldiers were hurt in a clash on Sunday, the army said. —JANE DOE/CITY DAILY",
             "CEBU CITY — Two ferries ran aground near the port on Sunday. —JO ROE/HARBOUR DAILY")


@pytest.mark.parametrize("lede", DATELINED)
def test_datelined_lede_with_dashed_credit_keeps_its_dateline(lede: str) -> None:
    article = parse(blocks("Soldiers hurt in clash", "By Staff", lede, "A search is under way."))
    assert article.dateline is not None and article.dateline.text == lede.split(" — ")[0] + " —"
    assert captions(article) == []
    assert texts(article)[0].startswith(lede.split(" — ")[1][:20])


# -- 3. a last line with no stop: a related story's title or a page notice ------------------------------


@pytest.mark.parametrize(
    "last",
    [
        # a headline's reported shapes: "said to be" with no auxiliary, "X told" after a comma
        "Mayor said to be weighing second term",
        "Ferry firm said to be in talks over new route",
        "Teenager was stabbed near ferry terminal, court told",
        "Harbour master was warned of risks, inquiry told",
        # notices about the page or its reporting
        "Comments were closed on this article",
        "Video was not available for this story",
        "Additional reporting was contributed by Tom Smith in Southampton",
    ],
)
def test_title_or_notice_as_last_line_stays_boilerplate(last: str) -> None:
    article = parse(blocks(HEAD, LEDE, MORE, last))
    assert texts(article) == [LEDE, MORE]
    assert [text for _, text in filed(article)] == [last]


@pytest.mark.parametrize(
    "last",
    [
        # (precision: the story's clause, its stop lost: an auxiliary before "said to be" or "told")
        "The mayor was said to be weighing a second term",
        "The jury had been told of the risks",
        "Power was cut to homes",
        "Its owner said the video was fake",
    ],
)
def test_past_clause_as_last_line_stays_story(last: str) -> None:
    article = parse(blocks(HEAD, LEDE, MORE, last))
    assert texts(article) == [LEDE, MORE, last]
    assert filed(article) == []


# -- 4. copyright lines -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a capitalised word after the year is a holder's name; a claim of rights is a notice
        ("Copyright 2026 Marks & Spencer Group plc. All rights reserved.", "copyright"),
        ("Copyright 2026 Will Media Ltd", "copyright"),
        ("Copyright 2026 Saw Mill Press. All rights reserved.", "copyright"),
        # (precision: a verb in lower case after the year, no rights claimed: the story's sentence)
        ("Copyright 2026 was the year the new law on music royalties took effect.", None),
    ],
)
def test_copyright_line_with_capitalised_holder(line: str, kind: str | None) -> None:
    article = parse(blocks(HEAD, LEDE, MORE, line))
    if kind is None:
        assert texts(article) == [LEDE, MORE, line]
    else:
        assert texts(article) == [LEDE, MORE]
        assert filed(article) == [(kind, line)]


# -- 5. a caption of two sentences over the dateline --------------------------------------------------

CAPTIONS_OVER = [
    ("Food prices climb", "Shoppers in a Madrid market on Monday. Food prices rose 4 percent in February.", "EFE",
     "MADRID — Food prices in Spain rose again in February, official data showed on Tuesday."),
    ("Minister stays on", "Jo Roe speaks to reporters in London on Monday. She said she would stay on.", "AFP",
     "LONDON — The minister said on Monday she would not resign over the row."),
    # one sentence with an attribution clause, a wire's acronym: over the dateline, the picture's
    ("Thousands march in Athens", "Protesters march through the capital on Tuesday, organisers said.", "ANA",
     "ATHENS — Thousands of people marched through Athens on Tuesday against the new labour law."),
]


@pytest.mark.parametrize(("head", "caption", "credit", "lede"), CAPTIONS_OVER)
def test_two_sentence_caption_over_dateline(head: str, caption: str, credit: str, lede: str) -> None:
    article = parse(blocks(head, f"{caption} ({credit})", lede, "More details were expected later."))
    assert captions(article) == [(caption, credit)]
    assert filed(article) == []
    assert article.dateline is not None


def test_attributed_sentence_with_acronym_in_the_body_stays_story() -> None:
    # (precision: the same line under the lede, over more story, is the story's, the wire's sign-off)
    line = "Protesters marched through the capital on Tuesday, organisers said. (ANA)"
    article = parse(blocks(HEAD, LEDE, line, MORE))
    assert captions(article) == []
    assert texts(article) == [LEDE, line, MORE]


def test_two_sentence_story_paragraph_with_agency_stays_story() -> None:
    # (precision: a first sentence stating a fact: the story's paragraph and the wire's sign-off)
    line = "Prices rose 3 percent in February. The central bank said it would act. (Reuters)"
    article = parse(blocks(HEAD, LEDE, line, MORE))
    assert captions(article) == []
    assert line in texts(article)


# -- 6. a title-case headline over the kicker and a deck over the stamp --------------------------------


@pytest.mark.parametrize(
    ("top", "deck"),
    [
        ("Harbour Plan Approved", "Council votes five to two to back the scheme despite objections from residents"),
        ("School Merger Delayed", "Parents win a six month pause after a long campaign against the plan to close two schools"),
    ],
)
def test_title_case_headline_over_kicker_and_deck(top: str, deck: str) -> None:
    text = f"{top}\nPolitics\n{deck}\nPublished 3 March 2026 10:14 GMT\n\n{LEDE}\n\n{MORE}\n"
    article = parse(text)
    assert article.headline is not None and article.headline.text == top
    assert texts(article) == [LEDE, MORE]


# -- 7. a run of items each ending in an end mark -----------------------------------------------------


def test_items_with_end_marks_stay_apart() -> None:
    text = blocks(HEAD, LEDE, "Key facts:\nThe plan costs £40m. ■\nThe work takes two years. ■", "The vote was close.")
    article = parse(text)
    assert texts(article) == [LEDE, "Key facts:", "The plan costs £40m.", "The work takes two years.", "The vote was close."]
    assert [text for _, text in filed(article)] == ["■", "■"]
    assert sound(article)


def test_end_mark_at_block_end_only_is_cut_as_before() -> None:
    # (precision: a line amid its block with no mark of its own stays joined to its block)
    text = blocks(HEAD, LEDE, "The plan costs £40m and the work\ntakes two years, officials said. ■", "The vote was close.")
    article = parse(text)
    assert texts(article) == [LEDE, "The plan costs £40m and the work takes two years, officials said.", "The vote was close."]


# -- 8. a bracket opening the lede ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "lede", "dateline"),
    [
        # a place in brackets before a name: the name may be the bracket's own; an agency before lower case
        ("en", "(Paris) Hilton fans queued for hours outside the store on Tuesday to meet the star.", None),
        ("en", "(Emirates News Agency) staff were told of the merger on Tuesday, two sources said.", None),
        ("fr", "(Québec) Jean Roy a annoncé mardi une nouvelle aide pour les agriculteurs de la région.", None),
        # (precision: a place before an article, an agency before its dash)
        ("fr", "(Québec) Le gouvernement a annoncé mardi une nouvelle aide pour les agriculteurs de la région.", "(Québec)"),
        ("fr", "(Ottawa) L’opposition a réclamé jeudi une enquête publique sur les contrats du ministère.", "(Ottawa)"),
        ("en", "(Reuters) - The council approved the harbour plan on Monday evening after a long debate.", "(Reuters) -"),
    ],
)
def test_bracket_opening_the_lede(lang: str, lede: str, dateline: str | None) -> None:
    head = {"en": HEAD, "fr": "Le conseil adopte le plan"}[lang]
    article = parse(blocks(head, lede, "The store opened at noon." if lang == "en" else "Le vote aura lieu demain."), lang)
    assert (article.dateline.text if article.dateline else None) == dateline
