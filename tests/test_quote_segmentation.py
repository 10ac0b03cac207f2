"""``Segmentation`` on its own, table-driven: where the quotation marks of a paragraph open and
close, and where its sentences end (never inside a quotation, nor after an abbreviation or an
initial), on paragraphs as wires and web pages print them."""

from __future__ import annotations

from typing import ClassVar

import pytest

from newsparse.quotes.segmentation import Segmentation


class British(Segmentation):
    """Single quotation marks first, as British papers print them."""

    QUOTE_PAIRS: ClassVar[tuple[tuple[str, str], ...]] = (("‘", "’"), ("'", "'"), ("“", "”"), ('"', '"'))
    QUOTE_DIGRAPHS: ClassVar[tuple[str, ...]] = ()


def _read(segmentation: Segmentation, raw: str) -> tuple[list[str], list[str]]:
    """The quotations and the sentences of *raw*, as text."""
    text = segmentation.single_marks(raw)
    assert len(text) == len(raw)
    marks = segmentation.quotation_marks(text)
    return [raw[a : b + 1] for a, b in marks], [raw[a:b] for a, b in segmentation.sentences(text, marks)]


# paragraph, quotations (open to close mark, both included), sentences
DEFAULT = [
    ('“We will rebuild the bridge,” the mayor said. “It will take a year.”',
     ["“We will rebuild the bridge,”", "“It will take a year.”"],
     ["“We will rebuild the bridge,” the mayor said.", " “It will take a year.”"]),
    ('"We will rebuild," she said. He left.', ['"We will rebuild,"'], ['"We will rebuild," she said.', " He left."]),
    # the sentence ends after the closing mark when the quotation's last sentence ends there
    ('"It is over. We lost." The company said it would appeal.',
     ['"It is over. We lost."'], ['"It is over. We lost."', " The company said it would appeal."]),
    # ... unless an attribution follows it
    ('"Why now?" Smith asked. Nobody answered.', ['"Why now?"'], ['"Why now?" Smith asked.', " Nobody answered."]),
    ('"Why now?" asked Smith. Nobody answered.', ['"Why now?"'], ['"Why now?" asked Smith.', " Nobody answered."]),
    ('"Is it over?" Smith asked again. Nobody answered.', ['"Is it over?"'], ['"Is it over?" Smith asked again.', " Nobody answered."]),
    ('"Is it over?" According to Smith, it is not. Nobody answered.',
     ['"Is it over?"'], ['"Is it over?" According to Smith, it is not.', " Nobody answered."]),
    ('"Is it over?" Smith said to reporters. Nobody answered.',
     ['"Is it over?"'], ['"Is it over?" Smith said to reporters.', " Nobody answered."]),
    ('"Is it over?" Smith asked on Monday. Nobody answered.',
     ['"Is it over?"'], ['"Is it over?" Smith asked on Monday.', " Nobody answered."]),
    # (a cue that reports a clause of its own after its time ends the quotation's sentence: the
    # quotation is not that cue's; mendQT69, issue 5: "Her deputy posted on X that ...")
    ('"It is not over." Smith said on Monday that the team would fight.',
     ['"It is not over."'], ['"It is not over."', " Smith said on Monday that the team would fight."]),
    # a quotation left open runs to the paragraph's end, and no sentence ends inside it
    ('He said: "We will win. We always win.', ['"We will win. We always win.'], ['He said: "We will win. We always win.']),
    # the New York Times' doubled marks
    ("''We will win,'' he said. ''Always.''", ["''We will win,'", "''Always.'"], ["''We will win,'' he said.", " ''Always.''"]),
    ("``We will win,'' he said.", ["``We will win,'"], ["``We will win,'' he said."]),
    # abbreviations and initials
    ("Mr. Smith met Dr. Jones in the U.S. on Monday. They spoke for an hour.",
     [], ["Mr. Smith met Dr. Jones in the U.S. on Monday.", " They spoke for an hour."]),
    ("J. Smith arrived. He spoke.", [], ["J. Smith arrived.", " He spoke."]),
    ("Wait... Nothing happened. Then the U.N. Security Council met.",
     [], ["Wait...", " Nothing happened.", " Then the U.N. Security Council met."]),
    # a sentence ends before a capital or a digit, after its closing brackets
    ("Prices rose 3.5 percent. Analysts were surprised.", [], ["Prices rose 3.5 percent.", " Analysts were surprised."]),
    ("It ended!! Then it began again. 2025 was worse.", [], ["It ended!!", " Then it began again.", " 2025 was worse."]),
    ("He left. (Officials declined to comment.) She stayed.", [], ["He left.", " (Officials declined to comment.)", " She stayed."]),
    ("The talks ended. Xi Jinping left Paris.", [], ["The talks ended.", " Xi Jinping left Paris."]),
    # empty quotation marks are a pair of their own
    ('The file was named "" by mistake. "We fixed it," she said.',
     ['""', '"We fixed it,"'], ['The file was named "" by mistake.', ' "We fixed it," she said.']),
    ("He left. it rained. She stayed.", [], ["He left. it rained.", " She stayed."]),
    ("He was tired.\nThey left.", [], ["He was tired.", "\nThey left."]),
    ("The vote is due.  ", [], ["The vote is due.  "]),
    ("", [], []),
]


@pytest.mark.parametrize(("raw", "quotations", "sentences"), DEFAULT)
def test_default_marks(raw: str, quotations: list[str], sentences: list[str]) -> None:
    assert _read(Segmentation(), raw) == (quotations, sentences)


BRITISH = [
    # an apostrophe between letters, or before a space and a lower-case word, closes nothing
    ("‘We don’t know,’ she said. The players’ night was long.",
     ["‘We don’t know,’"], ["‘We don’t know,’ she said.", " The players’ night was long."]),
    ("‘It’s the players’ night,’ she said.", ["‘It’s the players’ night,’"], ["‘It’s the players’ night,’ she said."]),
    ("‘Fans’ Night is sold out,’ she said.", ["‘Fans’"], ["‘Fans’ Night is sold out,’ she said."]),
    ("‘We can’t", ["‘We can’t"], ["‘We can’t"]),
    ("He said ‘we won.’ Then he left.", ["‘we won.’"], ["He said ‘we won.’", " Then he left."]),
    ("‘Why?’ Smith asked.", ["‘Why?’"], ["‘Why?’ Smith asked."]),
    ("'We won,' she said", ["'We won,'"], ["'We won,' she said"]),
    ("He called the plan ‘a disaster’", ["‘a disaster’"], ["He called the plan ‘a disaster’"]),
    # a mark after a letter is an apostrophe, not an opening mark
    ("O'Neill met the mayor on Monday.", [], ["O'Neill met the mayor on Monday."]),
    ("The mayor met O'Neill on Monday.", [], ["The mayor met O'Neill on Monday."]),
    ("The dogs' dinner was late, 'again,' she said.", ["'again,'"], ["The dogs' dinner was late, 'again,' she said."]),
]


@pytest.mark.parametrize(("raw", "quotations", "sentences"), BRITISH)
def test_single_marks_and_apostrophes(raw: str, quotations: list[str], sentences: list[str]) -> None:
    assert _read(British(), raw) == (quotations, sentences)


def test_single_marks_keeps_offsets() -> None:
    segmentation = Segmentation()
    assert segmentation.single_marks("''We won,'' he said.") == '" We won,"  he said.'
    assert segmentation.single_marks("``We won,'' he said.") == '" We won,"  he said.'
    assert segmentation.single_marks('"We won," he said.') == '"We won," he said.'
    assert British().single_marks("''We won,'' he said.") == "''We won,'' he said."


def test_quotation_marks_pairs() -> None:
    raw = 'He said: "We will win." Then: "Always'
    assert Segmentation().quotation_marks(raw) == [(9, 22), (30, 37)]
    assert Segmentation().quotation_marks("No quotation here.") == []


@pytest.mark.parametrize(
    ("raw", "pos", "apostrophe"),
    [
        ("don’t", 3, True),
        ("players’ night", 7, True),
        ("players’ Night", 7, False),
        ("players’, she said", 7, False),
        ("players’ 3", 7, False),
        ("players’ n", 7, True),
        ("players’ ", 7, False),
    ],
)
def test_is_apostrophe(raw: str, pos: int, apostrophe: bool) -> None:
    assert Segmentation().is_apostrophe(raw, pos) is apostrophe


@pytest.mark.parametrize(
    ("raw", "dot", "abbreviation"),
    [
        ("Mr. Smith", 2, True),
        ("the U.S. Army", 7, True),
        ("J. Smith", 1, True),
        ("Gov. Hochul", 3, True),
        ("Sen.", 3, True),
        ("Oslo. Then", 4, False),
        ("3. Then", 1, False),
        ("the end! Then", 7, False),
        ("in Oslo, Mr. Smith", 11, True),
    ],
)
def test_is_abbreviation(raw: str, dot: int, abbreviation: bool) -> None:
    assert Segmentation().is_abbreviation(raw, dot) is abbreviation


def test_a_long_sentence_is_cut_at_the_limit() -> None:
    """A sentence longer than MAX_SENTENCE is cut after the last space in a piece's second half
    (fixS, stop 26: no longer at the limit itself, inside a word or a quotation), at the limit when
    there is none (``The counci``), and never inside quotation marks."""

    class Short(Segmentation):
        MAX_SENTENCE = 10

    raw = "The council voted on Monday. It passed."
    assert [raw[a:b] for a, b in Short().sentences(raw, [])] == ["The counci", "l voted ", "on Monday.", " It passed", "."]
    raw = 'He said "a b, c d" and more'
    marks = Short().quotation_marks(raw)
    assert [raw[a:b] for a, b in Short().sentences(raw, marks)] == ["He said ", '"a b, c d"', " and more"]


class SmallPieces(Segmentation):
    """Pieces of eight characters, so that short paragraphs are read in pieces too."""

    FOLD_PIECE: ClassVar[int] = 8
    JOIN_EVERY: ClassVar[int] = 2


# paragraph, folded words looked for, whether the paragraph folded holds one (words across the cut
# between two pieces; a character that folds to two: "ß" is "ss")
FOLDED = [
    ("The mayor was ASKED whether it was over.", ("asked",), True),
    ("The mayor was AS KED whether it was over.", ("asked",), False),
    ("Reporters then asked", ("asked",), True),
    ("Die Frage: Wer hat das GROẞE Haus?", ("grosse",), True),
    ("Die Frage: Wer hat das GROẞ Haus?", ("grosse",), False),
    ("No word at all here, none.", (), False),
]


@pytest.mark.parametrize(("raw", "words", "holds"), FOLDED)
def test_folded_holds_reads_a_long_paragraph_in_pieces(raw: str, words: tuple[str, ...], holds: bool) -> None:
    assert SmallPieces().folded_holds(raw, words) is holds
    assert Segmentation().folded_holds(raw, words) is holds


def test_single_marks_joined_in_pieces_as_in_one() -> None:
    raw = "''We won,'' he said. ``Again,'' she said; ''Never.''' " * 3
    assert SmallPieces().single_marks(raw) == Segmentation().single_marks(raw) == (
        '" We won,"  he said. " Again,"  she said; " Never.\'"  ' * 3
    )


def test_many_quotation_marks_are_packed_as_the_list_would_be() -> None:
    raw = 'He said "no" twice. ' * 1_500
    marks = Segmentation().quotation_marks(raw)
    assert not isinstance(marks, list)
    assert list(marks) == [(20 * k + 8, 20 * k + 11) for k in range(1_500)]
    assert marks[-1] == (20 * 1_499 + 8, 20 * 1_499 + 11)
    assert Segmentation().quotation_marks(raw[:200]) == [(20 * k + 8, 20 * k + 11) for k in range(10)]
