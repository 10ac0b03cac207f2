"""Wrong speakers and words a new user's trial found (round 64, issue 5): joined speakers with ages,
asides and roles give both names without their roles; an age in brackets and a place after a name
are no part of it; a county's offices (clerk, recorder, assessor, auditor) are titles; a comparative
that opens a count (``MORE than 400 drivers``) is no name; a station's channel number is part of the
one told; the writer's summing appositive (``, a claim her rivals doubt``) is no part of the reported
words; a newcomer introduced by a role in lower case after its body's words (``Parish councillor
Ivo Brandt``) is a pronoun's referent.  Sentences written for these tests.  Each row: the
paragraphs, then every quote as ``(text, speaker's name, mention)``."""

from __future__ import annotations

import pytest

from articles import checked_quotes
from quote_cases import SpeakerRow


def rows(pieces: list[str]) -> list[SpeakerRow]:
    """Every quote of *pieces* as ``(text, speaker's name, mention)``."""
    return [(q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.mention) for q in checked_quotes(pieces)]


# joined speakers with ages, asides or roles: both, each name without its role (then shapes that must not change:
# no asides, no second name, one speaker)
JOINED: list[tuple[list[str], list[SpeakerRow]]] = [
    (['Nurse Priya Kalra, 34, and carpenter Owen Dale, 61, both told the Courier they feared the ward would close.'],
     [('they feared the ward would close', 'Priya Kalra and Owen Dale', 'Nurse Priya Kalra, 34, and carpenter Owen Dale')]),
    (['Priya Kalra, 34, and carpenter Owen Dale, 61, said they feared the ward would close.'],
     [('they feared the ward would close', 'Priya Kalra and Owen Dale', 'Priya Kalra, 34, and carpenter Owen Dale')]),
    (['Nurse Priya Kalra and carpenter Owen Dale said they feared the ward would close.'],
     [('they feared the ward would close', 'Priya Kalra and Owen Dale', 'Nurse Priya Kalra and carpenter Owen Dale')]),
    (['Councilman Rob Ibarra, a Democrat, and Councilwoman Lena Voss, a Republican, both said the levy would fail.'],
     [('the levy would fail', 'Rob Ibarra and Lena Voss', 'Councilman Rob Ibarra, a Democrat, and Councilwoman Lena Voss')]),
    (['Rob Ibarra, a Democrat, and Lena Voss, a Republican, said the levy would fail.'],
     [('the levy would fail', 'Rob Ibarra and Lena Voss', 'Rob Ibarra, a Democrat, and Lena Voss')]),
    # (each member by name since mendQT71's firm_after_trade_noun, mended in halfQ71: the group as
    # "carpenter Owen Dale" is Owen Dale above)
    (["The tenants' lawyer, Hugo Prieto, and the advocacy group Fair Rent Now said the eviction was unlawful."],
     [('the eviction was unlawful', 'Hugo Prieto and Fair Rent Now', "The tenants' lawyer, Hugo Prieto, and the advocacy group Fair Rent Now")]),
    (['The levy will pass next month, according to Mayor Nora Quint and city treasurer Abe Lowry.'],
     [('The levy will pass next month', 'Nora Quint and Abe Lowry', 'Mayor Nora Quint and city treasurer Abe Lowry')]),
    (['Priya Kalra and Owen Dale said they feared the ward would close.'],
     [('they feared the ward would close', 'Priya Kalra and Owen Dale', 'Priya Kalra and Owen Dale')]),
    (['Priya Kalra, 34, and Owen Dale, 61, said they feared the ward would close.'],
     [('they feared the ward would close', 'Priya Kalra and Owen Dale', 'Priya Kalra, 34, and Owen Dale')]),
    (["Rob Ibarra, a Democrat, and the bill's sponsor, a Republican, said the levy would fail."],
     [('the levy would fail', 'Rob Ibarra', 'Rob Ibarra')]),
    (['The levy will pass next month, according to Mayor Nora Quint and the latest polls.'],
     [('The levy will pass next month', 'Nora Quint', 'Mayor Nora Quint')]),
    (['The levy will pass next month, according to Mayor Nora Quint.'],
     [('The levy will pass next month', 'Nora Quint', 'Mayor Nora Quint')]),
    (['Rob Ibarra, a Democrat, said the levy would fail.'],
     [('the levy would fail', 'Rob Ibarra', 'Rob Ibarra')]),
]

# a name's trimmings (an honorific inside, an age in brackets, a place after it) and office nouns as titles
# (then: the plain shapes, and an office noun as a surname after a given name)
NAMES: list[tuple[list[str], list[SpeakerRow]]] = [
    (['Trader Mrs Chipo Moyo (47) from Gweru said prices had doubled.'],
     [('prices had doubled', 'Chipo Moyo', 'Trader Mrs Chipo Moyo (47) from Gweru')]),
    (['Chipo Moyo (47) said prices had doubled.'],
     [('prices had doubled', 'Chipo Moyo', 'Chipo Moyo')]),
    (['Chipo Moyo from Gweru said prices had doubled.'],
     [('prices had doubled', 'Chipo Moyo', 'Chipo Moyo from Gweru')]),
    (['County Recorder Dale Huang said the deeds were filed.'],
     [('the deeds were filed', 'Dale Huang', 'County Recorder Dale Huang')]),
    (['Deputy Clerk Dale Huang said the deeds were filed.'],
     [('the deeds were filed', 'Dale Huang', 'Deputy Clerk Dale Huang')]),
    (['State Auditor Dale Huang said the accounts balanced.'],
     [('the accounts balanced', 'Dale Huang', 'State Auditor Dale Huang')]),
    (['The county assessor, Dale Huang, said values rose.'],
     [('values rose', 'Dale Huang', 'Dale Huang')]),
    (['Tom Clerk said the deeds were filed.'],
     [('the deeds were filed', 'Tom Clerk', 'Tom Clerk')]),
]

# a comparative that opens a count is no name (then: an article in capitals, a quantifier, a surname More)
CAPS: list[tuple[list[str], list[SpeakerRow]]] = [
    (['MORE than 400 drivers at the depot have refused to work, saying the buses are unsafe.'],
     []),
    (['More than 400 drivers at the depot have refused to work, saying the buses are unsafe.'],
     []),
    (['THE union has refused to sign, saying the offer is too low.'],
     [('the offer is too low', 'THE union', 'THE union')]),
    (['Most drivers have refused to work, saying the buses are unsafe.'],
     [('the buses are unsafe', 'Most drivers', 'Most drivers')]),
    (['Thomas More said the crown was wrong.'],
     [('the crown was wrong', 'Thomas More', 'Thomas More')]),
]

# a station's channel number before a pronoun or a determiner is part of the one told (never a count)
TOLD: list[tuple[list[str], list[SpeakerRow]]] = [
    (['Witnesses told WXYZ 4 they heard two shots.'],
     [('they heard two shots', 'Witnesses', 'Witnesses')]),
    (['Witnesses told Channel 9 the car sped away.'],
     [('the car sped away', 'Witnesses', 'Witnesses')]),
    (['Police told Reuters 12 people were hurt.'],
     [('12 people were hurt', 'Police', 'Police')]),
    (['Witnesses told WXYZ they heard two shots.'],
     [('they heard two shots', 'Witnesses', 'Witnesses')]),
]

# the writer's summing appositive after the reported words is no part of them (then: no clause after
# the noun, no comma, a noun that is no claim)
TAIL: list[tuple[list[str], list[SpeakerRow]]] = [
    (['Governor Ida Marsh has said she will sign the bill, a claim her rivals doubt.'],
     [('she will sign the bill', 'Ida Marsh', 'Governor Ida Marsh')]),
    (['Governor Ida Marsh said she would cut taxes, a promise that she kept.'],
     [('she would cut taxes', 'Ida Marsh', 'Governor Ida Marsh')]),
    (['Governor Ida Marsh said she would make a promise to farmers.'],
     [('she would make a promise to farmers', 'Ida Marsh', 'Governor Ida Marsh')]),
    (['Governor Ida Marsh said the count was wrong, a claim.'],
     [('the count was wrong, a claim', 'Ida Marsh', 'Governor Ida Marsh')]),
    (['Governor Ida Marsh said the plan was sound, a view the council shares.'],
     [('the plan was sound, a view the council shares', 'Ida Marsh', 'Governor Ida Marsh')]),
    # (the appositive restates the speaker's own noun: hers, kept; trial64b)
    (['Governor Ida Marsh said she had made one promise to farmers, a promise to build the dam.'],
     [('she had made one promise to farmers, a promise to build the dam', 'Ida Marsh', 'Governor Ida Marsh')]),
    (['Governor Ida Marsh said the board heard only one claim, a claim from a farmer who lost his herd.'],
     [('the board heard only one claim, a claim from a farmer who lost his herd', 'Ida Marsh', 'Governor Ida Marsh')]),
]

# a newcomer introduced by a role in lower case after its body's words takes the pronoun of the other gender
# (then: alone; the last speaker of the same gender, no one sure; the name inside the sentence)
PRON: list[tuple[list[str], list[SpeakerRow]]] = [
    (['"The pumps held," says harbour master Greta Lund.', 'Parish councillor Ivo Brandt opposed the plan from the start.', '"I called it a folly," he says today. "I was mistaken."'],
     [('The pumps held,', 'Greta Lund', 'harbour master Greta Lund'), ('I called it a folly,', 'Ivo Brandt', 'he'), ('I was mistaken.', 'Ivo Brandt', 'he')]),
    (['Parish councillor Ivo Brandt opposed the plan from the start.', '"I called it a folly," he says today. "I was mistaken."'],
     [('I called it a folly,', 'Ivo Brandt', 'he'), ('I was mistaken.', 'Ivo Brandt', 'he')]),
    (['"The pumps held," says harbour master Greta Lund.', 'Not everyone agreed. Parish councillor Ivo Brandt opposed the plan from the start.', '"I called it a folly," he says today. "I was mistaken."'],
     [('The pumps held,', 'Greta Lund', 'harbour master Greta Lund'), ('I called it a folly,', 'Ivo Brandt', 'he'), ('I was mistaken.', 'Ivo Brandt', 'he')]),
    (['"The pumps held," says harbour master Tom Lund.', 'Parish councillor Ivo Brandt opposed the plan from the start.', '"I called it a folly," he says today. "I was mistaken."'],
     [('The pumps held,', 'Tom Lund', 'harbour master Tom Lund'), ('I called it a folly,', 'he', 'he'), ('I was mistaken.', None, None)]),
    (['"The pumps held," says harbour master Greta Lund.', 'Some residents backed parish councillor Ivo Brandt from the start.', '"I called it a folly," he says today. "I was mistaken."'],
     [('The pumps held,', 'Greta Lund', 'harbour master Greta Lund'), ('I called it a folly,', 'he', 'he'), ('I was mistaken.', None, None)]),
]

# "it" after a sentence opened by a government's finance department is that body (then: a body in lower case,
# since fixQ65 that body too, "The watchdog", as issue 5 asks of "The regulator ... It says" (was "It" as written);
# the department's title before a name)
IT: list[tuple[list[str], list[SpeakerRow]]] = [
    (['The Treasury has released its costing of the fuel levy. It says a typical driver will pay £60 more.'],
     [('a typical driver will pay £60 more', 'Treasury', 'It')]),
    (['The watchdog has released its costing of the fuel levy. It says a typical driver will pay £60 more.'],
     [('a typical driver will pay £60 more', 'The watchdog', 'It')]),
    (['Treasury Secretary Mina Haldane said the levy would stay.'],
     [('the levy would stay', 'Mina Haldane', 'Treasury Secretary Mina Haldane')]),
]


@pytest.mark.parametrize(("pieces", "expected"), [*JOINED, *NAMES, *CAPS, *TOLD, *TAIL, *PRON, *IT])
def test_trial_speakers(pieces: list[str], expected: list[SpeakerRow]) -> None:
    assert rows(pieces) == expected
