"""Speaker resolution of issue 5 (spk54, stop 47): the real speaker errors left on PolNeAR, each
read as grammar.  Two subjects joined at the sentence's start both speak (``The mayor and the
harbour master said``, ``Ward and Price issued a statement saying``), never the first or the second
alone.  Each row is a text we wrote and the exact quotes that must come out: ``(text, kind, speaker's
name, speaker's mention)``."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

IND, DIR, MIX = QuoteKind.INDIRECT, QuoteKind.DIRECT, QuoteKind.MIXED
Row = tuple[str, QuoteKind, "str | None", "str | None"]

COORDINATED = [
    # two phrases joined at the sentence's start: both speak
    (
        "The mayor and the harbour master said the dredging would start in May.",
        [("the dredging would start in May", IND, "The mayor and the harbour master", "The mayor and the harbour master")],
    ),
    (
        "The union and the council said the strike was over.",
        [("the strike was over", IND, "The union and the council", "The union and the council")],
    ),
    (
        "The ferry was late again. The captain and the purser told passengers that the engine had failed.",
        [("the engine had failed", IND, "The captain and the purser", "The captain and the purser")],
    ),
    (
        "Okafor and his lawyers said the ruling would be appealed.",
        [("the ruling would be appealed", IND, "Okafor and his lawyers", "Okafor and his lawyers")],
    ),
    # the subject of a statement issued: both, not the first alone
    (
        "Ward and Price issued a statement saying the talks had been a \u201cuseful first step\u201d for the port.",
        [("the talks had been a \u201cuseful first step\u201d for the port", MIX, "Ward and Price", "Ward and Price")],
    ),
    (
        "The mayor and the harbour master issued a statement calling the talks a \u201cuseful first step.\u201d",
        [("useful first step.", DIR, "The mayor and the harbour master", "The mayor and the harbour master")],
    ),
    # precision: a phrase before the coordinator that names no speaker leaves the second alone
    (
        "The plan and the harbour master said nothing would change.",
        [("nothing would change", IND, "the harbour master", "the harbour master")],
    ),
    # precision: a pronoun first keeps the phrase after it, as before
    (
        "She and her aides said the vote would be held on Monday.",
        [("the vote would be held on Monday", IND, "her aides", "her aides")],
    ),
    (
        "He and his aides issued a statement saying the vote would be held on Monday.",
        [("the vote would be held on Monday", IND, "He", "He")],
    ),
    # precision: a possessive in the second phrase leaves the first, as before
    (
        "Ward and Price's lawyer issued a statement saying the talks were useful.",
        [("the talks were useful", IND, "Ward", "Ward")],
    ),
    # precision: an object after a verb is no subject
    (
        "The mayor met the governor and his aides said the talks had stalled.",
        [("the talks had stalled", IND, "his aides", "his aides")],
    ),
    (
        "Ward met Price on Monday, saying the talks were useful.",
        [("the talks were useful", IND, "Ward", "Ward")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated_subjects_speak_together(text: str, expected: list[Row]) -> None:
    assert mention_rows(text) == expected


UNCLOSED = [
    # an appositive after a quotation missing its closing comma, its noun for one person by its ending
    (
        "\u201cWe need a new plan for the quay,\u201d Helen Ward, a union organizer said.",
        [("We need a new plan for the quay,", DIR, "Helen Ward", "Helen Ward")],
    ),
    (
        "\u201cWe need a new plan for the quay,\u201d Helen Ward, a union organiser told reporters on Friday.",
        [("We need a new plan for the quay,", DIR, "Helen Ward", "Helen Ward")],
    ),
    (
        "Helen Ward, a union organizer said the plan for the quay had failed.",
        [("the plan for the quay had failed", IND, "Helen Ward", "Helen Ward")],
    ),
    # precision: a thing by the same ending names no one, so no one speaks; people in the plural speak
    (
        "Helen Ward, the union computer said the plan for the quay had failed.",
        [("the plan for the quay had failed", IND, None, None)],
    ),
    (
        "Helen Ward, union organizers said the plan for the quay had failed.",
        [("the plan for the quay had failed", IND, "union organizers", "union organizers")],
    ),
    # precision: a place set off before the phrase, which speaks
    (
        "\u201cWe need a new plan for the quay,\u201d Cape Town, a union organizer said.",
        [("We need a new plan for the quay,", DIR, "a union organizer", "a union organizer")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCLOSED)
def test_unclosed_appositive_by_noun_ending(text: str, expected: list[Row]) -> None:
    assert mention_rows(text) == expected


STRAY = [
    # a straight mark that opens a paragraph right before a curly opening mark is a stray one
    (
        '"\u201cWe will not sail until the crews are paid,\u201d Ward said on Monday.',
        [("We will not sail until the crews are paid,", DIR, "Ward", "Ward")],
    ),
    (
        '"\u201cWe will not sail,\u201d Ward told the crews, \u201cnot this week.\u201d"',
        [("We will not sail,", DIR, "Ward", "Ward"), ("not this week.", DIR, "Ward", "Ward")],
    ),
    # precision: a paragraph of an excerpt in straight marks stays one quotation that holds another
    (
        '"Ward walked onto the stage, chanting \u201cNo more cuts!\u201d',
        [("Ward walked onto the stage, chanting \u201cNo more cuts!\u201d", DIR, None, None)],
    ),
    # precision: a straight pair quotes, curly marks inside or not
    (
        '"Ward said \u201cno\u201d to the plan," Price said.',
        [("Ward said \u201cno\u201d to the plan,", DIR, "Price", "Price")],
    ),
    (
        '"We will not sail," Ward said, \u201cand the crew agrees.\u201d',
        [("We will not sail,", DIR, "Ward", "Ward"), ("and the crew agrees.", DIR, "Ward", "Ward")],
    ),
    # precision: a straight opener closed by a curly mark is one quotation, as before
    (
        '"The port is going after every ship it can find,\u201d Ward added. \u201cWe would lose.\u201d',
        [("The port is going after every ship it can find,", DIR, "Ward", "Ward"), ("We would lose.", DIR, "Ward", "Ward")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRAY)
def test_stray_straight_mark_before_curly_opening(text: str, expected: list[Row]) -> None:
    assert mention_rows(text) == expected


TAGGED = [
    # a party's tag in brackets between a name and its appositive missing the closing comma
    (
        "Sen. Helen Ward (D-N.Y.), a supporter of the harbour plan told reporters the council would release the report.",
        [("the council would release the report", IND, "Helen Ward", "Sen. Helen Ward")],
    ),
    (
        "Helen Ward (R-Texas), a union organizer said the council would release the report.",
        [("the council would release the report", IND, "Helen Ward", "Helen Ward")],
    ),
    (
        "\u201cWe must act,\u201d Helen Ward (R-Texas), a union organizer said.",
        [("We must act,", DIR, "Helen Ward", "Helen Ward")],
    ),
    # precision: others who speak after the tag, and an agency's tag after a place
    (
        "Helen Ward (R-Texas), her lawyer said the council would release the report.",
        [("the council would release the report", IND, "her lawyer", "her lawyer")],
    ),
    (
        "New Bern (AP), a shipping analyst said the council would release the report.",
        [("the council would release the report", IND, "a shipping analyst", "a shipping analyst")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TAGGED)
def test_name_before_party_tag_and_unclosed_appositive(text: str, expected: list[Row]) -> None:
    assert mention_rows(text) == expected


LISTED = [
    # a list of surnames that opens the sentence, each person named in full before: all of them
    (
        "Helen Ward, Tom Price and Ada Okafor run the dock committee.\n\nWard, Price and Okafor said the talks were useful.",
        [("the talks were useful", IND, "Helen Ward, Tom Price and Ada Okafor", "Ward, Price and Okafor")],
    ),
    # the same list as the subject of a verb a later cue is joined to
    (
        "Helen Ward, Tom Price and Ada Okafor run the dock committee.\n\n"
        "Ward, Price and Okafor have all described the talks as routine and say they will not return.",
        [("they will not return", IND, "Helen Ward, Tom Price and Ada Okafor", "Ward, Price and Okafor")],
    ),
    # after an opening phrase, two joined subjects of a verb a later cue is joined to: both
    (
        "On Monday, the mayor and the harbour master toured the dock and said the cranes were unsafe.",
        [("the cranes were unsafe", IND, "the mayor and the harbour master", "the mayor and the harbour master")],
    ),
    (
        "On Monday, the mayor toured the dock and said the cranes were unsafe.",
        [("the cranes were unsafe", IND, "the mayor", "the mayor")],
    ),
    # precision: a word no one in the article is named by opens the sentence, so the list is not read
    (
        "Helen Ward, Tom Price and Ada Okafor run the dock committee.\n\nLater, Price and Okafor said the talks were useful.",
        [("the talks were useful", IND, "Tom Price and Ada Okafor", "Price and Okafor")],
    ),
    # (a capitalised word no adverb, place, day or month before the pair is a surname of the list,
    # named in full before or not: wv59)
    (
        "Tom Price and Ada Okafor run the dock committee.\n\nWard, Price and Okafor said the talks were useful.",
        [("the talks were useful", IND, "Ward, Tom Price and Ada Okafor", "Ward, Price and Okafor")],
    ),
    # precision: an age set off after a name is no surname of a list
    (
        "Emma Clarke, 31, and her husband, James, said the talks were useful.",
        [("the talks were useful", IND, "Emma Clarke and James", "Emma Clarke, 31, and her husband, James")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_listed_surnames_speak_together(text: str, expected: list[Row]) -> None:
    assert mention_rows(text) == expected


GERUND_LEAD = [
    # a gerund cue after "before", "after" or "while": the subject of the verb before it speaks
    (
        "\u201cWe will not sail,\u201d Ward responded before adding that the crews would be paid in May.",
        [("We will not sail,", DIR, "Ward", "Ward"), ("the crews would be paid in May", IND, "Ward", "Ward")],
    ),
    (
        "The harbour master paused while explaining that the crane had failed.",
        [("the crane had failed", IND, "The harbour master", "The harbour master")],
    ),
    # precision: no verb right before the preposition, or "without": no one is made to speak
    ("Ward spoke to Price before adding that the crews would be paid in May.", []),
    (
        "\u201cWe will not sail,\u201d Ward said without adding that the crews would be paid.",
        [("We will not sail,", DIR, "Ward", "Ward")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GERUND_LEAD)
def test_gerund_after_preposition_speaks_for_clause_subject(text: str, expected: list[Row]) -> None:
    assert mention_rows(text) == expected
