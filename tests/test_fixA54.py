"""A new user's quote and speaker defects (fixA54, issue 5): a surname two people share, a
generation word after a name, and the other rows below.  One table each, with precision rows
where similar text keeps today's reading."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser
from quote_cases import QuoteSpeaker, quote_speakers


def _quotes(text: str, language: str = "en") -> list[QuoteSpeaker]:
    found = quote_speakers(text, language)
    # (each quote's text is its span's slice of the input)
    assert [t for t, _ in found] == [q.span.slice(text) for q in ArticleParser(language=language).parse(text).quotes]
    return found


# -- (1) a bare surname two people quoted share stays as written ---------------------------------------

@pytest.mark.parametrize(
    ("body", "last"),
    [
        # (a family named before the two: "The Ward family" is no one person's mention)
        (
            "The Ward family has farmed the valley since 1890.\n\nAlan Ward, 80, who bought the mill, said he"
            " would not sell.\n\nHis daughter, Kate Ward, said the land would be sold.\n\nWard said the sale"
            " would close in June.",
            ("the sale would close in June", "Ward"),
        ),
        # (no family line: the same)
        (
            "Alan Ward, 80, who bought the mill, said he would not sell.\n\nHis daughter, Kate Ward, said the"
            " land would be sold.\n\nWard said the sale would close in June.",
            ("the sale would close in June", "Ward"),
        ),
        # (two namesakes, no kin word, both quoted)
        (
            "Omar Haddad, the owner, said the bakery would stay open.\n\nSami Haddad, the manager, said it"
            " would close.\n\nHaddad said the staff would be told on Friday.",
            ("the staff would be told on Friday", "Haddad"),
        ),
        # (a title of the gender both share leaves both)
        (
            "Omar Haddad, the owner, said the bakery would stay open. His son, Sami Haddad, said it would"
            " close.\n\nMr Haddad said the staff would be told on Friday.",
            ("the staff would be told on Friday", "Mr Haddad"),
        ),
        # precision: a title that only one of them can take resolves
        (
            "Omar Haddad, the owner, said the bakery would stay open. His daughter, Lina Haddad, said it would"
            " close.\n\nMs Haddad said the staff would be told on Friday.",
            ("the staff would be told on Friday", "Lina Haddad"),
        ),
        # precision: the full name again is that one
        (
            "Omar Haddad, the owner, said the bakery would stay open.\n\nSami Haddad, the manager, said it"
            " would close.\n\nSami Haddad said the staff would be told on Friday.",
            ("the staff would be told on Friday", "Sami Haddad"),
        ),
        # precision: one namesake quoted, a family line after him: he is the one
        (
            "Omar Haddad, the owner, said the bakery would stay open.\n\nThe Haddad family has run it for"
            " decades.\n\nHaddad said the staff would be told on Friday.",
            ("the staff would be told on Friday", "Omar Haddad"),
        ),
        # precision: the last speaker, quoted in the paragraph before, speaks on when the namesake
        # was named far before
        (
            "Omar Haddad, the owner, said the bakery would stay open.\n\n"
            + "The bakery has sold bread on the square since 1990, and the queue forms before dawn.\n\n" * 16
            + "The manager, Sami Haddad, said it would close.\n\nHaddad said the staff would be told on Friday.",
            ("the staff would be told on Friday", "Sami Haddad"),
        ),
        # precision: a particle capitalised at a sentence's start names the same person
        (
            "The philosopher Marta de Souza said neon was a mirror of the city.\n\nDe Souza said the signs were"
            ' fading.\n\n"They were a promise," de Souza writes.',
            ("They were a promise,", "Marta de Souza"),
        ),
    ],
)
def test_shared_surname_stays_as_written(body: str, last: tuple[str, str]) -> None:
    assert _quotes("Mill to be sold\n\n" + body + "\n")[-1] == last


# -- (3) a generation word after a name -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mr Ward senior said the mill would never be sold.", ("the mill would never be sold", "Mr Ward")),
        ("Ward junior told the paper the mill would be sold.", ("the mill would be sold", "Ward")),
        ('"We will never sell," Mr Ward senior said.', ("We will never sell,", "Mr Ward")),
        # (a full name before it: that person)
        ("Kate Ward junior said the mill would be sold.", ("the mill would be sold", "Kate Ward")),
        # precision: a determiner and the word as a noun stay the speaker
        ("The senior said the mill would be sold.", ("the mill would be sold", "The senior")),
        # precision: the word inside the reported clause is no speaker's
        ("Mr Ward said the senior staff would stay.", ("the senior staff would stay", "Alan Ward")),
    ],
)
def test_generation_word_after_name(sentence: str, expected: tuple[str, str]) -> None:
    text = "Mill\n\nAlan Ward, 80, said the mill would stay.\n\n" + sentence + "\n"
    assert _quotes(text)[-1] == expected


# -- (2) a list of places and an apposed subject stay in the reported clause ----------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The agency said the floods over Kano, Jigawa and Bauchi would continue for three more days.",
            ("the floods over Kano, Jigawa and Bauchi would continue for three more days", "The agency"),
        ),
        (
            "The agency said the storm over Leeds, York or Hull would continue for two more days.",
            ("the storm over Leeds, York or Hull would continue for two more days", "The agency"),
        ),
        (
            "According to police, the woman, 29, was taken to hospital.",
            ("the woman, 29, was taken to hospital", "police"),
        ),
        (
            "According to police, the driver, a plumber from Hull, was treated at the scene.",
            ("the driver, a plumber from Hull, was treated at the scene", "police"),
        ),
        # precision: a past speech verb after the names opens their own clause
        (
            "The agency said the talks would go on in Geneva, Ruiz and Berg have argued for weeks.",
            ("the talks would go on in Geneva", "The agency"),
        ),
        # precision: a source's own appositive before a clause with its subject
        (
            "According to Ana Ruiz, the mayor, the road will reopen on Monday.",
            ("the road will reopen on Monday", "Ana Ruiz"),
        ),
    ],
)
def test_clause_not_cut_in_list_or_apposition(sentence: str, expected: tuple[str, str]) -> None:
    assert _quotes("Weather\n\n" + sentence + "\n")[-1] == expected


def test_source_description_kept_before_clause() -> None:
    article = ArticleParser().parse("Weather\n\nAccording to Ana Ruiz, the mayor, the road will reopen on Monday.\n")
    assert [q.speaker.description if q.speaker else None for q in article.quotes] == ["the mayor"]
    article = ArticleParser().parse("Weather\n\nAccording to police, the woman, 29, was taken to hospital.\n")
    assert [q.speaker.description if q.speaker else "?" for q in article.quotes] == [None]


# -- (4) a pronoun in an interrupting attribution ----------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Rosa Lind lost her brother in March. He was, she said, "the bravest man in the village".', "Rosa Lind"),
        ('Omar Haddad lost his sister in March. She was, he said, "the cleverest of us all".', "Omar Haddad"),
        # precision: a sentence before it that opens with the other pronoun still keeps the pronoun
        ('Rosa Lind said the town would rebuild. He thanked the crews. "We owe them," she said.', "she"),
        # precision: a person named only inside the reported words is no referent
        ("The plan, which was drawn up by Rosa Lind, 52, was approved, she said.", "she"),
    ],
)
def test_pronoun_in_interrupting_attribution(body: str, speaker: str) -> None:
    assert _quotes("Village\n\n" + body + "\n")[-1][1] == speaker


# -- (5) short titles before a surname ----------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Cr", "Cr.", "Cllr", "Cllr.", "Supt", "Sgt.", "Insp", "Det.", "Prof", "Rev"])
def test_short_title_before_surname(title: str) -> None:
    text = f'Flood\n\nBallina Mayor Ruth Okoro said the river was still rising.\n\n"We need boats," {title} Okoro said.\n'
    assert _quotes(text) == [("the river was still rising", "Ruth Okoro"), ("We need boats,", "Ruth Okoro")]


def test_gendered_short_title_keeps_surname() -> None:
    # precision: "Fr." (Father) after a woman's full name is someone else, as written
    text = 'Flood\n\nBallina Mayor Ruth Okoro said the river was still rising.\n\n"We need boats," Fr. Okoro said.\n'
    assert _quotes(text)[-1] == ("We need boats,", "Okoro")


def test_cr_point_ends_a_chemical_symbol_sentence() -> None:
    # precision: "Cr." after a lower-case preposition ends its sentence; the next opens with the speaker
    text = "Lab\n\nThe sample held 4 mg of Cr. Ana Ruiz said the level was safe.\n"
    assert _quotes(text) == [("the level was safe", "Ana Ruiz")]


# -- (6) a colon after a subject with an age and an appositive -------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Lena Moss, 61, a nurse for 40 years, is angry: "Nobody listens to us."', "Lena Moss"),
        ('Lena Moss, 61, a nurse for 40 years, was blunt: "Nobody listens to us."', "Lena Moss"),
        ('Lena Moss, a nurse for 40 years, is angry: "Nobody listens to us."', "Lena Moss"),
        # precision: an opening phrase before a comma is no name's, and its clause is a thing's
        ('In 2019, 61 nurses, a record, quit: "Nobody listens to us."', None),
    ],
)
def test_colon_after_aged_subject(sentence: str, speaker: str | None) -> None:
    quotes = _quotes("Strike\n\n" + sentence + "\n")
    assert quotes == [("Nobody listens to us.", speaker)]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("fr", "Grève\n\nMarie Lenoir, 47 ans, infirmière depuis 20 ans, ne décolère pas : « Personne ne nous écoute. »\n",
         "Marie Lenoir"),
        ("fr", "Grève\n\nMarie Lenoir, 47 ans, ne décolère pas : « Personne ne nous écoute. »\n", "Marie Lenoir"),
        ("es", "Huelga\n\nLucía Vega, 47 años, no oculta su enfado: «Nadie nos escucha».\n", "Lucía Vega"),
        # precision: a group with an average age names no one
        ("fr", "Grève\n\nLes infirmières, 47 ans de moyenne, ne décolèrent pas : « Personne ne nous écoute. »\n", None),
    ],
)
def test_colon_after_aged_subject_packs(language: str, text: str, speaker: str | None) -> None:
    assert [s for _, s in _quotes(text, language)] == [speaker]
