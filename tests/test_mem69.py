"""The packed quotations of mem69: a paragraph's quotations left for the unattributed pass are
kept as integers from :attr:`Quotations.COMPACT_FROM` on, and read back as the same values."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.quotes.model import Quotation, Quotations

ROWS = [
    Quotation(0, 12, 1, 11, 0, 40),
    Quotation(20, 31, 21, 30, 0, 40),
    Quotation(44, 90, 45, 89, 41, 120),
    Quotation(5_000_000_000, 5_000_000_009, 5_000_000_001, 5_000_000_008, 4_999_999_990, 5_000_000_020),
]


class Small(Quotations):
    COMPACT_FROM = 2


@pytest.mark.parametrize("kind", [Quotations, Small])
@pytest.mark.parametrize("count", [0, 1, 2, 3, 4])
def test_quotations_read_back_as_appended(kind: type[Quotations], count: int) -> None:
    held = kind()
    for row in ROWS[:count]:
        held.append(row)
    assert list(held) == ROWS[:count]
    assert len(held) == count
    assert bool(held) is (count > 0)
    assert [held[i] for i in range(count)] == ROWS[:count]
    assert [held[-i] for i in range(1, count + 1)] == ROWS[:count][::-1]
    assert list(held[1:3]) == ROWS[1:count][:2]
    assert list(held[::2]) == ROWS[:count][::2]
    with pytest.raises(IndexError):
        held[count]
    with pytest.raises(IndexError):
        held[-count - 1]


def test_packed_from_the_threshold_on() -> None:
    held = Small(ROWS[:1])
    assert held._packed is None
    held.append(ROWS[1])
    assert held._packed is not None and held._items == []
    assert list(Small(ROWS)) == ROWS and len(Small(ROWS)) == len(ROWS)


# (paragraphs as a scraper exports them: one long paragraph of quoted phrases with no cue beside
# them, some sentences with a speaker, so the unattributed pass reads every kind of quotation)
UNITS = [
    'Critics called the levy "a tax on the poor" at the hearing. ',
    'The council said the road was "safe for now," a spokesman added. ',
    '"We will not leave," Ana Ruiz, a nurse, said. ',
    'The report described the bridge as "badly rusted and unsafe" on Friday. ',
    'Residents used the words "never again" on their banners. ',
]


@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize("repeat", [3, 1_100])
def test_parse_is_the_same_packed_or_not(monkeypatch: pytest.MonkeyPatch, unit: str, repeat: int) -> None:
    text = "Protest over levy grows\n\nBy Jo Kent\n\n" + unit * repeat + "\n"
    packed = newsparse.ArticleParser().parse(text).to_dict()
    monkeypatch.setattr(Quotations, "COMPACT_FROM", 10**9)
    listed = newsparse.ArticleParser().parse(text).to_dict()
    assert packed == listed
    assert len(packed["quotes"]) > 0
