"""spk43: speaker rules of the quote engine.  Invented stories, each case the exact
``(text, kind, speaker name)`` triples that must come out.

- One pronoun, one person: when the direct-quote, reported-speech and unattributed paths all read
  the same ``he``/``she`` as the speaker of their quotes, they agree on whom it stands for
  (``QuoteParser.agreed_pronoun_speakers``).
"""

from __future__ import annotations

from functools import partial

import pytest
import regex

import newsparse
from newsparse import Quote, QuoteKind, Span, Speaker
from newsparse.quotes.languages import language_pack
from newsparse.quotes.parser import QuoteParser
from quote_cases import kind_rows, mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED
Triples = list[tuple[str, QuoteKind, str | None]]

quotes_of = partial(kind_rows, headline="Council news")


# '"...," she told reporters, adding ...': the direct quote and the clause after "adding" have one
# speaker, the pronoun; the reported path, read after the direct one, once left it as written
# while the direct path had found the spokeswoman of the sentence before
ONE_PRONOUN = [
    (
        "Hospital managers expect the new rota to hold.\n\n"
        "    Nurses at the Linden Street clinic said the change may come from the health board itself.\n"
        "    A board spokeswoman declined to comment on that view, saying the rota only followed staffing rules.\n"
        '    "We are not cutting shifts ... The rules simply changed and we have to follow them," she\n'
        "told reporters, adding the board had changed rotas twice in the past year.",
        [
            ("the change may come from the health board itself", R, "Nurses"),
            ("the rota only followed staffing rules", R, "A board spokeswoman"),
            ("We are not cutting shifts ... The rules simply changed and we have to follow them,", D,
             "A board spokeswoman"),
            ("the board had changed rotas twice in the past year", R, "A board spokeswoman"),
        ],
    ),
    (
        "Exporters expect the new quota to stick.\n\n"
        "    Analysts at Corvell Securities said the cut may reflect a new line from the trade ministry.\n"
        "    A ministry official refused to discuss that reading, saying the quota was only a response to lower harvests.\n"
        '    "We are not punishing anyone ... The crop was poor and we must protect supply," he\n'
        "told Reuters, adding the ministry had cut quotas twice since 2019.",
        [
            ("the cut may reflect a new line from the trade ministry", R, "Analysts at Corvell Securities"),
            ("the quota was only a response to lower harvests", R, "A ministry official"),
            ("We are not punishing anyone ... The crop was poor and we must protect supply,", D,
             "A ministry official"),
            ("the ministry had cut quotas twice since 2019", R, "A ministry official"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_PRONOUN)
def test_one_pronoun_is_one_speaker_on_every_path(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


def _quote(start: int, cue: str | None, name: str, mention: str, at: int) -> Quote:
    speaker = Speaker(name, mention, Span(at, at + len(mention)))
    return Quote("w", Span(start, start + 10), QuoteKind.DIRECT, cue, speaker, None, 0)


# (quotes sharing a pronoun, the name each must get): a name beats the pronoun as written; of two
# names, a quote with a cue beats one without, then the first in the text; a pronoun no other
# quote shares, or another word than a person pronoun, is left alone
AGREEMENT = [
    ([_quote(0, "said", "she", "she", 50), _quote(60, "adding", "Rosa Vidal", "she", 50)], ["Rosa Vidal", "Rosa Vidal"]),
    ([_quote(0, "said", "Rosa Vidal", "she", 50), _quote(60, "adding", "she", "she", 50)], ["Rosa Vidal", "Rosa Vidal"]),
    ([_quote(0, "said", "Ivo Marek", "he", 20), _quote(30, "said", "Karl Brandt", "he", 20)], ["Ivo Marek", "Ivo Marek"]),
    ([_quote(0, None, "Karl Brandt", "he", 20), _quote(30, "argued", "Ivo Marek", "he", 20)], ["Ivo Marek", "Ivo Marek"]),
    ([_quote(0, "said", "Ivo Marek", "he", 20), _quote(30, "said", "Karl Brandt", "he", 90)], ["Ivo Marek", "Karl Brandt"]),
    ([_quote(0, "said", "the union", "they", 20), _quote(30, "said", "Acme", "they", 20)], ["the union", "Acme"]),
    ([_quote(0, "said", "he", "he", 20), _quote(30, "adding", "he", "he", 20)], ["he", "he"]),
]


@pytest.mark.parametrize(("found", "names"), AGREEMENT)
def test_agreed_pronoun_speakers(found: list[Quote], names: list[str]) -> None:
    parser = QuoteParser()
    agreed = parser.agreed_pronoun_speakers(found)
    out = []
    for quote in found:
        assert quote.speaker is not None and quote.speaker.span is not None
        one = agreed.get((quote.speaker.span.start, quote.speaker.span.end))
        out.append(one.name if one is not None else quote.speaker.name)
    assert out == names


def test_agreement_reads_the_language_pronouns() -> None:
    pack = language_pack("fr")
    parser = pack.quotes(pack.vocabulary())
    found = [_quote(0, "a dit", "elle", "elle", 40), _quote(50, "ajoutant", "Claire Dubois", "elle", 40)]
    agreed = parser.agreed_pronoun_speakers(found)
    assert {key: speaker.name for key, speaker in agreed.items()} == {(40, 44): "Claire Dubois"}
    # (an English pronoun is no French person pronoun: nothing shared to agree on)
    english = [_quote(0, "a dit", "she", "she", 40), _quote(50, "ajoutant", "Claire Dubois", "she", 40)]
    assert parser.agreed_pronoun_speakers(english) == {}


# a sentence that opens with a link to the one before (a coordinator, a lead word, an adverb) and
# then a surname, after titles or not, has that person as its subject, for a pronoun after it; so
# does one whose opening phrase ends in a comma before titles and a surname: never the speaker of
# an earlier paragraph (here Daniel Morrow, Ines Calder)
LINKED_SUBJECTS = [
    (
        "Omar Haddad, a budget analyst, has followed the city's accounts for a decade.\n\n"
        "The law professor Daniel K. Morrow argued that the plan would not survive a court challenge.\n\n"
        'Then Mr. Haddad read the forecasts. "The numbers are alarming," he said.',
        [("the plan would not survive a court challenge", R, "Daniel K. Morrow"),
         ("The numbers are alarming,", D, "Omar Haddad")],
    ),
    (
        "Omar Haddad, a budget analyst, has followed the city's accounts for a decade.\n\n"
        "The law professor Daniel K. Morrow argued that the plan would not survive a court challenge.\n\n"
        'But Haddad disagreed. "The numbers are alarming," he said.',
        [("the plan would not survive a court challenge", R, "Daniel K. Morrow"),
         ("The numbers are alarming,", D, "Omar Haddad")],
    ),
    (
        "Marta Kowalczyk, a retired nurse, has run the tenants' group since 2015.\n\n"
        "Councillor Ines Calder insisted that the repairs would start in spring.\n\n"
        'Eventually Ms. Kowalczyk stood up. "We have waited six winters," she said.',
        [("the repairs would start in spring", R, "Ines Calder"),
         ("We have waited six winters,", D, "Marta Kowalczyk")],
    ),
    (
        "Omar Haddad, a budget analyst, has followed the city's accounts for a decade.\n\n"
        "The law professor Daniel K. Morrow argued that the plan would not survive a court challenge.\n\n"
        'After the vote, Mr. Haddad read the forecasts. "The numbers are alarming," he said.',
        [("the plan would not survive a court challenge", R, "Daniel K. Morrow"),
         ("The numbers are alarming,", D, "Omar Haddad")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LINKED_SUBJECTS)
def test_a_linked_sentence_opening_keeps_its_subject(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


# (first word, word after it, whether the first only links the sentence to the one before)
LINKING_OPENERS = [
    ("But", "Haddad", True),
    ("So", "Ms.", True),
    ("Then", "Mr.", True),
    ("Eventually", "Haddad", True),
    ("Then", "Haddad", False),  # (a short adverb, then a capital: maybe a name's first word)
    ("Will", "Haddad", False),  # (an auxiliary: a given name too)
    ("But", "the", False),
    ("But,", "Haddad", False),
    ("but", "Haddad", False),
    ("Harbour", "Haddad", False),
]


@pytest.mark.parametrize(("word", "after", "links"), LINKING_OPENERS)
def test_linking_opener(word: str, after: str, links: bool) -> None:
    assert QuoteParser().linking_opener(word, after) is links


# a cue word right after a gerund is its object, a noun ("raising questions", "fielding claims"):
# the words before it are no speaker's phrase; the quotation goes to the sentence's subject
GERUND_OBJECTS = [
    (
        "Tuesday's council meeting ended the truce. Ortiz, with open delight, chided Berg for raising questions "
        "about whether she met the charter's \"lifelong resident\" standard for mayor.",
        [("lifelong resident", D, "Ortiz")],
    ),
    (
        "The hearing turned sour. Senator Amal Haddad, visibly angry, scolded the minister for dodging questions "
        "about the \"temporary measure\" in the budget.",
        [("temporary measure", D, "Amal Haddad")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GERUND_OBJECTS)
def test_a_cue_word_after_a_gerund_is_its_object(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


# (the words before the cue word, whether that word is a gerund's object)
OBJECTS_OF_GERUNDS = [
    ("Ortiz chided Berg for raising questions", True),
    ("The coach spent the week fielding claims", True),
    ("Ortiz on Monday morning said", False),  # (a time noun)
    ("The children sing claims", False),  # (too short for a stem and the ending)
    ("Ortiz said", False),
    ("Ortiz, Raising questions", False),  # (capitalised: a name or a title's word)
]


@pytest.mark.parametrize(("before", "expected"), OBJECTS_OF_GERUNDS)
def test_object_of_gerund(before: str, expected: bool) -> None:
    parser = QuoteParser()
    word = regex.search(r"\S+$", before)
    assert word is not None
    assert parser.object_of_gerund(before, 0, word) is expected


# a quotation left open at its paragraph's end goes on in the next paragraph, which opens with the
# same mark again, and takes the speaker named where it closes; a paragraph that opens with another
# mark holds a quotation of its own (an excerpt in straight marks quoting someone in curly ones):
# its speaker is not the excerpt's, whose writer the paragraph before introduced
RUNS = [
    (
        "The tenants' group met on Friday.\n\n"
        '"We have waited three winters for the repairs, and the council keeps moving the date.\n\n'
        '"We will not wait a fourth," said Rosa Lindqvist, who chairs the group.',
        [("We have waited three winters for the repairs, and the council keeps moving the date.", D, "Rosa Lindqvist"),
         ("We will not wait a fourth,", D, "Rosa Lindqvist")],
    ),
    (
        "From Dana Whitfield writing at the Harbour Herald:\n\n"
        '"Winning a council seat from the back of the pack takes stamina, luck and a thick skin.\n\n'
        '"At the first hustings in May, Ortiz pressed the incumbent with a question that stung the whole room.\n\n'
        "“You have ignored the east side for a decade,” Ortiz charged.",
        [("Winning a council seat from the back of the pack takes stamina, luck and a thick skin.", D, "Dana Whitfield"),
         ("At the first hustings in May, Ortiz pressed the incumbent with a question that stung the whole room.", D,
          "Dana Whitfield"),
         ("You have ignored the east side for a decade,", D, "Ortiz")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUNS)
def test_a_run_of_paragraphs_goes_on_under_its_own_mark(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


# a paragraph that ends "<speaker> <cue>:" gives its speaker to the quotation in the next one; the
# speaker's phrase is read in the cue's sentence only, never from the sentence before
COLON_SPEAKERS = [
    (
        "Tenants say the repairs never came.\n\n"
        "The landlord disputes the idea that the flats needed work in the first place. Okafor reports:\n\n"
        '"The first time she had called the office, in June, nobody answered."',
        [("the repairs never came", R, "Tenants", "Tenants"),
         ("The first time she had called the office, in June, nobody answered.", D, "Okafor", "Okafor")],
    ),
    (
        "The vote was close.\n\n"
        "Nobody on the board expected the result at all. The chairwoman, Hanna Berg, wrote:\n\n"
        '"We lost by two votes, and we will ask for a recount."',
        [("We lost by two votes, and we will ask for a recount.", D, "Hanna Berg", "Hanna Berg")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COLON_SPEAKERS)
def test_a_colon_speaker_is_read_in_its_own_sentence(text: str, expected: list[tuple[str, QuoteKind, str, str]]) -> None:
    assert mention_rows(text, headline="Council news") == expected


# a participle of perception after an auxiliary between the speaker and a cue in the gerund: the
# speaker is the phrase before them (the words were heard or seen being said)
PERCEIVED = [
    ("“We lost the vote,” Ortiz was heard telling aides.", [("We lost the vote,", D, "Ortiz")]),
    ("“We will be back,” the harbour master can be heard saying in the video.",
     [("We will be back,", D, "the harbour master")]),
    ("“Nobody told us anything,” a Danish fisherman could be seen telling the crew.",
     [("Nobody told us anything,", D, "a Danish fisherman")]),
]


@pytest.mark.parametrize(("text", "expected"), PERCEIVED)
def test_speech_heard_or_seen(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


def test_perception_is_a_vocabulary() -> None:
    assert QuoteParser.PERCEPTION_PARTICIPLES == ("heard", "seen")
    for language in ("fr", "de", "es"):
        pack = language_pack(language)
        assert pack.quotes(pack.vocabulary()).PERCEPTION_PARTICIPLES == (), language

    class Listening(QuoteParser):
        PERCEPTION_PARTICIPLES = ()

    text = "“We lost the vote,” Ortiz was heard telling aides."
    quote = Listening().parse(text, [newsparse.Paragraph(text, Span(0, len(text)))])[0]
    assert (quote.text, quote.speaker) == ("We lost the vote,", None)


# a cue followed by a subordinate clause (when, while, because ...) and no main clause after it
# reports nothing: the clause says when or why someone spoke, not what they said; with a main clause
# after its comma, the words run on from the subordinator; after a preposition (after, before) a
# phrase may come first, then the words
ADVERBIAL = [
    ("Berg tweeted when Ortiz closed the meeting with a joke about the pier.", []),
    ("The senator laughed while the minister spoke about the harbour budget for an hour.", []),
    ("The harbour master said when I called her office, in Leith, last week.", []),
    ("Berg said when the accord was signed, the dollar was already falling.",
     [("when the accord was signed, the dollar was already falling", R, "Berg")]),
    ("Berg said after the vote he would not accept the council's offer.",
     [("after the vote he would not accept the council's offer", R, "Berg")]),
    ("Farmland under water totals about 1.2 million hectares, provincial governor Ana Ruiz said while touring the valley.",
     [("Farmland under water totals about 1.2 million hectares", R, "Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), ADVERBIAL)
def test_a_subordinate_clause_alone_reports_nothing(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


# a subject that is an article, a role noun in lower case and the name it describes speaks the
# quotation of its sentence as the bare name would, with or without an opening phrase
DESCRIBED_SUBJECTS = [
    ('In the video, the activist Lena Brandt is shown lecturing: "Residents of the valley, listen closely. The river is rising."',
     [("Residents of the valley, listen closely. The river is rising.", D, "Lena Brandt")]),
    ('At the rally, the retired nurse Marta Kowalczyk thanked the volunteers "for their tireless work in my campaign."',
     [("for their tireless work in my campaign.", D, "Marta Kowalczyk")]),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_SUBJECTS)
def test_a_role_before_a_name_speaks(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


# (a subject phrase in lower case, whether it reads as a person's)
ROLES_AFTER_ARTICLES = [
    ("the mayor", True),
    ("the former secretary of state", True),
    ("the activist Lena Brandt", True),
    ("the retired nurse Marta Kowalczyk", True),
    ("the weather", False),
    ("the river Severn", False),  # (a thing's noun before the name: a place)
    ("the activist group Green Harbour", False),  # (the name's noun is a thing's)
    ("a few of these boys", False),
]


@pytest.mark.parametrize(("phrase", "expected"), ROLES_AFTER_ARTICLES)
def test_role_after_article(phrase: str, expected: bool) -> None:
    assert QuoteParser().role_after_article(phrase) is expected
