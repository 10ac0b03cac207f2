"""Mutation pass mut39 (issue 8): the mutants of mut37's pass over ``quotes/grammar.py``, ``quotes/direct.py`` and
``quotes/reported.py`` that survived mut38's run and were not examined then, and the pass's mutants not run before,
made again on main ``ac2d2501``.  Each
row names the mutants it kills (module:index in mut37's numbering, the function, the line on ``ac2d2501`` and the
change; see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import pytest

from newsparse.spans import QuoteKind
from quote_cases import Case, MentionRow, article_of, mention_rows, quotes_of

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

#: A council story scraped with its paragraphs run together on one line, longer than
#: ``SUBJECT_WINDOW`` (3,000 characters) before the writer's own "I".
LONG_LINE = " ".join(
    [
        '"We cannot keep the pier open through another winter," Ana Ortiz, who chairs the harbour board, said.',
        "The board met on Tuesday evening in the upstairs room of the old customs house, where the paint is peeling",
        "and the radiators have not worked since the storm in February.",
        "Members spent most of the first hour on the cost of dredging the channel, which has silted up so badly",
        "that the lifeboat can only launch for three hours either side of high water.",
        "The engineers' survey, commissioned last spring, put the cost of a full dredge at just over two million",
        "pounds, roughly four times the authority's annual income.",
        "A cheaper option, clearing only the approach to the slipway, would cost about a quarter of that but",
        "would have to be repeated every two or three years as the sand returned with each winter gale.",
        "The second hour went on the breakwater, whose outer end lost a section of its parapet in January and",
        "has since been fenced off with orange barriers that make the quay awkward to work at night.",
        "The repairs planned after the last inspection were never carried out, and the contractor's letter on",
        "the table blamed a shortage of granite from the quarry up the valley.",
        "Fishermen in the public seats shook their heads at that, and one of them left before the vote.",
        "The board then turned to the pier itself, the Victorian structure that gives the town its postcard view",
        "and that has been closed to the public for most of the past eighteen months because of rotten decking.",
        "Volunteers from the pier trust have raised a little under ninety thousand pounds towards its repair,",
        "holding quiz nights, a sponsored swim and an auction of paintings donated by artists from the town.",
        "The money is to be handed over once the board commits to a date for the work.",
        "Two members proposed selling the pier to a private operator, an idea that drew loud groans from the",
        "public seats and a long silence from the top table.",
        "The finance committee is expected to publish its own figures next month, once the insurers have decided",
        "whether the storm damage to the breakwater falls under the authority's policy or the government's scheme.",
        "Until then the board will keep the orange barriers in place and the pier gates locked, and the harbour",
        "master will go on posting the lifeboat's launch times on the noticeboard outside his office each week.",
        "The lifeboat crew, meanwhile, have moved their winter training to the beach at the north end of the bay,",
        "where the shingle shelves steeply enough for the boat to be launched from its trailer at any state of the",
        "tide, and the town's sea scouts have taken over the old net loft beside the slipway for their meetings.",
        "The cafe at the pier gates has cut its opening hours to weekends only until the spring.",
        "Its owners, who took the lease four years ago when the pier still drew coach parties from the cities,",
        "now rely on dog walkers and the handful of anglers who fish from the harbour wall on the evening tide.",
        "The amusement arcade on the front closed in October and its windows have been boarded up since then,",
        "and the bus company has dropped the seafront stop from its winter timetable for the first time.",
        "I told the board after the meeting that the pier was safe to reopen in part.",
    ]
)

# (text under a headline, every quote as (words, kind, speaker's name, mention))
CASES: list[tuple[str, list[MentionRow]]] = [
    # kills direct:4 in_transcript_turn L281 return True (no line start within SUBJECT_WINDOW: the writer's "I" is no
    # transcript turn's, so it stays as written, never the last speaker)
    (
        LONG_LINE,
        [
            ("We cannot keep the pier open through another winter,", D, "Ana Ortiz", "Ana Ortiz"),
            ("the pier was safe to reopen in part", R, "I", "I"),
        ],
    ),
    # kills reported:135 one_named L2820 1->2 (a surname of two letters is a capitalised name: "charge" is no
    # inverted cue before one person's name)
    (
        "At 6.15 a.m., before the first ferry leaves, charge nurse Wei Li, 41, gathers her team around the station.",
        [],
    ),
    # kills reported:126 one_named L2818 return True (a plural after a bare "say" is no one person's name: the
    # inverted attribution stands)
    (
        "The pier should stay open all winter, say harbour residents.",
        [("The pier should stay open all winter", R, "harbour residents", "harbour residents")],
    ),
    # kills reported:258 promised_object L3906 return None (a day between "promised" and the clause: the clause's
    # start is kept)
    (
        "The mayor promised on Monday the pier would reopen.",
        [("the pier would reopen", R, "The mayor", "The mayor")],
    ),
    # kills reported:263 promised_object L3914 Or swapped (a possessive after the one promised opens the clause)
    (
        "The mayor promised the fishermen their boats would be safe.",
        [("their boats would be safe", R, "The mayor", "The mayor")],
    ),
    # kills grammar:207 month_named_kin L2200 return True, and grammar:202 appositive_before L2172 And swapped (not
    # run before) (a day set off by commas after the speaker is no name)
    (
        '"The pier will close," the harbour board, Thursday, said.',
        [("The pier will close,", D, "the harbour board", "the harbour board")],
    ),
    # kills grammar:86, 87, 98, 99 phrase_before L1195 (1->2, 1->0, 0->1, 0->-1) and grammar:90, 91 L1197 (0->1,
    # 0->-1) (a quoted name that opens the phrase after a comma: the phrase read inside its marks starts one
    # character after the opening mark)
    (
        'In a statement on Monday, "Harbour First" said the pier would close.',
        [("the pier would close", R, '"Harbour First"', '"Harbour First"')],
    ),
    # kills grammar:97 phrase_before L1141 0->-1 (after an opening "prior to" phrase the window starts at the first
    # word left, not the last)
    (
        'Prior to the vote the chairman of "Harbour First" said the pier would close.',
        [("the pier would close", R, 'the chairman of "Harbour First"', 'the chairman of "Harbour First"')],
    ),
    # kills grammar:206 month_named_kin L2199 Or swapped, and grammar:207 and 202 as the row above (a day set off by
    # commas after a kin noun is no given name, as a month would be)
    (
        "The victim's mother, Friday, told reporters the family would sue the council.",
        [("the family would sue the council", R, "The victim's mother", "The victim's mother")],
    ),
    # kills grammar:198 opening_preposition_end L1862 1->2 (a preposition of four words: each word right after the
    # one before it)
    (
        "In the wake of the storm Mayor Ana Ortiz said the pier would close.",
        [("the pier would close", R, "Ana Ortiz", "Mayor Ana Ortiz")],
    ),
    # kills grammar:196 opening_preposition_end L1863 1->2 ("because" alone opens no preposition of two words: the
    # role before the name stays in the mention)
    (
        "Because union leader Tom Berg said the pier would close, the ferry company cancelled its winter timetable.",
        [("the pier would close", R, "Tom Berg", "union leader Tom Berg")],
    ),
    # kills grammar:179 opening_preposition_end L1866 return None, 180 L1851 drop not, 186 L1855 NotIn->In, 191
    # L1859 0->1, 195 L1862 drop not (an opening "ahead of" and its object are no part of the speaker's phrase)
    (
        "Ahead of the meeting Mayor Ana Ortiz said the pier would close.",
        [("the pier would close", R, "Ana Ortiz", "Mayor Ana Ortiz")],
    ),
    # kills grammar:339 post_modifier L3297 Or swapped, 346 L3298 0->-1, 348 L3298 1->0, and of the pass's mutants
    # not run before, grammar:352 portfolio_after_title L3320 return False, 356, 358 L3318 drop not, 359, 361 L3318
    # 1->2, 360, 362 L3318 1->0 (a title's portfolio after "for" goes on past the link)
    (
        '"The budget is balanced," said the Minister for Finance.',
        [("The budget is balanced,", D, "the Minister for Finance", "the Minister for Finance")],
    ),
    # kills grammar:349 post_modifier L3299 1->2 (a role noun right after "for" is whom the spokesman serves: no
    # title's portfolio, the name not the spokesman's; as tests/test_port36.py reads "Adviser for Trade Secretary")
    (
        '"The budget is balanced," said Spokesman for Minister Tom Berg.',
        [("The budget is balanced,", D, "Spokesman", "Spokesman")],
    ),
    # kills reported:313 closing_cue_break L4095 Or swapped ("that" between the cue and "when": no break in the
    # words, which stay what was said)
    (
        "The mayor said that when the storm came the gates were shut.",
        [("when the storm came the gates were shut", R, "The mayor", "The mayor")],
    ),
    # kills reported:295 set_off_speaker L3977 0->-1 (a comma in the sentence before does not count: the cue set off
    # after "And Trump," still has the name after it as its speaker, whose words go on after the relative clause,
    # so no words are Trump's; as tests/test_trial36.py reads the sentence alone)
    (
        "Ana Ortiz, 54, has worked for Trump since 2016. And Trump, said Ana Ortiz, who remains friendly with her former"
        " boss, does not forgive or forget.",
        [],
    ),
    # kills grammar:95 phrase_before L1231 2->1 (a verb in lower case before "and" and a body's one noun: no
    # modifiers of that noun, the clause before is the reporter's)
    (
        "The storm eased overnight and police said the road would reopen.",
        [("the road would reopen", R, "police", "police")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{n}" for n in range(len(CASES))])
def test_quotes_and_speakers(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected


def test_promised_clause_keeps_its_source() -> None:
    """Kills reported:255 promised_clause L3888 2->1: the source after a promised clause is the outlet's name."""
    text = "The mayor promised voters taxes would fall next year, the Harbour Gazette reported."
    assert quotes_of(Case(text, [])) == [
        ("R", "taxes would fall next year", 26, 52, "promised", "The mayor", "the Harbour Gazette")
    ]


def test_quoted_name_speaker_span_ends_at_its_mark() -> None:
    """Kills grammar:70 phrase_before L1197 1->2: a speaker's phrase that ends in a quoted name ends at the closing
    mark, its span slicing exactly to the mention (no blank after it)."""
    text = 'Readers of "The Harbour Times" said the pier would close.'
    article = article_of(text)
    [quote] = article.quotes
    speaker = quote.speaker
    assert speaker is not None and speaker.span is not None
    assert article.text[speaker.span.start : speaker.span.end] == speaker.mention == 'Readers of "The Harbour Times"'
