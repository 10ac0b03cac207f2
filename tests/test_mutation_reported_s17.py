"""Reported speech as ``quotes/reported.py`` reads it at the bounds of its windows, for the 168
mutants of the fifth mutation run of issue 8 that were accepted as "a bound moved or dropped,
told only by a neighbouring sentence holding what the pattern looks for right at the bound"
(see docs/testing.md, the second look at them).  Each case puts a rule's target right at one
bound: a word window that may hold a full stop before a next sentence that opens with ``That``
or ``What``; a paragraph whose first sentence opens with ``Founded in``; a clause join further
than ``NAMED_WINDOW`` characters before a long speaker's phrase; a verb eighth after the first
word of a bare clause; paragraphs set apart by one line break and a trailing blank.

Each case is one paragraph (or several) as wires, web copy and scrapers print them; the expected
value is every quote ``(kind, text, start, end, cue, speaker's name, source)`` in order, after
checking that each quote's span and its speaker's span slice the text back to them."""

from __future__ import annotations

import pytest

from quote_cases import KINDS, Case, Row, parser_for, quotes_of  # noqa: F401  (the shared table shape)

CASES: list[Case] = [
    # the sentence's end: a pattern whose words may hold a full stop, or a search for a comma, stops there
    # an object of up to six words before 'that' may hold a full stop: it must not run into the next sentence's 'That'
    Case(
        "Ortiz told reporters the plan was dead. That is the third delay this year.",
        [
            ("R", "the plan was dead", 21, 38, "told", "Ortiz", None),
        ],
    ),
    # the words before a question word may hold a full stop: 'asked that ...' is read, not the next sentence's 'What'
    Case(
        "The union asked that talks be delayed. What the council will do is unclear.",
        [
            ("R", "talks be delayed", 21, 37, "asked", "The union", None),
        ],
    ),
    # a closing 'according to X' reads its source up to the sentence's end only
    Case(
        "The plant will close in May, according to the report. Workers said they had not been told.",
        [
            ("R", "The plant will close in May", 0, 27, "according to", "the report", None),
            ("R", "they had not been told", 67, 89, "said", "Workers", None),
        ],
    ),
    # a clause join before a cue whose comma comes only in the next sentence: the second speaker's clause is cut off
    Case(
        "Ortiz said fares would rise, and the union said Monday they would fall. Later, talks resumed.",
        [
            ("R", "fares would rise", 11, 27, "said", "Ortiz", None),
            ("R", "they would fall", 55, 70, "said", "the union", None),
        ],
    ),
    # the sentence's start: what a rule reads before the cue is this sentence's, not the paragraph's
    # a participle clause is told by the words of this sentence, not the paragraph's first two ('Founded in')
    Case(
        "Founded in 1990, the firm makes tools. The plant will close in May, the company said.",
        [
            ("R", "The plant will close in May", 39, 66, "said", "the company", None),
        ],
    ),
    # a participle clause after the attribution's sentence is not read as the words of a second one
    Case(
        "The plant will close in May, the company said. Asked about the vote, he laughed.",
        [
            ("R", "The plant will close in May", 0, 27, "said", "the company", None),
        ],
    ),
    # German 'laut' inside the sentence is not read as the opening 'Laut X wird ...' (the words would be a
    # fragment): the whole sentence is the source's (ReportedSpeech.inner_source)
    Case(
        "Die Polizei ermittelt. Das Stadion wird laut Ministerin Anna Schmidt im Mai eröffnet.",
        [("R", "Das Stadion wird laut Ministerin Anna Schmidt im Mai eröffnet", 23, 84, "laut", "Anna Schmidt", None)],
        language="de",
    ),
    # the windows of a second speaker's clause: the join before its phrase, the comma after its cue, a closing outlet
    # the clause join is looked for up to NAMED_WINDOW characters before the second speaker's phrase, however long it is
    Case(
        "Ortiz said fares would rise, and the chief executive of the regional transit authority said they would not.",
        [
            ("R", "fares would rise", 11, 27, "said", "Ortiz", None),
            ("R", "they would not", 92, 106, "said", "the chief executive of the regional transit authority", None),
        ],
    ),
    # a comma after the second clause's own words makes no aside of it: the clause is cut off
    Case(
        "Ortiz said fares would rise, and the union said they would fall, as they did in 2019.",
        [
            ("R", "fares would rise", 11, 27, "said", "Ortiz", None),
            ("R", "they would fall, as they did in 2019", 48, 84, "said", "the union", None),
        ],
    ),
    # an aside is told by the first comma after its cue, not the last
    Case(
        "Ortiz said the deal, other experts said, could collapse, leaving the city without money.",
        [
            ("R", "the deal, other experts said, could collapse, leaving the city without money", 11, 87, "said", "Ortiz", None),
        ],
    ),
    # a closing outlet late in a paragraph is the source of the words, not another speaker's clause
    Case(
        "The port handled a record 4.2 million containers last year, up 8 percent from the year before it. Ortiz said the talks had failed, state media reported.",
        [
            ("R", "the talks had failed", 109, 129, "said", "Ortiz", "state media"),
        ],
    ),
    # a closing outlet after a quotation mark: the words end at the mark
    Case(
        'Ortiz said the plan was "dead on arrival," state media reported.',
        [
            ("M", 'the plan was "dead on arrival,"', 11, 42, "said", "Ortiz", "state media"),
        ],
    ),
    # a relative clause's closing comma is the first after a comma inside it that no verb follows, not the sentence's last
    Case(
        "Ortiz, who said the plan, in its current form, was a disaster, will vote against it, aides said.",
        [
            (
                "R",
                "Ortiz, who said the plan, in its current form, was a disaster, will vote against it",
                0,
                83,
                "said",
                "aides",
                None,
            ),
            ("R", "the plan, in its current form, was a disaster", 16, 61, "said", "Ortiz", None),
        ],
    ),
    # the same after a comma inside quotation marks
    Case(
        'Ortiz, who said the plan was "costly, reckless and late," will vote against it, aides said.',
        [
            ("M", 'Ortiz, who said the plan was "costly, reckless and late," will vote against it', 0, 78, "said", "aides", None),
            ("M", 'the plan was "costly, reckless and late,"', 16, 57, "said", "Ortiz", None),
        ],
    ),
    # words cut before a second speaker's clause keep a last word of one letter
    Case(
        "Ortiz said the council should adopt Plan B, and the union said it would strike.",
        [
            ("R", "the council should adopt Plan B", 11, 42, "said", "Ortiz", None),
            ("R", "it would strike", 63, 78, "said", "the union", None),
        ],
    ),
    # the speaker carried to a later participle of the same sentence, and the region a reading claims
    # a participle after a closing attribution whose words were too few: the attribution's speaker, not the sentence's subject
    Case(
        # (two words with no verb: "Prices rose" is words of its own since fixY's short_clause)
        "Higher prices, the central bank said on Tuesday, adding that it would act.",
        [
            ("R", "it would act", 61, 73, "adding", "the central bank", None),
        ],
    ),
    # the same with no time after the cue
    Case(
        "No deal, aides said, adding that she would veto it.",
        [
            ("R", "she would veto it", 33, 50, "adding", "aides", None),
        ],
    ),
    # a participle whose sentence holds a cue in a clause of the object: the sentence's subject speaks
    Case(
        "Ortiz rejected the plan the mayor announced, saying it would cost too much.",
        [
            ("R", "it would cost too much", 52, 74, "saying", "Ortiz", None),
        ],
    ),
    # a participle after a speaker named inside the sentence: that speaker, not the sentence's subject
    Case(
        "Shares fell after the chief executive, Ana Ortiz, said profits would drop, adding that the firm would cut jobs.",
        [
            ("R", "profits would drop", 55, 73, "said", "Ana Ortiz", None),
            ("R", "the firm would cut jobs", 87, 110, "adding", "Ana Ortiz", None),
        ],
    ),
    # a participle after an inverted attribution with an appositive: the name after the cue
    Case(
        "The vote was rigged, said Katie Ruiz, the group's director, adding that she would appeal.",
        [
            ("R", "The vote was rigged", 0, 19, "said", "Katie Ruiz", None),
            ("R", "she would appeal", 72, 88, "adding", "Katie Ruiz", None),
        ],
    ),
    # an inverted attribution followed by a participle and a colon: the words before it are still read
    Case(
        'The vote was rigged, said Ortiz, adding: "We will appeal."',
        [
            ("R", "The vote was rigged", 0, 19, "said", "Ortiz", None),
            ("D", "We will appeal.", 42, 57, "adding", "Ortiz", None),
        ],
    ),
    # a document's participle after an opening phrase: the subject after the phrase speaks
    Case(
        "Last month, the firm issued a statement saying the plant would close in May.",
        [
            ("R", "the plant would close in May", 47, 75, "saying", "the firm", None),
        ],
    ),
    # a long aside after the speaker, an outlet closing the words
    Case(
        "The head of the port authority, Colin Reyes, in an interview with local radio on Tuesday morning, said the cranes were unsafe, state media reported.",
        [
            ("R", "the cranes were unsafe", 103, 125, "said", "Colin Reyes", "state media"),
        ],
    ),
    # a long aside after the speaker, quotation marks in the words
    Case(
        'The head of the port authority, Colin Reyes, in an interview with local radio on Tuesday morning, said the cranes were "unsafe and old."',
        [
            ("M", 'the cranes were "unsafe and old."', 103, 136, "said", "Colin Reyes", None),
        ],
    ),
    # a short aside after the speaker, then a second speaker's clause
    Case(
        "Ortiz, speaking on Monday, said talks would resume, and Berg said they would not.",
        [
            ("R", "talks would resume", 32, 50, "said", "Ortiz", None),
            ("R", "they would not", 66, 80, "said", "Berg", None),
        ],
    ),
    # an opening phrase of more than MAX_APPOSITIVE_HEAD words is passed over, and the phrase after it speaks
    Case(
        "In an interview with local radio late on Monday night, the director of the port, who took the job in March, said the cranes were unsafe.",
        [
            ("R", "the cranes were unsafe", 113, 135, "said", "the director of the port", None),
        ],
    ),
    # an adverb that opens the sentence is passed over, and the phrase after it speaks
    Case(
        "Still, the director of the port, who took the job in March, said the cranes were unsafe.",
        [
            ("R", "the cranes were unsafe", 65, 87, "said", "the director of the port", None),
        ],
    ),
    # the speaker of reported words is remembered with its paragraph: the next paragraph's quotation carries it on
    Case(
        ["Mayor Ana Ortiz said on Monday the plan was dead.", '"We have run out of money and out of time."'],
        [
            ("R", "the plan was dead", 31, 48, "said", "Ana Ortiz", None),
            ("D", "We have run out of money and out of time.", 52, 93, None, "Ana Ortiz", None),
        ],
    ),
    # the lookahead for a verb after the first word of a bare clause (8 words after a pronoun, a gerund, a noun and 'of')
    # a verb eighth after a noun and 'of': a clause (the lookahead is 8 words, not 6)
    Case(
        "Ortiz said members of the board of the water authority had objected.",
        [
            ("R", "members of the board of the water authority had objected", 11, 67, "said", "Ortiz", None),
        ],
    ),
    # a verb eighth after an object pronoun: a clause
    Case(
        "Ortiz said much of the money for the new port had been spent.",
        [
            ("R", "much of the money for the new port had been spent", 11, 60, "said", "Ortiz", None),
        ],
    ),
    # no verb in the 8 words after an object pronoun: 'said nothing about ...' reports no words
    Case(
        "Ortiz said nothing about the vote on the budget for the port authority, which was delayed again.",
        [],
    ),
    # a verb eighth after a gerund: a clause
    Case(
        "Ortiz said having the support of the city's business community was essential.",
        [
            ("R", "having the support of the city's business community was essential", 11, 76, "said", "Ortiz", None),
        ],
    ),
    # the word tests at a clause's first word (a participle, a past participle and a preposition, a negated verb)
    # a gerund of five letters opens the words after an aside (only longer ones are participles)
    Case(
        "In private, aides said, going ahead without the council would be a mistake.",
        [
            ("R", "going ahead without the council would be a mistake", 24, 74, "said", "aides", None),
        ],
    ),
    # a short word ending in -ing after an aside is no participle
    Case(
        "In May, officials said, King Charles will visit the city.",
        [
            ("R", "King Charles will visit the city", 24, 56, "said", "officials", None),
        ],
    ),
    # a past participle opening words that hold a comma is no participle clause
    Case(
        "Founded in 1990, the firm employs 400 people, the company said.",
        [
            ("R", "Founded in 1990, the firm employs 400 people", 0, 44, "said", "the company", None),
        ],
    ),
    # a negated verb makes a clause, not a description of the source
    Case(
        "According to the police, the suspect wasn't armed, and no one was hurt.",
        [
            ("R", "the suspect wasn't armed, and no one was hurt", 25, 70, "According to", "the police", None),
        ],
    ),
    # a quotation over paragraphs set apart by one line break (scraped text), with blanks at the lines' ends
    # a quotation left open before a single line break and a trailing blank takes the next paragraph's speaker
    Case(
        [
            '"We will not back down from this fight, not now and not ever. ',
            '"We will win this strike," said union leader Ana Lind.',
        ],
        [
            ("D", "We will not back down from this fight, not now and not ever.", 1, 61, "said", "Ana Lind", None),
            ("D", "We will win this strike,", 64, 88, "said", "Ana Lind", None),
        ],
        joiner="\n",
    ),
    # the same after a single line break with no blank
    Case(
        ['"We will not back down from this fight, not now and not ever.', '"We will win this strike," said union leader Ana Lind.'],
        [
            ("D", "We will not back down from this fight, not now and not ever.", 1, 61, "said", "Ana Lind", None),
            ("D", "We will win this strike,", 63, 87, "said", "Ana Lind", None),
        ],
        joiner="\n",
    ),
    # the same with a blank before the next paragraph's mark
    Case(
        [
            '"We will not back down from this fight, not now and not ever.',
            ' "We will win this strike," said union leader Ana Lind.',
        ],
        [
            ("D", "We will not back down from this fight, not now and not ever.", 1, 61, "said", "Ana Lind", None),
            ("D", "We will win this strike,", 64, 88, "said", "Ana Lind", None),
        ],
        joiner="\n",
    ),
]


#: Wrong readings the probes for these bounds found, fixed with the tests (not run against the mutants,
#: which were made from the code before the fix).
BUGS_CAUGHT: list[Case] = [
    # a capitalised name ending in -ing after an aside is no participle (the words were lost)
    Case(
        "In May, officials said, Boeing will cut 2,000 jobs at the plant.",
        [
            ("R", "Boeing will cut 2,000 jobs at the plant", 24, 63, "said", "officials", None),
        ],
    ),
    Case(
        "The final, aides said, Reading would host in May.",
        [
            ("R", "Reading would host in May", 23, 48, "said", "aides", None),
        ],
    ),
    # a participle in lower case after an aside still closes the words before it
    Case(
        "The museum will reopen in May, the director said, adding that the roof had been repaired.",
        [
            ("R", "The museum will reopen in May", 0, 29, "said", "the director", None),
            ("R", "the roof had been repaired", 62, 88, "adding", "the director", None),
        ],
    ),
]


def test_no_duplicate_cases() -> None:
    texts = [repr((case.pieces, case.joiner)) for case in CASES + BUGS_CAUGHT]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("case", BUGS_CAUGHT, ids=[f"bug{i}" for i in range(len(BUGS_CAUGHT))])
def test_bugs_caught(case: Case) -> None:
    assert quotes_of(case) == case.expected


@pytest.mark.parametrize("case", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_reported_speech_at_a_bound(case: Case) -> None:
    assert quotes_of(case) == case.expected
