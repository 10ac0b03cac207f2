"""memV: a long paragraph's subjects share their pronoun sets (issue 7, `pronoun subjects`)."""

from __future__ import annotations

import pytest

from newsparse.quotes.model import NO_FORMS, Mention, Subject
from newsparse.quotes.resolution import joined_forms

HE = frozenset({"he"})
SHE = frozenset({"she"})
BOTH = frozenset({"he", "she"})


@pytest.mark.parametrize(
    ("held", "more", "expected", "same_as"),
    [
        (NO_FORMS, HE, HE, "more"),  # the first set found: the vocabulary's own
        (HE, HE, HE, "held"),  # the same pronoun again: no new set
        (BOTH, SHE, BOTH, "held"),  # already held
        (SHE, BOTH, BOTH, "more"),  # the larger one
        (HE, SHE, BOTH, None),  # neither holds the other: a set of their own
    ],
)
def test_joined_forms(held: frozenset[str], more: frozenset[str], expected: frozenset[str], same_as: str | None) -> None:
    joined = joined_forms(held, more)
    assert joined == expected
    if same_as == "held":
        assert joined is held
    elif same_as == "more":
        assert joined is more
    else:
        assert joined is not held and joined is not more


def test_subjects_share_the_empty_set() -> None:
    one = Subject(Mention("The judge", 0, 9), True)
    other = Subject(Mention("Tom Berg", 20, 28), True, "he")
    for field in ("acts_on", "possessor", "asks_about", "owns"):
        assert getattr(one, field) is NO_FORMS
        assert getattr(other, field) is NO_FORMS


def test_pronoun_after_a_subject_acting_on_him() -> None:
    """The judge acts on ``him``: ``he`` is still the last speaker (the shared sets read as before)."""
    import newsparse

    parser = newsparse.ArticleParser()
    text = "WORLD\nA headline here\n\n“We will stay,” Tom Berg said. The judge asked him to sit. “I will not,” he said.\n"
    quotes = parser.parse(text).quotes
    direct = [q for q in quotes if q.kind is newsparse.QuoteKind.DIRECT]
    assert [q.speaker.name if q.speaker else None for q in direct] == ["Tom Berg", "Tom Berg"]



@pytest.mark.parametrize("run", [2, 3, 65_536])
def test_claims_sort_in_runs(run: int) -> None:
    from newsparse.quotes.model import Claims

    class Short(Claims):
        SORT_RUN = run
        SORT_PAIRS = 0  # (the runs, not the few pairs' sort)

    pairs = [(40, 52), (3, 9), (40, 45), (17, 30), (3, 5), (60, 61), (0, 70)]
    claims = Short()
    for pair in pairs:
        claims.append(pair)
    claims.sort()
    assert [claims[i] for i in range(len(pairs))] == sorted(pairs)


@pytest.mark.parametrize("count", [0, 1, 2, 3, 255, 256, 257, 1_000])
def test_claims_sort_orders_as_pairs_on_both_sides_of_sort_pairs(count: int) -> None:
    """A few pairs are sorted as pairs at once, more as keys in runs: the same order either way,
    ties (equal starts) by their ends, and duplicates kept."""
    import random

    from newsparse.quotes.model import Claims

    rng = random.Random(count)
    pairs = [(rng.randrange(50), rng.randrange(50, 90)) for _ in range(count)] + [(7, 60), (7, 60), (7, 55)]
    claims = Claims(pairs)
    claims.sort()
    assert [claims[i] for i in range(len(pairs))] == sorted(pairs)
