"""Findings of a new user's trial (trial46), each fixed by a general rule."""

from __future__ import annotations

import pytest

import newsparse

HEAD = "Central bank holds rates as inflation cools\n\n"


def _quotes(sentence: str) -> list[tuple[str, str | None, str | None]]:
    article = newsparse.parse_article(HEAD + sentence + "\n")
    return [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in article.quotes]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the one told is a compound noun: it never leaks into the reported words
        ('Cardoso told a news conference the bank would "remain vigilant".', [('the bank would "remain vigilant"', "told", "Cardoso")]),
        ("Sam Hill told a press briefing growth would slow.", [("growth would slow", "told", "Sam Hill")]),
        ("Ines Moreau told a parliamentary committee the plan was sound.", [("the plan was sound", "told", "Ines Moreau")]),
        ("Tom Keane told a radio station Ortiz would resign.", [("Ortiz would resign", "told", "Tom Keane")]),
        # a noun for people is the one told: the words after it are the clause
        ("The mayor warned the traders parking charges would rise.", [("parking charges would rise", "warned", "The mayor")]),
        ("Greta Lind told a top executive his job was at risk.", [("his job was at risk", "told", "Greta Lind")]),
        # one noun told, then the clause's own subject in lower case: as before
        ("Sam Hill told the court evidence would show his innocence.", [("evidence would show his innocence", "told", "Sam Hill")]),
        ("Sam Hill told a friend the story was false.", [("the story was false", "told", "Sam Hill")]),
        ("Sam Hill warned the city budget would shrink.", [("the city budget would shrink", "warned", "Sam Hill")]),
    ],
)
def test_compound_noun_told(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _quotes(sentence) == expected


def _org_speakers(first: str, second: str) -> list[tuple[str, str]]:
    text = f"Monsoon arrives early in the south\n\n{first} said rain was due on Friday.\n\n{second} said sowing would begin next week.\n"
    article = newsparse.parse_article(text)
    return [(q.speaker.mention, q.speaker.name) for q in article.quotes if q.speaker is not None]


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        # a body with its field named is never another kind of body that lacks it
        ("The India Meteorological Department", "The agriculture ministry", "The agriculture ministry"),
        ("The Federal Aviation Administration", "The transport ministry", "The transport ministry"),
        # the same field, or the same body's noun: the body named before
        ("The Ministry of Health", "The health ministry", "Ministry of Health"),
        ("The Ministry of Agriculture", "The agriculture ministry", "Ministry of Agriculture"),
        ("The Ministry of Health", "The ministry", "Ministry of Health"),
    ],
)
def test_a_field_before_a_body_s_noun(first: str, second: str, name: str) -> None:
    assert _org_speakers(first, second)[-1] == (second, name)


@pytest.mark.parametrize(
    ("words", "named", "expected"),
    [
        (["The", "agriculture", "ministry"], "India Meteorological Department", True),
        (["the", "health", "ministry"], "Ministry of Health", False),
        (["the", "oil", "company"], "Petrobras", False),  # no body's word in the name: may be it
        (["the", "ministry"], "India Meteorological Department", False),  # no field named
        (["the", "transport", "department"], "Transport Department", False),
    ],
)
def test_other_portfolio_body(words: list[str], named: str, expected: bool) -> None:
    assert newsparse.QuoteParser().other_portfolio_body(words, named) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a live blog entry's clock label is no part of the reported words
        ("7:40 p.m.: Evacuation orders now cover Inyokern, the sheriff's office said.",
         [("Evacuation orders now cover Inyokern", "said", "the sheriff's office")]),
        ("14h05 - Evacuation orders now cover two more villages, the town council said.",
         [("Evacuation orders now cover two more villages", "said", "the town council")]),
        ("09:15 GMT — Crews have contained 20% of the fire, the fire service said.",
         [("Crews have contained 20% of the fire", "said", "the fire service")]),
        ('10.30: "We are not leaving," said Ana Ortiz, a resident.', [("We are not leaving,", "said", "Ana Ortiz")]),
        # a time that is the sentence's subject stays in it
        ("1:30 is when the storm hit, the sheriff's office said.", [("1:30 is when the storm hit", "said", "the sheriff's office")]),
    ],
)
def test_live_entry_clock(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _quotes(sentence) == expected


@pytest.mark.parametrize(
    ("raw", "end"),
    [("7:40 p.m.: Orders", 11), ("14h05 - Orders", 8), ("09:15 GMT — Orders", 12), ("1:30 is when", 0), ("Orders at 7:40: x", 0)],
)
def test_entry_label_end(raw: str, end: int) -> None:
    assert newsparse.QuoteParser().entry_label_end(raw) == end


CSV = "title,author,date,body\n"


@pytest.mark.parametrize(
    ("cell", "paragraphs", "quotes"),
    [
        ('"""We will not raise taxes,"" Mayor Tom Fenn said on Tuesday."',
         ['"We will not raise taxes," Mayor Tom Fenn said on Tuesday.'], [("We will not raise taxes,", "Tom Fenn")]),
        ('"The vote passed.\n\nCritics called it ""a gamble"" and left."',
         ["The vote passed.", 'Critics called it "a gamble" and left.'], [("a gamble", "Critics")]),
        # an unquoted cell keeps its marks as written
        ("The vote passed on Tuesday.", ["The vote passed on Tuesday."], []),
    ],
)
def test_csv_body_cell_doubled_marks(cell: str, paragraphs: list[str], quotes: list[tuple[str, str]]) -> None:
    text = CSV + f'"Tax row","Jo Grant","March 4, 2025",{cell}\n'
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == paragraphs
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == quotes
    assert article.span_mismatches() == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a relative clause that asks to speak opens its subject's words after the colon
        ('The mayor called on a resident who asked to be heard: "Why were we not told?"', "a resident"),
        ('The judge turned to a witness who asked to speak: "I saw everything."', "a witness"),
        # one that promises something does not: the quotation is the sentence's subject's
        ('Sam Cole turned to a man who promised to cut taxes: "Well, you raised them."', "Sam Cole"),
    ],
)
def test_relative_infinitive_before_a_colon(sentence: str, speaker: str) -> None:
    article = newsparse.parse_article(HEAD + sentence + "\n")
    direct = [q for q in article.quotes if q.text.endswith((".", "?"))]
    assert [q.speaker.name if q.speaker else None for q in direct] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the main verb after a relative clause closes the attribution: the quotation is Berg's
        ('"We are done." Berg, who has been telling clients to sell, said on Monday.', "Berg"),
        # the main verb reports words of its own: the quotation before has no speaker here
        ('"It is a buyback." Berg, who has been telling clients to sell, said the shares would fall.', None),
    ],
)
def test_main_cue_after_a_relative_clause(sentence: str, speaker: str | None) -> None:
    article = newsparse.parse_article(HEAD + sentence + "\n")
    direct = [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes if q.kind.value == "direct"]
    assert direct[0] == (sentence[1 : sentence.index('."') + 1], speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        # the words after the one told that are no clause of their own give no reported words
        "In a farewell speech, he told the story of an older supporter in the city who was ill.",
        "Jan Baka told the official news agency PAP yesterday the talks were a step towards fresh credits.",
    ],
)
def test_compound_told_stops_short(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_compound_told_never_runs_over_a_preposition() -> None:
    sentence = "He told a general assembly of the Oilseeds Federation (FFCOP) that cuts to support prices were unacceptable."
    texts = [text for text, _, _ in _quotes(sentence)]
    assert all(text.startswith("cuts to support prices") for text in texts)


def test_participle_after_the_one_told_keeps_its_object() -> None:
    quotes = _quotes('He told a press conference foreshadowing the annual meeting, "For the banks it is convenient."')
    assert [q[0] for q in quotes] == ["For the banks it is convenient."]


def test_a_company_s_trade_is_no_field() -> None:
    assert _org_speakers("Continental Illinois Corp", "The bank holding company")[-1] == (
        "The bank holding company",
        "Continental Illinois Corp",
    )
