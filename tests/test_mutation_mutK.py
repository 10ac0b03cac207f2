"""Cases written for the mutation pass over the speaker resolution code of stops 17 and 18 (issue 8;
see "Mutation testing" in ``docs/testing.md``, the ``mutK`` section): the survivors ``mutF`` left
unexamined in ``plain_subject`` and ``apposed_subject``, and the mutants on the lines stop 18 changed
in ``quotes/resolution.py``.  Each row is text written for one rule and the value it must give, the
bad reading a mutant gave beside it in a comment."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser
from newsparse.people import Person
from newsparse.quotes.parser import QuoteParser

HEADLINE = "Harbor board weighs ferry cuts\n\n"
QUOTES = QuoteParser()


def speakers(story: str, parser: ArticleParser | None = None) -> list[tuple[str, str | None]]:
    article = (parser or ArticleParser()).parse(HEADLINE + story + "\n")
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


#: ``plain_subject``: a role after a determiner, its verb right after it, as the subject a pronoun
#: of the next quotation turns to.
PLAIN: list[tuple[str, list[tuple[str, str | None]]]] = [
    # a role of two words before its verb (read only the first MAX_ROLE_WORDS - 1 words, the
    # role is not reached: "Ana Ortiz")
    (
        '"It is over," Ana Ortiz said. The harbour judge read his statement. "It is not," he said.',
        [("It is over,", "Ana Ortiz"), ("It is not,", "The harbour judge")],
    ),
    (
        '"It is over," Ana Ortiz said. The harbour court judge read his statement. "It is not," he said.',
        [("It is over,", "Ana Ortiz"), ("It is not,", "The harbour court judge")],
    ),
]


@pytest.mark.parametrize(("story", "expected"), PLAIN)
def test_a_role_subject_read_without_the_grammar(story: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(story) == expected


#: ``acronym_organisation``: the words of a mention, the name words read at their end, and the
#: organisation an acronym before them opens (``None``: no such organisation).
ACRONYMS: list[tuple[str, str, str | None]] = [
    ("RTL Info", "Info", "RTL Info"),
    ("the CNN Money", "Money", "CNN Money"),
    ("AT&T Tom Berg", "Tom Berg", "AT&T Tom Berg"),  # (an ampersand inside the acronym)
    ("the U.S. Silas", "Silas", "U.S. Silas"),  # (dots inside the acronym)
    ("Sen. Ana Ortiz", "Ana Ortiz", None),  # (a title, not all capitals)
    ("MP Tom Berg", "Tom Berg", None),  # (all capitals, but a title)
    ("A Tom", "Tom", None),  # (one letter)
    ("Q4 Tom", "Tom", None),  # (a digit)
    ("Tom Berg", "Tom Berg", None),  # (nothing before the name)
    ("RTL", "", None),  # (no name words)
]


@pytest.mark.parametrize(("mention", "name", "expected"), ACRONYMS)
def test_an_organisation_an_acronym_opens(mention: str, name: str, expected: str | None) -> None:
    assert QUOTES.acronym_organisation(mention.split(), name.split()) == expected


#: ``head_first_organisation``: an organisation whose head word comes first.
HEAD_FIRST: list[tuple[str, str | None]] = [
    ("the Bank of England", "Bank of England"),
    ("the Bank of the Philippines", "Bank of the Philippines"),  # (an article inside)
    ("Bank of England", "Bank of England"),  # (no determiner)
    ("the Committee for Jobs", "the Committee for Jobs"),  # (a post-modifier's link: as written)
    ("the Committee for a Responsible Federal Budget", "the Committee for a Responsible Federal Budget"),
    ("the Bank of england", None),  # (the last word not capitalised)
    ("the Committee for a new Budget", None),  # (a lower-case word inside)
    ("the committee for Jobs", None),  # (the head not capitalised)
    ("the Bank of", None),  # (too short)
    ("the Royal Bank of Canada", None),  # (the head word not first)
    ("the Harbour Bank of England", None),  # (the head word not first: "Bank" a title, as in "Bank Governor")
    ("the Senate Republican Leader Robert Dole of Kansas", None),  # (a title before the link)
    ("the Centers for Disease Control and Prevention", "the Centers for Disease Control and Prevention"),  # (and)
    ("the Department of Health and human Services", None),  # ("and" before a lower-case word)
    ("the Department of Transport Director Ana Ortiz", None),  # (a title and a person's name after the link)
    ("the Bank and England", None),  # (no link after the head)
]


@pytest.mark.parametrize(("mention", "expected"), HEAD_FIRST)
def test_an_organisation_with_its_head_first(mention: str, expected: str | None) -> None:
    assert QUOTES.head_first_organisation(mention.split()) == expected


#: ``opening_adverb_word``: an adverb that opens a sentence before a name, not a given name.
ADVERBS: list[tuple[str, bool]] = [
    ("Eventually", True),
    ("Finally", True),
    ("Later", True),  # (MIN_OPENING_ADVERB letters exactly)
    ("Will", False),  # (a stop word that is also a given name)
    ("Now", False),  # (shorter than MIN_OPENING_ADVERB)
    ("Berg", False),  # (no adverb)
]


@pytest.mark.parametrize(("word", "expected"), ADVERBS)
def test_an_adverb_that_opens_a_sentence(word: str, expected: bool) -> None:
    assert QUOTES.opening_adverb_word(word) is expected


#: paragraphs enough to put a mention more than ``ROLE_LOOKBACK`` (2,000) characters after a title
FILLER = "\n\n".join(
    f"The ferry board met for {hours} hours on the harbour plan and the cost of the new pier." for hours in range(2, 27)
)

#: ``of_another_body`` and ``bare_title_holder``: a bare role mention (``the president``) whose
#: holder the index found named with another body, and the titles given before it.
BODIES: list[tuple[str, list[tuple[str, str | None]]]] = [
    # a sentence that opens with "The" and a capitalised word is no title given to anyone (the
    # mention's determiner taken for a role too: "the president" left as written)
    (
        "World Bank President Tom Berg toured the port on Monday. The Harbour Board met him.\n\n"
        '"The deal is done," the president said.',
        [("The deal is done,", "Tom Berg")],
    ),
    # the mention names the body itself: its holder, whatever other president the text titles
    # (read on to the title before it: left as written)
    (
        "President Ana Ortiz toured the port on Monday. Later she played golf with World Bank President Tom Berg.\n\n"
        '"The deal is done," the World Bank president said.',
        [("The deal is done,", "Tom Berg")],
    ),
    (
        "President Ana Ortiz toured the port on Monday. Later she met Tom Berg, the president of the union.\n\n"
        '"We need more money," the union president said.',
        [("We need more money,", "Tom Berg")],
    ),
    # the one described as the president with no body is the one meant, another titled
    # president or not (read on to the title: "the president" left as written)
    (
        "President Ana Ortiz arrived in the morning. She later met Tom Berg, the president.\n\n"
        '"We need more money," the president said.',
        [("We need more money,", "Tom Berg")],
    ),
    # the other president titled after the body's one, before the mention (the window before
    # the mention read from the wrong side: "Tom Berg")
    (
        "World Bank President Tom Berg toured the port on Monday. He later called President Obama.\n\n"
        '"The deal is done," the president said.',
        [("The deal is done,", "the president")],
    ),
    # a president titled only after the mention is no other holder when it is made (read to the
    # text's end: "the president")
    (
        'World Bank President Tom Berg toured the port on Monday.\n\n"The deal is done," the president said.\n\n'
        "President Ana Ortiz arrived later.",
        [("The deal is done,", "Tom Berg")],
    ),
    # the other president titled before the body's one, far from the mention but near the body's
    # holder (the window before that holder read from the wrong side: "Tom Berg")
    (
        "President Ana Ortiz toured the port on Monday. Later she played golf with World Bank President Tom Berg."
        f'\n\n{FILLER}\n\n"The deal is done," the president said.',
        [("The deal is done,", "the president")],
    ),
]


@pytest.mark.parametrize(("story", "expected"), BODIES)
def test_the_role_of_another_body(story: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(story) == expected


#: ``bare_title_holder``: the role, the person found, the text and where the window starts (the
#: text's end closes it), and whether the text titles someone else with the role and no body
#: before the title.
TITLE_HOLDERS: list[tuple[str, str, str, str, bool]] = [
    ("president", "Tom Berg", "President Obama met him.", "", True),
    ("president", "Tom Berg", "French President Ana Ortiz met him.", "", True),  # (a country before)
    ("president", "Tom Berg", "In Washington, President Obama met him.", "", True),  # (a comma before)
    ("president", "Tom Berg", "the President  Obama met him.", "", True),  # (two spaces)
    ("president", "Tom Berg", "World Bank President Jim Kim met him.", "", False),  # (a body before)
    ("president", "Tom Berg", "Acme President Obama met him.", "", False),
    ("president", "Tom Berg", "Rolls-Royce President Ana Ortiz met him.", "", False),  # (a hyphen inside)
    ("president", "Tom Berg", "AT&T President Ana Ortiz met him.", "", False),  # (an ampersand inside)
    # the window opens at the title: the body before it is not read
    ("president", "Tom Berg", "Acme President Obama met him.", "President", True),
    # the window opens after the title: no title in it
    ("president", "Tom Berg", "President Obama met him. Tom Berg left.", "Obama", False),
    ("president", "Tom Berg", "President obama met him.", "", False),  # (no capitalised name)
    ("judge", "Tom Berg", "Judge Berg's ruling stood.", "", False),  # (the same person)
    ("judge", "Tom Berg", "Judge Berg's ruling stood. Judge Hale agreed.", "", True),
    ("president", "Tom Berg", "Vice President Obama met him.", "", False),  # (a capitalised word before)
]


@pytest.mark.parametrize(("role", "found", "text", "opening", "expected"), TITLE_HOLDERS)
def test_a_title_given_to_someone_else(role: str, found: str, text: str, opening: str, expected: bool) -> None:
    start = text.index(opening) if opening else 0
    assert QUOTES.bare_title_holder(role, found, text, start, len(text)) is expected


#: ``known_core``: a word before a name the article also gives without it (a title's, a film's:
#: ``the Real Tom Berg``) is not the person's.
CORES: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        'The film tells the inside story of the Real Tom Berg. Tom Berg spoke on Monday.\n\n"We won," Berg said.',
        [("We won,", "Tom Berg")],
    ),
    (
        "The film tells the inside story of the Real Tom Lee Berg. Tom Lee Berg spoke on Monday.\n\n"
        '"We won," Berg said.',
        [("We won,", "Tom Lee Berg")],
    ),
    # two name words, the core one longer
    (
        "The film tells the inside story of the Real Tom Lee Berg. Tom Lee Berg spoke on Monday.\n\n"
        '"We won," Lee Berg said.',
        [("We won,", "Tom Lee Berg")],
    ),
    # the index knows no shorter name: the longest one stays
    ('The film tells the inside story of the Real Tom Berg.\n\n"We won," Berg said.', [("We won,", "Real Tom Berg")]),
]


@pytest.mark.parametrize(("story", "expected"), CORES)
def test_a_name_the_article_also_gives_shorter(story: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(story) == expected


#: ``titled_person``: a title's gender against the gender the article gave the person of that name.
TITLED: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        'Bill Hart visited the school on Monday with his wife, Joan Hart, a senator.\n\n"We were moved," Mrs. Hart said.',
        [("We were moved,", "Joan Hart")],
    ),
    (
        'Bill Hart visited the school on Monday with his wife, Joan Hart, a senator.\n\n"We were moved," Mr. Hart said.',
        [("We were moved,", "Bill Hart")],
    ),
    # a title of no gender: the fullest name
    (
        'Bill Hart visited the school on Monday with his wife, Joan Hart, a senator.\n\n"We were moved," Dr. Hart said.',
        [("We were moved,", "Bill Hart")],
    ),
    # two name words: the woman whose name ends in both
    (
        "Bill Hart visited the school on Monday with his wife, Joan Lee Hart, a senator.\n\n"
        '"We were moved," Mrs. Lee Hart said.',
        [("We were moved,", "Joan Lee Hart")],
    ),
    # another woman of another name is no match
    (
        "Bill Hart visited the school on Monday with his wife, Joan Hart, a senator, and Ann Rowe, her aide.\n\n"
        '"We were moved," Mrs. Hart said.',
        [("We were moved,", "Joan Hart")],
    ),
    # two women of that name: no one sure, the name as written
    (
        "Bill Hart visited the school on Monday with his wife, Joan Hart, and his sister, Ann Hart.\n\n"
        '"We were moved," Mrs. Hart said.',
        [("We were moved,", "Hart")],
    ),
    (
        "Bill Lee Hart visited the school on Monday with his wife, Joan Lee Hart, and his sister, Ann Lee Hart.\n\n"
        '"We were moved," Mrs. Lee Hart said.',
        [("We were moved,", "Lee Hart")],
    ),
]


@pytest.mark.parametrize(("story", "expected"), TITLED)
def test_a_title_of_the_other_gender(story: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(story) == expected


#: ``names_object``: the sentence, the person named first (the word its mention starts with in the
#: text) and the one after, and whether the second is the object of the first's verb.
OBJECTS: list[tuple[str, str, str, str, bool]] = [
    ("Tom Berg met Chancellor Ana Ortiz on Monday.", "Tom Berg", "Tom Berg", "Ana Ortiz", True),
    ("Tom Berg met Mrs. Ana Ortiz on Monday.", "Tom Berg", "Tom Berg", "Ana Ortiz", True),  # (a title, no role)
    ("Berg met Chancellor Ana Ortiz on Monday.", "Berg", "Berg", "Ana Ortiz", True),  # (a name of one word)
    ("Tom Berg cross-examined Ana Ortiz on Monday.", "Tom Berg", "Tom Berg", "Ana Ortiz", True),  # (a hyphen)
    ("Tom Berg, an adviser to Ana Ortiz, left.", "Tom Berg", "Tom Berg", "Ana Ortiz", False),
    ("Tom Berg met with the staff of Ana Ortiz.", "Tom Berg", "Tom Berg", "Ana Ortiz", False),  # (too many words)
    # a mention written as a possessive: none of its words opens the text, no verb of its own
    # (the first word skipped: True)
    ("Berg's aide met Ana Ortiz on Monday.", "Berg", "Berg's", "Ana Ortiz", False),
]


@pytest.mark.parametrize(("text", "name", "written", "after", "expected"), OBJECTS)
def test_the_object_of_a_named_persons_verb(text: str, name: str, written: str, after: str, expected: bool) -> None:
    named = Person(name, tuple(name.split()), frozenset(), text.index(written))
    other = Person(after, tuple(after.split()), frozenset(), text.index(after))
    assert QUOTES.names_object(named, other, text) is expected


#: ``titles_another``: a descriptor of a mention written as the title of another name after it.
FAR = " The hearing ran late into the evening, and the committee heard from nine more witnesses before it rose."
TITLES_ANOTHER: list[tuple[str, str, str, bool]] = [
    ("John Coale, a lawyer supportive of Mrs. Clinton, spoke first.", "John Coale", "mrs", True),
    # the other title beyond PHRASE_WINDOW characters after the mention
    (f"John Coale spoke first.{FAR}{FAR} Mrs. Clinton spoke last.", "John Coale", "mrs", False),
    ("John Coale spoke first.", "John Coale", "mrs", False),
]


@pytest.mark.parametrize(("text", "name", "word", "expected"), TITLES_ANOTHER)
def test_a_descriptor_that_titles_another_name(text: str, name: str, word: str, expected: bool) -> None:
    person = Person(name, tuple(name.split()), frozenset({word}), text.index(name))
    assert QUOTES.titles_another(text, person, word) is expected


#: ``after_body_name``: the index of the word after a body's capitalised name that opens a
#: sentence after its determiner (1: no such name), at most ``APPOSED_BODY_WORDS`` words, and never
#: the sentence's last two words.
BODY_NAMES: list[tuple[str, int]] = [
    ("The Federal Reserve chairwoman, Ana Ortiz, spoke on Monday.", 3),
    ("The Harbour Rail Freight Board chairman, Tom Berg, spoke.", 4),  # (three words at most)
    ("The World Bank president.", 2),  # (the last two words are not read)
    ("The Assembly, Ana Ortiz said, would meet.", 1),  # (a comma inside)
]


@pytest.mark.parametrize(("raw", "expected"), BODY_NAMES)
def test_the_word_after_a_bodys_name(raw: str, expected: int) -> None:
    words = list(QUOTES._word.finditer(raw))
    assert QUOTES.after_body_name(raw, words) == expected
