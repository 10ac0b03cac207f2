"""Wrong or lost English speakers of the round-61 trials (issue 5): an aside's place before the
cue's own auxiliaries keeps the subject; a title right after a naming phrase is a work, no words;
an adjective of state is no passive in a headline's claim; a capitalised role before an aged name
is that person's role; a possessive last name or a portfolio's list after an inverted cue; the
object of ``like`` never speaks; a region after a placed phrase is no name set off; a
demonstrative's tail ends at a gerund's comma; a place is no pronoun's referent.  Each row: the
article (and its headline), then every quote as ``(text, kind, speaker's name, speaker's mention)``."""

from __future__ import annotations

import pickle

import pytest

import newsparse
from newsparse.spans import QuoteKind
from quote_cases import MentionRow, mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
HEADLINE = "Harbour news"

COUNCIL = "NEW YORK (AP) — The city council met on Tuesday to discuss the budget.\n\n"
MATCH = "LEEDS, England (AP) — Leeds lost 2-1 at home on Saturday.\n\n"
SENATE = "WASHINGTON (AP) — Senate negotiators met for six hours on Tuesday to discuss the budget.\n\n"
BALANCED = "the budget would be balanced by June"
CUT = "the plan would cut aid to schools"
UNSAFE = "the building was unsafe"
PASS = "Senator Tom Smith said the budget would pass."
TAXES = "the city would not raise taxes"
APPEAL = '"We will appeal," said '
PARKS = '"We will reopen the parks," said '
FINE = '"I feel fine," the '
VOTE = "\n\nHe said the vote would cost $2 million."

ROWS: list[tuple[str, str | None, list[MentionRow]]] = [
    # -- 1: a place set off after the subject, then the cue's own auxiliaries and adverbs -----------
    (COUNCIL + f"The mayor, in New York, has repeatedly said that {BALANCED}.", HEADLINE,
     [(BALANCED, R, "The mayor", "The mayor")]),
    # must not change: the cue right after the aside; a finite verb of the clause the cue closes
    (COUNCIL + f"The mayor, in New York, said that {BALANCED}.", HEADLINE, [(BALANCED, R, "The mayor", "The mayor")]),
    ("LAUSANNE (AP) — Work starts next week.\n\nThe Chauderon bridge, in Lausanne, will close from May 7 to May 28, "
     "the city announced on Tuesday.", HEADLINE,
     [("The Chauderon bridge, in Lausanne, will close from May 7 to May 28", R, "the city", "the city")]),
    # -- 2: a title in title case right after "spoke of" is the work spoken of --------------------------
    (COUNCIL + 'The author spoke of "Pride and Prejudice" at the festival on Sunday.', HEADLINE, []),
    # must not change: a determiner between, or words in lower case: the speaker's words
    (COUNCIL + 'The author spoke of a "Slow Death of the High Street" at the festival.', HEADLINE,
     [("Slow Death of the High Street", D, "The author", "The author")]),
    (COUNCIL + 'The author spoke of "a slow death of the high street" at the festival.', HEADLINE,
     [("a slow death of the high street", D, "The author", "The author")]),
    # -- 3: an adjective of state after "are" is no passive in a headline's claim ----------------------
    (COUNCIL + PASS, "Smith: Voters are tired of the budget fights",
     [("Voters are tired of the budget fights", R, "Tom Smith", "Smith"), ("the budget would pass", R, "Tom Smith", "Senator Tom Smith")]),
    (COUNCIL + PASS, "Smith: Voters are worried about the budget",
     [("Voters are worried about the budget", R, "Tom Smith", "Smith"), ("the budget would pass", R, "Tom Smith", "Senator Tom Smith")]),
    # must not change: a passive, "of" after it or not, is news about the person
    (COUNCIL + PASS, "Smith: Mayor is accused of fraud", [("the budget would pass", R, "Tom Smith", "Senator Tom Smith")]),
    # -- 4: a capitalised role before an aged name is no other role ----------------------------------
    (MATCH + "Manager Tom Berg, 44, praised the squad.\n\n" + FINE + "44-year-old winger said.", HEADLINE,
     [("I feel fine,", D, "the 44-year-old winger", "the 44-year-old winger")]),
    # must not change: the role itself, capitalised or not given
    (MATCH + "Manager Tom Berg, 44, praised the squad.\n\n" + FINE + "44-year-old manager said.", HEADLINE,
     [("I feel fine,", D, "Tom Berg", "the 44-year-old manager")]),
    (MATCH + "Winger Tom Berg, 22, praised the squad.\n\n" + FINE + "22-year-old winger said.", HEADLINE,
     [("I feel fine,", D, "Tom Berg", "the 22-year-old winger")]),
    (MATCH + "Tom Berg, 22, praised the squad.\n\n" + FINE + "22-year-old winger said.", HEADLINE,
     [("I feel fine,", D, "Tom Berg", "the 22-year-old winger")]),
    # -- 5: a possessive last name: the owners' role speaks, none of the list --------------------------
    (COUNCIL + APPEAL + "Ana Ortiz, Tom Berg and Eva Hall's lawyer.", HEADLINE, [("We will appeal,", D, None, None)]),
    # must not change: the list whole; one name's role set off
    (COUNCIL + APPEAL + "Ana Ortiz, Tom Berg and Eva Hall.", HEADLINE,
     [("We will appeal,", D, "Ana Ortiz, Tom Berg and Eva Hall", "Ana Ortiz, Tom Berg and Eva Hall")]),
    (COUNCIL + APPEAL + "Ana Ortiz, the mayor's lawyer.", HEADLINE, [("We will appeal,", D, "Ana Ortiz", "Ana Ortiz")]),
    # -- 6: a portfolio's list before a title: the title's holder ---------------------------------------
    (COUNCIL + PARKS + "Tourism, Sport and Culture Minister Grace Mbeki.", HEADLINE,
     [("We will reopen the parks,", D, "Grace Mbeki", "Tourism, Sport and Culture Minister Grace Mbeki")]),
    # must not change: one portfolio; titles after a name
    (COUNCIL + PARKS + "Culture Minister Grace Mbeki.", HEADLINE,
     [("We will reopen the parks,", D, "Grace Mbeki", "Culture Minister Grace Mbeki")]),
    (COUNCIL + PARKS + "Ana Ortiz, President and CEO of Acme.", HEADLINE, [("We will reopen the parks,", D, "Ana Ortiz", "Ana Ortiz")]),
    # -- 7: "like" before a list: the one compared never speaks ---------------------------------------
    (SENATE + f"Like Ortiz, Berg and Hall, both Democrats, said {CUT}.", HEADLINE, [(CUT, R, "Berg and Hall", "Berg and Hall")]),
    (SENATE + f"Like Ortiz, Berg, Lee and Hall, all Democrats, said {CUT}.", HEADLINE, []),
    # must not change: a list with no comparison; one compared, one subject
    (SENATE + f"Ortiz, Berg and Hall, all Democrats, said {CUT}.", HEADLINE,
     [(CUT, R, "Ortiz, Berg and Hall", "Ortiz, Berg and Hall")]),
    (SENATE + f"Unlike Ortiz, Berg, a Democrat, said {CUT}.", HEADLINE, [(CUT, R, "Berg", "Berg")]),
    # -- 8: a region after a place set off: the phrase before the place speaks ------------------------
    (COUNCIL + f"A school in Leeds, West Yorkshire, which closed in May, said {UNSAFE}.", HEADLINE,
     [(UNSAFE, R, "A school in Leeds", "A school in Leeds")]),
    # must not change: a name with a given name set off; no place before; a clause before the place
    (COUNCIL + f"A spokesman for the hospital in Leeds, Tom Berg, said {UNSAFE}.", HEADLINE, [(UNSAFE, R, "Tom Berg", "Tom Berg")]),
    (COUNCIL + f"The director of the port, Colin Reyes, who took over in May, said {UNSAFE}.", HEADLINE,
     [(UNSAFE, R, "Colin Reyes", "Colin Reyes")]),
    (COUNCIL + "Sales rose in Leeds, York and Hull, Lee Chan, who runs the shop, said.", HEADLINE,
     [("Sales rose in Leeds, York and Hull", R, "Lee Chan", "Lee Chan")]),
    # -- 9: a demonstrative object, its tail, then a gerund after a comma -----------------------------
    (COUNCIL + f"Mayor Joan Petrie said that again on Monday, adding {TAXES}.", HEADLINE,
     [(TAXES, R, "Joan Petrie", "Mayor Joan Petrie")]),
    # must not change: a clause after the time's comma; an aside after "that"
    (COUNCIL + f"Mayor Joan Petrie said that on Monday, {TAXES}.", HEADLINE,
     [(f"on Monday, {TAXES}", R, "Joan Petrie", "Mayor Joan Petrie")]),
    (COUNCIL + "Mayor Joan Petrie said that, if elected, she would not raise taxes.", HEADLINE,
     [("if elected, she would not raise taxes", R, "Joan Petrie", "Mayor Joan Petrie")]),
    # -- 10: a place, a state is no pronoun's referent --------------------------------------------------
    ("COLUMBIA, S.C. (AP) — South Carolina will hold a special election in March." + VOTE, HEADLINE,
     [("the vote would cost $2 million", R, "He", "He")]),
    # must not change: a person subject
    ("COLUMBIA, S.C. (AP) — Governor Tom Berg will hold a special election in March." + VOTE, HEADLINE,
     [("the vote would cost $2 million", R, "Tom Berg", "He")]),
]


@pytest.mark.parametrize(("text", "headline", "expected"), ROWS)
def test_fixq61_speakers(text: str, headline: str | None, expected: list[MentionRow]) -> None:
    assert mention_rows(text, None, headline) == expected


def test_outlet_piece_words_are_a_lazy_table() -> None:
    """The outlet line's words are built when first read, kept, and pickled with the parser."""
    parser = newsparse.ArticleParser()
    assert "outlet_piece_words" not in vars(parser)
    assert parser.is_outlet_piece_word("Updated") is True
    assert parser.is_outlet_piece_word("Leeds") is False
    table = parser.outlet_piece_words
    assert parser.outlet_piece_words is table
    copy = pickle.loads(pickle.dumps(parser))
    assert copy.outlet_piece_words == table
    assert copy.is_outlet_piece_word("Updated") is True
