"""Speakers read again in round 67 (issue 5, branch fixQ67): a role noun that refers back to the one
person or body the article tagged with it (``the Israeli leader`` after ``Israeli Prime Minister
Benjamin Netanyahu``; ``the union`` after ``the Unite union``; ``the airline`` after ``Lufthansa, the
German airline,``), a joined mention whose bare surname the partner decides (``Ford and Fry`` after
``Martha Fry and her brother, Dale Ford``), a list of aged names after a cue (``said Ana Moyo (47) and
Tom Berg (52)``) and not a list that completes a copula (``The victims were ...``), the name set off
after a role that a participle's cue has speak (``An adviser to Carson, Jo Lane, declined ...,
acknowledging``), and a firm named by a possessive and its place (``Lloyd's of London``).

Each row is a short wire or web story written for these tests, the words of one quote in it and the
speaker's name that must come out; negative rows keep the mention as written where the article
does not tell who is meant (a wrong speaker is worse than none)."""

from __future__ import annotations

import pytest

from newsparse.quotes.words import QuoteWords
from quote_cases import speaker_of

Row = tuple[str, str, "str | None"]


ROLE_OF_NATIONALITY = [
    # a generic "leader" after the one holder of a head's title of that nationality
    ("JERUSALEM (Reuters) - Israeli Prime Minister Benjamin Netanyahu met U.S. envoys on Monday to discuss the "
     "ceasefire.\n\nTalks were expected to continue into the week.\n\n"
     '"We will not stop until the hostages are home," the Israeli leader said.',
     "We will not stop", "Benjamin Netanyahu"),
    ("BERLIN (AP) - German Chancellor Olaf Scholz met French President Emmanuel Macron on Monday.\n\n"
     '"We agreed on the plan," the French leader told reporters.',
     "We agreed on the plan", "Emmanuel Macron"),
    ("BERLIN (AP) - German Chancellor Olaf Scholz met French President Emmanuel Macron on Monday.\n\n"
     '"Europe must pay for its own defence," the German leader said.',
     "Europe must pay", "Olaf Scholz"),
    ("LONDON - British Prime Minister Keir Starmer hosted Kenyan President William Ruto at Downing Street.\n\n"
     '"Trade between our countries will double," the Kenyan leader said after the talks.',
     "Trade between our countries", "William Ruto"),
    # the rules of roles already read these (rows that keep them)
    ("PARIS (AP) - French President Emmanuel Macron said on Tuesday that talks would resume.\n\n"
     '"Europe must stand together," the French president told reporters.',
     "Europe must stand together", "Emmanuel Macron"),
    ("NAIROBI - Kenyan opposition leader Raila Odinga called for protests on Friday.\n\n"
     '"We will march peacefully," the Kenyan opposition leader said.',
     "We will march peacefully", "Raila Odinga"),
    ("WASHINGTON - Democratic Senator Chris Murphy criticised the bill on Tuesday.\n\n"
     '"This is a disgrace," the Democratic senator said.',
     "This is a disgrace", "Chris Murphy"),
    # negative rows: two of that nationality, a holder whose country is not shown, another role, no holder
    ("BERLIN - German Chancellor Olaf Scholz met German President Frank-Walter Steinmeier on Monday.\n\n"
     '"We agreed on the plan," the German leader said.',
     "We agreed on the plan", "the German leader"),
    ("BERLIN - German Chancellor Olaf Scholz met President Emmanuel Macron on Monday.\n\n"
     '"We agreed on the plan," the French leader said.',
     "We agreed on the plan", "the French leader"),
    ("NAIROBI - Kenyan Deputy President Rigathi Gachagua spoke at a rally on Monday.\n\n"
     '"We agreed on the plan," the Kenyan leader said.',
     "We agreed on the plan", "the Kenyan leader"),
    ("BERLIN - German Chancellor Olaf Scholz met opposition figures on Monday.\n\n"
     '"We agreed on the plan," the Danish leader said.',
     "We agreed on the plan", "the Danish leader"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), ROLE_OF_NATIONALITY)
def test_role_of_nationality(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


BODY_CALLED_BY_NOUN = [
    # a body named with its noun beside it, later the noun alone
    ("LONDON - The Unite union called a strike at the port on Monday.\n\n"
     '"Our members have had enough," the union said.', "Our members", "Unite"),
    ("LONDON - The union Unite called a strike at the port on Monday.\n\n"
     '"Our members have had enough," the union said in a statement.', "Our members", "Unite"),
    ("LONDON - The GMB union called a strike at the depot on Monday.\n\n"
     '"Drivers have waited two years for this offer," the union said.', "Drivers have waited", "GMB"),
    ("KABUL - The Taliban-run Bakhtar agency reported 40 deaths on Monday.\n\n"
     '"Rescue work goes on," the agency said.', "Rescue work goes on", "Bakhtar"),
    ("BEIRUT - The Iran-backed group Hezbollah fired rockets on Monday.\n\n"
     '"We responded to the attack," the group said.', "We responded", "Hezbollah"),
    ("GAZA - The militant group Hamas rejected the proposal on Sunday.\n\n"
     '"The offer falls short of our demands," the group said in a statement.', "The offer falls short", "Hamas"),
    # a kind of firm set off after the name, a nationality before the noun, and a body beside it
    ("FRANKFURT - Lufthansa, the German airline, cancelled 200 flights on Monday after the Civil Aviation "
     'Authority ordered checks.\n\n"Safety comes first," the airline said.', "Safety comes first", "Lufthansa"),
    ("FRANKFURT - German airline Lufthansa cancelled 200 flights on Monday after the European Commission "
     'ordered checks.\n\n"Safety comes first," the airline said.', "Safety comes first", "Lufthansa"),
    ("DUBLIN - Ryanair, a budget carrier, cut flights on Monday after the Irish Aviation Authority ordered "
     'checks.\n\n"Safety comes first," the carrier said.', "Safety comes first", "Ryanair"),
    # negative rows: two bodies so called, a plural, a nationality alone, no noun beside the name
    ("LONDON - The Unite union and the GMB union called strikes on Monday.\n\n"
     '"Our members have had enough," the union said.', "Our members", "the union"),
    ("LONDON - Dock workers walked out on Monday. Unions across Europe backed them.\n\n"
     '"Our members have had enough," the union said.', "Our members", "the union"),
    ("FRANKFURT - Lufthansa and Ryanair, the budget airlines, cancelled flights on Monday.\n\n"
     '"Safety comes first," the airline said.', "Safety comes first", "the airline"),
    ("DUBLIN - Ryanair, a rival of the carrier, cut flights on Monday.\n\n"
     '"Safety comes first," the carrier said.', "Safety comes first", "the carrier"),
    ("WASHINGTON - In a filing with the Securities and Exchange Commission, the agency set new rules.\n\n"
     '"We will act," the agency said.', "We will act", "the agency"),
    ("SAN FRANCISCO - In downtown San Francisco, a union of drivers marched on Sunday.\n\n"
     '"We will not be silenced," the union said.', "We will not be silenced", "the union"),
    ("WASHINGTON - However, the union said on Monday it would strike.\n\n"
     '"We will act," the union said.', "We will act", "the union"),
    ("WASHINGTON - An outside GOP group spent $2 million on ads.\n\n"
     '"We will win," the group said.', "We will win", "the group"),
    # the set-off form still reads a body's kind after its name
    ("WASHINGTON - The Pension Benefit Guaranty Corp, a federal agency, took over the plan on Monday.\n\n"
     '"Retirees will be paid," the agency said.', "Retirees will be paid", "Pension Benefit Guaranty Corp"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), BODY_CALLED_BY_NOUN)
def test_body_called_by_noun(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


PARTICIPLE_SUBJECTS = [
    # a role with a name set off after it: the name speaks the participle's words
    ("DENVER - An adviser to Carson, Jo Lane, declined to comment on Monday, acknowledging to the New York Times "
     'that "the campaign has had a difficult week."', '"the campaign has had', "Jo Lane"),
    ("DENVER - A spokesman for the mayor, Tom Hale, declined to comment, saying the matter was before the courts.",
     "the matter was before", "Tom Hale"),
    ("DENVER - An aide, Ruth Dube, declined to comment, saying the matter was before the courts.",
     "the matter was before", "Ruth Dube"),
    # negative rows: no name set off (a relative clause), a name subject keeps its reading
    ("DENVER - A lawyer for the family, who asked not to be named, declined to comment, saying the case was "
     "pending.", "the case was pending", "A lawyer"),
    ("DENVER - Tom Hale, the mayor, declined to comment, saying the matter was before the courts.",
     "the matter was before", "Tom Hale"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), PARTICIPLE_SUBJECTS)
def test_participle_subjects(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


JOINED_PARTNERS = [
    # the bare surname of a joined mention: the namesake the article joined to the partner
    ("OAK RIDGE - Martha Fry and her brother, Dale Ford, have lived on the farm for 40 years.\n\n"
     "Mike Ford, a neighbour, said the road had flooded twice this year.\n\n"
     '"We are not leaving," Ford and Fry replied when asked about the offer.', "We are not leaving",
     "Dale Ford and Martha Fry"),
    ("OAK RIDGE - Martha Fry and her brother, Dale Ford, have lived on the farm for 40 years.\n\n"
     "Mike Ford, a neighbour, said the road had flooded twice this year.\n\n"
     '"We are not leaving," Fry and Ford said.', "We are not leaving", "Martha Fry and Dale Ford"),
    ("LEEDS - Priya Shah and her husband, Omar Khan, opened the bakery in 2019.\n\n"
     "Their landlord, Sami Khan, said the rent would rise in May.\n\n"
     '"We will find a way," Khan and Shah told the Post.', "We will find a way", "Omar Khan and Priya Shah"),
    # negative rows: the partner joined to two namesakes; named beside one but not joined to him
    ("OAK RIDGE - Martha Fry and her brother, Dale Ford, have lived on the farm for 40 years. Mike Ford and "
     'Ann Fry own the land.\n\n"We are not leaving," Ford and Fry said.', "We are not leaving", "Ford and Fry"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), JOINED_PARTNERS)
def test_joined_partners(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


AGED_LISTS = [
    # two aged names after an inverted cue: both speak
    ('HARARE - "They were on their way home," said Ana Moyo (47) and Tom Berg (52).',
     "They were on their way home", "Ana Moyo and Tom Berg"),
    ('HARARE - "They were on their way home," said Ana Moyo, 47, and Tom Berg, 52.',
     "They were on their way home", "Ana Moyo and Tom Berg"),
    ('DURBAN - "The water rose in minutes," said Thandi Nkosi (29) and Pieter Botha (61) on Sunday.',
     "The water rose in minutes", "Thandi Nkosi and Pieter Botha"),
    # a list after a copula is its complement, and the cue's speaker is after the cue
    ("HARARE - Two people died in the crash on Sunday.\n\nThe victims were Ana Moyo, 47, and Tom Berg, 52, "
     "said a police spokesman, Dan Moy.", "The victims were", "Dan Moy"),
    ("HARARE - Two people died in the crash on Sunday.\n\nThe dead are Ana Moyo (47) and Tom Berg (52), said "
     "police spokeswoman Ruth Dube.", "The dead are", "Ruth Dube"),
    ("HARARE - A bus overturned on Sunday.\n\nThe driver was Tom Berg, 52, said a police spokesman, Dan Moy.",
     "The driver was", "Dan Moy"),
    # negative rows: one name and its age, then no name; a list before the cue still speaks
    ('HARARE - "They were on their way home," said Ana Moyo, 47, and then she left.',
     "They were on their way home", "Ana Moyo"),
    ("HARARE - Two people were hurt.\n\nAna Moyo, 47, and Tom Berg, 52, said the crash happened fast.",
     "the crash happened fast", "Ana Moyo and Tom Berg"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), AGED_LISTS)
def test_aged_lists(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


POSSESSIVE_FIRMS = [
    ("LONDON - Lloyd's of London said on Monday it would pay the claims.", "it would pay", "Lloyd's of London"),
    ('LONDON - "We will pay every valid claim," said Lloyd\'s of London.', "We will pay", "Lloyd's of London"),
    ("PORTLAND - Tom's of Maine said on Monday it would recall two toothpastes.", "it would recall",
     "Tom's of Maine"),
    ("CHICAGO - McDonald's Corp said on Monday its sales rose 4 percent.", "its sales rose", "McDonald's Corp"),
    ("LONDON - Sainsbury's said on Monday its sales rose 4 percent.", "its sales rose", "Sainsbury's"),
    # negative rows: a country's possessive before a titled person, a place after a person's name
    ("LONDON - Britain's Foreign Secretary David Lammy said on Monday the talks would go on.", "the talks would",
     "David Lammy"),
    ('LEEDS - "Prices will rise," said Britain\'s Ana Ruiz of Leeds.', "Prices will rise", "Ana Ruiz"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), POSSESSIVE_FIRMS)
def test_possessive_firms(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


def test_rows_are_unique() -> None:
    rows = ROLE_OF_NATIONALITY + BODY_CALLED_BY_NOUN + PARTICIPLE_SUBJECTS + JOINED_PARTNERS + AGED_LISTS + POSSESSIVE_FIRMS
    assert len({(story, words) for story, words, _ in rows}) == len(rows)


class _NoGenericRoles(QuoteWords):
    """A vocabulary of quotes that reads no generic role (``GENERIC_ROLES`` empty)."""

    GENERIC_ROLES = ()


def test_generic_roles_overridable() -> None:
    """A pack or subclass turns the generic roles off, or adds its own."""
    assert _NoGenericRoles()._generic_roles == {}
    assert frozenset(("prime", "minister")) in QuoteWords()._generic_roles["leader"]
