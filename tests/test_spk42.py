"""Speaker accuracy by general grammar (spk42, issue 5).  Invented stories; each row is the text
and exactly what must come out: ``(quoted words, speaker's name, speaker's mention)`` per quote.

1. An abbreviation a desk writes before a full name and then before the surname alone names that
   person (``Adv. Thandeka Nkosi`` ... ``Adv. Nkosi said``): the index files the pair
   (``PersonIndex.abbreviated_title``); a word that is no abbreviation joins no surname.
2. A share opened by a count for more than one (``Some of them``, ``Many of those``, ``Two of the
   residents``) is a group of people, never what ``it`` refers to; a pointing pronoun after ``of``
   ends the speaker's phrase (``Many of those said``).
3. A bare plural of things (``figures``, ``records``, ``official data``) as the subject of a summing
   relative clause (``a claim that figures disputed, saying ...``) speaks for no one, and the
   sentence's subject does not take the participle's words.
4. A role of lower-case words after a capitalised participle or adjective before a name
   (``Defending world champion Ana Ruiz said``), an inverted cue before a noun and its article
   (``..., said the harbour master.``) and a setting after an attribution (``ahead of the vote``,
   ``told reporters on Monday, adding ...``).
5. Found among the remaining misses: a count and what it counts speak (``Several of them said``,
   ``Several of the tenants``, ``Most said``), and a cue inside a relative clause set off by commas
   (``Tom Berg, who declined to comment, had a simple message: "..."``) attributes nothing.
"""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow as Row
from quote_cases import speaker_rows as quotes_of

ABBREVIATED_TITLES = [
    ("Adv. Thandeka Nkosi, who represents the families, asked the court for more time. "
     "\u201cWe have not seen a single page of the records,\u201d Adv. Nkosi said.",
     [("We have not seen a single page of the records,", "Thandeka Nkosi", "Adv. Nkosi")]),
    ("Cllr. Ruth Amadi chairs the housing committee. \u201cThe waiting list is longer than it has ever been,\u201d "
     "said Cllr. Amadi.",
     [("The waiting list is longer than it has ever been,", "Ruth Amadi", "Cllr. Amadi")]),
    ("The families' lawyer, Adv. Lerato Dube, filed the papers on Friday. The eviction orders were unlawful, said "
     "Adv. Dube.",
     [("The eviction orders were unlawful", "Lerato Dube", "Adv. Dube")]),
]

# guards (they pass on the base): two people after the same abbreviation, the surname alone names
# neither (kills the mutant that keeps the first name under the pair, `titled[key] = person.name`); nor
# does an abbreviation never written before the full name (kills a lookup by the surname alone)
UNJOINED_TITLES = [
    ("Adv. Thandeka Nkosi and Adv. Sipho Nkosi argued for the families. \u201cWe have not seen the records,\u201d "
     "Adv. Nkosi said.",
     [("We have not seen the records,", "Adv. Nkosi", "Adv. Nkosi")]),
    ("Thandeka Nkosi argued for the families. \u201cWe have not seen the records,\u201d Adv. Nkosi said.",
     [("We have not seen the records,", "Adv. Nkosi", "Adv. Nkosi")]),
]


@pytest.mark.parametrize(("text", "expected"), ABBREVIATED_TITLES + UNJOINED_TITLES)
def test_an_abbreviation_before_a_surname_names_the_person_it_was_written_before(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


PEOPLE_SHARES = [
    ("Dozens of families gathered outside the council offices on Monday. Some of them said the rent rise would "
     "force them out. It said the increase was needed to repair the flats.",
     [("the rent rise would force them out", "Some of them", "Some of them"),
      ("the increase was needed to repair the flats", "It", "It")]),
    ("Dozens of families gathered outside the council offices on Monday. Many of those said the rent rise would "
     "force them out. It said the increase was needed to repair the flats.",
     [("the rent rise would force them out", "Many of those", "Many of those"),
      ("the increase was needed to repair the flats", "It", "It")]),
    ("Dozens of families gathered outside the council offices on Monday. Twelve of them said the rent rise "
     "would force them out. It said the increase was needed to repair the flats.",
     [("the rent rise would force them out", "Twelve of them", "Twelve of them"),
      ("the increase was needed to repair the flats", "It", "It")]),
    ("The Harlow Housing Trust raised rents on Monday. Tenants said the rise would force them out. It said the "
     "increase was needed to repair the flats.",
     [("the rise would force them out", "Tenants", "Tenants"),
      ("the increase was needed to repair the flats", "It", "It")]),
    # (a group still takes "they")
    ("Dozens of families gathered outside the council offices on Monday. Most of those said the rent rise "
     "would force them out. They said they would appeal.",
     [("the rent rise would force them out", "Most of those", "Most of those"),
      ("they would appeal", "Most of those", "They")]),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_SHARES)
def test_a_share_of_people_is_never_it(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


THINGS_IN_SUMMARY = [
    ("Mayor Ana Ortiz called the crime rate \u201ca triumph,\u201d a claim that figures disputed, saying burglaries "
     "had risen.",
     [("a triumph,", "Ana Ortiz", "Mayor Ana Ortiz")]),
    ("Mayor Ana Ortiz called the crime rate \u201ca triumph,\u201d a claim that official data disputed, saying "
     "burglaries had risen.",
     [("a triumph,", "Ana Ortiz", "Mayor Ana Ortiz")]),
    ("Mayor Ana Ortiz called the crime rate \u201ca triumph,\u201d a claim that police records contradicted, saying "
     "burglaries had risen.",
     [("a triumph,", "Ana Ortiz", "Mayor Ana Ortiz")]),
    # (a guard, passing on the base: people still speak there; kills the mutant that reads every bare
    # plural as things in summary_thing_subject)
    ("Mayor Ana Ortiz called the crime rate \u201ca triumph,\u201d a claim that local shopkeepers flatly denied, "
     "saying burglaries had risen.",
     [("a triumph,", "Ana Ortiz", "Mayor Ana Ortiz"), ("burglaries had risen", "local shopkeepers", "local shopkeepers")]),
]


@pytest.mark.parametrize(("text", "expected"), THINGS_IN_SUMMARY)
def test_a_bare_plural_of_things_in_a_summing_clause_speaks_for_no_one(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


ROLE_PHRASES = [
    ("Defending world champion Ana Ruiz said the course was the hardest she had raced.",
     [("the course was the hardest she had raced", "Ana Ruiz", "Defending world champion Ana Ruiz")]),
    ("Reigning world champion Tom Berg said on Sunday that he would skip the indoor season.",
     [("he would skip the indoor season", "Tom Berg", "Reigning world champion Tom Berg")]),
    ("Outgoing national team striker Lena Brandt told reporters the squad was exhausted.",
     [("the squad was exhausted", "Lena Brandt", "Outgoing national team striker Lena Brandt")]),
]

INVERTED_NOUNS = [
    ("The channel would stay closed until the storm passed, said the harbour master.",
     [("The channel would stay closed until the storm passed", "the harbour master", "the harbour master")]),
    ("The ferries will not sail before Friday, said a ferry operator on Tuesday.",
     [("The ferries will not sail before Friday", "a ferry operator", "a ferry operator")]),
    ("The barley harvest was the worst in a decade, said the farmer.",
     [("The barley harvest was the worst in a decade", "the farmer", "the farmer")]),
    # (set off inside the sentence, as "The plan, said the mayor, was too costly" reads)
    ("The channel, said the harbour master, would stay closed until Friday.",
     [("The channel, said the harbour master, would stay closed until Friday", "the harbour master", "the harbour master")]),
]

SETTINGS_AFTER = [
    ("Turnout would be low, Ortiz said ahead of the vote.", [("Turnout would be low", "Ortiz", "Ortiz")]),
    ("Turnout would be low, said Ana Ortiz ahead of Sunday's vote.", [("Turnout would be low", "Ana Ortiz", "Ana Ortiz")]),
    ("Ortiz said ahead of the vote that turnout would be low.", [("turnout would be low", "Ortiz", "Ortiz")]),
    ("Turnout would be low, said Ana Ortiz prior to the vote.", [("Turnout would be low", "Ana Ortiz", "Ana Ortiz")]),
    ("The party would win a majority, Berg told reporters on Monday, adding that the polls were wrong.",
     [("The party would win a majority", "Berg", "Berg"), ("the polls were wrong", "Berg", "Berg")]),
    ("The party would win a majority, Berg told the BBC ahead of the vote, adding that the polls were wrong.",
     [("The party would win a majority", "Berg", "Berg"), ("the polls were wrong", "Berg", "Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_PHRASES + INVERTED_NOUNS + SETTINGS_AFTER)
def test_roles_inverted_nouns_and_settings(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a count alone or before "of" and what it counts is the subject and speaks (people, never "it"):
# "Several of the tenants" is no "Several" that names no one
COUNTED_SUBJECTS = [
    ("The families met the landlord on Monday. Several of them said the rent rise would force them out.",
     [("the rent rise would force them out", "Several of them", "Several of them")]),
    ("The families met the landlord on Monday. Several of the tenants said the rent rise would force them out. "
     "They said they would appeal.",
     [("the rent rise would force them out", "Several of the tenants", "Several of the tenants"),
      ("they would appeal", "Several of the tenants", "They")]),
    ("The families met the landlord on Monday. Several said the rent rise would force them out.",
     [("the rent rise would force them out", "Several", "Several")]),
    ("The families met the landlord on Monday. Most said the rent rise would force them out. It said the increase "
     "was needed to repair the roof.",
     [("the rent rise would force them out", "Most", "Most"),
      ("the increase was needed to repair the roof", "It", "It")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_SUBJECTS)
def test_a_count_and_what_it_counts_speak(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a cue inside a relative clause set off by commas before the quotation ("who declined to comment") is the
# clause's verb, no attribution: the sentence's subject speaks the quotation after the colon
RELATIVE_CUES = [
    ("Tom Berg, who declined to comment for this article, had a simple message for the crowd: "
     "\u201cRenters deserve better.\u201d",
     [("Renters deserve better.", "Tom Berg", "Tom Berg")]),
    ("Ana Ortiz, who would not comment on the audit, proposes new wording for the charter: "
     "\u201cNo tenant shall be evicted in winter.\u201d",
     [("No tenant shall be evicted in winter.", "Ana Ortiz", "Ana Ortiz")]),
    ("Lena Brandt, who refused to say how she would vote, had one message for the council: \u201cListen to the "
     "people who live here.\u201d",
     [("Listen to the people who live here.", "Lena Brandt", "Lena Brandt")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CUES)
def test_a_cue_inside_a_closed_relative_clause_attributes_nothing(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
