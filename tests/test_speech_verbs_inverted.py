"""Speech verbs of feeling (``fumed``, ``gushed``, ``scoffed``) attribute a quotation in either
order: ``"...," fumed Tom Reed`` as well as ``"...," Tom Reed fumed``."""

from __future__ import annotations

import pytest

from newsparse import parse_article
from quote_cases import article_speakers as speakers

QUOTE = '"We were robbed of a fair result tonight, and everybody in the ground saw it,"'


@pytest.mark.parametrize(
    "verb", ["fumed", "gushed", "enthused", "gloated", "scoffed", "grumbled", "muttered", "bellowed"]
)
def test_a_verb_of_feeling_after_the_quote_attributes_it(verb: str) -> None:
    assert speakers(f"{QUOTE} {verb} Tom Reed, the club captain.\n") == ["Tom Reed"]
    assert speakers(f"{QUOTE} Tom Reed {verb}.\n") == ["Tom Reed"]


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs in their other senses, with no quotation: no quote
        "The storm raged through the night and the river burst its banks.\n",
        # their noun forms are no cues, and a verb of weather or fire is none
        # (no finding either: "..., the study found." is a study's report since stop 51, cue58)
        "Exhaust fumes that drivers breathe every day are harmful to children in the city.\n",
        "Residents complained about the toxic fumes that the plant releases every night.\n",
        "Fans blasted the horns all the way home after the final whistle.\n",
        "Water gushed from the broken main on Elm Street for six hours.\n",
    ],
)
def test_the_verbs_in_another_sense_make_no_quote(text: str) -> None:
    assert speakers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Fire raged through the mill as "nothing could be done," said a firefighter.\n',
        'The fire raged and "nothing could be done," a firefighter said.\n',
    ],
)
def test_a_verb_of_fire_is_no_speaker_s_cue(text: str) -> None:
    quotes = parse_article(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("nothing could be done,", "a firefighter")
    ]
