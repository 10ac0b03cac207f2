"""Exact behaviour of :class:`newsparse.vocabulary.Vocabulary` and :func:`alternation`, on a
vocabulary built inside each test (the shared one is built at import, before a mutant is switched
on), so that the mutation run of ``vocabulary.py`` sees every look-up and the tables behind them."""

from __future__ import annotations

import datetime

import pytest
import regex
from dateutil import parser as du_parser

from newsparse.vocabulary import NOTHING, Vocabulary, alternation


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Pic", "", "Photo"], "Photo|Pic"),
        (("Reuters", "AP", "Reuters"), "Reuters|AP"),
        (["Sept.", "Sep"], r"Sept\.|Sep"),
        (["Tue", "Mon", "Wed"], "Mon|Tue|Wed"),
        (["", ""], NOTHING),
        ((), "(?!)"),
    ],
)
def test_alternation_is_longest_first_then_alphabetical_and_escaped(words: list[str], expected: str) -> None:
    assert alternation(words) == expected


@pytest.mark.parametrize(
    ("word", "month"),
    [("Sept.", 9), ("SEPTEMBER", 9), (" sep ", 9), ("Jan", 1), ("december", 12), ("Septem", None), ("Tues.", None)],
)
def test_month_number(word: str, month: int | None) -> None:
    assert Vocabulary().month_number(word) == month


@pytest.mark.parametrize(
    ("method", "word", "expected"),
    [
        ("is_weekday", "Tues.", True),
        ("is_weekday", "THURSDAY", True),
        ("is_weekday", "Sept", False),
        ("is_agency", "Reuters", True),
        ("is_agency", "associated press", True),
        ("is_agency", "Ukraine", False),
        ("is_title", "President", True),
        ("is_title", "Mr.", True),
        ("is_title", "Ortiz", False),
        ("is_role_noun", "minister", True),
        ("is_role_noun", "Mr.", False),
        ("is_org_word", "Ministry", True),
        ("is_org_word", "Corp.", True),
        ("is_org_word", "Ortiz", False),
        ("is_company_noun", "operators", True),
        ("is_company_noun", "ministry", False),
        ("can_start_name", "Ana", True),
        ("can_start_name", "The", False),
        ("can_start_name", "September", False),
        ("can_start_name", "Tuesday", False),
        ("can_start_name", "President", False),
        ("can_start_name", "Mrs.", False),
    ],
)
def test_word_lookups(method: str, word: str, expected: bool) -> None:
    assert getattr(Vocabulary(), method)(word) is expected


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Russian", "russia"),
        ("Russia's", "russia"),
        ("Russia’s", "russia"),
        ("Afghan", "afghanistan"),
        ("afghanistan's", "afghanistan"),
        ("Moscow", None),
        ("Russian's", "russia"),
    ],
)
def test_country(word: str, country: str | None) -> None:
    assert Vocabulary().country(word) == country


@pytest.mark.parametrize(
    ("attribute", "text", "matches"),
    [
        ("month_pattern", "Sept", True),
        ("month_pattern", "September", True),
        ("month_pattern", "Sept.", False),
        ("month_pattern", "Tuesday", False),
        ("weekday_pattern", "Tues", True),
        ("weekday_pattern", "Tues.", False),
        ("weekday_pattern", "Sept", False),
        ("agency_pattern", "Agence France-Presse", True),
        ("agency_pattern", "Reuters", True),
        ("agency_pattern", "Ministry", False),
    ],
)
def test_patterns_built_from_the_lists(attribute: str, text: str, matches: bool) -> None:
    pattern = getattr(Vocabulary(), attribute)
    assert (regex.fullmatch(f"(?:{pattern})", text) is not None) is matches


@pytest.mark.parametrize(
    ("text", "found", "head"),
    [
        ("Ukraine's agriculture ministry said on Monday", "Ukraine's agriculture ministry", "ministry"),
        ("Kenya’s national police service said", "Kenya’s national police", "police"),
        ("Chile's ministry said", "Chile's ministry", "ministry"),
        ("Chile's ministryship ended", None, None),
        ("Chile's very new and old ministry", None, None),
    ],
)
def test_owned_organisation(text: str, found: str | None, head: str | None) -> None:
    match = Vocabulary().owned_organisation.search(text)
    assert (match[0] if match else None) == found
    assert (match["head"] if match else None) == head


def test_parserinfo_reads_the_vocabulary_names() -> None:
    info = Vocabulary().parserinfo
    assert (info.month("Sept"), info.month("September"), info.weekday("Tues"), info.month("Tues")) == (9, 9, 1, None)
    assert du_parser.parse("Tues, Sept 9 2025 11:14", parserinfo=info) == datetime.datetime(2025, 9, 9, 11, 14)


def test_parserinfo_of_a_subclass_uses_its_own_names() -> None:
    class French(Vocabulary):
        MONTHS = tuple((f"m{i}",) for i in range(1, 9)) + (("sept.", "septembre"),) + tuple((f"m{i}",) for i in range(10, 13))
        WEEKDAYS = (("lun.", "lundi"), ("mar.", "mardi"), ("mer.",), ("jeu.",), ("ven.",), ("sam.",), ("dim.", "dimanche"))

    vocabulary = French()
    info = vocabulary.parserinfo
    assert (info.month("sept"), info.month("septembre"), info.weekday("mar"), info.month("September")) == (9, 9, 1, None)
    assert (vocabulary.month_number("Septembre"), vocabulary.is_weekday("Dimanche")) == (9, True)
    assert info.month("Sept") == Vocabulary().parserinfo.month("Sept") == 9


def test_tzinfos_in_seconds() -> None:
    tzinfos = Vocabulary().tzinfos
    assert (tzinfos["UTC"], tzinfos["EST"], tzinfos["IST"], tzinfos["CEST"]) == (0, -18000, 19800, 7200)
