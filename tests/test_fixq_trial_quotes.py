"""A new user's trial of the quote engine (issue 5): wrong quote text and missed English quotes.
Each table puts the trial's shape (the bad output it used to give) beside near-misses that must
not change; each row is one paragraph under a plain headline and the exact ``(text, kind,
speaker name, speaker mention)`` tuples that must come out, in order."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from newsparse.quotes.languages import language_pack
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]


quotes_of = partial(mention_rows, headline="Town hall notes")


CLAUSE_AFTER_A_CLOSING_ATTRIBUTION = [
    # a conjunction's clause after ", police said," is the reporter's: the words before are said
    # (was: "as protesters returned home")
    ("Sri Lanka lifted a nationwide curfew on Tuesday after three days of unrest, police said, as protesters "
     "returned home.",
     [("Sri Lanka lifted a nationwide curfew on Tuesday after three days of unrest", R, "police", "police")]),
    ("The curfew was lifted on Friday, police said, while schools stayed closed.",
     [("The curfew was lifted on Friday", R, "police", "police")]),
    # (but a cause after it goes on with the words, as PolNeAR's annotators read it: fixQ57a)
    ("Markets rose sharply on Monday, traders said, because oil fell.",
     [("Markets rose sharply on Monday, traders said, because oil fell", R, "traders", "traders")]),
    # a time between the attribution and the comma
    ("The trains will run again next week, the operator said Friday afternoon, as engineers finished repairs.",
     [("The trains will run again next week", R, "the operator", "the operator")]),
    # words before that are no clause: the clause after the conjunction's
    ("In the early spring, the mayor said, when the river was high, the bridge flooded twice.",
     [("the bridge flooded twice", R, "the mayor", "the mayor")]),
    # a contracted verb, and a clause whose last part is a participle's, still hold a clause
    ("He’s leaning toward the governor, he said, because he prizes electability.",
     [("He’s leaning toward the governor, he said, because he prizes electability", R, "he", "he")]),
    ("A truck rammed into a crowd on Thursday night, killing at least 80 people, French officials said, as the "
     "city mourned.",
     [("A truck rammed into a crowd on Thursday night, killing at least 80 people", R, "French officials",
       "French officials")]),
    # a comma inside a number does not make the conjunction's clause an appositive
    ("In the early 1990s, Ana Ortiz said, when she was earning $24,000 a year, the firm grew fast.", []),
    ("The bridge will reopen in May, the mayor said, although repairs cost $1,200,000 more than planned.",
     [("The bridge will reopen in May", R, "the mayor", "the mayor")]),
    # near-misses: a conjunction inside the reported clause stays in it; an aside before "that"
    ("Police said the curfew was over as protesters returned home.",
     [("the curfew was over as protesters returned home", R, "Police", "Police")]),
    ("Police said, as protesters returned home, that the curfew was over.",
     [("the curfew was over", R, "Police", "Police")]),
    ("The minister said, as expected, the plan was dead.",
     [("the plan was dead", R, "The minister", "The minister")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CLAUSE_AFTER_A_CLOSING_ATTRIBUTION)
def test_clause_after_a_closing_attribution(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


ASIDE_BETWEEN_CUE_AND_THAT = [
    # (was: "however, that training ...")
    ("She warned, however, that training had not kept pace.", [("training had not kept pace", R, "She", "She")]),
    ("He added, though, that costs had risen.", [("costs had risen", R, "He", "He")]),
    ("The minister said, in turn, that the budget would pass.",
     [("the budget would pass", R, "The minister", "The minister")]),
    # near-miss: no aside
    ("She warned that training had not kept pace.", [("training had not kept pace", R, "She", "She")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ASIDE_BETWEEN_CUE_AND_THAT)
def test_aside_between_cue_and_that(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


BRITISH_ELISIONS = [
    # an apostrophe before digits, or before a word with no closing mark, opens nothing
    # (was: direct "90s, Berg said." with speaker Ortiz)
    ("Ortiz scored in the '90s, Berg said.", [("Ortiz scored in the '90s", R, "Berg", "Berg")]),
    ("He grew up in the '80s and '90s.", []),
    ("Fans sang 'ere we go as the team came out.", []),
    ("The class of '08 met again, the head teacher said.",
     [("The class of '08 met again", R, "the head teacher", "the head teacher")]),
    # near-misses: real single quotation marks, closed or carrying on after a colon
    ("'We will win,' said Tom Berg.", [("We will win,", D, "Tom Berg", "Tom Berg")]),
    ("Berg said: 'We will win the league this year.", [("We will win the league this year.", D, "Berg", "Berg")]),
    ("He called the deal 'a disgrace', Berg said.", [("He called the deal 'a disgrace'", M, "Berg", "Berg")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), BRITISH_ELISIONS)
def test_british_elisions(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph, "en-GB") == expected


GUILLEMETS_AND_LOW_MARKS = [
    # every language accepts guillemets and the low-9 mark (was: one indirect quote by Ana Ortiz)
    (None, "«We will win,» said Tom Berg. ‹Maybe›, said Ana Ortiz.",
     [("We will win,", D, "Tom Berg", "Tom Berg"), ("Maybe", D, "Ana Ortiz", "Ana Ortiz")]),
    (None, "„Maybe not” said Jim Kay.", [("Maybe not", D, "Jim Kay", "Jim Kay")]),
    (None, "„We are ready“, said Jim Kay.", [("We are ready", D, "Jim Kay", "Jim Kay")]),
    ("en-GB", "«We will win,» said Tom Berg.", [("We will win,", D, "Tom Berg", "Tom Berg")]),
    ("es", "„Ganaremos“, dijo Tom Berg.", [("Ganaremos", D, "Tom Berg", "Tom Berg")]),
    ("fr", "„Nous gagnerons“, a déclaré Tom Berg.", [("Nous gagnerons", D, "Tom Berg", "Tom Berg")]),
    ("de", "‹Wir gewinnen›, sagte Tom Berg.", [("Wir gewinnen", D, "Tom Berg", "Tom Berg")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), GUILLEMETS_AND_LOW_MARKS)
def test_guillemets_and_low_marks(language: str | None, paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph, language) == expected


@pytest.mark.parametrize("language", ["en", "en-GB", "fr", "de", "es"])
def test_every_pack_accepts_guillemets_and_low_marks(language: str) -> None:
    quotes = language_pack(language).quotes
    openers = {opening for opening, _ in quotes.QUOTE_PAIRS}
    assert {"«", "‹", "„"} <= openers


ACRONYMS_AND_IMPERSONAL_SUBJECTS = [
    # an all-caps word is an acronym, never a relative pronoun (was: no quote)
    ("The WHO said the outbreak was over.", [("the outbreak was over", R, "The WHO", "The WHO")]),
    ("A nurse who treated the patients said the outbreak was over.",
     [("the outbreak was over", R, "A nurse who treated the patients", "A nurse who treated the patients")]),
    # an impersonal passive names no speaker (was: speaker "It")
    ("It is said that the plan is too expensive.", [("the plan is too expensive", R, None, None)]),
    ("It was widely claimed that the plan was too expensive.", [("the plan was too expensive", R, None, None)]),
    # near-miss: "It said" is an organisation's words (its speaker is "It")
    ("It said that the plan was too expensive.", [("the plan was too expensive", R, "It", "It")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ACRONYMS_AND_IMPERSONAL_SUBJECTS)
def test_acronyms_and_impersonal_subjects(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


NOT_SPEECH = [
    # "that" before "and" is an object, not the conjunction that opens the words (was: "and I will keep it")
    ("I promised that and I will keep it.", []),
    ("I promised that I will keep it.", [("I will keep it", R, "I", "I")]),
    # an act a declaration performs is no speech (fixS, stop 26: ACT_VERBS, ACT_OBJECTS; was a known failure)
    ("Gov. Jared Polis declared a state of emergency.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), NOT_SPEECH)
def test_not_speech(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


# Known failures (strict: a fix fails the test until the row moves to a passing list).  A noun
# phrase after "declared" or "announced" is read as the words: PolNeAR annotates such objects as
# attributions, and leaving them out costs recall there (measured: recall_speech 0.8655 -> 0.8643
# for "declare" alone), so it stays for now; only the acts a declaration performs are left out
# (ACT_OBJECTS: "declared a state of emergency", in NOT_SPEECH now, PolNeAR's recall unchanged).
XFAIL = [
    ("Ana Ortiz announced her resignation on Friday.", []),
    # an interrupted attribution after a short subject (the long place before a bare clause passes
    # now: tests/test_spkh_constructions.py, SETTING_BEFORE_CLAUSE)
    ("The claims, Ana Ortiz said, were false.", [("were false", R, "Ana Ortiz", "Ana Ortiz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), XFAIL)
@pytest.mark.xfail(strict=True)
def test_known_failures(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
