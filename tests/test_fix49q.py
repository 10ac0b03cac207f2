"""Wrong speakers of round 47's new quote rules (fix49q): a sentence the quotation's last line
opens with a name is no signature, an attribution set off by commas after a sentence's opening
words keeps its own speaker, and a name after a noun the one spoken to governs is no speaker
inside the narrator's dashes.  One table each."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

Quotes = list[tuple[str, str | None]]

HEAD = "Port strike goes on\n\nBy Jane Roe\n\nDock workers stayed off the job for a third day on Wednesday.\n\n"


def _quotes(text: str, language: str = "en") -> Quotes:
    article = ArticleParser(language=language).parse(text)
    for quote in article.quotes:
        assert quote.span.slice(text) == quote.text
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


# -- (7) a last line that opens a sentence with a name signs nothing ----------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (a role alone after the name: the line signs the words above it)
        (
            '"Nobody on the quay has been paid since March.\nLena Moss, dockers\' union secretary."',
            [("Nobody on the quay has been paid since March.", "Lena Moss")],
        ),
        # (a verb after the role: the name opens a sentence of the quotation; the speaker carried on)
        (
            '"The talks are over," Okafor said. "I rang the harbour master twice.\nPaul Greer, his deputy, did not pick up."',
            [("The talks are over,", "Okafor"), ("I rang the harbour master twice.", "Okafor")],
        ),
        # (a relative clause after the name: no one signs, and no one is carried on)
        (
            '"I have worked with the new harbour master for a decade.\nPaul Greer, who ran the ferries, is a friend."',
            [("I have worked with the new harbour master for a decade.", None)],
        ),
    ],
)
def test_a_signing_line_is_a_name_and_a_role_only(body: str, expected: Quotes) -> None:
    assert _quotes(HEAD + body + "\n") == expected


# -- (8) an attribution set off by commas after the sentence's opening words ---------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (the name before an unclosed appositive speaks)
        ("Lena Moss, a freight broker said charter rates would double.", [("charter rates would double", "Lena Moss")]),
        # (a comma after the cue closes the attribution: its own phrase speaks; the report is the whole
        # clause, the attribution inside, since int56)
        (
            "Buenos Aires, a freight broker said, is the port worst hit.",
            [("Buenos Aires, a freight broker said, is the port worst hit", "a freight broker")],
        ),
        (
            "Lena Moss, a rival broker said, is wrong about charter rates.",
            [("Lena Moss, a rival broker said, is wrong about charter rates", "a rival broker")],
        ),
        # (a place of the vocabulary is no name)
        ("Hong Kong, a freight broker said charter rates would double.", [("charter rates would double", "a freight broker")]),
    ],
)
def test_an_inserted_attribution_keeps_its_speaker(body: str, expected: Quotes) -> None:
    assert _quotes(HEAD + body + "\n") == expected


# -- (9) the one spoken to inside the narrator's dashes, in Spanish ------------------------------------

@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # (a determiner and a role after the one spoken to: the speaker)
        (
            "—El puerto no abrirá —dijo a los periodistas el capitán Tomás Vidal—. Faltan estibadores.",
            [("El puerto no abrirá", "Tomás Vidal"), ("Faltan estibadores.", "Tomás Vidal")],
        ),
        # (a name after a noun and "de": the one who asked, no speaker)
        (
            "—El puerto no abrirá —respondió a la pregunta de Tomás Vidal—. Faltan estibadores.",
            [("El puerto no abrirá —respondió a la pregunta de Tomás Vidal—. Faltan estibadores.", None)],
        ),
    ],
)
def test_a_name_after_the_recipients_noun_is_no_speaker(paragraph: str, expected: Quotes) -> None:
    text = f"Huelga en el puerto\n\nLos estibadores mantienen la huelga por tercer día.\n\n{paragraph}\n"
    assert _quotes(text, "es") == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # (an elided determiner opens the speaker's phrase after the one spoken to)
        (
            "—Nous ne céderons pas —a dit à l'AFP l'avocate Claire Martin—. La grève continue.",
            [("Nous ne céderons pas", "Claire Martin"), ("La grève continue.", "Claire Martin")],
        ),
    ],
)
def test_an_elided_determiner_opens_the_speakers_phrase(paragraph: str, expected: Quotes) -> None:
    text = f"Grève au port\n\nLes dockers poursuivent la grève pour le troisième jour.\n\n{paragraph}\n"
    assert _quotes(text, "fr") == expected
