"""Speaker resolution leftovers of issue 5 (spk52, stop 45): who is told to say something says
nothing yet, the writer's lone first person is no report, an institution's possessive before its
official, an unknown given name after a preposition, the agency told in the language packs, and the
vocabulary's one definition of each name list.  Each row is one paragraph under a plain headline
and the exact ``(text, kind, speaker name, speaker mention)`` tuples that must come out."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind, Vocabulary
from newsparse.byline import BylineParser
from newsparse.dateline import DatelineParser
from newsparse.names import NameModel
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]

quotes_of = partial(mention_rows, headline="Harbour notebook")


TOLD_TO_SAY = [
    # an object told, urged or asked to say something, then a that-clause: the clause is the
    # infinitive's, what the one told is to concede, never the speaker's own words (was: "the
    # budget was too small" reported as the board's)
    ("The board urged Tom Hale to concede that the budget was too small.",
     [("Tom Hale to concede that the budget was too small", R, "The board", "The board")]),
    ("The union told the French foreign minister to admit that the talks had stalled.",
     [("the French foreign minister to admit that the talks had stalled", R, "The union", "The union")]),
    ("Critics asked Tom Hale to confirm that the plan had failed.",
     [("Tom Hale to confirm that the plan had failed", R, "Critics", "Critics")]),
    # pushed and pressed report no words: nobody speaks, Tom Hale least of all
    ("Critics pushed Tom Hale to admit that the plan had failed.", []),
    ("Critics pressed Tom Hale to say whether the plan had failed.", []),
    # controls: the critics report his admission; the one told, then the clause; a preposition's
    # "to" and a relative clause's infinitive inside the object
    ("Critics said Tom Hale admitted that the plan had failed.",
     [("Tom Hale admitted that the plan had failed", R, "Critics", "Critics")]),
    ("The board told Tom Hale that the budget was too small.",
     [("the budget was too small", R, "The board", "The board")]),
    ("Ortiz told the crowd next to the stage that the budget was too small.",
     [("the budget was too small", R, "Ortiz", "Ortiz")]),
    ("Ortiz told reporters who came to watch that the budget was too small.",
     [("the budget was too small", R, "Ortiz", "Ortiz")]),
    ("Critics urged Tom Hale to resign.", [("Tom Hale to resign", R, "Critics", "Critics")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), TOLD_TO_SAY)
def test_told_to_say(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


ASKED_TO_EXPLAIN = [
    # the quoted words in a request are the asker's question, never the one asked's answer
    ('Anna Berg chairs the panel and Tom Hale runs the depot. Berg asked Hale to explain why "the plan failed."',
     [('Hale to explain why "the plan failed."', M, "Anna Berg", "Berg")]),
    ("Anna Berg chairs the panel and Tom Hale runs the depot. Berg asked Hale why the plan failed.",
     [("why the plan failed", R, "Anna Berg", "Berg")]),
    # control: Hale explains in his own words
    ('Anna Berg chairs the panel and Tom Hale runs the depot. Hale explained why "the plan failed."',
     [('why "the plan failed."', M, "Tom Hale", "Hale")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ASKED_TO_EXPLAIN)
def test_asked_to_explain(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


WRITER_VOICE = [
    # a lone appeal in the first person plural, in a story no one tells in the first person: no
    # one's report (was: "the council to think again" as "We"'s)
    ("We urge the council to think again.", []),
    ("Residents left early. We urge the council to think again.", []),
    # quoted, the words are the quoted speaker's, once, with no report inside
    ('"We urge the council to think again," said Anna Berg, a local resident.',
     [("We urge the council to think again,", D, "Anna Berg", "Anna Berg")]),
    ('Anna Berg, a local resident, said: "We urge the council to think again."',
     [("We urge the council to think again.", D, "Anna Berg", "Anna Berg")]),
    # controls: a story told in the first person sets its writer up; a subject in the third person
    ("We urge the council to think again. We believe the plan will fail.",
     [("the council to think again", R, "We", "We"), ("the plan will fail", R, "We", "We")]),
    ("I moved to the town in May. I told the mayor that the plan would fail.",
     [("the plan would fail", R, "I", "I")]),
    # a writer's "I" states their own view (WRITER_SUBJECTS: "we" only); the writer's view or
    # question, no appeal, stays theirs
    ("I urge the council to think again.", [("the council to think again", R, "I", "I")]),
    ("Ana Ruiz said the plan would fail. We think she is wrong.",
     [("the plan would fail", R, "Ana Ruiz", "Ana Ruiz"), ("she is wrong", R, "We", "We")]),
    ("Residents urge the council to think again.",
     [("the council to think again", R, "Residents", "Residents")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), WRITER_VOICE)
def test_writer_voice(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


def test_writer_voice_rule_is_a_list() -> None:
    quiet = type("Quotes", (newsparse.QuoteParser,), {"WRITER_SUBJECTS": ()})
    text = "Harbour notebook\n\nWe urge the council to think again.\n"
    parser = newsparse.ArticleParser(quotes=quiet())
    assert [(q.text, q.speaker and q.speaker.name) for q in parser.parse(text).quotes] == [
        ("the council to think again", "We")
    ]


OWNER_BEFORE_OFFICIAL = [
    # an institution's name in the possessive, a group noun or a body's word last, owns the
    # official named after it (was: "the Children's Anna Kelly")
    ("Save the Children's Anna Kelly said the camps were full.",
     [("the camps were full", R, "Anna Kelly", "the Children's Anna Kelly")]),
    ("The Red Cross's Ana Ruiz said the clinic had closed.",
     [("the clinic had closed", R, "Ana Ruiz", "The Red Cross's Ana Ruiz")]),
    ("Doctors Without Borders' Ana Ruiz said the clinic had closed.",
     [("the clinic had closed", R, "Ana Ruiz", "Borders' Ana Ruiz")]),
    # controls: a plain owner; an institution's own name in the possessive, no person after it
    ("Oxfam's Anna Kelly said the camps were full.",
     [("the camps were full", R, "Anna Kelly", "Oxfam's Anna Kelly")]),
    ("The Children's Society said the camps were full.",
     [("the camps were full", R, "Children's Society", "The Children's Society")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), OWNER_BEFORE_OFFICIAL)
def test_owner_before_official(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


CREDITED = [
    # an institution's official named after its possessive is the subject a pronoun goes back to
    # (was: the names before, when the owner's word made the whole mention a body's)
    ("Tom Berg, chairman of the Harbour Board, said the port was safe.\n\n"
     "However, the Harbour Authority's Sam Ruiz argued that the port was not safe.\n\n"
     "\u201cThe cranes are old and the quay is cracked,\u201d he said.",
     [("the port was safe", R, "Tom Berg", "Tom Berg"),
      ("the port was not safe", R, "Sam Ruiz", "the Harbour Authority's Sam Ruiz"),
      ("The cranes are old and the quay is cracked,", D, "Sam Ruiz", "he")]),
    # control: a publication's writer (MASTHEAD_WORDS) asks; the pronoun is the one asked
    ("Tom Ortiz is running for mayor again this year.\n\n"
     "Last month, the Harbour Post's Sam Berg asked Ortiz whether the port was safe.\n\n"
     "\u201cSure it is, and I am proud of it,\u201d he said.",
     [("whether the port was safe", R, "Sam Berg", "the Harbour Post's Sam Berg"),
      ("Sure it is, and I am proud of it,", D, "Tom Ortiz", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), CREDITED)
def test_official_or_credited_writer(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


GIVEN_NAME_AFTER_PREPOSITION = [
    # a preposition whose object is a person as often (Vocabulary.PERSON_PREPOSITIONS) keeps an
    # unknown given name before a known one in the name (was: "Ana Castro")
    ("The camps are full, according to Xiomara Ana Castro, a local aid worker.",
     [("The camps are full", R, "Xiomara Ana Castro", "Xiomara Ana Castro")]),
    # controls: the name alone; the name as a subject; a description before a known given name
    ("The camps are full, according to Anna Castro.", [("The camps are full", R, "Anna Castro", "Anna Castro")]),
    ("The camps are full, Xiomara Ana Castro said.",
     [("The camps are full", R, "Xiomara Ana Castro", "Xiomara Ana Castro")]),
    ("The camps are full, according to Dock Master Robert Lane.",
     [("The camps are full", R, "Robert Lane", "Dock Master Robert Lane")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), GIVEN_NAME_AFTER_PREPOSITION)
def test_given_name_after_preposition(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


def test_person_prepositions_leave_place_prepositions_alone() -> None:
    english = NameModel(Vocabulary())
    assert english.descriptor_lead(["Xiomara", "Ana", "Castro"], ["according", "to"]) == 0
    assert english.descriptor_lead(["Xiomara", "Ana", "Castro"], ["interview", "with"]) == 0
    assert english.descriptor_lead(["Leeds", "Ana", "Castro"], ["spoke", "from"]) == 1
    spanish = newsparse.ArticleParser(language="es").quotes.names
    assert spanish.descriptor_lead(["Albacete", "Marta", "Gil"], ["declar\u00f3", "desde"]) == 1
    assert spanish.descriptor_lead(["Xiomara", "Marta", "Gil"], ["habl\u00f3", "con"]) == 0


AGENCY_TOLD = [
    # Spanish: the agency told before a body, no name opening with a particle (was: "Efe la Guardia Civil")
    ("es", "El incendio est\u00e1 controlado, asegur\u00f3 a Efe la Guardia Civil.",
     [("El incendio est\u00e1 controlado", R, "Guardia Civil", "la Guardia Civil")]),
    # Spanish: the agency told, then the person's name closing reported words (was: no quote)
    ("es", "La ley no pasar\u00e1, dijo a Efe Luis Vega.", [("La ley no pasar\u00e1", R, "Luis Vega", "Luis Vega")]),
    ("es", "La ley no pasar\u00e1, dijo a Efe el portavoz del partido, Luis Vega.",
     [("La ley no pasar\u00e1", R, "Luis Vega", "Luis Vega")]),
    # German: the agency after a dative determiner, in lower case, no part of the mention (was: "der dpa Jonas Vogt")
    ("de", "Der Plan ist gescheitert, sagte der dpa Jonas Vogt.",
     [("Der Plan ist gescheitert", R, "Jonas Vogt", "Jonas Vogt")]),
    ("de", "\u201eDer Plan ist gescheitert\u201c, sagte der dpa Jonas Vogt.",
     [("Der Plan ist gescheitert", D, "Jonas Vogt", "Jonas Vogt")]),
    ("de", "Der Plan ist gescheitert, sagte Jonas Vogt der Deutschen Presse-Agentur.",
     [("Der Plan ist gescheitert", R, "Jonas Vogt", "Jonas Vogt")]),
    # French: the agency told after an elided article or by name, in reported speech (was: no quote)
    ("fr", "Le plan a \u00e9chou\u00e9, a d\u00e9clar\u00e9 \u00e0 l'AFP Marie Dupont.",
     [("Le plan a \u00e9chou\u00e9", R, "Marie Dupont", "Marie Dupont")]),
    ("fr", "Le plan a \u00e9chou\u00e9, a d\u00e9clar\u00e9 \u00e0 Reuters Marie Dupont.",
     [("Le plan a \u00e9chou\u00e9", R, "Marie Dupont", "Marie Dupont")]),
    ("fr", "\u00ab Le plan a \u00e9chou\u00e9 \u00bb, a d\u00e9clar\u00e9 \u00e0 l'AFP Marie Dupont.",
     [("Le plan a \u00e9chou\u00e9", D, "Marie Dupont", "Marie Dupont")]),
    # controls: a body with its article and no agency; a name with particles; the subject with its
    # role and determiner; the one told before a role
    ("es", "El incendio est\u00e1 controlado, asegur\u00f3 la Guardia Civil.",
     [("El incendio est\u00e1 controlado", R, "Guardia Civil", "la Guardia Civil")]),
    ("es", "El incendio est\u00e1 controlado, asegur\u00f3 Luis de la Fuente.",
     [("El incendio est\u00e1 controlado", R, "Luis de la Fuente", "Luis de la Fuente")]),
    ("de", "Der Plan ist gescheitert, sagte die Ministerin Anna Vogt.",
     [("Der Plan ist gescheitert", R, "Anna Vogt", "die Ministerin Anna Vogt")]),
    ("fr", "Le plan a \u00e9chou\u00e9, a d\u00e9clar\u00e9 \u00e0 l'AFP la ministre Marie Dupont.",
     [("Le plan a \u00e9chou\u00e9", R, "Marie Dupont", "la ministre Marie Dupont")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), AGENCY_TOLD)
def test_agency_told(language: str, paragraph: str, expected: list[Row]) -> None:
    assert mention_rows(paragraph, language, headline="Harbour notebook") == expected


# -- the vocabulary's one definition of each name list ------------------------------------------

GIVEN_NAMES = [
    # (word, a given name of either sex, of one sex only)
    ("Jane", True, True),
    ("JANE", True, True),
    ("Robin", True, False),  # (given to both sexes)
    ("Jordan", True, False),  # (a country too: the dateline reads one sex only)
    ("Nicola", True, False),  # (the byline's old list, merged)
    ("Hong", False, False),
    ("", False, False),
]


@pytest.mark.parametrize(("word", "either", "one"), GIVEN_NAMES)
def test_one_given_name_check(word: str, either: bool, one: bool) -> None:
    vocabulary = Vocabulary()
    assert vocabulary.is_given_name(word) is either
    assert vocabulary.is_given_name(word, either_sex=False) is one
    assert BylineParser(vocabulary=vocabulary).is_given_name(word) is either
    assert DatelineParser(vocabulary=vocabulary).is_given_name(word) is one
    assert newsparse.QuoteParser(vocabulary=vocabulary).known_given_name(word) is either


def test_a_vocabulary_s_given_names_reach_every_parser() -> None:
    names = type("Names", (Vocabulary,), {"BOTH_SEXES_GIVEN_NAMES": ("zorvath",), "GIVEN_NAMES": frozenset({"quillon"})})()
    assert BylineParser(vocabulary=names).is_given_name("Zorvath")
    assert DatelineParser(vocabulary=names).is_given_name("QUILLON")
    assert not DatelineParser(vocabulary=names).is_given_name("ZORVATH")
    assert newsparse.QuoteParser(vocabulary=names).known_given_name("Zorvath")
    assert not BylineParser().is_given_name("Zorvath")


def test_each_list_defined_once() -> None:
    assert not hasattr(NameModel, "QUOTING_PARTICIPLES")
    assert "PLACE_SURNAMES" not in vars(newsparse.QuoteParser) and not any(
        "PLACE_SURNAMES" in vars(cls) for cls in newsparse.QuoteParser.__mro__
    )
    assert not any("BOTH_SEXES_GIVEN_NAMES" in vars(cls) for cls in (*newsparse.QuoteParser.__mro__, BylineParser))
    assert Vocabulary.CITING_PARTICIPLES == ("quoting", "citing", "paraphrasing")


def test_citing_participles_come_from_the_vocabulary() -> None:
    plain = NameModel(Vocabulary())
    assert plain.is_quoting_participle("Quoting")
    quiet = NameModel(type("Quiet", (Vocabulary,), {"CITING_PARTICIPLES": ()})())
    assert not quiet.is_quoting_participle("Quoting")


def test_place_surnames_come_from_the_vocabulary() -> None:
    text = "Harbour notebook\n\n\u201cThe queue went round the block,\u201d Lisa Park, a volunteer said.\n"
    plain = newsparse.ArticleParser().parse(text).quotes
    assert [q.speaker and q.speaker.name for q in plain] == ["Lisa Park"]
    bare = type("Bare", (Vocabulary,), {"PLACE_SURNAMES": ()})()
    other = newsparse.ArticleParser(vocabulary=bare).parse(text).quotes
    assert [q.speaker and q.speaker.name for q in other] != ["Lisa Park"]
