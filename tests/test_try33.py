"""Readings a new user of stop 33 found wrong on texts of their own (try33): ``the company``
after two firms, one of them named by a trade word, whichever was named last."""

from __future__ import annotations

import pytest

from newsparse import parse_article

#: (article text, the quotes' (text, speaker's name, mention)): a mention left as written is its own name
TRADE_FIRMS = [
    # the bad shapes: the firm named by a trade word comes first, another firm after it
    (
        "Harlow Foods to sue supplier\n\n"
        "CHICAGO -- Harlow Foods sued its former supplier, Brant Packaging, on Monday, saying the "
        "packaging firm had shipped faulty cans.\n\n"
        '"We will defend ourselves," the company said.\n',
        [
            ("the packaging firm had shipped faulty cans", "Harlow Foods", "Harlow Foods"),
            ("We will defend ourselves,", "the company", "the company"),
        ],
    ),
    (
        "Carmakers cut prices\n\n"
        "DETROIT, March 4 (Reuters) - Vantor Motors and Kessler Group cut sticker prices on Tuesday as "
        "demand for new cars slowed.\n\n"
        '"We are responding to what buyers tell us," the company said in a statement.\n',
        [("We are responding to what buyers tell us,", "the company", "the company")],
    ),
    # the shapes the rule aimed at keep working: one firm by a trade word, also when a headline in capitals
    # names it too; two firms by endings (the last)
    (
        "Harlow Foods to close two plants\n\n"
        "CHICAGO -- Harlow Foods will close two plants in Ohio and cut 400 jobs.\n\n"
        '"This was a difficult decision," the company said in a statement.\n',
        [("This was a difficult decision,", "Harlow Foods", "the company")],
    ),
    (
        "MICOM SYSTEMS UNVEILS NEW MODEM\n\n"
        "CHICAGO, March 3 - Micom Systems Inc said it introduced a new modem for office networks.\n\n"
        "The company said the modem would sell for 195 dlrs.\n",
        [
            ("it introduced a new modem for office networks", "Micom Systems Inc", "Micom Systems Inc"),
            ("the modem would sell for 195 dlrs", "Micom Systems Inc", "The company"),
        ],
    ),
    (
        "Carmakers cut prices\n\n"
        "DETROIT -- Bellmere Cosmetics Inc and Kessler Group cut prices on Tuesday.\n\n"
        '"We are responding to what buyers tell us," the company said in a statement.\n',
        # (mendR67q: two companies joined by "and", either may speak: as written, not the last)
        [("We are responding to what buyers tell us,", "the company", "the company")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRADE_FIRMS)
def test_the_company_after_two_firms_one_by_a_trade_word_stays_as_written(text: str, expected: list[tuple[str, str, str]]) -> None:
    quotes = parse_article(text).quotes
    got = [(q.text, q.speaker.name, q.speaker.mention) for q in quotes if q.speaker is not None]
    assert got == expected
