"""Mutation pass mut60 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``835e5cca..f2959967`` (stop 52), made by ``dev/mutants.py`` on main ``f2959967``, and the leftovers
of mut57 and mut58 found again on that code.  Each table pins down a rule whose mutants no test
noticed: a text and what must come out of it (see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from articles import checked_quotes
from newsparse import ArticleParser, CaptionParser
from newsparse import article as article_module
from newsparse.dateline import DatelineParser
from newsparse.lines import Line
from newsparse.names import NameModel
from newsparse.quotes import QuoteParser
from newsparse.spans import Span
from newsparse.timestamp import TimestampParser
from newsparse.vocabulary import Vocabulary
from parts import blocks, holds_every_line, parse


def quoted_mentions(paragraph: str) -> list[tuple[str, str | None]]:
    """``(text, speaker's mention)`` of each quote a fresh ``QuoteParser`` reads in *paragraph*."""
    return [(q.text, q.speaker.mention if q.speaker else None) for q in checked_quotes(paragraph)]


HEADLINE = "Council backs new flood defences after a wet winter"
LEDE = "The council voted on Monday to spend two million pounds on new flood walls along the river, officials said."
MORE = "The works are to start in the spring and end before the next winter."

# TimestampParser.parse handing the reference date on to with_line_marks (mut57's left): a date with
# no year and its clock in the next piece, a zone spelled out after the clock, is read in the
# reference date's year and in that zone; the zone is read again with the date, so without the
# reference date the two readings disagree and the zone is dropped
SPELLED_ZONE_LINES = [
    ("Oct. 14 | 10:00 a.m. Eastern time", "Oct. 14 | 10:00 a.m. Eastern time", "2019-10-14T10:00:00-04:00"),
    ("Oct. 14 · 2:05 p.m. Eastern time", "Oct. 14 · 2:05 p.m. Eastern time", "2019-10-14T14:05:00-04:00"),
    ("14 Oct | 10:00 Pacific time", "14 Oct | 10:00 Pacific time", "2019-10-14T10:00:00-07:00"),
    ("Updated: Oct. 14 | 10:00 a.m. Eastern time", "Oct. 14 | 10:00 a.m. Eastern time", "2019-10-14T10:00:00-04:00"),
    # the zone in the clock's own piece is read by the piece, with or without the next step
    ("Oct. 14, 10:00 a.m. Eastern time", "Oct. 14, 10:00 a.m. Eastern time", "2019-10-14T10:00:00-04:00"),
]


@pytest.mark.parametrize(("text", "stamp", "when"), SPELLED_ZONE_LINES)
def test_spelled_zone_in_reference_year(text: str, stamp: str, when: str) -> None:
    line = Line(text, Span(0, len(text)), 0, False)
    found = TimestampParser().parse([line], 0, dt.date(2019, 10, 20))
    assert [(s.text, s.datetime.isoformat()) for s in found] == [(stamp, when)]


# ArticleParser.wrapped_stamp's comma (mut58's left): a byline line ending in a label and a comma
# over a line that opens with the date is one stamp wrapped onto two lines, so the label gives the
# stamp's kind and the byline ends before it; a line whose last word is no label and no date word
# is not joined
WRAPPED_LABEL_LINES = [
    ("By Tom Poe | Updated,", "18 November 2019, 8:03 AM EST", "By Tom Poe", "updated", "18 November 2019, 8:03 AM EST", "2019-11-18T08:03:00-05:00"),
    ("By Tom Poe, Updated,", "18 November 2019 08:03 GMT", "By Tom Poe", "updated", "18 November 2019 08:03 GMT", "2019-11-18T08:03:00+00:00"),
    # a zone ends the first line: a date word, the stamp runs across the line break
    ("By Tom Poe | Updated 10:00 GMT,", "18 November 2019", "By Tom Poe", "updated", "10:00 GMT,\n18 November 2019", "2019-11-18T10:00:00+00:00"),
    # the label of a first stamp over a date: published, the byline alone on its line
    ("By Tom Poe | Posted on,", "18 November 2019 08:03 GMT", "By Tom Poe", "published", "18 November 2019 08:03 GMT", "2019-11-18T08:03:00+00:00"),
]


@pytest.mark.parametrize(("first", "second", "byline", "kind", "stamp", "when"), WRAPPED_LABEL_LINES)
def test_wrapped_label_stamp(first: str, second: str, byline: str, kind: str, stamp: str, when: str) -> None:
    article = parse(blocks(HEADLINE, f"{first}\n{second}", LEDE, MORE))
    stamps = [s for s in (article.published, article.updated) if s is not None]
    assert article.byline is not None and article.byline.text == byline
    assert [(s.kind.value, s.text, s.datetime.isoformat()) for s in stamps] == [(kind, stamp, when)]
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]
    assert holds_every_line(article)


# ArticleParser.parse reading a wire's slug only when no stamp was read: a page's own stamp stays
# the publication and the slug's line stays whole; with none, the slug's stamp is the publication
WIRE_PAGE = (
    "Land fördert neue Buslinien\n\n{stamp}Linz (APA) - Das Land Oberösterreich fördert ab Herbst vier neue Buslinien."
    " Das teilte die Landesregierung am Dienstag mit.\n\nDie Kosten liegen bei neun Millionen Euro.\n\n"
    "APA0217 2025-09-16/10:20\n"
)
WIRE_SLUG_PAGES = [
    ("Veröffentlicht: 16.09.2025, 09:00\n\n", "2025-09-16T09:00:00", ["APA0217 2025-09-16/10:20"]),
    ("", "2025-09-16T10:20:00", ["APA0217"]),
]


@pytest.mark.parametrize(("stamp", "published", "other"), WIRE_SLUG_PAGES)
def test_wire_slug_only_without_a_stamp(stamp: str, published: str, other: list[str]) -> None:
    article = parse(WIRE_PAGE.format(stamp=stamp), "de")
    assert article.published is not None and article.published.datetime.isoformat() == published
    assert article.updated is None
    assert [part.text for part in article.boilerplate if part.kind == "other"] == other


# ArticleParser.read_day_first with one stamp of either kind: a page with British signs (``£``,
# ``colour``) reads ``03/04/2026`` as 3 April, a page without them as 4 March
FLOOD_LEDE = "The council will spend £2m on new flood walls along the river, officials said on Monday."
FLOOD_MORE = "The walls will be painted a dark green colour to match the bridge."
DAY_FIRST_PAGES = [
    ("Published: 03/04/2026 10:00", FLOOD_LEDE, FLOOD_MORE, ("2026-04-03T10:00:00", None)),
    ("Updated: 03/04/2026 10:00", FLOOD_LEDE, FLOOD_MORE, (None, "2026-04-03T10:00:00")),
    ("Published: 03/04/2026 10:00", FLOOD_LEDE.replace("£", "$"), FLOOD_MORE.replace("colour", "color"), ("2026-03-04T10:00:00", None)),
]


@pytest.mark.parametrize(("stamp", "lede", "more", "expected"), DAY_FIRST_PAGES)
def test_day_first_with_one_stamp(stamp: str, lede: str, more: str, expected: tuple[str | None, str | None]) -> None:
    article = parse(blocks("Council backs new flood defences", stamp, lede, more))
    assert tuple(s.datetime.isoformat() if s else None for s in (article.published, article.updated)) == expected


# parse_article handing its reference date on: a stamp with no year reads in the reference's year,
# and without a reference date gives none
@pytest.mark.parametrize(("reference", "published"), [(dt.date(2019, 11, 20), "2019-11-18T20:19:00"), (None, None)])
def test_parse_article_reference_date(reference: dt.date | None, published: str | None) -> None:
    text = blocks("Thousands queue for water after mains burst", "Posted Nov 18, 8:19 PM", FLOOD_LEDE)
    article = newsparse.parse_article(text, reference_date=reference)
    assert (article.published.datetime.isoformat() if article.published else None) == published


# BoilerplateParser's constructor adding a pack's one-word share buttons to the share words: a
# button with a link's hint in the page's language is boilerplate ``share``; a link to a story is not
SHARE_PROMPTS = [
    ("de", "Auf Facebook teilen (Opens in new window)", "share"),
    ("fr", "Partager sur Facebook (Opens in new window)", "share"),
    ("es", "Compartir en Facebook (Opens in new window)", "share"),
    ("de", "Bilder vom Hochwasser (Opens in new window)", None),
    ("fr", "Auf Facebook teilen (Opens in new window)", None),
]


@pytest.mark.parametrize(("language", "line", "kind"), SHARE_PROMPTS)
def test_share_prompt_in_pack(language: str, line: str, kind: str | None) -> None:
    assert ArticleParser(language=language).boilerplate.kind(line) == kind


# ArticleParser.is_story_over_bar_credit: a story's sentence after a speech cue with a credit of the
# caption reader's labels glued on after bars; not another word before the bars, not a sentence
# with no cue, not one with no full stop before the credit
BAR_CREDIT_LINES = [
    ("Thousands queued for bottled water on Monday after a mains pipe burst, the utility said. PHOTO | FILE | NATION", True),
    ("Thousands queued for bottled water on Monday after a mains pipe burst, the utility said. IMAGE | COURTESY | CITY TIMES", True),
    ("Thousands queued for bottled water on Monday after a mains pipe burst, the utility said. MORE | FILE | NATION", False),
    ("Thousands queued for bottled water on Monday after a mains pipe burst. PHOTO | FILE | NATION", False),
    ("Thousands queued for bottled water on Monday after a mains pipe burst, the utility said PHOTO | FILE | NATION", False),
]


@pytest.mark.parametrize(("text", "expected"), BAR_CREDIT_LINES)
def test_story_over_bar_credit(text: str, expected: bool) -> None:
    assert ArticleParser().is_story_over_bar_credit(Line(text, Span(0, len(text)), 0, False)) is expected


# Vocabulary.ambiguous_zone_season: an Irish page's ``IST`` is Irish Summer Time in summer only; in
# January the clock keeps no offset (a wrong one is worse than none), and ``GMT`` is read as written
DUBLIN_LEDE = "Dublin Bus fares will fall by a fifth from March, the National Transport Authority said in Dublin on Thursday."
DUBLIN_STAMPS = [
    ("15 July 2026 10:00 IST", "2026-07-15T10:00:00+01:00"),
    ("15 January 2026 10:00 IST", "2026-01-15T10:00:00"),
    ("15 January 2026 10:00 GMT", "2026-01-15T10:00:00+00:00"),
]


@pytest.mark.parametrize(("stamp", "published"), DUBLIN_STAMPS)
def test_irish_summer_time_in_season(stamp: str, published: str) -> None:
    article = parse(blocks("Dublin bus fares to fall in spring", f"Published: {stamp}", DUBLIN_LEDE, MORE))
    assert article.published is not None and article.published.datetime.isoformat() == published


# DirectQuotes.clause_verb_word: after a clause's opener and its subject, the clause's own verb in
# lower case is a past form, a cue or one of the irregular pasts; a preposition there (``as``) opens
# no clause, and the quotation is the main subject's
CLAUSE_VERBS = [
    ('Senator Ana Ruiz has gone after the governor as a "career politician" in every debate.', [("career politician", "Senator Ana Ruiz")]),
    ('Senator Ana Ruiz went after the governor as "a career politician" in every debate.', [("a career politician", "Senator Ana Ruiz")]),
    ('Ana Ruiz smiled while the mayor spoke of "the rigged system" in the city.', [("the rigged system", None)]),
    ('Ana Ruiz frowned after the review found "serious failings" at the port.', [("serious failings", "the review")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CLAUSE_VERBS)
def test_clause_verb_word(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quoted_mentions(paragraph) == expected


# ReportedSpeech.loose_bare_report: after a report cue with no ``that``, a clause opening with a
# determiner, a number or a pronoun is the clause reported; a preposition opens none
REPORTED_OPENINGS = [
    ("The Harbour Gazette reported the mayor would resign in May.", [("the mayor would resign in May", "The Harbour Gazette")]),
    ("The Harbour Gazette reported two ferries would stop running in May.", [("two ferries would stop running in May", "The Harbour Gazette")]),
    ("The Harbour Gazette reported it would close its print edition in May.", [("it would close its print edition in May", "The Harbour Gazette")]),
    ("The Harbour Gazette reported on the ferry strike in May.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), REPORTED_OPENINGS)
def test_bare_report_openings(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quoted_mentions(paragraph) == expected


# CaptionParser.read_credit: a sentence that states a fact before a copyright is the story's (no
# caption), whoever the copyright names, an agency after the name too (fixL60); a caption's phrase
# with no finite verb keeps its credit
COPYRIGHT_NAME_LINES = [
    ("The mayor defended the cuts on Monday. © Jean Dupont", None),
    ("The mayor defended the cuts on Monday. © Jean Dupont / AFP", None),
    # (a past participle after its noun reads as a sentence's verb: a caption lost, no story sentence filed as one)
    ("Fishing boats moored in the harbour at dawn. © Jean Dupont / AFP", None),
    ("Fishing boats in the harbour at dawn. © Jean Dupont / AFP", ("Fishing boats in the harbour at dawn.", "Jean Dupont / AFP")),
    ("Police said the harbour would stay shut. © City Herald", None),
]


@pytest.mark.parametrize(("text", "expected"), COPYRIGHT_NAME_LINES)
def test_copyright_name_credit(text: str, expected: tuple[str, str] | None) -> None:
    caption = CaptionParser().parse_line(Line(text, Span(0, len(text)), 0, False))
    assert (None if caption is None else (caption.text, caption.credit)) == expected


# ReportedSpeech.cut_next_clause and reports_no_words: a closing attribution inverted after a comma
# ends the reported words; a report cue whose object is figures (``reported a quarterly loss``) is
# the reported clause's own verb, no attribution
NEXT_CLAUSES = [
    ("Ana Ruiz said the bridge would close on Friday, said police.",
     [("Ana Ruiz said the bridge would close on Friday", "police"), ("the bridge would close on Friday", "Ana Ruiz")]),
    ("Ana Ruiz said the port would stay open, reported the Harbour Gazette.", [("the port would stay open", "Ana Ruiz")]),
    ("Ana Ruiz said that Harbour Bank, the lender, reported a quarterly loss on Friday.",
     [("Harbour Bank, the lender, reported a quarterly loss on Friday", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), NEXT_CLAUSES)
def test_next_clause_cut(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quoted_mentions(paragraph) == expected


# NameModel.is_written_particle: a particle in lower case or capitalised, one letter alone too
# (Irish ``Ó``); not one in capitals (``VAN``, ``DE``), not a name that opens with one (``MacDonald``)
WRITTEN_PARTICLES = [
    ("van", True), ("Van", True), ("Mac", True), ("Ó", True), ("Ní", True),
    ("VAN", False), ("DE", False), ("MacDonald", False), ("Smith", False),
]


@pytest.mark.parametrize(("word", "expected"), WRITTEN_PARTICLES)
def test_written_particle(word: str, expected: bool) -> None:
    assert NameModel(Vocabulary()).is_written_particle(word) is expected


# QuoteParser.headline_as_prose: a middle adverb right before the cue goes to lower case with the
# cue after some other word; a headline's first word stays as written
HEADLINES_AS_PROSE = [
    ("Mayor Just Vowed To Open Library", "Mayor just vowed to open library"),
    ("Now Says Library Will Open", "Now says library will open"),
    ("Mayor Says Library Will Open", "Mayor says library will open"),
]


@pytest.mark.parametrize(("headline", "prose"), HEADLINES_AS_PROSE)
def test_headline_as_prose(headline: str, prose: str) -> None:
    assert QuoteParser().headline_as_prose(headline) == prose


# SpeakerGrammar.relative_speaker: a relative clause's subject speaks, the clause's verb and object
# kept and a middle adverb at its end left to the cue (``later said``)
RELATIVE_SPEAKERS = [
    ("The donors who met him later said the fund would grow next year.", [("the fund would grow next year", "The donors who met him")]),
    ("The donors who met the mayor later said the fund would grow next year.",
     [("the fund would grow next year", "The donors who met the mayor")]),
    ("The donors who spoke to reporters also said the fund would grow next year.",
     [("the fund would grow next year", "The donors who spoke to reporters")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), RELATIVE_SPEAKERS)
def test_relative_speaker_adverbs(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quoted_mentions(paragraph) == expected


# TimestampParser.in_season: a summer time's first and last Sundays are in the season (2026: 29 March
# to 25 October in Europe); a southern season (first Sunday of October to first of April) runs over
# the new year, its bounds in it too
EUROPE = ((3, -1), (10, -1))
SOUTH = ((10, 1), (4, 1))
SEASON_DAYS = [
    (EUROPE, "2026-03-28", False), (EUROPE, "2026-03-29", True), (EUROPE, "2026-10-25", True), (EUROPE, "2026-10-26", False),
    (SOUTH, "2026-10-03", False), (SOUTH, "2026-10-04", True), (SOUTH, "2026-01-15", True),
    (SOUTH, "2026-04-05", True), (SOUTH, "2026-04-06", False),
]


@pytest.mark.parametrize(("season", "day", "expected"), SEASON_DAYS)
def test_in_season_bounds(season: tuple[tuple[int, int], tuple[int, int]], day: str, expected: bool) -> None:
    assert TimestampParser.in_season(dt.date.fromisoformat(day), season) is expected


# SpeakerGrammar.phrase_before: a time phrase before the cue is no part of the speaker's phrase, a
# word that qualifies the time before it (``late``, ``early``) neither
TIME_BEFORE_CUE = [
    ("Police late on Monday said the road would reopen by Friday.", [("the road would reopen by Friday", "Police")]),
    ("Surveys of voters late last week indicated the mayor would lose.", [("the mayor would lose", "Surveys of voters")]),
    ("Officials early on Tuesday said the ferry would not sail.", [("the ferry would not sail", "Officials")]),
    ("The mayor on Monday said the road would reopen by Friday.", [("the road would reopen by Friday", "The mayor")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), TIME_BEFORE_CUE)
def test_time_phrase_before_cue(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quoted_mentions(paragraph) == expected


# TimestampParser.with_time_after: a French clock written with ``h`` alone in the next piece joins
# the date before it
@pytest.mark.parametrize("text", ["14 octobre 2025 | 13 h 45", "Publié le 14 octobre 2025 | 13 h 45"])
def test_h_clock_in_next_piece(text: str) -> None:
    line = Line(text, Span(0, len(text)), 0, False)
    found = ArticleParser(language="fr").timestamps.parse([line], 0)
    assert [(s.text, s.datetime.isoformat()) for s in found] == [("14 octobre 2025 | 13 h 45", "2025-10-14T13:45:00")]


# parse_many names itself and the option in its messages: a parser that is no ArticleParser, a
# parser and a language both
def test_parse_many_names_itself() -> None:
    with pytest.raises(TypeError) as wrong_parser:
        newsparse.parse_many(["The ferry sailed on time."], parser="x")  # type: ignore[arg-type]
    assert str(wrong_parser.value) == "parse_many(parser=...) expects an ArticleParser instance or None, not str 'x'"
    with pytest.raises(ValueError) as both:
        newsparse.parse_many(["The ferry sailed on time."], parser=ArticleParser(), language="fr")
    assert str(both.value) == (
        "parse_many takes a parser or a language, not both: build the parser with ArticleParser(language=...)"
    )


# parser_for (through parse_article) names the function and the option for a language that is no str
def test_parse_article_language_message() -> None:
    with pytest.raises(TypeError) as wrong_language:
        newsparse.parse_article("The ferry sailed on time.", language=1)  # type: ignore[arg-type]
    assert str(wrong_language.value) == "parse_article(language=...) expects a str instance or None, not int 1"


# parser_for builds a language's parser with its pack (the kept parsers emptied for the row)
def test_parser_for_builds_the_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_module, "_LANGUAGE_PARSERS", {})
    article = newsparse.parse_article("Il pleut sur Lyon\n\n« Il pleut », a déclaré le maire.\n", language="fr")
    assert [(q.text, q.cue) for q in article.quotes] == [("Il pleut", "a déclaré")]


# DatelineParser.is_bracketed_place: a region's abbreviation in brackets (``(N.Y.)``) is no place of
# its own; a place the vocabulary knows is
BRACKETED_ABBREVIATIONS = [("N.Y.", False), ("Calif.", False), ("Ga.", False), ("Paris", True), ("Montréal", True)]


@pytest.mark.parametrize(("place", "expected"), BRACKETED_ABBREVIATIONS)
def test_bracketed_region_abbreviation(place: str, expected: bool) -> None:
    assert DatelineParser().is_bracketed_place(place) is expected


# ArticleParser.near_date: a stamp within DATELINE_STAMP_DAYS (1) of a dateline's month and day, in
# its year or the year either side at the turn of a year; 29 February only in a leap year
NEAR_DATES = [
    ((2026, 3, 10), 3, 10, True), ((2026, 3, 10), 3, 11, True), ((2026, 3, 10), 3, 9, True), ((2026, 3, 10), 3, 12, False),
    ((2026, 1, 1), 12, 31, True), ((2025, 12, 31), 1, 1, True), ((2026, 1, 1), 12, 30, False),
    ((2028, 3, 1), 2, 29, True), ((2026, 3, 1), 2, 28, True),
]


@pytest.mark.parametrize(("when", "month", "day", "expected"), NEAR_DATES)
def test_near_date(when: tuple[int, int, int], month: int, day: int, expected: bool) -> None:
    assert ArticleParser().near_date(dt.datetime(*when, 10, 0), month, day) is expected


# ArticleParser.is_label_text: a live blog's entry label alone, in any case, a colon after it or a
# space and a colon (the bound: the longest label and two characters); not another short word,
# not a longer line
LABEL_TEXTS = [
    ("Key events", True), ("Key events:", True), ("KEY EVENTS", True), ("Pinned post :", True),
    ("Pinned post  :", False), ("Weather", False), ("Summary of the day", False),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_TEXTS)
def test_entry_label_text(text: str, expected: bool) -> None:
    assert ArticleParser().is_label_text(text) is expected
