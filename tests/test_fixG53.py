"""fixG53 (stop 46): English speaker phrases read wrong.  A relative clause after a comma whose
closing comma is missing (its verb in the plain present, a tag or an age before it, or ``whose``
with a name set beside its noun): the subject before the comma speaks, never the clause's object;
a long role before a link and a set-off clause speaks, never the place after the link; a name
before an unclosed appositive whose role a determiner's noun owns (``the city's transit chief``)
speaks a plain direct quote.  Each row is a text we wrote and the exact quotes that come out."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED
Row = tuple[str, QuoteKind, "str | None", "str | None"]

OPEN_RELATIVE: list[tuple[str, list[Row]]] = [
    # a plain present after a plural subject's pronoun: the subject speaks, not "the port"
    ("The dockers, who run the port said the strike would go on.",
     [("the strike would go on", R, "The dockers", "The dockers")]),
    ("The unions, which represent 4,000 dockers said the strike would go on.",
     [("the strike would go on", R, "The unions", "The unions")]),
    ("The nurses, who staff the night wards told reporters the rota was unsafe.",
     [("the rota was unsafe", R, "The nurses", "The nurses")]),
    # (precision) with the closing comma, as ever
    ("The dockers, who run the port, said the strike would go on.",
     [("the strike would go on", R, "The dockers", "The dockers")]),
    # (precision) a participle after the clause is its own: no speaker, no words (a past "began" is no present)
    ("After all, the union, which began the year predicting that it would strike, has yet to move.", []),
    # (precision) a pronoun's own cue: the clause's verb is the cue, no new reading
    ("Voters who back the plan said it was fair.", [("it was fair", R, "Voters", "Voters")]),
    # a clause after "of the NOUN": the people before "of" and their clause speak, never "Leeds"
    ("Fans of the club who travelled to Leeds said the trip was long.",
     [("the trip was long", R, "Fans of the club who travelled to Leeds", "Fans of the club who travelled to Leeds")]),
    ("Members of the union who work at Acme said the talks had failed.",
     [("the talks had failed", R, "Members of the union who work at Acme", "Members of the union who work at Acme")]),
    # (precision) no people before "of": no one speaks, no quote
    ("The future of the club who travelled to Leeds said nothing.", []),
    # a tag in parentheses before the comma: the name speaks, not "the panel"
    ("Sen. Ana Ruiz (D-Ariz.), who chairs the panel said the bill would pass.",
     [("the bill would pass", R, "Ana Ruiz", "Sen. Ana Ruiz")]),
    ("Rep. Tom Berg (R-Ohio), who leads the caucus said the vote would fail.",
     [("the vote would fail", R, "Tom Berg", "Rep. Tom Berg")]),
    # (precision) the tag with no clause, as ever
    ("Sen. Ana Ruiz (D-Ariz.) said the bill would pass.", [("the bill would pass", R, "Ana Ruiz", "Sen. Ana Ruiz")]),
    # "whose" and a name set beside its noun: the name before the comma speaks
    ("Ana Ruiz, whose daughter Maria works at the port said the bill would pass.",
     [("the bill would pass", R, "Ana Ruiz", "Ana Ruiz")]),
    ("Tom Berg, whose union Unite represents dockers said the strike would go on.",
     [("the strike would go on", R, "Tom Berg", "Tom Berg")]),
    ("Lena Ortiz, whose son Pablo founded the firm said the deal was fair.",
     [("the deal was fair", R, "Lena Ortiz", "Lena Ortiz")]),
    # (precision) "whose lawyer said": the lawyer speaks; a name as the lawyer's, it speaks
    ("Tom Berg, whose lawyer said the deal was fair, left.", [("the deal was fair", R, "lawyer", "lawyer")]),
    ("Tom Berg, whose lawyer Ana Ruiz said the deal was fair, left.",
     [("the deal was fair", R, "Ana Ruiz", "lawyer Ana Ruiz")]),
    # an age set off before the clause: the surname speaks, never the age
    ("Jones, 71, who has lived here since 1980 said the port would close.",
     [("the port would close", R, "Jones", "Jones")]),
    ("Okafor, 45, who has fished here since 1999 told reporters the stocks were gone.",
     [("the stocks were gone", R, "Okafor", "Okafor")]),
]

ROLES: list[tuple[str, list[Row]]] = [
    # a role with three words between its article and its noun before a link: the role speaks
    ('"It is over," the former Conservative shadow minister for Bath, who quit in 2019, said.',
     [("It is over,", D, "the former Conservative shadow minister for Bath", "the former Conservative shadow minister for Bath")]),
    ('"It is over," the former Labour shadow minister for Leeds, who resigned last year, told the BBC.',
     [("It is over,", D, "the former Labour shadow minister for Leeds", "the former Labour shadow minister for Leeds")]),
    # (precision) a name before the link, as ever
    ('"It is over," Gov. John Kasich of Ohio, who ran in 2016, said.',
     [("It is over,", D, "John Kasich", "John Kasich of Ohio")]),
    # an appositive whose role a noun after its article owns: the name speaks a direct quote
    ('"The buses are late," Tom Berg, the city\'s transit chief said.',
     [("The buses are late,", D, "Tom Berg", "Tom Berg")]),
    ("\u201cThe buses are late,\u201d Ana Ruiz, the company\u2019s lawyer told reporters.",
     [("The buses are late,", D, "Ana Ruiz", "Ana Ruiz")]),
    # a role before its link and a relative clause with no commas: the whole phrase speaks (was no quote)
    ('"It is over," an aide to the mayor who asked not to be named said.',
     [("It is over,", D, "an aide to the mayor who asked not to be named", "an aide to the mayor who asked not to be named")]),
    ('"It is over," a lawyer for the family who asked not to be named said.',
     [("It is over,", D, "a lawyer for the family who asked not to be named",
       "a lawyer for the family who asked not to be named")]),
    # (precision) with the commas, as ever; and with no link
    ('"It is over," an aide to the mayor, who asked not to be named, said.',
     [("It is over,", D, "an aide to the mayor", "an aide to the mayor")]),
    ('"It is over," an aide who asked not to be named said.',
     [("It is over,", D, "an aide who asked not to be named", "an aide who asked not to be named")]),
    # (precision) someone else's role: a pronoun's, a name's, or a place before the comma
    ('"The buses are late," Ana Ortiz, her lawyer said.',
     [('"The buses are late," Ana Ortiz', M, "her lawyer", "her lawyer")]),
    ('"The buses are late," Ana Ortiz, Tom Berg\'s lawyer said.',
     [('"The buses are late," Ana Ortiz', M, "Tom Berg's lawyer", "Tom Berg's lawyer")]),
    ('"The buses are late," New York, the city\'s mayor said.',
     [('"The buses are late," New York', M, "New York", "the city's mayor")]),
]


SURNAMES: list[tuple[str, list[Row]]] = [
    # a surname alone before a role with no article and the cue: the surname speaks the words before it
    ("Coffee output may fall, Berg, chairman of the exporters' association told Reuters.",
     [("Coffee output may fall", R, "Berg", "Berg")]),
    ("Coffee output may fall, Okafor, spokesman for the growers told Reuters.",
     [("Coffee output may fall", R, "Okafor", "Okafor")]),
    ("Fares will rise in May, Lindqvist, head of the transit board said.",
     [("Fares will rise in May", R, "Lindqvist", "Lindqvist")]),
    # (precision) a role with its article, a group, someone else's role, or no role noun: as ever
    ("Coffee output may fall, Brazil, the top producer said.",
     [("Coffee output may fall, Brazil", R, "the top producer", "the top producer")]),
    ("Coffee output may fall, Berg, officials said.", [("Coffee output may fall, Berg", R, "officials", "officials")]),
    ("Coffee output may fall, Berg, her lawyer said.", [("Coffee output may fall, Berg", R, "her lawyer", "her lawyer")]),
    ("Coffee output may fall, Brazil, producer of a third of the crop said.", []),
]


HEARD_AND_REPLIES: list[tuple[str, list[Row]]] = [
    # a name heard saying the question before it: the question closes no sentence, the name speaks
    ('"Should we close?" Hale can be heard asking.', [("Should we close?", D, "Hale", "Hale")]),
    ('"Should we close?" Tom Hale could be heard asking the crew.', [("Should we close?", D, "Tom Hale", "Tom Hale")]),
    ('"Get out!" Ana Ruiz was heard shouting.', [("Get out!", D, "Ana Ruiz", "Ana Ruiz")]),
    ('"Should we close?" a passenger can be heard asking.', [("Should we close?", D, "a passenger", "a passenger")]),
    # (precision) no perception participle: a sentence of its own, no speaker
    ('"Should we close?" The crew was asking for help.', [("Should we close?", D, None, None)]),
    # a phrasal reply that closes the sentence right after the quotation
    ('"We will win," Hale fired back.', [("We will win,", D, "Hale", "Hale")]),
    ('"We will win," Hale hit back.', [("We will win,", D, "Hale", "Hale")]),
    ('"We will win," the mayor chimed in.', [("We will win,", D, "the mayor", "the mayor")]),
    ('"We will win," Ana Ruiz pushed back.', [("We will win,", D, "Ana Ruiz", "Ana Ruiz")]),
    ('"We will win!" Hale fired back.', [("We will win!", D, "Hale", "Hale")]),
    # (precision) not closing the sentence, or after a sentence's end with an article: maybe an act
    ('"We will win," Hale fired back at critics who called the plan a failure.', [("We will win,", D, None, None)]),
    ('"Drop it!" The suspect fired back.', [("Drop it!", D, None, None)]),
    ("Police fired back.", []),
]


OUTLETS: list[tuple[str, list[Row]]] = [
    # an outlet told by what it is keeps its whole phrase as its name, never "TV"
    ("Iranian state TV reported the pier was lost.",
     [("the pier was lost", R, "Iranian state TV", "Iranian state TV")]),
    ("Russian state media reported the pier was lost.",
     [("the pier was lost", R, "Russian state media", "Russian state media")]),
    ("Syrian state TV said the pier was lost.", [("the pier was lost", R, "Syrian state TV", "Syrian state TV")]),
    # (precision) an outlet's name, and a name after its description, as ever
    ("Fox News reported the pier was lost.", [("the pier was lost", R, "Fox News", "Fox News")]),
    ("The Sunday Times reported the pier was lost.", [("the pier was lost", R, "Sunday Times", "The Sunday Times")]),
    ("Chinese state broadcaster CCTV reported the pier was lost.",
     [("the pier was lost", R, "CCTV", "Chinese state broadcaster CCTV")]),
]


@pytest.mark.parametrize(
    ("paragraph", "expected"), OPEN_RELATIVE + ROLES + SURNAMES + HEARD_AND_REPLIES + OUTLETS
)
def test_speaker_phrases(paragraph: str, expected: list[Row]) -> None:
    assert mention_rows("The strike goes on at the harbour.\n\n" + paragraph + "\n") == expected
