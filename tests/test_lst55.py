"""Lists of speakers and subjects before and after a cue (lst55, issue 5): a list of people named
by nouns or names is the speaker whole, never its last one or two; precision rows where a comma
sets off an appositive, an opening phrase or a thing, so no list is joined."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser
from newsparse.visible import UNSEEN
from quote_cases import quote_speakers

HEAD = "Council votes on harbour plan\n\n"


def _speakers(body: str, language: str | None = None) -> list[str | None]:
    return [name for _, name in quote_speakers(HEAD + body + "\n", language)]


# -- (1) a list of subjects before the cue, people named by nouns --------------------------------------

@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Residents, shopkeepers and farmers said the water was brown.", "Residents, shopkeepers and farmers"),
        ("Residents, shopkeepers, and farmers said the water was brown.", "Residents, shopkeepers, and farmers"),
        ("Nurses, local teachers and parents told the board the school should stay open.", "Nurses, local teachers and parents"),
        ("The mayor, the governor and the sheriff said the levee held.", "The mayor, the governor and the sheriff"),
        (
            "The mayor, the governor and the sheriff toured the site and said the levee held.",
            "The mayor, the governor and the sheriff",
        ),
        (
            "The judge, the prosecutor, the clerk and the bailiff left the court and said the trial would resume.",
            "The judge, the prosecutor, the clerk and the bailiff",
        ),
        (
            "Residents, shopkeepers and farmers gathered outside and said the water was brown.",
            "Residents, shopkeepers and farmers",
        ),
        # (precision: an appositive after a name, an opening phrase, things in the list: no list joined)
        ("Ana Ruiz, a lawyer and activist, said the water was brown.", "Ana Ruiz"),
        ("Last year, residents and farmers said the water was brown.", "residents and farmers"),
        ("In Dover, residents and farmers said the water was brown.", "residents and farmers"),
        ("Schools, hospitals and farmers said the water was brown.", "hospitals and farmers"),
        ("The mayor, a lawyer, said the levee held.", "The mayor"),
        (
            "Ana Ruiz, the veteran lawyer and treasurer of the harbour trust, has told reporters the levee held.",
            "Ana Ruiz",
        ),
        ("Ana Ruiz, the veteran lawyer and treasurer of the harbour trust said the levee held.", "Ana Ruiz"),
        ("The senator, a Democrat, and the governor said the levee held.", "the governor"),
        # (a place set off before two subjects: no item of theirs)
        ("New York, Tom Berg and Eva Hall toured the site and said the levee held.", "Tom Berg and Eva Hall"),
        ("Democrats, Republicans and independents said the levee held.", "Democrats, Republicans and independents"),
        # (a list whose last member names no one: never joined into a list of people)
        ("Ruiz, Lee and others said the levee held.", "others"),
    ],
)
def test_group_list_before_cue(body: str, speaker: str) -> None:
    assert _speakers(body) == [speaker]


# -- (1) names in a list: before the cue with roles set off, and after an inverted cue -----------------

@pytest.mark.parametrize(
    ("body", "language", "speaker"),
    [
        (
            "Local MP Sarah Jones, a former nurse, and council leader Tom Price said the ward would stay open.",
            None,
            "Sarah Jones and Tom Price",
        ),
        (
            "Sarah Jones, a former nurse, and council leader Tom Price said the ward would stay open.",
            None,
            "Sarah Jones and Tom Price",
        ),
        ('"We stay," said Ana Ruiz, Tom Lee and Kofi Mensah.', None, "Ana Ruiz, Tom Lee and Kofi Mensah"),
        ('"We stay," said Ana Ruiz, Tom Lee, and Kofi Mensah.', None, "Ana Ruiz, Tom Lee, and Kofi Mensah"),
        ('"We stay," said Ana Ruiz, Tom Lee, Eva Hall and Kofi Mensah on Monday.', None, "Ana Ruiz, Tom Lee, Eva Hall and Kofi Mensah"),
        ("«Nos quedamos», dijeron Ana Ruiz, Pedro Gil y Eva Soto.", "es", "Ana Ruiz, Pedro Gil y Eva Soto"),
        # (precision: an appositive after the name; a clause after the join; two names as before)
        ('"We stay," said Ana Ruiz, a lawyer.', None, "Ana Ruiz"),
        ('"We stay," said Ana Ruiz, Tom Lee and left the room.', None, "Ana Ruiz"),
        ('"We stay," said Ana Ruiz and Tom Lee.', None, "Ana Ruiz and Tom Lee"),
    ],
)
def test_name_list(body: str, language: str | None, speaker: str) -> None:
    assert _speakers(body, language) == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # (a surname the article gave in full, its age set off, then a role: both)
        ("Tom Smith, a farmer, lost his barn.\n\nSmith, 45, and his wife said the levee held.", "Tom Smith and his wife"),
        ("Tom Smith, 45, and his wife said the levee held.", "Tom Smith and his wife"),
        # (a lone surname with its age set off opens the list too, named as written: wv56 took back
        # stop 48's decision that it joins nothing)
        ("Smith, 45, and his wife said the levee held.", "Smith and his wife"),
    ],
)
def test_surname_with_age_joined(body: str, speaker: str) -> None:
    assert _speakers(body) == [speaker]


# -- (4) a control character inside a line hides no cue nor speaker; spans slice the input ------------

@pytest.mark.parametrize(
    ("body", "speaker", "mention"),
    [
        ('"We stay," said\x00 Tom Smith.', "Tom Smith", "Tom Smith"),
        ('"We stay," said\x01 Tom Smith.', "Tom Smith", "Tom Smith"),
        ('"We stay,"\x07 said Tom Smith.', "Tom Smith", "Tom Smith"),
        ('"We stay," said Tom\x00 Smith.', "Tom Smith", "Tom\x00 Smith"),
        ('"We stay," said\x7f Tom Smith.', "Tom Smith", "Tom Smith"),
        ("Tom Smith arrived.\n\n\"We stay,\" said\x00 Smith.", "Tom Smith", "Smith"),
        ("Tom Smith\x00 said the water was brown.", "Tom Smith", "Tom Smith"),
        # (precision: the same text without the character reads the same; a tab is a blank, as before)
        ('"We stay," said Tom Smith.', "Tom Smith", "Tom Smith"),
        ('"We stay," said\tTom Smith.', "Tom Smith", "Tom Smith"),
    ],
)
def test_control_characters(body: str, speaker: str, mention: str) -> None:
    text = HEAD + body + "\n"
    quotes = ArticleParser().parse(text).quotes
    assert [(q.speaker.name, q.speaker.mention) if q.speaker else None for q in quotes] == [(speaker, mention)]
    for quote in quotes:
        assert quote.span.slice(text).replace("\x00", "") == quote.text.replace("\x00", "")
        assert quote.speaker is not None and quote.speaker.span is not None
        assert quote.speaker.span.slice(text) == quote.speaker.mention


@pytest.mark.parametrize("char", ["\x00", "\x03", "\x08", "\x0e", "\x1b", "\x7f", "\u200b"])
def test_unseen_pattern(char: str) -> None:
    assert UNSEEN.fullmatch(char) is not None


@pytest.mark.parametrize(
    "char", ["\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "\x80", "\x83", "\x85", "\x9f", " ", "a"]
)
def test_unseen_keeps_blanks_and_breaks(char: str) -> None:
    assert UNSEEN.fullmatch(char) is None


# -- (2) a name set off by commas before a colon cue, after a place and its country ------------------

@pytest.mark.parametrize(
    ("body", "language", "speaker"),
    [
        ('El alcalde de Valencia, España, Joan Ribó, dijo: "Vamos a votar".', "es", "Joan Ribó"),
        ("La alcaldesa de Rosario, Argentina, Marta Gil, afirmó: «Vamos a votar».", "es", "Marta Gil"),
        ('El alcalde de Valencia, Joan Ribó, dijo: "Vamos a votar".', "es", "Joan Ribó"),
        ("Le maire de Lyon, France, Grégory Doucet, a déclaré : « Nous allons voter ».", "fr", "Grégory Doucet"),
        ("Der Bürgermeister von München, Deutschland, Dieter Reiter, sagte: „Wir stimmen ab.“", "de", "Dieter Reiter"),
        ("Der Bürgermeister, Dieter Reiter, sagte: „Wir stimmen ab.“", "de", "Dieter Reiter"),
        ('The mayor of Valencia, Spain, Joan Ribo, said: "We will vote."', None, "Joan Ribo"),
        # (precision: one word after the comma is no full name; a place alone names no one)
        ('El alcalde de Valencia, España, Ribó, dijo: "Vamos a votar".', "es", None),
        ('En Valencia, España, dijo: "Vamos a votar".', "es", None),
    ],
)
def test_name_after_place_before_colon(body: str, language: str | None, speaker: str | None) -> None:
    assert _speakers(body, language) == [speaker]


# -- (3) a bare Spanish verb after a paragraph that names one person as its subject -------------------

@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        ("La ministra Ana Ruiz llegó a las diez.\n\n«Es tarde», dijo.", ["Ana Ruiz"]),
        ("Ana Ruiz llegó a las diez.\n\n«Es tarde», dijo.", ["Ana Ruiz"]),
        ("El alcalde Luis Gil visitó la obra el lunes.\n\n«Vamos a terminar en mayo», aseguró.", ["Luis Gil"]),
        # (precision: the name is the verb's object; two people; someone unnamed opens the paragraph)
        ("El ministro elogió a Pedro Sánchez.\n\n«Es tarde», dijo.", [None]),
        ("Ana Ruiz y Luis Gil llegaron a las diez.\n\n«Es tarde», dijo.", [None]),
        ("La ministra Ana Ruiz llegó a las diez.\n\nEl alcalde la recibió. «Es tarde», dijo.", [None]),
        ("La ministra Ana Ruiz llegó a las diez.\n\n«Es tarde», dijo Luis Gil.", ["Luis Gil"]),
    ],
)
def test_dropped_subject_after_paragraph(body: str, speakers: list[str | None]) -> None:
    assert _speakers(body, "es") == speakers

