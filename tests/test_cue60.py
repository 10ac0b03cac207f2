"""Round 60, cue60 (issue 5): transcript turns under a titled label, a study's finding in the
language packs and the researchers' finding, Spanish compound admissions; each with the nearest
shapes that must not fire."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

Row = tuple[str, str | None]


def article_quotes(text: str, language: str | None = None) -> list[Row]:
    """``(text, speaker's name)`` of every quote read from the article *text*."""
    article = ArticleParser(language=language).parse(text)
    return [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes]


def paragraph_quotes(paragraph: str, language: str | None = None) -> list[Row]:
    """``(text, speaker's name)`` of every quote read from *paragraph* under a plain headline."""
    return article_quotes("Harbour notebook\n\n" + paragraph + "\n", language)


HEARING_INTRO = (
    "Senators grill port chief over missing memo\n\nBy Dana Whitfield\n\n"
    "The head of the port authority faced sharp questions on Tuesday from the Senate transport committee.\n\n"
)

# DirectQuotes.titled_label: a label of a title and a surname, in a transcript of several turns,
# is that person's turn (the surname, or the article's full name for it)
TITLED_TURNS = [
    (
        HEARING_INTRO
        + "SENATOR BRAGG: Did you see the memo before the vote?\n\n"
        + "MS. OKAFOR: I did not. It reached my office a week later.\n\n"
        + "SENATOR BRAGG: Who sent it to you?\n\n"
        + "MS. OKAFOR: I do not know who sent it.\n",
        [
            ("Did you see the memo before the vote?", "Bragg"),
            ("I did not. It reached my office a week later.", "Okafor"),
            ("Who sent it to you?", "Bragg"),
            ("I do not know who sent it.", "Okafor"),
        ],
    ),
    (
        "Clinic hearing ends without a vote\n\n"
        "Health Minister Ruth Achebe was questioned by the committee chair, Senator Paul Lindqvist.\n\n"
        "SEN. LINDQVIST: Why did the clinic close in May?\n\n"
        "DR. ACHEBE: We could not hire enough nurses, and I told the board so.\n",
        [
            ("Why did the clinic close in May?", "Paul Lindqvist"),
            ("We could not hire enough nurses, and I told the board so.", "Ruth Achebe"),
        ],
    ),
    # (must not fire: one titled label alone, no transcript beside it)
    (
        "Clinic hearing ends without a vote\n\nThe committee heard from the minister on Tuesday.\n\n"
        "DR. ACHEBE: We could not hire enough nurses.\n\nThe hearing resumes next week.\n",
        [],
    ),
    # (must not fire: a role of titles alone names no one)
    (
        "Budget week\n\nThe cabinet met on Monday.\n\n"
        "PRIME MINISTER: We will not raise taxes this year, I promise you.\n\n"
        "CHIEF EXECUTIVE: We cannot build the ferry without them.\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_TURNS)
def test_titled_transcript_turns(text: str, expected: list[Row]) -> None:
    assert article_quotes(text) == expected


# Single labels and headings with a colon stay no one's turn
LABEL_LINES = [
    (
        "Road closed after storm\n\nThe main road into town was closed on Monday after the storm.\n\n"
        "Note: The closure will last until Friday.\n\nCrews worked through the night.\n",
        [],
    ),
    (
        "Market opens on Saturday\n\nThe farmers market opens this weekend in the square.\n\n"
        "Time: 10am to 2pm\n\nPlace: Town square\n\nVendors will sell fruit and bread.\n",
        [],
    ),
    (
        "What the budget means\n\nThe city passed its budget on Monday.\n\n"
        "Transport: Bus fares will rise by 10 cents next year.\n\nParking: Meters will run until 10pm.\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_LINES)
def test_label_lines_are_no_turns(text: str, expected: list[Row]) -> None:
    assert article_quotes(text) == expected


# SpeakerGrammar.finding_people_before: researchers' finding with "that" is reported speech
RESEARCHERS = [
    ("Researchers found that the drug cut deaths by a third.", [("the drug cut deaths by a third", "Researchers")]),
    ("The scientists found that the glacier had shrunk by half.", [("the glacier had shrunk by half", "The scientists")]),
    # (must not fire: a discovery, no clause; nor a clause without "that")
    ("Scientists found the remains of a ship off the coast.", []),
    ("Researchers found the wreck lay in deep water.", []),
    # (must not fire: the noun inside a phrase, not right before the cue)
    ("Police found that the door had been forced.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), RESEARCHERS)
def test_researchers_finding(paragraph: str, expected: list[Row]) -> None:
    assert paragraph_quotes(paragraph) == expected


# The packs' FINDING_CUES, FINDING_SUBJECTS: a study's finding is reported speech
PACK_FINDINGS = [
    ("fr", "L'étude a montré que les prix ont augmenté de 5 %.", [("les prix ont augmenté de 5 %", "L'étude")]),
    ("fr", "Une enquête montre que les jeunes lisent moins.", [("les jeunes lisent moins", "Une enquête")]),
    ("fr", "Le sondage a aussi montré que les électeurs sont las.", [("les électeurs sont las", "Le sondage")]),
    # (must not fire: a person's showing is no speech)
    ("fr", "Le ministre a montré que les prix ont augmenté.", []),
    ("fr", "Elle a montré ses mains aux policiers.", []),
    ("es", "El estudio halló que los precios subieron un 5 %.", [("los precios subieron un 5 %", "El estudio")]),
    ("es", "La encuesta reveló que los jóvenes leen menos.", [("los jóvenes leen menos", "La encuesta")]),
    # (must not fire: the police's finding is a discovery)
    ("es", "La policía halló un cuerpo en el río.", []),
    ("de", "Die Studie ergab, dass die Preise gestiegen sind.", [("die Preise gestiegen sind", "Die Studie")]),
    ("de", "Eine Umfrage zeigt, dass junge Leute weniger lesen.", [("junge Leute weniger lesen", "Eine Umfrage")]),
    # (must not fire: someone showing something)
    ("de", "Der Beamte zeigte seinen Ausweis.", []),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), PACK_FINDINGS)
def test_pack_findings(language: str, paragraph: str, expected: list[Row]) -> None:
    assert paragraph_quotes(paragraph, language) == expected


# Spanish compound admissions
SPANISH_ADMISSIONS = [
    ("La ministra ha admitido que el plan había fallado.", [("el plan había fallado", "La ministra")]),
    ("Los sindicatos han reconocido que el acuerdo era frágil.", [("el acuerdo era frágil", "Los sindicatos")]),
    ("Los vecinos han admitido que el ruido era excesivo.", [("el ruido era excesivo", "Los vecinos")]),
    # (must not fire: an admission of entry, no clause)
    ("El hotel ha admitido a cuarenta huéspedes.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), SPANISH_ADMISSIONS)
def test_spanish_admissions(paragraph: str, expected: list[Row]) -> None:
    assert paragraph_quotes(paragraph, "es") == expected


HEADLINE_BODY = (
    " spoke on Sunday.\n\nThe senator spoke in Columbia, South Carolina, to a crowd of about two hundred supporters.\n\n"
    "He said the party would lose the election.\n"
)

# QuoteParser.headline_label_quote: a headline "Label: claim" is the labelled person's indirect quote
HEADLINE_LABELS = [
    (
        "Graham: Trump's rhetoric is destroying the party.",
        "Sen. Lindsey Graham",
        [("Trump's rhetoric is destroying the party", "Lindsey Graham")],
    ),
    ("Trump: Cruz Has To Come a Long Way On Ethanol.", "Donald Trump", [("Cruz Has To Come a Long Way On Ethanol", "Donald Trump")]),
    # (must not fire: a label that names no one, a feature's title with no verb)
    ("Poll: Voters are tired of the campaign.", "Ana Ruiz", []),
    ("Obama: The Final Year", "Barack Obama", []),
    # (must not fire: a surname the article never names in full)
    ("Lopez: We never agreed to that.", "Ana Ruiz", []),
]


@pytest.mark.parametrize(("headline", "person", "expected"), HEADLINE_LABELS)
def test_headline_label(headline: str, person: str, expected: list[Row]) -> None:
    # (the body quotes the labelled person: a label's claim is kept only then, fixQ60d's label_speaks)
    quoted = f'"We will lose this election," {person.split()[-1]} said.\n'
    article = ArticleParser().parse(headline + "\n\n" + person + HEADLINE_BODY + "\n" + quoted)
    found = [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes if q.paragraph is None]
    assert found == expected


def test_headline_label_of_a_show_is_no_one() -> None:
    # (must not fire: a show's name the article gives after "The", no person's)
    text = (
        "Tennis Podcast: Davis Cup finals launch in Madrid and feelings are mixed\n\n"
        "Sport desk\n\n"
        "12 March 2024 • 9:05am\n\n"
        "The finals began on Monday with the new format in Madrid. Afterwards, The Tennis Podcast team of Ruth "
        "Malone and Owen Pryce gave their first impressions of the event.\n\n"
        "Was it fair to hold the opening match on a Monday afternoon? They discuss that and more.\n"
    )
    assert [q.text for q in ArticleParser().parse(text).quotes if q.paragraph is None] == []
