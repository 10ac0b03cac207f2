"""The findings of the stop-32 review, each with rows that failed on the base (78b8bcfb)."""

from __future__ import annotations

from typing import ClassVar

import pytest

from newsparse import ArticleParser, BoilerplateParser, QuoteParser, Vocabulary
from newsparse.quotes.reported import ReportedSpeech

PARSER = ArticleParser()

# -- a section's nouns of another language come from the vocabulary, not the English parser ---------


class ItalianSectionWords(Vocabulary):
    """A vocabulary that names its own section nouns (an Italian site's ``Notizie locali``)."""

    SECTION_NOUNS: ClassVar[tuple[str, ...]] = ("locali", "Esteri")


ITALIAN_PAGE = (
    "{kicker}\nIl consiglio comunale approva il nuovo piano per il traffico\nDi Marco Rossi\n\n"
    "Il consiglio comunale ha approvato martedì sera il nuovo piano per il traffico del centro storico.\n\n"
    "Il piano entra in vigore a giugno.\n"
)

SECTION_WORDS = [
    # (vocabulary, kicker, section)
    (ItalianSectionWords, "Notizie locali", ("Notizie locali",)),  # the vocabulary's noun, in lower case
    (ItalianSectionWords, "Cronaca esteri", ("Cronaca esteri",)),  # read in any case
    (Vocabulary, "Faits divers", ()),  # French words are the French pack's, not English
    (Vocabulary, "Aus der Wirtschaft", ()),  # nor German
]


@pytest.mark.parametrize(("vocabulary", "kicker", "section"), SECTION_WORDS)
def test_section_nouns_come_from_the_vocabulary(
    vocabulary: type[Vocabulary], kicker: str, section: tuple[str, ...]
) -> None:
    article = ArticleParser(vocabulary=vocabulary()).parse(ITALIAN_PAGE.format(kicker=kicker))
    assert article.section == section
    expected = "Il consiglio comunale approva il nuovo piano per il traffico"
    assert article.headline is not None
    assert article.headline.text == (expected if section else kicker)


# -- a conjunction and a clause break open the reporter's clause in any case -------------------------

OPENING_CONJUNCTIONS = [
    # (words after a cue and its comma, whether they open the reporter's clause)
    ("as the storm moved north", True),
    ("As the storm moved north", True),
    ("amid growing anger over the cuts", True),  # of CLAUSE_BREAKS only
    ("Amid growing anger over the cuts", True),
    ("AMID GROWING ANGER OVER THE CUTS", True),  # a line of capitals
    ("DESPITE THE OFFER FROM THE COMPANY", True),
    ("the storm moved north", False),
    ("Amidala Jones said", False),  # the word whole, not its beginning
]


@pytest.mark.parametrize(("words", "opens"), OPENING_CONJUNCTIONS)
def test_opens_conjunction_reads_conjunctions_and_clause_breaks_alike(words: str, opens: bool) -> None:
    assert ReportedSpeech().opens_conjunction(words, 0, len(words)) is opens


# -- a job word before a name whose surname is also an organisation's word goes ----------------------

TITLED_ORG_WORD_NAMES = [
    # (text, speaker's name, mention)
    (
        'Shares of the lender fell 4% on Tuesday.\n\n"The quarter was weak," Analyst Devin Park said.',
        "Devin Park",
        "Analyst Devin Park",
    ),
    (
        'Shares of the lender fell 4% on Tuesday.\n\n"Margins will recover by spring," said analyst Devin Park.',
        "Devin Park",
        "analyst Devin Park",
    ),
    (
        "Senior economist Mara Bank said the quarter was weak for the whole industry.",
        "Mara Bank",
        "Senior economist Mara Bank",
    ),
    (
        "Chief economist Laura House said the results were better than the market had expected.",
        "Laura House",
        "Chief economist Laura House",
    ),
    # (no person's name after the job word: the mention as written)
    ("Mayor Harbour Park said the plan would cost the city far too much money.", "Mayor Harbour Park", "Mayor Harbour Park"),
    (
        "General Mills Inc said it expects the momentum to continue in the fourth quarter.",
        "General Mills Inc",
        "General Mills Inc",
    ),
    (
        "National Advanced Systems announced a new cartridge tape subsystem for its computers.",
        "National Advanced Systems",
        "National Advanced Systems",
    ),
]


@pytest.mark.parametrize(("text", "name", "mention"), TITLED_ORG_WORD_NAMES)
def test_job_word_goes_before_a_surname_that_is_an_organisation_word(text: str, name: str, mention: str) -> None:
    [quote] = PARSER.parse(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention) == (name, mention)


# -- a short first paragraph after a known place in capitals keeps its dateline ----------------------

SHORT_DATELINES = [
    # (text, dateline's place and text, or None)
    (
        "Monsoon arrives early in western India\n\nMUMBAI: Heavy rain closed schools on Monday.\n\n"
        "The city council met later in the day to discuss the flooding and its costs.\n",
        ("MUMBAI", "MUMBAI:"),
    ),
    (
        "Minister quits after a week of rows\n\nPARIS - \"I quit,\" she said.\n\n"
        "The minister left the building without taking questions from reporters.\n",
        ("PARIS", "PARIS -"),
    ),
    (
        "Storm closes ports\n\nLAGOS - Ferries stayed in port Friday.\n\n"
        "The harbour master said the ban would last until the winds eased.\n",
        ("LAGOS", "LAGOS -"),
    ),
    # (a headline's label before a colon has no sentence's end, and no label is a known place)
    (
        "City news\n\nPARIS: Police arrest three after attack\n\nThe three men were held overnight, police said.\n",
        None,
    ),
    (
        "Brexit\n\nBREXIT: MPs vote down the deal again.\n\nThe vote was the third in as many months.\n",
        None,
    ),
]


@pytest.mark.parametrize(("text", "dateline"), SHORT_DATELINES)
def test_short_paragraph_after_a_known_place_has_its_dateline(text: str, dateline: tuple[str, str] | None) -> None:
    found = PARSER.parse(text).dateline
    assert (None if found is None else (found.place, found.text)) == dateline



# -- a firm with an ampersand after a capitalised kind of business -----------------------------------

AMPERSAND_FIRMS = [
    # (text, speaker's name)
    ("Consultancy Bain & Co said the market for electric buses would grow by 5% next year.", "Bain & Co"),
    ("Carmaker Hollis & Crane said sales fell in the third quarter for the first time in years.", "Hollis & Crane"),
    # (the firm after "of" is the link's object: the rivals speak)
    (
        "Rivals of the retailer Hollis & Crane said the new prices would drive smaller shops out of business.",
        "Rivals of the retailer Hollis & Crane",
    ),
]


@pytest.mark.parametrize(("text", "name"), AMPERSAND_FIRMS)
def test_firm_with_an_ampersand_after_its_kind(text: str, name: str) -> None:
    [quote] = PARSER.parse(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == name


# -- a document before a participle cut short is the source ----------------------------------------

DOCUMENT_SOURCES = [
    # (text, speaker's name)
    ("Coffee drinkers live longer than others, according to a study published today in Nature.", "a study"),
    ("Coffee drinkers live longer than others, according to a study conducted last year.", "a study"),
    ("According to a report released on Monday, the city's buses ran late on one day in four.", "a report"),
    # (the participle's agent stays: the ministry is named)
    (
        "The city's buses ran late on one day in four, according to a report released today by the ministry.",
        "a report released today by the ministry",
    ),
]


@pytest.mark.parametrize(("text", "name"), DOCUMENT_SOURCES)
def test_document_before_a_participle_is_the_source(text: str, name: str) -> None:
    [quote] = PARSER.parse(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == name


# -- a possessive role set off before a name names that person later ---------------------------------

APPOSED_KIN = [
    # (text, speaker's name)
    (
        "Margaret Dobson, 81, died in the fire on Sunday. Her daughter, Helen Dobson, 52, was at home when "
        'the fire began.\n\n"I heard a bang and ran outside," her daughter said.',
        "Helen Dobson",
    ),
    (
        "Tom Berg was charged on Monday. His lawyer, Ana Ortiz, filed a motion the same day.\n\n"
        '"My client will plead not guilty," his lawyer said.',
        "Ana Ortiz",
    ),
    # (no one set off after the words: the mention as written)
    ('Tom Berg was charged on Monday.\n\n"My client will plead not guilty," his lawyer said.', "his lawyer"),
]


@pytest.mark.parametrize(("text", "name"), APPOSED_KIN)
def test_possessive_role_set_off_before_a_name_names_that_person(text: str, name: str) -> None:
    [quote] = PARSER.parse(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == name


# -- a name in quotation marks inside the speaker's phrase -------------------------------------------

QUOTED_NAMES = [
    # (text, reported words, speaker's name)
    (
        'Critics of "Harbour First" said the plan would raise rents for thousands of families.',
        "the plan would raise rents for thousands of families",
        'Critics of "Harbour First"',
    ),
    (
        "The author of “The Long Road” said the book took her ten years to write.",
        "the book took her ten years to write",
        "The author of “The Long Road”",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), QUOTED_NAMES)
def test_name_in_quotation_marks_inside_the_speakers_phrase(text: str, words: str, name: str) -> None:
    [quote] = PARSER.parse(text).quotes
    assert quote.text == words
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention) == (name, name)


# -- an interview's answer right after a question is the interviewee's ------------------------------


class InterviewQuotes(QuoteParser):
    """Interviews' ``Q:`` and ``A:`` turns read as quotes (the rule is off by default)."""

    QUESTION_LABELS: ClassVar[tuple[str, ...]] = ("Q",)
    ANSWER_LABELS: ClassVar[tuple[str, ...]] = ("A",)


INTERVIEWS = [
    # (text, [(turn's words, speaker's name)])
    (
        "Fire chief sets out her plans\n\nMaria Lopez, the city's new fire chief, spoke to us about the year ahead.\n\n"
        "Q: What is your first priority?\n\nA: Hiring more firefighters before the summer season begins.\n\n"
        "Q: And the budget?\n\nA: It is tight, but we will manage with what we have.\n",
        [
            ("What is your first priority?", None),
            ("Hiring more firefighters before the summer season begins.", "Maria Lopez"),
            ("And the budget?", None),
            ("It is tight, but we will manage with what we have.", "Maria Lopez"),
        ],
    ),
    (
        "Fire chief sets out her plans\n\nWe spoke to Maria Lopez, the city's new fire chief, about the year ahead. "
        "Lopez took the job in May.\n\nQ: What is your first priority?\n\n"
        "A: Hiring more firefighters before the summer season begins.\n",
        [
            ("What is your first priority?", None),
            ("Hiring more firefighters before the summer season begins.", "Maria Lopez"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "turns"), INTERVIEWS)
def test_answer_after_a_question_is_the_interviewees(text: str, turns: list[tuple[str, str | None]]) -> None:
    vocabulary = Vocabulary()
    article = ArticleParser(vocabulary=vocabulary, quotes=InterviewQuotes(vocabulary)).parse(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == turns


# -- the boilerplate's phrases are class vocabularies a subclass changes ------------------------------


class ReachableBoilerplate(BoilerplateParser):
    """A site whose notes say ``assisted with this report`` and ``is reachable at``, and that sells nothing."""

    CONTRIBUTED_VERBS: ClassVar[tuple[str, ...]] = ("contributed", "assisted with")
    REACHED_PHRASES: ClassVar[tuple[str, ...]] = ("can be reached", "is reachable")
    COMMISSION_SUBJECTS: ClassVar[tuple[str, ...]] = ()
    AFFILIATE_COMMISSIONS: ClassVar[tuple[str, ...]] = ()


BOILERPLATE_PHRASES = [
    # (line, kind by the built-in phrases, kind by ReachableBoilerplate's)
    ("Tom Berg assisted with this report from Lagos.", None, "sign-off"),
    ("Tom Berg and Ana Ruiz contributed reporting from Lagos.", "sign-off", "sign-off"),
    # (any agency of the vocabulary, not one outlet, before its writers)
    ("Reuters reporter Ana Ruiz contributed from Lima.", "sign-off", "sign-off"),
    ("Associated Press writers Jane Roe in Oslo and Tom Poe in Lima contributed.", "sign-off", "sign-off"),
    ("Ana Ruiz is reachable at aruiz@example.com or on 555-0100.", None, "sign-off"),
    ("We may earn a commission if you buy something through the links on this page.", "disclaimer", None),
]


@pytest.mark.parametrize(("line", "built_in", "changed"), BOILERPLATE_PHRASES)
def test_boilerplate_phrases_are_class_vocabularies(line: str, built_in: str | None, changed: str | None) -> None:
    assert BoilerplateParser().kind(line) == built_in
    assert ReachableBoilerplate().kind(line) == changed
