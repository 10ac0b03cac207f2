"""Mutation pass mutKK (stop 29, issue 8): the mutants mutHH left not run in ``quotes/reported.py``
(those on lines changed since ``b36c43f`` of ``ReportedSpeech.reported_speech``,
``read_source_closing``, ``read_opinion_opening`` and the rest of its list; see docs/testing.md).
Each case stands beside its near-miss and is read by a parser built in the test
(:func:`tests.quote_cases.quotes_of`), so the patterns the constructor compiles are the mutant's
too; every quote's kind, text, span, cue and speaker is asserted."""

from __future__ import annotations

import pytest
from tests.quote_cases import Case, quotes_of

# German: the source in a clause of "wie" closing the sentence (ReportedSpeech.read_source_closing)
SOURCE_CLOSING: list[Case] = [
    Case("Der Konzern will 3000 Stellen abbauen, wie das Unternehmen am Mittwoch mitteilte.",
         [("R", "Der Konzern will 3000 Stellen abbauen", 0, 37, "mitteilte", "das Unternehmen", None)], "de"),
    # the words start at the sentence's first letter, after the blanks that follow the one before
    Case("Die Lage ist ernst.  Der Konzern will 3000 Stellen abbauen, wie der Betriebsrat am Mittwoch mitteilte.",
         [("R", "Der Konzern will 3000 Stellen abbauen", 21, 58, "mitteilte", "der Betriebsrat", None)], "de"),
    Case("Der Konzern will 3000 Stellen abbauen, wie Anna Weber am Mittwoch sagte.",
         [("R", "Der Konzern will 3000 Stellen abbauen", 0, 37, "sagte", "Anna Weber", None)], "de"),
    # "wie es ... hieß": the words have no speaker; "es" with a verb of a speaker, or a speaker
    # with "hieß", is no such closing
    Case("Der Konzern will 3000 Stellen abbauen, wie es in einer Mitteilung hieß.",
         [("R", "Der Konzern will 3000 Stellen abbauen", 0, 37, "hieß", None, None)], "de"),
    Case("Der Konzern will 3000 Stellen abbauen, wie es am Mittwoch mitteilte.", [], "de"),
    Case("Der Konzern will 3000 Stellen abbauen, wie das Unternehmen hieß.", [], "de"),
    # no source in the clause, or fewer than MIN_WORDS words before it
    Case("Der Konzern will 3000 Stellen abbauen, wie viele Beobachter berichteten.", [], "de"),
    Case("Er geht, wie der Sprecher sagte.", [], "de"),
    Case("Er geht bald, wie der Sprecher sagte.", [("R", "Er geht bald", 0, 12, "sagte", "der Sprecher", None)], "de"),
    # a quotation inside the words makes them mixed; a closing inside a quotation is the quotation's
    Case("Der Konzern will „bis zu 3000 Stellen“ abbauen, wie das Unternehmen am Mittwoch mitteilte.",
         [("M", "Der Konzern will „bis zu 3000 Stellen“ abbauen", 0, 46, "mitteilte", "das Unternehmen", None)], "de"),
    Case("„Der Konzern will 3000 Stellen abbauen, wie das Unternehmen am Mittwoch mitteilte.“",
         [("D", "Der Konzern will 3000 Stellen abbauen, wie das Unternehmen am Mittwoch mitteilte.", 1, 82, None, None,
           None)], "de"),
    Case("„Wir bauen ab“, sagte Weber. Der Konzern will 3000 Stellen abbauen, wie das Unternehmen mitteilte.",
         [("D", "Wir bauen ab", 1, 13, "sagte", "Weber", None),
          ("R", "Der Konzern will 3000 Stellen abbauen", 29, 66, "mitteilte", "das Unternehmen", None)], "de"),
    # a closing inside a quotation left open to the paragraph's end is the quotation's, claimed or not
    Case("Der Konzern will „3000 Stellen abbauen, wie das Unternehmen mitteilte.",
         [("D", "3000 Stellen abbauen, wie das Unternehmen mitteilte.", 18, 70, None, None, None)], "de"),
    # the clause must close the sentence
    Case("Der Konzern will 3000 Stellen abbauen, wie das Unternehmen mitteilte, und die Werke schließen.", [], "de"),
    # the second paragraph's quote is that paragraph's
    Case(["Die Werke bleiben offen.", "Der Konzern will 3000 Stellen abbauen, wie das Unternehmen mitteilte."],
         [("R", "Der Konzern will 3000 Stellen abbauen", 26, 63, "mitteilte", "das Unternehmen", None)], "de"),
]

# French: the holder of a view after "Pour" opening the sentence (ReportedSpeech.read_opinion_opening)
OPINION_OPENING: list[Case] = [
    Case("Pour le parquet, les travaux avaient été repoussés sans raison.",
         [("R", "les travaux avaient été repoussés sans raison", 17, 62, "Pour", "le parquet", None)], "fr"),
    Case("Le procès s'ouvre lundi.  Pour le parquet, les travaux avaient été repoussés sans raison.",
         [("R", "les travaux avaient été repoussés sans raison", 43, 88, "Pour", "le parquet", None)], "fr"),
    Case("Pour Marie Dubois, les travaux avaient été repoussés sans raison.",
         [("R", "les travaux avaient été repoussés sans raison", 19, 64, "Pour", "Marie Dubois", None)], "fr"),
    # a quotation after the comma is read as direct speech, its holder the speaker
    Case("Pour la ministre, « les travaux avaient été repoussés sans raison ».",
         [("D", "les travaux avaient été repoussés sans raison", 20, 65, "Pour", "la ministre", None)], "fr"),
    # the people a measure is for hold no view; fewer than MIN_WORDS words are no view either
    Case("Pour les familles, les travaux avaient été repoussés sans raison.", [], "fr"),
    Case("Pour le parquet, c'est faux.", [], "fr"),
    Case("Pour le parquet, c'est tout à fait faux.",
         [("R", "c'est tout à fait faux", 17, 39, "Pour", "le parquet", None)], "fr"),
    # MIN_WORDS words are enough
    Case("Pour le parquet, les travaux traînent.", [("R", "les travaux traînent", 17, 37, "Pour", "le parquet", None)], "fr"),
    # a cue inside the view is the view's: its region is claimed for the sentence's later readers
    Case("Pour le parquet, le maire a menti quand il a dit que les travaux étaient finis.",
         [("R", "le maire a menti quand il a dit que les travaux étaient finis", 17, 78, "Pour", "le parquet", None)],
         "fr"),
    Case(["Le port rouvrira en mai.", "Pour le parquet, les travaux avaient été repoussés sans raison."],
         [("R", "les travaux avaient été repoussés sans raison", 43, 88, "Pour", "le parquet", None)], "fr"),
]

# English: a claim noun or a report that is a verb's object is no cue (ReportedSpeech.verb_object_cue,
# gerund_object), beside the nouns of a subject before a cue
OBJECT_CUES: list[Case] = [
    Case("The minister dismissed claims that the pier was unsafe.", []),
    Case("The minister waved off reports that the pier was unsafe.", []),
    Case("The council denies claims that the pier is unsafe.", []),
    Case("The council brushed aside claims that the pier is unsafe.", []),
    Case("The council has denied reports that the pier is unsafe.", []),
    Case("The mayor chided the council for making claims about the pier that were false.", []),
    Case("The union is making claims that the pier is unsafe.", []),
    Case("The board of governors claims that the pier is unsafe.",
         [("R", "the pier is unsafe", 35, 53, "claims", "The board of governors", None)]),
    Case("A man who asked not to be named claims that the pier is unsafe.",
         [("R", "the pier is unsafe", 44, 62, "claims", "A man who asked not to be named", None)]),
    Case("A resident of the town claims the pier is unsafe.",
         [("R", "the pier is unsafe", 30, 48, "claims", "A resident of the town", None)]),
    Case("The director of planning says the pier is unsafe.",
         [("R", "the pier is unsafe", 30, 48, "says", "The director of planning", None)]),
    Case("The head of marketing claims the pier is unsafe.",
         [("R", "the pier is unsafe", 29, 47, "claims", "The head of marketing", None)]),
    Case("Those making claims that the pier is unsafe were wrong, the mayor said.",
         [("R", "Those making claims that the pier is unsafe were wrong", 0, 54, "said", "the mayor", None)]),
]

# English: an attribution closing the sentence or set off inside it (ReportedSpeech.read_trailing,
# words_after_aside)
TRAILING: list[Case] = [
    Case("The rate decision, she added, was unanimous in the end.",
         [("R", "The rate decision, she added, was unanimous in the end", 0, 54, "added", "she", None)]),
    Case("The rate decision, Tom Berg added, was unanimous in the end.",
         [("R", "The rate decision, Tom Berg added, was unanimous in the end", 0, 59, "added", "Tom Berg", None)]),
    Case("The rate decision, she added,   was unanimous in the end.",
         [("R", "The rate decision, she added, was unanimous in the end", 0, 56, "added", "she", None)]),
    Case("The bank, he said, would wait.",
         [("R", "The bank, he said, would wait", 0, 29, "said", "he", None)]),
    Case('The rate decision, she added, was "unanimous in the end."',
         [("M", 'The rate decision, she added, was "unanimous in the end."', 0, 57, "added", "she", None)]),
    Case(["Tom Berg runs the bank.", "The rate decision, he added, was unanimous in the end."],
         [("R", "The rate decision, he added, was unanimous in the end", 25, 78, "added", "Tom Berg", None)]),
    Case("Prices will rise next year, said his coach, Mark Bell.",
         [("R", "Prices will rise next year", 0, 26, "said", "Mark Bell", None)]),
    Case("Prices will rise next year, said the minister, as protesters returned home.",
         [("R", "Prices will rise next year", 0, 26, "said", "the minister", None)]),
    Case("Prices will rise next year, police said, adding that the pier was closed.",
         [("R", "Prices will rise next year", 0, 26, "said", "police", None),
          ("R", "the pier was closed", 53, 72, "adding", "police", None)]),
    Case("Prices will rise next year, said an official who asked not to be named.",
         [("R", "Prices will rise next year", 0, 26, "said", "an official", None)]),
    Case("The vote was close - 51 to 49 - officials said.",
         [("R", "The vote was close - 51 to 49", 0, 29, "said", "officials", None)]),
    Case("Prices will rise next year, Tom Berg told The Herald.",
         [("R", "Prices will rise next year", 0, 26, "told", "Tom Berg", None)]),
    Case("Prices will rise next year, Tom Berg told reporters, and the bank would wait.",
         [("R", "Prices will rise next year", 0, 26, "told", "Tom Berg", None)]),
]

# English: what stands between a cue and "that", and the clause joins the constructor compiles
# (ReportedSpeech.__init__), and a participle's speaker taken from the direct quote before it
# (reported_speech hands the direct quotes' speakers to the sentence's readers)
CONSTRUCTED: list[Case] = [
    Case("Tom Berg said outside court that the pier would close.",
         [("R", "the pier would close", 33, 53, "said", "Tom Berg", None)]),
    Case("Tom Berg said on Tuesday that the pier would close.",
         [("R", "the pier would close", 30, 50, "said", "Tom Berg", None)]),
    Case("Tom Berg told his German counterpart, Klaus Weber, that the pier would close.",
         [("R", "the pier would close", 56, 76, "told", "Tom Berg", None)]),
    Case("Tom Berg told reporters that the pier would close.",
         [("R", "the pier would close", 29, 49, "told", "Tom Berg", None)]),
    Case("The pier would close ― Tom Berg boasted, as the crowd cheered.",
         [("R", "The pier would close", 0, 20, "boasted", "Tom Berg", None)]),
    Case("The pier would close, with Ana Ruiz saying that the council had no money and Tom Berg calling it a disgrace.",
         [("R", "the council had no money", 48, 72, "saying", "Ana Ruiz", None)]),
    Case('Tom Berg was defiant: "We will not give up," adding that the strike would go on.',
         [("D", "We will not give up,", 23, 43, None, "Tom Berg", None),
          ("R", "the strike would go on", 57, 79, "adding", "Tom Berg", None)]),
    Case('"We will not give up," said Tom Berg on Monday, adding that the strike would go on.',
         [("D", "We will not give up,", 1, 21, "said", "Tom Berg", None),
          ("R", "the strike would go on", 60, 82, "adding", "Tom Berg", None)]),
    Case(["The strike goes on.", 'Tom Berg was defiant: "We will not give up," adding that the strike would go on.'],
         [("D", "We will not give up,", 44, 64, None, "Tom Berg", None),
          ("R", "the strike would go on", 78, 100, "adding", "Tom Berg", None)]),
    Case(["Tom Berg runs the port.", "He said the pier would close.", "The mayor said the pier would reopen."],
         [("R", "the pier would close", 33, 53, "said", "Tom Berg", None),
          ("R", "the pier would reopen", 71, 92, "said", "The mayor", None)]),
]

# Spanish and French: a determiner and a noun after a time make the cue's object, and "que" a
# relative (ReportedSpeech.object_before_that); a place or a person after the time does not
OBJECT_BEFORE_THAT: list[Case] = [
    Case("El ministro explicó este lunes las obras que se harán en el puerto.", [], "es"),
    Case("El ministro dijo el lunes en la sede que las obras se harán en el puerto.",
         [("R", "las obras se harán en el puerto", 41, 72, "dijo", "El ministro", None)], "es"),
    Case("Le ministre a détaillé lundi les travaux que la ville fera au port.", [], "fr"),
    Case("Le ministre a détaillé lundi soir les travaux que la ville fera au port.", [], "fr"),
    Case("Le ministre a dit lundi soir que la ville fera des travaux au port.",
         [("R", "la ville fera des travaux au port", 33, 66, "a dit", "Le ministre", None)], "fr"),
]


@pytest.mark.parametrize("case", SOURCE_CLOSING)
def test_source_closing(case: Case) -> None:
    assert quotes_of(case) == case.expected


@pytest.mark.parametrize("case", OPINION_OPENING)
def test_opinion_opening(case: Case) -> None:
    assert quotes_of(case) == case.expected


@pytest.mark.parametrize("case", OBJECT_CUES)
def test_object_cues(case: Case) -> None:
    assert quotes_of(case) == case.expected


@pytest.mark.parametrize("case", TRAILING)
def test_trailing_attribution(case: Case) -> None:
    assert quotes_of(case) == case.expected


@pytest.mark.parametrize("case", CONSTRUCTED)
def test_constructed_patterns(case: Case) -> None:
    assert quotes_of(case) == case.expected


@pytest.mark.parametrize("case", OBJECT_BEFORE_THAT)
def test_object_before_that(case: Case) -> None:
    assert quotes_of(case) == case.expected
