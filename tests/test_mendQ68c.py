"""Speakers read again after round 68's merge (issue 5, branch mendQ68c): a firm named by its
founder's possessive and its place is never cut at ``'s`` (``The Lloyd's of London chairman``,
``said Lloyd's of New South Wales Insurance Group``); a description before a relative clause after
an inverted cue's speaker is no words said (``said Oxfam, a charity which is based in London``);
the object of a deal verb is no body ``the company`` stands for, and a cue word before ``to`` and
a verb is no source quoted (``Ostrander Steel agreed to buy Acme Corp.``); and ``it`` after a new
report that spoke in the sentence before is that report.

Each row is a short wire or web story written for these tests, the words of one quote in it and the
speaker's name that must come out; negative rows keep what was right."""

from __future__ import annotations

import pytest

from quote_cases import article_of, speaker_of

OWNED_FIRMS = [
    ("LONDON (Reuters) - Insurers face heavy losses from the storms.\n\n"
     "The Lloyd's of London chairman said on Monday that claims would rise.",
     "claims would rise", "The Lloyd's of London chairman"),
    ("LONDON - Claims will rise this winter, a Lloyd's of London spokeswoman said.",
     "Claims will rise", "a Lloyd's of London spokeswoman"),
    ("LONDON - Claims will rise this winter, the Lloyd's of London chief executive said.",
     "Claims will rise", "the Lloyd's of London chief executive"),
    ("SYDNEY (AAP) - Home premiums will rise by a fifth next year, said Lloyd's of New South Wales "
     "Insurance Group.",
     "Home premiums will rise", "Lloyd's of New South Wales Insurance Group"),
    ("PORTLAND, Maine - The plant will stay open, said Tom's of Maine Soap Company.",
     "The plant will stay open", "Tom's of Maine Soap Company"),
    # a name after the role at the firm: the person
    ("LONDON - Lloyd's of London chairman John Nelson said claims would rise.",
     "claims would rise", "John Nelson"),
    ("LONDON - Lloyd's of London chief executive Ana Ruiz said the market was sound.",
     "the market was sound", "Ana Ruiz"),
    # negative rows: what was right stays
    ("LONDON - Claims will rise this winter, said Lloyd's of London.", "Claims will rise", "Lloyd's of London"),
    ("CHICAGO - McDonald's chief executive said on Tuesday that sales had slowed.",
     "sales had slowed", "McDonald's chief executive"),
    ("LONDON - Prices will fall in the spring, a Sainsbury's spokeswoman said.", "Prices will fall", "a Sainsbury's spokeswoman"),
    ("LONDON - Britain's Foreign Secretary David Lammy said talks would go on.", "talks would go on", "David Lammy"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), OWNED_FIRMS)
def test_owned_firm_never_cut_at_possessive(story: str, words: str, speaker: str) -> None:
    assert speaker_of(story, words) == speaker


DESCRIBED_RELATIVES = [
    ("LONDON - The tax bill favours the rich, said Oxfam, a charity which is based in London.",
     "The tax bill favours the rich", "Oxfam"),
    ("LONDON - The tax bill favours the rich, said Oxfam, the British charity whose director quit in May.",
     "The tax bill favours the rich", "Oxfam"),
    ("LEEDS - The land was never sold, said Tom Berg, a farmer who owns the next field.",
     "The land was never sold", "Tom Berg"),
    ("NAIROBI - The vaccine stocks will run out by June, said Amref, the health charity that runs the clinics.",
     "The vaccine stocks will run out", "Amref"),
    # negative rows: a bare relative, as fixQ68 read it; an appositive with no relative
    ("LONDON - The tax bill favours the rich, said Oxfam, which is based in London.",
     "The tax bill favours the rich", "Oxfam"),
    ("LEEDS - The land was never sold, said Tom Berg, a farmer in the valley.",
     "The land was never sold", "Tom Berg"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), DESCRIBED_RELATIVES)
def test_description_before_relative_is_no_quote(story: str, words: str, speaker: str) -> None:
    assert speaker_of(story, words) == speaker
    assert all(" which " not in q.text and " who " not in q.text and " whose " not in q.text
               for q in article_of(story).quotes)


DEAL_OBJECTS = [
    ("PITTSBURGH (Reuters) - Ostrander Steel agreed to buy Acme Corp. for $2 billion.\n\n"
     "\"We are delighted,\" the company said.",
     "We are delighted", "the company"),
    ("PITTSBURGH - Ostrander Steel has agreed to acquire rival Acme Corp for $2 billion.\n\n"
     "\"This is a great day,\" the company said.",
     "This is a great day", "the company"),
    ("DALLAS - Vantor Petroleum Corp offered to purchase Bell Drilling Inc for $400 million.\n\n"
     "\"The price is fair,\" the company said.",
     "The price is fair", "the company"),
    ("TOKYO - Hoshi Motors agreed to merge with Kawa Industries Co in a share swap.\n\n"
     "\"Costs will fall,\" the company said.",
     "Costs will fall", "the company"),
    # negative rows: an object that is no deal's is the body meant; a firm that spoke stays
    ("BERLIN - Voters turned to the Green Party.\n\n\"We are delighted,\" the party said.",
     "We are delighted", "Green Party"),
    ("PITTSBURGH - Acme Corp said on Monday it would cut 300 jobs.\n\n\"We had no choice,\" the company said.",
     "We had no choice", "Acme Corp"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), DEAL_OBJECTS)
def test_deal_object_is_no_subject(story: str, words: str, speaker: str) -> None:
    assert speaker_of(story, words) == speaker


SPEAKING_REPORTS = [
    ("LONDON - The Met Office said rain was coming.\n\n"
     "A report published on Tuesday said that defences were failing. \"We need money,\" it said.",
     "We need money", "A report"),
    ("LONDON - The Met Office said rain was coming.\n\n"
     "A new report warned on Tuesday that defences were failing. \"Councils need money,\" it said.",
     "Councils need money", "A new report"),
    ("OTTAWA - Statistics Canada said prices rose.\n\n"
     "A study released on Friday said that rents were climbing. \"Young tenants pay most,\" it said.",
     "Young tenants pay most", "A study"),
    # an author after "by": the author; a report that only found something: the pronoun as written
    ("LONDON - The Met Office said rain was coming.\n\n"
     "A report by the National Audit Office said that defences were failing. \"Councils need money,\" it said.",
     "Councils need money", "National Audit Office"),
    ("LONDON - The Met Office said rain was coming.\n\n"
     "A report published on Tuesday found that defences were failing. \"Councils need money,\" it said.",
     "Councils need money", "it"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), SPEAKING_REPORTS)
def test_it_after_speaking_report(story: str, words: str, speaker: str) -> None:
    assert speaker_of(story, words) == speaker
