"""Stop 33's speaker leftovers (issue 5): a surname two relatives share when another of them
spoke or was named last, a capitalised job word before a given name the list lacks, ``the
company`` after a firm named by a trade word, a month's name after a kin word that closes the
attribution, a possessive kin word after the relative was named, and two joined speakers
after an inverted cue before a closing day; a quoted word after a verb of judgement in the
present (``regrettent un calendrier « intenable »``).  Each table
holds sentences that failed before and near controls that kept working; each row says every
quote's text, speaker's name and mention."""

from __future__ import annotations

import pytest

from quote_cases import speaker_rows

# (paragraphs, language, [(quote text, speaker's name, mention)])
Row = tuple[str, "str | None", list[tuple[str, "str | None", "str | None"]]]

SHARED_SURNAME: list[Row] = [
    # a relative of the same surname made the subject after the last speaker: that relative
    (
        "Tom Hale has fished the bay for forty years. His son, Ben Hale, joined him on the boat last spring.\n\n"
        '"The catch is smaller every year," Tom Hale said.\n\n'
        'Ben Hale nodded. "He is right about that," Hale said.',
        None,
        [
            ("The catch is smaller every year,", "Tom Hale", "Tom Hale"),
            ("He is right about that,", "Ben Hale", "Hale"),
        ],
    ),
    (
        "Anna Brandt and her husband, Felix Brandt, run a small hotel.\n\n"
        '"Bookings fell by half," Anna Brandt said.\n\n'
        'Felix Brandt disagreed. "It was never that bad," Brandt said.',
        None,
        [("Bookings fell by half,", "Anna Brandt", "Anna Brandt"), ("It was never that bad,", "Felix Brandt", "Brandt")],
    ),
    # one spoke before the relative was named, the relative is a subject since: either, as written
    (
        'Maria Costa, 62, said the flood took everything. "We lost the house," Maria Costa said.\n\n'
        "Her daughter, Lucia Costa, lives nearby and has offered a room.\n\n"
        '"I do not want to be a burden," Costa said.',
        None,
        [
            ("the flood took everything", "Maria Costa", "Maria Costa"),
            ("We lost the house,", "Maria Costa", "Maria Costa"),
            ("I do not want to be a burden,", "Costa", "Costa"),
        ],
    ),
    (
        '"We had nothing when we started," said Greta Lind, who founded the farm in 1990.\n\n'
        "Her sister, Ingrid Lind, moved in last year.\n\n"
        '"The work never stops," Lind said.',
        None,
        [("We had nothing when we started,", "Greta Lind", "Greta Lind"), ("The work never stops,", "Lind", "Lind")],
    ),
    # controls: the relative who spoke last goes on; the one who spoke and is called by the
    # surname alone; a relative only named, no speaker before
    (
        "Ruth Fraser has farmed the valley for 30 years.\n\nHer husband, Alan Fraser, runs the dairy.\n\n"
        '"The milk price is a scandal," Alan Fraser said. "We cannot go on," Fraser added.',
        None,
        [("The milk price is a scandal,", "Alan Fraser", "Alan Fraser"), ("We cannot go on,", "Alan Fraser", "Fraser")],
    ),
    (
        'David Moll said the council had ignored the petition. "We collected 3,000 signatures," Moll said.\n\n'
        "His wife, Sara Moll, signed it too.\n\n"
        '"We will try again next year," Moll said.',
        None,
        [
            ("the council had ignored the petition", "David Moll", "David Moll"),
            ("We collected 3,000 signatures,", "David Moll", "Moll"),
            ("We will try again next year,", "David Moll", "Moll"),
        ],
    ),
    (
        "Tom Hale opened the shop in 1990.\n\nHis son, Ben Hale, joined him in 2015.\n\n"
        '"Sales have fallen by a third," Hale said.',
        None,
        [("Sales have fallen by a third,", "Ben Hale", "Hale")],
    ),
    (
        "Paul Marsh and his wife, Nina Marsh, have lived on the street since 1985.\n\n"
        '"Nobody asked us about the road," Marsh said.',
        None,
        [("Nobody asked us about the road,", "Marsh", "Marsh")],
    ),
]

JOB_WORD_BEFORE_NAME: list[Row] = [
    # a capitalised occupation before a given name the list lacks, or one of NAME_LIKE_WORDS: it goes
    (
        "Supervisor Dean Corliss said the road would reopen on Friday.",
        None,
        [("the road would reopen on Friday", "Dean Corliss", "Supervisor Dean Corliss")],
    ),
    (
        "Foreman Gideon Sallow said the crane had been inspected twice.",
        None,
        [("the crane had been inspected twice", "Gideon Sallow", "Foreman Gideon Sallow")],
    ),
    (
        '"Nobody swims past the flags," said Lifeguard Orla Quennell.',
        None,
        [("Nobody swims past the flags,", "Orla Quennell", "Lifeguard Orla Quennell")],
    ),
    # controls: a given name with an occupation's ending before another stays; a listed title goes
    (
        "Walter Dean Pruett said the library would stay open.",
        None,
        [("the library would stay open", "Walter Dean Pruett", "Walter Dean Pruett")],
    ),
    (
        "Inspector Marnie Kettering said the fire had started in the kitchen.",
        None,
        [("the fire had started in the kitchen", "Marnie Kettering", "Inspector Marnie Kettering")],
    ),
]

ONE_FIRM: list[Row] = [
    # a firm named by a trade word, then "the company" / "the firm": that firm
    (
        "Harlow Foods cut 200 jobs at its plant in Leeds on Tuesday.\n\n"
        "The company said demand for frozen meals had fallen sharply.",
        None,
        [("demand for frozen meals had fallen sharply", "Harlow Foods", "The company")],
    ),
    (
        "Vantor Motors cut 200 jobs at its plant in Leeds on Tuesday.\n\n"
        '"Demand has fallen sharply," the firm said in a statement.',
        None,
        [("Demand has fallen sharply,", "Vantor Motors", "the firm")],
    ),
    # a firm with a company's ending, then one by a trade word (a body may end so too): either, as written
    (
        "Bellmere Cosmetics Inc signed a licensing deal with Vantor Motors on Tuesday.\n\n"
        "The company said the products would reach shops in April.",
        None,
        [("the products would reach shops in April", "The company", "The company")],
    ),
    # control: one firm named twice, with its ending and without
    (
        "Harlow Group cut 200 jobs at its plant in Leeds on Tuesday.\n\n"
        "The company said demand for frozen meals had fallen sharply.",
        None,
        [("demand for frozen meals had fallen sharply", "Harlow Group", "The company")],
    ),
]

NAMED_RELATIVE: list[Row] = [
    # a possessive and a kin word after the article named that relative: the one named
    (
        "Mark Asante and his wife, Linda, have run the corner shop since 1998.\n\n"
        '"We have never had a year like this," his wife said.',
        None,
        [("We have never had a year like this,", "Linda", "his wife")],
    ),
    (
        "The minister, Anna Roth, arrived with her husband, Peter Roth.\n\nHer husband said the visit was private.",
        None,
        [("the visit was private", "Peter Roth", "Her husband")],
    ),
    (
        'Mark Asante has run the shop since 1998 with his wife, Linda. "It is hard," Mark Asante said. '
        "His wife said the rent had doubled.",
        None,
        [("It is hard,", "Mark Asante", "Mark Asante"), ("the rent had doubled", "Linda", "His wife")],
    ),
    (
        "Mark and Linda Asante have run the corner shop since 1998.\n\nHis wife said the rent had doubled.",
        None,
        [("the rent had doubled", "Linda Asante", "His wife")],
    ),
    (
        "Mark and Linda Asante have run the corner shop since 1998.\n\nHer husband said the rent had doubled.",
        None,
        [("the rent had doubled", "Mark Asante", "Her husband")],
    ),
    (
        "Among the dancers were Victor and Helen Amsel, married 50 years. Victor, 80, had never danced before. "
        "His wife said she had asked him to learn for years.",
        None,
        [("she had asked him to learn for years", "Helen Amsel", "His wife")],
    ),
    # controls: someone else named since ("his" may be his), two wives named, no wife named,
    # another possessive
    (
        "Mark Asante came to the meeting with his wife, Linda. Paul Hale, the landlord, spoke first.\n\n"
        "His wife said the rent had doubled.",
        None,
        [("the rent had doubled", "His wife", "His wife")],
    ),
    (
        "Mark Asante came with his wife, Linda. Peter Roth came with his wife, Anna.\n\nHis wife said the rent had doubled.",
        None,
        [("the rent had doubled", "His wife", "His wife")],
    ),
    (
        "Mark Asante has run the corner shop since 1998.\n\nHis wife said the rent had doubled.",
        None,
        [("the rent had doubled", "His wife", "His wife")],
    ),
    (
        "Mark and Linda Asante have run the corner shop since 1998. Tom Berg owns the building.\n\n"
        "His wife said the rent had doubled.",
        None,
        [("the rent had doubled", "His wife", "His wife")],
    ),
]

KIN_THEN_MONTH_NAME: list[Row] = [
    # a kin word, then a given name that is a month's, closing the attribution: that person
    (
        'Mark Asante has run the corner shop since 1998.\n\n"We have never had a year like this," said his wife, June.',
        None,
        [("We have never had a year like this,", "June", "June")],
    ),
    (
        'Ruth Hale missed the vote. "She is abroad," said her husband, August.',
        None,
        [("She is abroad,", "August", "August")],
    ),
    # controls: a given name that is no month, and a month after a role that is no kin word
    (
        'Mark Asante has run the corner shop since 1998.\n\n"We have never had a year like this," said his wife, Linda.',
        None,
        [("We have never had a year like this,", "Linda", "Linda")],
    ),
]

JOINED_BEFORE_TIME: list[Row] = [
    # two speakers joined after an inverted cue, then a day or a time that closes the sentence
    (
        "„Wir haben keine Wahl“, sagten Anna Weber und Markus Roth am Montag.",
        "de",
        [("Wir haben keine Wahl", "Anna Weber und Markus Roth", "Anna Weber und Markus Roth")],
    ),
    (
        '"No tenemos otra opción", dijeron Ana Ruiz y Pedro Gómez el lunes.',
        "es",
        [("No tenemos otra opción", "Ana Ruiz y Pedro Gómez", "Ana Ruiz y Pedro Gómez")],
    ),
    (
        "« Nous n'avons pas le choix », ont déclaré Anne Morel et Paul Girard lundi.",
        "fr",
        [("Nous n'avons pas le choix", "Anne Morel et Paul Girard", "Anne Morel et Paul Girard")],
    ),
    (
        '"We have no choice," said Anna Weber and Mark Roth on Monday.',
        None,
        [("We have no choice,", "Anna Weber and Mark Roth", "Anna Weber and Mark Roth")],
    ),
    # controls: no time after the names, and a clause of its own after the join
    (
        "„Wir haben keine Wahl“, sagten Anna Weber und Markus Roth.",
        "de",
        [("Wir haben keine Wahl", "Anna Weber und Markus Roth", "Anna Weber und Markus Roth")],
    ),
    (
        '"We have no choice," said Anna Weber and left on Monday.',
        None,
        [("We have no choice,", "Anna Weber", "Anna Weber")],
    ),
]


SCARE_WORD: list[Row] = [
    # one quoted word in the object of a verb of judgement, in the present too: the subject's
    # judgement, as "called ... "brutal"" is (French, German, Spanish present; English "decried")
    (
        "Les syndicats regrettent un calendrier « intenable » fixé sans concertation.",
        "fr",
        [("intenable", "Les syndicats", "Les syndicats")],
    ),
    (
        "Die Gewerkschaften beklagen einen „unhaltbaren“ Zeitplan.",
        "de",
        [("unhaltbaren", "Die Gewerkschaften", "Die Gewerkschaften")],
    ),
    (
        "Los sindicatos lamentan un calendario «insostenible».",
        "es",
        [("insostenible", "Los sindicatos", "Los sindicatos")],
    ),
    (
        'The unions decried an "unworkable" timetable set without consultation.',
        None,
        [("unworkable", "The unions", "The unions")],
    ),
    # controls: quoted words of their own after a listed form, a naming verb, a verb of no
    # judgement (a scare quote, no one's words), the noun that is spelled as a verb
    (
        "Les agriculteurs dénoncent une réforme « injuste et précipitée ».",
        "fr",
        [("injuste et précipitée", "Les agriculteurs", "Les agriculteurs")],
    ),
    ('The unions called the decision "brutal".', None, [("brutal", "The unions", "The unions")]),
    ("Les syndicats attendent une décision « rapide » du gouvernement.", "fr", []),
    ('The unions expect a "quick" decision from the government.', None, []),
    ("Le critique a dénoncé un film « raté ».", "fr", [("raté", "Le critique", "Le critique")]),
]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        *SHARED_SURNAME,
        *JOB_WORD_BEFORE_NAME,
        *ONE_FIRM,
        *NAMED_RELATIVE,
        *KIN_THEN_MONTH_NAME,
        *JOINED_BEFORE_TIME,
        *SCARE_WORD,
    ],
)
def test_speakers(text: str, language: str | None, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert speaker_rows(text, language) == expected
