"""spd52 (stop 45, issue 7): the title patterns the speaker resolution builds at run time are built
once per title and held by their own bounded caches only, and ``role_titled_before`` reads a title
with the cached pattern instead of building one on every call; what they find is unchanged."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import regex

from newsparse import QuoteParser, Vocabulary
from newsparse.people import PersonIndex
from newsparse.quotes.grammar import _after_lower_word
from newsparse.quotes.resolution import title_before_name, title_patterns


@pytest.mark.parametrize(
    ("title", "text", "found"),
    [
        ("President", "President Obama flew to Ohio on Monday.", "Obama"),
        ("Secretary", "The talks, Secretary Clinton told reporters, went well.", "Clinton"),
        ("Chancellor", "Chancellor O'Neill's budget passed.", "O'Neill's"),
        ("Governor", "Governor X. Ruiz signed the bill.", "X"),
        # no capital after the title, the title inside a word, or written in lower case
        ("President", "President and chief executive Ana Ruiz resigned.", None),
        ("President", "Vicepresident Ana Ruiz spoke first.", None),
        ("Senator", "The senator Ana Ruiz spoke first.", None),
    ],
)
def test_title_before_name_finds_a_capitalised_word_after_the_title(title: str, text: str, found: str | None) -> None:
    match = title_before_name(title).search(text)
    assert (match.group(1) if match is not None else None) == found


def test_runtime_title_patterns_are_held_by_their_own_cache_only() -> None:
    # (a pattern the regex module cached would be handed out again by regex.compile of its source)
    pattern = title_before_name("Ambassador")
    assert title_before_name("Ambassador") is pattern
    assert regex.compile(pattern.pattern, pattern.flags) is not pattern
    own, titled = title_patterns("ambassador", 2)
    assert regex.compile(own.pattern, own.flags) is not own
    assert regex.compile(titled.pattern, titled.flags) is not titled
    after = _after_lower_word("percent")
    assert regex.compile(after.pattern, after.flags) is not after
    assert after.search("Turnout rose seven percent.") is not None
    assert after.search("Seven Percent voted.") is None


def _state(text: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, index=PersonIndex.build(Vocabulary(), [(text, 0)]))


@pytest.mark.parametrize(
    ("text", "mention", "found", "expected"),
    [
        # the role given as a title to someone before the mention, the resolved person named after it
        ("President Obama flew to Ohio. Later the president said the plan would work. Ana Ruiz agreed.", "the president", "Ana Ruiz", True),
        ("Foreign Minister Sergei Lavrov met them. The foreign minister said the talks went well.", "The foreign minister", "Ana Ruiz", True),
        # the resolved person named before the mention, no title before it, or the title in lower case
        ("President Ana Ruiz flew to Ohio. Later the president said the plan would work.", "the president", "Ana Ruiz", False),
        ("The storm hit Ohio on Monday. Later the president said the plan would work.", "the president", "Ana Ruiz", False),
        ("The president of the club, Obama, flew in. Later the president said it would work.", "the president said", "Ana Ruiz", False),
    ],
)
def test_role_titled_before_reads_the_title_before_the_mention(text: str, mention: str, found: str, expected: bool) -> None:
    at = text.rindex(mention)
    words = mention.removesuffix(" said").split()
    assert QuoteParser().role_titled_before(found, words, at, _state(text)) is expected  # type: ignore[arg-type]
