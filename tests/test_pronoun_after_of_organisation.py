"""A pronoun after a speaker introduced as ``Name of Organisation`` refers to the speaker: the
organisation named right after the person, behind ``of``, ``from`` or ``at``, is no object of a verb
that could rival the speaker for the pronoun (it did when the people index read the organisation as
a name: ``Joan Wexler of Pike Research``; trial 29)."""

from __future__ import annotations

import pytest

from newsparse import parse_article

LEAD = "Harbour plan delayed\n\nThe harbour plan was delayed again on Monday, the council said.\n\n"

CASES = [
    # (the paragraph, the second quote's speaker)
    ('Joan Wexler of Pike Research said the plan was late. "It should have come years ago," she said.', "Joan Wexler"),
    (
        'Laura Perrin of Lipper Analytical said the sale was unlikely. "Nobody sells a firm that profitable," she added.',
        "Laura Perrin",
    ),
    (
        'Marta Lindqvist from Nordic Insight said costs had doubled. "The budget was never realistic," she told reporters.',
        "Marta Lindqvist",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker"), CASES)
def test_a_pronoun_after_name_of_organisation_is_the_speaker(paragraph: str, speaker: str) -> None:
    article = parse_article(LEAD + paragraph + "\n")
    assert [q.speaker.name if q.speaker else None for q in article.quotes][-2:] == [speaker, speaker]


def test_a_person_named_as_the_object_of_a_verb_still_rivals_the_subject() -> None:
    # (neither gender shown: "he" may be either man, so it is left as written)
    paragraph = 'Chris Dale sued Alex Rowe in May. "It should never have come to this," he said.'
    article = parse_article(LEAD + paragraph + "\n")
    assert [q.speaker.name if q.speaker else None for q in article.quotes][-1] == "he"
