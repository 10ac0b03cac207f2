"""Wrong speakers a new user's trial found (issue 5, stop 21), each bad shape beside the near-misses
that must keep their speaker: a speaker read inside an earlier quotation, a name built from a
quotation's first words, letters after a name (``KC``, ``MP``) and an absolute clause
(``..., with the minister accusing ...``)."""

from __future__ import annotations

import pytest

from newsparse.names import NameModel
from newsparse.people import PersonIndex
from newsparse.quotes.parser import QuoteParser
from newsparse.vocabulary import Vocabulary
from quote_cases import Case, article_of, mention_rows, quotes_of

#: (paragraphs, the quotes' (speaker's name, mention)): a word inside a quotation is never the
#: subject of the next quotation's sentence; the quote holding it gives the speaker instead
QUOTED_SUBJECT = [
    # the bad shape: "Corp." does not end the sentence, whose subject was read as the first quote's "we"
    (
        '"Beta Labs has built something remarkable, and we are delighted to welcome the team," said Jane Roe, '
        'chief executive of Acme Corp. "Together we will help customers cut downtime in half."',
        [("Jane Roe", "Jane Roe"), ("Jane Roe", "Jane Roe")],
    ),
    (
        '"The vote was rigged, and I will appeal," said Tom Hale, who heads Hale Holdings Inc. "We will win in court."',
        [("Tom Hale", "Tom Hale"), ("Tom Hale", "Tom Hale")],
    ),
    # near-misses: the sentence ends before the second quotation, or a name outside the marks speaks
    (
        '"Beta Labs has built something remarkable, and we are delighted to welcome the team," said Jane Roe, '
        'chief executive of Acme. "Together we will help customers cut downtime in half."',
        [("Jane Roe", "Jane Roe"), ("Jane Roe", "Jane Roe")],
    ),
    (
        'Ana Ruiz, who chairs the board, called the offer "a serious insult to the staff" on Monday.',
        [("Ana Ruiz", "Ana Ruiz")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_SUBJECT)
def test_no_speaker_read_inside_an_earlier_quotation(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, mention) for _, _, name, mention in mention_rows(text)] == expected


#: (text, the people the index names): a verb form opening quoted words is no given name
OPENING_VERBS = [
    ('"Joining Acme gives us scale," said Tom Hale.', ["Tom Hale"]),
    ('"Backing Ana Ruiz was easy," said Tom Hale.', ["Ana Ruiz", "Tom Hale"]),
    # near-misses: the same word after a word, not a mark, and a name that opens the quotation
    ('The actor Channing Tatum arrived. "Nice," said Tom Hale.', ["Channing Tatum", "Tom Hale"]),
    ('"Ana Ruiz knew it," said Tom Hale.', ["Ana Ruiz", "Tom Hale"]),
    ('"King Charles came," said Tom Hale.', ["Tom Hale"]),
]


@pytest.mark.parametrize(("text", "names"), OPENING_VERBS)
def test_a_verb_opening_quoted_words_starts_no_name(text: str, names: list[str]) -> None:
    index = PersonIndex.build(Vocabulary(), [(text, 0)])
    assert [person.name for person in index.people] == names


def test_a_later_mention_does_not_take_a_name_built_from_quoted_words() -> None:
    text = '"Joining Acme gives us scale," said Tom Hale.\n\nAccording to Acme, the deal will close in May.'
    assert [(name, mention) for _, _, name, mention in mention_rows(text)] == [
        ("Tom Hale", "Tom Hale"),
        ("Acme", "Acme"),
    ]


@pytest.mark.parametrize(
    ("word", "preceding", "expected"),
    [
        ("Joining", '"', True),
        ("Building", "“", True),
        ("Joining", "Tom", False),  # (after a word: a name may be meant)
        ("Joining", None, False),
        ("Sing", '"', False),  # (too short to read as the verb form)
        ("McKing", '"', False),  # (a capital inside: a name)
        ("Joined", '"', False),
    ],
)
def test_is_opening_verb(word: str, preceding: str | None, expected: bool) -> None:
    assert NameModel(Vocabulary()).is_opening_verb(word, preceding) is expected


def test_opening_verb_endings_are_overridable() -> None:
    class NoRule(NameModel):
        OPENING_VERB_ENDINGS = ()

    assert not NoRule(Vocabulary()).is_opening_verb("Joining", '"')


#: (paragraphs, the quotes' (speaker's name, mention)): letters after a name are not in it
POST_NOMINALS = [
    (
        'Tom Reed used the money. Sarah Hill MP said Reed had lied. "He is a thief," she said.',
        [("Sarah Hill", "Sarah Hill MP"), ("Sarah Hill", "she")],  # (she: the one woman's given name)
    ),
    (
        'Tom Reed used the money. Sarah Hill said Reed had lied. "He is a thief," she said.',
        [("Sarah Hill", "Sarah Hill"), ("Sarah Hill", "she")],
    ),
    ("Helen Moss KC said the fraud was planned.", [("Helen Moss", "Helen Moss KC")]),
    ("Helen Moss QC said the fraud was planned.", [("Helen Moss", "Helen Moss QC")]),
    ("Ana Ruiz PhD said the fraud was planned.", [("Ana Ruiz", "Ana Ruiz PhD")]),
    ("Ana Ruiz OBE said the fraud was planned.", [("Ana Ruiz", "Ana Ruiz OBE")]),
    ("Ana Ruiz MEP said the fraud was planned.", [("Ana Ruiz", "Ana Ruiz MEP")]),
    # near-miss: an outlet's letters after a name stay a body's name
    ("Ana Ruiz told the BBC the fraud was planned.", [("Ana Ruiz", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_NOMINALS)
def test_letters_after_a_name_are_not_in_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, mention) for _, _, name, mention in mention_rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sarah Hill MP said Reed had lied.", ["Sarah Hill"]),
        ("Helen Moss KC, for the family, spoke first.", ["Helen Moss"]),
        ("Helen Moss said Reed had lied.", ["Helen Moss"]),
    ],
)
def test_the_index_keeps_letters_out_of_a_name(text: str, names: list[str]) -> None:
    assert [person.name for person in PersonIndex.build(Vocabulary(), [(text, 0)]).people] == names


def test_post_nominals_are_overridable() -> None:
    class Letters(NameModel):
        POST_NOMINALS = ("KC",)

    assert Letters(Vocabulary()).is_post_nominal("KC,")
    assert not Letters(Vocabulary()).is_post_nominal("MP")
    assert NameModel(Vocabulary()).is_post_nominal("MP.")


#: (paragraph, the quotes' (speaker's name, mention)): the noun phrase of an absolute clause, not
#: the sentence's subject, does what its participle says
ABSOLUTE = [
    (
        'Talks collapsed on Monday, with the minister, Sophie Vermeer, accusing the union of "playing with the economy".',
        [("Sophie Vermeer", "Sophie Vermeer")],
    ),
    (
        'Talks collapsed on Monday, with Sophie Vermeer accusing the union of "playing with the economy".',
        [("Sophie Vermeer", "Sophie Vermeer")],
    ),
    (
        'Talks collapsed on Monday, with the union leaders accusing the minister of "playing with the economy".',
        [("the union leaders", "the union leaders")],
    ),
    (
        'The bill passed, with Senator Ana Ruiz recently calling it "a disgrace to this chamber".',
        [("Ana Ruiz", "Senator Ana Ruiz")],
    ),
    # near-misses: a participle after a comma (the subject's), a relative clause after "with",
    # a thing in the absolute clause (its owner's words), no participle
    (
        'Sophie Vermeer left on Monday, accusing the union of "playing with the economy".',
        [("Sophie Vermeer", "Sophie Vermeer")],
    ),
    (
        'Sophie Vermeer attacked Tom Hale, with whom she clashed at the debate, calling him "a fraud and a liar".',
        [("Sophie Vermeer", "Sophie Vermeer")],
    ),
    (
        'Sophie Vermeer began an advertising campaign, with radio spots casting her as "the honest choice".',
        [("Sophie Vermeer", "Sophie Vermeer")],
    ),
    (
        'Sophie Vermeer left on Monday, with the talks "going nowhere fast".',
        [("Sophie Vermeer", "Sophie Vermeer")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE)
def test_the_absolute_clause_names_the_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, mention) for _, _, name, mention in mention_rows(text)] == expected


def test_absolute_openers_are_overridable() -> None:
    class NoAbsolute(QuoteParser):
        ABSOLUTE_WORDS = ()

    text = 'Talks collapsed, with the minister accusing the union of "playing with the economy".'
    assert NoAbsolute().absolute_phrase(text, 0, text.index('"')) is None
    phrase = QuoteParser().absolute_phrase(text, 0, text.index('"'))
    assert phrase is not None and text[phrase[0] : phrase[1]] == "the minister"


#: (paragraph, the quotes' (speaker's name, mention)): a phrase inside the sentence's opening
#: prepositional or participle phrase is an object there, never the speaker
OPENING_PHRASE = [
    (
        "In a statement read to the court, the chair of trustees, Margaret Lowe, said staff were devastated.",
        [("Margaret Lowe", "Margaret Lowe")],
    ),
    (
        "In a statement to the court, the chair of trustees, Margaret Lowe, said staff were devastated.",
        [("Margaret Lowe", "Margaret Lowe")],
    ),
    (
        "Speaking to the council, the chair of trustees, Margaret Lowe, said staff were devastated.",
        [("Margaret Lowe", "Margaret Lowe")],
    ),
    # near-misses: no opening phrase, an opening phrase that ends at its comma, no appositive
    ("The chair of trustees, Margaret Lowe, said staff were devastated.", [("Margaret Lowe", "Margaret Lowe")]),
    ("In a statement, the chair of trustees, Margaret Lowe, said staff were devastated.", [("Margaret Lowe", "Margaret Lowe")]),
    ("In a letter read to the court, Margaret Lowe said staff were devastated.", [("Margaret Lowe", "Margaret Lowe")]),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_PHRASE)
def test_no_speaker_inside_the_opening_phrase(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, mention) for _, _, name, mention in mention_rows(text)] == expected


#: (paragraph, the quotes' (speaker's name, mention)): a name that completes a role (``A
#: spokeswoman for ... Maersk``) before a clause set off by commas belongs to the role's phrase
LINKED_ROLE = [
    (
        "A spokeswoman for the shipping line Maersk, who declined to be named, said the company was monitoring it.",
        [("A spokeswoman for the shipping line Maersk", "A spokeswoman for the shipping line Maersk")],
    ),
    (
        "A friend of Tom Hale, who asked not to be named, said the charges were false.",
        [("A friend of Tom Hale", "A friend of Tom Hale")],
    ),
    # near-misses: the same without the clause, a name alone before it, a role set off before the name
    (
        "A spokeswoman for the shipping line Maersk said the company was monitoring it.",
        [("A spokeswoman for the shipping line Maersk", "A spokeswoman for the shipping line Maersk")],
    ),
    ("Tom Hale, who asked not to be named, said the charges were false.", [("Tom Hale", "Tom Hale")]),
    ("The mayor of Lyon, Ana Ortiz, said the charges were false.", [("Ana Ortiz", "Ana Ortiz")]),
    ("Liu Zhongmin, a professor at Fudan University, said the charges were false.", [("Liu Zhongmin", "Liu Zhongmin")]),
]


@pytest.mark.parametrize(("text", "expected"), LINKED_ROLE)
def test_a_name_completing_a_role_is_not_the_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, mention) for _, _, name, mention in mention_rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A spokeswoman for the shipping line", 0),
        ("A lawyer for the jailed", 0),
        ("A spokesman for the", 0),
        ("A spokesman for", 0),
        ("A spokeswoman for the big new shipping line", None),  # (more words than MAX_LINK_DESCRIPTOR_WORDS)
        ("The shipping line", None),  # (no role and link)
        ("A mayor in the port", None),  # (a locative)
    ],
)
def test_role_before_link(text: str, expected: int | None) -> None:
    parser = QuoteParser()
    assert parser.role_before_link(text, list(parser._word.finditer(text))) == expected


def test_an_aside_in_a_long_subject_keeps_its_name() -> None:
    text = (
        "The vast majority of the world's historians see this for what it is (Ana Lemkin, who coined the word, "
        'once said, "It happened so many times before that nobody could count them").'
    )
    assert [name for _, _, name, _ in mention_rows(text)] == ["Ana Lemkin"]


#: (headline, its quotes' (text, cue, speaker's name)): a noun for people with no article after an
#: inverted cue, closing the headline, is the speaker (headlines drop articles)
BODY = "The minister spoke on Monday about the water industry and its bosses."
HEADLINE_SPEAKERS = [
    ("Water firm bosses 'should be jailed', says minister", [("should be jailed", "says", "minister")]),
    ('Water firm bosses "should be jailed", says minister', [("should be jailed", "says", "minister")]),
    ("'We will not back down,' says union chief", [("We will not back down,", "says", "union chief")]),
    # near-misses: with the article, a name, and words that go on after the noun
    ("Water firm bosses 'should be jailed', says the minister", [("should be jailed", "says", "the minister")]),
    ("Water firm bosses 'should be jailed', says Ana Ruiz", [("should be jailed", "says", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("headline", "expected"), HEADLINE_SPEAKERS)
def test_a_bare_noun_closing_a_headline_speaks(headline: str, expected: list[tuple[str, str, str]]) -> None:
    quotes = article_of(BODY, headline=headline).quotes
    assert [(q.text, q.cue, q.speaker and q.speaker.name) for q in quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The man was armed," said police.', [("said", "police")]),
        ('"It was planned from the start," said prosecutors.', [("said", "prosecutors")]),
        # near-misses: words after the noun, a clause after the cue
        ('"The man was armed," said officials on Monday.', [(None, None)]),
        ('"The man was armed," said it was over.', [(None, None)]),
    ],
)
def test_a_bare_noun_after_an_inverted_cue(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert [(cue, name) for _, _, _, _, cue, name, _ in quotes_of(Case(text, []))] == expected


#: (paragraph, the quotes' (speaker's name, mention)): the writer's ``I`` is never a speaker the
#: paragraph names after it (its quotations are read before its reported speech)
WRITER = [
    (
        'I asked Tom Hale whether he regretted leaving. "Every day," he said.',
        [("I", "I"), ("Tom Hale", "he")],
    ),
    (
        'I told Ana Ruiz that the plan had failed. "We will try again," she said.',
        [("I", "I"), ("Ana Ruiz", "she")],
    ),
    # near-misses: no quotation after it, and a quotation that is the writer's own words before
    ("I asked Tom Hale whether he regretted leaving.", [("I", "I")]),
    ('Tom Hale spoke first. "Every day," he said.', [("Tom Hale", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), WRITER)
def test_the_writer_is_no_speaker_named_after(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, mention) for _, _, name, mention in mention_rows(text)] == expected


#: (paragraphs, the quotes' (speaker's name, mention)): a Spanish dropped subject takes the person
#: set off after a role in the sentence before, and never the last speaker when its paragraph names
#: someone else first
FIRST = "Yolanda Díaz habló primero. «Es histórico», aseguró Díaz."
DROPPED = [
    (
        [FIRST, "El ministro, Unai Sordo, celebró el pacto. «El diálogo funciona», dijo."],
        [("Yolanda Díaz", "Díaz"), ("Unai Sordo", "")],
    ),
    (
        [FIRST, "El ministro, Unai Sordo, celebró el pacto. Añadió que el diálogo funciona."],
        [("Yolanda Díaz", "Díaz"), ("Unai Sordo", "")],
    ),
    (
        # (the role's complement "de CCOO" before the name set off: he, not the one before; packQ)
        [FIRST, "El secretario general de CCOO, Unai Sordo, celebró el pacto. «El diálogo funciona», dijo."],
        [("Yolanda Díaz", "Díaz"), ("Unai Sordo", "")],
    ),
    # near-misses: no one named in the paragraph, and the last speaker named in it again
    ([FIRST, "La reunión duró tres horas. «El diálogo funciona», dijo."], [("Yolanda Díaz", "Díaz"), ("Yolanda Díaz", "")]),
    ([FIRST, "Díaz citó el acuerdo. «El diálogo funciona», dijo."], [("Yolanda Díaz", "Díaz"), ("Yolanda Díaz", "")]),
]


@pytest.mark.parametrize(("pieces", "expected"), DROPPED)
def test_a_dropped_subject_after_someone_else_named(
    pieces: list[str], expected: list[tuple[str | None, str | None]]
) -> None:
    assert [(name, mention) for _, _, name, mention in mention_rows("\n\n".join(pieces), "es")] == expected


def test_a_date_opening_the_clause_is_no_prepositional_phrase() -> None:
    text = "On February 2 the company, a ferry operator, said a tentative agreement had been signed."
    assert [(name, mention) for _, _, name, mention in mention_rows(text)] == [("the company", "the company")]
