"""Wrong or missing speakers of an unseen trial (trial 38), each row a short article in our own
words with every quote's opening words and its speaker in order (the pronoun as written when no
one is sure), and what the row checks.  Each family stands beside the near-misses that must keep
their answers:

- a person placed at a body whose name has ``of the`` or ends in an organisation word (``Ann
  Pike at the University of the Algarve, who ..., said``, ``... at the Hadley Institution of
  Marine Study, who ...``) speaks, never the place or the body;
- ``she`` after ``Local taxi driver Carol Hughes, 52, said ...`` is that woman: lower-case nouns
  before an occupation (``taxi driver``, ``dog walker``) keep the name the sentence's subject;
- ``she`` after ``Minister for Health Clare Dunne said ...`` is that minister: a title and the
  portfolio it holds before a name keep the name the subject;
- ``He told the jury ...`` or ``"...," he said.`` right after ``His barrister, Owen Price, argued
  that ...`` is that barrister, who reported words in the sentence before, though a possessive of
  the same gender opens it and the client was named before him;
- German ``Landwirt Jens Ott`` is Jens Ott: ``-wirt`` ends an occupation noun.
"""

from __future__ import annotations

import pytest

from quote_cases import OpeningRow, check_distinct_articles, check_openings

# (language, text, [(opening words of each quote, speaker)], what the row checks)
ROWS: list[OpeningRow] = [
    # X1: a German occupation noun in -wirt before a name is no part of the name
    (
        "de",
        "Glasfaser im Dorf\n\nLandwirt Jens Ott, 61, hat seinen Traktor verliehen. „Ohne Netz ziehen die Jungen weg“, "
        "sagt er.",
        [("Ohne Netz ziehen", "Jens Ott")],
        "a capitalised occupation in -wirt before the name",
    ),
    (
        "de",
        "Glasfaser im Dorf\n\nGastwirtin Petra Ott sagte, sie helfe gern. „Das Dorf braucht das“, sagte sie.",
        [("sie helfe gern", "Petra Ott"), ("Das Dorf braucht", "Petra Ott")],
        "a woman's occupation in -wirtin before the name",
    ),
    # W1: a person placed at a body with "of the" or an organisation word in its name
    (
        None,
        "Sponges older than thought\n\nAnn Pike at the University of the Algarve, who took no part in the survey, "
        "said that the sponge beds were centuries old.",
        [("the sponge beds", "Ann Pike")],
        "a person at a university named with 'of the', a relative clause before the cue",
    ),
    (
        None,
        "Wreck found intact\n\nTom Ridley at the Hadley Institution of Marine Study, who joined none of the dives, "
        "said that the hull was almost whole.",
        [("the hull was", "Tom Ridley")],
        "a person at a body whose name ends in an organisation word before 'of'",
    ),
    (
        "en-GB",
        "Sponges older than thought\n\nAnn Pike of the National Institution of the Sea, who took no part in the "
        "survey, says that the sponge beds are centuries old.",
        [("the sponge beds", "Ann Pike")],
        "two placing words in a row: 'of the' body and 'of the' place, a present-tense cue",
    ),
    (
        None,
        "Sponges older than thought\n\nAnn Pike at the University of Leeds, who took no part in the survey, "
        "said that the sponge beds were centuries old.",
        [("the sponge beds", "Ann Pike")],
        "near-miss: a body named without 'the' inside it",
    ),
    (
        None,
        "Budget passed\n\nGov. Ana Ortiz of Ohio, who signed the bill on Friday, said that schools would get more.",
        [("schools would get", "Ana Ortiz")],
        "near-miss: a place right after the name",
    ),
    (
        None,
        "Budget passed\n\nA spokesman for the Natural History Museum, who declined to be named, said that the "
        "galleries would reopen.",
        [("the galleries would", "A spokesman for the Natural History Museum")],
        "near-miss: a role for a body, not a person placed at it",
    ),
    # N1: lower-case nouns before a lower-case occupation before a name with an age
    (
        None,
        "Route cut again\n\nLocal taxi driver Carol Hughes, 52, said the fares had doubled. "
        '"Nobody can afford the trip now," she said.',
        [("the fares had", "Carol Hughes"), ("Nobody can afford", "Carol Hughes")],
        "she after a name with an age, a noun before its occupation noun",
    ),
    (
        "en-GB",
        "Beach ban row\n\nLocal dog walker Nina Patel, 38, said the ban had been rushed through. "
        "'We were never asked,' she said.",
        [("the ban had been", "Nina Patel"), ("We were never", "Nina Patel")],
        "she after an occupation in -er that is a surname too (walker), in lower case",
    ),
    (
        None,
        'Barn fire\n\nPolice found farmer Tom Hale, 61, in the yard. "It was over in minutes," she said.',
        [("It was over", "she")],
        "near-miss: a verb before the occupation, the name its object, no subject",
    ),
    # N2: a title and its portfolio before the name
    (
        "en-GB",
        "Clinic scheme delayed\n\nMinister for Health Clare Dunne said the scheme would open in May. "
        "'Nobody should wait ten years for a scan,' she said.",
        [("the scheme would", "Clare Dunne"), ("Nobody should wait", "Clare Dunne")],
        "she after 'Minister for Health NAME said'",
    ),
    (
        "en-GB",
        "Flood rules tightened\n\nMinister for the Environment Clare Dunne said the rules would apply from May. "
        "'Nobody should build on a flood plain,' she said.",
        [("the rules would", "Clare Dunne"), ("Nobody should build", "Clare Dunne")],
        "she after a portfolio with an article",
    ),
    (
        None,
        'Housing scheme delayed\n\nA spokesman for Clare Dunne said the scheme would open in May. "We are on '
        'track," he said.',
        [("the scheme would", "A spokesman for Clare Dunne"), ("We are on", "A spokesman")],
        "near-miss: a role for the person named right after the link",
    ),
    # N3: the subject who spoke in the sentence before, after a possessive of the same gender
    (
        None,
        "Crash trial\n\nMarcus Hale did not give evidence. His barrister, Owen Price, argued that the driver had "
        "seconds to react. He told the jury the footage proved it.",
        [("the driver had", "Owen Price"), ("the footage proved", "Owen Price")],
        "he after an apposed subject, owned by 'His', that reported words in the sentence before",
    ),
    (
        None,
        "Crash trial\n\nMarcus Hale did not give evidence. His barrister, Owen Price, argued that the driver had "
        'seconds to react. "He had no way out," he said.',
        [("the driver had", "Owen Price"), ("He had no way out", "Owen Price")],
        "he after a quotation, the sentence before opened by an apposed subject that reported words",
    ),
    (
        None,
        "Crash trial\n\nRosa Hale did not give evidence. Her lawyer, Dana Price, argued that the driver had seconds "
        "to react. She told the jury the footage proved it.",
        [("the driver had", "Dana Price"), ("the footage proved", "Dana Price")],
        "she after an apposed subject, owned by 'Her', that reported words",
    ),
    (
        None,
        "Vote delayed\n\nTheresa Cole spoke first. Her deputy, Will Hurd, said the plan was flawed. "
        "He said the vote should wait.",
        [("the plan was", "Will Hurd"), ("the vote should", "Will Hurd")],
        "he after an apposed subject owned by a woman, who reported words",
    ),
    (
        None,
        'Vote delayed\n\nMary Cole said the plan was flawed. Her deputy, Will Hurd, nodded. "We will wait," he said.',
        [("the plan was", "Mary Cole"), ("We will wait", "Will Hurd")],
        "near-miss: an apposed subject owned by a woman who spoke, for he",
    ),
]

def test_no_duplicate_rows() -> None:
    check_distinct_articles(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[row[3] for row in ROWS])
def test_speakers(row: OpeningRow) -> None:
    check_openings(row)
