"""Readings that trial 35's unseen articles got wrong, left unresolved or missed: a plural noun
before ``across`` or ``throughout`` and a place is the speaker, not the place (``Pharmacists
across Ohio say ...``); a possessor of several capitalised words opening a sentence (``Ms Barker's
father, David Barker,``) sets off the name after it as the sentence's subject, as a one-word
possessor does, so a later pronoun finds it; a count after a word such as ``nearly`` opens the
clause after ``said`` however long its noun phrase (``said nearly 40 per cent of its members had
...``); short regular pasts that are never a passive's participle (``died``, ``lied``) show a
clause after ``said`` as longer ones do.  Each row of ``TABLE`` failed on 8d26c445; the rows of
``CONTROLS`` read the same before and after."""

from __future__ import annotations

import pytest

from quote_cases import quote_speakers

TABLE = [
    # (language, text, [(quote text, speaker)])
    # a plural noun, then a place after "across" or "throughout": the noun speaks
    (
        None,
        "Nurses across the region say they are working double shifts to cover vacancies.",
        [("they are working double shifts to cover vacancies", "Nurses")],
    ),
    (
        None,
        "Parents across Kent said the new bus timetable had left children waiting in the dark.",
        [("the new bus timetable had left children waiting in the dark", "Parents")],
    ),
    (
        None,
        "Shopkeepers throughout Old Town said the roadworks had cut their takings in half.",
        [("the roadworks had cut their takings in half", "Shopkeepers")],
    ),
    # a possessor of several capitalised words, then the name set off by commas
    (
        "en-GB",
        "The hearing was adjourned.\n\nMr Okoye's sister, Grace Okoye, said the family had not been told of the "
        "delay. 'We found out from the radio,' she said.",
        [("the family had not been told of the delay", "Grace Okoye"), ("We found out from the radio,", "Grace Okoye")],
    ),
    (
        None,
        "The verdict came after two days.\n\nTom Berg's lawyer, Ana Ruiz, said her client would appeal. "
        '"We expected this verdict," she said.',
        [("her client would appeal", "Ana Ruiz"), ("We expected this verdict,", "Ana Ruiz")],
    ),
    # a count after a word of COUNT_LEADS, its verb beyond the short look-ahead
    (
        None,
        "The union said nearly 40 per cent of its members had been threatened at work.",
        [("nearly 40 per cent of its members had been threatened at work", "The union")],
    ),
    (
        None,
        "Officials said almost two-thirds of the county's wells had run dry by August.",
        [("almost two-thirds of the county's wells had run dry by August", "Officials")],
    ),
    # short regular pasts after a bare noun phrase
    (
        None,
        "Police said four climbers died on the north face overnight.",
        [("four climbers died on the north face overnight", "Police")],
    ),
    (
        None,
        "The senator said rivals lied about the cost of the bridge.",
        [("rivals lied about the cost of the bridge", "The senator")],
    ),
]

CONTROLS = [
    # a place after "in" was read right before
    (
        None,
        "Pharmacists in Ohio say they are turning away patients with prescriptions for stimulants.",
        [("they are turning away patients with prescriptions for stimulants", "Pharmacists")],
    ),
    # a person's description with "across" inside a relative clause
    (
        None,
        'Ana Ruiz, who lives across the street, said the noise was unbearable. "I have not slept in a week," she said.',
        [("the noise was unbearable", "Ana Ruiz"), ("I have not slept in a week,", "Ana Ruiz")],
    ),
    # a one-word possessive determiner before the role
    (
        None,
        "The climber died in October.\n\nHer father, David Barker, said the family wanted answers. "
        '"She was careful," he said.',
        [("the family wanted answers", "David Barker"), ("She was careful,", "David Barker")],
    ),
    # counts with a verb close behind, and "used" as an adjective
    (
        None,
        "Harbourside Bank said more than 300 customers visited the branch each week.",
        [("more than 300 customers visited the branch each week", "Harbourside Bank")],
    ),
    (
        None,
        "The dealer said used cars were selling faster than new ones.",
        [("used cars were selling faster than new ones", "The dealer")],
    ),
    # a short past that may be a passive's participle shows no clause ("notes" is no cue here)
    (None, "Net proceeds from the sale of the notes will be used for general corporate purposes.", []),
    # "about" as a preposition after "said": nothing reported
    (None, "The mayor said nothing about the budget on Tuesday.", []),
]

@pytest.mark.parametrize(("language", "text", "expected"), TABLE)
def test_readings_of_trial_35(language: str | None, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quote_speakers(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), CONTROLS)
def test_trial_35_controls(language: str | None, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quote_speakers(text, language) == expected
