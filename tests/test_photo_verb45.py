"""The verb of an agency's dated photograph caption, read by an overridable method."""

from __future__ import annotations

import pytest

import newsparse


def _words(caption: str) -> list[str]:
    return caption.split()


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("speaks", True),
        ("hugs", True),
        ("waves", True),
        ("press", False),  # "-ss" is no third person
        ("says", False),  # one of NOT_PHOTO_VERBS
        ("was", False),  # too short
        ("Speaks", False),  # capitalised: part of the subject
        ("spoke", False),  # no "-s"
        ("re-enters", False),  # not letters only
    ],
)
def test_is_photo_verb(verb: str, expected: bool) -> None:
    assert newsparse.CaptionParser().is_photo_verb(verb) is expected


def test_opens_with_photo_verb_uses_it() -> None:
    parser = newsparse.CaptionParser()
    assert parser.opens_with_photo_verb(_words("Mayor Ana Ortiz speaks in Leeds, March 3, 2026."))
    assert not parser.opens_with_photo_verb(_words("Mayor Ana Ortiz spoke in Leeds, March 3, 2026."))


def test_a_language_sets_its_endings() -> None:
    class German(newsparse.CaptionParser):
        PHOTO_VERB_ENDINGS = ("t",)
        NOT_PHOTO_VERB_ENDINGS = ("st",)

    parser = German()
    assert parser.is_photo_verb("spricht")
    assert parser.opens_with_photo_verb(_words("Bürgermeisterin Anna Schmidt spricht in Bonn, 3. März 2026."))
    assert not parser.is_photo_verb("speaks")
    assert not parser.is_photo_verb("fast")
