"""Round 71's quote rules narrowed where they changed older rows (halfQ71): a person's title after a
role's ``for`` is no portfolio (``Spokesman for Minister Tom Berg``: the spokesman speaks, never the
minister).  Invented stories in web-copy and wire shapes; each row is the text after a plain headline
and the exact ``(text, kind, speaker name, mention)`` quadruples that must come out, in order.
Near-miss rows say what must stay."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

Row = tuple[str, QuoteKind, "str | None", "str | None"]

quotes_of = partial(mention_rows, headline="City and politics")


# 1. a role noun right after a role's "for" is the title of the one served, no portfolio: the role
# before speaks; a portfolio that is no role noun ("State", "Housing") still describes the name
SERVED = [
    ('"The budget is balanced," said Spokesman for Minister Tom Berg.',
     [('The budget is balanced,', D, 'Spokesman', 'Spokesman')]),
    ('Adviser to the cabinet Jo Reyes left early. "We will not comment on the leak," said Aide for '
     'Secretary Ana Lindqvist on Friday.',
     [('We will not comment on the leak,', D, 'Aide', 'Aide')]),
    # (must stay: a portfolio's first word that is no role noun; the title describes the name)
    ('Minister for Housing Aoife Brennan said the scheme would open in May.\n\n'
     '"We are ready," the minister said.',
     [('the scheme would open in May', R, 'Aoife Brennan', 'Minister for Housing Aoife Brennan'),
      ('We are ready,', D, 'Aoife Brennan', 'the minister')]),
    ('Minister of State Pádraig Cullen said a relief scheme would open tomorrow.',
     [('a relief scheme would open tomorrow', R, 'Pádraig Cullen', 'Minister of State Pádraig Cullen')]),
]


@pytest.mark.parametrize(("text", "expected"), SERVED)
def test_a_role_noun_after_for_is_no_portfolio(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected



# 2. (no rule change: mendQT71's firm_after_trade_noun kept) a body's name after a lower-case "group"
# is the speaker, as after "the rights group" and "the mining group" already, and as "carpenter Owen
# Dale" is Owen Dale; in a list each member is named so
GROUPS = [
    ('The advocacy group Clean Rivers Trust said the spill had killed thousands of fish.',
     [('the spill had killed thousands of fish', R, 'Clean Rivers Trust',
       'The advocacy group Clean Rivers Trust')]),
    ('The pressure group Clean Rivers Trust said the spill had killed thousands of fish.',
     [('the spill had killed thousands of fish', R, 'Clean Rivers Trust',
       'The pressure group Clean Rivers Trust')]),
    ("The families' solicitor, Ida Bell, and the advocacy group Open Wards said the unit was understaffed.",
     [('the unit was understaffed', R, 'Ida Bell and Open Wards',
       "The families' solicitor, Ida Bell, and the advocacy group Open Wards")]),
    # (must stay: a trade noun that names only a business gives the firm's name; a spokesman's firm
    # after "for" leaves the spokesman)
    ('Ferry operator Fortuna Lines said sailings would resume on Sunday.',
     [('sailings would resume on Sunday', R, 'Fortuna Lines', 'Ferry operator Fortuna Lines')]),
    ('A spokesman for the carmaker Halden Motors said the recall covered 4,000 vans.',
     [('the recall covered 4,000 vans', R, 'A spokesman for the carmaker Halden Motors',
       'A spokesman for the carmaker Halden Motors')]),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_a_name_after_group_is_the_body(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
