"""Quote findings of a new user's trial (trial60): an employer's name after a body's noun, a name's
particle in a set-off name, gesture verbs and opinion asides without marks, an age and a role
resolved to the one person named before, naming phrases, a French sigh and a place aside, and a
headline's speaker after a colon; one table each, with the nearest shapes that must not change."""

from __future__ import annotations

import pytest
from tests.quote_cases import MentionRow, article_of, mention_rows

from newsparse.spans import QuoteKind

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT


# -- 1: a capitalised word after a body's noun in lower case is the employer, no part of the name ------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (an unlisted given name after the body's name: the body is left out, later mentions too)
        ('Freight on the northern route rose to a record, the deputy head of the state corporation Arktikflot '
         'Gennady Tarasov told reporters on Friday.\n\n"We will pass 40 million tonnes next year," Tarasov said.',
         [("Freight on the northern route rose to a record", R, "Gennady Tarasov",
           "the deputy head of the state corporation Arktikflot Gennady Tarasov"),
          ("We will pass 40 million tonnes next year,", D, "Gennady Tarasov", "Tarasov")]),
        ('Sales rose 4% in the quarter, a spokesman for the carmaker Nordvik Erik Lund said.',
         [("Sales rose 4% in the quarter", R, "Erik Lund", "a spokesman for the carmaker Nordvik Erik Lund")]),
        # (an unlisted given name: the body's noun alone does not tell an employer and a person from a body's
        # whole name, "the group Human Rights Watch"; a reread of round 60 keeps the words whole there)
        pytest.param('"Margins will stay thin," said the bank Harwell Ines Vidal.',
                     [("Margins will stay thin,", D, "Ines Vidal", "the bank Harwell Ines Vidal")],
                     marks=pytest.mark.xfail(reason="an unlisted given name after a body's name", strict=True)),
        ('"The camps are full," said the group Human Rights Watch.',
         [("The camps are full,", D, "Human Rights Watch", "the group Human Rights Watch")]),
        # must not: a role noun is no body's ("the singer"), a three-word name stays whole
        ('"It was a long tour," said the singer Ana Maria Ruiz.',
         [("It was a long tour,", D, "Ana Maria Ruiz", "the singer Ana Maria Ruiz")]),
        # must not: a word in capitals may be a firm's legal form before its name, which speaks as written
        ('A spokesman for the mining company PT Batu Hijau told Reuters the quota was easy to meet.',
         [("the quota was easy to meet", R, "PT Batu Hijau",
           "A spokesman for the mining company PT Batu Hijau")]),
    ],
)
def test_employer_after_body_noun(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected


# -- 2: a name's particle is no role word before a set-off name: the mention is the whole name ------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We thought the shops would close," the town\'s deputy mayor, Sanne de Wit, told me.',
         [("We thought the shops would close,", D, "Sanne de Wit", "Sanne de Wit")]),
        ('"The plan is ready," the commissioner, Greta von der Linde, said.',
         [("The plan is ready,", D, "Greta von der Linde", "Greta von der Linde")]),
        # must not: a role of its own before the name stays out of the mention
        ('"The plan is ready," the jury president, Italian director Giulia Marchetti, said.',
         [("The plan is ready,", D, "Giulia Marchetti", "Giulia Marchetti")]),
        ('"We thought the shops would close," the deputy mayor, Sanne Wit, told me.',
         [("We thought the shops would close,", D, "Sanne Wit", "Sanne Wit")]),
    ],
)
def test_particle_in_set_off_name(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected


# -- 3 and 4: a gesture is a cue for words in marks only; a first-person opinion aside reports nothing -------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('When I raised the bus lanes with a council officer, he shrugged.', []),
        ('After the vote on the ferry fares, the mayor laughed and sighed.', []),
        ('The council would never agree to it, she laughed.', []),
        ('Nervous? Terrified. But in a good way, I think.', []),
        ('The bridge will close in May, I suppose.', []),
        # must not: words in marks keep the gesture cue; a speech verb keeps the reported words
        ('"It is what it is," he shrugged.', [("It is what it is,", D, "he", "he")]),
        ('The bridge will close in May, she said.', [("The bridge will close in May", R, "she", "she")]),
        # must not: the opinion verb before its clause, or a third person's aside, stays a cue
        ('I think the bridge will close in May.', [("the bridge will close in May", R, "I", "I")]),
        ('The bridge will close in May, he thinks.', [("The bridge will close in May", R, "he", "he")]),
    ],
)
def test_gesture_and_aside(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected


# -- 5: an age and a role resolve to the one person named before when nothing says otherwise -----------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Idris Rahman struck in the 89th minute as the Tigers beat Laos 3-2 on Friday night.\n\n'
         '"I just closed my eyes and hit it," said the 22-year-old winger.',
         [("I just closed my eyes and hit it,", D, "Idris Rahman", "the 22-year-old winger")]),
        ('Maya Okafor finished third in the final on Sunday. "I am happy with it," the 19-year-old sprinter said.',
         [("I am happy with it,", D, "Maya Okafor", "the 19-year-old sprinter")]),
        # must not: a person given another role, or named as an object, or two people: the mention as written
        ('The goalkeeper Idris Rahman saved twice as the Tigers beat Laos 3-2 on Friday night.\n\n'
         '"I just closed my eyes," said the 22-year-old winger.',
         [("I just closed my eyes,", D, "the 22-year-old winger", "the 22-year-old winger")]),
        ('Police arrested Idris Rahman on Friday night.\n\n"I just closed my eyes," said the 22-year-old winger.',
         [("I just closed my eyes,", D, "the 22-year-old winger", "the 22-year-old winger")]),
        ('Idris Rahman and Tomas Berg scored as the Tigers beat Laos 3-2 on Friday night.\n\n'
         '"I just closed my eyes," said the 22-year-old winger.',
         [("I just closed my eyes,", D, "the 22-year-old winger", "the 22-year-old winger")]),
    ],
)
def test_aged_role_person(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected


# -- 6: naming phrases, a French sigh, a place aside before an inverted cue ----------------------------------

@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ('Die Stadträtin Verena Holzer sprach von einem „Kahlschlag auf Raten“.', "de",
         [("Kahlschlag auf Raten", D, "Verena Holzer", "Die Stadträtin Verena Holzer")]),
        ('Ana Ruiz spoke of a "Slow Death of the High Street".', None,
         [("Slow Death of the High Street", D, "Ana Ruiz", "Ana Ruiz")]),
        # must not: a name in marks after another verb is no one's words
        ('Sie sprach mit dem „Tagblatt“ über die Pläne.', "de", []),
        ('« On ne sait plus quoi faire », soupire Nadia Berset.', "fr",
         [("On ne sait plus quoi faire", D, "Nadia Berset", "Nadia Berset")]),
        ('Le projet est enterré, soupire Nadia Berset.', "fr", []),
        ('Le tunnel Belmont, à Morges, sera fermé du 7 au 28 décembre, a annoncé la Ville.', "fr",
         [("Le tunnel Belmont, à Morges, sera fermé du 7 au 28 décembre", R, "Ville", "la Ville")]),
        # must not: a speaker set off by a place before the cue still speaks
        ('Marie Dupont, à Lausanne, a annoncé que le pont sera fermé.', "fr",
         [("le pont sera fermé", R, "Marie Dupont", "Marie Dupont")]),
        ('Ana Ruiz, in Lyon, said the bridge would close.', None,
         [("the bridge would close", R, "Ana Ruiz", "Ana Ruiz")]),
    ],
)
def test_naming_sigh_and_place_aside(text: str, language: str | None, expected: list[MentionRow]) -> None:
    assert mention_rows(text, language) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("'I wrote the whole album in a caravan': Orla Ní Bhriain on her comeback",
         "Orla Ní Bhriain has not released an album in seven years.",
         [("I wrote the whole album in a caravan", "Orla Ní Bhriain")]),
        ("'We will fight on': Tomas Berg", "Tomas Berg lost his seat on Sunday.", [("We will fight on", "Tomas Berg")]),
        # must not: capitalised words the story never names as written are no one
        ("'Go home now': Harbour Protest Grows", "The protest grew on Monday.", [("Go home now", None)]),
    ],
)
def test_headline_colon_speaker(headline: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    article = article_of(body, headline=headline)
    assert [(q.text, q.speaker and q.speaker.name) for q in article.quotes] == expected
