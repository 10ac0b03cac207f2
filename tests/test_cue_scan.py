"""The cue scan of the quote engine (``SpeakerGrammar.cues``): it finds the few cue words of a
window with ``str.find`` after one set lookup over the window's tokens, and must find exactly what
reading the window token by token finds (``SpeakerGrammar.cues_by_token``): the same cues at the
same places, whole tokens only, a token cut at either end of the window read as what is left of
it, and a progressive form only after a form of *be* inside the window."""

from __future__ import annotations

import pytest

from newsparse.quotes import QuoteParser

PARSER = QuoteParser()


class TokenByToken(QuoteParser):
    """A parser that reads every window token by token."""

    CUE_FIND_WORDS = 0


BY_TOKEN = TokenByToken()


class FindEvery(QuoteParser):
    """A parser that finds every cue word of a window with ``str.find``, however many there are
    (so that a window with more than :attr:`CUE_FIND_WORDS` words still tests that path)."""

    CUE_FIND_WORDS = 1000


BY_FIND = FindEvery()

# (text, window start, window end or None for the end, the cues as (text, start))
CASES = [
    ("The minister said on Tuesday that the plan would go ahead.", 0, None, [("said", 13)]),
    (
        "Ana Ruiz, the mayor, is telling voters that the bridge will open, according to her office.",
        0,
        None,
        [("telling", 24), ("according to", 66)],
    ),
    # a cue word inside a longer word is none
    ("The unsaid part remained unsaid; officials said so on Friday.", 0, None, [("said", 43)]),
    ("The well-said speech drew praise, and Smith stressed that it was short.", 0, None, [("stressed", 44)]),
    # the window cuts "said" to "aid" at its start and "said" from "saidx" at its end
    ("He said it, she said it, they saidx", 4, 34, [("said", 16), ("said", 30)]),
    # a two-word cue cut by the window's end is not read past it
    ("The agency pointed out that prices rose.", 0, 24, [("pointed out", 11)]),
    ("The agency pointed out that prices rose.", 0, 20, []),
    # a progressive form needs a form of "be" right before it, inside the window
    ("Critics are cautioning that the plan failed.", 0, None, [("cautioning", 12)]),
    ("Critics are cautioning that the plan failed.", 12, None, []),
    ("Critics kept cautioning that the plan failed.", 0, None, []),
    ("Critics were, once again, cautioning that the plan failed.", 0, None, []),
    ("Critics were (still) cautioning that the plan failed.", 0, None, []),
    ("Critics were... cautioning that the plan failed.", 0, None, [("cautioning", 16)]),
    # hyphens make a token, so a dash stands between "were" and the form
    ("Critics were -- cautioning that the plan failed.", 0, None, []),
    # more distinct cue words than CUE_FIND_WORDS: read token by token, the same cues
    (
        "Officials are saying little; critics said, noted, told, warned, added, argued, claimed, "
        "stated and insisted that nothing changed.",
        0,
        None,
        [
            ("saying", 14),
            ("said", 37),
            ("noted", 43),
            ("told", 50),
            ("warned", 56),
            ("added", 64),
            ("argued", 71),
            ("claimed", 79),
            ("stated", 88),
            ("insisted", 99),
        ],
    ),
    ("No cue in this sentence at all.", 0, None, []),
    ("", 0, None, []),
]


@pytest.mark.parametrize(("text", "start", "end", "expected"), CASES)
def test_cues_are_found_at_their_places(text: str, start: int, end: int | None, expected: list[tuple[str, int]]) -> None:
    stop = len(text) if end is None else end
    assert [(cue.group(), cue.start()) for cue in PARSER.cues(text, start, stop)] == expected
    assert [(cue.group(), cue.start()) for cue in PARSER.cues_by_token(text, start, stop)] == expected
    assert [(cue.group(), cue.start()) for cue in BY_TOKEN.cues(text, start, stop)] == expected
    assert [(cue.group(), cue.start()) for cue in BY_FIND.cues(text, start, stop)] == expected


@pytest.mark.parametrize(("text", "start", "end", "expected"), CASES)
def test_every_window_agrees_with_token_by_token(text: str, start: int, end: int | None, expected: object) -> None:
    for first in range(len(text) + 1):
        for last in range(first, len(text) + 1, 7):
            found = [(cue.group(), cue.start()) for cue in PARSER.cues(text, first, last)]
            by_token = [(cue.group(), cue.start()) for cue in PARSER.cues_by_token(text, first, last)]
            assert found == by_token, (first, last)
            # (the str.find path on every window, also one with more than CUE_FIND_WORDS cue words)
            assert [(cue.group(), cue.start()) for cue in BY_FIND.cues(text, first, last)] == by_token, (first, last)


@pytest.mark.parametrize(("text", "start", "end", "expected"), CASES)
def test_a_paragraph_scan_gives_the_cues_of_every_window(text: str, start: int, end: int | None, expected: object) -> None:
    # the paragraph's cue words found once (SpeakerGrammar.cue_scan), then looked up per window
    # (cues_in): the same cues as reading the window, for every window, those cutting a token too
    stop = len(text) if end is None else end
    scan = PARSER.cue_scan(text)
    assert [(cue.group(), cue.start()) for cue in PARSER.cues_in(scan, start, stop)] == expected
    for first in range(len(text) + 1):
        for last in range(first, len(text) + 1, 5):
            found = [(cue.group(), cue.start()) for cue in PARSER.cues_in(scan, first, last)]
            assert found == [(cue.group(), cue.start()) for cue in PARSER.cues(text, first, last)], (first, last)


@pytest.mark.parametrize(("text", "start", "end", "expected"), CASES)
def test_cues_inside_a_paragraph_scan_are_those_of_the_window(text: str, start: int, end: int | None, expected: object) -> None:
    # while a paragraph is being parsed (SpeakerGrammar.scanning) cues() of any window of it,
    # those cutting a token too, reads the paragraph's scan and finds what the window alone gives
    stop = len(text) if end is None else end
    alone = {
        (first, last): [(cue.group(), cue.start()) for cue in PARSER.cues(text, first, last)]
        for first in range(len(text) + 1)
        for last in range(first, len(text) + 1, 3)
    }
    scan = PARSER.cue_scan(text)
    with PARSER.scanning(scan):
        assert PARSER.paragraph_scan(text) is scan
        assert [(cue.group(), cue.start()) for cue in PARSER.cues(text, start, stop)] == expected
        for (first, last), found in alone.items():
            assert [(cue.group(), cue.start()) for cue in PARSER.cues(text, first, last)] == found, (first, last)
    # (after the block the scan is gone: another text's scan is made afresh)
    assert PARSER.paragraph_scan(text) is not scan
    assert PARSER.paragraph_scan(text) == scan


def test_a_scan_serves_only_its_own_text() -> None:
    # an equal text that is another object, or a slice, is read from its own tokens
    text = "Officials said the bridge would open. Critics are saying it will not."
    other = "".join(["Officials said the bridge would open.", " Critics are saying it will not."])
    stale = PARSER.cue_scan("Nobody said anything.")
    with PARSER.scanning(stale):
        assert [(cue.group(), cue.start()) for cue in PARSER.cues(text, 0, len(text))] == [("said", 10), ("saying", 50)]
        assert [(cue.group(), cue.start()) for cue in PARSER.cues(other, 0, len(other))] == [("said", 10), ("saying", 50)]
        assert PARSER.paragraph_scan(text).words == ("said", "saying")


SCANS = [
    # whole tokens only, in order, the progressive forms among them (read only after "be")
    ("The unsaid part: officials said critics are saying so.", [(27, "said"), (44, "saying")]),
    ("According to the mayor, the bridge will open in June.", [(0, "According")]),
    ("Prices rose in May.", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), SCANS)
def test_the_scan_lists_the_whole_tokens_that_may_start_a_cue(text: str, expected: list[tuple[int, str]]) -> None:
    scan = PARSER.cue_scan(text)
    assert list(zip(scan.starts, scan.words, strict=True)) == expected
    assert scan.text is text


TAILS = [
    # (reported words, whether an outlet may close them, the source cut_source takes off)
    ("the talks had failed, state media reported", True, "state media"),
    ("the talks had failed, state media reported \n", True, "state media"),
    ("the talks had failed, the Tribune wrote", True, "the Tribune"),
    ("the talks had failed, Reuters quoted a minister as saying", True, "Reuters"),
    ("the talks had failed, the Tribune cited officials close to the talks", True, "the Tribune"),
    # no outlet verb at the end: the pattern is not run
    ("state media reported that the talks had failed", False, None),
    ("the talks had failed, state media reported\x1c", False, None),
    ("the talks had failed", False, None),
]


@pytest.mark.parametrize(("words", "may", "source"), TAILS)
def test_only_words_ending_in_an_outlet_verb_are_read_for_a_source(words: str, may: bool, source: str | None) -> None:
    text = "Ana Ortiz said " + words
    assert PARSER.may_end_with_source(text, 15, len(text)) is may
    cut, found = PARSER.cut_source(text, 15, len(text))
    assert found == source
    assert (cut < len(text)) is (source is not None)


@pytest.mark.parametrize(
    ("raw", "single"),
    [
        ("He said ''we will win'' and left.", 'He said " we will win"  and left.'),
        ("``Go home,'' she said.", '" Go home,"  she said.'),
        ("It's the players' night, he said.", "It's the players' night, he said."),
        ("No marks here.", "No marks here."),
    ],
)
def test_digraphs_are_made_single_marks_only_where_one_stands(raw: str, single: str) -> None:
    assert PARSER.single_marks(raw) == single
    assert (PARSER.single_marks(raw) is raw) is (raw == single)


MODIFIERS = [
    # (the words, where the phrase after the post-modifier starts, the match: span, head, modifier)
    ("Those close to the mayor said", "the mayor", ((0, 15), "Those", "close to")),
    ("A spokesman for the ministry said", "the ministry", ((2, 16), "spokesman", "for")),
    ("Sources Close To  the talks said", "the talks", ((0, 18), "Sources", "Close To")),
    ("of the board", "the board", ((0, 3), None, "of")),
    ("Ana Ortiz said", "said", None),
    ("close to\x1cthe mayor", "the mayor", None),
    ("the board", "board", None),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), MODIFIERS)
def test_a_post_modifier_is_read_only_where_one_ends_the_words(text: str, phrase: str, expected: object) -> None:
    match = PARSER.modifier_before(text, 0, text.index(phrase))
    assert (None if match is None else (match.span(), match["head"], match["mod"])) == expected
    # and at every end, what the pattern's search through the window finds
    for end in range(len(text) + 1):
        found = PARSER.modifier_before(text, 0, end)
        searched = PARSER._modifier_before.search(text, 0, end)
        assert (found and found.span()) == (searched and searched.span()), end


TOKEN_TEXTS = [
    # (text, its tokens): runs of letters and hyphens, whatever the script; digits and marks split them
    ("Officials said on Tuesday that the U.S.-backed plan, 2nd of its kind, would go ahead.",
     ["Officials", "said", "on", "Tuesday", "that", "the", "U", "S", "-backed", "plan", "nd", "of", "its", "kind",
      "would", "go", "ahead"]),
    ("“We will,” said José Müller-Lüdenscheidt.", ["We", "will", "said", "José", "Müller-Lüdenscheidt"]),
    ("x²-y said Ⅻ times", ["x", "-y", "said", "times"]),
    ("", []),
    ("--- ---", ["---", "---"]),
    # a blank the split cuts at, ASCII or not, never inside a token; a mark stays in its word
    ("Ana\u00a0Ortiz\u2009said\x1fon\u3000Monday", ["Ana", "Ortiz", "said", "on", "Monday"]),
    ("cafe\u0301 owner Zo\u00eb—said «oui»", ["cafe\u0301", "owner", "Zo\u00eb", "said", "oui"]),
    ("said\ud800told x\U0001d400y", ["said", "told", "x\U0001d400y"]),
]


@pytest.mark.parametrize(("text", "expected"), TOKEN_TEXTS)
def test_tokens_are_the_same_in_ascii_and_other_text(text: str, expected: list[str]) -> None:
    # an ASCII text is split at its bytes made blank, a piece with another character read by the
    # pattern: the same tokens as the Unicode pattern reads from the whole text
    assert PARSER.tokens(text) == expected
    assert PARSER.split_tokens(text) == expected
    assert PARSER.tokens(text) == PARSER._token.findall(text)
    assert [PARSER.is_token_char(text, i) for i in range(len(text))] == [
        PARSER._token_char.match(text, i) is not None for i in range(len(text))
    ]


def test_a_position_outside_the_text_is_no_token_char() -> None:
    assert not PARSER.is_token_char("said", 4)
    assert not PARSER.is_token_char("", 0)
