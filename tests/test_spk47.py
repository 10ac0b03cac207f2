"""Speaker shapes of issue 5 (spk47): two people each with a role set off by commas, a given name
alone named in full only later, a quoting verb that opens a sentence before the one it quotes, a
bracketed tag between titles and a name, and a relative clause after a name whose closing comma
is missing.  One table each."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Article

HEAD = "Harbour news of the week\n\n"


def parse(body: str) -> Article:
    article = newsparse.parse_article(HEAD + body + "\n")
    assert article.span_mismatches() == []
    return article


def speakers_of(body: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker name, speaker mention) of every quote of *body*."""
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.mention if q.speaker else None)
        for q in parse(body).quotes
    ]


# -- (1), (2): two people, each maybe with a role set off by commas ------------------------------------

@pytest.mark.parametrize(
    ("body", "words", "name", "mention"),
    [
        (
            '"The ferry will not sail until the crews are paid," said Paul Greer, the union leader, and Lena Moss.',
            "The ferry will not sail until the crews are paid,",
            "Paul Greer and Lena Moss",
            "Paul Greer, the union leader, and Lena Moss",
        ),
        (
            '"The ferry will not sail until the crews are paid," said Paul Greer and Lena Moss, the port\'s chief.',
            "The ferry will not sail until the crews are paid,",
            "Paul Greer and Lena Moss",
            "Paul Greer and Lena Moss, the port's chief",
        ),
        (
            '"The ferry will not sail until the crews are paid," Paul Greer, the union leader, and Lena Moss said.',
            "The ferry will not sail until the crews are paid,",
            "Paul Greer and Lena Moss",
            "Paul Greer, the union leader, and Lena Moss",
        ),
        (
            "Paul Greer, the union leader, and Lena Moss, the port's chief, said the ferry would stay in dock.",
            "the ferry would stay in dock",
            "Paul Greer and Lena Moss",
            "Paul Greer, the union leader, and Lena Moss",
        ),
        (
            '"The ferry will not sail until the crews are paid," said Paul Greer and Lena Moss of the dockers\' union.',
            "The ferry will not sail until the crews are paid,",
            "Paul Greer and Lena Moss",
            "Paul Greer and Lena Moss of the dockers' union",
        ),
        (
            "In Dunmore, Kofi Mensah, a fisherman, and Rhian Pugh said the quay was unsafe.",
            "the quay was unsafe",
            "Kofi Mensah and Rhian Pugh",
            "Kofi Mensah, a fisherman, and Rhian Pugh",
        ),
    ],
)
def test_two_people_with_roles_set_off_are_both_the_speaker(body: str, words: str, name: str, mention: str) -> None:
    assert speakers_of(body) == [(words, name, mention)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (the first name is the object of "met": only the second speaks)
        (
            "The mayor met Paul Greer, the union leader, and Lena Moss said the talks had stalled.",
            [("the talks had stalled", "Lena Moss", "Lena Moss")],
        ),
        # (a clause after "of" that goes on with a verb: the first alone speaks)
        (
            '"We will not go back," said Paul Greer and Lena Moss of the party was wrong.',
            [("We will not go back,", "Paul Greer", "Paul Greer")],
        ),
        # (a clause of its own after the coordinator: the first alone speaks)
        (
            '"We are ready," said Tom Hale, the coach, and the team cheered.',
            [("We are ready,", "Tom Hale", "Tom Hale")],
        ),
        (
            "Paul Greer, the union leader, said the talks had stalled, and Lena Moss said they would resume.",
            [("the talks had stalled", "Paul Greer", "Paul Greer"), ("they would resume", "Lena Moss", "Lena Moss")],
        ),
    ],
)
def test_a_coordinator_that_joins_no_second_speaker(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers_of(body) == expected


# -- (3): a given name alone and a full name named later ------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The girl went missing on Friday evening.\n\n"
            '"She was always home by dark," her mother, Mary, said.\n\n'
            "The police chief, Mary Lou Hennessy, said the search would go on overnight.",
            [
                ("She was always home by dark,", "Mary", "Mary"),
                ("the search would go on overnight", "Mary Lou Hennessy", "Mary Lou Hennessy"),
            ],
        ),
        # (a possessive of the later name's surname before the given name: that person)
        (
            "The old ferryman died on Sunday.\n\n"
            '"He loved the sea," Berg\'s son Tom said.\n\n'
            "Tom Berg said the family would hold a service on Friday.",
            [
                ("He loved the sea,", "Tom Berg", "Berg's son Tom"),
                ("the family would hold a service on Friday", "Tom Berg", "Tom Berg"),
            ],
        ),
        # (named in full first, the given name alone is that person)
        (
            "Mary Lou Hennessy, the police chief, led the search.\n\n"
            '"We will not stop," Mary said.',
            [("We will not stop,", "Mary Lou Hennessy", "Mary")],
        ),
    ],
)
def test_a_given_name_alone_is_only_someone_named_before(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers_of(body) == expected


# -- (4): a quoting verb opens the sentence before the one it quotes ----------------------------------

@pytest.mark.parametrize(
    ("body", "words", "name", "mention"),
    [
        # (spk51: the opening is no name at all, so the pronoun goes back as it would without it,
        # to the subject of the paragraph before, never to the one quoted)
        ('The minister spoke for an hour.\n\nQuoting Thatcher, he said: "The lady is not for turning."',
         "The lady is not for turning.", "The minister", "he"),
        ('The senator closed the debate.\n\nCiting Churchill, she said: "We shall never surrender."',
         "We shall never surrender.", "The senator", "she"),
        ('Quoting Thatcher, he said: "The lady is not for turning."', "The lady is not for turning.", "he", "he"),
    ],
)
def test_a_quoting_verb_and_its_object_are_no_pronouns_referent(body: str, words: str, name: str, mention: str) -> None:
    assert speakers_of(body) == [(words, name, mention)]


@pytest.mark.parametrize(
    ("body", "words", "name", "mention"),
    [
        # (a given name that ends like a participle stays a name)
        ('Sterling Brown, the guard, said the team was tired.\n\n"We need rest," Brown said.', "We need rest,", "Sterling Brown", "Brown"),
        ('Irving Berg, the stationmaster, spoke first.\n\n"The trains will run," he said.', "The trains will run,", "Irving Berg", "he"),
    ],
)
def test_given_names_ending_like_participles_stay_names(body: str, words: str, name: str, mention: str) -> None:
    assert (words, name, mention) in speakers_of(body)


# -- (6): a bracketed tag between titles and a name -----------------------------------------------------

@pytest.mark.parametrize(
    ("body", "name", "mention"),
    [
        ('"The army is prepared," said Lt. Gen. (retd) Tariq Malik, a former corps commander.', "Tariq Malik", "Lt. Gen. (retd) Tariq Malik"),
        ('"The army is prepared," said Maj. (retd) Tariq Malik.', "Tariq Malik", "Maj. (retd) Tariq Malik"),
        ('"The army is prepared," Lt. Gen. (retd) Tariq Malik said.', "Tariq Malik", "Tariq Malik"),
    ],
)
def test_a_bracketed_tag_after_titles_runs_on_to_the_name(body: str, name: str, mention: str) -> None:
    assert speakers_of(body) == [("The army is prepared,", name, mention)]


# -- (5): a relative clause after a name, its closing comma missing ------------------------------------

@pytest.mark.parametrize(
    ("body", "words", "name"),
    [
        ("Paul Greer, who leads the dockers' union said the talks had stalled.", "the talks had stalled", "Paul Greer"),
        ("In Dunmore, Rhian Pugh, who runs the fish market said prices would rise.", "prices would rise", "Rhian Pugh"),
        ('"The talks have stalled," Paul Greer, who leads the union said.', "The talks have stalled,", "Paul Greer"),
    ],
)
def test_a_name_before_an_unclosed_relative_clause_speaks(body: str, words: str, name: str) -> None:
    assert speakers_of(body) == [(words, name, name)]


# -- an opening time before a role and a name set off by commas ----------------------------------------

@pytest.mark.parametrize(
    ("body", "words", "name", "source"),
    [
        ("Earlier Tuesday, his campaign manager, Tom Berg, said the lead was safe.", "the lead was safe", "Tom Berg", None),
        (
            "Earlier Tuesday, his campaign manager, Tom Berg, says the lead is safe, according to the Harbour Times.",
            "the lead is safe",
            "Tom Berg",
            "the Harbour Times",
        ),
        ("Late Friday, the mayor, Ana Ruiz, said the ferry would sail.", "the ferry would sail", "Ana Ruiz", None),
        ("Last March, the council leader, Ana Ruiz, said the ferry would sail.", "the ferry would sail", "Ana Ruiz", None),
        # (a surname that is a weekday after a given name stays a name)
        ("Tom Friday, the ferry captain, said the crossing was rough.", "the crossing was rough", "Tom Friday", None),
    ],
)
def test_an_opening_time_is_no_speaker_before_an_appositive(body: str, words: str, name: str, source: str | None) -> None:
    assert [(q.text, q.speaker.name if q.speaker else None, q.source) for q in parse(body).quotes] == [(words, name, source)]


@pytest.mark.parametrize(
    ("body", "words", "name"),
    [
        # (a surname that is a month's name after a given name, or after more name words, stays a name)
        ("Theresa May, the former minister, said the vote was close.", "the vote was close", "Theresa May"),
        ("Khin Myint May, 60, a doctor, said she was elated.", "she was elated", "Khin Myint May"),
    ],
)
def test_a_name_that_ends_in_a_month_stays_a_name_before_an_appositive(body: str, words: str, name: str) -> None:
    assert [(q.text, q.speaker.name if q.speaker else None) for q in parse(body).quotes] == [(words, name)]


# -- two people joined as a sentence's subject speak in its participle ---------------------------------

@pytest.mark.parametrize(
    ("body", "words", "name"),
    [
        (
            "Ana Ruiz and Tom Berg traded blows on Wednesday, each touting their own record and saying the other lacks judgment.",
            "the other lacks judgment",
            "Ana Ruiz and Tom Berg",
        ),
        ("Ana Ruiz and Tom Berg met on Wednesday, saying the talks had gone well.", "the talks had gone well", "Ana Ruiz and Tom Berg"),
        # (the second name's possessive: no second name joined, the first name as before)
        ("Ana Ruiz and Tom Berg's lawyer met on Wednesday, saying the talks had gone well.", "the talks had gone well", "Ana Ruiz"),
    ],
)
def test_two_names_joined_as_the_subject_speak_in_its_participle(body: str, words: str, name: str | None) -> None:
    assert [(q.text, q.speaker.name if q.speaker else None) for q in parse(body).quotes] == [(words, name)]


# -- a line that signs a quotation with no attribution -------------------------------------------------

SIGNED_LEAD = '"The ferry is safe," said Tom Berg, the harbour master.\n\n'


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (the closing mark ends the signing line inside the paragraph: the words end before it)
        (
            SIGNED_LEAD + '"We have not seen anything like this before. You assume the crews are paid.\n'
            'Ana Ruiz, port authority chair."',
            ("We have not seen anything like this before. You assume the crews are paid.", "Ana Ruiz", "Ana Ruiz"),
        ),
        # (a sentence with a verb after the closed quotation signs nothing: the speaker carried on)
        (
            SIGNED_LEAD + '"We have not seen anything like this before."\n\nAna Ruiz, the port authority chair, disagreed.',
            ("We have not seen anything like this before.", "Tom Berg", "Tom Berg"),
        ),
    ],
)
def test_a_signing_line_names_the_speaker(body: str, expected: tuple[str, str, str]) -> None:
    assert speakers_of(body)[1] == expected


# -- (5) an appositive whose closing comma is missing before a reporting verb --------------------------

@pytest.mark.parametrize(
    ("body", "words", "name", "mention"),
    [
        ("Tom Hale, a shipping analyst said the strike would cost millions.", "the strike would cost millions", "Tom Hale", "Tom Hale"),
        # (others speak: a plural, someone else's role)
        ("Tom Berg, officials said the ferry was late.", "the ferry was late", "officials", "officials"),
        ("Ana Ortiz, her lawyer said the charges were false.", "the charges were false", "her lawyer", "her lawyer"),
    ],
)
def test_a_name_before_an_unclosed_appositive_speaks(body: str, words: str, name: str, mention: str) -> None:
    assert speakers_of(body) == [(words, name, mention)]
