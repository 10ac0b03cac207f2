"""Wrong quote values a new user found (issue 5, round 71): pronouns and role nouns left unresolved
after a title's portfolio (``Minister for Housing Ana Ruiz``, ``Minister of State Tom Berg``), after a
newcomer who spoke in the paragraph before, and after ``a woman named Ana Ruiz`` in apposition.
Invented stories in web-copy and wire shapes; each row is the text after a plain headline and the
exact ``(text, kind, speaker name, mention)`` quadruples that must come out, in order.  Near-miss rows
say what must stay."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]

quotes_of = partial(mention_rows, headline="City and politics")


# 1. a pronoun or a role noun for the person just named: after a title's portfolio, after a newcomer
# who spoke (a speech verb) in the paragraph before, after "a woman named ..." set off after a role;
# not after a newcomer who did not speak, two ministers, or an age the article never gave her
REFERENTS = [
    ('Minister for Housing Aoife Brennan described the figures as a turning point.\n\n"We are '
     'building more homes than at any time in 40 years," she said.',
     [('We are building more homes than at any time in 40 years,', D, 'Aoife Brennan', 'she')]),
    ('Minister for Transport Colm Deasy described the delay as regrettable.\n\n"Nobody wanted this '
     'outcome," he said.',
     [('Nobody wanted this outcome,', D, 'Colm Deasy', 'he')]),
    ('Secretary of State for Health Ruth Oyelaran welcomed the report on Tuesday.\n\n"The findings '
     'are stark," she said.',
     [('The findings are stark,', D, 'Ruth Oyelaran', 'she')]),
    ('Transport convener Leo Marsh told the committee the line was on time.\n\nGreen councillor Ana '
     'Kowal welcomed the update but warned against complacency.\n\n"Everyone remembers what '
     'happened last time," she said.',
     [('the line was on time', R, 'Leo Marsh', 'Transport convener Leo Marsh'),
      ('Everyone remembers what happened last time,', D, 'Ana Kowal', 'she')]),
    ('Housing chief Tom Reddin told the meeting the homes were ready.\n\nLabour councillor Ian Fyfe '
     'criticised the timetable and said it was too slow.\n\n"People have waited long enough," he '
     'said.',
     [('the homes were ready', R, 'Tom Reddin', 'Housing chief Tom Reddin'),
      ('it was too slow', R, 'Ian Fyfe', 'Labour councillor Ian Fyfe'),
      ('People have waited long enough,', D, 'Ian Fyfe', 'he')]),
    ('Transport convener Leo Marsh told the committee the line was on time.\n\nInam Malik arrived '
     'in Edinburgh on Monday.\n\n"Everyone remembers what happened last time," he said.',
     [('the line was on time', R, 'Leo Marsh', 'Transport convener Leo Marsh'),
      ('Everyone remembers what happened last time,', D, 'he', 'he')]),
    ('The gate agent, a woman named Carol Ostby who has worked there for 22 years, told me she '
     'was looking for another job.\n\n"They keep telling us it\'s temporary," she said. "It\'s never '
     'temporary."',
     [('she was looking for another job', R, 'Carol Ostby', 'Carol Ostby'),
      ("They keep telling us it's temporary,", D, 'Carol Ostby', 'she'),
      ("It's never temporary.", D, 'Carol Ostby', 'she')]),
    ('The driver, a man called Piotr Zielinski, said the road had been closed for a week.',
     [('the road had been closed for a week', R, 'Piotr Zielinski', 'Piotr Zielinski')]),
    ('The operator, a firm called Harbour Lines, said the ferry would sail on Friday.',
     [('the ferry would sail on Friday', R, 'The operator', 'The operator')]),
    ('Minister of State Pádraig Cullen, who visited the town, said a relief scheme would open '
     'tomorrow.\n\n"Nobody," the minister said, "should have to worry about a hotel tonight."',
     [('a relief scheme would open tomorrow', R, 'Pádraig Cullen', 'Minister of State Pádraig Cullen'),
      ('Nobody,', D, 'Pádraig Cullen', 'the minister'),
      ('should have to worry about a hotel tonight.', D, 'Pádraig Cullen', 'the minister')]),
    ('Minister of State Pádraig Cullen said a relief scheme would open tomorrow. Finance Minister '
     'Paul Byrne said the cost was high.\n\n"Nobody," the minister said, "should have to worry '
     'about a hotel tonight."',
     [('a relief scheme would open tomorrow', R, 'Pádraig Cullen', 'Minister of State Pádraig Cullen'),
      ('the cost was high', R, 'Paul Byrne', 'Finance Minister Paul Byrne'),
      ('Nobody,', D, 'the minister', 'the minister'),
      ('should have to worry about a hotel tonight.', D, 'the minister', 'the minister')]),
    # near miss: a title and "of" after an abbreviation's period is no subject's lead
    ('The paper printed the demands to coincide with the visit of U.S. Secretary of State Ana Lindholm.\n\n'
     'A U.S. Embassy official said the figures were wrong.\n\nHe said that China would have to lobby Congress itself.',
     [('the figures were wrong', R, 'A U.S. Embassy official', 'A U.S. Embassy official'),
      ('China would have to lobby Congress itself', R, 'A U.S. Embassy official', 'He')]),
    ('"It is the most promising place we know of," said Dr Helena Brandt, 44, an astrophysicist '
     'who led the study.\n\nThe 44-year-old said the team would ask for more telescope time.',
     [('It is the most promising place we know of,', D, 'Helena Brandt', 'Dr Helena Brandt'),
      ('the team would ask for more telescope time', R, 'Helena Brandt', 'The 44-year-old')]),
    ('"It is the most promising place we know of," said Dr Helena Brandt, an astrophysicist who '
     'led the study.\n\nThe 44-year-old said the team would ask for more telescope time.',
     [('It is the most promising place we know of,', D, 'Helena Brandt', 'Dr Helena Brandt'),
      ('the team would ask for more telescope time', R, 'The 44-year-old', 'The 44-year-old')]),
]


@pytest.mark.parametrize(("text", "expected"), REFERENTS)
def test_a_pronoun_or_role_for_the_person_just_named(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 2. a speaker's name cut whole: a body's name joined by "and" (the role noun after it refers to all of it), a title
# and its portfolio after "of" before the name, a firm after the noun of its trade and its modifiers, "MK" or
# "MEP" as a title before the name
NAMES_CUT = [
    ('The Saudi Food and Drug Authority announced the recall of a batch of baby formula.\n\nThe '
     'authority said in a statement that buyers should stop using it.',
     [('the recall of a batch of baby formula', R, 'Saudi Food and Drug Authority', 'The Saudi Food and Drug Authority'),
      ('buyers should stop using it', R, 'Saudi Food and Drug Authority', 'The authority')]),
    ('The Securities and Exchange Commission fined the broker on Monday. The commission said the '
     'fine reflected the harm done.',
     [('the fine reflected the harm done', R, 'Securities and Exchange Commission', 'The commission')]),
    ('Britain and Drug Authority officials met on Monday. The authority said the talks went well.',
     [('the talks went well', R, 'Drug Authority', 'The authority')]),
    ('Director of Natural Resources Andrea Clausen said early survey data was encouraging.',
     [('early survey data was encouraging', R, 'Andrea Clausen', 'Director of Natural Resources Andrea Clausen')]),
    ('Director of Fisheries Mateo Lindqvist said the season would open next week.',
     [('the season would open next week', R, 'Mateo Lindqvist', 'Director of Fisheries Mateo Lindqvist')]),
    ('Secretary of State John Kerry said the talks would resume.',
     [('the talks would resume', R, 'John Kerry', 'Secretary of State John Kerry')]),
    ('Bank of England Governor Andrew Bailey said rates would stay on hold.',
     [('rates would stay on hold', R, 'Andrew Bailey', 'Bank of England Governor Andrew Bailey')]),
    ('According to Stanley-based operator Fortuna Ltd, vessels were already reporting good '
     'catches.',
     [('vessels were already reporting good catches', R, 'Fortuna Ltd', 'Stanley-based operator Fortuna Ltd')]),
    ('Ferry operator Harbour Lines Ltd said the service would resume on Friday.',
     [('the service would resume on Friday', R, 'Harbour Lines Ltd', 'Ferry operator Harbour Lines Ltd')]),
    ('London-based carmaker Fortuna Motors said sales rose 4% in May.',
     [('sales rose 4% in May', R, 'Fortuna Motors', 'London-based carmaker Fortuna Motors')]),
    # near miss: a capitalised trade noun is the firm's own name's
    ('Bank Negara said the shares would be sold in time.',
     [('the shares would be sold in time', R, 'Bank Negara', 'Bank Negara')]),
    # near miss: someone who speaks for the firm, and a firm's officer after it
    ('A spokesman for carmaker Fortuna Motors said sales rose 4% in May.',
     [('sales rose 4% in May', R, 'A spokesman for carmaker Fortuna Motors', 'A spokesman for carmaker Fortuna Motors')]),
    ('Carmaker Fortuna Motors chief executive Tom Berg said sales rose 4% in May.',
     [('sales rose 4% in May', R, 'Tom Berg', 'Carmaker Fortuna Motors chief executive Tom Berg')]),
    ('"This is a historic correction," said MK Yehuda Levin of the United Torah Judaism party, '
     'who sponsored the bill.',
     [('This is a historic correction,', D, 'Yehuda Levin', 'MK Yehuda Levin of the United Torah Judaism party')]),
    ('MEP Ana Lindqvist said the vote was close.',
     [('the vote was close', R, 'Ana Lindqvist', 'MEP Ana Lindqvist')]),
    ('"We are disappointed," said Sinn Féin TD Pádraig Mac Lochlainn.',
     [('We are disappointed,', D, 'Pádraig Mac Lochlainn', 'Sinn Féin TD Pádraig Mac Lochlainn')]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_CUT)
def test_a_speakers_name_is_cut_whole(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 3. the words of a report end where they should: before a wire's bracketed tag after the last sentence, never a plain
# object of "announced" that a "saying" clause follows; a passive "have been told" gives the words no speaker
QUOTE_TEXTS = [
    ('KUWAIT, Dec 7 (KUNA) -- Speaking to KUNA at a conference, Al-Sabah said investment in new '
     'fields was "on schedule." (end) kh.mj',
     [('investment in new fields was "on schedule."', M, 'Al-Sabah', 'Al-Sabah')]),
    ('Tom Berg said the new terminal was "nearly finished." (laughter) The crowd clapped.',
     [('the new terminal was "nearly finished."', M, 'Tom Berg', 'Tom Berg')]),
    ('Agriculture Minister Julie Ferris announced the package in Dubbo on Monday, saying it would '
     'provide cheap loans to farmers.',
     [('it would provide cheap loans to farmers', R, 'Julie Ferris', 'Agriculture Minister Julie Ferris')]),
    ('The mayor unveiled the plan at the town hall, saying it would cut traffic by a third.',
     [('it would cut traffic by a third', R, 'The mayor', 'The mayor')]),
    ('The minister announced his resignation on Monday.',
     [('his resignation on Monday', R, 'The minister', 'The minister')]),
    ('The firm announced the recall of 2,000 cars on Monday.',
     [('the recall of 2,000 cars on Monday', R, 'The firm', 'The firm')]),
    ('The extension of the tram line will be delivered on budget, councillors have been told.',
     [('The extension of the tram line will be delivered on budget', R, None, None)]),
    ('Residents were told the line would open on time.',
     [('the line would open on time', R, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_TEXTS)
def test_the_words_of_a_report_end_where_they_should(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
