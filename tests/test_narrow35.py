"""Last stop's broad rules narrowed (issue 5), each row a short article in our own words with
every quote's opening words and its speaker in order (``None`` for no speaker), and what the
row checks; each family stands beside the near-misses that keep their answer:

- a weekday between an inverted cue and one capitalised word is a given name only when the
  article shows the two words as a name (an appositive after them, or the pair named again);
  otherwise the day is a time and the word the speaker (``said Tuesday Whitfield.``);
- a judging participle before ``of``/``for``/``over`` takes the speaker away only from the
  quotation that is its charge (``accused of "lying"``), not from another verb's quotation after
  an aside (``called the minister, accused of bullying staff, "a disgrace"``);
- an article and a lower-case word that no list holds before a name that opens a sentence are a
  role only when a cue follows the name (``La percebeira Carmen Rial lamentó``), not before a
  place's or a building's name (``El hospital Gregorio Marañón atendió``);
- the trade words that make a firm's name a company's are a class vocabulary
  (``Vocabulary.TRADE_WORDS``) a language pack can change.
"""

from __future__ import annotations

from typing import ClassVar

import pytest

from newsparse import ArticleParser
from newsparse.people import org_key
from newsparse.vocabulary import Vocabulary
from quote_cases import OpeningRow, check_distinct_articles, check_openings

COUNCIL = (
    "Council passes budget after long night\nBy Lena Hart\n\n"
    "SPRINGFIELD - The city council approved a $40 million budget early on Wednesday after a debate that ran past"
    " midnight.\n\n{sentence}\n\nThe mayor is expected to sign the budget next week."
)
DOCK = (
    "Dock workers walk out over unpaid wages\nBy Lena Hart\n\n"
    "LAGOS - Dock workers at the main port stopped work on Monday in a dispute over three months of unpaid wages."
    "\n\n{sentence}\n\nThe port authority said talks with the union would resume next week."
)
HARBOUR = (
    "Harbour row deepens over pay deal\nBy Lena Hart\n\n"
    "DOVER - The row over the harbour pay deal deepened on Tuesday as the port board met again.\n\n{sentence}\n\n"
    "The board is due to meet again next week."
)

# (language, text, [(opening words of each quote, speaker)], what the row checks)
ROWS: list[OpeningRow] = [
    # 1. a weekday before one capitalised word after an inverted cue
    (
        None,
        COUNCIL.format(sentence='"We balanced it without raising a single tax," said Tuesday Whitfield.'),
        [("We balanced it", "Whitfield")],
        "a day, then a lone surname and nothing more: a time, the surname speaks",
    ),
    (
        None,
        COUNCIL.format(
            sentence='"We balanced it without raising a single tax," said Tuesday Whitfield, who chairs the finance committee.'
        ),
        [("We balanced it", "Whitfield")],
        "a relative clause after the surname is no appositive: still a time",
    ),
    (
        None,
        COUNCIL.format(
            sentence='"We balanced it without raising a single tax," said Tuesday Whitfield, adding that the vote was'
            " never in doubt."
        ),
        [("We balanced it", "Whitfield"), ("the vote was never", "Whitfield")],
        "a participle after the closing attribution goes to the surname, not to the day and the surname",
    ),
    (
        None,
        DOCK.format(sentence='"We have waited three months for our money," said Sunday Adeyemi, a union steward at the port.'),
        [("We have waited", "Sunday Adeyemi"), ("talks with the union", "The port authority")],
        "near-miss: an appositive after the two words shows a person named Sunday (unchanged)",
    ),
    (
        None,
        DOCK.format(
            sentence='"We have waited three months for our money," said Sunday Adeyemi, a union steward, adding that'
            " the crews would stay out."
        ),
        [("We have waited", "Sunday Adeyemi"), ("the crews would stay", "Sunday Adeyemi"), ("talks with the union", "The port authority")],
        "near-miss: the participle after an appositive goes to the person named Sunday",
    ),
    (
        None,
        DOCK.format(
            sentence="Sunday Adeyemi, a crane driver, has worked at the port for 20 years.\n\n"
            '"We have waited three months for our money," said Sunday Adeyemi.'
        ),
        [("We have waited", "Sunday Adeyemi"), ("talks with the union", "The port authority")],
        "near-miss: the article names the same two words as a person before (unchanged)",
    ),
    # 2. a judging participle and the quotation that is not its charge
    (
        None,
        HARBOUR.format(
            sentence='Opposition leader Tom Berg called the minister, who was accused of bullying staff last year, "a disgrace".'
        ),
        [("a disgrace", "Tom Berg")],
        "a judging participle in a relative clause: the quotation is the main verb's",
    ),
    (
        None,
        HARBOUR.format(sentence='Tom Berg described the pay deal, criticised for its cost, as "a scandal".'),
        [("a scandal", "Tom Berg")],
        "a judging participle in an aside set off by commas: the quotation is the main verb's",
    ),
    (
        None,
        HARBOUR.format(sentence='Union leader Ana Ortiz called the board, widely criticised over the talks, "a disgrace to the port".'),
        [("a disgrace to the port", "Ana Ortiz")],
        "an aside after the object: the quotation is the speaker's, not the board's charge",
    ),
    (
        None,
        HARBOUR.format(sentence='The minister, accused of "lying to parliament", said on Tuesday that she had "nothing to hide".'),
        [("lying to parliament", None), ('she had "nothing', "The minister")],
        "near-miss: the charge right after the participle keeps no speaker (unchanged)",
    ),
    (
        None,
        HARBOUR.format(sentence='The minister was condemned for "lying to parliament" by the opposition leader, Tom Berg.'),
        [("lying to parliament", None)],
        "near-miss: the one judged in a passive never speaks the charge (unchanged)",
    ),
    (
        None,
        HARBOUR.format(sentence='The harbour master was accused of being "a coward" after the vote.'),
        [("a coward", None)],
        "near-miss: a charge a few words after the preposition (unchanged)",
    ),
    (
        None,
        'Harbour bosses accused of "rewarding failure"\nBy Lena Hart\n\n'
        "DOVER - The row over the harbour pay deal deepened on Tuesday.\n\nThe board is due to meet next week.",
        [("rewarding failure", None)],
        "near-miss: a headline passive (unchanged)",
    ),
    # 3. an article and a lower-case word before a name that opens a sentence
    (
        "es",
        "Marta Soler, jefa de urgencias, explicó que faltan camas desde el verano.\n\n"
        "El hospital Gregorio Marañón atendió a 40 heridos el domingo. «Estamos desbordados», añadió.",
        [("faltan camas", "Marta Soler"), ("Estamos desbordados", "Marta Soler")],
        "a hospital's name after the article and a noun: no one who speaks",
    ),
    (
        "es",
        "Marta Soler, portavoz de los vecinos, explicó que la obra lleva un mes parada.\n\n"
        "La calle Rosa Pazos sigue cortada al tráfico. «Nadie nos escucha», dijo.",
        [("la obra lleva", "Marta Soler"), ("Nadie nos escucha", "Marta Soler")],
        "a street's name after the article and a noun: no one who speaks",
    ),
    (
        "es",
        "Marta Soler, portavoz de la cofradía, explicó que se han cerrado tres muelles.\n\n"
        "La percebeira Carmen Rial lamentó que las ventas hayan caído. «Ya no sale a cuenta», dijo.",
        [("se han cerrado", "Marta Soler"), ("las ventas hayan", "Carmen Rial"), ("Ya no sale", "Carmen Rial")],
        "near-miss: a role no list holds before a name a cue follows (unchanged)",
    ),
    (
        "es",
        "Marta Soler, portavoz de la cofradía, explicó que se han cerrado tres muelles.\n\n"
        "La vecina Rosa Pazos, de 61 años, lamentó que las ventas hayan caído. «Ya no sale a cuenta», dijo.",
        [("se han cerrado", "Marta Soler"), ("las ventas hayan", "Rosa Pazos"), ("Ya no sale", "Rosa Pazos")],
        "near-miss: an age between the name and the cue (unchanged)",
    ),
]

def test_no_duplicate_rows() -> None:
    check_distinct_articles(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[row[3] for row in ROWS])
def test_speakers(row: OpeningRow) -> None:
    check_openings(row)


# -- the trade words are a class vocabulary a pack can change ---------------------------------------


class NoTradeWords(Vocabulary):
    """A vocabulary whose language files no trade word under ``company``."""

    TRADE_WORDS: ClassVar[tuple[str, ...]] = ()


VANTOR = (
    "Van maker cuts prices\n\nVantor Motors cut the price of its electric van on Monday.\n\n"
    "The company said sales had fallen by a third since March."
)


@pytest.mark.parametrize(
    ("vocabulary", "speaker", "key"),
    [
        (Vocabulary(), "Vantor Motors", "company"),  # the default trade words: Motors names a business
        (NoTradeWords(), "The company", "motors"),  # none: the mention stays as written
    ],
)
def test_trade_words_are_a_class_vocabulary(vocabulary: Vocabulary, speaker: str, key: str) -> None:
    article = ArticleParser(vocabulary=vocabulary).parse(VANTOR)
    assert [(q.text, q.speaker.name if q.speaker is not None else None) for q in article.quotes] == [
        ("sales had fallen by a third since March", speaker)
    ]
    assert org_key("Motors", vocabulary) == key
