"""Speakers read again in round 70 (issue 5, branch fixQ70b): a participle's phrase after a speaker's
head noun with an aside set off before the cue (``Doctors treating the victims (most of them
children) said``: the doctors).

Each row is a short wire or web story written for these tests, the words of one quote in it and the
speaker's name that must come out; near-miss rows keep the speaker they had."""

from __future__ import annotations

import pytest

from newsparse.spans import Quote, QuoteKind
from quote_cases import article_of, kind_rows, speaker_of

Row = tuple[str, str, "str | None"]


def last_paragraph_quotes(story: str) -> list[Quote]:
    """The quotes of *story* (read by :func:`article_of`, under its headline) in its last paragraph."""
    article = article_of(story)
    last = len(article.paragraphs) - 1
    return [quote for quote in article.quotes if quote.paragraph == last]


PARTICIPLE_ASIDES: list[Row] = [
    # an aside in brackets or between dashes after the participle's object, right before the cue
    ("LONDON - A school bus left the road on Monday.\n\n"
     "Doctors treating the victims (most of them children) said they were recovering well.",
     "they were recovering well", "Doctors"),
    ("LONDON - A bridge was closed on Monday.\n\n"
     "Engineers inspecting the bridge \u2014 the oldest in the county \u2014 said it was unsafe.",
     "it was unsafe", "Engineers"),
    ("LONDON - A bridge was closed on Monday.\n\n"
     "Engineers inspecting the bridge -- the oldest in the county -- said it was unsafe.",
     "it was unsafe", "Engineers"),
    ("NEW YORK (Reuters) - The fraud trial opened on Monday.\n\n"
     "Lawyers representing Mark Delaney (no relation to the mayor) told the court he was innocent.",
     "he was innocent", "Lawyers"),
    ("NEW YORK - The appeal was filed on Tuesday.\n\n"
     "Lawyers representing the family - who live in Ohio - said they would appeal.",
     "they would appeal", "Lawyers"),
    # near misses: a compound before its initials, a phrase that is whole, a name with an aside
    ("LONDON - Eurobond prices eased on Tuesday.\n\n"
     "The bank holding company (BHC) said the change would not affect its results.",
     "the change would not affect", "The bank holding company"),
    ("LONDON - Talks went on through the night.\n\n"
     "People briefed on the plan (which is not yet public) say the mill will close.",
     "the mill will close", "People briefed on the plan"),
    ("LONDON - Rules for police chases changed on Monday.\n\n"
     "Police training manuals (issued in 2019) say officers must warn drivers first.",
     "officers must warn drivers first", "Police training manuals"),
    ("LONDON - A bus left the road on Monday.\n\n"
     "Jane Whitfield (pictured) said the hospital was full.",
     "the hospital was full", "Jane Whitfield"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), PARTICIPLE_ASIDES)
def test_the_head_before_a_participle_phrase_and_an_aside_speaks(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


#: ``(story, the words of every quote of its last paragraph)``.
QuotedRow = tuple[str, list[str]]

PARTICIPLES_IN_THE_SUBJECT: list[QuotedRow] = [
    # a speech participle's phrase describes the subject of a verb in the past: nothing said
    ("LONDON - Snow fell across the north on Monday.\n\n"
     "Police warning drivers to stay home closed the motorway.", []),
    ("LONDON - Snow fell across the north on Monday.\n\n"
     "Police warning drivers of black ice closed two roads near Leeds.", []),
    ("CHICAGO - The river rose again overnight.\n\n"
     "Officials urging residents to leave opened three shelters before dawn.", []),
    # near misses: a cue after the phrase, the participle after an auxiliary, a clause after that
    ("LONDON - Snow fell across the north on Monday.\n\n"
     "Police warning drivers to stay home said the roads were closed.", ["the roads were closed"]),
    ("LONDON - Snow fell across the north on Monday.\n\n"
     "Police are warning drivers to stay home after the roads closed.",
     ["drivers to stay home after the roads closed"]),
    ("LONDON - Snow fell across the north on Monday.\n\n"
     "The council closed the bridge on Monday, warning drivers that it had cracked.", ["it had cracked"]),
    ("LONDON - Snow fell across the north on Monday.\n\n"
     "Police are warning that the roads iced over.", ["the roads iced over"]),
]


@pytest.mark.parametrize(("story", "quoted"), PARTICIPLES_IN_THE_SUBJECT)
def test_a_participle_in_the_subject_is_no_cue(story: str, quoted: list[str]) -> None:
    assert [quote.text for quote in last_paragraph_quotes(story)] == quoted


#: ``(story, the words of the quote of its last paragraph, its cue, its speaker's name)``.
CuedRow = tuple[str, str, str, "str | None"]

NESTED_REPORTS: list[CuedRow] = [
    # a bare plural noun and a cue word in its base form: the first cue's clause, its verb inside it
    ("WASHINGTON - The race tightened on Monday.\n\n"
     "The Ortiz campaign says progressives agree that the trade plan is fair.",
     "progressives agree that the trade plan is fair", "says", "Ortiz campaign"),
    ("WASHINGTON - The race tightened on Monday.\n\n"
     "The Ortiz campaign says progressives agree with its plan on trade.",
     "progressives agree with its plan on trade", "says", "Ortiz campaign"),
    ("LONDON - The vote is on Thursday.\n\n"
     "The party said voters believe the tax plan is fair.",
     "voters believe the tax plan is fair", "said", "The party"),
    ("LONDON - The vote is on Thursday.\n\n"
     "Union leaders say members argue the pay offer is too low.",
     "members argue the pay offer is too low", "say", "Union leaders"),
    # near misses: "to" or an auxiliary before the cue word is no noun, a name is the subject
    ("LONDON - Golf courses keep closing.\n\n"
     "The foundation predicts the trend will continue next year.",
     "the trend will continue next year", "predicts", "The foundation"),
    # near misses: the plural noun's cue opens the sentence, or its subject is a name
    ("LONDON - The vote is on Thursday.\n\n"
     "The party said Ana Ortiz believes the tax plan is fair.",
     "Ana Ortiz believes the tax plan is fair", "said", "The party"),
    ("LONDON - The vote is on Thursday.\n\n"
     "Economists agree that the tax plan is fair.",
     "the tax plan is fair", "agree", "Economists"),
]


@pytest.mark.parametrize(("story", "words", "cue", "speaker"), NESTED_REPORTS)
def test_the_first_cue_reports_a_clause_with_a_cue_of_its_own(story: str, words: str, cue: str, speaker: str | None) -> None:
    found = [(q.text, q.cue, q.speaker and q.speaker.name) for q in last_paragraph_quotes(story)]
    assert found == [(words, cue, speaker)]


#: ``(story, the words of the quote of its last paragraph, its speaker's mention as written)``.
MentionedRow = tuple[str, str, str]

BRANCHES_AFTER_INITIALS: list[MentionedRow] = [
    # a body's initials in brackets, its region and a branch's word in lower case: the branch speaks
    ("LONDON - Schools in the north closed on Monday.\n\n"
     "The National Union of Teachers (NUT) North West branch said the strike would go ahead.",
     "the strike would go ahead", "The National Union of Teachers (NUT) North West branch"),
    ("EDINBURGH - Nurses voted on Monday.\n\n"
     "The Royal College of Nursing (RCN) Scotland office said the ballot had closed.",
     "the ballot had closed", "The Royal College of Nursing (RCN) Scotland office"),
    ("CARDIFF - Nurses voted on Monday.\n\n"
     "A spokesman for the Royal College of Nursing (RCN) Wales office said the ballot had closed.",
     "the ballot had closed", "A spokesman for the Royal College of Nursing (RCN) Wales office"),
    # near misses: no word after the brackets, an adverb after them, capitalised words alone
    ("EDINBURGH - Nurses voted on Monday.\n\n"
     "The Royal College of Nursing (RCN) said the ballot had closed.",
     "the ballot had closed", "The Royal College of Nursing"),
    ("EDINBURGH - Nurses voted on Monday.\n\n"
     "The Royal College of Nursing (RCN) also said the ballot had closed.",
     "the ballot had closed", "The Royal College of Nursing"),
    ("EDINBURGH - Nurses voted on Monday.\n\n"
     "The Royal College of Nursing (RCN) Scotland said the ballot had closed.",
     "the ballot had closed", "The Royal College of Nursing (RCN) Scotland"),
]


@pytest.mark.parametrize(("story", "words", "mention"), BRANCHES_AFTER_INITIALS)
def test_a_branch_after_a_body_and_its_initials_speaks(story: str, words: str, mention: str) -> None:
    found = [(q.text, q.speaker and q.speaker.mention) for q in last_paragraph_quotes(story)]
    assert found == [(words, mention)]


AS_ATTRIBUTIONS: list[Row] = [
    # an adverb without -ly between the auxiliary and the cue of an "as" attribution
    ("LONDON - Rents rose again in March.\n\nMaria Lopez runs a tenants' group in Hackney.\n\n"
     'The new rules are a "needless burden," as Lopez has often argued.', "needless burden", "Maria Lopez"),
    ("LONDON - Rents rose again in March.\n\nMaria Lopez runs a tenants' group in Hackney.\n\n"
     'The new rules are a "needless burden," as Lopez has long argued.', "needless burden", "Maria Lopez"),
    ("LONDON - Rents rose again in March.\n\nMaria Lopez runs a tenants' group in Hackney.\n\n"
     'The new rules are a "needless burden," as Lopez had already warned.', "needless burden", "Maria Lopez"),
    ("LONDON - Rents rose again in March.\n\nMaria Lopez runs a tenants' group in Hackney.\n\n"
     'The new rules are a "needless burden," as Lopez has repeatedly said.', "needless burden", "Maria Lopez"),
    # near misses: a sentence of its own after the quotation, a verb that reports nothing
    ("LONDON - Rents rose again in March.\n\nMaria Lopez runs a tenants' group in Hackney.\n\n"
     'The new rules are a "needless burden." Lopez has often argued for change.', "needless burden", None),
    ("LONDON - Rents rose again in March.\n\nMaria Lopez runs a tenants' group in Hackney.\n\n"
     'The new rules are a "needless burden," as Lopez has often found in court.', "needless burden", None),
]


@pytest.mark.parametrize(("story", "words", "speaker"), AS_ATTRIBUTIONS)
def test_an_as_attribution_with_an_adverb_after_its_auxiliary(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


TOLD_THEN_ADVERB: list[tuple[str, list[tuple[str, QuoteKind, str | None]]]] = [
    # the person told, an adverb or a time of two words, then the quotation: the quotation alone, direct
    ("LONDON - The health minister resigned on Monday.\n\n"
     'Ana Ruiz told the BBC earlier, "I have done nothing wrong."',
     [("I have done nothing wrong.", QuoteKind.DIRECT, "Ana Ruiz")]),
    ("LONDON - The health minister resigned on Monday.\n\n"
     'Ana Ruiz told the BBC overnight, "I have done nothing wrong."',
     [("I have done nothing wrong.", QuoteKind.DIRECT, "Ana Ruiz")]),
    ("LONDON - The health minister resigned on Monday.\n\n"
     'Ana Ruiz told reporters anyway: "I have done nothing wrong."',
     [("I have done nothing wrong.", QuoteKind.DIRECT, "Ana Ruiz")]),
    ("LONDON - The health minister resigned on Monday.\n\n"
     'Ana Ruiz told reporters yesterday morning, "I have done nothing wrong."',
     [("I have done nothing wrong.", QuoteKind.DIRECT, "Ana Ruiz")]),
    ("LONDON - The health minister resigned on Monday.\n\n"
     'Ana Ruiz told reporters Tuesday night: "I have done nothing wrong."',
     [("I have done nothing wrong.", QuoteKind.DIRECT, "Ana Ruiz")]),
    # near misses: a thing told before the quotation, a clause after the adverb
    ("LONDON - The health minister resigned on Monday.\n\n"
     'Ana Ruiz told reporters the truth, "I have done nothing wrong."',
     [('the truth, "I have done nothing wrong."', QuoteKind.MIXED, "Ana Ruiz")]),
    ("LONDON - The health minister resigned on Monday.\n\n"
     'Ana Ruiz told reporters earlier that she was "done with politics."',
     [('she was "done with politics."', QuoteKind.MIXED, "Ana Ruiz")]),
]


@pytest.mark.parametrize(("story", "quotes"), TOLD_THEN_ADVERB)
def test_an_adverb_after_the_person_told_ends_the_attribution(
    story: str, quotes: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert kind_rows(story) == quotes
