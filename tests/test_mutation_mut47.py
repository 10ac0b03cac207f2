"""Mutation pass mut47 (issue 8): the survivors mut46 left and the next of mut45's mutants not run,
made again on main ``609f6c37``.  Each table pins down a rule whose mutants no test noticed: a
predicate read on words written for it, or a text and what must come out of it (see
docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import functools

import pytest

import newsparse
from newsparse import ArticleParser, ParseState
from newsparse.boilerplate import BoilerplateParser
from newsparse.lines import split_lines
from newsparse.people import Person, PersonIndex
from newsparse.quotes.parser import QuoteParser
from newsparse.spans import QuoteKind
from newsparse.vocabulary import Vocabulary
from quote_cases import article_speakers, kind_rows, parser_for, speaker_rows


@functools.cache
def parser(language: str | None = None) -> QuoteParser:
    """One parser (of *language*'s pack if given) for the predicate tables (parsers are stateless)."""
    return parser_for(language)


# BoilerplateParser.LINE_KEYS: a comment form's heading or prompt is tried as a share line only
# when it holds one of the kind's keys ("reply", "feedback")
COMMENT_PROMPTS = [
    ("Leave a Reply", "share"),
    ("Cancel reply", "share"),
    ("Post a reply", "share"),
    ("Give us your feedback", "share"),
    ("Give us feedback", "share"),
    ("Reply", None),
]


@pytest.mark.parametrize(("line", "kind"), COMMENT_PROMPTS)
def test_comment_prompt_kind(line: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(line) == kind


# SpeakerResolution.opens_with_count: each pack's count leads ("environ", "unas", "bis zu") before a number
# in digits open a count of people
COUNTS = [
    ("fr", "Environ 200 habitants", True),
    ("fr", "Près de 200 habitants", True),
    ("fr", "Environ deux cents habitants", False),
    ("es", "Unas 300 vecinas", True),
    ("es", "Unos 300 vecinos", True),
    ("es", "Unas vecinas", False),
    ("de", "Bis zu 300 Menschen", True),
    ("de", "Rund 300 Menschen", True),
]


@pytest.mark.parametrize(("language", "text", "expected"), COUNTS)
def test_opens_with_count(language: str, text: str, expected: bool) -> None:
    assert parser(language).opens_with_count(text) is expected


# SpeakerResolution.recurring_time: the German pack's recurrence words in each gender; a time noun
# in the plural only by a plural ending the word has
RECURRING_TIMES = [
    ("de", ["Jedes", "Jahr,"], True),
    ("de", ["Jeden", "Morgen,"], True),
    ("de", ["Jede", "Woche,"], True),
    ("de", ["Jedes", "Mitglied,"], False),
    ("es", ["Cada", "dos", "meses,"], True),
    ("es", ["Cada", "mesa,"], False),  # (each table: "mes" and a letter that is no plural ending)
]


@pytest.mark.parametrize(("language", "lead", "expected"), RECURRING_TIMES)
def test_recurring_time(language: str, lead: list[str], expected: bool) -> None:
    assert parser(language).recurring_time(lead) is expected


# PersonIndex.abbreviated_title: a name of one word takes no abbreviated title; an abbreviation at
# the text's very start is one (no word runs into it)
ABBREVIATED_TITLES = [
    ("Speaking later, Cllr. Amadi said the ward would vote.", "Amadi", None),
    ("Speaking later, Cllr. Ruth Amadi said the ward would vote.", "Ruth Amadi", "Cllr."),
    ("Speaking later, Ruth Amadi said the ward would vote.", "Ruth Amadi", None),
    ("Cllr. Ruth Amadi backs the ward plan", "Ruth Amadi", "Cllr."),
]


@pytest.mark.parametrize(("text", "name", "expected"), ABBREVIATED_TITLES)
def test_abbreviated_title(text: str, name: str, expected: str | None) -> None:
    person = Person(name, tuple(name.split()), frozenset(), text.index(name))
    assert PersonIndex.abbreviated_title(Vocabulary(), text, person) == expected


# ArticleParser.csv_record: a row whose cell opens with a mark that closes no cell is no record
# (and the header rule claims no line for it)
def test_csv_row_with_a_stray_mark_is_no_record() -> None:
    text = 'title,author,body\n"Pier" repairs begin,Ola Berg,Work starts on the east pier today.\n'
    parser = ArticleParser()
    state = ParseState(text, split_lines(text))
    assert parser.csv_record(state, 1, 3) is None
    assert parser.header_csv_record(state, 0, True) == 0


# DatelineParser.is_plausible: a label in capitals (UPDATE) is no place, whether its month is read
# or not and whether the known agency stands before it or after (fix: the label was kept as the place
# when the month was read or the agency came after it)
DATELINE_LABELS = [
    ("(ANSA) - ROME, MARCH 3 - ", ("ROME", "ANSA", "MonthDay(month=3, day=3)")),
    ("(ANSA) - UPDATE, MARCH 3 - ", (None, "ANSA", "None")),
    ("(ANSA) - UPDATE, 18 OTT - ", (None, "ANSA", "None")),
    ("(ANSA) - ROMA, 18 OTT - ", ("ROMA", "ANSA", "MonthDay(month=10, day=18)")),  # (the wire's month read: fixL67)
    ("ROMA, 18 OTT (ANSA) - ", ("ROMA", "ANSA", "MonthDay(month=10, day=18)")),
]


@pytest.mark.parametrize(("opening", "expected"), DATELINE_LABELS)
def test_a_label_is_no_dateline_place(opening: str, expected: tuple[str | None, str | None, str]) -> None:
    story = "Buses stopped for four hours on Monday as drivers walked out."
    article = newsparse.parse_article(f"Bus strike in Rome\n\n{opening}{story}\n\nThe unions said more stoppages would follow.\n")
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency, str(dateline.date)) == expected


def test_a_label_before_an_agency_gives_no_dateline() -> None:
    text = "Bus strike in Rome\n\nUPDATE, 18 OTT (ANSA) - Buses stopped for four hours on Monday.\n"
    assert newsparse.parse_article(text).dateline is None


# SpeakerGrammar.participle_with_object: the participle needs a head noun before it (index 2 or
# more) and a word after it for its object
PARTICIPLES_WITH_OBJECT = [
    (["the", "lawyer", "representing", "him"], 2, True),
    (["the", "lawyer", "representing"], 2, False),
    (["lawyers", "representing", "him"], 1, False),
]


@pytest.mark.parametrize(("words", "index", "expected"), PARTICIPLES_WITH_OBJECT)
def test_participle_with_object(words: list[str], index: int, expected: bool) -> None:
    assert parser().participle_with_object(words, index) is expected


# SpeakerGrammar.participle_before_article: a participle in -ing of more than two letters before
# its suffix (not "bring", "king"), no gerund preposition ("including", "regarding"), right before
# the article at the phrase's start; no phrase starting at the text's end
PARTICIPLES_BEFORE_ARTICLE = [
    ("the union representing the", 10),
    ("a man singing the", 6),
    ("the crowd bring the", None),
    ("a man king the", None),
    ("witnesses including the", None),
    ("a lawyer regarding the", None),
]


@pytest.mark.parametrize(("raw", "expected"), PARTICIPLES_BEFORE_ARTICLE)
def test_participle_before_article(raw: str, expected: int | None) -> None:
    words = list(parser()._word.finditer(raw))
    assert parser().participle_before_article(raw, words, words[-1].start()) == expected


def test_participle_before_article_at_the_end() -> None:
    raw = "the union representing"
    assert parser().participle_before_article(raw, list(parser()._word.finditer(raw)), len(raw)) is None


# SpeakerGrammar.perceived_speech: an auxiliary, a perception participle, a gerund cue; two words
# before the cue are enough ("was heard saying"); only a space between the participle and the cue
PERCEIVED_SPEECH = [
    ("a reporter can be heard asking", True),
    ("Ortiz was seen telling", True),
    ("was heard saying", True),
    ("Ortiz seen telling", False),
    ("seen telling", False),
    ("Ortiz was seen, telling", False),
]


@pytest.mark.parametrize(("raw", "expected"), PERCEIVED_SPEECH)
def test_perceived_speech(raw: str, expected: bool) -> None:
    words = list(parser()._word.finditer(raw))
    assert parser().perceived_speech(raw, words[:-1], len(words) - 1, words[-1].start()) is expected


# DirectQuotes.attributing_verb: a cue word after an elided article is a noun ("l'annonce"), no verb;
# the verb before it ("a jugé") attributes the quotation to the subject
def test_a_cue_noun_after_an_elided_article_is_no_verb() -> None:
    text = "Le maire de Lyon, Paul Giraud, a jugé l'annonce « insuffisante et bien trop tardive pour les familles »."
    assert kind_rows(text, "fr") == [("insuffisante et bien trop tardive pour les familles", QuoteKind.DIRECT, "Paul Giraud")]


# QuoteParser.parse_paragraph: a pronoun that two quotes agree on gives them one speaker, and a
# third quote of the paragraph with a speaker of its own keeps it
def test_agreed_pronoun_beside_a_named_speaker() -> None:
    text = (
        "Tom Berg, the harbour master, spoke first.\n\n"
        '"We will win the vote," he said, adding that the count was close. "It is not close at all," said Ana Ortiz.'
    )
    assert kind_rows(text) == [
        ("We will win the vote,", QuoteKind.DIRECT, "Tom Berg"),
        ("the count was close", QuoteKind.INDIRECT, "Tom Berg"),
        ("It is not close at all,", QuoteKind.DIRECT, "Ana Ortiz"),
    ]


# ReportedSpeech.adverbial_clause_only: nothing after the cue is no adverbial clause
@pytest.mark.parametrize("tail", ["", " "])
def test_adverbial_clause_only_with_no_word_after(tail: str) -> None:
    raw = "The mayor said." + tail
    assert parser().adverbial_clause_only(raw, len("The mayor said."), len(raw)) is False


# ReportedSpeech.adjunct_setting: the setting's end in the words after the cue, with the comma
# right after the cue too ("the company said, during a call with analysts.")
ADJUNCT_SETTINGS = [
    (", during a call with analysts.", 30),
    (" on Tuesday, during a call with analysts.", 41),
    (" while visiting the harbour.", 28),
    (", later, while visiting the harbour.", None),
    (" on Tuesday, in a call with analysts.", 37),
    (" on Tuesday, on a call with analysts.", 37),
    (" meanwhile visiting the harbour.", None),
]


@pytest.mark.parametrize(("after", "expected"), ADJUNCT_SETTINGS)
def test_adjunct_setting(after: str, expected: int | None) -> None:
    assert parser().adjunct_setting(after) == expected


# ArticleParser.pop_link_lines: the question under a label of related links, over a link a pattern
# filed ("Related: ..."), is the first link, though nothing was popped before it (fix: the rule
# waited for a popped link)
STORY = (
    "Harbour pier to close for repairs\n\n"
    "The east pier will close for six weeks from Monday, the harbour board said.\n\n"
    "Repairs to the deck will cost about 2 million euros.\n\n"
)
LINKS_UNDER_LABEL = [
    (
        "You may also like...\n\nWho will make the Hall of Fame in 2026?\n\nRelated: Ferry fares rise again\n",
        [("related", "You may also like..."), ("other", "Who will make the Hall of Fame in 2026?"),
         ("related", "Related: Ferry fares rise again")],
    ),
    (
        "You may also like...\n\nWho will make the Hall of Fame in 2026?\n\nhttps://example.com/sport/hall-of-fame\n",
        [("related", "You may also like..."), ("other", "Who will make the Hall of Fame in 2026?"),
         ("other", "https://example.com/sport/hall-of-fame")],
    ),
]


@pytest.mark.parametrize(("tail", "boilerplate"), LINKS_UNDER_LABEL)
def test_question_under_a_related_label(tail: str, boilerplate: list[tuple[str, str]]) -> None:
    article = newsparse.parse_article(STORY + tail)
    assert [paragraph.text for paragraph in article.paragraphs] == [
        "The east pier will close for six weeks from Monday, the harbour board said.",
        "Repairs to the deck will cost about 2 million euros.",
    ]
    assert [(item.kind, item.text) for item in article.boilerplate] == boilerplate


# SpeakerResolution.introduced_gender: an aside in brackets between the role and the name is passed
# over; the mention with the other gender's article then names someone else (fix: the aside's
# marks ended the introduction, and the mention was given to the person introduced)
INTRODUCED_ACROSS_ASIDES = [
    (
        "es",
        "La presidente del club (desde 2021), Marta Solís, habló el lunes.\n\n"
        "El presidente aseguró que el estadio se ampliaría.",
        ["El presidente"],
    ),
    (
        "es",
        "La presidente del club, Marta Solís, habló el lunes.\n\nLa presidente aseguró que el estadio se ampliaría.",
        ["Marta Solís"],
    ),
    (
        "fr",
        "La ministre du Logement (depuis 2022), Sonia Perrin, a visité le chantier mardi.\n\n"
        "Le ministre a estimé que les loyers devaient baisser.",
        ["Le ministre"],
    ),
]


@pytest.mark.parametrize(("language", "text", "speakers"), INTRODUCED_ACROSS_ASIDES)
def test_introduced_across_an_aside(language: str, text: str, speakers: list[str]) -> None:
    assert article_speakers(text, language) == speakers


# SpeakerResolution.elided_article: the French pack's elided article before a noun in lower case;
# an article with nothing after it elides onto no noun
ELIDED_ARTICLES = [
    ("L'avocat", 2),
    ("L'Avocat", 0),
    ("l'", 0),
]


@pytest.mark.parametrize(("word", "expected"), ELIDED_ARTICLES)
def test_elided_article(word: str, expected: int) -> None:
    assert parser("fr").elided_article(word) == expected


# the Spanish vocabulary's role nouns in both genders
@pytest.mark.parametrize("word", ["delegada", "delegado", "consejera"])
def test_spanish_role_nouns(word: str) -> None:
    assert parser("es").vocabulary.is_role_noun(word) is True


# QuoteParser.is_subheading: up to MAX_SUBHEADING_WORDS (6) capitalised words; a given name or a
# title first may be a person's name
SUBHEADINGS = [
    ("Harbour Board Faces Costly New Delay", True),
    ("Harbour Board Faces Costly New Delay Again", False),
    ("Costly Delay", True),
    ("Tom Berg", False),
    ("Mayor Ortiz", False),
]


@pytest.mark.parametrize(("paragraph", "expected"), SUBHEADINGS)
def test_is_subheading_bounds(paragraph: str, expected: bool) -> None:
    assert parser().is_subheading(paragraph) is expected


# QuoteWords.CLAUSE_BREAKS: "whereas" after an inverted cue's phrase opens a clause of its own
CLAUSE_BREAK_ROWS = [
    (
        "The plan is sound, said a spokesman for the union whereas the board had doubts.",
        [("The plan is sound", "a spokesman for the union", "a spokesman for the union")],
    ),
    (
        "The plan is sound, said a spokesman for the union as the board met.",
        [("The plan is sound", "a spokesman for the union", "a spokesman for the union")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_BREAK_ROWS)
def test_clause_break_after_an_inverted_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speaker_rows(text) == expected


# the packs' lists read in a sentence: the German present-tense cue "erzählt"; the French bare
# infinitive after a cue with its curly elided negation ("n’être")
PACK_SENTENCES = [
    (
        "de",
        "Der Bürgermeister Jan Vogt erzählt, die neue Brücke werde im Mai für den Verkehr geöffnet.",
        [("die neue Brücke werde im Mai für den Verkehr geöffnet", QuoteKind.INDIRECT, "Jan Vogt")],
    ),
    (
        "fr",
        "Le maire Paul Giraud affirme n\u2019être pas au courant du projet de fermeture de la piscine.",
        [("n\u2019être pas au courant du projet de fermeture de la piscine", QuoteKind.INDIRECT, "Paul Giraud")],
    ),
    (
        "fr",
        "Le maire Paul Giraud affirme n'être pas au courant du projet de fermeture de la piscine.",
        [("n'être pas au courant du projet de fermeture de la piscine", QuoteKind.INDIRECT, "Paul Giraud")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PACK_SENTENCES)
def test_pack_sentences(language: str, text: str, expected: list[tuple[str, QuoteKind, str]]) -> None:
    assert kind_rows(text, language) == expected


# SpeakerGrammar.names_the_object: a titled name after a role linked to a role noun ("for the council
# leader") names the object of the link; an untitled name names the one who speaks
NAMED_OBJECTS = [
    ("A spokesman for the council leader, Cllr Ana Ruiz, said", True),
    ("A lawyer for the former leader, Councillor Tom Berg, said", True),
    ("A spokesman for the mayor, Tom Berg, said", False),
]


@pytest.mark.parametrize(("raw", "expected"), NAMED_OBJECTS)
def test_names_the_object(raw: str, expected: bool) -> None:
    match = parser()._appositive.search(raw, 0, raw.index(" said"))
    assert match is not None
    assert parser().names_the_object(raw, match) is expected


# SpeakerGrammar.quotation_mark_count (British pack): a plural's possessive mark counts only after a
# mark it could close; a mark at the phrase's first character is never between two letters
QUOTATION_MARK_COUNTS = [
    ("the nurses\u2019 union", 0),
    ("\u2018the nurses\u2019 union", 2),
    ("\u2018Yes\u2019", 2),
    ("\u2019the union", 1),
    ("the pub\u2019s landlord", 0),
]


@pytest.mark.parametrize(("phrase", "expected"), QUOTATION_MARK_COUNTS)
def test_quotation_mark_count(phrase: str, expected: int) -> None:
    assert parser("en-GB").quotation_mark_count(phrase) == expected


# SpeakerResolution.name_words (Spanish pack): a capitalised body's word before a particle names a
# body, no person; a body's word in lower case before the particle leaves the name after it
SPANISH_NAME_WORDS = [
    ("el Sindicato de Escondida", []),
    ("el Sindicato de Trabajadores de Escondida", []),
    ("el presidente del Sindicato de Escondida", []),
    ("el sindicato de Ana Ruiz", ["Ana", "Ruiz"]),
]


@pytest.mark.parametrize(("mention", "expected"), SPANISH_NAME_WORDS)
def test_spanish_name_words(mention: str, expected: list[str]) -> None:
    assert parser("es").name_words(mention.split()) == expected


# SpeakerGrammar.names_no_one: a participle with its object ends the head ("the lawyer representing
# him": the lawyer, a person)
NAMES_NO_ONE = [
    ("the lawyer representing him", False),
    ("the lawyer", False),
]


@pytest.mark.parametrize(("phrase", "expected"), NAMES_NO_ONE)
def test_names_no_one_after_a_participle(phrase: str, expected: bool) -> None:
    assert parser().names_no_one(phrase) is expected


# SpeakerGrammar.time_before_name: a time phrase ("that night") before the name, also at the text's
# very start; no capitalised word after it, no name
TIMES_BEFORE_NAME = [
    ("that night Ana Ruiz testified", True),
    ("The Herald reported that night Ana Ruiz testified", True),
    ("that evening former mayor Ruiz said", True),
    ("that night the mayor testified", False),
]


@pytest.mark.parametrize(("raw", "expected"), TIMES_BEFORE_NAME)
def test_time_before_name(raw: str, expected: bool) -> None:
    words = list(parser()._word.finditer(raw))
    first = next(k for k, m in enumerate(words) if m.group() in ("night", "evening"))
    assert parser().time_before_name(raw, words[first:]) is expected


# SpeakerGrammar.summary_thing_subject: the relative clause's subject a bare plural of things of at
# most MAX_BARE_SUBJECT_WORDS (3) words
SUMMARY_THING_SUBJECTS = [
    ("The port lost money, a claim that figures disputed, showing a profit.", True),
    ("The port lost money, a claim that official harbour traffic figures disputed, showing a profit.", False),
]


@pytest.mark.parametrize(("raw", "expected"), SUMMARY_THING_SUBJECTS)
def test_summary_thing_subject(raw: str, expected: bool) -> None:
    assert parser().summary_thing_subject(raw, 0, raw.index(", showing")) is expected
