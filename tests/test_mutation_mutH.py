"""Survivors of the mutation pass over ``quotes/reported.py`` (issue 8, the ``mutH`` pass: the
mutants on lines changed since ``be06aea``; see docs/testing.md).  Each case is a paragraph (or
paragraphs joined by a blank line) as wires and web pages print them, with the bad shape and the
good shape side by side where a rule tells them apart.

``CASES`` checks every quote a fresh parser (of the case's language pack, if any) reads:
``(kind, text, start, end, cue, speaker's name, source)`` in order, after checking that each
quote's span and its speaker's span slice the text back to them, and that its paragraph is the one
its span lies in."""

from __future__ import annotations

import pytest

from quote_cases import Case, quotes_of

CASES: list[Case] = [
    # read_particle_tail: the comma before "so" is looked for in the sentence, not past its end
    # (a comma in the next sentence does not hide the attribution); the next sentence, in the
    # subjunctive, goes on with Miersch's words (langL: ReportedSpeech.subjunctive_continuation)
    Case(
        "Die Stadt brauche mehr Geld, so Miersch. Die Schule sei alt, der Bau dauere lange.",
        [
            ("R", "Die Stadt brauche mehr Geld", 0, 27, "so", "Miersch", None),
            ("R", "Die Schule sei alt, der Bau dauere lange", 41, 81, None, "Miersch", None),
        ],
        "de",
    ),
    # a sentence of three words before the particle is reported words (MIN_WORDS is 3)
    Case("Die Preise steigen, so Miersch.", [("R", "Die Preise steigen", 0, 18, "so", "Miersch", None)], "de"),
    # two sentences each closed by "so" and a speaker: each its own speaker's (the particle of the
    # first sentence is no second speaker inside the second one's words)
    Case(
        "Die Stadt habe gespart, so Miersch. Sie brauche trotzdem mehr Geld, so Lang.",
        [
            ("R", "Die Stadt habe gespart", 0, 22, "so", "Miersch", None),
            ("R", "Sie brauche trotzdem mehr Geld", 36, 66, "so", "Lang", None),
        ],
        "de",
    ),
    # words with a quotation inside are mixed; a quotation in an earlier sentence leaves them reported
    Case(
        "Die Stadt brauche „viel mehr Geld“ für die Schulen, so Miersch.",
        [("M", "Die Stadt brauche „viel mehr Geld“ für die Schulen", 0, 50, "so", "Miersch", None)],
        "de",
    ),
    Case(
        "„Wir sind bereit“, sagte Lang. Die Stadt brauche mehr Geld, so Miersch.",
        [
            ("D", "Wir sind bereit", 1, 16, "sagte", "Lang", None),
            ("R", "Die Stadt brauche mehr Geld", 31, 58, "so", "Miersch", None),
        ],
        "de",
    ),
    # a cue inside the words closed by "so" reads nothing of its own: the tail claims the sentence
    Case(
        "Die Stadt habe erklärt, sie brauche mehr Geld, so Miersch.",
        [("R", "Die Stadt habe erklärt, sie brauche mehr Geld", 0, 45, "so", "Miersch", None)],
        "de",
    ),
    # content_after: a source set off by commas right after the cue, then a clause without "that"
    # (the cue's own words, the source the quote's); after "adding" the clause must show a verb
    Case(
        "Tom Berg confirmed, according to Reuters, the plan was dead.",
        [("R", "the plan was dead", 42, 59, "confirmed", "Tom Berg", "Reuters")],
    ),
    # (a cue that takes no bare clause reads nothing after the source, and the words before the
    # source end in that cue: no clause the source said, no quote (fixD; the pass pinned "Tom Berg
    # denied" for Reuters))
    Case("Tom Berg denied, according to Reuters, the claims against him.", []),
    Case(
        "The mayor left the hall, adding, according to Reuters, the plan was dead.",
        [("R", "the plan was dead", 55, 72, "adding", "The mayor", "Reuters")],
    ),
    Case("The mayor left the hall, adding, according to Reuters, an hour to each trip.", []),
    # the person told, then an aside: only "that" opens the words (told takes no bare clause there)
    Case(
        "Tom Berg told reporters, as expected, that the bridge would close.",
        [("R", "the bridge would close", 43, 65, "told", "Tom Berg", None)],
    ),
    Case("Tom Berg told reporters, as expected, the bridge would close.", []),
    # after "adding" and an aside, a clause without "that" must show a verb early
    Case(
        "The mayor left the hall, adding, as expected, the plan was dead.",
        [("R", "the plan was dead", 46, 63, "adding", "The mayor", None)],
    ),
    Case("The mayor left the hall, adding, as expected, an hour to each trip.", []),
    # read_trailing: a name set off by commas before its description speaks, the words ending at the
    # comma before the name (the last one, not the first), also with a description of two words and
    # no link word (its head is its last word before the cue)
    Case(
        "Prices rose in May, and output may fall, Tom Berg, chairman of the coffee association told Reuters.",
        [("R", "Prices rose in May, and output may fall", 0, 39, "told", "Tom Berg", None)],
    ),
    Case(
        "Coffee output may fall, Tom Berg, a farmer told Reuters.",
        [("R", "Coffee output may fall", 0, 22, "told", "Tom Berg", None)],
    ),
    # only "told" and its kind name a person told before the end: "wrote The Herald" does not close
    # an attribution, and the inverted "said the minister" after a name and its description reads nothing
    Case("The plan was dead, Tom Berg wrote The Herald.", []),
    Case("Coffee output may fall, Tom Berg, chairman of the coffee association, said the minister.", []),
    # a conjunction after the attribution ends it only when the words before are a clause
    Case("In the early spring, the mayor said, when the snow melted.", []),
    Case(
        "The bridge will close in May, police said, when the storm passed.",
        [("R", "The bridge will close in May", 0, 28, "said", "police", None)],
    ),
    # a subject with a relative clause is refused only before an inverted cue: before "Tom Berg said"
    # the words with their own verb are reported
    Case(
        "The pastor, who had driven all night, was tired, Tom Berg said.",
        [("R", "The pastor, who had driven all night, was tired", 0, 47, "said", "Tom Berg", None)],
    ),
    # reported_speech: a report cue that reads no speech ("had been reported") leaves the later cues
    # of its sentence to be read
    Case(
        "The theft had been reported in May and Ana Ortiz said the police came too late.",
        [("R", "the police came too late", 54, 78, "said", "Ana Ortiz", None)],
    ),
    # name_before_description: a scrape with no space after the comma before the name
    Case(
        "The port will close,Tom Berg, a farmer told Reuters.",
        [("R", "The port will close", 0, 19, "told", "Tom Berg", None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: (c.pieces if isinstance(c.pieces, str) else c.pieces[0])[:40])
def test_quotes(case: Case) -> None:
    assert quotes_of(case) == case.expected
