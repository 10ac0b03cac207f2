"""Speaker readings that trial 34's unseen articles got wrong or left unresolved: a capitalised
occupation before a name (``Resident Joan Whitaker``) is no other person for a later sentence-initial
``She said``; a noun for one person after modifiers (``The former landlord, Keith Barrow,``) sets off
the sentence's subject as a role does; an opening phrase of place (``Outside the courthouse,``) opens
a sentence before its subject as one of time does; a naming verb after a determiner is a noun
(``called the brand "..."``); a firm's name with an ampersand after words that describe it (``Craft
brewer Hollis & Crane``) is the firm's, not a person's surname; a bare speech verb before one
person's name is no inverted attribution (``..., charge nurse Abena Mensah, 38, gathers ...``);
a bare age that fits no one (``the 39-year-old``) is the one person its paragraph names, given no
age; German ``erzählte`` attributes as ``sagte`` does; ``Photo courtesy`` labels a caption's credit.
Each row of ``TABLE`` and ``CAPTIONS`` failed on 33b030f9; the rows of ``CONTROLS`` read the same
before and after."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser
from quote_cases import quote_speakers

TABLE = [
    # (language, text, [(quote text, speaker)])
    # a capitalised occupation before the name: the speaker named without it is the same person
    (
        None,
        "Resident Joan Whitaker told the council the noise would keep her awake. She said she had collected "
        "85 signatures against the plan.",
        [("the noise would keep her awake", "Joan Whitaker"), ("she had collected 85 signatures against the plan", "Joan Whitaker")],
    ),
    (
        None,
        "Audiologist Karen Holt said some of her patients had bought the devices without a test. She said the "
        "earbuds were fine for mild loss.",
        [
            ("some of her patients had bought the devices without a test", "Karen Holt"),
            ("the earbuds were fine for mild loss", "Karen Holt"),
        ],
    ),
    # modifiers before a noun for one person, then the name set off by commas
    (
        None,
        "The former landlord, Keith Barrow, said he was delighted the pub would stay open. "
        '"I ran it for 22 years," he said.',
        [("he was delighted the pub would stay open", "Keith Barrow"), ("I ran it for 22 years,", "Keith Barrow")],
    ),
    (
        "en-GB",
        "The pub's new landlady, Kate Morley, said she would reopen in August. 'The kitchen needs a new "
        "floor first,' she said.",
        [("she would reopen in August", "Kate Morley"), ("The kitchen needs a new floor first,", "Kate Morley")],
    ),
    # an opening phrase of place before a name with a relative clause
    (
        None,
        "Outside the courthouse, Maria Pena, whose son died in the collapse, said she had waited two years "
        'for the verdict. "Today somebody finally said it was not an accident," she said.',
        [
            ("she had waited two years for the verdict", "Maria Pena"),
            ("Today somebody finally said it was not an accident,", "Maria Pena"),
        ],
    ),
    (
        None,
        "Near the finish line, Tom Harlow, who ran his first marathon at 70, said his knees had held up. "
        '"I will be back next year," he said.',
        [("his knees had held up", "Tom Harlow"), ("I will be back next year,", "Tom Harlow")],
    ),
    # a naming verb right after a determiner is a noun: the verb before it names
    (
        None,
        'Van Loon\'s chief executive, Maarten de Vries, called the brand "exactly the kind of growth we want."',
        [("exactly the kind of growth we want.", "Maarten de Vries")],
    ),
    (
        None,
        'Senator Ruth Adler called the label "a marketing trick" on Tuesday.',
        [("a marketing trick", "Ruth Adler")],
    ),
    # a firm's name with an ampersand after lower-case words that describe it
    (
        None,
        "Craft brewer Hollis & Crane said it would keep all 160 of its employees.",
        [("it would keep all 160 of its employees", "Hollis & Crane")],
    ),
    (
        None,
        "Furniture maker Barlow & Finch said sales had fallen for a third year.",
        [("sales had fallen for a third year", "Barlow & Finch")],
    ),
    # a bare speech verb before one person's name: no inverted attribution
    (
        None,
        "At 7.30 p.m., when most of the hospital has gone quiet, charge nurse Abena Mensah, 38, gathers her "
        "team of six around the nurses' station.",
        [],
    ),
    # a bare age that fits no one given that age: the one person the paragraph names, given no age
    (
        None,
        "Lucia Quishpe, who sells trout from a roadside stall, said she had not had a customer since Friday. "
        '"If the road stays closed, my family eats the trout," the 39-year-old told AFP.',
        [
            ("she had not had a customer since Friday", "Lucia Quishpe"),
            ("If the road stays closed, my family eats the trout,", "Lucia Quishpe"),
        ],
    ),
    # German "erzählte" attributes as "sagte" does
    (
        "de",
        "„Ich habe meinen Sohn mit ins Büro genommen“, erzählte Markus Weber, Vater eines Vierjährigen. "
        "Sein Chef habe Verständnis gehabt, sagte er.",
        [("Ich habe meinen Sohn mit ins Büro genommen", "Markus Weber"), ("Sein Chef habe Verständnis gehabt", "Markus Weber")],
    ),
]

CONTROLS = [
    # no occupation before the name: as before
    (
        None,
        "Joan Whitaker told the council the noise would keep her awake. She said she had collected 85 "
        "signatures against the plan.",
        [("the noise would keep her awake", "Joan Whitaker"), ("she had collected 85 signatures against the plan", "Joan Whitaker")],
    ),
    # a body's name before a noun for no one: still no subject set off, the pronoun unresolved
    (
        None,
        'The Harbour office, Tom Berg, said the ferry would sail. "It is safe," he said.',
        [("the ferry would sail", "Tom Berg"), ("It is safe,", "he")],
    ),
    # "In the room were ...": a copula in the opening phrase, no subject after it
    (
        None,
        'Outside the hall were the mayor, Tom Reed, and his deputy. "We are ready," he said.',
        [("We are ready,", "he")],
    ),
    # a naming verb with no determiner before it still names
    (None, 'Maarten de Vries called the deal "a good fit."', [("a good fit.", "Maarten de Vries")]),
    # a person of a firm: the person, not the firm
    (
        None,
        "The chief executive of Procter & Gamble said sales rose.",
        [("sales rose", "The chief executive of Procter & Gamble")],
    ),
    (None, "Johnson & Johnson said the recall was voluntary.", [("the recall was voluntary", "Johnson & Johnson")]),
    # a bare verb before a plural subject is still an inverted attribution
    (None, "Prices will rise, say Democrats.", [("Prices will rise", "Democrats")]),
    (None, "The deal is dead, said nurse Ana Ruiz.", [("The deal is dead", "Ana Ruiz")]),
    # a bare age and a person given another age, or two people named: the mention as written
    (
        None,
        'Lucia Quishpe, 45, said she had not had a customer. "We will starve," the 39-year-old said.',
        [("she had not had a customer", "Lucia Quishpe"), ("We will starve,", "the 39-year-old")],
    ),
    (
        None,
        'Pedro Ruiz sells fish next door. Lucia Quishpe said she had not had a customer. "We will starve," the '
        "39-year-old said.",
        [("she had not had a customer", "Lucia Quishpe"), ("We will starve,", "the 39-year-old")],
    ),
    # German "sagte": as before
    (
        "de",
        "„Ich habe meinen Sohn mit ins Büro genommen“, sagte Markus Weber. Sein Chef habe Verständnis gehabt, sagte er.",
        [("Ich habe meinen Sohn mit ins Büro genommen", "Markus Weber"), ("Sein Chef habe Verständnis gehabt", "Markus Weber")],
    ),
]

@pytest.mark.parametrize(("language", "text", "expected"), TABLE)
def test_speaker_readings_of_trial_34(language: str | None, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quote_speakers(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), CONTROLS)
def test_trial_34_controls(language: str | None, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quote_speakers(text, language) == expected


CAPTIONS = [
    # (text, [(caption text, credit)]): "Photo courtesy" labels a credit as "Courtesy" does
    (
        "Rosa Delgado, who fed a neighborhood, dies at 91\nBy Harold Finch\n\n"
        "Rosa Delgado at the window of her Mission Street kitchen in 1998. (Photo courtesy of the Delgado family)\n\n"
        "Rosa Delgado died March 24 at a hospice in San Mateo. She was 91.",
        [("Rosa Delgado at the window of her Mission Street kitchen in 1998.", "the Delgado family")],
    ),
    (
        "Village pub reopens after two years\nBy Fiona Marsden\n\n"
        "Regulars at the bar on Friday night. Photo courtesy Hatherley Pub Society\n\n"
        "The Plough reopened on Friday after villagers bought it.",
        [("Regulars at the bar on Friday night.", "Hatherley Pub Society")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPTIONS)
def test_trial_34_captions(text: str, expected: list[tuple[str, str | None]]) -> None:
    captions = ArticleParser().parse(text).captions
    assert [(c.text, c.credit) for c in captions] == expected
