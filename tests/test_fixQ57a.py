"""Quote findings of a new user's trial (trial57), English: pronoun referents after a newcomer,
scare quotes inside someone else's finding, quote words around titles, addressees and inserted
attributions, and names with an occupation before them; one table each."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Article

HEAD = "Harbour town weekly\n\n"


def parse(body: str) -> Article:
    article = newsparse.parse_article(HEAD + body + "\n")
    assert article.span_mismatches() == []
    return article


def speakers_of(body: str) -> list[tuple[str, str | None]]:
    """(text, speaker name) of every quote of *body*."""
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in parse(body).quotes]


# -- 1: a person named in the last speaker's report is no rival of a newcomer shown for the pronoun ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the one reported about stays aside: the mother, shown for "she", is the newcomer
        ('Judge Lerato Khumalo said Sizwe Dube had shown no remorse.\n\nThe victim\'s mother, Anele Zulu, '
         'wept in the public gallery.\n\n"Today I can finally sleep," she said.', "Anele Zulu"),
        ('Magistrate Pieter Smit said Dumisani Ncube had lied to the court.\n\nHis sister, Zodwa Ncube, '
         'left the courtroom.\n\n"We will appeal," she said.', "Zodwa Ncube"),
        ('Coach Sibusiso Nkosi said Kagiso Rabada had trained well.\n\nThe player\'s father, Mpho Rabada, '
         'watched from the stand.\n\n"We are proud of the boy," he said.', "Mpho Rabada"),
        # a reported one's title ("Ms") does not keep the last speaker when the newcomer is set off after
        # a kin word of the pronoun's gender (cue58: the judge was a wrong speaker)
        ('Judge Lerato Khumalo said Ms Sizwe Dube had shown no remorse.\n\nThe victim\'s mother, Anele Zulu, '
         'wept in the public gallery.\n\n"Today I can finally sleep," she said.', "Anele Zulu"),
    ],
)
def test_newcomer_after_reported_person(body: str, expected: str) -> None:
    assert speakers_of(body)[-1][1] == expected


# -- 2: a bare newcomer opening the paragraph right before: no one sure (the pronoun stays)-------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('Farid Qureshi said no effort should be spared.\n\nSalman Javed arrived in Karachi.\n\n'
         '"The situation is under control," he said.', "he"),
        ('Omar Haddad said the port would reopen.\n\nKarim Nasser flew to Beirut on Monday.\n\n'
         '"We expect the first ships on Friday," he said.', "he"),
        # precision: a name set off by a comma, or named after a preposition, leaves the last speaker
        ('Farid Qureshi said no effort should be spared.\n\nSalman Javed, the provincial minister, declined '
         'to comment.\n\n"The situation is under control," he said.', "Farid Qureshi"),
        ('Farid Qureshi said no effort should be spared.\n\nRelief teams led by Salman Javed arrived in '
         'Karachi.\n\n"The situation is under control," he said.', "Farid Qureshi"),
    ],
)
def test_bare_newcomer_before(body: str, expected: str) -> None:
    assert speakers_of(body)[-1][1] == expected


# -- 3: a quotation in a subordinate clause whose verb is an irregular past is that clause's ----------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (an audit's finding is its report since cue58's FINDING_CUES: the clause's subject, never Mara Quinlan)
        ('Mara Quinlan has resigned after an audit found "grave failings" in how the trust was run.',
         [("grave failings", "an audit")]),
        ('Colm Reddy was furious when the board took the "nuclear option" of closing the ward.',
         [("nuclear option", None)]),
        ('Lena Ostrova stepped down after the panel made its findings "a matter of public record".', [("a matter of public record", None)]),
        # precision: the sentence's subject's own naming words stay theirs
        ('Mara Quinlan, who found the files in a drawer, called them "dynamite".', [("dynamite", "Mara Quinlan")]),
        ('Mara Quinlan resigned after the audit, calling it "a witch hunt".', [("a witch hunt", "Mara Quinlan")]),
        ('Mara Quinlan credited the nurses with "a small miracle" after the storm.',
         [("a small miracle", "Mara Quinlan")]),
    ],
)
def test_quotation_in_irregular_past_clause(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body) == expected


def reported(body: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker name, mention) of every quote of *body*."""
    return [
        (q.text, q.speaker.name if q.speaker is not None else None, q.speaker.mention if q.speaker is not None else None)
        for q in parse(body).quotes
    ]


# -- 4a: a list of portfolios before a title closes the reported words -----------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Lion numbers rose by 9% last year, Tourism, Sport and Culture Minister Lindiwe Dube said.",
         [("Lion numbers rose by 9% last year", "Lindiwe Dube", "Tourism, Sport and Culture Minister Lindiwe Dube")]),
        ("Lion numbers rose by 9% last year, Water, Sanitation and the Environment Minister Kofi Boateng said.",
         [("Lion numbers rose by 9% last year", "Kofi Boateng",
           "Water, Sanitation and the Environment Minister Kofi Boateng")]),
        ("Lion numbers rose by 9% last year, Sanitation and the Environment Minister Kofi Boateng said.",
         [("Lion numbers rose by 9% last year", "Kofi Boateng", "Sanitation and the Environment Minister Kofi Boateng")]),
        # a list of people before a titled one: all of them speak, none of their names is the words'
        ("The levy will fail, Ana Ortiz, Tom Berg and Finance Minister Eva Hall said.",
         [("The levy will fail", "Ana Ortiz, Tom Berg and Eva Hall", "Ana Ortiz, Tom Berg and Finance Minister Eva Hall")]),
        # precision: a single portfolio, or a title after the words' comma, stays as read
        ("Lion numbers rose by 9% last year, Tourism Minister Lindiwe Dube said.",
         [("Lion numbers rose by 9% last year", "Lindiwe Dube", "Tourism Minister Lindiwe Dube")]),
        ("Lion numbers rose by 9% last year, the Environment Minister Kofi Boateng said.",
         [("Lion numbers rose by 9% last year", "Kofi Boateng", "the Environment Minister Kofi Boateng")]),
        ("The levy will fail, Ana Ortiz and Finance Minister Eva Hall said.",
         [("The levy will fail", "Ana Ortiz and Eva Hall", "Ana Ortiz and Finance Minister Eva Hall")]),
        # after an inverted cue: the whole title, never the list's first word
        ("Lion numbers rose by 9% last year, said Tourism, Sport and Culture Minister Lindiwe Dube.",
         [("Lion numbers rose by 9% last year", "Lindiwe Dube", "Tourism, Sport and Culture Minister Lindiwe Dube")]),
        ("Lion numbers rose by 9% last year, said Water, Sanitation and the Environment Minister Kofi Boateng on Monday.",
         [("Lion numbers rose by 9% last year", "Kofi Boateng",
           "Water, Sanitation and the Environment Minister Kofi Boateng")]),
        # a list of full names after an inverted cue whose last one is titled speaks whole, as before the cue
        # (fixQ60d: with_listed_names reads a titled last item after full names; never its first item, fixQ60)
        ("The levy will fail, said Ana Ortiz, Tom Berg and Finance Minister Eva Hall.",
         [("The levy will fail", "Ana Ortiz, Tom Berg and Eva Hall", "Ana Ortiz, Tom Berg and Finance Minister Eva Hall")]),
    ],
)
def test_listed_portfolio(body: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert reported(body) == expected


# -- 4b-4e: the one told, the medium spoken on and a cause after an inserted attribution ------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an outlet told after a determiner and a few words: no part of the words
        ("Lena Ostrova told the NTB news agency the plant would close in May.",
         [("the plant would close in May", "Lena Ostrova")]),
        ("Lena Ostrova told the local newspaper the plant would close in May.",
         [("the plant would close in May", "Lena Ostrova")]),
        # precision: a body told, then a clause that names an outlet, keeps the clause whole
        ("Lena Ostrova told the committee the agency had acted too late.",
         [("the agency had acted too late", "Lena Ostrova")]),
        ("Lena Ostrova told the court the radio had been switched off.",
         [("the radio had been switched off", "Lena Ostrova")]),
        # precision: an outlet's own name after its noun is read by the outlet's rule (here: no words)
        ("Lena Ostrova told the official news agency NTB yesterday the plant would close.", []),
        # the medium spoken on: no part of the words
        ("Marc Delorme said on X the gallery had asked for more guards.",
         [("the gallery had asked for more guards", "Marc Delorme")]),
        ("Marc Delorme said on Instagram the gallery had asked for more guards.",
         [("the gallery had asked for more guards", "Marc Delorme")]),
        ("Marc Delorme said on television the gallery had asked for more guards.",
         [("the gallery had asked for more guards", "Marc Delorme")]),
        ("Marc Delorme said on the radio the gallery had asked for more guards.",
         [("the gallery had asked for more guards", "Marc Delorme")]),
        # precision: a time stays a time, a name of two words is no medium read here
        ("Marc Delorme said on Monday the gallery had asked for more guards.",
         [("the gallery had asked for more guards", "Marc Delorme")]),
        ("Marc Delorme said on X that the gallery had asked for more guards.",
         [("the gallery had asked for more guards", "Marc Delorme")]),
        # a cause after an inserted attribution goes on with the words
        ("The quay work had stalled, he said, because of a dispute over the foreshore licence.",
         [("The quay work had stalled, he said, because of a dispute over the foreshore licence", "he")]),
        ("The ferry was cancelled, the operator said, because the swell was too high.",
         [("The ferry was cancelled, the operator said, because the swell was too high", "the operator")]),
        # precision: a clause of time after it is the reporter's; a cue of its own ends the words
        ("The ferry was cancelled, the operator said, as passengers waited on the pier.",
         [("The ferry was cancelled", "the operator")]),
    ],
)
def test_told_medium_and_cause(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body) == expected


# -- 5: occupations before a full name, a one-word name after a gendered noun, plural police forces ---

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Forecaster Fiachra Dunne said the rain would clear by noon.", "Fiachra Dunne"),
        ("Publican Donal Keane said trade had halved since the bypass opened.", "Donal Keane"),
        ("Solicitor Cathal Nolan said his client would contest the charge.", "Cathal Nolan"),
        ("Lecturer Fiachra Dunne said the survey had been flawed.", "Fiachra Dunne"),
        # precision: a surname that is a trade's word stays a name; a role after an article stays the role
        ("Gerry Baker said trade had halved since the bypass opened.", "Gerry Baker"),
        ("The forecaster said the rain would clear by noon.", "The forecaster"),
    ],
)
def test_occupation_before_full_name(body: str, expected: str) -> None:
    assert speakers_of(body)[0][1] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('Her husband, Tomasz, said she had received threats.\n\n"She told me not to worry," he said.', "Tomasz"),
        ('His wife, Ilona, said he had received threats.\n\n"He told me not to worry," she said.', "Ilona"),
        ("The victim's sister, Ilona, said he had received threats.\n\n\"He told me not to worry,\" she said.",
         "Ilona"),
        # precision: a noun of no gender, or of the other gender, shows no one for the pronoun
        ('His lawyer, Tomasz, said his client had received threats.\n\n"He told me not to worry," she said.', "she"),
        ('His wife, Ilona, said he had received threats.\n\n"She told me not to worry," he said.', "he"),
        ('Ilona said he had received threats.\n\n"He told me not to worry," she said.', "she"),
    ],
)
def test_one_word_name_after_gendered_noun(body: str, expected: str) -> None:
    assert speakers_of(body)[-1][1] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The man will appear before Tralee District Court on Monday, gardaí said.",
         [("The man will appear before Tralee District Court on Monday", "gardaí")]),
        ("The man will appear before a court in Naples on Monday, carabinieri said.",
         [("The man will appear before a court in Naples on Monday", "carabinieri")]),
        # (as before: a plural in -s after a determiner)
        ("The man will appear before Tralee District Court on Monday, the papers said.",
         [("The man will appear before Tralee District Court on Monday", "the papers")]),
    ],
)
def test_police_plural_closes_report(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(body) == expected


# -- 6: a surname that also opens another full name (a family name written first) --------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('Lim Boon Heng, 52, admitted the charge.\n\nHis lawyer, Mr Daniel Lim, said his client was sorry.\n\n'
         '"I regret it deeply," Lim told the court.', "Lim"),
        # precision: one person of that name; two words only, a given name first (the surname's holder)
        ('Lim Boon Heng, 52, admitted the charge.\n\n"I regret it deeply," Lim told the court.', "Lim Boon Heng"),
        ('His lawyer, Mr Daniel Lim, said his client was sorry.\n\n"He regrets it deeply," Lim told the court.',
         "Daniel Lim"),
        ('Morgan Hale spoke first.\n\nPiers Morgan said the show would go on.\n\n"We are back," Morgan said.',
         "Piers Morgan"),
        # precision: a body's name the surname opens is no person (nothing shows one: no title, age, quote)
        ('Mayor Ana Berg opened Berg Memorial Sports Hall on Friday.\n\n"It is a proud day," Berg said.', "Ana Berg"),
    ],
)
def test_surname_opening_another_name(body: str, expected: str) -> None:
    assert speakers_of(body)[-1][1] == expected
