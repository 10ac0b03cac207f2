"""Issue 5, wrong speakers and quotes a new user found (mendQT67): a person pronoun never stands
for a body named by ``according to`` or described as one; a body's name with a link word inside is
the speaker whole; a bare question in a paragraph of French dialogue is the reporter's; a Nordic
wire's dash-opened words with a cue after them are a direct quote without the dash; quotation marks
that hold no letter or digit quote nothing.  Each row is ``(text, language, [(quote's words,
speaker's name)])``, every quote of the article read whole."""

from __future__ import annotations

import pytest

from quote_cases import article_parser, quote_speakers

Row = tuple[str, str | None, list[tuple[str, str | None]]]

HEAD = "Council budget passes after a long night\n\n"

# -- 1: "he"/"she" after a body: never the body; a person of the pronoun's gender named since, else
# the pronoun as written (English keeps an unresolved pronoun) --------------------------------------
BODY_PRONOUNS: list[Row] = [
    (HEAD + 'The budget is "a fraud," according to the taxpayers\' group Citizens First.\n\n'
     '"I\'ll believe it when I see it," she added.', None,
     [("a fraud,", "Citizens First"), ("I'll believe it when I see it,", "she")]),
    (HEAD + "The cuts will hurt the poorest families, according to Human Rights Watch.\n\n"
     '"Nobody asked the people who will pay," she said.', None,
     [("The cuts will hurt the poorest families", "Human Rights Watch"),
      ("Nobody asked the people who will pay,", "she")]),
    (HEAD + "The vote broke the council's own rules, according to Common Cause.\n\n"
     '"We will take this to court," he said.', None,
     [("The vote broke the council's own rules", "Common Cause"), ("We will take this to court,", "he")]),
    # (mendQT71's firm_after_trade_noun, mended in halfQ71: the body's name after a lower-case "group" is
    # the speaker, as "the rights group Open Wards" was already and as "carpenter Owen Dale" is Owen Dale)
    (HEAD + "The advocacy group Fair Votes Now said the count was flawed.\n\n"
     '"It should be run again," she said.', None,
     [("the count was flawed", "Fair Votes Now"), ("It should be run again,", "she")]),
    # (a person of the pronoun's gender named after the body speaks)
    (HEAD + "The plan is unlawful, according to the charity Shelter Now. Its director, Mary Okafor, "
     "wrote to the council on Monday.\n\n"
     '"Families will be on the street," she said.', None,
     [("The plan is unlawful", "the charity Shelter Now"), ("Families will be on the street,", "Mary Okafor")]),
    # (must not change: a person after "according to", shown so by a given name)
    (HEAD + "The budget is a fraud, according to Tom Berg.\n\n"
     '"I will believe it when I see it," he said.', None,
     [("The budget is a fraud", "Tom Berg"), ("I will believe it when I see it,", "Tom Berg")]),
    (HEAD + "The budget is a fraud, according to Councillor Ana Ruiz.\n\n"
     '"I will believe it when I see it," she said.', None,
     [("The budget is a fraud", "Ana Ruiz"), ("I will believe it when I see it,", "Ana Ruiz")]),
]

# -- 2: a body's name with a link word inside is the speaker whole, never its last word ------------
LINKED_BODIES: list[Row] = [
    (HEAD + "The plan leaves children hungry, according to Save the Children.", None,
     [("The plan leaves children hungry", "Save the Children")]),
    (HEAD + '"The clinics cannot stay open," said Doctors Without Borders.', None,
     [("The clinics cannot stay open,", "Doctors Without Borders")]),
    (HEAD + "Citizens for Tax Justice said the rebate favoured the rich.", None,
     [("the rebate favoured the rich", "Citizens for Tax Justice")]),
    (HEAD + "The limit is too high, according to Mothers Against Drunk Driving.", None,
     [("The limit is too high", "Mothers Against Drunk Driving")]),
    (HEAD + "The dam will drown the valley, according to Friends of the Earth.", None,
     [("The dam will drown the valley", "Friends of the Earth")]),
    # (must not change: a person named after the link, and a person of a body)
    (HEAD + "Lawyers for Ana Ortiz said she would appeal.", None,
     [("she would appeal", "Lawyers for Ana Ortiz")]),
    (HEAD + "Ana Ruiz of the Sierra Club said the dam was a mistake.", None,
     [("the dam was a mistake", "Ana Ruiz")]),
]

# -- 3: a bare question in a paragraph of French dialogue is the reporter's: no speaker ------------
DIALOGUE = (
    "Grève au métro\n\n"
    "— On n'a pas eu le choix, a déclaré le président du syndicat, Frédéric Therrien.\n\n"
    "{question}\n\n"
    "— Ils comprennent, a-t-il répondu."
)
DIALOGUE_QUESTIONS: list[Row] = [
    (DIALOGUE.format(question="— Et les usagers ?"), "fr",
     [("On n'a pas eu le choix", "Frédéric Therrien"), ("Et les usagers ?", None), ("Ils comprennent", "Frédéric Therrien")]),
    (DIALOGUE.format(question="— Combien de temps durera la grève ?"), "fr",
     [("On n'a pas eu le choix", "Frédéric Therrien"), ("Combien de temps durera la grève ?", None),
      ("Ils comprennent", "Frédéric Therrien")]),
    # (must not change: the speaker's own words that end in a question after a sentence of theirs)
    (DIALOGUE.format(question="— Nous avons tout essayé. Que faire d'autre ?"), "fr",
     [("On n'a pas eu le choix", "Frédéric Therrien"), ("Nous avons tout essayé. Que faire d'autre ?", "Frédéric Therrien"),
      ("Ils comprennent", "Frédéric Therrien")]),
]

# -- 4: a Nordic or Danish wire's dash-opened words, a cue after them: a direct quote, no dash -----
NTB = (
    "OSLO, 14 March (NTB) - Norway's government will increase military aid to Ukraine this year, "
    "Prime Minister Jonas Gahr Støre announced on Friday.\n\n"
)
DASH_QUOTES: list[Row] = [
    (NTB + "– This is a historic contribution, Støre told NTB.", None,
     [("Norway's government will increase military aid to Ukraine this year", "Jonas Gahr Støre"),
      ("This is a historic contribution", "Jonas Gahr Støre")]),
    (NTB + "- We are ready to help with air defence, said Defence Minister Tore Sandvik.", None,
     [("Norway's government will increase military aid to Ukraine this year", "Jonas Gahr Støre"),
      ("We are ready to help with air defence", "Tore Sandvik")]),
    ("COPENHAGEN (Ritzau) - Denmark will send more aid, Prime Minister Mette Frederiksen said.\n\n"
     "- It is the right thing to do, Frederiksen told Ritzau.", None,
     [("Denmark will send more aid", "Mette Frederiksen"), ("It is the right thing to do", "Mette Frederiksen")]),
    # (must not change: a dash-opened paragraph with no cue, a list's item)
    (NTB + "- The aid package will be debated in parliament next week.", None,
     [("Norway's government will increase military aid to Ukraine this year", "Jonas Gahr Støre")]),
]

# -- 5: quotation marks that hold no letter or digit quote nothing ---------------------------------
EMPTY_MARKS: list[Row] = [
    ("Title\n\n" + '"' * 6 + " he said.", None, []),
    ("Title\n\n" + '"' * 20 + " he said.", None, []),
    ("Title\n\n" + '"' * 21 + " said he.", None, []),
    # (must not change: marks that quote words)
    (HEAD + '"We will win," Ana Ruiz said.', None, [("We will win,", "Ana Ruiz")]),
]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    BODY_PRONOUNS + LINKED_BODIES + DIALOGUE_QUESTIONS + DASH_QUOTES + EMPTY_MARKS,
)
def test_mendqt67_rows(text: str, language: str | None, expected: list[tuple[str, str | None]]) -> None:
    assert quote_speakers(text, language) == expected


@pytest.mark.parametrize(
    ("paragraph", "kind", "words"),
    [
        ("– We will not stop at this, Støre told NTB.", "direct", "We will not stop at this"),
        ("- You will see the first systems in spring, said Defence Minister Tore Sandvik.", "direct",
         "You will see the first systems in spring"),
        ("— Our soldiers are ready, Sandvik told NTB.", "direct", "Our soldiers are ready"),
        # (no first or second person: a list's item as often as a wire's quotation, left indirect)
        ("– This is a historic contribution, Støre told NTB.", "indirect", "This is a historic contribution"),
        ("- Three people were taken to hospital, the fire service said.", "indirect",
         "Three people were taken to hospital"),
        ("– Roads near the stadium will be closed until midnight, the council said.", "indirect",
         "Roads near the stadium will be closed until midnight"),
    ],
)
def test_a_dash_quote_in_the_first_or_second_person_is_direct_and_its_span_leaves_the_dash_out(
    paragraph: str, kind: str, words: str
) -> None:
    text = NTB + paragraph
    quote = article_parser(None).parse(text).quotes[-1]
    assert quote.kind.value == kind
    assert quote.text == words
    assert text[quote.span.start : quote.span.end] == words


def test_empty_marks_keep_the_paragraph() -> None:
    text = "Title\n\n" + '"' * 20 + " he said.\n"
    article = article_parser(None).parse(text)
    assert article.quotes == ()
    assert [p.text for p in article.paragraphs] == ['"' * 20 + " he said."]
