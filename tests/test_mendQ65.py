"""Quotes a new user's trial read wrong (round 65, issue 5): a body's name with ``and`` before a role in
lower case and a name; the one who ``agreed`` in the sentence before a pronoun's quotation; a second
clause after ``, while`` whose verb names the thing ``as "..."``; a subject set off before ``however``;
a newspaper's ``can reveal``; hearsay passives (``is said to``); an adverb between a cue and its colon;
a name that ends in ``?`` or ``!``; a qualifier in brackets inside a title.  Sentences written for these
tests.  Each row: the paragraphs, then every quote as ``(text, speaker's name, mention)``."""

from __future__ import annotations

import pytest

from articles import checked_quotes
from newsparse.quotes import QuoteParser
from newsparse.quotes.words import HEARSAY_FORMS
from quote_cases import SpeakerRow, speaker_rows


def rows(pieces: list[str]) -> list[SpeakerRow]:
    """Every quote of *pieces* as ``(text, speaker's name, mention)``."""
    return [(q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.mention) for q in checked_quotes(pieces)]


def kinds(pieces: list[str]) -> list[tuple[str, str]]:
    """Every quote of *pieces* as ``(kind, text)``."""
    return [(q.kind.value, q.text) for q in checked_quotes(pieces)]


# a body's name joined by "and", a role in lower case, then the name: the person alone (then: two people joined)
BODY_ROLE: list[tuple[list[str], list[SpeakerRow]]] = [
    (['Fire and Emergency NZ incident controller Steve Kennett said three helicopters were working the fire.'],
     [('three helicopters were working the fire', 'Steve Kennett', 'Fire and Emergency NZ incident controller Steve Kennett')]),
    (['Search and Rescue operations coordinator Lisa Moana said the boat was found near the reef.'],
     [('the boat was found near the reef', 'Lisa Moana', 'Search and Rescue operations coordinator Lisa Moana')]),
    (['Fire and Emergency NZ air operations controller Hemi Parata said the wind had dropped overnight.'],
     [('the wind had dropped overnight', 'Hemi Parata', 'Fire and Emergency NZ air operations controller Hemi Parata')]),
    (['Fish and Wildlife Service spokesman Jo Reed said the birds had returned.'],
     [('the birds had returned', 'Jo Reed', 'Fish and Wildlife Service spokesman Jo Reed')]),
    (['Ana Ortiz and Tom Berg said the levy would fail.'],
     [('the levy would fail', 'Ana Ortiz and Tom Berg', 'Ana Ortiz and Tom Berg')]),
]

# a name that agreed (or disagreed) in the sentence before: the pronoun's quotation is that person's
# (then: someone of the other gender agreed, the pronoun stays as before)
AGREED: list[tuple[list[str], list[SpeakerRow]]] = [
    (['Library director Joan Fields said the decision was painful. Her deputy, Maria Koval, agreed. '
      '"We fought for this branch for three years," she said.'],
     [('the decision was painful', 'Joan Fields', 'Library director Joan Fields'),
      ('We fought for this branch for three years,', 'Maria Koval', 'she')]),
    (['Mayor Tom Reilly said the budget was tight. His chief of staff, Dan Ortega, disagreed. '
      '"We have the money," he said.'],
     [('the budget was tight', 'Tom Reilly', 'Mayor Tom Reilly'), ('We have the money,', 'Dan Ortega', 'he')]),
    (['Head teacher Ruth Adeyemi said the roof was unsafe.',
      'Her predecessor, Clara Mendes, agreed. "It leaked when I was here," she said.'],
     [('the roof was unsafe', 'Ruth Adeyemi', 'Head teacher Ruth Adeyemi'),
      ('It leaked when I was here,', 'Clara Mendes', 'she')]),
    (['Joan Fields said the vote was close. Tom Berg agreed. "We fought hard," she said.'],
     [('the vote was close', 'Joan Fields', 'Joan Fields'), ('We fought hard,', 'she', 'she')]),
]

# a second clause after ", while" whose verb names the thing "as ..." in marks: its own speaker's
AS_NAMING: list[tuple[list[str], list[SpeakerRow]]] = [
    (['DA leader Sipho Dlamini said his party would "closely watch" the inquiry\'s work, while the EFF\'s '
      'Thabo Nkosi dismissed it as "a delay tactic".'],
     [('his party would "closely watch" the inquiry\'s work', 'Sipho Dlamini', 'DA leader Sipho Dlamini'),
      ('a delay tactic', 'Thabo Nkosi', "the EFF's Thabo Nkosi")]),
    (['Ana Ruiz said the plan was flawed, while Tom Berg dismissed it as "a stunt".'],
     [('the plan was flawed', 'Ana Ruiz', 'Ana Ruiz'), ('a stunt', 'Tom Berg', 'Tom Berg')]),
    (["The union said the offer was unacceptable, while the employers' chief Eva Hall rejected the claim as "
      '"pure theatre".'],
     [('the offer was unacceptable', 'The union', 'The union'),
      ('pure theatre', 'Eva Hall', "the employers' chief Eva Hall")]),
    # (one speaker: the verb is in her own clause)
    (['Ana Ruiz said she had dismissed the report as "nonsense".'],
     [('she had dismissed the report as "nonsense"', 'Ana Ruiz', 'Ana Ruiz')]),
]

# a subject with no verb set off before an aside adverb: it speaks the clause after the cue
# (then: a clause before the aside, the inverted attribution as before)
ASIDE: list[tuple[list[str], list[SpeakerRow]]] = [
    (["Residents' groups, however, said the drive came too late."],
     [('the drive came too late', "Residents' groups", "Residents' groups")]),
    (['Local unions, meanwhile, said the offer was an insult.'],
     [('the offer was an insult', 'Local unions', 'Local unions')]),
    (['Tenants’ associations, though, said the rent rise was unlawful.'],
     [('the rent rise was unlawful', 'Tenants’ associations', 'Tenants’ associations')]),
    (["Parents' groups, however, said the school had ignored them."],
     [('the school had ignored them', "Parents' groups", "Parents' groups")]),
    (['The bridge will close, however, said the mayor.'],
     [('The bridge will close, however', 'the mayor', 'the mayor')]),
    (['The vote, however, said the mayor, was a mistake.'],
     [('The vote, however', 'the mayor', 'the mayor')]),
]

# a name that ends in "?" or "!" right before the cue; a qualifier in brackets inside a title
NAMES: list[tuple[list[str], list[SpeakerRow]]] = [
    (['Consumer group Which? said the fine was too small.'],
     [('the fine was too small', 'Which?', 'Consumer group Which?')]),
    (['The consumer group Which? warned that prices would rise.'],
     [('prices would rise', 'Which?', 'The consumer group Which?')]),
    (['Yahoo! said it would cut 500 jobs.'], [('it would cut 500 jobs', 'Yahoo!', 'Yahoo!')]),
    (['Is it over? said nobody.'], []),
    (['The accused, identified as Ravi Mehra, was caught in Gurugram, DCP (Outer) Anil Rathi said. '
      '"He used forged letters," the DCP said.'],
     [('The accused, identified as Ravi Mehra, was caught in Gurugram', 'Anil Rathi', 'DCP (Outer) Anil Rathi'),
      ('He used forged letters,', 'Anil Rathi', 'the DCP')]),
    (['The van was seized, SSP (Rural) Vikram Bhatia said. "We are looking for two more," the SSP said.'],
     [('The van was seized', 'Vikram Bhatia', 'SSP (Rural) Vikram Bhatia'),
      ('We are looking for two more,', 'Vikram Bhatia', 'the SSP')]),
    (['Superintendent (Traffic) Meera Nair said the road would reopen on Friday.'],
     [('the road would reopen on Friday', 'Meera Nair', 'Superintendent (Traffic) Meera Nair')]),
    (['Ana Ruiz (Labour) said the vote was close.'], [('the vote was close', 'Ana Ruiz', 'Ana Ruiz')]),
    (['Nordbank NV has signed a loan agreement, arranger Kestrel Bank (Europe) SA said.'], []),
]

# no one's words: a paper's own "can reveal", hearsay passives (then: a report inside the infinitive, and an agent)
NO_QUOTE: list[tuple[list[str], list[SpeakerRow]]] = [
    (['A Weatherfield legend has quit the soap after two decades, the Mail on Sunday can reveal.'], []),
    (['The striker will leave the club this summer, The Sun can exclusively reveal.'], []),
    (['The Daily Record can today reveal that the club is for sale.'], []),
    (['The minister revealed the plan would cost £2bn.'],
     [('the plan would cost £2bn', 'The minister', 'The minister')]),
]

# hearsay passives: by default an attribution to sources no one names, a quote with no speaker; a
# subclass listing HEARSAY_FORMS in HEARSAY_PASSIVES reads them as no quote (then: a report inside the infinitive)
HEARSAY: list[tuple[str, bool]] = [
    ('The actor, 58, is said to want to spend more time with his family.', True),
    ('The singer, 41, is reported to want a new contract.', True),
    ('The club is understood to be close to a deal for the winger.', True),
    ('The two men were said to have argued before the match.', True),
    ('The minister is thought to favour a delay.', True),
    ('Ana Ruiz is believed to have said the plan was flawed.', False),
]


class _NoHearsay(QuoteParser):
    HEARSAY_PASSIVES = HEARSAY_FORMS


@pytest.mark.parametrize(("paragraph", "hearsay"), HEARSAY)
def test_hearsay_passives_are_opt_in(paragraph: str, hearsay: bool) -> None:
    plain = checked_quotes([paragraph])
    assert all(q.speaker is None for q in plain)
    opted = checked_quotes([paragraph], _NoHearsay())
    if hearsay:
        assert opted == []
    else:
        assert [q.text for q in opted] == [q.text for q in plain] == ['the plan was flawed']


# a thing's pronoun after its sentence's words: the organisation that opens that sentence as its subject
# (then: one capitalised word, a person's name, a country: left as written)
OWN_SUBJECT: list[tuple[list[str], list[SpeakerRow]]] = [
    (['Kestrel Motor will cut about 9,000 jobs and close three plants, it said on Tuesday.'],
     [('Kestrel Motor will cut about 9,000 jobs and close three plants', 'Kestrel Motor', 'it')]),
    (['Acme Tools will close two plants in Ohio, it said.'],
     [('Acme Tools will close two plants in Ohio', 'Acme Tools', 'it')]),
    (['The Harbour Authority will close the pier for a month, it said.'],
     [('The Harbour Authority will close the pier for a month', 'Harbour Authority', 'it')]),
    (['Prices will rise next year because demand is strong, it said.'],
     [('Prices will rise next year because demand is strong', 'it', 'it')]),
    (['Tom Berg will resign in May, it said.'], [('Tom Berg will resign in May', 'it', 'it')]),
    (['New Zealand will reopen its border, it said.'], [('New Zealand will reopen its border', 'it', 'it')]),
    (['Halden Support Systems Inc said Jerome Lark will retire.',
      'President Mika Sorensen will assume the post of chairman, it said.'],
     [('Jerome Lark will retire', 'Halden Support Systems Inc', 'Halden Support Systems Inc'),
      ('President Mika Sorensen will assume the post of chairman', 'Halden Support Systems Inc', 'it')]),
    (["Ridge Power also said its board delayed the completion of Vogtle's Unit Two. Unit Two is about 60 pct "
      'complete, it added.'],
     [("its board delayed the completion of Vogtle's Unit Two", 'Ridge Power', 'Ridge Power'),
      ('Unit Two is about 60 pct complete', 'Ridge Power', 'it')]),
]


# a body's name with "of" after its organisation word: without the article (then: roles of a place or a body)
OF_BODY: list[tuple[list[str], list[SpeakerRow]]] = [
    (['Exports rose 5 percent in May, according to the General Administration of Customs (GAC).'],
     [('Exports rose 5 percent in May', 'General Administration of Customs', 'the General Administration of Customs')]),
    (['The General Administration of Customs said imports fell.'],
     [('imports fell', 'General Administration of Customs', 'The General Administration of Customs')]),
    (['The National Bureau of Statistics said prices rose.'],
     [('prices rose', 'National Bureau of Statistics', 'The National Bureau of Statistics')]),
    (['The Care Quality Commission said the home was unsafe.'],
     [('the home was unsafe', 'Care Quality Commission', 'The Care Quality Commission')]),
    (['The mayor of Lyon said the bridge would close.'],
     [('the bridge would close', 'The mayor of Lyon', 'The mayor of Lyon')]),
    (['The Secretary of State said talks would resume.'],
     [('talks would resume', 'The Secretary of State', 'The Secretary of State')]),
]


@pytest.mark.parametrize(("pieces", "expected"), [*OF_BODY, *OWN_SUBJECT, *BODY_ROLE, *AGREED, *AS_NAMING, *ASIDE, *NAMES, *NO_QUOTE])
def test_trial_quotes(pieces: list[str], expected: list[SpeakerRow]) -> None:
    assert rows(pieces) == expected


# one adverb between the cue and the colon or comma: a direct quotation, the adverb no part of it
# (then: no adverb, and a quotation inside the reported words)
MANNER: list[tuple[str, list[tuple[str, str]]]] = [
    ('Another, Priya Shah, said simply: "They failed us."', [('direct', 'They failed us.')]),
    ('Priya Shah said flatly: "They failed us."', [('direct', 'They failed us.')]),
    ('Ana Ruiz said only: "No comment."', [('direct', 'No comment.')]),
    ('Priya Shah said quietly, "They failed us."', [('direct', 'They failed us.')]),
    ('Tom Berg answered bluntly: "Not now."', [('direct', 'Not now.')]),
    ('Priya Shah said: "They failed us."', [('direct', 'They failed us.')]),
    ('Ana Ruiz said the plan was "a disaster".', [('mixed', 'the plan was "a disaster"')]),
]


@pytest.mark.parametrize(("text", "expected"), MANNER)
def test_adverb_before_colon(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds([text]) == expected


# Spanish: a name set off after the role closes the attribution before a place phrase of up to seven words
# (then: no place phrase; and English, a place phrase of up to five words after the name)
PLACE_TAIL: list[tuple[str, str | None, list[SpeakerRow]]] = [
    ('"Es un día histórico para la clase trabajadora", ha declarado la vicepresidenta segunda, Yolanda Díaz, '
     'en la rueda de prensa posterior.', "es",
     [('Es un día histórico para la clase trabajadora', 'Yolanda Díaz', 'Yolanda Díaz')]),
    ('"No vamos a ceder", ha afirmado el ministro de Transportes, Óscar Puente, en una entrevista en la radio pública.',
     "es", [('No vamos a ceder', 'Óscar Puente', 'Óscar Puente')]),
    ('"Es un día histórico", ha declarado la vicepresidenta segunda, Yolanda Díaz.', "es",
     [('Es un día histórico', 'Yolanda Díaz', 'Yolanda Díaz')]),
    ('"We will appeal," said the union\'s lawyer, Ann Lee, outside the court on Monday.', None,
     [('We will appeal,', 'Ann Lee', 'Ann Lee')]),
]


@pytest.mark.parametrize(("text", "language", "expected"), PLACE_TAIL)
def test_place_tail_after_name(text: str, language: str | None, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, language) == expected
