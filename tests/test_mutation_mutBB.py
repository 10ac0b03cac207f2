"""Mutation pass mutBB (stop 24, issue 8): cases that pin down behaviour the mutants mutAA's pass left
of ``SpeakerGrammar.__init__`` (its patterns), then of ``DirectQuotes.__init__``,
``SpeakerResolution.describes_next_name`` and mutY's "not run" functions of ``quotes/resolution.py``
and ``quotes/reported.py`` changed unseen."""

from __future__ import annotations

import pytest

from newsparse.quotes.parser import QuoteParser
from quote_cases import Case, quotes_of

# the speaker's name as the constructor's patterns read it: a family name before a romanised given
# name of two syllables keeps the opening word ("So"), a hyphenated name with a capital second part
# does not; a name after a quotation and before a verb in the past (with particles, of five words, not
# of six), a phrase before a verb of POSTPOSED_CUES; the person told, with a modifier or an "of" phrase,
# after a quotation that ends its sentence
NAMES_READ = [
    Case(
        '"The bridge will open in May," said So Yeon-kim.',
        [("D", "The bridge will open in May,", 1, 29, "said", "So Yeon-kim", None)],
    ),
    Case(
        "So Yeon-kim, a professor at Fudan University, said the bridge would open in May.",
        [("R", "the bridge would open in May", 51, 79, "said", "So Yeon-kim", None)],
    ),
    Case(
        '"The bridge will open in May," said So Yeon-Kim.',
        [("D", "The bridge will open in May,", 1, 29, "said", "Yeon-Kim", None)],
    ),
    Case(
        '"The bridge will open in May," Ursula von der Leyen barked.',
        [("D", "The bridge will open in May,", 1, 29, "barked", "Ursula von der Leyen", None)],
    ),
    Case('"The bridge will open in May," Ortiz barked.', [("D", "The bridge will open in May,", 1, 29, "barked", "Ortiz", None)]),
    Case(
        '"The bridge will open in May," Ana Maria Lopez Ortiz Ruiz barked.',
        [("D", "The bridge will open in May,", 1, 29, "barked", "Ana Maria Lopez Ortiz Ruiz", None)],
    ),
    Case(
        '"The bridge will open in May," Ana Maria Lopez Ortiz Ruiz Vega barked.',
        [("D", "The bridge will open in May,", 1, 29, None, None, None)],
    ),
    Case(
        '"The bridge will open in May," the notice states.',
        [("D", "The bridge will open in May,", 1, 29, "states", "the notice", None)],
    ),
    Case(
        '"The bridge will open in May," the notice reads.',
        [("D", "The bridge will open in May,", 1, 29, "reads", "the notice", None)],
    ),
    Case(
        '"The bridge will open in May." Ana Ortiz told a cheering crowd on Monday.',
        [("D", "The bridge will open in May.", 1, 29, "told", "Ana Ortiz", None)],
    ),
    Case(
        '"The bridge will open in May." Ana Ortiz told Jane Roe of the Sierra Club.',
        [("D", "The bridge will open in May.", 1, 29, "told", "Ana Ortiz", None)],
    ),
]


@pytest.mark.parametrize("case", NAMES_READ)
def test_the_constructors_name_patterns(case: Case) -> None:
    assert quotes_of(case) == case.expected


# the subject of a report as the constructor's patterns read it: a name with an age or a party tag,
# a share with a hyphen or "in", a bare count after an opening phrase, an outlet closing the sentence,
# a role before the name, and (German) an age with a hyphen, which is no share
SUBJECTS_READ = [
    Case(
        "Jim Bell, 54, left the firm and said the bridge would open in May.",
        [("R", "the bridge would open in May", 37, 65, "said", "Jim Bell", None)],
    ),
    Case(
        "Ana Ortiz (D-Ariz.) voted against it and said the bridge would open in May.",
        [("R", "the bridge would open in May", 46, 74, "said", "Ana Ortiz", None)],
    ),
    Case(
        "About three-fourths said the bridge was a waste of money.",
        [("R", "the bridge was a waste of money", 25, 56, "said", "three-fourths", None)],
    ),
    Case(
        "Six in 10 said the bridge was a waste of money.",
        [("R", "the bridge was a waste of money", 15, 46, "said", "Six in 10", None)],
    ),
    Case(
        "Of 48 chambers that replied, only 28 said the bridge was a waste of money.",
        [("R", "the bridge was a waste of money", 42, 73, "said", "only 28", None)],
    ),
    Case(
        "The bridge will open in May, Al Jazeera reported.",
        [("R", "The bridge will open in May", 0, 27, "reported", "Al Jazeera", None)],
    ),
    Case(
        "Former Pennsylvania governor Ed Rendell, a Democrat, said the bridge would open in May.",
        [("R", "the bridge would open in May", 58, 86, "said", "Ed Rendell", None)],
    ),
    Case(
        'In Texas, the journalist Ana Ortiz, writing in the Harbour Times, described the plan: "It will never work."',
        [("D", "It will never work.", 87, 106, None, "Ana Ortiz", None)],
    ),
    Case(
        "Der 29-jährige Stürmer sagte, die Brücke werde im Mai eröffnet.",
        [("R", "die Brücke werde im Mai eröffnet", 30, 62, "sagte", "Der 29-jährige Stürmer", None)],
        language="de",
    ),
]


@pytest.mark.parametrize("case", SUBJECTS_READ)
def test_the_constructors_subject_patterns(case: Case) -> None:
    assert quotes_of(case) == case.expected


class _SmallPieces(QuoteParser):
    SCAN_PIECE = 16


@pytest.mark.parametrize(
    ("raw", "pos", "inside"),
    [("Zoë Lund", 2, True), ("Zoë Lund", 3, False), ("Lund—Zoë", 4, False), ("Zoë", 7, False)],
)
def test_a_token_character_outside_ascii(raw: str, pos: int, inside: bool) -> None:
    assert QuoteParser().is_token_char(raw, pos) is inside


def test_a_paragraph_scanned_in_pieces_finds_the_same_cues() -> None:
    raw = "Ana Ortiz said the bridge, which Tom Berg described as a waste, would open; Zoë Lund told reporters so."
    whole = QuoteParser().cue_scan(raw)
    assert (whole.starts, whole.words) == ((10, 85), ("said", "told"))
    assert _SmallPieces().cue_scan(raw) == whole


# the source: an outlet closing reported words, and one after "according to" of MAX_SOURCE_WORDS
# words (16) read whole, one of 17 not read at all
SOURCES_READ = [
    Case(
        "The minister said the bridge would open in May, state media reported.",
        [("R", "the bridge would open in May", 18, 46, "said", "The minister", "state media")],
    ),
    Case(
        '"The bridge will open in May," according to a brief court filing made late yesterday by three senior city'
        " lawyers acting very quietly today.",
        [
            (
                "D",
                "The bridge will open in May,",
                1,
                29,
                "according to",
                "a brief court filing made late yesterday by three senior city lawyers acting very quietly today",
                None,
            )
        ],
    ),
    Case(
        '"The bridge will open in May," according to a brief court filing made late yesterday by three senior city'
        " lawyers acting very quietly late today.",
        [("D", "The bridge will open in May,", 1, 29, None, None, None)],
    ),
]


@pytest.mark.parametrize("case", SOURCES_READ)
def test_the_constructors_source_patterns(case: Case) -> None:
    assert quotes_of(case) == case.expected


# what DirectQuotes' constructor sets up: a quoted title (small words of a stop word, a determiner, "of"),
# a time or place between the cue and the colon, a verb after a quotation that ends in "!", the agent of a
# naming verb in the passive (four words read, five not), an attribution on the next line after a dash, a
# modal before the cue, an English quotation that an inserted attribution never splits, and French
# attributions inside the marks (a cue and a name with an X, an inverted cue), a recipient after the cue
# (French, Spanish), a second subject joined after an inverted cue (Spanish), an aside or a time between
# the cue and its subject (French) and a particle that gives the quotation to a name (German)
DIRECT_SETUP = [
    Case('Ana Ortiz appeared on "Meet the Press" on Sunday.', []),
    Case('Ana Ortiz appeared on "Souls to the Polls" on Sunday.', []),
    Case(
        'Ana Ortiz said outside court: "The bridge will open in May."',
        [("D", "The bridge will open in May.", 31, 59, "said", "Ana Ortiz", None)],
    ),
    Case(
        '"Make America Great Again!" chanted the crowd.',
        [("D", "Make America Great Again!", 1, 26, "chanted", "the crowd", None)],
    ),
    Case(
        'The plan was called "a waste of money" by Ana Maria Lopez Ortiz.',
        [("D", "a waste of money", 21, 37, None, "Ana Maria Lopez Ortiz", None)],
    ),
    Case(
        'The plan was called "a waste of money" by Ana Maria Lopez Ortiz Ruiz.',
        [("D", "a waste of money", 21, 37, None, None, None)],
    ),
    Case('"The bridge will open in May."\n—Ana Ortiz', [("D", "The bridge will open in May.", 1, 29, "—", "Ana Ortiz", None)]),
    Case('"The bridge will open in May," Ortiz would say.', [("D", "The bridge will open in May,", 1, 29, "say", "Ortiz", None)]),
    Case(
        '"We are ready, said Tom Berg. The bridge closes in May."',
        [("D", "We are ready, said Tom Berg. The bridge closes in May.", 1, 55, None, None, None)],
    ),
    Case(
        "« Nous sommes prêts, a déclaré Xavier Dupont. Le pont fermera en mai. »",
        [
            ("D", "Nous sommes prêts", 2, 19, "a déclaré", "Xavier Dupont", None),
            ("D", "Le pont fermera en mai.", 46, 69, "a déclaré", "Xavier Dupont", None),
        ],
        language="fr",
    ),
    Case(
        "« Nous sommes prêts, a-t-elle ajouté. Le pont fermera en mai. »",
        [
            ("D", "Nous sommes prêts", 2, 19, "a-t-elle ajouté", "elle", None),
            ("D", "Le pont fermera en mai.", 38, 61, "a-t-elle ajouté", "elle", None),
        ],
        language="fr",
    ),
    Case(
        "« Le pont ouvrira en mai », a déclaré à France Inter la ministre Anne Roche.",
        [("D", "Le pont ouvrira en mai", 2, 24, "a déclaré", "Anne Roche", None)],
        language="fr",
    ),
    Case(
        "«El puente abrirá en mayo», dijeron Ana Ruiz y Pedro Gil.",
        [("D", "El puente abrirá en mayo", 1, 25, "dijeron", "Ana Ruiz y Pedro Gil", None)],
        language="es",
    ),
    Case(
        "«El puente abrirá en mayo», dijeron Ana Ruiz y su marido, Pedro.",
        [("D", "El puente abrirá en mayo", 1, 25, "dijeron", "Ana Ruiz y Pedro", None)],
        language="es",
    ),
    Case(
        "«El puente abrirá en mayo», aseguró a Efe la portavoz Ana Ruiz.",
        [("D", "El puente abrirá en mayo", 1, 25, "aseguró", "Ana Ruiz", None)],
        language="es",
    ),
    Case(
        "« Le pont ouvrira en mai », estime pour sa part Jean Dupont.",
        [("D", "Le pont ouvrira en mai", 2, 24, "estime", "Jean Dupont", None)],
        language="fr",
    ),
    Case(
        "« Le pont ouvrira en mai », a déclaré mardi soir la ministre Anne Roche.",
        [("D", "Le pont ouvrira en mai", 2, 24, "a déclaré", "Anne Roche", None)],
        language="fr",
    ),
    Case(
        "„Die Brücke wird im Mai eröffnet“, so Miersch.",
        [("D", "Die Brücke wird im Mai eröffnet", 1, 32, "so", "Miersch", None)],
        language="de",
    ),
]


@pytest.mark.parametrize("case", DIRECT_SETUP)
def test_the_direct_quote_constructors_patterns(case: Case) -> None:
    assert quotes_of(case) == case.expected


# a role between an opening phrase's comma and a name: the capitalised words before it name a place, a
# team or a company, not the sentence's subject, and the pronoun after it is the named person's
NEXT_NAME_DESCRIBED = [
    Case(
        'On the topic, Harbour Town club president Ana Ruiz said the plan was good. "We will build it," she said.',
        [
            ("R", "the plan was good", 56, 73, "said", "Ana Ruiz", None),
            ("D", "We will build it,", 76, 93, "said", "Ana Ruiz", None),
        ],
    ),
    Case(
        'After the vote, Dover Rovers coach Tom Reed was blunt. "We lost," he said.',
        [("D", "We lost,", 56, 64, "said", "Tom Reed", None)],
    ),
]


@pytest.mark.parametrize("case", NEXT_NAME_DESCRIBED)
def test_a_role_after_an_opening_phrase_describes_the_next_name(case: Case) -> None:
    assert quotes_of(case) == case.expected


# a surname that is also an organisation word ("Park") said alone: the full name written before it where
# that name stands as a person does (a cue after it, maybe after an age; a cue before it, no verb after
# it), else the surname as written (a cue before it and a verb after: a reported clause's subject; no cue)
ORG_WORD_SURNAMES = [
    Case(
        'Helen Park said the plan was good. "We will build it," Park said.',
        [
            ("R", "the plan was good", 16, 33, "said", "Helen Park", None),
            ("D", "We will build it,", 36, 53, "said", "Helen Park", None),
        ],
    ),
    Case(
        'Helen Park, 42, said the plan was good. "We will build it," Park said.',
        [
            ("R", "the plan was good", 21, 38, "said", "Helen Park", None),
            ("D", "We will build it,", 41, 58, "said", "Helen Park", None),
        ],
    ),
    Case(
        '"We will build it," said Helen Park. "It will be big," Park said.',
        [
            ("D", "We will build it,", 1, 18, "said", "Helen Park", None),
            ("D", "It will be big,", 38, 53, "said", "Helen Park", None),
        ],
    ),
    Case(
        'Officials said Robin Park would close in May. "We will build it," Park said.',
        [
            ("R", "Robin Park would close in May", 15, 44, "said", "Officials", None),
            ("D", "We will build it,", 47, 64, "said", "Park", None),
        ],
    ),
    Case(
        'Robin Park then left the room. "We will build it," Park said.',
        [("D", "We will build it,", 32, 49, "said", "Park", None)],
    ),
]


@pytest.mark.parametrize("case", ORG_WORD_SURNAMES)
def test_a_surname_that_is_an_organisation_word(case: Case) -> None:
    assert quotes_of(case) == case.expected


# a speaker on the line after a lone quotation, after a dash (a full name, or a surname the article
# named in full); a modal before the cue before a quotation (a verb of the sentence, no attribution); a
# verb after a quotation that reads as a title keeps it someone's words (English and German)
LINES_AND_VERBS = [
    Case(
        ['"The bridge will open in May."', "—Ana Ortiz, Dover."],
        [("D", "The bridge will open in May.", 1, 29, "—", "Ana Ortiz", None)],
        joiner="\n",
    ),
    Case(
        ["Ana Ortiz is the mayor.", '"The bridge will open in May."', "-Ortiz, in May."],
        [("D", "The bridge will open in May.", 25, 53, "-", "Ana Ortiz", None)],
        joiner="\n",
    ),
    Case(
        'The union said the strike would continue "as long as it takes."',
        [("M", 'the strike would continue "as long as it takes."', 15, 63, "said", "The union", None)],
    ),
    Case(
        '"Make America Great Again," roared the crowd.',
        [("D", "Make America Great Again,", 1, 26, None, None, None)],
    ),
    Case(
        "„Alles Gute Zum Geburtstag“, polterte Klaus Weber.",
        [("D", "Alles Gute Zum Geburtstag", 1, 26, None, None, None)],
        language="de",
    ),
]


@pytest.mark.parametrize("case", LINES_AND_VERBS)
def test_a_line_after_a_quotation_and_a_verb_around_it(case: Case) -> None:
    assert quotes_of(case) == case.expected


# a given name alone before a coordinator and a full name shares the surname ("Paul and Nina Marsh": a
# couple, so "Mr. Marsh" is left as written), also after a sentence's end; not after a name's last word,
# a title's given name or a surname with a title ("Tom Berg and", "Dr. Paul and", "Mr. Berg and")
COUPLES = [
    Case(
        'Paul and Nina Marsh built the house. "We love it," Mr. Marsh said.',
        [("D", "We love it,", 38, 49, "said", "Mr. Marsh", None)],
    ),
    Case(
        'It was hard. Paul and Nina Marsh built the house anyway. "We love it," Mr. Marsh said.',
        [("D", "We love it,", 58, 69, "said", "Mr. Marsh", None)],
    ),
    Case(
        'Tom Berg and Nina Marsh built the house. "We love it," Mrs. Marsh said.',
        [("D", "We love it,", 42, 53, "said", "Nina Marsh", None)],
    ),
    Case(
        'Dr. Paul and Nina Marsh built the house. "We love it," Mrs. Marsh said.',
        [("D", "We love it,", 42, 53, "said", "Nina Marsh", None)],
    ),
    Case(
        'Mr. Berg and Nina Marsh built the house. "We love it," Mrs. Marsh said.',
        [("D", "We love it,", 42, 53, "said", "Nina Marsh", None)],
    ),
]


@pytest.mark.parametrize("case", COUPLES)
def test_a_given_name_coordinated_before_a_full_name(case: Case) -> None:
    assert quotes_of(case) == case.expected


# a nationality adjective alone or before one lower-case noun that is no role noun: the country and the
# noun (a possessive or a closing period taken off); no country's own name, nor one in capitals or with
# periods, nor a collective demonym alone, nor a role noun, a capitalised noun or three words
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Argentine"], ("argentina", None)),
        (["Argentine's"], ("argentina", None)),
        (["Argentine."], ("argentina", None)),
        (["Portuguese", "forward"], ("portugal", "forward")),
        (["Portuguese", "forward's"], ("portugal", "forward")),
        (["Portuguese", "forward,"], ("portugal", "forward")),
        (["Portuguese", "coach"], None),
        (["Portuguese", "Forward"], None),
        (["Portuguese", "left-back"], None),
        (["Portuguese,", "forward"], None),
        (["Netherlands"], None),
        (["U.S."], None),
        (["ARGENTINE"], None),
        (["French"], None),
        (["Chinese"], None),
        ([], None),
        (["the", "Portuguese", "forward"], None),
        (["Portuguese", "forward", "Ronaldo"], None),
    ],
)
def test_nationality_words(words: list[str], expected: tuple[str, str | None] | None) -> None:
    assert QuoteParser().nationality_words(words) == expected


# where a name ending in an organisation word stands as a person's: a cue word before it and no verb
# after it, an honorific before it, or a cue word right after it
@pytest.mark.parametrize(
    ("text", "preceding", "speaks"),
    [
        ("said Helen Park.", "said", True),
        ("said Helen Park, who left.", "said", True),
        ("said Helen Park would close.", "said", False),
        ("Ms. Helen Park arrived.", "Ms.", True),
        ("Helen Park said the plan was good.", None, True),
        ("Helen Park, the mayor, said the plan was good.", None, False),
        ("Helen Park then said the plan was good.", None, False),
        ("Helen Park," + " " * 40 + "said the plan was good.", None, False),
        ("Hence Helen Park", None, False),
    ],
)
def test_speaks_there(text: str, preceding: str | None, speaks: bool) -> None:
    assert QuoteParser().speaks_there(text, text.rfind(" Park"), "Park", preceding) is speaks


# a weekday (after its preposition or article) between an inverted cue and its subject
DAY_BEFORE_SUBJECT = [
    Case(
        "«El puente abrirá en mayo», dijo el lunes Ana Ruiz.",
        [("D", "El puente abrirá en mayo", 1, 25, "dijo", "Ana Ruiz", None)],
        language="es",
    ),
    Case(
        "„Die Brücke wird im Mai eröffnet“, sagte am Montag Klaus Weber.",
        [("D", "Die Brücke wird im Mai eröffnet", 1, 32, "sagte", "Klaus Weber", None)],
        language="de",
    ),
    Case(
        '"The bridge will open in May," said on Monday Ana Ortiz.',
        [("D", "The bridge will open in May,", 1, 29, "said", "Ana Ortiz", None)],
    ),
]


@pytest.mark.parametrize("case", DAY_BEFORE_SUBJECT)
def test_a_day_between_the_cue_and_its_subject(case: Case) -> None:
    assert quotes_of(case) == case.expected
