"""Mutation pass mut46 (issue 8): the survivors mut45 and mutL45 left, made again on main
``9e6e6c3c``.  Each table pins down a rule whose mutants no test noticed: a predicate read on words
written for it, or a paragraph and the quotes that must come out of it (see docs/testing.md,
"Mutation testing")."""

from __future__ import annotations

import functools

import pytest

import newsparse
from newsparse.quotes.parser import QuoteParser
from newsparse.spans import Quote, QuoteKind, Span
from quote_cases import SpeakerRow, article_of, parser_for, speaker_rows


@functools.cache
def parser(language: str | None = None) -> QuoteParser:
    """One parser (of *language*'s pack if given) for the predicate tables (parsers are stateless)."""
    return parser_for(language)


# SpeakerGrammar.counted_demonstrative: only a count (a quantifier, a number word or a figure) opens the
# share; a plural noun before "of those" is no count
COUNTED_DEMONSTRATIVES = [
    ("Asked about the plans, supporters of those said", "those", False),
    ("The board met, and members of those said", "those", False),
    ("Twelve of those said", "those", True),
    ("The board met, and twelve of these said", "these", True),
]


@pytest.mark.parametrize(("raw", "pronoun", "expected"), COUNTED_DEMONSTRATIVES)
def test_counted_demonstrative(raw: str, pronoun: str, expected: bool) -> None:
    words = list(parser()._word.finditer(raw))
    index = next(i for i, m in enumerate(words) if m.group() == pronoun)
    assert parser().counted_demonstrative(raw, words, index) is expected


# SpeakerGrammar.names_the_object: a title alone is no name of the role's object
def test_names_the_object_needs_a_name_after_the_title() -> None:
    raw = "A spokesman for the mayor, Councillor, said"
    match = parser()._appositive.search(raw, 0, raw.index(" said"))
    assert match is not None
    assert parser().names_the_object(raw, match) is False


# SpeakerGrammar.person_role_words: the last word a listed noun for a person (no guess by its ending:
# "paper shredder" is a thing); a subject pronoun in lower case is no role word
PERSON_ROLE_WORDS = [
    (["paper", "shredder"], False),
    (["ferry", "worker"], True),
    (["we", "farmers"], False),
    (["they", "champion"], False),
]


@pytest.mark.parametrize(("words", "expected"), PERSON_ROLE_WORDS)
def test_person_role_words(words: list[str], expected: bool) -> None:
    assert parser().person_role_words(words) is expected


# SpeakerGrammar.surname_after_quotation: a word in lower case after the quotation is no surname
def test_surname_after_quotation_in_lower_case() -> None:
    raw = '"We will stay," from said'
    word = next(m for m in parser()._word.finditer(raw) if m.group() == "from")
    assert parser().surname_after_quotation(raw, word) is False


# SpeakerGrammar.bare_plural_phrase: words in lower case with no preposition, adverb or coordinator
BARE_PLURAL_PHRASES = [
    ("local fishermen", True),
    ("official data", True),
    ("Local fishermen", False),
    ("fishermen from", False),
    ("fishermen also", False),
    ("fishermen and farmers", False),
]


@pytest.mark.parametrize(("raw", "expected"), BARE_PLURAL_PHRASES)
def test_bare_plural_phrase(raw: str, expected: bool) -> None:
    assert parser().bare_plural_phrase(list(parser()._word.finditer(raw))) is expected


# DirectQuotes.empty_saying: a word after the cue that is no empty saying ("goodbye") is no saying of no
# words
EMPTY_SAYINGS = [
    ("Ortiz said goodbye.", False),
    ("The minister said thanks.", False),
    ("Ortiz said nothing.", True),
]


@pytest.mark.parametrize(("raw", "expected"), EMPTY_SAYINGS)
def test_empty_saying(raw: str, expected: bool) -> None:
    assert parser().empty_saying(raw, (0, len(raw))) is expected


def _quote(text: str, words: str) -> Quote:
    start = text.index(words)
    return Quote(words, Span(start, start + len(words)), QuoteKind.DIRECT, None, None, None, None)


# ReportedSpeech.same_opening_mark: True when either paragraph opens with no mark (a mark not found); a
# quotation opening the text with a curly mark is not continued by a paragraph in straight marks
SAME_OPENING_MARKS = [
    ('The pier will close in May.\n\n"We will stay," said Ana Ruiz.', "The pier", "We will", True),
    ('"We will stay.\n\nThen we go, said Ana Ruiz.', "We will", "Then we", True),
    ('\u201cWe will stay.\u201d\n\n"Then we go," said Ana Ruiz.', "We will", "Then we", False),
    ('"We will stay.\n\n"Then we go," said Ana Ruiz.', "We will", "Then we", True),
]


@pytest.mark.parametrize(("text", "first", "second", "expected"), SAME_OPENING_MARKS)
def test_same_opening_mark(text: str, first: str, second: str, expected: bool) -> None:
    assert parser().same_opening_mark(text, _quote(text, first), _quote(text, second)) is expected


# ReportedSpeech.apposed_then_name: a name with a particle is read whole (no title to skip)
def test_apposed_then_name_with_a_particle() -> None:
    assert parser().apposed_then_name(["Tom", "Berg,", "the", "housing", "chief,", "and"], ["Ana", "de", "Souza"]) is True


# ReportedSpeech.role_and_name: a gender word that is no noun for people (businessman, policewoman), and
# the French pack's possessive determiners (mon, ma) open two people
ROLES_AND_NAMES = [
    (None, "The businessman and", "Tom Berg", True),
    (None, "The policewoman and", "Tom Berg", True),
    ("fr", "Mon mari et", "Paul Girard", True),
    ("fr", "Ma fille et", "Paul Girard", True),
]


@pytest.mark.parametrize(("language", "words", "head", "expected"), ROLES_AND_NAMES)
def test_role_and_name(language: str | None, words: str, head: str, expected: bool) -> None:
    assert parser(language).role_and_name(words.split(), head.split()) is expected


# ReportedSpeech.document_then_participle: a document's noun (leaflet, manifesto) or an utterance's, then
# a participle
DOCUMENTS_THEN_PARTICIPLES = [
    ("wrote a letter to the mayor urging her to resign", True),
    ("sent a letter, a memo and a report urging", True),
    ("issued a leaflet urging residents to leave", True),
    ("published a manifesto calling for a vote", True),
    ("sent it to them last week urging", False),
]


@pytest.mark.parametrize(("raw", "expected"), DOCUMENTS_THEN_PARTICIPLES)
def test_document_then_participle(raw: str, expected: bool) -> None:
    assert parser().document_then_participle(raw, 0, len(raw)) is expected


# ReportedSpeech.relative_after: the relative pronoun right after the comma, no blank between
def test_relative_after_with_no_blank() -> None:
    rest = "the plan,which failed"
    assert parser().relative_after(rest, rest.index(",")) is True


# SpeakerResolution.plural_share: a figure of 2 is a count for more than one; "One" (SINGULAR_COUNT_WORDS) is not
PLURAL_SHARES = [
    (["2", "of", "the", "tenants"], True),
    (["One", "of", "the", "firms"], False),
]


@pytest.mark.parametrize(("words", "expected"), PLURAL_SHARES)
def test_plural_share(words: list[str], expected: bool) -> None:
    assert parser().plural_share(words) is expected


# SpeakerResolution.person_before_post_modifier: no post-modifier, no unnamed person of one
PERSONS_BEFORE_POST_MODIFIERS = [
    (["A", "local", "harbour", "resident"], False),
    (["A", "resident", "of", "Sendai"], True),
]


@pytest.mark.parametrize(("words", "expected"), PERSONS_BEFORE_POST_MODIFIERS)
def test_person_before_post_modifier(words: list[str], expected: bool) -> None:
    assert parser().person_before_post_modifier(words) is expected


# SpeakerResolution.portfolio_words: a role noun (spokesman, chief) names no portfolio; a stop word is
# skipped, not the end of the words
PORTFOLIO_WORD_SETS = [
    (None, ["Health", "spokesman"], {"health"}),
    (None, ["Housing", "chief", "Finance"], {"housing", "finance"}),
    ("fr", ["ministre", "du", "Travail"], {"travail"}),
]


@pytest.mark.parametrize(("language", "words", "expected"), PORTFOLIO_WORD_SETS)
def test_portfolio_words(language: str | None, words: list[str], expected: set[str]) -> None:
    assert parser(language).portfolio_words(words) == expected


# Segmentation.title_abbreviation_at: after a role noun (Chief) or an honorific (Dame) the abbreviation is
# a title before the name
TITLE_ABBREVIATIONS = [
    ("The harbour chief Const. Ana Ruiz said", "Const.", True),
    ("the Dame Amb. Ana Ruiz said", "Amb.", True),
    ("the Transport Dep. Police said", "Dep.", False),
]


@pytest.mark.parametrize(("raw", "abbreviation", "expected"), TITLE_ABBREVIATIONS)
def test_title_abbreviation_at(raw: str, abbreviation: str, expected: bool) -> None:
    start = raw.index(abbreviation)
    assert parser().title_abbreviation_at(raw, start, start + len(abbreviation)) is expected


# Segmentation.verb_in_phrase: a number word before the participle makes it a noun ("the six injured")
def test_verb_in_phrase_after_a_number() -> None:
    raw = "The six injured said"
    assert parser().verb_in_phrase(raw, 0, len(raw)) is False


# whole articles (under a headline): every quote's words and its speaker's name
_OPENING = "Tom Berg said the pier would close in May.\n\n"
ARTICLE_CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    # SpeakerResolution.answers_last_speaker: the woman quoted right before opens her paragraph with her
    # name; the man's pronoun after her is the one man named before
    (
        _OPENING + 'Ann Lee said: "We will keep it open."\n\n"We will see," he replied.',
        [
            ("the pier would close in May", "Tom Berg"),
            ("We will keep it open.", "Ann Lee"),
            ("We will see,", "Tom Berg"),
        ],
    ),
    # ... the pronoun's sentence opens its paragraph, though another follows it
    (
        _OPENING + 'Ann Lee disagreed. "We will keep it open," she said.\n\n'
        '"We will see," he replied. "The board decides in June."',
        [
            ("the pier would close in May", "Tom Berg"),
            ("We will keep it open,", "Ann Lee"),
            ("We will see,", "Tom Berg"),
            ("The board decides in June.", "Tom Berg"),
        ],
    ),
    # SpeakerResolution.words_after_name: a portfolio named after the minister's name in its sentence makes
    # that minister the one for it ...
    (
        "Minister Ana Ruiz, who runs Health, opened the new clinic on Monday.\n\n"
        "The minister for Health said the clinic would open in May.",
        [("the clinic would open in May", "Ana Ruiz")],
    ),
    # ... but not a portfolio named in the next sentence: the mention stays as written
    (
        "The clinic was opened by Minister Ana Ruiz. Health, she said, comes first.\n\n"
        "The minister for Health said the clinic would open in May.",
        [("the clinic would open in May", "The minister for Health")],
    ),
    # SpeakerResolution.may_be_thing: a body named in one word is one "It" refers to
    (
        "Tidewell published its review on Monday. Tidewell said prices would fall in May. It said the cost would be shared.",
        [("prices would fall in May", "Tidewell"), ("the cost would be shared", "Tidewell")],
    ),
    # SpeakerResolution.sole_named_of_gender: a man named with someone whose gender the article does not
    # show (Sam Hart): no guess, the pronoun stays as written
    (
        "Tom Berg and Sam Hart said the pier would close in May.\n\n"
        'Ann Lee disagreed. "We will keep it open," she said.\n\n"We will see," he replied.',
        [
            ("the pier would close in May", "Tom Berg and Sam Hart"),
            ("We will keep it open,", "Ann Lee"),
            ("We will see,", "he"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_CASES)
def test_article_quotes(text: str, expected: list[tuple[str, str | None]]) -> None:
    article = article_of(text, headline="Harbour plan divides council")
    assert [(q.text, q.speaker.name if q.speaker is not None else None) for q in article.quotes] == expected


# ArticleParser.agency_after_stamps, name_after_stamps, as_of_above: the pieces of a stamp line under
# the headline: (byline's authors, agency, text), the publication, the update, the boilerplate
_STORY = (
    "Work on the east pier started on Monday, the harbour board said, and the ferries will use the west "
    "quay until the summer.\n\nThe board said the repairs would cost 4 million pounds.\n"
)
STAMP_LINES = [
    # a known agency alone after the stamp and a piece mark signs the story
    (
        "March 4, 2025 | AFP",
        (("AFP",), "AFP", "AFP"),
        "March 4, 2025",
        None,
        [],
    ),
    (
        "Updated on: November 19, 2019 / 10:07 AM / CBS News",
        (("CBS News",), "CBS News", "CBS News"),
        None,
        "November 19, 2019 / 10:07 AM",
        [],
    ),
    # ... but not over an author's byline under it: the authors sign, the agency's piece is boilerplate
    (
        "March 4, 2025 | AFP\nBy Jane Roe",
        (("Jane Roe",), None, "By Jane Roe"),
        "March 4, 2025",
        None,
        [("other", "AFP")],
    ),
    # a stamp before the byline on its line: the stamp is the publication, filed once
    (
        "March 4, 2025 By Jane Roe",
        (("Jane Roe",), None, "By Jane Roe"),
        "March 4, 2025",
        None,
        [],
    ),
    (
        "4 March 2025 | By Jane Roe",
        (("Jane Roe",), None, "By Jane Roe"),
        "4 March 2025",
        None,
        [],
    ),
    # a person's name after the stamp is the byline; a place that opens with a given name is not
    (
        "Thursday, 27 June 2024, 6:30 AM | Jane Roe",
        (("Jane Roe",), None, "Jane Roe"),
        "Thursday, 27 June 2024, 6:30 AM",
        None,
        [],
    ),
    (
        "Thursday, 27 June 2024, 6:30 AM | Grace Harbour",
        None,
        "Thursday, 27 June 2024, 6:30 AM",
        None,
        [("other", "Grace Harbour")],
    ),
]


@pytest.mark.parametrize(("line", "byline", "published", "updated", "boilerplate"), STAMP_LINES)
def test_stamp_line_pieces(
    line: str,
    byline: tuple[tuple[str, ...], str | None, str] | None,
    published: str | None,
    updated: str | None,
    boilerplate: list[tuple[str, str]],
) -> None:
    article = newsparse.parse_article(f"Harbour repairs begin\n\n{line}\n\n{_STORY}")
    assert article.headline is not None and article.headline.text == "Harbour repairs begin"
    got = article.byline and (article.byline.authors, article.byline.agency, article.byline.text)
    assert got == byline
    assert (article.published and article.published.text) == published
    assert (article.updated and article.updated.text) == updated
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate


# ArticleParser.as_of_above: a sentence naming the first run under the page's stamp gives the publication
# (the stamp above is the update), its words before the date no label
def test_first_run_sentence_under_the_stamp() -> None:
    text = f"Harbour repairs begin\n\nPublished: 4 March 2025\n\nThis story first appeared on 2 March 2025 at 09:01.\n\n{_STORY}"
    article = newsparse.parse_article(text)
    assert article.published is not None and article.published.text == "2 March 2025 at 09:01"
    assert article.updated is not None and article.updated.text == "4 March 2025"
    assert article.boilerplate == ()
    assert len(article.paragraphs) == 2


# DatelineParser: a qualifier of the place in brackets before the agency's bracket or the country's square
# bracket is part of the place
DATELINE_QUALIFIERS = [
    (
        "HALLE (SAALE) (dpa) - Work on the old river bridge started on Monday, the city said.",
        ("HALLE (SAALE) (dpa) -", "HALLE (SAALE)", "dpa"),
    ),
    (
        "Shimla (Himachal Pradesh) [India], April 20 (ANI): Work on the old bridge started on Monday, officials said.",
        ("Shimla (Himachal Pradesh) [India], April 20 (ANI):", "Shimla (Himachal Pradesh)", "ANI"),
    ),
]


@pytest.mark.parametrize(("lead", "expected"), DATELINE_QUALIFIERS)
def test_dateline_qualifier(lead: str, expected: tuple[str, str, str]) -> None:
    article = newsparse.parse_article(f"Bridge repairs begin\n\n{lead}\n\nThe repairs will cost 4 million euros.\n")
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.place, article.dateline.agency) == expected


# SpeakerResolution.portfolio_word: a capitalised stop word or preposition names no portfolio
PORTFOLIO_WORDS = [
    ("Housing", True),
    ("And", False),
    ("Amid", False),
    ("Despite", False),
]


@pytest.mark.parametrize(("word", "expected"), PORTFOLIO_WORDS)
def test_portfolio_word(word: str, expected: bool) -> None:
    assert parser().portfolio_word(word) is expected


# SpeakerResolution.without_role_adjectives (French and Spanish packs): an adjective after the role is
# cut, a verb after it is no adjective (the words stay as they are)
WITHOUT_ROLE_ADJECTIVES = [
    ("fr", ["Une", "autrice", "sud-coréenne"], ["Une", "autrice"]),
    ("fr", ["La", "ministre", "française"], ["La", "ministre"]),
    ("fr", ["La", "ministre", "doit"], ["La", "ministre", "doit"]),
    ("es", ["La", "ministra", "puede"], ["La", "ministra", "puede"]),
]


@pytest.mark.parametrize(("language", "words", "expected"), WITHOUT_ROLE_ADJECTIVES)
def test_without_role_adjectives(language: str, words: list[str], expected: list[str]) -> None:
    assert list(parser(language).without_role_adjectives(words)) == expected


# ReportedSpeech.clause_after_source: words set off after "According to X," that open with a role noun
# describe the source, whatever verb a relative clause inside them holds
CLAUSES_AFTER_SOURCE = [
    ("spokesman for the union that called the strike", False),
    ("chairman of the board that approved the deal", False),
    ("officials confirmed the figures", True),
]


@pytest.mark.parametrize(("words", "expected"), CLAUSES_AFTER_SOURCE)
def test_clause_after_source(words: str, expected: bool) -> None:
    assert parser().clause_after_source(words) is expected


# DirectQuotes.inserted_appositive (French pack): a possessive determiner of the pack that is no article
# (mon, ma) opens an appositive of the speaker too
INSERTED_APPOSITIVES = [
    ("ma voisine depuis vingt ans. Le pont fermera.", True),
    ("mon voisin. Le pont fermera.", True),
]


@pytest.mark.parametrize(("raw", "expected"), INSERTED_APPOSITIVES)
def test_inserted_appositive(raw: str, expected: bool) -> None:
    first = next(parser("fr")._word.finditer(raw))
    assert parser("fr").inserted_appositive(raw, first, len(raw)) is expected


# CaptionParser.runs_on: an abbreviation with a hyphen inside (a party and a state, R-Fla.) before a
# capital ends no sentence; a full stop after a word does
RUNS_ON = [
    ("Rep. Tom Berg, R-Fla. Questions the witnesses in Washington", False),
    ("Sen. Ana Ruiz, D-Calif. Talks to reporters", False),
    ("Crews work at the site. Crews finish the roof", True),
]


@pytest.mark.parametrize(("text", "expected"), RUNS_ON)
def test_runs_on(text: str, expected: bool) -> None:
    assert newsparse.ArticleParser().captions.runs_on(text) is expected


# SectionParser.parse: a breadcrumb that ends in the headline's own words is the path to the story (its
# labels without the title), the headline under it
SECTION_PATHS = [
    ("News > Local > Harbour fees to rise\n\n", ("News", "Local")),
    ("Local \u00bb Harbour fees to rise\n", ("Local",)),
    ("News > Local\n\n", ("News", "Local")),
]


@pytest.mark.parametrize(("path", "labels"), SECTION_PATHS)
def test_section_path_over_the_headline(path: str, labels: tuple[str, ...]) -> None:
    article = newsparse.parse_article(f"{path}Harbour fees to rise\n\n{_STORY}")
    assert article.section == labels
    assert article.headline is not None and article.headline.text == "Harbour fees to rise"
    assert article.boilerplate == ()


# QuoteParser.is_subheading: capitalised words (or stop words) alone on their line, no given name first
SUBHEADINGS = [
    ("Flawed Approach", True),
    ("A Costly Delay", True),
    ("Harbour Fees Rise Again", True),
    ("Harbour fees rise", False),
    ("Tom Berg", False),
]


@pytest.mark.parametrize(("paragraph", "expected"), SUBHEADINGS)
def test_is_subheading(paragraph: str, expected: bool) -> None:
    assert parser().is_subheading(paragraph) is expected


# SpeakerResolution.linking_opener: an adverb opening the sentence before a name links it; an auxiliary
# (a question's "Should") does not
LINKING_OPENERS = [
    ("Later", "Haddad", True),
    ("Then", "Mr.", True),
    ("Should", "Haddad", False),
    ("Would", "Haddad", False),
]


@pytest.mark.parametrize(("word", "after", "expected"), LINKING_OPENERS)
def test_linking_opener(word: str, after: str, expected: bool) -> None:
    assert parser().linking_opener(word, after) is expected


# QuoteWords.PREPOSITION_RELATIVES: each preposition and its relative pronoun after a comma opens a clause
# with a speaker of its own, and the words reported before end at the comma
_KENDAL = "Ruth Kendal"
PREPOSITION_RELATIVES = [
    (
        "Ruth Kendal told the board the pier needed new decking, on which the harbour master said work would start in May.",
        [("the pier needed new decking", _KENDAL, _KENDAL), ("work would start in May", "the harbour master", "the harbour master")],
    ),
    (
        "Ruth Kendal said the ferry timetable would change in June, after which the union said its members would strike.",
        [("the ferry timetable would change in June", _KENDAL, _KENDAL), ("its members would strike", "the union", "the union")],
    ),
    (
        "Ruth Kendal said the council had sold the depot, in which the fire service said it kept two engines.",
        [("the council had sold the depot", _KENDAL, _KENDAL), ("it kept two engines", "the fire service", "the fire service")],
    ),
    (
        "Ruth Kendal said the board would meet on Friday, at which the mayor said she would resign.",
        [("the board would meet on Friday", _KENDAL, _KENDAL), ("she would resign", "the mayor", "the mayor")],
    ),
    (
        "Ruth Kendal said the plan was agreed with the unions, with whom the mayor said talks had gone well.",
        [("the plan was agreed with the unions", _KENDAL, _KENDAL), ("talks had gone well", "the mayor", "the mayor")],
    ),
    (
        "Ruth Kendal said the contract went to a local firm, by which the board said it meant Harbour Works.",
        [("the contract went to a local firm", _KENDAL, _KENDAL), ("it meant Harbour Works", "the board", "the board")],
    ),
    (
        "Ruth Kendal said the money had come from donors, from whom the treasurer said no more was expected.",
        [("the money had come from donors", _KENDAL, _KENDAL), ("no more was expected", "the treasurer", "the treasurer")],
    ),
    (
        "Ruth Kendal said the letter went to the minister, to whom the council said it had written twice.",
        [("the letter went to the minister", _KENDAL, _KENDAL), ("it had written twice", "the council", "the council")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PREPOSITION_RELATIVES)
def test_preposition_relative_opens_a_clause_of_its_own(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# SpeakerResolution.names_reported_subject: an opening with a comma of its own before the pronoun's aside
# is a narrated clause; the pronoun refers to the woman named before
def test_a_narrated_opening_keeps_the_pronouns_referent() -> None:
    text = "Maria Luhn runs the harbour cafe. Luhn moved to Chelsea, during which time, she says, the cafe nearly closed."
    assert speaker_rows(text) == [("the cafe nearly closed", "Maria Luhn", "she")]


# SpeakerGrammar.quotation_mark_count (British pack): a plural's possessive mark counts when a mark it
# could close stands before it
QUOTATION_MARK_COUNTS = [
    ("the nurses\u2019 union", 0),
    ("\u2018the nurses\u2019 union", 2),
]


@pytest.mark.parametrize(("phrase", "expected"), QUOTATION_MARK_COUNTS)
def test_quotation_mark_count(phrase: str, expected: int) -> None:
    assert parser("en-GB").quotation_mark_count(phrase) == expected


# QuoteWords.NOUN_OR_TITLE_ABBREVIATIONS: "Asst." before a capitalised title is part of the speaker's title
ASSISTANT_TITLES = [
    ('"We will win the league," said Asst. Coach Ana Ruiz.', [("We will win the league,", "Ana Ruiz", "Asst. Coach Ana Ruiz")]),
    ('"We will win," Asst. Coach Ana Ruiz said.', [("We will win,", "Ana Ruiz", "Asst. Coach Ana Ruiz")]),
    ("Asst. Coach Ana Ruiz said the team would win.", [("the team would win", "Ana Ruiz", "Asst. Coach Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), ASSISTANT_TITLES)
def test_assistant_title(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# QuoteWords.DEMONYM_NOUNS: a noun for one person of a country after "the" refers to the person introduced
# with that country's adjective
DEMONYM_NOUNS = [
    ('Croatian striker Ivan Horvat scored twice on Sunday.\n\n"The pitch was perfect," the Croat said.', "Ivan Horvat"),
    ('Serbian coach Milan Petrovic was unhappy after the draw.\n\n"We gave them the game," the Serb said.', "Milan Petrovic"),
    ('Icelandic goalkeeper Jon Einarsson kept a clean sheet.\n\n"It was a quiet night," the Icelander said.', "Jon Einarsson"),
    ('Slovenian rider Luka Novak won the stage.\n\n"The climb was hard," the Slovene said.', "Luka Novak"),
    ('Danish goalkeeper Mads Holm kept a clean sheet.\n\n"It was a quiet night," the Dane said.', "Mads Holm"),
]


@pytest.mark.parametrize(("text", "speaker"), DEMONYM_NOUNS)
def test_demonym_noun_refers_to_the_person_introduced(text: str, speaker: str) -> None:
    article = article_of(text, headline="Sport")
    assert [q.speaker.name if q.speaker is not None else None for q in article.quotes] == [speaker]


# QuoteWords.TIME_PREPOSITIONS: a time phrase between the cue and "that" ("this week") is no reported word
def test_time_phrase_before_that() -> None:
    assert speaker_rows("Ortiz said this week that the pier would close in May.") == [
        ("the pier would close in May", "Ortiz", "Ortiz")
    ]


# GermanVocabulary: an occupation of the German pack's list (Stratege) after its article refers to the one
# introduced with it
def test_german_occupation_refers_to_the_person_introduced() -> None:
    text = 'Der Chefstratege der Bank, Jan Becker, sprach am Montag.\n\n"Die Zinsen steigen", sagte der Stratege.'
    article = article_of(text, "de")
    assert [(q.text, q.speaker.name if q.speaker is not None else None) for q in article.quotes] == [
        ("Die Zinsen steigen", "Jan Becker")
    ]


# FrenchQuotes: a bare infinitive after the cue (être) opens the reported words; a verdict's verb (a jugé)
# quotes the word in marks
FRENCH_CUES = [
    (
        "Le maire de Brest a dit être prêt à démissionner si le pont fermait.",
        [("être prêt à démissionner si le pont fermait", "Le maire de Brest")],
    ),
    ("Le maire de Brest a jugé l'annonce « insuffisante » lundi.", [("insuffisante", "Le maire de Brest")]),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH_CUES)
def test_french_cues(text: str, expected: list[tuple[str, str | None]]) -> None:
    article = article_of(text, "fr")
    assert [(q.text, q.speaker.name if q.speaker is not None else None) for q in article.quotes] == expected


# QuoteWords.ABBREVIATIONS: "Engr." before a name is the speaker's title
ENGINEER_TITLES = [
    (
        "Engr. Ana Ruiz, the city's chief planner, said the bridge would reopen in June.",
        [("the bridge would reopen in June", "Ana Ruiz", "Engr. Ana Ruiz")],
    ),
    ('"The bridge will reopen in June," said Engr. Ana Ruiz.', [("The bridge will reopen in June,", "Ana Ruiz", "Engr. Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), ENGINEER_TITLES)
def test_engineer_title(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# SpanishQuotes and SpanishVocabulary: a bare infinitive after the cue (estar) opens the reported words; a
# role of the pack's list (delegado) after its article refers to the one introduced with it
SPANISH_CASES = [
    (
        "El alcalde de Vigo dijo estar dispuesto a dimitir si el puente cerraba.",
        [("estar dispuesto a dimitir si el puente cerraba", "El alcalde de Vigo")],
    ),
    (
        "El delegado del Gobierno en Galicia, Pedro Gil, habló el lunes.\n\nEl delegado aseguró que el puente abriría en mayo.",
        [("el puente abriría en mayo", "Pedro Gil")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANISH_CASES)
def test_spanish_cases(text: str, expected: list[tuple[str, str | None]]) -> None:
    article = article_of(text, "es")
    assert [(q.text, q.speaker.name if q.speaker is not None else None) for q in article.quotes] == expected
