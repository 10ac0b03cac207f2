"""spk45: wrong speakers of the quote engine (issue 5).  Invented sentences, each row the exact
``(text, kind, speaker name)`` triples that must come out, near-misses beside each rule.

- A cue in a relative clause after a closing quotation (``"..." Berg, who has been telling clients
  ..., said``) is no attribution of that quotation: the sentence ends at its mark
  (``Segmentation.cue_of_relative``).
- An infinitive marker before a determiner, a capitalised word or an object pronoun is a preposition
  (``delegates pledged to the governor may switch``): no words (``ReportedSpeech.opens_infinitive``).
- A name, a comma and its description, then an aside set off by dashes before the cue: the name
  speaks, not the description's body nor its alias (``ReportedSpeech.name_before_aside``).
- A name right after an earlier post-modifier is a body's first word (``The head of Friends of
  Parks``): never the speaker's name (``SpeakerResolution.object_of_cut``).
- ``Prime Minister`` and ``Attorney General`` are other roles than ``the minister`` and ``the
  general`` (``ROLE_QUALIFIERS``).
- A relative clause's cue whose words end at a colon leaves the quotation after it to the sentence
  (``DirectQuotes.relative_words_before_colon``, ``ReportedSpeech.colon_before_quotation``).
- A document's author is the subject of the joined clause the document stands in (``Berg led the
  charge, and the group placed ads calling the deal "..."``).
- A time clause that opens a sentence (``Two weeks before Ortiz entered the race,``) is no subject.
- ``introduced himself as "..."``, ``portrayed the plan as "..."``: the subject names in its words.
- ``a lawyer for Acme Tools who described ...``: the pronoun is the person's, never the body's
  (``DirectQuotes.person_before_link``).
"""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import kind_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED
Triples = list[tuple[str, QuoteKind, str | None]]

quotes_of = partial(kind_rows, headline="Council news")


# a cue inside a relative clause after a closing quotation: a sentence of its own starts at the name
RELATIVE_AFTER_QUOTATION: list[tuple[str, Triples]] = [
    (
        'He says the firm believes "it can handle a buyback of this size." Berg, who has been telling clients '
        'to hold the shares, said on balance "we\'ve got to feel they\'re doing something useful."',
        [
            ('the firm believes "it can handle a buyback of this size."', M, "He"),
            ("it can handle a buyback of this size.", D, "the firm"),
            ("clients to hold the shares", R, "Berg"),
            ('on balance "we\'ve got to feel they\'re doing something useful."', M, "Berg"),
        ],
    ),
    (
        'Ortiz says the board expects "a quick vote." Nadia Holt, who has often warned about the cost, said '
        '"the numbers do not add up."',
        [
            ('the board expects "a quick vote."', M, "Ortiz"),
            ("the numbers do not add up.", D, "Nadia Holt"),
        ],
    ),
    (
        'The union says members want "a fair deal." Ana Ruiz, who had been urging calm all week, said the talks '
        "would resume on Friday.",
        [
            ('members want "a fair deal."', M, "The union"),
            ("the talks would resume on Friday", R, "Ana Ruiz"),
        ],
    ),
]

# "to" before a determiner, a capitalised word or an object pronoun: a preposition, no infinitive;
# near-misses: an infinitive's verb, and the clause after the one promised and "that"
PREPOSITION_TO: list[tuple[str, Triples]] = [
    (
        "Kim Lee wrote in an opinion piece that delegates pledged to Mr. Ortiz may reconsider.",
        [("delegates pledged to Mr. Ortiz may reconsider", R, "Kim Lee")],
    ),
    ("Some delegates currently pledged to the governor may switch sides.", []),
    ("Voters who pledged to the campaign last year are drifting away.", []),
    ("Landlords promised to them a freeze that never came.", []),
    ("Landlords promised to them that rents would freeze.", [("rents would freeze", R, "Landlords")]),
    ("Ana Ruiz promised to the voters that taxes would fall.", [("taxes would fall", R, "Ana Ruiz")]),
    ("Ana Ruiz pledged to cut taxes.", [("to cut taxes", R, "Ana Ruiz")]),
    ("The senator vowed on Monday to block the nominee.", [("to block the nominee", R, "The senator")]),
]

# a name, its description, then an aside between dashes: the name speaks
NAME_BEFORE_ASIDE: list[tuple[str, Triples]] = [
    (
        "Ana Ruiz, director of the local group Friends of Parks - which was founded by two teachers in 1990 - "
        "said the city has options.",
        [("the city has options", R, "Ana Ruiz")],
    ),
    (
        "Tom Berg, spokesman for the Harbour Trust, or HT - which runs the docks - said the ships would wait.",
        [("the ships would wait", R, "Tom Berg")],
    ),
    (
        "Nadia Holt, a lawyer for the tenants \u2014 who sued the city in May \u2014 said the case would go to trial.",
        [("the case would go to trial", R, "Nadia Holt")],
    ),
    (
        "Ana Ruiz, the group's director - who took over in 1990 - said the city has options.",
        [("the city has options", R, "Ana Ruiz")],
    ),
    ("Tom Berg - who runs the docks - said the ships would wait.", [("the ships would wait", R, "Tom Berg")]),
]

# a capitalised word right after an earlier "of"/"for" is a body's, never a person's name
BODY_AFTER_CUT: list[tuple[str, Triples]] = [
    (
        "A director of the local group Friends of Parks said the city has options.",
        [("the city has options", R, "A director of the local group Friends of Parks")],
    ),
    (
        "A spokesman for Citizens for Reform said the vote was close.",
        [("the vote was close", R, "A spokesman for Citizens for Reform")],
    ),
    (
        "The head of Neighbours of the Canal said the towpath would reopen.",
        [("the towpath would reopen", R, "The head of Neighbours of the Canal")],
    ),
    (
        "Mr. Tom Berg of the University of Leeds said the results were clear.",
        [("the results were clear", R, "Tom Berg")],
    ),
]

# one article each: a role noun refers back to the one who holds that role, not another office
# that ends in the same word
ROLES: list[tuple[str, Triples]] = [
    (
        'Prime Minister Jan Kowal visited the port on Monday. "We will rebuild it," the minister said.',
        [("We will rebuild it,", D, "the minister")],
    ),
    (
        'Prime Minister Jan Kowal visited the port on Monday. "We will rebuild it," the prime minister said.',
        [("We will rebuild it,", D, "Jan Kowal")],
    ),
    (
        'Prime Minister Jan Kowal met the finance minister, Ewa Nowak, on Monday. "The budget is final," the '
        "minister said.",
        [("The budget is final,", D, "Ewa Nowak")],
    ),
    (
        'Foreign Minister Ana Ruiz visited the port on Monday. "We will rebuild it," the minister said.',
        [("We will rebuild it,", D, "Ana Ruiz")],
    ),
    (
        'Deputy Prime Minister Ewa Nowak met the press on Monday. "We disagree," the prime minister said.',
        [("We disagree,", D, "the prime minister")],
    ),
    (
        'Attorney General Ana Ruiz met the troops on Monday. "We are ready," the general said.',
        [("We are ready,", D, "the general")],
    ),
    (
        'Solicitor General Tom Berg met the troops on Monday. "We are ready," the general said.',
        [("We are ready,", D, "the general")],
    ),
    (
        'Attorney General Ana Ruiz met the troops on Monday. "We are ready," the attorney general said.',
        [("We are ready,", D, "Ana Ruiz")],
    ),
    (
        'Inspector General Ana Ruiz released the audit. "The agency failed," the inspector general said.',
        [("The agency failed,", D, "Ana Ruiz")],
    ),
    (
        'Russian President Ivan Petrov met the press on Monday. "The talks were useful," the Russian president said.',
        [("The talks were useful,", D, "Ivan Petrov")],
    ),
    (
        'French Foreign Minister Anne Morel met the press on Monday. "We disagree," the French foreign minister said.',
        [("We disagree,", D, "Anne Morel")],
    ),
]

# a relative clause's words end at a colon: the quotation after it is the sentence's; near-miss: the
# colon that opens the relative clause's own words
RELATIVE_BEFORE_COLON: list[tuple[str, Triples]] = [
    (
        'The reporter Sam Cole replied to the mayor, a man who promised to cut taxes: "Well, you raised them twice."',
        [("to cut taxes", R, "a man"), ("Well, you raised them twice.", D, "Sam Cole")],
    ),
    (
        'The mayor thanked a donor who said the park would be "a gift to the city": "We are grateful."',
        [('the park would be "a gift to the city"', M, "a donor"), ("We are grateful.", D, "The mayor")],
    ),
    ('Ana Ruiz met a voter who told her: "Fix the roads."', [("Fix the roads.", D, "a voter")]),
]

# a document's author: the subject of the clause the document stands in
DOCUMENT_AUTHOR: list[tuple[str, Triples]] = [
    (
        'Tom Berg led the charge, and the tenants\' group placed newspaper ads calling the deal "a giveaway."',
        [("a giveaway.", D, "the tenants' group")],
    ),
    (
        'Rents rose sharply, and the union issued a statement calling the rise "unacceptable."',
        [("unacceptable.", D, "the union")],
    ),
    (
        "Tom Berg led the charge, and the tenants' group issued a statement saying the deal was a giveaway.",
        [("the deal was a giveaway", R, "the tenants' group")],
    ),
    ('The union placed newspaper ads calling the deal "a giveaway."', [("a giveaway.", D, "The union")]),
]

# a time clause opens the sentence; "as" after a verb of presenting: the subject's description
OPENINGS_AND_AS: list[tuple[str, Triples]] = [
    (
        "Two weeks before Ortiz entered the race, the banker Tom Berg got a letter from a lobbyist who introduced "
        'himself as "the finance director of the new fund."',
        [("the finance director of the new fund.", D, "a lobbyist")],
    ),
    ('Minutes after Ortiz spoke, Tom Berg called the speech "a disgrace."', [("a disgrace.", D, "Tom Berg")]),
    ('The mayor portrayed the plan as "a giveaway to developers."', [("a giveaway to developers.", D, "The mayor")]),
    (
        'Tom Berg met a woman who introduced herself as "a friend of the family."',
        [("a friend of the family.", D, "a woman")],
    ),
    (
        'The union framed the vote as "a referendum on the mayor."',
        [("a referendum on the mayor.", D, "The union")],
    ),
    ('Tom Berg hired a lawyer who described the suit as "baseless."', [("baseless.", D, "a lawyer")]),
]

# "who" after a body that is the object of a person noun's link: the person, as written, never the body
PERSON_BEFORE_BODY: list[tuple[str, Triples]] = [
    (
        "The banker Tom Berg got an email from a fundraiser working for Harbour Action who introduced himself as "
        '"the finance director of the fund."',
        [("the finance director of the fund.", D, "a fundraiser working for Harbour Action")],
    ),
    (
        'Tom Berg met a lawyer for Acme Tools who described the suit as "baseless."',
        [("baseless.", D, "a lawyer for Acme Tools")],
    ),
    (
        'Tom Berg met a spokeswoman for Mayor Ana Ruiz who called the plan "a disgrace."',
        [("a disgrace.", D, "a spokeswoman for Mayor Ana Ruiz")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    RELATIVE_AFTER_QUOTATION + PREPOSITION_TO + NAME_BEFORE_ASIDE + BODY_AFTER_CUT + ROLES
    + RELATIVE_BEFORE_COLON + DOCUMENT_AUTHOR + OPENINGS_AND_AS + PERSON_BEFORE_BODY,
)
def test_speakers(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected
