"""Issues 5 and 7, regressions the second reader of stop 20 found (fixR20): each table holds the
regression's input beside the shape the commit that caused it meant to fix, both asserted.  Each
case is the text after a plain headline and the exact ``(text, speaker name, mention)`` triples
that must come out (:func:`quote_cases.speaker_rows`), or, for a language pack, the exact speaker
names of :func:`quote_cases.quotes_of`."""

from __future__ import annotations

import pytest

from quote_cases import Case
from quote_cases import quotes_of as case_rows
from quote_cases import speaker_rows as quotes_of

DONE = '"We are done," Ana Ruiz said.'
OVER = '"It is over," she said.'

# "her" after a subject is its own possessive only before a noun, and only a role's: a verb, an
# adjective or a particle after "her" makes it the object (the last speaker stays), and a named
# person of no known gender is not made "she" by a possessive
POSSESSIVE_HERE = [
    # the shapes 38a9090 meant to fix: a role's own statement
    (f"{DONE} The nurse read her statement. {OVER}", "The nurse"),
    (f"{DONE} The nurse thanked her staff. {OVER}", "The nurse"),
    # the regressions: the object of a verb that a verb, adjective or particle follows
    (f"{DONE} The judge saw her leave. {OVER}", "Ana Ruiz"),
    (f"{DONE} The judge let her go. {OVER}", "Ana Ruiz"),
    (f"{DONE} The judge made her wait. {OVER}", "Ana Ruiz"),
    (f"{DONE} The judge helped her escape. {OVER}", "Ana Ruiz"),
    (f"{DONE} The judge sent her home. {OVER}", "Ana Ruiz"),
    (f"{DONE} The judge called her back. {OVER}", "Ana Ruiz"),
    (f"{DONE} The judge found her guilty. {OVER}", "Ana Ruiz"),
    (f"{DONE} The judge kept her waiting. {OVER}", "Ana Ruiz"),
    (f"{DONE} The judge watched her cry. {OVER}", "Ana Ruiz"),
    (f"{DONE} The officer ordered her out. {OVER}", "Ana Ruiz"),
    # a named person of unknown gender: her work is no sign he is she
    (f"{DONE} Sam Berg praised her work. {OVER}", "she"),
    (f"{DONE} Sam Berg read her statement. {OVER}", "she"),
    # (a man's given name, GIVEN_NAMES: the one woman named is the speaker)
    (f"{DONE} Tom Berg praised her work. {OVER}", "Ana Ruiz"),
    (f"{DONE} Tom Berg read her statement. {OVER}", "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "speaker"), POSSESSIVE_HERE)
def test_possessive_here(text: str, speaker: str) -> None:
    assert quotes_of(text) == [("We are done,", "Ana Ruiz", "Ana Ruiz"), ("It is over,", speaker, "she")]


def german_speakers(text: str) -> list[str | None]:
    """The speaker names of *text*'s quotes, read by the German pack."""
    return [row[5] for row in case_rows(Case(text, [], language="de"))]


REPORT = ", sagte, die Brücke werde im Mai eröffnet."
SAID = ", sagte: „Wir machen weiter.“"

# a capitalised word with a German opening prefix (un-, ge-) before a comma opens the sentence only
# with a participle's or adjective's ending: a given name or a surname there is the speaker
GERMAN_PREFIXED_OPENINGS = [
    # the shapes 47149fd meant to fix: a participle or adjective, the role after it speaks
    (f"Unbeirrt, der Bürgermeister{REPORT}", ["der Bürgermeister"]),
    (f"Gelassen, die Ministerin{REPORT}", ["die Ministerin"]),
    (f"Ungeduldig, der Trainer{REPORT}", ["der Trainer"]),
    # the regressions: a given name or a surname with such a beginning
    (f"Gerhard, der Bürgermeister{REPORT}", ["Gerhard"]),
    (f"Gertrud, die Bürgermeisterin{REPORT}", ["Gertrud"]),
    (f"Genscher, der Außenminister{REPORT}", ["Genscher"]),
    (f"Gerhard, der Bürgermeister{SAID}", ["Gerhard"]),
    (f"Gertrud, die Bürgermeisterin{SAID}", ["Gertrud"]),
    (f"Genscher, der Außenminister{SAID}", ["Genscher"]),
]


@pytest.mark.parametrize(("text", "speakers"), GERMAN_PREFIXED_OPENINGS)
def test_german_prefixed_openings(text: str, speakers: list[str | None]) -> None:
    assert german_speakers(text) == speakers


def line_speakers(text: str) -> list[str | None]:
    """The speaker names of *text*'s quotes, read paragraph by paragraph (no layout)."""
    return [row[5] for row in case_rows(Case(text.split("\n\n"), []))]


GREAT = '"Great speech. She is ready."\n\n'

# a dash line after a lone quotation names its speaker only when it holds a person's name: not a
# reporter's sign-off (an agency or outlet after the name), not a phrase whose name is one word
# after others, not a line the layout read as the byline
DASH_LINES = [
    # the shapes 6aa2086 meant to fix
    (f"{GREAT}-Ana Ortiz, Dover.", ["Ana Ortiz"]),
    (f"{GREAT}— Mayor Tom Berg, speaking on Monday", ["Tom Berg"]),
    (f"{GREAT}-- Tom Berg", ["Tom Berg"]),
    (f"{GREAT}-President Ortiz, speaking after the vote.", ["Ortiz"]),
    # the regressions
    (f"{GREAT}— Jane Doe, Associated Press", [None]),
    (f"{GREAT}-Tom Berg, Reuters", [None]),
    (f"{GREAT}- Ana Ortiz, Washington Post", [None]),
    (f"{GREAT}- Lord of the Rings", [None]),
]


@pytest.mark.parametrize(("text", "speakers"), DASH_LINES)
def test_dash_lines(text: str, speakers: list[str | None]) -> None:
    assert line_speakers(text) == speakers


STORY = "The council met on Monday to vote on the budget for the coming year.\n\n"

# in a whole article, a dash line the layout read as the byline is not a speaker's line too
DASH_LINES_IN_ARTICLES = [
    (f'{STORY}"We shall overcome."\n\n- Mark Twain', [("We shall overcome.", None, None)]),
    (f'{STORY}"We shall overcome."\n\n— Jane Doe, Associated Press', [("We shall overcome.", None, None)]),
    # near miss: a dash line among the story's paragraphs still names the speaker
    (f'{STORY}"We shall overcome."\n\n-Ana Ortiz, Dover.', [("We shall overcome.", "Ana Ortiz", "Ana Ortiz")]),
    (f'{STORY}"We shall overcome."\n\n-- Tom Berg\n\nThe vote was held later that day in the town hall.',
     [("We shall overcome.", "Tom Berg", "Tom Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), DASH_LINES_IN_ARTICLES)
def test_dash_lines_in_articles(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert quotes_of(text) == expected


# a surname shared by index names that differ only by a suffix names none of them (the words as
# written): "Brent Bozell III" and his father "Brent Bozell, Jr." are two people
SUFFIX_VARIANTS = [
    # the shapes 38a9090 meant to fix: one suffixed name, its surname alone is that person
    ('"We will win," said Tom Berg Jr. "Maybe," Berg said.', ["Tom Berg Jr.", "Tom Berg Jr."]),
    ('"We will win," said Henry Ford II. "Go," Ford said.', ["Henry Ford II", "Henry Ford II"]),
    # the regressions
    ('"We will win," said Tom Berg. "We lose," said Tom Berg Jr. "Maybe," Berg said.',
     ["Tom Berg", "Tom Berg Jr.", "Berg"]),
    ('"We lose," said Tom Berg Jr. "We will win," said Tom Berg. "Maybe," Berg said.',
     ["Tom Berg Jr.", "Tom Berg", "Berg"]),
    ('"We will win," said Tom Berg Sr. "We lose," said Tom Berg Jr. "Maybe," Berg said.',
     ["Tom Berg Sr.", "Tom Berg Jr.", "Berg"]),
]


@pytest.mark.parametrize(("text", "speakers"), SUFFIX_VARIANTS)
def test_suffix_variants(text: str, speakers: list[str | None]) -> None:
    assert [row[1] for row in quotes_of(text)] == speakers


HART = "Mr. Bill Hart visited the school with his wife"
DONE_HART = '"We are done,"'

# a gendered title before a full name the article describes for both genders, whose possessive
# shows the other gender: the one person of the surname with the title's gender, else as written;
# a titled surname of the other gender is someone else than the person the pronoun is
TITLED_OTHER_GENDER = [
    # the regressions
    (f"{HART}, Joan Hart. {DONE_HART} Mrs. Bill Hart said.", [("We are done,", "Joan Hart", "Mrs. Bill Hart")]),
    (f"{HART}. {DONE_HART} Mrs. Bill Hart said.", [("We are done,", "Mrs. Bill Hart", "Mrs. Bill Hart")]),
    # near misses: the title of the name's own gender, and a titled surname
    (f"{HART}, Joan Hart. {DONE_HART} Mr. Bill Hart said.", [("We are done,", "Bill Hart", "Mr. Bill Hart")]),
    (f"{HART}, Joan Hart. {DONE_HART} Mrs. Hart said.", [("We are done,", "Joan Hart", "Mrs. Hart")]),
    # 38a9090's shapes: the pronoun of the other gender than a titled surname's is not that person
    ('Ana Berg spoke. Mr. Berg sat down. "We are done," she said.', [("We are done,", "she", "she")]),
    ('Ms. Ortiz spoke. Mr. Ortiz sat down. "We are done," he said.', [("We are done,", "he", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_OTHER_GENDER)
def test_titled_other_gender(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert quotes_of(text) == expected


# the one a verb of recalling or hearing takes as its object speaks the quotation after a
# participle only when that one is a person: a thing that may "say" leaves it to the subject
RECALLED_PEOPLE = [
    # the shapes 82f3d22 meant to fix
    ('Tom Berg recalled Ana Ruiz saying: "We will never give up."', ["Ana Ruiz"]),
    ('Tom Berg remembered his mother telling him: "Never give up."', ["his mother"]),
    ('Tom Berg heard the mayor saying: "It is terrible."', ["the mayor"]),
    # the regressions: a thing heard or recalled
    ('Tom Berg heard the news saying: "It is terrible."', ["Tom Berg"]),
]


@pytest.mark.parametrize(("text", "speakers"), RECALLED_PEOPLE)
def test_recalled_people(text: str, speakers: list[str | None]) -> None:
    assert line_speakers(text) == speakers


def reported(text: str) -> list[tuple[str, str, str | None]]:
    """``(kind, text, speaker)`` of *text*'s quotes, read paragraph by paragraph."""
    return [(row[0], row[1], row[5]) for row in case_rows(Case(text, []))]


# a word of NON_SPEECH_OBJECTS after "said a" is the verb's object only as the head of its phrase:
# as the modifier of another noun it says nothing of what was said
NON_SPEECH_HEADS = [
    # the shapes 1c8514c meant to fix: the thing said is the object, no reported words
    ("Ana Ruiz said a prayer for the victims.", []),
    ("Ana Ruiz said a mass of thanks for the victims.", []),
    # the regressions: the listed word modifies the noun after it
    ("Tom Berg said a mass exodus from the city had begun.", [("R", "a mass exodus from the city had begun", "Tom Berg")]),
    ("Tom Berg said a mass exodus from the city.", [("R", "a mass exodus from the city", "Tom Berg")]),
    ("Ana Ruiz said a farewell party for the staff.", [("R", "a farewell party for the staff", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), NON_SPEECH_HEADS)
def test_non_speech_heads(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert reported(text) == expected


# quotations of one sentence joined by a coordinator alone, the last attributed after it, are one
# speaker's words: "or" joins them as "and" does
JOINED_QUOTATIONS = [
    ('The plan is "a disaster" and "a waste," Ana Ortiz said.', [("a disaster", "Ana Ortiz"), ("a waste,", "Ana Ortiz")]),
    ('The plan is "a disaster" or "a waste," Ana Ortiz said.', [("a disaster", "Ana Ortiz"), ("a waste,", "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_QUOTATIONS)
def test_joined_quotations(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(row[1], row[5]) for row in case_rows(Case(text, []))] == expected
