"""Mutation pass mut38 (issue 8): the survivors of mut37's sampled pass over the lines of ``quotes/grammar.py``,
``quotes/direct.py`` and ``quotes/reported.py`` changed since ``c4776179``, and more of that pass's mutants not run
then.  Each row names the mutants it kills (module:index in mut37's numbering, the function, the line on main
``dffae1b9`` and the change; see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.spans import QuoteKind

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

Row = tuple[str, QuoteKind, "str | None", "str | None", "str | None"]
PARSER = newsparse.ArticleParser()


class InterviewQuotes(newsparse.QuoteParser):
    """A quote parser for a paper that prints interviews as questions and answers."""

    QUESTION_LABELS = ("Q",)
    ANSWER_LABELS = ("A",)


INTERVIEWS = newsparse.ArticleParser(quotes=InterviewQuotes())


def rows_of(text: str, parser: newsparse.ArticleParser = PARSER) -> list[Row]:
    """Each quote of *text* under a headline: its words, kind, speaker's name, mention and cue."""
    article = parser.parse(f"Port vote\n\n{text}")
    return [(q.text, q.kind, q.speaker and q.speaker.name, q.speaker and q.speaker.mention, q.cue) for q in article.quotes]


WALL = "The harbour wall will not last another winter,"

# (text, every quote)
CASES: list[tuple[str, list[Row]]] = [
    # kills direct:104 joined_subject_after L970 1->2 (an "of" right after a one-word name: the body's "and" goes on;
    # since mendQT69 the mention is the person alone rather than a body's name cut at its "and")
    (f'"{WALL}" said Berg of Santow and Partners.', [(WALL, D, "Berg", "Berg", "said")]),
    # kills direct:97 joined_subject_after L970 1->0, direct:104 (the word right before "of" is the name)
    (
        f'"{WALL}" said union chief Berg of Santow and Partners.',
        [(WALL, D, "Berg", "union chief Berg", "said")],
    ),
    # kills reported:281 set_off_speaker L3897 NotEq->Eq (a cue with no comma before it: a name and its relative
    # clause open the reported words)
    (
        "Officials said Ana Ortiz, who chairs the board, would stay on.",
        [("Ana Ortiz, who chairs the board, would stay on", R, "Officials", "Officials", "said")],
    ),
    # kills reported:316 closing_cue_break L4010 NotIn->In, reported:320 L4017 NotEq->Eq (the ones told, then
    # "because": the attribution closes the words before it)
    (
        "The port will stay open, plant managers told staff because the orders were strong.",
        [("The port will stay open", R, "plant managers", "plant managers", "told")],
    ),
    # kills reported:316, reported:320 (a day between the cue and "as")
    (
        "The pumps had failed, the mayor said Tuesday as the water rose.",
        [("The pumps had failed", R, "the mayor", "the mayor", "said")],
    ),
    # kills reported:328 closes_words_before L4033 Or swapped (a subordinator opens the words before the comma: they
    # are no reported words)
    (
        "When the storm came, the mayor said as the water rose the pumps had failed.",
        [("as the water rose the pumps had failed", R, "the mayor", "the mayor", "said")],
    ),
    # kills reported:113 adjunct_participle L2722 Lt->LtE (a participle with the fewest letters before "-ing": the
    # reporter's reason after a day, the attribution closes the words before it)
    (
        "The plant will close in March, the company said Tuesday, citing weaker demand for its trucks.",
        [("The plant will close in March", R, "the company", "the company", "said")],
    ),
    # kills reported:141 content_after L3335 Or swapped, reported:159 L3335 1->0 (no one warned: a bare plural is
    # the reported clause's subject)
    ("The union warned members would lose their jobs.", [("members would lose their jobs", R, "The union", "The union", "warned")]),
    # kills reported:141, reported:159 (a determiner opens the clause)
    ("The union warned the plan would fail.", [("the plan would fail", R, "The union", "The union", "warned")]),
    # kills reported:145 L3368 And swapped, reported:149 L3363 IsNot->Is, reported:151 L3368 drop not, reported:162
    # L3363 1->2 (the person told, then a clause of its own whose verb comes before the infinitive)
    (
        "The coach told her she had been asked to leave the team.",
        [("she had been asked to leave the team", R, "The coach", "The coach", "told")],
    ),
    # kills reported:145, reported:149, reported:151, reported:162 (a determiner opens the clause after the one told)
    (
        "The coach told the board the club had asked to delay the vote.",
        [("the club had asked to delay the vote", R, "The coach", "The coach", "told")],
    ),
    # kills reported:275 modal_soon L3857 In->NotIn (the people promised, then a bare noun phrase of two words and a
    # modal: the clause's subject)
    (
        "The mayor promised voters property taxes would fall.",
        [("property taxes would fall", R, "The mayor", "The mayor", "promised")],
    ),
    # kills direct:177 attributing_verb L2314 In->NotIn (a naming word after a determiner is a noun: the verb before it
    # names)
    ('Ortiz called the brand "a good fit" for the city.', [("a good fit", D, "Ortiz", "Ortiz", None)]),
    # kills direct:193 naming_subject L2350 Is->IsNot (judged in a passive with no verb before the quotation: no one
    # speaks)
    ('Water bosses accused of "rewarding failure" face a fine.', [("rewarding failure", D, None, None, None)]),
    # kills direct:209 follow_on_speaker L3344 return None (a pronoun no one was found for goes on to the quotation
    # after it, as written)
    (
        'Ana Ortiz led the talks. Her brother Tom said the deal was dead.\n\n"We are close," he said. "Nobody will sign tonight."',
        [
            ("the deal was dead", R, "Tom", "Her brother Tom", "said"),
            ("We are close,", D, "he", "he", "said"),
            ("Nobody will sign tonight.", D, "he", "he", None),
        ],
    ),
    # kills grammar:111 phrase_before L1192 1->0 (a name in quotation marks inside the speaker's phrase, read with its
    # marks as blanks)
    (
        'Critics of "Harbour First" said the plan would cost too much.',
        [("the plan would cost too much", R, 'Critics of "Harbour First"', 'Critics of "Harbour First"', "said")],
    ),
    # kills grammar:28 quoted_name_before L1106 1->2 (a quoted name of one word)
    (
        'Critics of "Renewal" said the plan would cost too much.',
        [("the plan would cost too much", R, 'Critics of "Renewal"', 'Critics of "Renewal"', "said")],
    ),
    # kills grammar:24 quoted_name_before L1108 And swapped (an acronym inside the quoted name opens nothing)
    (
        'Critics of "Save NHS Wards" said the plan would cost too much.',
        [("the plan would cost too much", R, 'Critics of "Save NHS Wards"', 'Critics of "Save NHS Wards"', "said")],
    ),
    # kills grammar:115 phrase_before L1231 1->0 (two nouns in lower case joined before a body's noun)
    (
        "Devon fire and rescue service said the road would stay shut.",
        [
            (
                "the road would stay shut",
                R,
                "Devon fire and rescue service",
                "Devon fire and rescue service",
                "said",
            )
        ],
    ),
    # kills direct:152 attribution_before L1357 0->-1 (the subject of the relative clause that sums up the words
    # before it speaks after the participle)
    (
        'Mayor Ana Ortiz called the count "a farce," a charge that election officials flatly denied, saying, '
        '"Every ballot was counted."',
        [
            ("a farce,", D, "Ana Ortiz", "Mayor Ana Ortiz", None),
            ("Every ballot was counted.", D, "election officials", "election officials", "saying"),
        ],
    ),
    # kills direct:117 name_after_role L1035 1->0 (a month's name after a kin word is her given name)
    (f'"{WALL}" said his wife, June.', [(WALL, D, "June", "June", "said")]),
    # kills grammar:204 month_named_kin L2191 return True, grammar:208 L2191 And swapped (a month set off after a noun
    # that is no kin word names no one: the role is the speaker)
    (
        "The skipper, June, said the crew had been warned twice.",
        [("the crew had been warned twice", R, "The skipper", "The skipper", "said")],
    ),
    # kills grammar:66 phrase_before L1222 Or swapped (not run by mut37: an indefinite pronoun is a whole phrase)
    (
        "After the vote someone shouted that the count was wrong.",
        [("the count was wrong", R, "someone", "someone", "shouted")],
    ),
]


# Mutants of the pass that mut37 did not run (mut38 ran them), killed by these rows:
#   case3: reported:32 (read_reported L1309 IsNot->Is), reported:34 (read_reported L1305 0->1), reported:35
#     (read_reported L1305 0->-1), reported:83 (read_trailing L2651 Or swapped), reported:91 (read_trailing L2651 Or
#     swapped), reported:142 (content_after L3359 IsNot->Is), reported:309 (closing_cue_break L4019 return False),
#     reported:315 (closing_cue_break L4010 Is->IsNot), reported:317 (closing_cue_break L4013 In->NotIn),
#     reported:318 (closing_cue_break L4014 IsNot->Is), reported:319 (closing_cue_break L4017 Is->IsNot),
#     reported:322 (closes_words_before L4033 return False), reported:325 (closes_words_before L4033 drop not),
#     reported:327 (closes_words_before L4030 drop not), reported:331 (closes_words_before L4033 In->NotIn),
#     reported:332 (closes_words_before L4033 In->NotIn), reported:333 (closes_words_before L4033 In->NotIn),
#     reported:334 (closes_words_before L4029 0->1), reported:335 (closes_words_before L4029 0->-1), reported:337
#     (closes_words_before L4030 1->0)
#   case4: reported:32 (read_reported L1309 IsNot->Is), reported:34 (read_reported L1305 0->1), reported:35
#     (read_reported L1305 0->-1), reported:83 (read_trailing L2651 Or swapped), reported:91 (read_trailing L2651 Or
#     swapped), reported:309 (closing_cue_break L4019 return False), reported:312 (closing_cue_break L4014 And
#     swapped), reported:315 (closing_cue_break L4010 Is->IsNot), reported:318 (closing_cue_break L4014 IsNot->Is),
#     reported:319 (closing_cue_break L4017 Is->IsNot), reported:322 (closes_words_before L4033 return False),
#     reported:325 (closes_words_before L4033 drop not), reported:327 (closes_words_before L4030 drop not),
#     reported:331 (closes_words_before L4033 In->NotIn), reported:332 (closes_words_before L4033 In->NotIn),
#     reported:333 (closes_words_before L4033 In->NotIn), reported:334 (closes_words_before L4029 0->1),
#     reported:335 (closes_words_before L4029 0->-1), reported:337 (closes_words_before L4030 1->0)
#   case5: reported:308 (closing_cue_break L4019 return True), reported:312 (closing_cue_break L4014 And swapped),
#     reported:318 (closing_cue_break L4014 IsNot->Is), reported:321 (closes_words_before L4033 return True),
#     reported:325 (closes_words_before L4033 drop not), reported:329 (closes_words_before L4032 0->1), reported:330
#     (closes_words_before L4032 0->-1), reported:332 (closes_words_before L4033 In->NotIn), reported:349
#     (opens_joined_clause L4061 In->NotIn)
#   case6: reported:87 (read_trailing L2657 drop not)
#   case9: reported:142 (content_after L3359 IsNot->Is), reported:143 (content_after L3359 IsNot->Is), reported:152
#     (content_after L3369 IsNot->Is), reported:153 (content_after L3369 IsNot->Is), reported:154 (content_after
#     L3369 drop not), reported:155 (content_after L3362 1->2), reported:156 (content_after L3362 1->0),
#     reported:157 (content_after L3368 Or swapped), reported:163 (content_after L3363 1->0), reported:165
#     (content_after L3368 In->NotIn)
#   case10: reported:142 (content_after L3359 IsNot->Is), reported:143 (content_after L3359 IsNot->Is), reported:152
#     (content_after L3369 IsNot->Is), reported:153 (content_after L3369 IsNot->Is), reported:154 (content_after
#     L3369 drop not), reported:155 (content_after L3362 1->2), reported:156 (content_after L3362 1->0),
#     reported:157 (content_after L3368 Or swapped), reported:163 (content_after L3363 1->0), reported:166
#     (content_after L3368 In->NotIn)
#   case11: reported:30 (read_reported L1298 Is->IsNot), reported:31 (read_reported L1298 In->NotIn)
#   case15: grammar:55 (phrase_before L1196 return None), grammar:62 (phrase_before L1194 Is->IsNot), grammar:71
#     (phrase_before L1196 1->0), grammar:78 (phrase_before L1194 1->2), grammar:79 (phrase_before L1194 1->0),
#     grammar:80 (phrase_before L1194 1->2), grammar:81 (phrase_before L1194 1->0), grammar:84 (phrase_before L1194
#     0->1), grammar:85 (phrase_before L1194 0->-1), grammar:88 (phrase_before L1196 0->1), grammar:89
#     (phrase_before L1196 0->-1), grammar:92 (phrase_before L1196 1->2), grammar:93 (phrase_before L1196 1->0),
#     grammar:100 (phrase_before L1192 0->1), grammar:102 (phrase_before L1192 1->2), grammar:103 (phrase_before
#     L1192 1->0), grammar:104 (phrase_before L1192 1->2), grammar:105 (phrase_before L1192 1->0), grammar:107
#     (phrase_before L1192 1->0), grammar:109 (phrase_before L1192 0->-1)
#   case16: grammar:55 (phrase_before L1196 return None), grammar:62 (phrase_before L1194 Is->IsNot), grammar:71
#     (phrase_before L1196 1->0), grammar:78 (phrase_before L1194 1->2), grammar:79 (phrase_before L1194 1->0),
#     grammar:80 (phrase_before L1194 1->2), grammar:81 (phrase_before L1194 1->0), grammar:84 (phrase_before L1194
#     0->1), grammar:85 (phrase_before L1194 0->-1), grammar:88 (phrase_before L1196 0->1), grammar:89
#     (phrase_before L1196 0->-1), grammar:92 (phrase_before L1196 1->2), grammar:93 (phrase_before L1196 1->0),
#     grammar:100 (phrase_before L1192 0->1), grammar:102 (phrase_before L1192 1->2), grammar:103 (phrase_before
#     L1192 1->0), grammar:104 (phrase_before L1192 1->2), grammar:105 (phrase_before L1192 1->0), grammar:107
#     (phrase_before L1192 1->0), grammar:109 (phrase_before L1192 0->-1)
#   case17: grammar:55 (phrase_before L1196 return None), grammar:62 (phrase_before L1194 Is->IsNot), grammar:71
#     (phrase_before L1196 1->0), grammar:78 (phrase_before L1194 1->2), grammar:79 (phrase_before L1194 1->0),
#     grammar:80 (phrase_before L1194 1->2), grammar:81 (phrase_before L1194 1->0), grammar:84 (phrase_before L1194
#     0->1), grammar:85 (phrase_before L1194 0->-1), grammar:88 (phrase_before L1196 0->1), grammar:89
#     (phrase_before L1196 0->-1), grammar:92 (phrase_before L1196 1->2), grammar:93 (phrase_before L1196 1->0),
#     grammar:100 (phrase_before L1192 0->1), grammar:102 (phrase_before L1192 1->2), grammar:103 (phrase_before
#     L1192 1->0), grammar:104 (phrase_before L1192 1->2), grammar:105 (phrase_before L1192 1->0), grammar:107
#     (phrase_before L1192 1->0), grammar:109 (phrase_before L1192 0->-1)
#   case18: grammar:60 (phrase_before L1259 drop not), grammar:69 (phrase_before L1233 Or swapped), grammar:74
#     (phrase_before L1230 GtE->Gt), grammar:94 (phrase_before L1230 2->3), grammar:112 (phrase_before L1259 1->2),
#     grammar:113 (phrase_before L1259 1->0), grammar:406 (is_speaker_phrase L3324 return False), grammar:417
#     (body_by_place L3352 return False), grammar:424 (body_by_place L3339 drop not), grammar:426 (body_by_place
#     L3341 0->1), grammar:427 (body_by_place L3341 0->-1), grammar:428 (body_by_place L3342 drop not), grammar:429
#     (body_by_place L3342 In->NotIn), grammar:430 (body_by_place L3342 In->NotIn), grammar:431 (body_by_place L3348
#     Or swapped), grammar:438 (body_by_place L3348 In->NotIn), grammar:439 (body_by_place L3350 In->NotIn),
#     grammar:440 (body_by_place L3350 In->NotIn), grammar:444 (body_by_place L3339 1->0), grammar:446
#     (body_by_place L3342 1->0)
#   case19: direct:149 (attribution_before L1356 Is->IsNot), direct:151 (attribution_before L1357 0->1)
#   case21: grammar:204 (month_named_kin L2191 return True), grammar:208 (month_named_kin L2191 And swapped)
#   case22: grammar:66 (phrase_before L1222 Or swapped)
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{n}" for n in range(len(CASES))])
def test_quotes_and_speakers(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected


INTRO = "Ana Ruiz has run the port since 2019. Harbour Times reporter Tom Hale spoke to Ruiz about the cranes."
CRANES = "Will the city pay for the new cranes?"
RESERVES = "The port will pay for them out of its own reserves."
DEBATE = "Housing Minister Ana Hale and opposition spokesman Tom Berg met on the radio on Sunday."

# (text, parser, every quote)
TRANSCRIPTS: list[tuple[str, newsparse.ArticleParser, list[Row]]] = [
    # kills direct:271 transcript_turn L3757 Or swapped (a question's turn between answers: the interviewer's); not run by
    # mut37: direct:260 L3746 drop not, direct:261 L3746 drop not, direct:263 L3756 drop not
    (
        f"{INTRO}\n\nQ: {CRANES}\n\nA: {RESERVES}",
        INTERVIEWS,
        [(CRANES, D, "Tom Hale", "Q", ":"), (RESERVES, D, "Ana Ruiz", "A", ":")],
    ),
    # kills direct:252 L3741 Or swapped, direct:271 (a question and its answer glued in one paragraph); direct:257 L3741
    # IsNot->Is, direct:260, direct:261, direct:263
    (
        f"{INTRO}\n\nQ: {CRANES} A: {RESERVES}\n\nQ: When will the work start? A: Next spring, if the council agrees.",
        INTERVIEWS,
        [
            (CRANES, D, "Tom Hale", "Q", ":"),
            (RESERVES, D, "Ana Ruiz", "A", ":"),
            ("When will the work start?", D, "Tom Hale", "Q", ":"),
            # (the second glued answer, a miss when mut38 wrote the row, read since trial40's merge)
            ("Next spring, if the council agrees.", D, "Ana Ruiz", "A", ":"),
        ],
    ),
    # kills direct:272 L3745 1->2, direct:252, direct:271 (a short question is speech by its question mark; a short
    # answer right after a question's line)
    # direct:259 L3745 Eq->NotEq, direct:260, direct:261, direct:263
    (
        f"{INTRO}\n\nQ: Tell us about the cranes.\n\nA: Reserves, mostly.\n\nQ: And the crews?\n\nA: Training over the winter.",
        INTERVIEWS,
        [
            ("Tell us about the cranes.", D, "Tom Hale", "Q", ":"),
            ("And the crews?", D, "Tom Hale", "Q", ":"),
            ("Training over the winter.", D, "Ana Ruiz", "A", ":"),
        ],
    ),
    # kills direct:252 (the answer on the line after the question, one paragraph); direct:260, direct:261, direct:263
    (
        f"{INTRO}\n\nQ: Tell us about the cranes\nA: The port pays.",
        INTERVIEWS,
        [("Tell us about the cranes", D, "Tom Hale", "Q", ":"), ("The port pays.", D, "Ana Ruiz", "A", ":")],
    ),
    # kills direct:251 L3730 And swapped (an answer's label alone, no question beside it: no turn); direct:256 L3730
    # Gt->GtE, direct:257, direct:258 L3742 And swapped
    (f"{INTRO}\n\nA: {RESERVES}", INTERVIEWS, []),
    # kills direct:269 L3756 Is->IsNot (labels the article names: each turn its speaker's); direct:260, direct:261,
    # direct:262 L3756 And swapped, direct:263
    (
        f"{DEBATE} Part of the exchange:\n\nHALE: The port will pay for the cranes out of its own reserves.\n\n"
        "BERG: The reserves are already spent, and the minister knows it.\n\nHALE: Then we will borrow.",
        PARSER,
        [
            ("The port will pay for the cranes out of its own reserves.", D, "Ana Hale", "HALE", ":"),
            ("The reserves are already spent, and the minister knows it.", D, "Tom Berg", "BERG", ":"),
            ("Then we will borrow.", D, "Ana Hale", "HALE", ":"),
        ],
    ),
    # kills direct:254 L3746 Or swapped, direct:269 (a turn without a verb is no speech beside a turn that is);
    # direct:257, direct:260, direct:261, direct:262, direct:263
    (
        f"{DEBATE}\n\nHALE: The port, the cranes and the reserves.\n\nBERG: Then we will borrow.",
        PARSER,
        [("Then we will borrow.", D, "Tom Berg", "BERG", ":")],
    ),
    # kills direct:269 (with a parser that knows no labels, Q and A name no one: no turns); direct:255 L3756 Or swapped
    (f"{INTRO}\n\nQ: {CRANES}\n\nA: {RESERVES}", PARSER, []),
]


# Mutants of the pass that mut37 did not run (mut38 ran them), killed by these rows:
#   turn0: direct:260 (transcript_turn L3746 drop not), direct:261 (transcript_turn L3746 drop not), direct:263
#     (transcript_turn L3756 drop not), direct:267 (transcript_turn L3746 Or swapped), direct:268 (transcript_turn
#     L3747 Or swapped), direct:273 (transcript_turn L3745 1->0)
#   turn1: direct:257 (transcript_turn L3741 IsNot->Is), direct:260 (transcript_turn L3746 drop not), direct:261
#     (transcript_turn L3746 drop not), direct:263 (transcript_turn L3756 drop not), direct:268 (transcript_turn
#     L3747 Or swapped), direct:273 (transcript_turn L3745 1->0)
#   turn2: direct:259 (transcript_turn L3745 Eq->NotEq), direct:260 (transcript_turn L3746 drop not), direct:261
#     (transcript_turn L3746 drop not), direct:263 (transcript_turn L3756 drop not), direct:266 (transcript_turn
#     L3742 In->NotIn), direct:267 (transcript_turn L3746 Or swapped), direct:268 (transcript_turn L3747 Or
#     swapped), direct:273 (transcript_turn L3745 1->0)
#   turn3: direct:260 (transcript_turn L3746 drop not), direct:261 (transcript_turn L3746 drop not), direct:263
#     (transcript_turn L3756 drop not), direct:266 (transcript_turn L3742 In->NotIn), direct:267 (transcript_turn
#     L3746 Or swapped), direct:268 (transcript_turn L3747 Or swapped), direct:273 (transcript_turn L3745 1->0)
#   turn4: direct:256 (transcript_turn L3730 Gt->GtE), direct:257 (transcript_turn L3741 IsNot->Is), direct:258
#     (transcript_turn L3742 And swapped), direct:265 (transcript_turn L3730 0->-1), direct:273 (transcript_turn
#     L3745 1->0)
#   turn5: direct:260 (transcript_turn L3746 drop not), direct:261 (transcript_turn L3746 drop not), direct:262
#     (transcript_turn L3756 And swapped), direct:263 (transcript_turn L3756 drop not), direct:267 (transcript_turn
#     L3746 Or swapped), direct:268 (transcript_turn L3747 Or swapped)
#   turn6: direct:257 (transcript_turn L3741 IsNot->Is), direct:260 (transcript_turn L3746 drop not), direct:261
#     (transcript_turn L3746 drop not), direct:262 (transcript_turn L3756 And swapped), direct:263 (transcript_turn
#     L3756 drop not), direct:267 (transcript_turn L3746 Or swapped), direct:268 (transcript_turn L3747 Or swapped)
#   turn7: direct:255 (transcript_turn L3756 Or swapped), direct:270 (transcript_turn L3756 drop not)
@pytest.mark.parametrize(("text", "parser", "expected"), TRANSCRIPTS, ids=[f"turn{n}" for n in range(len(TRANSCRIPTS))])
def test_transcript_turns(text: str, parser: newsparse.ArticleParser, expected: list[Row]) -> None:
    assert rows_of(text, parser) == expected


def test_title_with_a_portfolio_of_joined_words_after_an_inverted_cue() -> None:
    """Kills grammar:1 SpeakerGrammar.__init__ L485 Or swapped (the portfolio's joins compiled into no pattern): the
    parser is built here, as a mutant of the constructor needs."""
    parser = newsparse.ArticleParser(quotes=newsparse.QuoteParser())
    text = '"Rents will fall," said Secretary of State for Housing and Local Government Ana Ortiz.'
    mention = "Secretary of State for Housing and Local Government Ana Ortiz"
    assert rows_of(text, parser) == [("Rents will fall,", D, "Ana Ortiz", mention, "said")]


LONG_INTERVIEW = [
    (
        "How old are the cranes on the north quay?",
        "The oldest were built in 1974 and the newest in 1991, so every one of them is past the age the makers planned for.",
    ),
    (
        "Who inspected them last?",
        "An engineering firm from the city looked at all eleven in the spring and found rust in the booms of four.",
    ),
    (
        "Were the crews told?",
        "We met the union the same week and showed the stewards every page of the report before it went to the board.",
    ),
    (
        "What does a new crane cost?",
        "About nine million dollars each, delivered and tested, and the makers want a third of it when the order is signed.",
    ),
    (
        "Can the port afford that?",
        "Not all at once, which is why the board wants to spread the orders over six years and sell the old ones for scrap.",
    ),
    (
        "What happens to the jobs?",
        "Nobody loses a job because of the cranes, and the drivers will be trained on the new cabs before the first one arrives.",
    ),
    (
        "Is the city helping?",
        "The council has promised to cover the cost of widening the quay road so the parts can be brought in on trucks.",
    ),
    (
        "When does the first one arrive?",
        "If the board signs in January, the first crane should be standing on the north quay by the end of the following summer.",
    ),
    (
        "What about the south quay?",
        "The south quay cranes are younger and the engineers gave them another ten years, so they wait until the north is done.",
    ),
    (
        "Do the shipping lines support the plan?",
        "The two biggest lines wrote to the board last month to say they would bring more ships if the cranes were faster.",
    ),
    (
        "Has anyone objected?",
        "A few residents near the quay worry about noise at night, and we have agreed to keep the heaviest work to the daytime.",
    ),
    (
        "Will the harbour close during the work?",
        "No, the berths will close one at a time and ships will be moved to the others, as we did when the wall was repaired.",
    ),
    (
        "How long have you worked at the port?",
        "Twenty-two years, starting as a clerk in the shipping office when the container trade was half what it is now.",
    ),
    (
        "What was the hardest year?",
        "The year of the fire in the grain store, when we lost two berths for eight months and nearly lost the ferry contract.",
    ),
    (
        "Did the ferry company stay?",
        "It stayed, but only after we cut its fees for three years, and the board still argues about whether that was wise.",
    ),
    (
        "What do the ferry crews say about the cranes?",
        "They care more about the ramps than the cranes, and the ramps are on the list for the year after the cranes.",
    ),
    (
        "Is there a plan for a second terminal?",
        "There is a drawing in a drawer, but nobody will look at it until the cranes are paid for and the debt is down.",
    ),
    (
        "Who will run the port when you retire?",
        "The board will choose, and I hope it chooses someone from the quays rather than someone from a bank in the city.",
    ),
    (
        "When will that be?",
        "Not before the last new crane is working, because I promised the crews I would see the job through to the end.",
    ),
    (
        "What would you tell a young dock worker today?",
        "Learn the new cabs, learn the computers in the yard office, and join the union, because the union kept this port open.",
    ),
]


def test_an_answer_far_into_a_long_interview() -> None:
    """Kills direct:3 in_transcript_turn L271 And swapped and direct:10 L271 Eq->NotEq (mut37 did not run the latter):
    an answer's own "I" more than ``SUBJECT_WINDOW`` characters into the article is the one answering, not the
    writer.  Also kills, of the pass's mutants mut37 did not run, direct:260, direct:261, direct:268, direct:273
    (transcript_turn) and reported:142 (content_after)."""
    parts = [INTRO]
    for question, answer in LONG_INTERVIEW:
        parts += [f"Q: {question}", f"A: {answer}"]
    parts += ["Q: Tell us about the cranes.", f"A: {RESERVES[:-1]}, I told the council."]
    text = "\n\n".join(parts)
    assert text.index("I told") > newsparse.QuoteParser.SUBJECT_WINDOW
    assert rows_of(text, INTERVIEWS)[-1] == (RESERVES[:-1], R, "Ana Ruiz", "I", "told")
