"""Wrong values a new user's probe of the merged code (try42) found in this stop's new rules, mended:
a pronoun given to a newcomer the quotation speaks of, a surname two people share, a story's long first
sentence ending in an abbreviation, and a sentence end after an abbreviation before a name and a noun."""

from __future__ import annotations

import pytest

import newsparse
from quote_cases import article_speakers, quote_speakers


@pytest.mark.parametrize(
    ("language", "text", "not_speaker"),
    [
        (
            None,
            "Alexis Moreau has run the harbour cafe for twenty years.\n\n"
            '"It is a labour of love," Moreau said.\n\n'
            "The harbour's owner, Magnus Tait, declined to comment.\n\n"
            '"He never talks to the press," he said.\n',
            "Magnus Tait",
        ),
        (
            None,
            "Ishbel Manson runs the bakery on the quay.\n\n"
            '"Trade is down by half," Manson said.\n\n'
            "Her daughter, the chef Kirsty Laing, bakes the bread.\n\n"
            '"She could run this place tomorrow," she said.\n',
            "Kirsty Laing",
        ),
        (
            "fr",
            "Réjean Dubé tient la pourvoirie depuis trente ans.\n\n"
            "« Les quotas nous tuent », a dit Dubé.\n\n"
            "Son apprenti, Mathieu Roy, est arrivé au printemps.\n\n"
            "« Il a le talent pour ça », a-t-il ajouté.\n",
            "Mathieu Roy",
        ),
    ],
)
def test_a_newcomer_the_words_speak_of_is_not_their_speaker(language: str | None, text: str, not_speaker: str) -> None:
    speakers = article_speakers(f"Harbour news\n\n{text}", language)
    assert speakers[-1] != not_speaker


@pytest.mark.parametrize(
    ("named", "mention", "expected"),
    [
        ("Theresa May and Brian May both spoke at the launch.", "Dr May", "Dr May"),
        ("Christine Sun and David Sun founded the charity in 2010.", "Prof Sun", "Prof Sun"),
        # (a month alone names no one when two people share it: no speaker rather than the first)
        ("Theresa May and Brian May both spoke at the launch.", "May", None),
    ],
)
def test_a_surname_two_people_share_names_neither(named: str, mention: str, expected: str | None) -> None:
    text = f"Charity opens hospice\n\n{named}\n\n{mention} said the research had been underfunded for years.\n"
    assert [name for _, name in quote_speakers(text)] == [expected]


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        (
            None,
            "The chief executive of the bank said on Tuesday that inflation would stay high for longer in the U.S.",
            "Markets fell after the remarks.",
        ),
        (
            "es",
            "El peso mexicano se apreció este lunes frente al dólar tras conocerse los datos de empleo de EE.UU.",
            "Los analistas dijeron que la tendencia seguirá.",
        ),
    ],
)
def test_a_long_first_sentence_ending_in_an_abbreviation_opens_the_story(
    language: str | None, first: str, second: str
) -> None:
    parser = newsparse.ArticleParser(language=language) if language else newsparse.ArticleParser()
    article = parser.parse(f"{first}\n\n{second}\n")
    assert article.headline is None
    assert [p.text for p in article.paragraphs] == [first, second]


@pytest.mark.parametrize(
    ("sentence", "quoted", "speaker"),
    [
        (
            "The founders of Apple Inc. Steve Jobs and Steve Wozniak were honoured, the museum said.",
            "The founders of Apple Inc. Steve Jobs and Steve Wozniak were honoured",
            "the museum",
        ),
        (
            "Staff at the U.S. Tommy Hilfiger store said sales had slowed.",
            "sales had slowed",
            "Staff at the U.S. Tommy Hilfiger store",
        ),
        # (a control, passing on the merged base too: a verb after the name, the sentence ends at the abbreviation)
        ("Shares of the firm rose in the U.S. Tom Berg said the rally would fade.", "the rally would fade", "Tom Berg"),
    ],
)
def test_an_abbreviation_before_a_name_and_a_noun_ends_no_sentence(sentence: str, quoted: str, speaker: str) -> None:
    assert quote_speakers(f"Retail news\n\n{sentence}\n") == [(quoted, speaker)]


@pytest.mark.parametrize(
    ("language", "stamps", "published", "updated"),
    [
        (None, "March 5, 2025 8:15 AM, first published March 4, 2025 9:00 PM", "2025-03-04T21:00:00", "2025-03-05T08:15:00"),
        (None, "March 5, 2025 8:15 AM | First published March 4, 2025 9:00 PM", "2025-03-04T21:00:00", "2025-03-05T08:15:00"),
        (None, "Updated 5 March 2025 16:42 (first published 5 March 2025 09:01)", "2025-03-05T09:01:00", "2025-03-05T16:42:00"),
        (None, "Published 5 March 2025 09:01 (updated 5 March 2025 16:42)", "2025-03-05T09:01:00", "2025-03-05T16:42:00"),
        (
            None,
            "*Wed 5 Mar 2025 16.42 GMT*\n*First published on Wed 5 Mar 2025 09.01 GMT*",
            "2025-03-05T09:01:00+00:00",
            "2025-03-05T16:42:00+00:00",
        ),
        ("de", "12.05.2025, 18:00 Uhr\nErstmals veröffentlicht am 12.05.2025, 09:00 Uhr", "2025-05-12T09:00:00", "2025-05-12T18:00:00"),
    ],
)
def test_a_first_publication_beside_the_latest_stamp(language: str | None, stamps: str, published: str, updated: str) -> None:
    parser = newsparse.ArticleParser(language=language) if language else newsparse.ArticleParser()
    text = f"Council to shut four day centres\nBy Tom Hadley\n{stamps}\n\nThe county council voted on Tuesday to shut four day centres.\n"
    article = parser.parse(text)
    assert article.published is not None and article.published.datetime.isoformat() == published
    assert article.updated is not None and article.updated.datetime.isoformat() == updated
    assert not article.boilerplate  # (no text of the stamp lines left over)
    assert article.span_mismatches() == []


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (None, "The minister said, however, that talks would continue.", ("talks would continue", "The minister")),
        # (a control, passing on the merged base too: the clause ends in no cue word)
        (None, "Tom Berg insisted, moreover, that the strike would end.", ("the strike would end", "Tom Berg")),
        (
            "de",
            "Die Ministerin betonte allerdings, dass der Zeitplan nicht zu halten sei.",
            ("der Zeitplan nicht zu halten sei", "Die Ministerin"),
        ),
    ],
)
def test_an_aside_between_the_cue_and_that(language: str | None, sentence: str, expected: tuple[str, str]) -> None:
    assert quote_speakers(f"Talks go on\n\n{sentence}\n", language) == [expected]
