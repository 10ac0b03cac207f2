"""English speaker defects a new-user trial found (round 61, issue 5): each rule with the rows it
must resolve and the nearest shapes it must leave as they were.  Every text is written here."""

from __future__ import annotations

import pytest
from tests.quote_cases import SpeakerRow, speaker_rows

# (language, story, the quotes as (text, speaker's name, mention), what the row checks)
ROWS: list[tuple[str | None, str, list[SpeakerRow], str]] = [
    # 1. "the <nationality> <role>": the one holder of the role named before, of no other country
    (
        None,
        "Foreign Minister Ingrid Solberg met the envoy on Monday.\n\n"
        "The Norwegian foreign minister said the talks had been frank.",
        [("the talks had been frank", "Ingrid Solberg", "The Norwegian foreign minister")],
        "a nationality adjective before the role the person was introduced with",
    ),
    (
        None,
        "President Amina Otieno opened the summit in Nairobi.\n\n"
        "The Kenyan president said the region needed more trade.",
        [("the region needed more trade", "Amina Otieno", "The Kenyan president")],
        "any country's adjective and any role",
    ),
    (
        None,
        "Foreign Minister Ingrid Solberg summoned the Danish envoy, Lars Holm, on Monday.\n\n"
        "The Norwegian foreign minister said the remarks were regrettable.",
        [("the remarks were regrettable", "Ingrid Solberg", "The Norwegian foreign minister")],
        "another country's adjective after the name (an object's) contradicts nothing",
    ),
    (
        None,
        "Swedish Foreign Minister Karin Berg met the envoy on Monday.\n\n"
        "The Norwegian foreign minister said the talks had been frank.",
        [("the talks had been frank", "The Norwegian foreign minister", "The Norwegian foreign minister")],
        "must not fire: the one holder of the role is of another country",
    ),
    (
        None,
        "Foreign Minister Ingrid Solberg met Foreign Minister Karin Berg on Monday.\n\n"
        "The Norwegian foreign minister said the talks had been frank.",
        [("the talks had been frank", "The Norwegian foreign minister", "The Norwegian foreign minister")],
        "must not fire: two holders of the role, the adjective tells them apart in no way the article shows",
    ),
    # 2. a pronoun after an unnamed speaker whose sex the article shows, and single marks in English
    (
        "en-GB",
        'Harbourmaster Owain Price said: "They were lucky to get back."\n\n'
        "One of the swimmers, a 35-year-old woman from Tenby, told the paper she had \"badly misjudged\" the tide.\n\n"
        "'We should have checked first,' she said.",
        [
            ("They were lucky to get back.", "Owain Price", "Harbourmaster Owain Price"),
            ('she had "badly misjudged" the tide', "One of the swimmers", "One of the swimmers"),
            ("We should have checked first,", "One of the swimmers", "she"),
        ],
        "the unnamed speaker set off as a woman, not the man named before",
    ),
    (
        None,
        'Harbourmaster Owain Price said: "They were lucky to get back."\n\n'
        "One of the swimmers, a 35-year-old man from Tenby, told the paper he had \"badly misjudged\" the tide.\n\n"
        "'We should have checked first,' he said. 'We did not.'",
        [
            ("They were lucky to get back.", "Owain Price", "Harbourmaster Owain Price"),
            ('he had "badly misjudged" the tide', "One of the swimmers", "One of the swimmers"),
            ("We should have checked first,", "One of the swimmers", "he"),
            ("We did not.", "One of the swimmers", "he"),
        ],
        "a paragraph opening with a single-marked quotation before 'he said' reads single marks in en",
    ),
    (
        None,
        'Harbourmaster Owain Price said: "They were lucky to get back."\n\n'
        "One swimmer claimed the tide tables were wrong.\n\n"
        '"You could be right," he said.',
        [
            ("They were lucky to get back.", "Owain Price", "Harbourmaster Owain Price"),
            ("the tide tables were wrong", "One swimmer", "One swimmer"),
            ("You could be right,", "Owain Price", "he"),
        ],
        "must not change: no sex shown for the unnamed speaker, the old reading stays",
    ),
    # 4. a portfolio's word after a lower-case noun opens a body's name
    (
        "en-GB",
        "Passenger watchdog Transport Voice urged travellers to plan ahead.",
        [("travellers to plan ahead", "Transport Voice", "Passenger watchdog Transport Voice")],
        "the body's name whole",
    ),
    (
        None,
        "The deal covers 300 drivers, according to the Transport Workers.",
        [("The deal covers 300 drivers", "Transport Workers", "the Transport Workers")],
        "after an article too: the body's two words, no person 'Workers'",
    ),
    (
        "en-GB",
        "A police Inspector Marsh said the road would stay shut.",
        [("the road would stay shut", "Marsh", "A police Inspector Marsh")],
        "must not fire: a body's title word before a rank keeps the person",
    ),
    # 5. "the <place demonym>": a description, never a surname
    (
        "en-GB",
        'Rovers manager Colm Brady was livid. "That was never a penalty," the Galwayman fumed.',
        [("That was never a penalty,", "the Galwayman", "the Galwayman")],
        "a place's word before -man",
    ),
    (
        None,
        '"We were robbed," the Londoner said.',
        [("We were robbed,", "the Londoner", "the Londoner")],
        "a place of the vocabulary before -er",
    ),
    (
        None,
        'Board chairman Victor Lane spoke first.\n\n"We were robbed," the Chairman said.',
        [("We were robbed,", "Victor Lane", "the Chairman")],
        "must not fire: a role ending in -man resolves as before",
    ),
    (
        None,
        'Trainer George Wakeman spoke first.\n\n"We were robbed," the Wakeman said.',
        [("We were robbed,", "George Wakeman", "the Wakeman")],
        "must not fire: the surname of a person named in full",
    ),
    # 6. a subject pronoun and its verb after the person told
    (
        None,
        "Mayor Tom Hale spoke on Monday.\n\nHe told me he plans to step down next spring.",
        [("he plans to step down next spring", "Tom Hale", "He")],
        "the one told is no part of the clause",
    ),
    (
        None,
        "Mayor Tom Hale spoke on Monday.\n\nHale told reporters she wants a recount.",
        [("she wants a recount", "Tom Hale", "Hale")],
        "after a noun told too",
    ),
    (
        None,
        "Mayor Tom Hale spoke on Monday.\n\nHe told his wife, Ana, the news.",
        [],
        "must not fire: no pronoun opens a clause, nothing reported",
    ),
    # 7. a present's third person after an interrupting attribution
    (
        None,
        "The council's budget, critics say, ignores the housing shortage.",
        [("The council's budget, critics say, ignores the housing shortage", "critics", "critics")],
        "the whole clause, the aside inside",
    ),
    (
        None,
        "The deal, he said, was dead.",
        [("The deal, he said, was dead", "he", "he")],
        "must not change: a listed verb as before",
    ),
    # 8. a name given after an unnamed speaker
    (
        None,
        "A trader at Balogun market, who gave her name only as Bisi, said prices had doubled.",
        [("prices had doubled", "Bisi", "A trader at Balogun market")],
        "the name the article has for the speaker",
    ),
    (
        None,
        "A driver, identified only as Musa, said the road was flooded.",
        [("the road was flooded", "Musa", "A driver")],
        "'identified only as' with no relative pronoun",
    ),
    (
        None,
        "A driver, who spoke to the BBC, said the road was flooded.",
        [("the road was flooded", "A driver", "A driver")],
        "must not fire: a relative clause that gives no name",
    ),
]


@pytest.mark.parametrize(("language", "story", "expected", "checks"), ROWS, ids=[row[3] for row in ROWS])
def test_trial_speakers(language: str | None, story: str, expected: list[SpeakerRow], checks: str) -> None:
    assert speaker_rows(story, language) == expected, checks
