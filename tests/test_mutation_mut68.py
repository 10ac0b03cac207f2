"""Mutation pass mut68 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``1d6e9f22..95b5ba7b`` (round 67), made by ``dev/mutants.py`` on ``95b5ba7b`` and drawn with a seed
(``--sample 200 --seed 68``).  Each table pins down a rule whose mutants no reaching test noticed
within the run's budget: a text in a real layout and what must come out of it, the rows that must
not fire beside those that must (see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import pytest

from articles import parse_held
from newsparse import ArticleParser
from newsparse.quotes import QuoteParser
from parts import texts

PARSER = ArticleParser()
FRENCH = ArticleParser(language="fr")


def speakers(text: str, parser: ArticleParser = PARSER) -> list[tuple[str, str | None]]:
    """The (text, speaker's name) of every quote of the article *text*."""
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in parser.parse(text).quotes]


def speaker_of(text: str, words: str, parser: ArticleParser = PARSER) -> str | None:
    """The speaker's name of the one quote of *text* whose text holds *words*."""
    found = [name for quoted, name in speakers(text, parser) if words in quoted]
    assert len(found) == 1, speakers(text, parser)
    return found[0]


# -- ArticleParser.lede_after_colon_place: a known city and a colon above the stamp opens the story
# -- when what follows is a sentence of at least PLAIN_PROSE_WORDS words; a shorter line or a
# -- headline's words with no full stop stay the header's standfirst
GULF = "Officials announce new measures\n{line}\nPublished: December 03, 2024 18:22\n\nMore details will follow.\n"


@pytest.mark.parametrize(
    ("line", "dateline", "paragraphs"),
    [
        # six words, a sentence: the story's first paragraph, the city its dateline
        ("Dubai: Police arrested six suspected smugglers overnight.", "Dubai",
         ["Police arrested six suspected smugglers overnight.", "More details will follow."]),
        ("Sharjah: Schools will stay shut on Friday.", "Sharjah",
         ["Schools will stay shut on Friday.", "More details will follow."]),
        # must not change: five words; a headline's words with no full stop
        ("Dubai: Police arrested six smugglers.", None, ["More details will follow."]),
        ("Dubai: Police arrest six men over fake visas", None, ["More details will follow."]),
        ("Karachi: Power cuts to end by June, says minister", None, ["More details will follow."]),
    ],
)
def test_city_colon_line_above_the_stamp(line: str, dateline: str | None, paragraphs: list[str]) -> None:
    article = parse_held(GULF.format(line=line))
    assert (article.dateline.place if article.dateline is not None else None) == dateline
    assert texts(article) == paragraphs
    assert article.headline is not None and article.headline.text == "Officials announce new measures"


# -- ArticleParser.header_dateline: a place in capitals before a bare colon in the header, no date
# -- and no agency, opens a headline (a kicker), not the story
@pytest.mark.parametrize(
    ("section", "headline", "lede"),
    [
        ("India", "NEW DELHI: Cabinet clears farm bill after long debate", "The cabinet on Tuesday cleared the farm bill, officials said."),
        ("Politics", "WASHINGTON: Senate passes budget deal", "The Senate on Tuesday passed the budget deal, officials said."),
        ("Pakistan", "KARACHI: Power cuts to end by June", "Power cuts in the city will end by June, the minister said on Monday."),
    ],
)
def test_colon_place_kicker_opens_the_headline(section: str, headline: str, lede: str) -> None:
    article = parse_held(f"{section}\n{headline}\nBy Jo Reed\nPublished: December 03, 2024 18:22\n\n{lede}\n")
    assert article.headline is not None and article.headline.text == headline
    assert article.dateline is None
    assert texts(article) == [lede]


# -- DirectQuotes.dialogue_question: in a French interview's dialogue, a dash paragraph that is one
# -- question alone is the reporter's; one that is a sentence of the speaker's stays his
DIALOGUE = (
    "Grève au métro\n\n"
    "— On n'a pas eu le choix, a déclaré le président du syndicat, Frédéric Therrien.\n\n"
    "{middle}\n\n"
    "— Ils comprennent, a-t-il répondu."
)


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        ("— Nous reprendrons le travail lundi.", "Frédéric Therrien"),
        ("— La direction doit revenir à la table.", "Frédéric Therrien"),
        ("— Les conducteurs sont épuisés !", "Frédéric Therrien"),
        # the reporter's question: no speaker
        ("— Et les usagers ?", None),
        ("— Jusqu'à quand ?", None),
    ],
)
def test_dialogue_paragraph_speaker(middle: str, speaker: str | None) -> None:
    words = middle.lstrip("— ")[:12]
    assert speaker_of(DIALOGUE.format(middle=middle), words, FRENCH) == speaker


# -- BylineParser.named_outlet_piece_start: a last piece after a comma is an outlet's name only when
# -- it ends in an outlet's word; a second author whose given name is an outlet's word stays an author
BYLINE_PAGE = "Local\nCouncil approves housing plan for old rail yards\n{line}\nMarch 10, 2025\n\n{story}\n"
STORY = "The city council on Tuesday approved a plan to build 2,000 homes on the old rail yards, officials said."


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        ("By Jo Reed, Sun Yang", ("Jo Reed", "Sun Yang"), None),
        ("By Ana Ortiz, Star Jones", ("Ana Ortiz", "Star Jones"), None),
        # must not change: an outlet's name after the comma is no author
        ("By Jo Reed, Herald Sun", ("Jo Reed",), None),
        ("By Ana Ortiz, Sunday Mail", ("Ana Ortiz",), None),
        # BylineParser.opens_with_agency: an agency of two words after the name, a role after it
        ("By Jane Roe Associated Press Staff", ("Jane Roe",), "Associated Press"),
        ("By Jane Roe Bloomberg News", ("Jane Roe",), "Bloomberg News"),
        ("By Jane Roe Reuters Staff", ("Jane Roe",), "Reuters"),
        ("By Jane Roe Times staff writer", ("Jane Roe",), None),
    ],
)
def test_byline_pieces_after_the_name(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = parse_held(BYLINE_PAGE.format(line=line, story=STORY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)


# -- SpeakerResolution.partner_namesake: the partner joined to one of two namesakes decides a bare
# -- surname, however long the phrase between them (up to PARTNER_WINDOW characters)
FARM = (
    "OAK RIDGE - {joined} have lived on the farm for 40 years.\n\n"
    "Mike Ford, a neighbour, said the road had flooded twice this year.\n\n"
    '"We are not leaving," {said} replied when asked about the offer.'
)


@pytest.mark.parametrize(
    ("joined", "said", "speaker"),
    [
        ("Martha Fry and her younger brother, the retired farmer Dale Ford,", "Ford and Fry", "Dale Ford and Martha Fry"),
        ("Martha Fry and her younger brother, the retired farmer Dale Ford,", "Fry and Ford", "Martha Fry and Dale Ford"),
        ("Dale Ford and his older sister, the retired teacher Martha Fry,", "Ford and Fry", "Dale Ford and Martha Fry"),
        ("Dale Ford and his older sister, the retired teacher Martha Fry,", "Fry and Ford", "Martha Fry and Dale Ford"),
    ],
)
def test_joined_partner_far_apart(joined: str, said: str, speaker: str) -> None:
    assert speaker_of(FARM.format(joined=joined, said=said), "We are not leaving") == speaker


# -- SpeakerResolution.unresolved_thing: by default an "It" the rules resolve to no body keeps its
# -- mention as written; a parser that asks for it leaves such a quote with no speaker
WEATHER = "Weather\n\nHeavy rain is expected on Friday.\n\nIt said more about the season than the day, forecasters warned.\n"


def test_unresolved_it_kept_as_written_by_default() -> None:
    assert ("more about the season than the day", "It") in speakers(WEATHER)


def test_unresolved_it_has_no_speaker_when_asked() -> None:
    class ThingsNeverSpeak(QuoteParser):
        UNRESOLVED_THING_SPEAKS = False

    assert ("more about the season than the day", None) in speakers(WEATHER, ArticleParser(quotes=ThingsNeverSpeak()))


# -- QuoteParser.single_quoted_paragraph: a British paragraph in American copy, the quotation in
# -- single marks from the paragraph's first character; a scare quote is none
@pytest.mark.parametrize(
    ("paragraph", "single"),
    [
        ("'We will not back down,' she said.", True),
        ("'The residents deserve better,' said Mary Jones.", True),
        ("'Nobody warned us,' the landlord told the court.", True),
        ("Ruiz added: 'We will not back down.'", True),
        # must not change: a scare quote, a heading alone in marks
        ("The so-called 'reform' passed on Monday, she said.", False),
        ("'All Bets Are Off.'", False),
    ],
)
def test_single_quoted_paragraph_from_its_start(paragraph: str, single: bool) -> None:
    assert QuoteParser().single_quoted_paragraph(paragraph) is single


# -- SpeakerResolution.nearer_other_subject: a sentence that opens with the body's initials names
# -- no other body: "the fund" after "The IMF expects ..." is still the International Monetary Fund
@pytest.mark.parametrize(
    ("story", "speaker"),
    [
        ("WASHINGTON - The International Monetary Fund cut its forecast for world growth on Tuesday.\n\n"
         "The IMF expects growth of 2.8 percent this year.\n\n"
         '"Risks remain tilted to the downside," the fund said.', "International Monetary Fund"),
        ("LONDON - The European Central Bank cut its main rate on Thursday.\n\n"
         "The ECB expects inflation to ease next year.\n\n"
         '"Risks remain," the bank said.', "European Central Bank"),
    ],
)
def test_initials_of_the_body_are_no_rival(story: str, speaker: str) -> None:
    assert speaker_of(f"Rates\n\n{story}\n", "Risks remain") == speaker


# -- BylineParser.role_words_at: the beat words in lower case before a role after a place's name,
# -- each counted once: the author's name ends before the place (up to MAX_ROLE_LEAD beat words)
@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Laura Stone Queen's Park senior political reporter", ("Laura Stone",)),
        ("By Laura Stone Queen's Park health reporter", ("Laura Stone",)),
        ("Marie Woolf Parliament Hill senior correspondent", ("Marie Woolf",)),
        ("Jane Roe City Hall senior reporter", ("Jane Roe",)),
        # must not change: a role with no beat, a role in title case
        ("Laura Stone Queen's Park reporter", ("Laura Stone",)),
        ("By Jane Roe Times Staff Writer", ("Jane Roe",)),
    ],
)
def test_beat_words_before_a_placed_role(line: str, authors: tuple[str, ...]) -> None:
    article = parse_held(BYLINE_PAGE.format(line=line, story=STORY))
    assert article.byline is not None and article.byline.authors == authors


# -- SpeakerResolution.owned_firm_of_place: a firm named by a possessive and a place of up to
# -- MAX_NAME_WORDS capitalised words speaks whole
@pytest.mark.parametrize(
    ("story", "speaker"),
    [
        ("PORTLAND - Tom's of Maine said on Monday it would recall two toothpastes.", "Tom's of Maine"),
        ("BOSTON - Sam's of South Boston said on Monday it would close two stores.", "Sam's of South Boston"),
        ("MIAMI - Joe's of West Palm Beach Gardens said on Monday it would close two stores.", "Joe's of West Palm Beach Gardens"),
        # must not change: a country's minister
        ("LONDON - Britain's Foreign Secretary David Lammy said on Monday it would resume talks.", "David Lammy"),
    ],
)
def test_firm_of_a_place_speaks_whole(story: str, speaker: str) -> None:
    assert speaker_of(f"Business\n\n{story}\n", "it would") == speaker


# -- SpeakerResolution.shown_as_body: "he" after a quote credited to a person stands for that person;
# -- a person's title with "of" before the name, or an initial, shows a person, not a body's name
@pytest.mark.parametrize(
    ("credited", "pronoun", "speaker"),
    [
        ("according to chief of staff Howard Baker", "He", "Howard Baker"),
        ("said White House chief of staff Howard Baker", "He", "Howard Baker"),
        ("according to J. Rosenbloom", "He", "J. Rosenbloom"),
        ("according to H. David Rosenbloom", "He", "H. David Rosenbloom"),
        # must not change: a body's name credited alone is no "he"
        ("according to Human Rights Watch", "He", "He"),
    ],
)
def test_pronoun_after_a_credited_person(credited: str, pronoun: str, speaker: str) -> None:
    story = (
        f"Budget\n\nWASHINGTON - The budget talks stalled on Monday, {credited}.\n\n"
        f"{pronoun} said the two sides would meet again on Friday.\n"
    )
    assert speaker_of(story, "the two sides would meet") == speaker


# -- SpeakerResolution.kind_organisation: "the <words> carmaker" stands for the one carmaker named
# -- before when its words are in lower case or a nationality; another city's carmaker is not it
VOLVO = (
    "Cars\n\nGOTHENBURG - Volvo, the carmaker, said on Monday it would cut 3,000 jobs.\n\n"
    '"These are hard decisions," {mention} said.\n'
)


@pytest.mark.parametrize(
    ("mention", "speaker"),
    [
        ("the Swedish carmaker", "Volvo"),
        ("the embattled carmaker", "Volvo"),
        ("the Swedish luxury carmaker", "Volvo"),
        # must not change: a city before the kind names some other carmaker
        ("the Detroit carmaker", "the Detroit carmaker"),
        ("the Munich carmaker", "the Munich carmaker"),
    ],
)
def test_kind_with_its_modifiers(mention: str, speaker: str) -> None:
    assert speaker_of(VOLVO.format(mention=mention), "hard decisions") == speaker


# -- BylineParser.reads_as_sentence: a name and a sentence about the person ending in a role's plural
# -- under the headline is a standfirst, not a byline; a name and a role in lower case is the byline
@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ana Ruiz spoke to reporters.", None),
        ("Tom Berg briefed reporters.", None),
        ("Jane Roe thanked the photographers.", None),
        ("Tom Berg spoke to editors.", None),
        # a sentence ending in one role after a word no beat has ("told", "met")
        ("Ana Ruiz told a reporter.", None),
        ("Jane Roe met a correspondent.", None),
        # must not change: the role the author writes in
        ("Jane Roe technology reporter", ("Jane Roe",)),
        ("Tom Berg staff reporter", ("Tom Berg",)),
    ],
)
def test_sentence_about_a_person_is_no_byline(line: str, authors: tuple[str, ...] | None) -> None:
    article = parse_held(BYLINE_PAGE.format(line=line, story=STORY))
    assert (article.byline.authors if article.byline is not None else None) == authors
    assert [item.kind for item in article.boilerplate] == ([] if authors else ["standfirst"])
