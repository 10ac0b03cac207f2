"""mem62: less compiled pattern memory, the same parses (issue 7).  The quote grammar's appositive
pattern calls one defined group of the subject's name (written twice before) and one of the
determiners (written three times); the caption's slashed credit pattern one of the photo agencies
(four times) and one of the credit tails (twice).  These rows pin what it reads, where it must find nothing,
and that it matches as the pattern with the copies written out on generated texts."""

from __future__ import annotations

import itertools

import pytest
import regex

from newsparse import CaptionParser, QuoteParser, TimestampParser
from newsparse.quotes.words import any_of
from newsparse.vocabulary import alternation

_PARSER = QuoteParser()


def _inlined() -> regex.Pattern[str]:
    """The appositive pattern as it was before mem62: each call written out as its group's copy."""
    source = _PARSER._appositive.pattern
    start, middle = source.index("(?P<_name>"), source.index(")(?P<_det>")
    assert source.endswith(")))")
    name, det = source[start + len("(?P<_name>") : middle], source[middle + len(")(?P<_det>") : -2]
    source = source[:start] + ")"
    return regex.compile(source.replace("(?&_name)", name).replace("(?&_det)", det))


def _groups(match: regex.Match[str] | None) -> tuple[str, str | None, str | None] | None:
    return None if match is None else (match.group(), match["name"], match["name2"])


# text before a cue, the match's name (role before the name) or name2 (the name before its role)
APPOSITIVES = [
    ("The environment secretary, James Holloway, ", ("James Holloway", None)),
    ("the deputy mayor, Sanne de Wit, ", ("Sanne de Wit", None)),  # (a particle inside the name)
    ("A witness, identified as Mary Stone, ", ("Mary Stone", None)),
    ("The senator, Paul Ortega of New Mexico, ", ("Paul Ortega", None)),  # (the place the name is of)
    ("Smith's lawyer, Karen Webb, ", ("Karen Webb", None)),
    ("Liu Zhongmin, a professor at Fudan University, ", (None, "Liu Zhongmin")),
    ("THE bishop, the Rt Rev. Paul Mercer, ", ("Rt Rev. Paul Mercer", None)),  # (the determiner in any case)
    ("the 63-year-old, a retired teacher, ", (None, "the 63-year-old")),
    ("Robert Lutz, Acme executive vice-president, ", (None, "Robert Lutz")),
    ("The committee, chaired by Ana Ruiz, ", (None, "The committee")),
    # must find nothing
    ("biographers, David and Jeanne Heidler, ", None),  # (no article nor possessive opens the role)
    ("Canada and Taiwan, and the others, ", None),  # (a conjunction after the comma)
    ("Liu Zhongmin, a professor at Fudan University", None),  # (no comma closes the role)
    ("the rain, ", None),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIVES)
def test_appositive(text: str, expected: tuple[str | None, str | None] | None) -> None:
    found = _PARSER._appositive.search(text)
    assert (found and (found["name"], found["name2"])) == expected


def test_the_appositive_pattern_holds_the_name_and_the_determiners_once() -> None:
    source = _PARSER._appositive.pattern
    assert source.count(f"(?i:{any_of(QuoteParser.DETERMINERS)})") == 1
    assert source.count("(?&_det)") == 3
    assert source.count("(?&_name)") == 2


_PIECES = ["the", "A", "Acme's", "deputy", "Sanne", "de", "Wit", "of", "New", "and", "identified as", "63-year-old", ",", "(D)"]


def test_the_appositive_pattern_matches_as_its_copies_written_out_on_generated_texts() -> None:
    old, new = _inlined(), _PARSER._appositive
    compared = found = 0
    for words in itertools.product(_PIECES, repeat=4):
        text = "The mayor, " + " ".join(words) + ","
        assert _groups(old.search(text)) == _groups(new.search(text)), text
        compared += 1
        found += new.search(text) is not None
    assert compared > 30_000
    assert found > 3_000


def _caption_inlined() -> regex.Pattern[str]:
    """The caption's slashed credit pattern as it was before mem62: each call written out as a copy."""
    pattern = CaptionParser()._slashed
    source = pattern.pattern
    start = source.index("(?(DEFINE)(?P<_agency>")
    agencies, tails = alternation(list(CaptionParser.PHOTO_AGENCIES)), alternation(list(CaptionParser.CREDIT_TAILS))
    assert source[start:].startswith(f"(?(DEFINE)(?P<_agency>{agencies})(?P<_tail>{tails}))")
    source = source[:start].replace("(?&_agency)", f"(?:{agencies})").replace("(?&_tail)", f"(?:{tails})")
    return regex.compile(source, pattern.flags)


# a caption's last words, the slashed credit read there (or None)
SLASHED = [
    ("Fans gather on Sunday. Jordan Strauss/Invision/AP", "Jordan Strauss/Invision/AP"),  # (an agency last)
    ("Rain hit Caracas, Venezuela. AP Photo", "AP Photo"),
    ("Smoke rises in California.David McNew—Getty Images", "David McNew—Getty Images"),  # (a credit tail)
    ("Smoke rises in California. David McNew – Reuters", "David McNew – Reuters"),
    ("He left that day.The Associated Press", "The Associated Press"),
    ("He left that day.Shutterstock", "Shutterstock"),
    ("Crowds wait on Tuesday. Jane Roe / City Herald", "Jane Roe / City Herald"),
    ("Crowds wait on Tuesday. Jane Roe/Reuters", "Jane Roe/Reuters"),
    # must find nothing
    ("It rained. Jane Roe—City Herald", None),  # (no agency nor tail after the dash)
    ("He left.The Daily Ledger", None),  # (glued, but no agency)
    ("Rain hit Caracas, Venezuela. AP photos", None),
    ("Crowds wait on Tuesday, Jane Roe/Reuters", None),  # (no sentence's end before the credit)
]


@pytest.mark.parametrize(("text", "expected"), SLASHED)
def test_slashed_credit(text: str, expected: str | None) -> None:
    found = CaptionParser()._slashed.search(text)
    assert (found and found["credit"]) == expected


def test_the_slashed_pattern_holds_the_agencies_and_the_tails_once() -> None:
    source = CaptionParser()._slashed.pattern
    assert source.count(alternation(list(CaptionParser.PHOTO_AGENCIES))) == 1
    assert source.count("(?&_agency)") == 4
    assert source.count("(?&_tail)") == 2


_CREDIT_PIECES = ["Jane", "Roe", "/", "AP", "Getty Images", "Shutterstock", "—", "The", "Photo", "photo", "Invision/"]


def test_the_slashed_pattern_matches_as_its_copies_written_out_on_generated_texts() -> None:
    old, new = _caption_inlined(), CaptionParser()._slashed
    compared = found = 0
    for opener in ("It rained. ", "It rained.", "It rained, "):
        for words in itertools.product(_CREDIT_PIECES, repeat=4):
            for joint in (" ", ""):
                text = opener + joint.join(words)
                old_match, new_match = old.search(text), new.search(text)
                assert (old_match and old_match.span("credit")) == (new_match and new_match.span("credit")), text
                compared += 1
                found += new_match is not None
    assert compared > 80_000
    assert found > 2_000


def _label_inlined() -> regex.Pattern[str]:
    """The stamp's label pattern as it was before mem62: each call written out as its group's copy."""
    pattern = TimestampParser()._label
    source = pattern.pattern
    start, middle = source.index("(?(DEFINE)(?P<_labels>"), source.index(")(?P<_emphasis>")
    assert source.endswith("))")
    labels, emphasis = source[start + len("(?(DEFINE)(?P<_labels>") : middle], source[middle + len(")(?P<_emphasis>") : -2]
    source = source[:start].replace("(?&_labels)", f"(?:{labels})").replace("(?&_emphasis)", f"(?:{emphasis})")
    return regex.compile(source, pattern.flags)


# a stamp line, the label read at its start and the words it spans (or None)
LABELS = [
    ("Updated: June 3, 2026", ("Updated", "Updated: ")),
    ("**Updated:** 12 May 2025", ("Updated", "**Updated:** ")),  # (in Markdown emphasis)
    ("*Published*: 3 May 2025", ("Published", "*Published*: ")),
    ('"published_at": "2025-01-08T10:00:00Z",', ("published_at", '"published_at": ')),  # (a JSON key)
    ("Posted at 10:00 a.m.", ("Posted at", "Posted at ")),  # (a label's tail)
    ("UPDATED, June 3, 2026", ("UPDATED", "UPDATED, ")),  # (in any case)
    ("Mis à jour le 3 juin 2026", ("Mis à jour le", "Mis à jour le ")),
    # must find nothing
    ('"updated" 3 June', None),  # (a quotation mark with no key's colon after it)
    ("Upd: 3 June", None),
    ("The update came on June 3", None),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_stamp_label(text: str, expected: tuple[str, str] | None) -> None:
    found = TimestampParser()._label.match(text)
    assert (found and (found["label"], found.group())) == expected


def test_the_label_pattern_holds_the_labels_once() -> None:
    parser = TimestampParser()
    labels = alternation(list(parser.UPDATED_LABELS + parser.PUBLISHED_LABELS))
    assert parser._label.pattern.count(labels) == 1
    assert parser._label.pattern.count("(?&_labels)") == 2
    assert parser._label.pattern.count("(?&_emphasis)") == 3


_LABEL_PIECES = ['"', "**", "*", "_", "Updated", "posted", "on", "at", ":", ",", " ", "-", "_at", "Date"]


def test_the_label_pattern_matches_as_its_copies_written_out_on_generated_texts() -> None:
    old, new = _label_inlined(), TimestampParser()._label
    compared = found = 0
    for pieces in itertools.product(_LABEL_PIECES, repeat=5):
        text = "".join(pieces) + " 3 June 2026"
        old_match, new_match = old.match(text), new.match(text)
        assert (old_match and (old_match.span(), old_match.span("label"), old_match.span("key"))) == (
            new_match and (new_match.span(), new_match.span("label"), new_match.span("key"))
        ), text
        compared += 1
        found += new_match is not None
    assert compared > 500_000
    assert found > 10_000
