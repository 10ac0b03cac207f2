"""Issue 5, speaker accuracy on real news (spkY): a quotation that opens a sentence the writer
ends with a short phrase of their own (``"That is the fight we are taking" to the rest of the
country.``) is still the words of the speaker quoted before it in the paragraph.  Invented
stories (politics, business, sport, courts, local news); each case is the text after a plain
headline and the exact ``(text, speaker name, mention)`` triples that must come out, in order.
The bad shape and near misses that must not change stand side by side."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow as Row
from quote_cases import speaker_rows as quotes_of

WRITER_COMPLETED = [
    # the bad shape: the second quotation had no speaker because the writer ends its sentence
    ('"People have every right to be angry, but they are hungry," Ana Ortiz said in a brief speech after she '
     'called Tom Berg to congratulate him. "What are we going to do? That is the fight we are taking" to the '
     "rest of the state.",
     [("People have every right to be angry, but they are hungry,", "Ana Ortiz", "Ana Ortiz"),
      ("What are we going to do? That is the fight we are taking", "Ana Ortiz", "Ana Ortiz")]),
    # business: a surname after the cue, a phrase opened by "for"
    ('"It is more tinkering at the edges," said Priya Natarajan, an economist at the Harbour Institute. '
     '"I would not call it reform. It is basically just a tax increase" for the top bracket.',
     [("It is more tinkering at the edges,", "Priya Natarajan", "Priya Natarajan"),
      ("I would not call it reform. It is basically just a tax increase", "Priya Natarajan", "Priya Natarajan")]),
    # sport: a role and a name, a phrase opened by "against"
    ('"We let them back into the game twice," coach Marta Lindqvist said. "We will not make that mistake again" '
     "against the league leaders.",
     [("We let them back into the game twice,", "Marta Lindqvist", "coach Marta Lindqvist"),
      ("We will not make that mistake again", "Marta Lindqvist", "coach Marta Lindqvist")]),
    # politics: a pollster, a phrase opened by "to"
    ('"There are a lot of quiet supporters," said Dana Whitfield, a pollster who joined the campaign in May. '
     '"They agree with him on the issues, but they are not there yet" to vote for him.',
     [("There are a lot of quiet supporters,", "Dana Whitfield", "Dana Whitfield"),
      ("They agree with him on the issues, but they are not there yet", "Dana Whitfield", "Dana Whitfield")]),
    # near miss: a slogan in capitals is no one's sentence, even after a quoted speaker
    ('"We will win this," Tom Berg said. "Keep Our Harbour Clean Forever" on every poster.',
     [("We will win this,", "Tom Berg", "Tom Berg")]),
    # near miss: a title in title case, its small words in lower case, is no one's sentence either
    ('"We sold out in a week," said Lena Marsh, the theatre\'s director. "The Glass Menagerie of the South" '
     "in March at the Lyric.",
     [("We sold out in a week,", "Lena Marsh", "Lena Marsh")]),
    ('"It is the best film we have shown," festival head Omar Said told reporters. "Return of the River Kings" '
     "at the closing gala.",
     [("It is the best film we have shown,", "Omar Said", "Omar Said")]),
    # near miss: no one quoted before it in the paragraph, no speaker carried over
    ('The council met on Monday. "The budget must be balanced by June" to avoid cuts, the memo said nothing more.',
     [("The budget must be balanced by June", None, None)]),
    # near miss: a tail with a verb of its own makes the quotation a thing talked about: no speaker
    ('"We lost," Ana Ortiz said. "It was a hard night for all of us" was the line her aides repeated.',
     [("We lost,", "Ana Ortiz", "Ana Ortiz"), ("It was a hard night for all of us", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), WRITER_COMPLETED)
def test_writer_completed_quotation(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# an attribution after a quotation that ends with a full stop, whose cue a comma or colon and a
# new quoted sentence follow, introduces that next quotation: the words before are someone
# else's (the writer named before them, or the speaker quoted before them), never the replier's
HANDED_ON = [
    # the bad shape: the ambassador's words went to the mayor who replied
    ("Earlier in May, Tom Berg wrote to Ana Ortiz about a visit by her son, ''at the invitation of a local "
     "developer.'' Mrs. Ortiz replied, ''Hearing nice things about your children is as good as it gets.''",
     [("at the invitation of a local developer.", "Tom Berg", "Tom Berg"),
      ("Hearing nice things about your children is as good as it gets.", "Ana Ortiz", "Mrs. Ortiz")]),
    # straight marks and a colon after the cue (read so before the change too), business
    ('Priya Natarajan wrote to the board last week about the merger, "pending the approval of the regulator." '
     'Chairman Lars Eklund answered: "We will wait for the ruling before we vote."',
     [("pending the approval of the regulator.", "Priya Natarajan", "Priya Natarajan"),
      ("We will wait for the ruling before we vote.", "Lars Eklund", "Chairman Lars Eklund")]),
    # a speaker quoted before goes on: the next attribution is his own again
    ('Viktor Marek spoke in Prague. "No matter how they explained it, the state is falling apart," he said in '
     '2012. "Tribal conflicts continue." He added, "And you want us to repeat these mistakes?"',
     [("No matter how they explained it, the state is falling apart,", "Viktor Marek", "he"),
      ("Tribal conflicts continue.", "Viktor Marek", "he"),
      ("And you want us to repeat these mistakes?", "Viktor Marek", "He")]),
    # near miss: the quoted words after the cue go on from lower case, one sentence of the speaker's
    ('"We lost the vote tonight." Ana Ortiz said, "but we will be back next year."',
     [("We lost the vote tonight.", "Ana Ortiz", "Ana Ortiz"), ("but we will be back next year.", "Ana Ortiz", "Ana Ortiz")]),
    # near miss: a question before the cue is the asker's, as before
    ('"Why did you wait?" the judge asked. "Because I was afraid," Tom Berg said.',
     [("Why did you wait?", "the judge", "the judge"), ("Because I was afraid,", "Tom Berg", "Tom Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), HANDED_ON)
def test_attribution_introduces_next_quotation(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a mention with two post-modifying "of" phrases is cut after the person's name, not after the
# first body (``Tom Berg of the University of Michigan``: Tom Berg, not the whole phrase or a
# body's last word taken for a surname)
OF_CUTS = [
    ('However, as Tom Berg of the University of Michigan told reporters, "The flood has served as a warning to all."',
     [("The flood has served as a warning to all.", "Tom Berg", "Tom Berg of the University of Michigan")]),
    ('As Bishop Aram Petrosyan of the Armenian Church of Jerusalem told the AP, "We have suffered the same fate."',
     [("We have suffered the same fate.", "Aram Petrosyan", "Aram Petrosyan of the Armenian Church of Jerusalem")]),
    ("In a study, Lena Marsh of the Bank of Dover concluded that the tax would cut emissions by a third.",
     [("the tax would cut emissions by a third", "Lena Marsh", "Lena Marsh of the Bank of Dover")]),
    # a coordinator inside the body after the name is the body's, not a second speaker
    ("Dr. Ana Ruiz of the Department of Health and Human Services says the risk continues because there has been "
     "no freeze.",
     [("the risk continues because there has been no freeze", "Ana Ruiz",
       "Dr. Ana Ruiz of the Department of Health and Human Services")]),
    ("Economist Pavel Novak of Brandt and Sons estimates that prices fell 30 pct last year.",
     [("prices fell 30 pct last year", "Pavel Novak", "Economist Pavel Novak of Brandt and Sons")]),
    # but a title or a given name after the coordinator is a second person
    ("Tom Berg of the University of Dover and Professor Lena Marsh concluded that the tax would cut emissions by a "
     "third.",
     [("the tax would cut emissions by a third", "Tom Berg and Lena Marsh",
       "Tom Berg of the University of Dover and Professor Lena Marsh")]),
    # near misses: a role with two "of" phrases and no name stays as written, a title holder keeps her name
    ('As the mayor of the city of Dover told reporters, "The flood has served as a warning to all."',
     [("The flood has served as a warning to all.", "the mayor of the city of Dover", "the mayor of the city of Dover")]),
    ('As Secretary of State Ana Ortiz of Ohio told reporters, "The count will be finished by Friday."',
     [("The count will be finished by Friday.", "Ana Ortiz", "Secretary of State Ana Ortiz of Ohio")]),
]


@pytest.mark.parametrize(("text", "expected"), OF_CUTS)
def test_mention_cut_after_the_name(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
