"""Mutation pass mutS (stop 32, issue 8): the small rules ``SpeakerResolution.resolve`` calls on
every mention (``is_bare_count``, ``anyone_named_before``, ``stressed_referent``, ``is_fragment``,
``plural_cue_beside``, ``is_date_name``, ``known_without_occupation``, ``is_known_name``), each
case beside its near-miss, asserting every quote of the text: its words, the speaker's name and
the mention as written (see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quote_cases import SpeakerRow, speaker_rows

Row = SpeakerRow


def rows_of(text: str, language: str = "en", headline: str = "Harbour news") -> list[Row]:
    """Each quote of *text* under *headline*: its words, its speaker's name and mention."""
    return speaker_rows(text, language, headline)


# (language, text, every quote)
CASES: list[tuple[str, str, list[Row]]] = [
    # is_fragment: a name whose last word is a preposition once its first letter goes is still a
    # name ("Xin" is no "in"): the speaker, after the verb and before it
    ("en", '"The harbour will grow," said Li Xin.', [("The harbour will grow,", "Li Xin", "Li Xin")]),
    ("en", '"The harbour will grow," Li Xin said on Monday.', [("The harbour will grow,", "Li Xin", "Li Xin")]),
    # is_known_name: a speaker the index knows only with an occupation before the name
    # ("Goalkeeper Mia Holt") is a known name by its full form: the pronoun two paragraphs on is hers
    ("en", 'Goalkeeper Mia Holt saved two penalties on Sunday.\n\n"We were lucky," Holt said.\n\n'
     'The team flies home on Monday.\n\n"We will win the next one," she said.',
     [("We were lucky,", "Mia Holt", "Holt"), ("We will win the next one,", "Mia Holt", "she")]),
    # ... as a name the index knows as written is ("Tom Berg")
    ("en", 'Tom Berg saved two penalties on Sunday.\n\n"We were lucky," Berg said.\n\n'
     'The team flies home on Monday.\n\n"We will win the next one," he said.',
     [("We were lucky,", "Tom Berg", "Berg"), ("We will win the next one,", "Tom Berg", "he")]),
]


def test_no_duplicate_cases() -> None:
    texts = [(language, text) for language, text, _ in CASES]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize(("language", "text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_speakers(language: str, text: str, expected: list[Row]) -> None:
    assert rows_of(text, language) == expected


def all_checks() -> list[tuple[str, Callable[[], None]]]:
    """Every case above as a labelled check that raises ``AssertionError`` on a miss (for running
    the tables under each mutant in one process)."""

    def check(language: str, text: str, expected: list[Row]) -> Callable[[], None]:
        def run() -> None:
            assert rows_of(text, language) == expected

        return run

    return [(f"case{i}", check(*case)) for i, case in enumerate(CASES)]
