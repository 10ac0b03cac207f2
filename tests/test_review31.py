"""A second read of stop 30's merges and a new user's texts: each table holds sentences that came
out wrong at 33b030f9, and each row says every quote's text, kind and speaker.

- A closing attribution whose cue a clause of the reporter's follows (``The port will stay open,
  the mayor said as talks continued.``) reports the words before the subject, not that clause.
- A sentence may open with a letter of a script without case (``北京``, ``القاهرة``) after a full
  stop: the sentence before ends there, and a source after ``according to`` stops at it."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.spans import QuoteKind
from quote_cases import KindRow, kind_rows

R, M, D = QuoteKind.INDIRECT, QuoteKind.MIXED, QuoteKind.DIRECT

# (paragraph, [(quote text, kind, speaker's name)])
CLOSING_THEN_CLAUSE = [
    # a subordinator after the cue: the reporter's clause, the words before the subject reported
    (
        "The port will stay open through the winter, the mayor said as talks with the union continued.",
        [("The port will stay open through the winter", R, "the mayor")],
    ),
    (
        "Harbour fees will rise by a fifth next year, Ana Ortiz said on Tuesday while union leaders met next door.",
        [("Harbour fees will rise by a fifth next year", R, "Ana Ortiz")],
    ),
    (
        "The ferry will sail again on Monday, the operator said when asked about the strike.",
        [("The ferry will sail again on Monday", R, "the operator")],
    ),
    (
        "The night shift will end in March, plant managers told staff because orders had fallen.",
        [("The night shift will end in March", R, "plant managers")],
    ),
    # a setting after the cue, no clause after it: the words before the subject
    (
        "The terminal will close for good, the dockers' union said despite the court ruling.",
        [("The terminal will close for good", R, "the dockers' union")],
    ),
    (
        "Wages will be frozen for two years, the council said amid growing anger in the town.",
        [("Wages will be frozen for two years", R, "the council")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_THEN_CLAUSE)
def test_a_clause_after_a_closing_attribution_is_the_reporters(text: str, expected: list[KindRow]) -> None:
    assert kind_rows(text) == expected


# (paragraph, [(quote text, kind, speaker's name)])
UNCASED_SENTENCE_OPENING = [
    # a source after "according to" ends at the full stop before a sentence in Chinese or Arabic script
    (
        "The talks will resume in Geneva next week, according to Interfax. 北京 has not commented.",
        [("The talks will resume in Geneva next week", R, "Interfax")],
    ),
    (
        "The ceasefire will hold through the holiday, according to state television. القاهرة has not commented.",
        [("The ceasefire will hold through the holiday", R, "state television")],
    ),
    (
        '"We are ready for dialogue," Dmitry Peskov said, according to Interfax. 北京 said nothing.',
        # (one quote: "according to Interfax" reports the source of his words, no words of its own)
        [("We are ready for dialogue,", D, "Dmitry Peskov")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCASED_SENTENCE_OPENING)
def test_a_sentence_may_open_with_a_letter_without_case(text: str, expected: list[KindRow]) -> None:
    assert kind_rows(text) == expected


# (a press release's head, with the story under it; the headline, the byline's authors, and the
# press-release lines in order; the first paragraph is the story's first line after its dateline)
PRESS_RELEASE_HEADS = [
    # a contact block over the story: the name is the contact's, never the byline
    (
        "City announces new park funding\n\nMedia contact:\nJane Roe, Communications Director\n\n"
        "SPRINGFIELD, Ill. – The City of Springfield today announced $4 million in new funding for parks.\n",
        "City announces new park funding",
        None,
        ["Media contact:", "Jane Roe, Communications Director"],
    ),
    (
        "Harbour board names new chief\n\nPress contacts:\nTom Berg, Head of Media\n+1 555 0100\n\nBy Lena Marsh\n\n"
        "PORTLAND, Maine – The harbour board on Monday named a new chief executive after a year-long search.\n",
        "Harbour board names new chief",
        ("Lena Marsh",),
        ["Press contacts:", "Tom Berg, Head of Media", "+1 555 0100"],
    ),
    # the release's labels over its contact block and its headline in capitals: the headline is the
    # story's, the label "NEWS RELEASE" and the block are the release's
    (
        "NEWS RELEASE\nFor Immediate Release\nMarch 12, 2024\n\nContact:\nJane Roe, Communications Director\n"
        "(555) 010-0199 | jroe@example.org\n\nCITY ANNOUNCES NEW PARK FUNDING\n\n"
        "SPRINGFIELD, Ill. – The City of Springfield today announced $4 million in new funding for parks.\n\n"
        '"Every child deserves a safe place to play," said Mayor Tom Hale.\n',
        "CITY ANNOUNCES NEW PARK FUNDING",
        None,
        [
            "NEWS RELEASE", "For Immediate Release", "Contact:", "Jane Roe, Communications Director",
            "(555) 010-0199 | jroe@example.org",
        ],
    ),
]


@pytest.mark.parametrize(("text", "headline", "authors", "labels"), PRESS_RELEASE_HEADS)
def test_a_press_release_contact_is_no_byline(
    text: str, headline: str, authors: tuple[str, ...] | None, labels: list[str]
) -> None:
    first = text.split(" – ", 1)[1].split("\n", 1)[0]  # (the story's first paragraph, after the dateline)
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == headline
    assert (article.byline.authors if article.byline else None) == authors
    assert [b.text for b in article.boilerplate if b.kind == "press-release"] == labels
    assert article.paragraphs[0].text == first


# (paragraph, [(quote text, kind, speaker's name)]): South Asian English honorifics stay out of the name
HONORIFIC_NAMES = [
    (
        "Shri Ramesh Kumar, a resident of Andheri, said the water had entered his home for the third year running.",
        [("the water had entered his home for the third year running", R, "Ramesh Kumar")],
    ),
    (
        "Shrimati Sunita Deshmukh said her street in Kurla had flooded by nine in the morning.",
        [("her street in Kurla had flooded by nine in the morning", R, "Sunita Deshmukh")],
    ),
    (
        '"We have kept relief teams on standby," Smt Sunita Deshmukh told reporters in Thane.',
        [("We have kept relief teams on standby,", D, "Sunita Deshmukh")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HONORIFIC_NAMES)
def test_an_honorific_stays_out_of_the_name(text: str, expected: list[KindRow]) -> None:
    assert kind_rows(text) == expected
