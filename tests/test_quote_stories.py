"""Whole short stories in the shapes a newsroom files (wire copy, council and court reports, sport),
checked quote by quote: who a pronoun refers to when a paragraph brings in someone new, passive
``told``, possessives before a name (invented events and people)."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind
from quote_cases import kind_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED


quotes_of = partial(kind_rows, headline=None)


STORIES = [
    # a pronoun after a paragraph that brings in a new subject named in full: that subject
    (
        "Hearing on bus cuts\n\n"
        "\"We have no other way to get to work,\" said Marta Lenz, a home health aide.\n\n"
        "Council member Tomas Rey, D-Ward 3, spoke next. \"The money simply isn't there,\" he said.\n",
        [
            ("We have no other way to get to work,", D, "Marta Lenz"),
            ("The money simply isn't there,", D, "Tomas Rey"),
        ],
    ),
    # ... or by the surname of someone the article named in full before
    (
        "Aide sentenced\n\n"
        "\"You betrayed the people you served,\" Judge Mary Ellen Burr told Kevin Walcott, 47.\n\n"
        "Walcott apologized in court. \"I'm deeply sorry for what I did,\" he said.\n",
        [
            ("You betrayed the people you served,", D, "Mary Ellen Burr"),
            ("I'm deeply sorry for what I did,", D, "Kevin Walcott"),
        ],
    ),
    # a capital word before a name modifies it: the name is the subject, not the word
    (
        "Late win\n\n"
        "\"It was a great ball,\" said Owen Marsh of Rovers.\n\n"
        "Rovers boss Dario Lund was furious. \"It was a foul, clearly a foul,\" he said.\n",
        [
            ("It was a great ball,", D, "Owen Marsh"),
            ("It was a foul, clearly a foul,", D, "Dario Lund"),
        ],
    ),
    # a paragraph that quotes one person and makes another the subject: the pronoun stays unresolved
    # (a given name listed for both sexes); a given name of the other sex leaves only the senator
    (
        "Senator on the bill\n\n"
        "\"I don't see a path,\" Senator Tim Burrell told KTVN's Robin Wale. "
        "Wale asked whether he would back a compromise. \"Maybe,\" he replied.\n",
        [
            ("I don't see a path,", D, "Tim Burrell"),
            ("whether he would back a compromise", R, "Robin Wale"),
            ("Maybe,", D, "he"),
        ],
    ),
    (
        "Senator on the bill\n\n"
        "\"I don't see a path,\" Senator Tim Burrell told KTVN's Kristen Wale. "
        "Wale asked whether he would back a compromise. \"Maybe,\" he replied.\n",
        [
            ("I don't see a path,", D, "Tim Burrell"),
            ("whether he would back a compromise", R, "Kristen Wale"),
            ("Maybe,", D, "Tim Burrell"),
        ],
    ),
    # someone new named in the paragraph, not as its subject: the subject, a role, is the referent
    (
        "Budget row\n\n"
        "\"We will not sign it,\" said Ana Ruiz, the party's leader.\n\n"
        "A spokesman for Peter Kohl disagreed. \"It is a fair deal,\" he said.\n",
        [
            ("We will not sign it,", D, "Ana Ruiz"),
            ("It is a fair deal,", D, "A spokesman"),
        ],
    ),
    # the same speaker named again keeps the pronoun
    (
        "Budget signed\n\n"
        "Governor Lena Ortiz signed the budget on Thursday.\n\n"
        "Ortiz said the plan protects schools. \"It keeps us moving,\" she said.\n",
        [
            ("the plan protects schools", R, "Lena Ortiz"),
            ("It keeps us moving,", D, "Lena Ortiz"),
        ],
    ),
    # a passive "told"/"asked": the subject was spoken to, so it is no speaker
    (
        "Fire warning\n\n"
        "Residents of the Blue Hills have been told to prepare to leave as the heat builds.\n",
        [("to prepare to leave as the heat builds", R, None)],
    ),
    (
        "Debate\n\n"
        "Councillor Jo Platt was asked whether the levy would rise next year.\n",
        [("whether the levy would rise next year", R, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORIES)
def test_story(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


HEADLINES = [
    # a quotation in a headline, in the single marks headlines use: found, with nobody to say it
    ("'I never wanted to be famous': a conversation with Leah Grant\n\n"
     "The novelist talks about her new book, which is out next week in paperback.\n",
     [("I never wanted to be famous", D, None)]),
    # a headline's attribution names the speaker
    ("'We will not back down,' says union chief Rosa Vidal\n\n"
     "Nurses walked out on Monday after talks with the hospital broke down again.\n",
     [("We will not back down,", D, "Rosa Vidal")]),
    ("Union chief: \u201cWe will not back down\u201d\n\n"
     "Nurses walked out on Monday after talks with the hospital broke down again.\n",
     [("We will not back down", D, "Union chief")]),
    # a title in quotation marks is no quote, in a headline either
    ("Review: \u201cThe Long Road Home\u201d is a quiet triumph\n\n"
     "The film follows two brothers across the country in a battered van one summer.\n",
     []),
    # a title-case headline's attribution, read as prose would print it
    ("Ortiz Says Budget Will Pass\n\n"
     "Senator Ana Ortiz said on Monday that the budget would pass before the end of the month.\n",
     [("Budget Will Pass", R, "Ana Ortiz")]),
    ("Mayor Says New Library Will Open In 2027\n\n"
     "The town council voted 5-2 on Monday to build a new library on Elm Street after a long debate.\n",
     [("New Library Will Open In 2027", R, "Mayor")]),
    # an apostrophe in a headline opens nothing
    ("Farmers' markets return to the square for the summer\n\n"
     "Stalls will open every Saturday from June until the end of September this year.\n",
     []),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headline_quotes(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    article = newsparse.parse_article(text)
    headline = [q for q in article.quotes if q.paragraph is None]
    assert [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in headline] == expected
    assert article.headline is not None
    assert all(article.headline.span.start <= q.span.start <= q.span.end <= article.headline.span.end for q in headline)


def test_a_headline_quote_comes_first_and_survives_json() -> None:
    text = (
        "'We will not back down,' says union chief Rosa Vidal\n\n"
        "The union's leader, Rosa Vidal, said on Monday that the strike would go on.\n"
    )
    article = newsparse.parse_article(text)
    assert [(q.paragraph, q.text) for q in article.quotes] == [
        (None, "We will not back down,"),
        (0, "the strike would go on"),
    ]
    data = article.to_dict()
    assert data["quotes"][0]["paragraph"] is None
    assert newsparse.Article.from_dict(data, text=text) == article
    assert 'id="quote-1"' in article.to_html().split("</h1>")[0]  # marked in the headline


PRONOUNS_WITH_NO_SPEAKER_BEFORE = [
    # the last person named as a sentence's subject, not a capitalised object after the verb
    ("Five minutes with a lighthouse keeper\n\n"
     "Tom Ridley has kept the Point Lynas light for 31 years.\n\n"
     "\"Mostly I paint things,\" he says.\n",
     [("Mostly I paint things,", D, "Tom Ridley")]),
    # an appositive subject
    ("Psalter found\n\n"
     "The schoolteacher, Marie Ferrand, paid 40 euros for the book in March.\n\n"
     "\"My hands started shaking,\" she told reporters.\n",
     [("My hands started shaking,", D, "Marie Ferrand")]),
    # an acronym before a capitalised word names a body, not a person who could be "he"
    ("Waiting lists\n\n"
     "Health Secretary Wes Strand said the service was \u201cbroken but not beaten\u201d.\n\n"
     "Speaking to BBC Radio 4, he said: \u201cIt will take time to fix.\u201d\n",
     [("the service was \u201cbroken but not beaten\u201d", M, "Wes Strand"),
      ("It will take time to fix.", D, "Wes Strand")]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS_WITH_NO_SPEAKER_BEFORE)
def test_pronoun_with_no_speaker_before(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


RESUMED = [
    # a quotation that resumes after an attribution with an appositive keeps its speaker
    ("Mine closure\n\n"
     "\"We've been here for four generations,\" said Alun Jones, a former miner, \"and now there's nothing left.\"\n",
     [("We've been here for four generations,", D, "Alun Jones"), ("and now there's nothing left.", D, "Alun Jones")]),
    # but not across a sentence end
    ("Mine closure\n\n"
     "\"We stayed,\" said Alun Jones, a former miner. Across the valley, \u201cClosed\u201d signs hang on every door.\n",
     [("We stayed,", D, "Alun Jones")]),
]


@pytest.mark.parametrize(("text", "expected"), RESUMED)
def test_resumed_quotation(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


PARTICIPLE_OPENINGS = [
    # a participle clause before the cue is no speaker; the words it closes on are the subject's
    # after it, who does what the participle says (spkI: participle_opener_subject)
    ("Holding signs calling the mayor \u201cthe worst in memory,\u201d the protesters chanted \u201cNo more cuts, no more lies.\u201d",
     [("the worst in memory,", D, "the protesters"), ("No more cuts, no more lies.", D, "the protesters")]),
    ("Having announced that the plant would close, the owner left the room.", []),
    # a time or a place before the subject is never the speaker
    # (and the name after the role, set off by commas, is)
    ("On Wednesday, however, the director of the bureau, James B. Comey, said that online messages had been read.",
     [("online messages had been read", R, "James B. Comey")]),
    # a surname in -ing still speaks
    ("Manning said the ship would sail on Friday.", [("the ship would sail on Friday", R, "Manning")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PARTICIPLE_OPENINGS)
def test_participle_opening_is_no_speaker(paragraph: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(f"Council news\n\n{paragraph}\n") == expected


GROUPS = [
    # plurals without an -s speak as groups do (not "men": "the killings of black men" would speak)
    ("Some of the women said they had spoken out at council hearings.",
     [("they had spoken out at council hearings", R, "Some of the women")]),
    ("Two children said the fire started in the kitchen.", [("the fire started in the kitchen", R, "Two children")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), GROUPS)
def test_irregular_plural_groups(paragraph: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(f"Council news\n\n{paragraph}\n") == expected


TRAILING_TIMES = [
    # an attribution closing its sentence may carry a day, a part of the day and a place
    ("The excesses are sickening, Hollande said Tuesday in Paris.", [("The excesses are sickening", R, "Hollande")]),
    ("The plan is dead, Ortiz said Tuesday night.", [("The plan is dead", R, "Ortiz")]),
    # and a conjunction with the reporter's participle after it, as with a clause after it (`before she
    # left`): stop 39, was no quote here (`ReportedSpeech.adjunct_setting`)
    ("The plan is dead, Ortiz said Tuesday, before leaving for Rome.", [("The plan is dead", R, "Ortiz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), TRAILING_TIMES)
def test_trailing_attribution_with_a_time(paragraph: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(f"Council news\n\n{paragraph}\n") == expected


NAMED_THINGS = [
    # a naming verb right after a noun names a thing: the noun is no speaker
    ("Later on Sunday, Carson shared a syllabus for a psychology class called \u201cPerception\u201d on his page.",
     [("Perception", D, None)]),
    # after a pronoun it is the pronoun's words
    ("The group, which he called \u201ca remnant of another era,\u201d disbanded.", [("a remnant of another era,", D, "he")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), NAMED_THINGS)
def test_naming_a_thing(paragraph: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(f"Council news\n\n{paragraph}\n") == expected
