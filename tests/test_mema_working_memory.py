"""Working memory on long inputs (issue 7): the body's lines kept compactly, a long paragraph's
tokens and a long line's words read piece by piece, each giving what the plain reading gives."""

from __future__ import annotations

import copy

import pytest

from newsparse import parse_article
from newsparse.article import ArticleParser, ParseState
from newsparse.body import BodyParser
from newsparse.lines import COMPACT_LINES, Line, LineList, has_text_between, split_lines, words_of
from newsparse.quotes import QuoteParser
from newsparse.spans import Span

WORDS = [
    # (text, the words str.split gives): every whitespace str.isspace knows, the separators included
    ("Rain fell  on\tMonday", ["Rain", "fell", "on", "Monday"]),
    (" Rain\x1cfell\x1fon\u2028Monday\u00a0", ["Rain", "fell", "on", "Monday"]),
    ("", []),
    ("\u3000 \x85", []),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_words_of_gives_the_words_of_split(text: str, expected: list[str]) -> None:
    assert list(words_of(text)) == expected == text.split()


BETWEEN = [
    # (text, start, end, whether anything but whitespace stands there)
    ("Rain fell.\n\n \x1f", 10, None, False),
    ("Rain fell.\n\nEnd", 10, None, True),
    ("Rain fell.\u2028 Snow", 4, 5, False),
    ("Rain fell.\u2028 Snow", 4, 6, True),
]


@pytest.mark.parametrize(("text", "start", "end", "expected"), BETWEEN)
def test_has_text_between_reads_as_strip_does(text: str, start: int, end: int | None, expected: bool) -> None:
    assert has_text_between(text, start, end) is expected
    assert bool(text[start:end].strip()) is expected


def _body_lines(count: int) -> tuple[str, list[Line]]:
    text = "".join(f"  Rain fell on day {i}.\n\n" if i % 3 == 0 else f"Rain fell on day {i}.\n" for i in range(count))
    return text, list(split_lines(text))


def test_a_long_line_list_packs_its_lines_and_gives_the_same_ones() -> None:
    text, lines = _body_lines(COMPACT_LINES + 200)
    packed = LineList(text)
    for line in lines:
        packed.append(line)
    assert len(packed._starts) == len(lines) - len(packed._tail) > COMPACT_LINES - LineList.TAIL  # packed
    assert len(packed._tail) <= 2 * LineList.TAIL
    assert packed == lines and list(packed) == lines
    assert packed[5] == lines[5] and packed[-1] == lines[-1] and packed[3:7] == lines[3:7]
    # indent and blank line read back from the packed flags: "  Rain fell on day 6.\n\n" over "Rain fell on day 7."
    assert [(line.indent, line.blank_before) for line in packed[5:8]] == [(0, False), (2, False), (0, True)]


def test_a_short_line_list_keeps_its_lines_whole() -> None:
    text, lines = _body_lines(COMPACT_LINES - 1)
    kept = LineList(text, lines)
    assert len(kept._starts) == 0 and kept == lines


def test_a_line_that_is_not_its_slice_is_kept_whole() -> None:
    text, lines = _body_lines(COMPACT_LINES + 100)
    cut = Line("Rain", lines[10].span, 0, True)  # (its span says more than its text)
    lines[10] = cut
    packed = LineList(text, lines)
    assert len(packed._starts) > 10 and packed[10] is cut and packed == lines


def test_a_line_list_changes_as_a_list_does() -> None:
    text, lines = _body_lines(COMPACT_LINES + 100)
    packed, plain = LineList(text, lines), list(lines)
    saved = copy.copy(packed)
    for change in (
        lambda seq: seq.pop(),
        lambda seq: seq.__setitem__(-1, lines[0]),
        lambda seq: seq.__setitem__(3, lines[-1]),  # before the tail: unpacks, changes, packs again
        lambda seq: seq.__delitem__(4),
        lambda seq: seq.insert(2, lines[9]),
        lambda seq: seq.append(lines[7]),
    ):
        change(packed)
        change(plain)
        assert packed == plain
    assert saved == lines  # the copy changed apart
    while packed:  # popped to the end, the packed lines too, without unpacking them
        assert packed.pop() == plain.pop()
        assert len(packed._tail) <= 2 * LineList.TAIL
    assert plain == [] and packed == []


def test_the_parse_state_keeps_its_body_in_a_line_list() -> None:
    text, lines = _body_lines(30)
    state = ParseState(text, split_lines(text))
    assert isinstance(state.body, LineList) and state.body == []
    saved = state.copy()
    state.body.append(lines[0])
    assert saved.body == [] and state.body == [lines[0]]


PIECES = [
    # a paragraph far longer than the piece, the cue words spread over it, one right at a cut
    "Officials said the bridge would open. " * 3000,
    "Der Minister sagte, die Brücke werde öffnen; officials said so too. " * 2000,
    "—" * 70_000 + " the mayor said",
]


@pytest.mark.parametrize("raw", PIECES)
def test_a_long_paragraph_is_scanned_piece_by_piece_with_the_same_cues(raw: str) -> None:
    parser = QuoteParser()
    whole = QuoteParser()
    whole.SCAN_PIECE = len(raw)  # (one piece: the plain reading)
    assert len(raw) > parser.SCAN_PIECE
    scan, plain = parser.cue_scan(raw), whole.cue_scan(raw)
    assert scan.words and (scan.starts, scan.words) == (plain.starts, plain.words)


def test_the_body_of_many_lines_parses_as_with_lines_kept_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    # a header, many short lines, a sign-off and a story line: the body packed or not, the same article
    text = "Dutch farmers block motorways\n\n" + "Rain fell on the farms, officials said.\n" * 1500
    text += "\nReporting by Eva Jansen; Editing by Tom Poe\n\nFerries resume on Friday, the operator said.\n"
    article = ArticleParser().parse(text)
    assert len(article.paragraphs) == 1501 and article.paragraphs[0].span == Span(31, 70)
    assert article.paragraphs[-1].text == "Ferries resume on Friday, the operator said."
    assert [b.kind for b in article.boilerplate] == ["sign-off"]
    monkeypatch.setattr(LineList, "_pack", lambda self: None)
    assert ArticleParser().parse(text).to_json() == article.to_json()


def test_a_last_line_of_megabytes_under_a_sign_off_stays_a_paragraph() -> None:
    story = "Ferries resume on Friday after the storm. " * 30_000
    text = f"Dutch farmers block motorways\n\nThe storm closed the port.\n\nReporting by Eva Jansen; Editing by Tom Poe\n\n{story}\n"
    article = parse_article(text)
    assert article.paragraphs[-1].text == story.strip()
    assert [b.kind for b in article.boilerplate] == ["sign-off"]


GROUPS = [
    # (body text, its paragraphs): a wrapped sentence joined, a closed one ending its paragraph
    ("The minister said the plan would go\nahead next year.\nPrices rose.\n", ["The minister said the plan would go ahead next year.", "Prices rose."]),
    ("Prices rose.\nThe minister said the plan would go\nahead next year.\n", ["Prices rose.", "The minister said the plan would go ahead next year."]),
    ("Prices rose.\n", ["Prices rose."]),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_body_paragraphs_come_one_group_at_a_time(text: str, expected: list[str]) -> None:
    lines = split_lines(text)
    body = BodyParser()
    streamed = body.paragraphs(lines, indented=False, blank=False)
    assert [paragraph.text for paragraph in streamed] == expected == [p.text for p in body.parse(lines)]
