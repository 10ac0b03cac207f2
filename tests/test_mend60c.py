"""A second reader of round 60's later half: a gesture verb before ``that`` reports a clause, a
wire's version note may hold a verb past its first word, a headline quotation's named speaker is
never a name a noun after it modifies."""

from __future__ import annotations

import pytest

import newsparse


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in newsparse.parse_article(text).quotes]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The president scoffed that the report was fake news.", [("the report was fake news", "The president")]),
        ("The minister sighed that the talks had stalled again.", [("the talks had stalled again", "The minister")]),
        # (must not change: a gesture alone reports no words, fixQ60b)
        ("When I put this to a council officer last year, he shrugged.", []),
    ],
)
def test_a_gesture_before_that_reports_a_clause(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(f"Talks stall\n\nLONDON - {sentence}\n") == expected


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("(Updates with company saying it has no plans to sell)", True),
        ("(Adds comment from White House that it is reviewing the deal)", True),
        ("(Recasts, adds details on what was agreed)", True),
        # (must not change: a story's sentences in brackets, mend60b)
        ("(Updates to the timetable will be posted on the operator's website.)", False),
        ("(Adds to the pressure, analysts said.)", False),
    ],
)
def test_a_version_note_may_hold_a_verb(line: str, note: bool) -> None:
    text = f"Talks stall\n\nLONDON (Reuters) - The talks stalled on Monday, officials said.\n\n{line}\n\nThe next round is due in May.\n"
    article = newsparse.parse_article(text)
    assert [b.kind for b in article.boilerplate if b.text == line] == (["editors-note"] if note else [])
    assert [p.text for p in article.paragraphs if p.text == line] == ([] if note else [line])


@pytest.mark.parametrize(
    ("headline", "body", "speaker"),
    [
        ("'We are devastated': Ana Ruiz fans mourn singer", "Fans of Ana Ruiz gathered on Sunday.", None),
        ("'We are devastated': Leeds United fans react", "Leeds United lost 3-0 at home on Sunday.", None),
        # (must not change: the name, then a preposition or a cue)
        ("'I wrote the album in a caravan': Niamh Walsh on her comeback", "Niamh Walsh spent a year on the road.", "Niamh Walsh"),
        ("'We will fight on': Ana Ruiz says party must change", "Ana Ruiz spoke in Leeds on Sunday.", "Ana Ruiz"),
    ],
)
def test_a_headline_name_a_noun_modifies_is_no_speaker(headline: str, body: str, speaker: str | None) -> None:
    quotes = newsparse.parse_article(f"{headline}\n\nLEEDS - {body}\n").quotes
    assert [q.speaker.name if q.speaker else None for q in quotes][:1] == [speaker]
