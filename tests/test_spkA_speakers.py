"""Speakers of trial 29's English failures, each rule on a family of sentences written for it:
a name after a role's link and titles is the role's anchor (``A former aide to ex-Brentford
Mayor ...``), ``it`` never stands for people before a link (``Analysts at Karlsen Securities``),
a pronoun after a subject described by lower-case words before its name (``Regular patron Gail
Hume``, ``Under cross-examination, defense attorney Rachel Stein``), a first-person pronoun after
someone described as the writer's own (``My mother``), an organisation after ``of`` in a person's
run (``Laura Perrin of Lipper Analytical``), and present-tense cues after a plural subject
(``the researchers report``)."""

from __future__ import annotations

import pytest

from newsparse import Vocabulary, parse_article
from newsparse.people import PersonIndex

LEAD = "Council approves budget\n\nThe city council approved its budget on Monday, the clerk said.\n\n"


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each quote of *text* (after the lead) as (its first words, speaker name, mention)."""
    article = parse_article(LEAD + text + "\n")
    return [
        (q.text[:24], q.speaker.name if q.speaker else None, q.speaker.mention if q.speaker else None)
        for q in article.quotes[1:]
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "A former aide to ex-Brentford Mayor Dennis Kowalczyk told jurors on Tuesday that his boss "
            "instructed him to destroy invoices.",
            "A former aide to ex-Brentford Mayor Dennis Kowalczyk",
        ),
        (
            "A lawyer for ex-Governor Ana Ruiz said the appeal would be filed on Monday.",
            "A lawyer for ex-Governor Ana Ruiz",
        ),
        (
            "The son of former Ohio Senator Tom Hale said the family would sue the hospital.",
            "The son of former Ohio Senator Tom Hale",
        ),
    ],
)
def test_a_name_after_a_role_link_and_titles_is_the_anchor_not_the_speaker(paragraph: str, speaker: str) -> None:
    # (the person the role works for or belongs to is named with titles: never the speaker)
    assert [name for _, name, _ in speakers(paragraph)] == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        'Analysts at Karlsen Securities said the provisions were "larger than feared".\n\n'
        "The bank kept its target of a return on equity above 13%, it said in a statement.",
        "Economists at the central bank said inflation would ease by the summer.\n\n"
        "Growth would slow to 1% next year, it said.",
    ],
)
def test_it_never_stands_for_people_before_a_link(paragraphs: str) -> None:
    # (the people before "at" are the head of the phrase, not the body after it)
    assert speakers(paragraphs)[-1][1:] == ("it", "it")


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Regular patron Gail Hume, 71, said she had been driving 20 minutes to the downtown branch. "
            '"I\'ll be at the door on opening day," she said.',
            "Gail Hume",
        ),
        (
            "Under cross-examination, defense attorney Rachel Stein suggested that Lam had invented the "
            'conversation. "You\'d say anything to stay out of prison, wouldn\'t you?" she asked.',
            "Rachel Stein",
        ),
        (
            "Under questioning, prosecution witness Tom Berg said he had seen the car twice. "
            '"It was blue, and it was going fast," he said.',
            "Tom Berg",
        ),
        (
            "On Tuesday, longtime resident Ana Ruiz said the museum had changed beyond recognition. "
            '"It is a different place now," she said.',
            "Ana Ruiz",
        ),
        (
            "The retired teacher Ana Ruiz said the school had changed. "
            '"The pupils are the same, but the rules are not," she said.',
            "Ana Ruiz",
        ),
    ],
)
def test_a_pronoun_after_a_described_subject_is_that_subject(paragraph: str, speaker: str) -> None:
    # (reported speech then a quotation: the pronoun is the subject named with words before the name)
    assert [name for _, name, _ in speakers(paragraph)] == [speaker, speaker]


def test_a_first_person_pronoun_is_never_someone_described_as_my_own() -> None:
    text = (
        "Q: Do you still get stage fright?\n\n"
        'A: Every single time. My mother used to say, "If you stop being nervous, stop playing." '
        "I think she was right."
    )
    assert speakers(text) == [
        ("If you stop being nervou", "My mother", "My mother"),
        ("she was right", "I", "I"),
    ]


def test_an_organisation_after_of_in_a_name_run_is_no_second_person() -> None:
    story = (
        "Laura Perrin of Lipper Analytical said the sale was unlikely. "
        "Tom Hale of Brightwater Capital agreed."
    )
    index = PersonIndex.build(Vocabulary(), [(story, 0)])
    assert [p.name for p in index.people] == ["Laura Perrin", "Tom Hale"]


def test_present_tense_cues_after_a_plural_subject() -> None:
    text = (
        "The planet, about twice the size of Earth, circles its star every 11 days, the researchers "
        "report in the journal Nature Astronomy.\n\n"
        "Scientists report in the journal Science that the moon has a thin atmosphere.\n\n"
        "Officials note that the telescope will close in May.\n\n"
        "Creating the lens, the engineers note, took four years. Critics claim the budget was too small.\n\n"
        "The researchers' report said the mission would cost $40 million. Nor did they note the many "
        "countries where such probes have already flown. As for the Hubbles claim to have found water, "
        "nobody has checked it."
    )
    assert speakers(text) == [
        ("The planet, about twice ", "the researchers", "the researchers"),
        ("the moon has a thin atmo", "Scientists", "Scientists"),
        ("the telescope will close", "Officials", "Officials"),
        # (a bare clause after a form whose third person takes one: "notes", "claims")
        ("Creating the lens, the e", "the engineers", "the engineers"),
        ("the budget was too small", "Critics", "Critics"),
        # (a possessive before "report": the noun, the document that speaks; no cue after an
        # auxiliary, "did they note", nor after a capitalised name, "the Hubbles claim")
        ("the mission would cost $", "The researchers' report", "The researchers' report"),
    ]
