"""mem61b: less compiled pattern memory, the same parses (issue 7).  The quote grammar's cue
pattern is a lookup of the speech verbs by their first characters (:class:`WordsAt`), no compiled
alternation; its told-object pattern calls one group of the determiners; the dateline's capitals
pattern and the byline's agency outlet pattern hold the agencies' alternation only in a copy
compiled for a text that may need it.  These rows pin what each reads, what each test lets
through and turns down, and that the patterns without the alternation match alike elsewhere."""

from __future__ import annotations

import itertools

import pytest
import regex

from newsparse import BylineParser, DatelineParser, QuoteParser, Span, Vocabulary
from newsparse.quotes.words import WordsAt, any_of

_VERBS = ["said", "said that", "says", "told", "according to", "According to", "a dit", "d'après", "re-stated", "as"]


# text, position, end (or None), the cue read there (or None)
WORDS_AT = [
    ("He said that it rained.", 3, None, "said that"),  # (the longest first)
    ("He said thatcher", 3, None, "said"),  # (no letter after a word: "that" is no word there)
    ("He saids so.", 3, None, None),
    ("He said-so", 3, None, None),  # (no hyphen after it either)
    ("He said, then left.", 3, None, "said"),
    ("He said that", 3, 10, "said"),  # (the end given cuts "said that"; the end counts as no letter)
    ("He said", 3, 6, None),  # ("sai" is no word)
    ("According to police, it was.", 0, None, "According to"),
    ("according To police", 0, None, None),  # (each word in its case)
    ("le chiffre, d'après la police", 12, None, "d'après"),
    ("It was re-stated.", 7, None, "re-stated"),
    ("as", 0, None, "as"),  # (a word shorter than the lookup key)
    ("ask", 0, None, None),
    ("", 0, None, None),
    ("He said", 40, None, None),  # (a position past the end)
]


@pytest.mark.parametrize(("text", "pos", "end", "expected"), WORDS_AT)
def test_words_at_reads_the_longest_word_as_the_alternation_did(text: str, pos: int, end: int | None, expected: str | None) -> None:
    found = WordsAt(_VERBS).match(text, pos, end)
    assert (found and found.group()) == expected
    pattern = regex.compile(rf"(?:{any_of(_VERBS)})(?![\p{{L}}\-])")
    old = pattern.match(text, pos, end)
    assert (found and found.span()) == (old and old.span())


def test_words_at_matches_as_the_speech_verbs_pattern_on_generated_texts() -> None:
    cues = QuoteParser()._cue_at
    words = [word for found in cues._by_key.values() for word in found] + list(cues._short)
    pattern = regex.compile(rf"(?:{any_of(words)})(?![\p{{L}}\-])")
    pieces = ["said", "Said", "told reporters", "according to", "added", "a", "as", "-", " ", "that", "é", ",", "says"]
    compared = 0
    for parts in itertools.product(pieces, repeat=3):
        text = "".join(parts)
        for pos in range(len(text)):
            for end in (None, len(text) - 1):
                old, new = pattern.match(text, pos, end), cues.match(text, pos, end)
                assert (old and old.span()) == (new and new.span()), (text, pos, end)
                compared += 1
    assert compared > 10_000


# text after the cue "told", what the told-object pattern reads
TOLD = [
    (" the German newspaper Bild that", " the German newspaper Bild"),
    (" an Italian news agency.", " an Italian news agency"),
    (" another local newspaper on Monday", " another local newspaper"),  # (a determiner, a modifier, a head noun)
    (" about her plans", None),  # (a stop word opens no modifier)
    (" on Monday", None),
    (" the court he was", " the court"),
    (" local reporters that", " local reporters"),
    (" the board members", " the board"),  # (an object word after a determiner: read up to it)
    (" Republican senators", " Republican senators"),
    (" the a reporters", " the a"),  # (a determiner is no modifier of the outlet's noun)
    (" his client", " his client"),
]


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_told_object(text: str, expected: str | None) -> None:
    found = QuoteParser()._object.match(text)
    assert (found and found.group()) == expected


def test_the_told_object_pattern_holds_the_determiners_once() -> None:
    source = QuoteParser()._object.pattern
    assert source.count(any_of(QuoteParser.DETERMINERS)) == 1
    assert source.count("(?&_determiner)") == 6  # (mendQ64's channel number after the one told calls it too)


def _dateline(line: str, parser: DatelineParser | None = None) -> tuple[str | None, str | None, str] | None:
    found = (parser or DatelineParser()).parse(line, Span(0, len(line)))
    return None if found is None else (found.place, found.agency, found.text)


# line, (place, agency, dateline text) or None
CAPS_DATELINES = [
    ("WASHINGTON (AP) — The senator said on Monday.", ("WASHINGTON", "AP", "WASHINGTON (AP) —")),
    ("LONDON (Reuters) - Shares fell on Monday.", ("LONDON", "Reuters", "LONDON (Reuters) -")),
    ("BOSTON--(BUSINESS WIRE)--Acme Corp. said on Monday.", ("BOSTON", "BUSINESS WIRE", "BOSTON--(BUSINESS WIRE)--")),
    ("NEW DELHI, Jul 8 (PTI) Heavy rain lashed the city.", ("NEW DELHI", "PTI", "NEW DELHI, Jul 8 (PTI)")),
    ("BERLIN (dpa) - Die Preise stiegen am Montag.", ("BERLIN", "dpa", "BERLIN (dpa) -")),
    ("HAMBURG (dpa/lno) - Die Polizei sucht Zeugen.", ("HAMBURG", "dpa/lno", "HAMBURG (dpa/lno) -")),
    ("SYDNEY, AAP - Crews contained the blaze on Sunday.", ("SYDNEY", "AAP", "SYDNEY, AAP -")),
    ("TOKYO, May 12 Kyodo - The minister resigned.", ("TOKYO", "Kyodo", "TOKYO, May 12 Kyodo -")),
    ("ACCRA, March 3, (GNA) - The president said.", ("ACCRA", "GNA", "ACCRA, March 3, (GNA) -")),
    # no listed agency in the brackets and no dash: no dateline
    ("DETROIT (Local Desk) Heavy snow fell on Monday.", None),
]


@pytest.mark.parametrize(("line", "expected"), CAPS_DATELINES)
def test_capitals_datelines(line: str, expected: tuple[str, str | None, str] | None) -> None:
    assert _dateline(line) == expected


# head, whether the capitals pattern may read a listed agency in it otherwise than without one
CAPS_TESTS = [
    ("WASHINGTON (AP) — The senator", False),  # (a capital and words before a dash: read alike)
    ("LONDON (Reuters) -- Shares", False),
    ("MOSCOW, March 3 (Reuters). - A", False),  # (a full stop and blanks before the dash)
    ("MOSCOW, March 3 (Reuters) . - A", True),  # (a blank before the full stop: the dash way reads no dash there)
    ("BOSTON--(BUSINESS WIRE)--Acme", False),  # (no listed agency)
    ("NEW DELHI, Jul 8 (PTI) Heavy rain", True),  # (no dash after the agency's brackets)
    ("BERLIN (dpa) - Die", True),  # (no capital first)
    ("HAMBURG (dpa/lno) - Die", True),  # (a slash after the agency)
    ("PARIS (AFP/Reuters) - A", True),
    ("SYDNEY, AAP - Crews", True),  # (after a comma and a blank)
    ("SYDNEY,AAP - Crews", True),  # (before a dash, agency_before_dash)
    ("SYDNEY,AAP: Crews", False),  # (no blank after the comma: the pattern asks for one; a colon is no real dash)
    ("ROME, Italy - The", False),
    ("TOKYO, May 12 Kyodo - The", True),  # (before a dash: agency_before_dash)
    ("DETROIT (Local Desk) Heavy snow", False),
    ("WASHINGTON (AP", False),  # (no closing bracket)
    ("ROME, March 3, Fox News: A", True),
]


@pytest.mark.parametrize(("head", "expected"), CAPS_TESTS)
def test_caps_may_read_agency(head: str, expected: bool) -> None:
    assert DatelineParser().caps_may_read_agency(head) is expected


class _PatternVocabulary(Vocabulary):
    """A vocabulary whose agencies' pattern is no alternation of its ``AGENCIES``: the tests stand aside."""

    def __init__(self) -> None:
        super().__init__()
        self.agency_pattern = r"Wire[0-9]"


def test_the_tests_stand_aside_for_a_vocabulary_with_its_own_agency_pattern() -> None:
    assert DatelineParser(_PatternVocabulary()).caps_may_read_agency("OSLO (Other) - The") is True
    assert _dateline("OSLO (wire7) - The council met.", DatelineParser(_PatternVocabulary())) is None
    assert BylineParser(_PatternVocabulary()).may_end_in_agency_outlet("Jane Roe, City News") is True


def test_the_capitals_alternation_is_not_compiled_for_heads_that_need_none() -> None:
    datelines = DatelineParser()
    for line in ("WASHINGTON (AP) — The senator said.", "LONDON, March 3 - Shares fell.", "BOSTON--(BUSINESS WIRE)--Acme said."):
        datelines.parse(line, Span(0, len(line)))
    assert datelines._caps._compiled is None
    assert _dateline("BERLIN (dpa) - Die Preise stiegen.", datelines) == ("BERLIN", "dpa", "BERLIN (dpa) -")
    assert datelines._caps._compiled is not None


_CAPS_PLACES = ["WASHINGTON", "NEW DELHI", "ACCRA", "BOSTON"]
_CAPS_DATES = ["", ", March 3", ", Jul 8", " (March 4, 2025)"]
_CAPS_AFTER = ["", " (AP)", " (Reuters)", ", AAP", " Kyodo", " (dpa)", " (BUSINESS WIRE)", "--(AP)--", " (AFP/Reuters)", ", (GNA)"]
_CAPS_DASHES = [" — ", " - ", ". - ", ": ", " ", ""]
_CAPS_STORY = ["The council met.", "Heavy rain", "die Preise", ""]


def test_the_capitals_pattern_without_the_alternation_matches_alike_where_the_test_turns_a_head_down() -> None:
    datelines = DatelineParser()
    whole, plain = datelines._caps.compiled, datelines._caps_plain
    compared = 0
    for parts in itertools.product(_CAPS_PLACES, _CAPS_DATES, _CAPS_AFTER, _CAPS_DASHES, _CAPS_STORY):
        head = "".join(parts)
        if datelines.caps_may_read_agency(head):
            continue
        old, new = whole.match(head), plain.match(head)
        groups = [(m.span(), {k: v for k, v in m.groupdict().items() if k != "_one_agency"}) if m else None for m in (old, new)]
        assert groups[0] == groups[1], head
        compared += 1
    assert compared > 1000


# byline text, whether it may end in an agency and an outlet word, what cut_outlet leaves and reads
AGENCY_OUTLETS = [
    ("Jane Roe • AP News", True, ("Jane Roe", "AP News")),
    ("Jane Roe | Bloomberg News.", True, ("Jane Roe", "Bloomberg News")),
    ("Jane Roe Reuters Health", False, ("Jane Roe Reuters Health", None)),  # ("Health" is no outlet word)
    ("The Huffington Post.", False, ("The Huffington Post.", None)),  # (no listed agency before "Post")
    ("Jane Roe, City News", False, ("Jane Roe", None)),  # (an outlet after a comma, no agency's)
    ("Jane Roe", False, ("Jane Roe", None)),
]


@pytest.mark.parametrize(("text", "may", "expected"), AGENCY_OUTLETS)
def test_agency_outlet(text: str, may: bool, expected: tuple[str, str | None]) -> None:
    bylines = BylineParser()
    assert bylines.may_end_in_agency_outlet(text) is may
    assert bylines.cut_outlet(text) == expected


def test_the_agency_outlet_pattern_is_compiled_only_where_the_test_lets_a_text_through() -> None:
    bylines = BylineParser()
    for text in ("The Huffington Post.", "Jane Roe, City News", "Amy Clarke Health Correspondent"):
        bylines.cut_outlet(text)
    assert bylines._agency_outlet._compiled is None
    whole = bylines._agency_outlet.compiled
    for parts in itertools.product(["Jane Roe", "The Huffington", "Jane Roe, AP"], [" ", " • ", " | ", ", "], ["AP", "Fox", "Reuters"], [" News", " Post.", " Radio", ""]):
        text = "".join(parts)
        assert whole.search(text) is None or bylines.may_end_in_agency_outlet(text), text


# byline text, whether an agency may be read in its outlet piece, the outlet cut_outlet reads
AGENCY_PIECES = [
    ("Jane Roe, Reuters", True, ("Jane Roe", "Reuters")),
    ("Jane Roe,Reuters Health", True, ("Jane Roe", "Reuters Health")),
    ("Jane Roe, BBC News Online", True, ("Jane Roe", "BBC News Online")),
    ("Reuters", True, ("Reuters", None)),  # (whole: outlet_alone reads it)
    ("Fox News, a veteran diplomat said on Monday", False, ("Fox News, a veteran diplomat said on Monday", None)),
    ("Jane Roe, Reuters Health Desk Online Team", True, ("Jane Roe, Reuters Health Desk Online Team", None)),  # (let through)
    (  # (more words after the agency than any agency's and two: turned down)
        "Jane Roe, Reuters Health Desk Online Team in London",
        False,
        ("Jane Roe, Reuters Health Desk Online Team in London", None),
    ),
    ("Jane Roe, The Washington Post", False, ("Jane Roe", None)),
    ("Jane Roe and Tom Poe", False, ("Jane Roe and Tom Poe", None)),
]


@pytest.mark.parametrize(("text", "may", "expected"), AGENCY_PIECES)
def test_agency_piece(text: str, may: bool, expected: tuple[str, str | None]) -> None:
    bylines = BylineParser()
    assert bylines.may_read_agency_piece(text) is may
    assert bylines.cut_outlet(text) == expected


def test_the_outlet_piece_without_the_alternation_matches_alike_where_the_test_turns_a_text_down() -> None:
    bylines = BylineParser()
    assert bylines.outlet_alone("Jane Roe") is None and bylines._outlet_piece._compiled is None
    whole, plain = bylines._outlet_piece.compiled, bylines._outlet_piece_plain
    compared = 0
    names = ["Jane Roe", "Fox News", "Reuters", ""]
    outlets = ["Reuters", "BBC News", "The Washington Post", "AP Health Desk Online", "a veteran diplomat", "City News", "dpa"]
    for parts in itertools.product(names, [", ", ",", " ", ",\u00a0"], outlets, ["", ".", " Team", "\n"]):
        text = "".join(parts)
        if bylines.may_read_agency_piece(text):
            continue
        for method in ("search", "fullmatch"):
            old, new = getattr(whole, method)(text), getattr(plain, method)(text)
            assert (old and (old.span(), old.groupdict())) == (new and (new.span(), new.groupdict())), text
            compared += 1
    assert compared > 100
