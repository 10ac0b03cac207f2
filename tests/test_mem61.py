"""mem61: the agencies' alternation compiled only where a text may need it (issue 7).  The dateline's
place before an agency with no brackets (``New York CNN —``) and its agency after the date's comma
(``Accra, Dec. 3, GNA -``) are tried with that alternation only for a head where a listed agency ends
right before a dash; the byline's agency tail only on a text that ends in a listed agency; the
unmarked role's way with an agency only on a text that holds one between blanks.  Every other text is
read by the patterns without the alternation, which match there as the whole ones do.  These rows pin
what is read, what each test lets through and turns down, that a vocabulary's own agencies are read,
and that the alternation is not compiled for a text that needs none."""

from __future__ import annotations

import itertools

import pytest

from newsparse import BylineParser, DatelineParser, Span, Vocabulary


class _WireVocabulary(Vocabulary):
    AGENCIES = (*Vocabulary.AGENCIES, "Nordic Wire Service")


class _PatternVocabulary(Vocabulary):
    """A vocabulary whose agencies' pattern is no alternation of its ``AGENCIES``: the tests stand aside."""

    def __init__(self) -> None:
        super().__init__()
        self.agency_pattern = r"Wire[0-9]"


def _dateline(line: str, vocabulary: Vocabulary | None = None) -> tuple[str | None, str | None, str] | None:
    found = DatelineParser(vocabulary).parse(line, Span(0, len(line)))
    return None if found is None else (found.place, found.agency, found.text)


# line, (place, agency, dateline text) or None
DATELINES = [
    # a place before an agency with no brackets, then a dash
    ("New York CNN — A storm hit the coast on Monday.", ("New York", "CNN", "New York CNN —")),
    ("Washington Fox News — The senator said on Monday.", ("Washington", "Fox News", "Washington Fox News —")),
    ("Frankfurt dpa-AFX - Die Aktien stiegen am Freitag.", ("Frankfurt", "dpa-AFX", "Frankfurt dpa-AFX -")),
    ("Sydney AAP - Crews contained the blaze on Sunday.", ("Sydney", "AAP", "Sydney AAP -")),
    # a known agency after the date's comma, before a dash
    ("Accra, Dec. 3, GNA - The president said on Monday.", ("Accra", "GNA", "Accra, Dec. 3, GNA -")),
    # no agency: the pattern without the alternation reads the date
    ("Accra, Dec. 3 - The president said on Monday.", ("Accra", None, "Accra, Dec. 3 -")),
    # words that are no listed agency before the dash, or an agency with no place: no dateline
    ("New York Mets — The team lost again on Sunday.", None),
    ("Chicago Democrats — The party met on Monday.", None),  # ("ats" is listed: a word's end is none)
    ("Fox News — The senator said on Monday.", None),
    ("Accra, Dec. 3, Ghana News - The president said.", None),
    ("Lagos, Dec. 3, GNA, - The president said on Monday.", None),
]


@pytest.mark.parametrize(("line", "expected"), DATELINES)
def test_dateline_with_an_agency_and_no_brackets(line: str, expected: tuple[str, str | None, str] | None) -> None:
    assert _dateline(line) == expected


# line, (place, agency, dateline text) with a vocabulary that adds an agency
OWN_AGENCY_DATELINES = [
    ("Oslo Nordic Wire Service — The council met on Monday.", ("Oslo", "Nordic Wire Service", "Oslo Nordic Wire Service —")),
    (
        "Bergen, March 3, Nordic Wire Service - The council met.",
        ("Bergen", "Nordic Wire Service", "Bergen, March 3, Nordic Wire Service -"),
    ),
    ("New York CNN — A storm hit the coast on Monday.", ("New York", "CNN", "New York CNN —")),  # the class's own
]


@pytest.mark.parametrize(("line", "expected"), OWN_AGENCY_DATELINES)
def test_a_vocabulary_subclass_agency_is_read_in_a_dateline(line: str, expected: tuple[str, str, str]) -> None:
    assert _dateline(line, _WireVocabulary()) == expected
    assert _dateline(line) == (None if "Nordic" in line else expected)


def test_a_vocabulary_with_its_own_agency_pattern_is_read_whole() -> None:
    assert _dateline("Oslo Wire7 — The council met on Monday.", _PatternVocabulary()) == ("Oslo", "Wire7", "Oslo Wire7 —")
    authors, agency = BylineParser(_PatternVocabulary()).read_names("Jane Roe, Wire7", has_prefix=True)
    assert (authors, agency) == (("Jane Roe",), "Wire7")


# text after "By", (authors, agency)
BYLINE_NAMES = [
    ("Jane Roe, Reuters.", (("Jane Roe",), "Reuters")),
    ("Jane Roe, Reuters\n", (("Jane Roe",), "Reuters")),
    ("Jane Roe (dpa).", (("Jane Roe",), "dpa")),
    ("Tom Krisher AP Auto Writer", (("Tom Krisher",), "AP")),
    ("Jane Roe CNN Correspondent", (("Jane Roe",), "CNN")),
    # no agency: the patterns without the alternation read the role
    ("Amy Clarke Health Correspondent", (("Amy Clarke",), None)),
    ("Jane Roe, Wall Street Correspondent", (("Jane Roe",), None)),
    ("Jane Roe, Democrats", ((), None)),  # ("ats" is listed: a word's end is none)
]


@pytest.mark.parametrize(("text", "expected"), BYLINE_NAMES)
def test_byline_agency_tail_and_unmarked_role(text: str, expected: tuple[tuple[str, ...], str | None]) -> None:
    assert BylineParser().read_names(text, has_prefix=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Roe, Nordic Wire Service", (("Jane Roe",), "Nordic Wire Service")),
        ("Jane Roe Nordic Wire Service Staff Writer", (("Jane Roe",), "Nordic Wire Service")),
    ],
)
def test_a_vocabulary_subclass_agency_is_read_in_a_byline(text: str, expected: tuple[tuple[str, ...], str]) -> None:
    assert BylineParser(_WireVocabulary()).read_names(text, has_prefix=True) == expected
    assert BylineParser().read_names(text, has_prefix=True) != expected


# head, whether a listed agency ends before a dash in it
AGENCY_BEFORE_DASH = [
    ("New York CNN — A storm", True),
    ("Accra, Dec. 3, GNA -", True),
    ("Accra, Dec. 3, GNA\u00a0\u00a0- The", True),  # (blanks of any kind before the dash)
    ("said Reuters--", True),
    ("New York Mets — A storm", False),
    ("Chicago Democrats — The party", False),  # "ats" ends the word, "Democrats" is no agency: let through
    ("WASHINGTON (AP) — The senator", False),  # (a bracket between: the other patterns read it)
    ("CNN reported on Monday.", False),  # no dash
    ("CNN: The senator", False),  # a colon is no real dash
]


@pytest.mark.parametrize(("head", "expected"), AGENCY_BEFORE_DASH)
def test_agency_before_dash(head: str, expected: bool) -> None:
    # ("Democrats" ends in the listed "ats": the test lets it through, the pattern then reads no dateline)
    assert DatelineParser().agency_before_dash(head) is (expected or head.startswith("Chicago Democrats"))


# text, whether it ends in a listed agency (the byline's agency tail), whether one stands between blanks
BYLINE_TESTS = [
    ("Jane Roe, Reuters", True, False),
    ("Jane Roe, Reuters.\n", True, False),
    ("Anna Schmidt (dpa).", True, False),
    ("Jane Roe|AFP", True, False),
    ("Tom Krisher AP Auto Writer", False, True),
    ("Jane Roe, Democrats", False, False),  # a word's end ("ats") is no agency
    ("Jane Roe, Reuters Staff", False, True),
    ("Reuters", False, False),  # nothing before it
    ("Fox News, a veteran diplomat", False, False),  # at the start, a comma after it
]


@pytest.mark.parametrize(("text", "ends", "spaced"), BYLINE_TESTS)
def test_byline_agency_tests(text: str, ends: bool, spaced: bool) -> None:
    bylines = BylineParser()
    assert (bylines.ends_in_agency(text), bylines.holds_spaced_agency(text)) == (ends, spaced)


def test_the_alternation_is_not_compiled_for_texts_without_an_agency() -> None:
    datelines, bylines = DatelineParser(), BylineParser()
    for line in ("Accra, Dec. 3 - The president said.", "New York Mets — The team lost.", "BERLIN (AFP) - Die"):
        datelines.parse(line, Span(0, len(line)))
    for text in ("Amy Clarke Health Correspondent", "Jane Roe, Democrats", "Jane Roe and Tom Poe"):
        bylines.read_names(text, has_prefix=True)
    lazy = (datelines._titled_dated, datelines._unbracketed, bylines._agency_tail, bylines._unmarked_role_tail)
    assert [pattern._compiled for pattern in lazy] == [None] * 4
    # (the unmarked role's patterns are tried only on a text that ends in a role word after a blank)
    fresh = BylineParser()
    assert fresh.unmarked_role_tail("Jane Roe Correspondent of the Year 2025") is None
    assert fresh._unmarked_role_plain._compiled is None
    role = fresh.unmarked_role_tail("Amy Clarke Health Correspondent")
    assert role is not None and (role["role"], role["agency"]) == ("Health Correspondent", None)
    assert (fresh._unmarked_role_plain._compiled is not None, fresh._unmarked_role_tail._compiled) == (True, None)
    tail = bylines.agency_tail("Jane Roe, Reuters")
    assert tail is not None and (tail.start(), tail["agency"]) == (8, "Reuters")
    assert bylines._agency_tail._compiled is not None


_PLACES = ["New York", "Accra", "ACCRA", "Santiago de Chile", "Chicago"]
_DATES = ["", ", Dec. 3", ", 3 March 2025", " (March 4, 2025)"]
_AFTER = ["", " CNN", ", GNA", ", Fox News", " Democrats", ", Ghana News", " dpa-AFX", ", PA", " AP,"]
_DASHES = [" — ", " - ", "--", "\u00a0– ", ": ", " "]
_STORY = ["The council met.", "die Aktien", ""]


def test_the_patterns_without_the_alternation_match_alike_where_the_tests_turn_a_text_down() -> None:
    # (generated heads: every one the test turns down matches the pattern without the alternation as
    # it matches the whole one, and the whole one reads an agency only where the test lets it through)
    datelines, bylines = DatelineParser(), BylineParser()
    whole_dated, unbracketed = datelines._titled_dated.compiled, datelines._unbracketed.compiled
    whole_tail, whole_role = bylines._agency_tail.compiled, bylines._unmarked_role_tail.compiled
    compared = 0
    for parts in itertools.product(_PLACES, _DATES, _AFTER, _DASHES, _STORY):
        head = "".join(parts)
        dated, bare = whole_dated.match(head), unbracketed.match(head)
        if not datelines.agency_before_dash(head):
            plain = datelines._titled_dated_plain.match(head)
            assert (plain and (plain.span(), plain.groupdict())) == (dated and (dated.span(), dated.groupdict())), head
            assert bare is None, head
            compared += 1
        text = head.removesuffix(" ").removesuffix(",")
        tail, role = whole_tail.search(text), whole_role.search(text + " Correspondent")
        assert tail is None or bylines.ends_in_agency(text), text
        assert (role is None or role["agency"] is None) or bylines.holds_spaced_agency(text + " Correspondent"), text
        assert whole_role.search(text) is None or bylines._role_end.search(text) is not None, text
        assert bylines.unmarked_role_tail(text + " Correspondent") is None or role is not None, text
    assert compared > 1000
