"""Regressions of round 60 found by a trial (issue 5): a headline's ``Name: claim`` is the person's
quote only when the body quotes that person, never a question, a passive or a claim naming them; a
list of full names after an inverted cue speaks whole before any setting and with a titled last
item; a single capital glued by ``&`` or ``/`` is one word, no article; a lone word of a plural's
shape may be ``they``; a finding's ``that`` before a noun and no verb is a demonstrative.  Each row:
the article (and its headline), then every quote as ``(text, kind, speaker's name, speaker's
mention)``."""

from __future__ import annotations

import pytest

from newsparse.spans import QuoteKind
from quote_cases import MentionRow, mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

# -- 1: a headline's label and claim (QuoteParser.headline_label_quote, label_speaks) --------------

HEADLINE_ROWS: list[tuple[str, str, list[MentionRow]]] = [
    # the body quotes the labelled person: the claim is theirs
    ("Okafor: The rail levy will ruin small firms",
     "LONDON (PA) - Shadow chancellor Grace Okafor attacked the rail levy on Wednesday.\n\n"
     '"It is a tax on work," Okafor told the Commons.',
     [("The rail levy will ruin small firms", R, "Grace Okafor", "Okafor"),
      ("It is a tax on work,", D, "Grace Okafor", "Okafor")]),
    ("Brandt: I will not stand again",
     "BERLIN (Reuters) - Veteran mayor Peter Brandt said on Friday he would retire in May.\n\n"
     '"Twenty years is enough," Brandt said.',
     [("I will not stand again", R, "Peter Brandt", "Brandt"),
      ("he would retire in May", R, "Peter Brandt", "Veteran mayor Peter Brandt"),
      ("Twenty years is enough,", D, "Peter Brandt", "Brandt")]),
    # must not fire: a topic's label over a story about the person, who says nothing
    ("Rosa Quint: Remains found in woodland are missing nurse",
     "Detectives hunting for missing nurse Rosa Quint have found human remains near Ashby.\n\n"
     "Quint's brother said the family was devastated.",
     [("the family was devastated", R, "Quint's brother", "Quint's brother")]),
    # must not fire: a passive claim, even when the person speaks in the body
    ("Dan Pryor: Striker's move to Hull is completed",
     "Hull City have signed striker Dan Pryor from Derby for £3 million.\n\n"
     '"I am delighted to be here," Pryor said.',
     [("I am delighted to be here,", D, "Dan Pryor", "Pryor")]),
    ("Lena Voss: Nurse's attacker is jailed for ten years",
     "A man who stabbed nurse Lena Voss outside a hospital has been jailed for ten years.\n\n"
     "Judge Carl Meyer said the attack was cowardly.",
     [("the attack was cowardly", R, "Carl Meyer", "Judge Carl Meyer")]),
    # must not fire: a question, even when the person speaks in the body
    ("Okafor: Is the rail levy a tax on work?",
     "Shadow chancellor Grace Okafor has questioned the rail levy.\n\n"
     '"It is a tax on work," Okafor said.',
     [("It is a tax on work,", D, "Grace Okafor", "Okafor")]),
    # must not fire: a claim that names the person in the third person
    ("Brandt: Party backs Brandt for a sixth term",
     "Veteran mayor Peter Brandt won his party's backing on Friday.\n\n"
     '"Twenty years is not enough," Brandt said.',
     [("Twenty years is not enough,", D, "Peter Brandt", "Brandt")]),
]


@pytest.mark.parametrize(("headline", "body", "expected"), HEADLINE_ROWS)
def test_headline_label(headline: str, body: str, expected: list[MentionRow]) -> None:
    assert mention_rows(body, None, headline) == expected


# -- 2-5: lists, joined letters, "they", findings ---------------------------------------------------

COUNCIL = "HARLOW (Reuters) - The council voted down the harbour plan on Tuesday.\n\n"
OBJECT = '"We object to this plan," said '
TRIO = "Rita Vance, Joel Marsh and Ines Kahn"

ROWS: list[tuple[str, list[MentionRow]]] = [
    # 2: a list of full names after an inverted cue, then a setting: the list whole
    (COUNCIL + OBJECT + TRIO + " on Monday.", [("We object to this plan,", D, TRIO, TRIO)]),
    (COUNCIL + OBJECT + TRIO + " yesterday.", [("We object to this plan,", D, TRIO, TRIO)]),
    (COUNCIL + OBJECT + TRIO + " last week.", [("We object to this plan,", D, TRIO, TRIO)]),
    (COUNCIL + OBJECT + TRIO + " outside the court.", [("We object to this plan,", D, TRIO, TRIO)]),
    (COUNCIL + OBJECT + TRIO + " in a joint statement.", [("We object to this plan,", D, TRIO, TRIO)]),
    # 2: a titled last item after full names: the list whole, the title out of the name
    (COUNCIL + OBJECT + "Rita Vance, Joel Marsh and Senator Ines Kahn.",
     [("We object to this plan,", D, TRIO, "Rita Vance, Joel Marsh and Senator Ines Kahn")]),
    (COUNCIL + OBJECT + "Rita Vance, Joel Marsh and Finance Minister Ines Kahn.",
     [("We object to this plan,", D, TRIO, "Rita Vance, Joel Marsh and Finance Minister Ines Kahn")]),
    # 2: a list of full names, then a relative clause or an appositive set off by a comma: the list whole
    (COUNCIL + OBJECT + TRIO + ", who all voted against.", [("We object to this plan,", D, TRIO, TRIO)]),
    (COUNCIL + OBJECT + TRIO + ", all Labour councillors.", [("We object to this plan,", D, TRIO, TRIO)]),
    # must not fire: surnames never introduced, then a clause: no speaker, never the first of them
    (COUNCIL + OBJECT + "Vance, Marsh and Kahn, who all voted against.", [("We object to this plan,", D, None, None)]),
    # must not fire: surnames never introduced, then a setting: no speaker, never the first of them
    (COUNCIL + OBJECT + "Vance, Marsh and Kahn on Monday.", [("We object to this plan,", D, None, None)]),
    # must not fire: a list whose last item runs into a verb is no list read whole
    (COUNCIL + OBJECT + "Rita Vance, Joel Marsh and Ines Kahn were absent.", [("We object to this plan,", D, None, None)]),
    # 3: a single capital glued to the next capital is one word, no article
    ("LEEDS (PA) - The A&E unit at St Luke's said it had run out of beds.",
     [("it had run out of beds", R, "The A&E unit at St Luke's", "The A&E unit at St Luke's")]),
    ("COPENHAGEN (Reuters) - Larsen Shipping A/S said profits rose.",
     [("profits rose", R, "Larsen Shipping A/S", "Larsen Shipping A/S")]),
    # must not change: an article before a name joined by a slash stays an article
    ("WASHINGTON (AP) - A CNN/SSRS poll found that 52 percent of voters back the bill.",
     [("52 percent of voters back the bill", R, "A CNN/SSRS poll", "A CNN/SSRS poll")]),
    # 4: a lone word of a plural's shape opening the sentence may be "they"
    ("LONDON (PA) - Unionists said the deal was unfair. They added that they would vote against it.",
     [("the deal was unfair", R, "Unionists", "Unionists"), ("they would vote against it", R, "Unionists", "They")]),
    # (a plural's shape alone is no sign, "Roberts" is a surname: a party's nickname leaves "they" as written,
    # a reread of round 60)
    ("LONDON (PA) - Tories said the levy was fair. They added that it would raise £1 billion.",
     [("the levy was fair", R, "Tories", "Tories"), ("it would raise £1 billion", R, "They", "They")]),
    ("LONDON (PA) - Roberts said the vote was close. They added that a recount was likely.",
     [("the vote was close", R, "Roberts", "Roberts"), ("a recount was likely", R, "They", "They")]),
    # must not fire: a lone word of no plural's shape, maybe a surname or one body, leaves "they" as written
    ("LONDON (PA) - Oxfam said the aid was late. They added that children were starving.",
     [("the aid was late", R, "Oxfam", "Oxfam"), ("children were starving", R, "They", "They")]),
    ("LONDON (PA) - Whitmore said the aid was late. They added that children were starving.",
     [("the aid was late", R, "Whitmore", "Whitmore"), ("children were starving", R, "They", "They")]),
    # 5: a finding's "that" before a noun and no verb: a demonstrative, no quote
    ("Researchers found that dose too weak for children.", []),
    ("Scientists found that test too slow to use in clinics.", []),
    # must not fire: a clause after "that", with a verb
    ("Researchers found that dose cut infections by a third.",
     [("dose cut infections by a third", R, "Researchers", "Researchers")]),
    ("Researchers found that most of the volunteers improved.",
     [("most of the volunteers improved", R, "Researchers", "Researchers")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_fixq60d_quotes(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text, None, None) == expected
