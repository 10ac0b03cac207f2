"""Speakers of three families of PolNeAR's speaker misses, each rule on sentences written for it:
a verb joined by ``and`` after a clause joined by a comma and a coordinator speaks for that
clause's subject (``Tenants held a rally, and the union filed a complaint and said ...``), a
participle after an appositive that sums up the words before it with an object relative clause
speaks for that clause's subject (``..., a charge that party leaders denied, noting ...``), and a
question quoted before ``asked``/``told`` and a person with several modifiers stays in the
attribution's sentence (``"...?" Todd asked the real estate mogul.``)."""

from __future__ import annotations

import pytest

from newsparse import parse_article

LEAD = "Council approves budget\n\nThe city council approved its budget on Monday, the clerk said.\n\n"


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each quote of *text* (after the lead) as (its first words, speaker name, mention)."""
    article = parse_article(LEAD + text + "\n")
    return [
        (q.text[:24], q.speaker.name if q.speaker else None, q.speaker.mention if q.speaker else None)
        for q in article.quotes[1:]
    ]


@pytest.mark.parametrize(
    ("paragraph", "words", "mention"),
    [
        (
            "A group of rabbis called for a boycott of the speech, and the league denounced the remarks "
            "and said it would return the money.",
            "it would return the mone",
            "the league",
        ),
        (
            "Tenants held a rally outside city hall on Monday, and the residents' union filed a complaint "
            "and said the new rules were unfair.",
            "the new rules were unfai",
            "the residents' union",
        ),
        (
            "Prices rose sharply in March, and the central bank raised rates again and said inflation "
            "would persist into the summer.",
            "inflation would persist ",
            "the central bank",
        ),
        (
            "The council met for three hours, and Ana Ortiz left early and told reporters the vote had "
            "been rigged.",
            "the vote had been rigged",
            "Ana Ortiz",
        ),
        (
            "The company cut 200 jobs last year, but the union went on strike and warned that more cuts "
            "would follow.",
            "more cuts would follow",
            "the union",
        ),
    ],
)
def test_a_verb_joined_by_and_speaks_for_the_subject_of_its_own_clause(
    paragraph: str, words: str, mention: str
) -> None:
    # (not the subject that opens the sentence: the one after ", and" / ", but" acts and speaks)
    assert [(text, spoken) for text, _, spoken in speakers(paragraph)] == [(words, mention)]


@pytest.mark.parametrize(
    ("paragraph", "words", "mention"),
    [
        (
            'Trump said the contest was "rigged," a charge that state party leaders strongly denied, '
            "noting that they had used the same system since 2004.",
            "they had used the same s",
            "state party leaders",
        ),
        (
            "Ortiz called the vote a fraud, a claim that election officials rejected, saying the count "
            "was accurate.",
            "the count was accurate",
            "election officials",
        ),
        (
            "The mayor blamed the budget, an argument that the union flatly disputed, arguing that the "
            "money was there.",
            "the money was there",
            "the union",
        ),
        (
            'Ortiz called the vote a fraud, a claim that election officials rejected, saying, "The count '
            'was accurate."',
            "The count was accurate.",
            "election officials",
        ),
    ],
)
def test_a_participle_after_a_summing_object_relative_speaks_for_its_subject(
    paragraph: str, words: str, mention: str
) -> None:
    # (", a charge that X denied, noting ...": the one who denies is the one who notes)
    found = [(text, spoken) for text, _, spoken in speakers(paragraph)]
    assert found[-1] == (words, mention)


@pytest.mark.parametrize(
    ("paragraph", "words", "mention"),
    [
        (
            '"Did you know it was Mussolini?" Todd asked the real estate mogul.',
            "Did you know it was Muss",
            "Todd",
        ),
        (
            '"Is the plant closing?" Berg asked the young city councilwoman on Monday.',
            "Is the plant closing?",
            "Berg",
        ),
        (
            '"Who pays for this?" Ortiz told the small business owners.',
            "Who pays for this?",
            "Ortiz",
        ),
    ],
)
def test_a_question_keeps_its_attribution_past_a_person_with_several_modifiers(
    paragraph: str, words: str, mention: str
) -> None:
    # (the question mark ends no sentence: the one asked, with more than one modifier, ends it)
    assert speakers(paragraph) == [(words, mention, mention)]


@pytest.mark.parametrize(
    ("rule_paragraph", "rule_mention", "contrast_paragraph", "contrast_mention"),
    [
        (
            # a verb joined by "and" after ", and" and a subject; a list of verbs keeps the opening subject
            "Tenants held a rally outside city hall, and the union filed a complaint and said the rules "
            "were unfair.",
            "the union",
            "Ortiz praised the staff, thanked the donors and said the campaign would go on.",
            "Ortiz",
        ),
        (
            # a joined noun phrase with no verb of its own is no clause: the opening subject speaks
            "Prices rose in March, and the central bank raised rates and said inflation would persist.",
            "the central bank",
            "Ortiz criticized the plan, and the tax it funds, and said the city could not afford it.",
            "Ortiz",
        ),
        (
            # no appositive before the relative pronoun: the sentence's subject speaks
            "Ortiz called the vote a fraud, a claim that election officials rejected, saying the count "
            "was accurate.",
            "election officials",
            "Ortiz made a claim that the count was wrong, saying the machines had failed.",
            "Ortiz",
        ),
        (
            # the relative clause goes on past its verb: its subject does not own the participle
            "The mayor blamed the budget, an argument that the union flatly disputed, arguing that the "
            "money was there.",
            "the union",
            "Ortiz repeated the accusation, a claim that officials denied to reporters, saying the count "
            "was accurate.",
            "Ortiz",
        ),
    ],
)
def test_each_rule_against_a_sentence_it_leaves_alone(
    rule_paragraph: str, rule_mention: str, contrast_paragraph: str, contrast_mention: str
) -> None:
    assert [spoken for _, _, spoken in speakers(rule_paragraph)][-1:] == [rule_mention]
    assert [spoken for _, _, spoken in speakers(contrast_paragraph)] == [contrast_mention]
