"""Wrong speakers and wrong quotes of the round-60 trials (issue 5): a list of people is read
whole or not at all, never one member; a demonstrative object after a cue is no clause; an
object pronoun before the verb (French, Spanish) and a time adverb where subjects drop name no
speaker; a poll's sponsors joined by a slash are one name; a region after a place is no relative
clause's antecedent; a plural pronoun never refers to a lone capitalised word.  Each row: the
article, then every quote as ``(text, kind, speaker's name, speaker's mention)``."""

from __future__ import annotations

import pytest

from newsparse.spans import QuoteKind
from quote_cases import MentionRow, mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

SENATE = "WASHINGTON (AP) — Senate negotiators met for six hours on Tuesday to discuss the budget.\n\n"
NAMED = "Ana Ortiz, Tom Berg and Eva Hall led the talks.\n\n"
LIST = "Ana Ortiz, Tom Berg and Eva Hall"
YIELD = '"We will not yield," said '
CUT = "the plan would cut aid to schools"
STRIKE = "MADRID (AP) — The mayor spoke to reporters on Tuesday about the strike.\n\n"
BUDGET_FR = "PARIS (AFP) — Le gouvernement a présenté mardi son projet de budget.\n\n"
BUDGET_ES = "MADRID (EFE) — El presidente del Gobierno presentó el martes los presupuestos.\n\n"
SHARES = "NEW YORK (Reuters) — Shares fell on Tuesday after the earnings report.\n\n"

ROWS: list[tuple[str, str | None, list[MentionRow]]] = [
    # -- 1: a list of people after an inverted cue -------------------------------------------------
    # the list, then where the words were said: all three (names given in full before)
    (SENATE + NAMED + YIELD + "Ortiz, Berg and Hall after the meeting.\n\nThe talks resume next week.", None,
     [("We will not yield,", D, LIST, "Ortiz, Berg and Hall")]),
    # never introduced: the list is not read whole, and its first member is not the speaker
    (SENATE + YIELD + "Ortiz, Berg and Hall after the meeting.\n\nThe talks resume next week.", None,
     [("We will not yield,", D, None, None)]),
    # must not change: a list that closes the sentence, one name and a setting
    (SENATE + NAMED + YIELD + "Ortiz, Berg and Hall.\n\nThe talks resume next week.", None,
     [("We will not yield,", D, LIST, "Ortiz, Berg and Hall")]),
    (SENATE + YIELD + "Ana Ortiz after the meeting.", None, [("We will not yield,", D, "Ana Ortiz", "Ana Ortiz")]),
    # must not change: titles, places or an item in lower case after the name are no list of people
    (SENATE + YIELD + "Ana Ortiz, President and CEO of Acme.", None, [("We will not yield,", D, "Ana Ortiz", "Ana Ortiz")]),
    (SENATE + YIELD + "Ortiz, Paris and Rome.", None, [("We will not yield,", D, "Ortiz", "Ortiz")]),
    (SENATE + YIELD + "Ana Ortiz, the mayor, and Tom Berg.", None,
     [("We will not yield,", D, "Ana Ortiz and Tom Berg", "Ana Ortiz, the mayor, and Tom Berg")]),
    # -- 2: a list's last item before an appositive: the list whole ----------------------------------
    (SENATE + NAMED + "Senators Ortiz, Berg and Hall, all Democrats, said " + CUT + ".", None,
     [(CUT, R, "Senators Ortiz, Tom Berg and Eva Hall", "Senators Ortiz, Berg and Hall")]),
    (SENATE + "Ortiz, Berg and Hall, all Democrats, said " + CUT + ".", None,
     [(CUT, R, "Ortiz, Berg and Hall", "Ortiz, Berg and Hall")]),
    # must not change: an opening time is no item; places before a name set off are no list of people
    (SENATE + "On Monday, Berg and Hall, both Democrats, said " + CUT + ".", None, [(CUT, R, "Berg and Hall", "Berg and Hall")]),
    (SENATE + "Sales rose in Leeds, York and Hull, Lee Chan, who runs the shop, said.", None,
     [("Sales rose in Leeds, York and Hull", R, "Lee Chan", "Lee Chan")]),
    (SENATE + "Ortiz and Hall, both Democrats, said " + CUT + ".", None, [(CUT, R, "Ortiz and Hall", "Ortiz and Hall")]),
    # -- 3: a titled last item of a list whose people the article named: the list whole ----------------
    ("BRUSSELS (Reuters) — Ana Ortiz, Tom Berg and Eva Hall met on Tuesday.\n\n"
     "Ortiz, Berg and Finance Minister Eva Hall said " + CUT + ".", None,
     [(CUT, R, LIST, "Ortiz, Berg and Finance Minister Eva Hall")]),
    # -- 4: a demonstrative object after a cue is no clause -----------------------------------------
    (STRIKE + "She said that again on Monday.\n\nAna Ruiz told reporters this at a briefing.\n\n"
     "She said it again in a radio interview.\n\nThe strike continues.", None, []),
    # must not change: "that" opens a clause after a time, is its subject, or an aside follows it
    (STRIKE + "She said that on Monday the strike had cost the city $2 million.\n\nShe said that would be a mistake.\n\n"
     "Ana Ruiz told reporters that at a briefing the unions had walked out.", None,
     [("on Monday the strike had cost the city $2 million", R, "She", "She"),
      ("that would be a mistake", R, "She", "She"),
      ("at a briefing the unions had walked out", R, "Ana Ruiz", "Ana Ruiz")]),
    (STRIKE + "Ana Ruiz said that, if elected, she would end the strike.", None,
     [("if elected, she would end the strike", R, "Ana Ruiz", "Ana Ruiz")]),
    # -- 5: an object pronoun before the verb, a time adverb where subjects drop: no speaker -----------
    (BUDGET_FR + "On nous a dit que le projet serait retiré avant la fin du mois.\n\nLes syndicats appellent à la grève.", "fr",
     [("le projet serait retiré avant la fin du mois", R, None, None)]),
    # the subject before the pronoun speaks (fixQ60c)
    (BUDGET_FR + "Le ministre nous a dit que le projet serait retiré avant la fin du mois.", "fr",
     [("le projet serait retiré avant la fin du mois", R, "Le ministre", "Le ministre")]),
    # must not change: a stressed pronoun after "selon" speaks
    (BUDGET_FR + "Le ministre Paul Martin a reçu les syndicats. Le projet sera retiré, selon lui.", "fr",
     [("Le projet sera retiré", R, "Paul Martin", "lui")]),
    (BUDGET_ES + "Hoy dijo que el proyecto será aprobado antes de fin de mes.\n\nLos sindicatos convocan una huelga.", "es",
     [("el proyecto será aprobado antes de fin de mes", R, None, None)]),
    (BUDGET_ES + "Nos dijo que el proyecto será aprobado antes de fin de mes.\n\n"
     "El ministro nos dijo que el proyecto será aprobado en mayo.", "es",
     [("el proyecto será aprobado antes de fin de mes", R, None, None),
      ("el proyecto será aprobado en mayo", R, "El ministro", "El ministro")]),
    # must not change: a subject after the time adverb speaks
    (BUDGET_ES + "Hoy el ministro dijo que el proyecto será aprobado antes de fin de mes.", "es",
     [("el proyecto será aprobado antes de fin de mes", R, "el ministro", "el ministro")]),
    # -- 6: a poll's sponsors joined by a slash are one name -----------------------------------------
    ("WASHINGTON (AP) — The race for the Senate seat has tightened in recent weeks.\n\n"
     "A CNN/ORC poll found that 48 percent of voters back the incumbent.\n\nSmith & Cole said the race was close.", None,
     [("48 percent of voters back the incumbent", R, "A CNN/ORC poll", "A CNN/ORC poll"),
      ("the race was close", R, "Smith & Cole", "Smith & Cole")]),
    # -- 7: a region after a place is no antecedent: the relative clause has no speaker ---------------
    ("LAKELAND, Fla. (AP) — Heavy rain flooded roads across central Florida on Tuesday, according to the sheriff "
     "of Polk County, Florida, who asked drivers to stay home.\n\nSchools were closed.", None,
     [("Heavy rain flooded roads across central Florida on Tuesday", R, "the sheriff of Polk County", "the sheriff of Polk County")]),
    # must not change: a person's relative clause after "according to" is hers
    ("AUSTIN, Texas (AP) — The plant will close, according to Mayor Ana Ruiz of Austin, who said the city would lose 300 jobs.",
     None,
     [("The plant will close", R, "Ana Ruiz", "Mayor Ana Ruiz of Austin"),
      ("the city would lose 300 jobs", R, "Ana Ruiz", "Mayor Ana Ruiz of Austin")]),
    # -- 8: a plural pronoun never refers to a lone capitalised word (maybe a surname) ----------------
    (SHARES + '"The delays will last," Smith said. They also warned that the outlook was weak.', None,
     [("The delays will last,", D, "Smith", "Smith"), ("the outlook was weak", R, "They", "They")]),
    # must not change: names joined, an acronym
    (SHARES + "Ortiz and Berg said the delays would last. They also warned that the outlook was weak.", None,
     [("the delays would last", R, "Ortiz and Berg", "Ortiz and Berg"), ("the outlook was weak", R, "Ortiz and Berg", "They")]),
    (SHARES + "VW said the delays would last. They also warned that the outlook was weak.", None,
     [("the delays would last", R, "VW", "VW"), ("the outlook was weak", R, "VW", "They")]),
]


@pytest.mark.parametrize(("text", "language", "expected"), ROWS)
def test_fixq60_quotes(text: str, language: str | None, expected: list[MentionRow]) -> None:
    assert mention_rows(text, language, None) == expected
