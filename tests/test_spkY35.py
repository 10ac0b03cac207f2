"""Stop 35's wrong and missing speakers (issue 5): a role and a body's name before a full name
(``la ministre de la Santé Claire Morel``), the dead namesake of an obituary, two roles and names
joined after an inverted cue with a time and a place after them, a firm named by its trade or by a
relative clause of its trade, a German age noun, a quoted name as a sentence's subject, a pronoun
after an unnamed role with a place and a relative clause, bare initials after a long role, and
the Irish police rank as a role noun.  Each table holds
sentences that failed before and near controls that kept working; each row says every quote's
text, speaker's name and mention."""

from __future__ import annotations

import pytest

from quote_cases import speaker_rows

# (paragraphs, language, [(quote text, speaker's name, mention)])
Row = tuple[str, "str | None", list[tuple[str, "str | None", "str | None"]]]

BODY_BEFORE_NAME: list[Row] = [
    # a role, a body's one-word name after "de la" and a full name: the full name, never the
    # other minister named before
    (
        "Le Premier ministre Jean Dubois était présent à Lyon mardi.\n\n"
        "« Nous allons ouvrir dix mille lits », a déclaré la ministre de la Santé Claire Morel.",
        "fr",
        [("Nous allons ouvrir dix mille lits", "Claire Morel", "la ministre de la Santé Claire Morel")],
    ),
    (
        "« Nos écoles rouvriront lundi », a déclaré la ministre de l'Éducation Claire Morel.",
        "fr",
        [("Nos écoles rouvriront lundi", "Claire Morel", "la ministre de l'Éducation Claire Morel")],
    ),
    # controls: the English title before the name, and an adjective before a name after "of the"
    (
        "Prime Minister Jean Dubois attended the launch in Leeds on Tuesday.\n\n"
        '"We will open ten thousand beds," said Health Minister Claire Morel.',
        None,
        [("We will open ten thousand beds,", "Claire Morel", "Health Minister Claire Morel")],
    ),
    (
        '"He never gave up," said the widow of the late Tom Berg.',
        None,
        [("He never gave up,", "the widow of the late Tom Berg", "the widow of the late Tom Berg")],
    ),
]

OBITUARY_NAMESAKES: list[Row] = [
    # the dead one of two namesakes speaks no present quote: the living one
    (
        "Margaret Ellison, who taught at the village school for forty years, died on Friday. She was 91.\n\n"
        '"She was stubborn to the end," said her son, Peter Ellison.\n\n'
        "Ellison is survived by her son and two grandchildren.\n\n"
        '"She would have hated the fuss," Ellison said.',
        None,
        [
            ("She was stubborn to the end,", "Peter Ellison", "Peter Ellison"),
            ("She would have hated the fuss,", "Peter Ellison", "Ellison"),
        ],
    ),
    (
        "The town will name its library after the late Margaret Ellison.\n\n"
        "Her son, Peter Ellison, will open it on Monday. \"She would have laughed,\" Ellison said.",
        None,
        [("She would have laughed,", "Peter Ellison", "Ellison")],
    ),
    # controls: a year in the attribution (the dead quoted from then), and no one dead (either)
    (
        "Margaret Ellison died on Friday. Her son, Peter Ellison, runs the shop.\n\n"
        '"I never liked a fuss," Ellison said in a 1998 interview.',
        None,
        [("I never liked a fuss,", "Ellison", "Ellison")],
    ),
    (
        "Margaret Ellison runs the shop. Her son, Peter Ellison, helps on Saturdays.\n\n"
        '"We never close," Ellison said.',
        None,
        [("We never close,", "Ellison", "Ellison")],
    ),
]

JOINED_ROLES_AFTER_CUE: list[Row] = [
    # two roles and names after an inverted cue, then a day and a place: both
    (
        "„Wir sind sehr zufrieden“, sagten Vorstandschef Peter Kühn und Finanzchefin Eva Lang am Mittwoch in Frankfurt.",
        "de",
        [("Wir sind sehr zufrieden", "Peter Kühn und Eva Lang", "Vorstandschef Peter Kühn und Finanzchefin Eva Lang")],
    ),
    (
        "«La inflación sigue alta», dijeron el gerente Luis Pardo y la ministra Ana Gómez el miércoles en Bogotá.",
        "es",
        [("La inflación sigue alta", "Luis Pardo y Ana Gómez", "el gerente Luis Pardo y la ministra Ana Gómez")],
    ),
    (
        "« C'est un plan historique », ont déclaré la ministre de la Santé Claire Morel et le Premier ministre "
        "Jean Dubois mardi à Paris.",
        "fr",
        [
            (
                "C'est un plan historique",
                "Claire Morel et Jean Dubois",
                "la ministre de la Santé Claire Morel et le Premier ministre Jean Dubois",
            )
        ],
    ),
    (
        '"We are very pleased," said chief executive Peter Kuhn and finance chief Eva Lang on Wednesday.',
        None,
        [("We are very pleased,", "Peter Kuhn and Eva Lang", "chief executive Peter Kuhn and finance chief Eva Lang")],
    ),
    # controls: a body's name after a name and "of" goes on; a clause of its own after "y"; "others"
    (
        '"No change is near," said Anna Weber of Weber and Roth Inc.',
        None,
        [("No change is near,", "Anna Weber", "Anna Weber")]  # (the person alone, not a body cut at "and": mendQT69),
    ),
    (
        "«El puente abrirá en mayo», dijo Ana Ruiz y se marchó.",
        "es",
        [("El puente abrirá en mayo", "Ana Ruiz", "Ana Ruiz")],
    ),
    (
        '"We are very pleased," said Peter Kuhn and other executives.',
        None,
        [("We are very pleased,", "Peter Kuhn", "Peter Kuhn")],
    ),
]

FIRM_BY_TRADE: list[Row] = [
    # a trade noun before a firm's name, and a relative clause of its trade: "the company" finds it
    (
        "Workers walked out on Monday at copper miner Minera Andacollo, halting output.\n\n"
        "The company said it hoped to resume talks this week.",
        None,
        [("it hoped to resume talks this week", "Minera Andacollo", "The company")],
    ),
    (
        "Latchly, which sells scheduling software to dentists, said it would cut 40 jobs.\n\n"
        "The company said the cuts would save $5 million a year.",
        None,
        [
            ("it would cut 40 jobs", "Latchly", "Latchly"),
            ("the cuts would save $5 million a year", "Latchly", "The company"),
        ],
    ),
    (
        "Valley Steel, which makes trailer hitches, paid for the team's new mats. The company said in a "
        'statement that it was "proud to help the athletes."',
        None,
        [('it was "proud to help the athletes."', "Valley Steel", "The company")],
    ),
    # controls: a given name after the trade noun is a person's, and "who" a person's clause
    (
        "Workers gathered on Monday at the home of coal miner Tom Hale.\n\nThe company said it hoped to resume talks.",
        None,
        [("it hoped to resume talks", "The company", "The company")],
    ),
    (
        "Tom Hale, who sells boats, said the season was late.\n\nThe company said it would open in May.",
        None,
        [("the season was late", "Tom Hale", "Tom Hale"), ("it would open in May", "The company", "The company")],
    ),
]

GERMAN_AGE_NOUNS: list[Row] = [
    # an age noun after a gendered article: the last person named of that gender
    (
        "Die Bürgermeisterin Anna Berger trat am Sonntag erneut an. Die 63-Jährige sagte, sie sei sehr zufrieden.",
        "de",
        [("sie sei sehr zufrieden", "Anna Berger", "Die 63-Jährige")],
    ),
    (
        "Der Herausforderer Tom Kraus verlor knapp. Der 41-Jährige sagte, er werde es wieder versuchen.",
        "de",
        [("er werde es wieder versuchen", "Tom Kraus", "Der 41-Jährige")],
    ),
    # "verwies darauf, dass": a reported cue
    (
        "Finanzminister Paul Weber verwies darauf, dass die Schulden gesunken seien.",
        "de",
        [("die Schulden gesunken seien", "Paul Weber", "Finanzminister Paul Weber")],
    ),
    # controls: the last person named is of the other gender, or was given another age
    (
        "Der Herausforderer Tom Kraus verlor knapp. Die 63-Jährige sagte, sie sei zufrieden.",
        "de",
        [("sie sei zufrieden", "Die 63-Jährige", "Die 63-Jährige")],
    ),
    (
        "Die Kandidatin Anna Berger, 58, verlor knapp. Die 63-Jährige sagte, sie sei zufrieden.",
        "de",
        [("sie sei zufrieden", "Die 63-Jährige", "Die 63-Jährige")],
    ),
]

QUOTED_NAME_SUBJECT: list[Row] = [
    # a name in quotation marks that opens the sentence is its subject
    (
        '"Harbour First" said on Monday it would challenge the plan in court.',
        None,
        [("it would challenge the plan in court", '"Harbour First"', '"Harbour First"')],
    ),
    # control: inside a phrase, as before
    (
        'Critics of "Harbour First" said the group had no plan.',
        None,
        [("the group had no plan", 'Critics of "Harbour First"', 'Critics of "Harbour First"')],
    ),
]

UNNAMED_ROLE_PRONOUN: list[Row] = [
    # a pronoun after an unnamed role with where they work, and a relative clause: that role
    (
        "A nurse on the night ward, who asked not to be named, said her whole team was told by phone. "
        '"Ten minutes, no questions," she said.',
        None,
        [
            ("her whole team was told by phone", "A nurse on the night ward", "A nurse on the night ward"),
            ("Ten minutes, no questions,", "A nurse on the night ward", "she"),
        ],
    ),
    (
        "A nurse, who asked not to be named, said her whole team was told by phone. "
        '"Ten minutes, no questions," she said.',
        None,
        [
            ("her whole team was told by phone", "A nurse", "A nurse"),
            ("Ten minutes, no questions,", "A nurse", "she"),
        ],
    ),
    # control: a named person after the role: the pronoun is no one sure
    (
        "A nurse on the night ward said her whole team was told by phone. Tom Berg, a porter, disagreed. "
        '"Ten minutes, no questions," she said.',
        None,
        [
            ("her whole team was told by phone", "A nurse on the night ward", "A nurse on the night ward"),
            ("Ten minutes, no questions,", "she", "she"),
        ],
    ),
]

NAME_EXTENT: list[Row] = [
    # bare initials after a long role in lower case: the name, which the surname later finds
    (
        "Mayoral committee member for safety JP Smith said the city would not release the vehicles. "
        "'We will not negotiate,' Smith said.",
        "en-GB",
        [
            ("the city would not release the vehicles", "JP Smith", "Mayoral committee member for safety JP Smith"),
            ("We will not negotiate,", "JP Smith", "Smith"),
        ],
    ),
    # control: a body's acronym before a word
    (
        "The network said the BBC Radio show would end.",
        None,
        [("the BBC Radio show would end", "The network", "The network")],
    ),
]

IRISH_POLICE: list[Row] = [
    # "garda", a rank and a role noun: "the garda" finds the one named so, "a garda" speaks
    (
        'The road would stay closed, said Garda Niamh Walsh. "It was a bad crash," the garda said.',
        "en-IE",
        [
            ("The road would stay closed", "Niamh Walsh", "Garda Niamh Walsh"),
            ("It was a bad crash,", "Niamh Walsh", "the garda"),
        ],
    ),
    (
        "A garda at the scene said the road would stay closed.",
        "en-IE",
        [("the road would stay closed", "A garda at the scene", "A garda at the scene")],
    ),
]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        *BODY_BEFORE_NAME,
        *OBITUARY_NAMESAKES,
        *JOINED_ROLES_AFTER_CUE,
        *FIRM_BY_TRADE,
        *GERMAN_AGE_NOUNS,
        *QUOTED_NAME_SUBJECT,
        *UNNAMED_ROLE_PRONOUN,
        *NAME_EXTENT,
        *IRISH_POLICE,
    ],
)
def test_speakers(text: str, language: str | None, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert speaker_rows(text, language) == expected
