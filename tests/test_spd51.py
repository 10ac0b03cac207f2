"""spd51: word lists that a rare rule read by folding a class list on every call are folded once,
when the parser is made, from the class's own list, so that a subclass's list still takes
effect: the labels over a run of links (``ArticleParser.is_run_label``) and the words a joined
subject may hold beside its joins (``DirectQuotes.joined_subject_after``).  The boilerplate kinds
that a line's keys let through (``BoilerplateParser.first_kind``) are pinned as a guard for the
speed work on that path."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.boilerplate import BoilerplateParser
from newsparse.quotes import QuoteParser


class FrenchRunLabels(newsparse.ArticleParser):
    """A parser whose labels over a run of links are French, written capitalised."""

    LINK_RUN_LABELS = ("Lire aussi", "À la une")


BASE = newsparse.ArticleParser()
FRENCH = FrenchRunLabels()

# (line alone in its block, a label for the built-in list, a label for the French list)
RUN_LABELS = [
    ("Most Read Business Stories", True, False),
    ("TRENDING NOW", True, False),
    ("Trending:", True, False),
    ("Lire aussi", False, True),
    ("À LA UNE", False, True),
    # a word of a label inside another word, a subhead, a sentence, a line of too many words: none
    ("Most readers agree", False, False),
    ("The latest flood figures", False, False),
    ("Trending now.", False, False),
    ("Most read stories of the week on our site today", False, False),
]


@pytest.mark.parametrize(("line", "built_in", "french"), RUN_LABELS)
def test_run_labels_come_from_the_class_list(line: str, built_in: bool, french: bool) -> None:
    assert BASE.is_run_label(line) is built_in
    assert FRENCH.is_run_label(line) is french


def test_run_labels_folded_once_from_the_subclass_list() -> None:
    assert FRENCH._run_labels == (" lire aussi ", " à la une ")
    assert " trending " in BASE._run_labels


class AlongsideJoin(QuoteParser):
    """A quote parser that also joins two subjects with ``alongside``."""

    SUBJECT_JOINS = ("and", "alongside")


class NoJoins(QuoteParser):
    """A quote parser with no subject joins."""

    SUBJECT_JOINS = ()


QUOTES = QuoteParser()
ALONGSIDE = AlongsideJoin()
NO_JOINS = NoJoins()

AND_LINE = '"We will rebuild the bakery," said Lena Moss and her husband, Pedro.'
ALONGSIDE_LINE = '"We will rebuild the bakery," said Lena Moss alongside her husband, Pedro.'
# ("and left": a clause of its own, no second subject)
CLAUSE_LINE = '"We will rebuild the bakery," said Lena Moss and left on Monday.'

# (parser, line, the joined subject's span as the text it covers, or None)
JOINED = [
    (QUOTES, AND_LINE, "Lena Moss and her husband, Pedro"),
    (ALONGSIDE, AND_LINE, "Lena Moss and her husband, Pedro"),
    (QUOTES, ALONGSIDE_LINE, None),
    (ALONGSIDE, ALONGSIDE_LINE, "Lena Moss alongside her husband, Pedro"),
    (NO_JOINS, AND_LINE, None),
    (QUOTES, CLAUSE_LINE, None),
    (ALONGSIDE, CLAUSE_LINE, None),
]


@pytest.mark.parametrize(("parser", "line", "expected"), JOINED)
def test_joined_subject_reads_the_class_joins(parser: QuoteParser, line: str, expected: str | None) -> None:
    start = line.index("Lena")
    np = (start, start + len("Lena Moss"))
    found = parser.joined_subject_after(line, np, len(line))
    assert (line[found[0] : found[1]] if found is not None else None) == expected


def test_joined_words_folded_once_from_the_subclass_list() -> None:
    assert {"and", "alongside"} <= ALONGSIDE._joined_words
    assert "alongside" not in QUOTES._joined_words
    assert "and" not in NO_JOINS._joined_words
    assert QUOTES._of <= QUOTES._joined_words


# (line, its boilerplate kind or None): a kind is given only by a line that holds one of its keys
# and matches its pattern whole
BOILERPLATE = [
    ("Reporting by Jane Roe; Editing by Tom Poe", "sign-off"),
    ("This interview has been edited for length and clarity.", "editors-note"),
    ("Sign up for our daily newsletter to get the latest stories in your inbox.", "subscribe"),
    ("Follow the Harbour Desk on Twitter and Facebook.", "share"),
    ("© 2025 Harbour Media. All rights reserved.", "copyright"),
    # a story's sentence with keys of several kinds and no pattern that matches it whole
    ("The mayor said she would follow the report's advice and reply to our questions next week.", None),
    ("Officials updated the figures on Monday after an error in the count of flooded homes.", None),
]


@pytest.mark.parametrize(("line", "kind"), BOILERPLATE)
def test_boilerplate_kinds_by_keys(line: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(line) == kind


def test_a_kind_keeps_only_keys_that_hold_no_other() -> None:
    # ("disclosures" holds "disclosure", "shares" holds "share", "commission" twice: each line that
    # holds one of those holds a key that is kept)
    rows = {kind: keys for run, members in BoilerplateParser()._prose_steps for kind, _, keys, _, _ in members}
    disclaimer = rows["disclaimer"]
    assert disclaimer is not None
    assert "disclosure" in disclaimer and "disclosures" not in disclaimer
    assert "share" in disclaimer and "shares" not in disclaimer
    assert disclaimer.count("commission") == 1


class ReportKeys(BoilerplateParser):
    """A parser whose prose sign-off keys are its own, one holding another."""

    PROSE_KEYS = {**BoilerplateParser.PROSE_KEYS, "sign-off": ("reporting", "additional reporting", "by")}


def test_a_subclass_keys_are_pruned_from_its_own_list() -> None:
    rows = {kind: keys for run, members in ReportKeys()._prose_steps for kind, _, keys, _, _ in members}
    assert rows["sign-off"] is not None and rows["sign-off"][:2] == ("reporting", "by")
    assert ReportKeys().kind("Additional reporting by Jane Roe in Lisbon; editing by Tom Poe") == "sign-off"
