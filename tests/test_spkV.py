"""Stop 26 (spkV, issue 5): wrong speakers the first wave found and left, each rule with its
variants and near-misses, asserting every quote's text and speaker (or source) as it must read."""

from __future__ import annotations

import pytest
from tests.quote_cases import article_of, speaker_rows

Rows = list[tuple[str, str | None, str | None]]

# (text, each quote's (text, speaker's name, mention))
SPEAKERS: list[tuple[str, Rows]] = [
    # a role in title case after "whose" names the one set off after it (SpeakerGrammar.title_case_role)
    ("Analysts praised Halden Group, whose Finance Director, Sara Lind, said costs would fall.",
     [("costs would fall", "Sara Lind", "Sara Lind")]),
    ("The union thanked Vesta Mills, whose President, Omar Haddad, said no jobs would go.",
     [("no jobs would go", "Omar Haddad", "Omar Haddad")]),
    # near-miss: capitalised words after "whose" that are no role make a clause of their own
    ("Cross, whose Group Includes His Wife, Mary, said the deal was done.",
     [("the deal was done", "Cross", "Cross")]),
    # a region set off after a place in an opening phrase is no referent for the role after it
    # (SpeakerResolution.region_of_opening)
    ("In Raleigh, North Carolina, the governor said the roads would reopen on Friday.",
     [("the roads would reopen on Friday", "the governor", "the governor")]),
    ("At a rally in Tampa, Florida, the senator said taxes would fall.",
     [("taxes would fall", "the senator", "the senator")]),
    ("Ana Ortiz visited the port.\n\nIn Dayton, Ohio, the mayor said the bridge would close.",
     [("the bridge would close", "the mayor", "the mayor")]),
    # near-misses: a person set off after the opening phrase still speaks
    ("In Lyon, Ana Ortiz, the mayor, said the bridge would close.",
     [("the bridge would close", "Ana Ortiz", "Ana Ortiz")]),
    ("On Monday, Ana Ortiz, the mayor, said the bridge would close.",
     [("the bridge would close", "Ana Ortiz", "Ana Ortiz")]),
    # a plural noun capitalised only by opening its sentence says nothing through a participle
    # (SpeakerGrammar.plural_noun_opening)
    ("Prices fell 3 percent, suggesting that demand had weakened.", []),
    ("Yields rose sharply on Monday, signalling that traders expect a rate cut.", []),
    ("The factory closed. Sales slumped, suggesting that the brand had lost its appeal.", []),
    # near-misses: a noun for people, a surname the article gives in full, a name of no measure
    ("Analysts cut their forecasts, saying that demand had weakened.",
     [("demand had weakened", "Analysts", "Analysts")]),
    ("Ana Williams spoke first.\n\nWilliams paused, saying that the vote would wait.",
     [("the vote would wait", "Ana Williams", "Williams")]),
    ("Abbas expressed hope for a deal, saying the talks would resume.",
     [("the talks would resume", "Abbas", "Abbas")]),
    ("Anna Rates runs the bakery.\n\nRates laughed, saying that the bread had sold out.",
     [("the bread had sold out", "Anna Rates", "Rates")]),
    # a name set off by commas in an opening participle phrase is its object; the main clause's
    # subject calls (DirectQuotes.name_set_off_before)
    ('Calling his rival, Ruth Miller, "a danger to the city," Tom Berg left the stage.',
     [("a danger to the city,", "Tom Berg", "Tom Berg")]),
    ('Calling the council leader, Ana Ruiz, "a coward," the senator walked out.',
     [("a coward,", "the senator", "the senator")]),
    # near-misses: what is set off is no name, so the phrase ends at its comma and no one is sure
    ('Calling the plan, which was drafted in May, "a disaster," the senator walked out.',
     [("a disaster,", None, None)]),
    ('Calling his rival, a former judge, "a danger," Tom Berg left the stage.',
     [("a danger,", None, None)]),
    # a paragraph that is one attribution with nothing said introduces the next paragraph's
    # quotation (DirectQuotes.remember_statement)
    ('Tom Berg spoke first.\n\n"We will win," Berg said.\n\nAna Ruiz said in a statement.\n\n"We will appeal the ruling."',
     [("We will win,", "Tom Berg", "Berg"), ("We will appeal the ruling.", "Ana Ruiz", "Ana Ruiz")]),
    ('Tom Berg spoke first.\n\n"We will win," Berg said.\n\nThe union said in a statement.\n\n"Our members will strike."',
     [("We will win,", "Tom Berg", "Berg"), ("Our members will strike.", "The union", "The union")]),
    # near-miss: a paragraph with words said leaves the next quotation to the last speaker rule
    ('Tom Berg spoke first.\n\n"We will win," Berg said.\n\nThe council met. Ana Ruiz left.\n\n"We will appeal the ruling."',
     [("We will win,", "Tom Berg", "Berg"), ("We will appeal the ruling.", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speakers(text: str, expected: Rows) -> None:
    assert speaker_rows(text) == expected


# (text, each quote's (text, speaker's name)): reported words end before another speaker's clause
# opened by a head word alone after a comma (ReportedSpeech.head_word_join)
CLAUSES: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("One analyst says the merger will fail, another says it will save the firm.",
     [("the merger will fail", "One analyst")]),
    ("Some residents said the plan was fair; others said it would ruin the town.",
     [("the plan was fair", "Some residents"), ("it would ruin the town", "others")]),
    # near-misses: an article before a noun that may be a cue gives no second speaker (the summing
    # appositive is the writer's, cut from her words since mendQ64)
    ("Ana Ruiz said the vote had been rigged, a charge that Tom Berg denied.",
     [("the vote had been rigged", "Ana Ruiz")]),
    # and a clause with no cue of its own goes on
    ("Ana Ruiz said the plan would cut taxes, and others would pay more.",
     [("the plan would cut taxes, and others would pay more", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_reported_words_end_before_another_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker and q.speaker.name) for q in article_of(text).quotes] == expected


# (text, each quote's (speaker's name, source)): an outlet credited after the cue's object
# (DirectQuotes.source_after_object)
SOURCES: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    ('"The port will stay open," the minister told reporters, Harbour News Agency reported.',
     [("the minister", "Harbour News Agency")]),
    ('"We are ready," Ana Ruiz told the council on Monday, the Daily Post reported.',
     [("Ana Ruiz", "the Daily Post")]),
    # near-miss: a long object is no object of the cue, and no outlet is read after it
    ('"We are ready," Ana Ruiz told the members of the council who met on Monday, the Daily Post reported.',
     [("Ana Ruiz", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_outlet_after_the_cue_object(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert [(q.speaker and q.speaker.name, q.source) for q in article_of(text).quotes] == expected
