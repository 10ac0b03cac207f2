"""Wrong speakers of issue 5 (spkO): a pronoun after someone new named in apposition to a role
given to an earlier subject, the one told (``told Sky Sports:``) read as the speaker when a
relative clause stands between the subject and the cue, a surname resolved to a place or a body
named alike and a body's name to a person, a passive's agent read as the subject, an answer given
to the one who asked, a weekday that opens a name read as a day.  Each table holds the bad shape
beside near-misses that must not change."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow, speaker_rows

# (text, quotes): "The senator, Thomas Reed, disagreed." introduces someone new; a pronoun after it
# is that person's, not an earlier subject's that no quotation speaks
APPOSED_NEWCOMERS: list[tuple[str, list[SpeakerRow]]] = [
    ('Senator Maria Delgado called the bill reckless. The senator, Thomas Reed, disagreed. "It is overdue," he said.',
     [("It is overdue,", "Thomas Reed", "he")]),
    ('Governor Ann Kell praised the plan. The mayor, Paul Ortiz, objected. "We cannot afford it," he said.',
     [("We cannot afford it,", "Paul Ortiz", "he")]),
    ('Judge Lena Marsh read the verdict. A juror, Colin Reyes, wept. "It was hard," he said.',
     [("It was hard,", "Colin Reyes", "he")]),
    # (a last speaker of either gender before the newcomer stays: test_spkb_nearer_subjects)
    ('"It is reckless," Maria Delgado said. The mayor, Paul Ortiz, nodded. "It is overdue," she said.',
     [("It is reckless,", "Maria Delgado", "Maria Delgado"), ("It is overdue,", "Maria Delgado", "she")]),
    # (near-misses: a newcomer with no role before him, a role with no name, a possessive's owner)
    ('Robin Mills spoke first. Sam Grant stood up. "It is overdue," he said.', [("It is overdue,", "he", "he")]),
    # (given names of one sex each, GIVEN_NAMES: the man)
    ('Sarah Mills spoke first. Paul Grant stood up. "It is overdue," he said.', [("It is overdue,", "Paul Grant", "he")]),
    ('"It is reckless," Tom Berg said. The mayor declined to comment. "It is overdue," he said.',
     [("It is reckless,", "Tom Berg", "Tom Berg"), ("It is overdue,", "Tom Berg", "he")]),
    ('"It is reckless," Tom Berg said. Her deputy, Will Hurd, disagreed. "It is overdue," she said.',
     [("It is reckless,", "Tom Berg", "Tom Berg"), ("It is overdue,", "she", "she")]),
    ('Senator Maria Delgado called the bill reckless. "It is overdue," she said.',
     [("It is overdue,", "Maria Delgado", "she")]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_NEWCOMERS)
def test_a_pronoun_after_an_apposed_newcomer(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# (text, quotes): the object of "told" is the one told, never the speaker; the subject before a
# relative clause set off by commas is
TOLD: list[tuple[str, list[SpeakerRow]]] = [
    ('The striker, who scored twice, told Sky Sports: "We deserved the win."',
     [("We deserved the win.", "The striker", "The striker")]),
    ('The minister, who resigned on Monday, told the BBC: "I have no regrets."',
     [("I have no regrets.", "The minister", "The minister")]),
    ('The goalkeeper, who saved two penalties, told reporters: "I guessed right."',
     [("I guessed right.", "The goalkeeper", "The goalkeeper")]),
    ('The nurse, who has worked there for years, informed Harbour Radio: "We are full."',
     [("We are full.", "The nurse", "The nurse")]),
    # (near-misses: no clause between, a name as the subject, reported speech, a speaker after
    # an inverted verb)
    ('The striker told Sky Sports: "We deserved the win."', [("We deserved the win.", "The striker", "The striker")]),
    ('Tom Berg, who scored twice, told Sky Sports: "We deserved the win."', [("We deserved the win.", "Tom Berg", "Tom Berg")]),
    ("The striker, who scored twice, told Sky Sports that the team deserved the win.",
     [("the team deserved the win", "The striker", "The striker")]),
    ('In a statement on Monday, said Tom Berg: "We deserved the win."', [("We deserved the win.", "Tom Berg", "Tom Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_the_one_told_is_no_speaker(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# (text, quotes): a surname alone is not the last word of a place or body named as a reported
# clause's subject ("said Hyde Park would close"); a body's name that stands where a person does
# ("Mayor Mary Bank") is no referent for "the bank"
ORG_WORD_NAMES: list[tuple[str, list[SpeakerRow]]] = [
    ('Officials said Hyde Park would close. "It is a shame," Park said.',
     [("Hyde Park would close", "Officials", "Officials"), ("It is a shame,", "Park", "Park")]),
    ('Tom Hill said Central Park would close.\n\nResidents were angry. "It is a shame," Park said.',
     [("Central Park would close", "Tom Hill", "Tom Hill"), ("It is a shame,", "Park", "Park")]),
    ('Jenny Park said Hyde Park would close. "It is a shame," Park said.',
     [("Hyde Park would close", "Jenny Park", "Jenny Park"), ("It is a shame,", "Jenny Park", "Park")]),
    ('Mayor Mary Bank opened the doors. "We serve everyone," the bank said.',
     [("We serve everyone,", "the bank", "the bank")]),
    ('Mary Bank, 42, opened the doors. "We serve everyone," the bank said.',
     [("We serve everyone,", "the bank", "the bank")]),
    ('Mary Bank, the branch manager, opened the doors. "We serve everyone," the bank said.',
     [("We serve everyone,", "the bank", "the bank")]),
    # (near-misses: a name after the cue that ends the clause, a body with nothing of a person)
    ('"It is a shame," said Helen Park. "We will fight," Park said.',
     [("It is a shame,", "Helen Park", "Helen Park"), ("We will fight,", "Helen Park", "Park")]),
    ('Harbour Bank opened a branch. "We serve everyone," the bank said.',
     [("We serve everyone,", "Harbour Bank", "the bank")]),
    ('Harbour Bank, the lender, opened a branch. "We serve everyone," the bank said.',
     [("We serve everyone,", "Harbour Bank", "the bank")]),
    ("Mrs. Ortiz's presidential campaign, under fire for months, hired a lawyer.\n\n"
     'Asked about the emails, the campaign said in a statement: "Neither email involves the secretary."',
     [("Neither email involves the secretary.", "Ortiz's presidential campaign", "the campaign")]),
]


@pytest.mark.parametrize(("text", "expected"), ORG_WORD_NAMES)
def test_a_surname_and_a_body_named_alike(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# (text, quotes): the agent of a passive "by" phrase is not the subject ("those polled by
# Reuters" speak, never Reuters); a relative clause whose own verb is the cue ends the phrase at
# its noun ("a man who allegedly called"); a naming verb joined to a relative clause's verb is that
# clause's, never the sentence's subject
AGENTS: list[tuple[str, list[SpeakerRow]]] = [
    ("All those polled by Reuters said the economy was weak.",
     [("the economy was weak", "those polled by Reuters", "those polled by Reuters")]),
    ("Those surveyed by the council said the pier was unsafe.",
     [("the pier was unsafe", "Those surveyed by the council", "Those surveyed by the council")]),
    ("Many of those questioned by the BBC said they were angry.",
     [("they were angry", "those questioned by the BBC", "those questioned by the BBC")]),
    ('Police arrested a man who allegedly called the mayor "a traitor" at a rally.', [("a traitor", "a man", "a man")]),
    ('Police arrested a man who attacked Ortiz and called him "a traitor".', [("a traitor", None, None)]),
    ('The council fined a driver who hit a cyclist and called her "a nuisance".', [("a nuisance", None, None)]),
    ('The council fined a man who repeatedly called the mayor "a liar".', [("a liar", "a man", "a man")]),
    # (near-misses: a noun before the participle, a relative clause with a verb of its own)
    ("Economists polled by Reuters said inflation would rise.", [("inflation would rise", "Economists", "Economists")]),
    ('Police arrested Tom Berg and called him "a danger to the public".', [("a danger to the public", "Police", "Police")]),
    ('Police arrested a man who called the mayor "a traitor".', [("a traitor", "a man", "a man")]),
    ("A resident who asked not to be identified said the pier was unsafe.",
     [("the pier was unsafe", "A resident who asked not to be identified", "A resident who asked not to be identified")]),
]


@pytest.mark.parametrize(("text", "expected"), AGENTS)
def test_an_agent_or_object_is_no_subject(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# (text, quotes): an answer after a question asked of one person is not the asker's
ANSWERS: list[tuple[str, list[SpeakerRow]]] = [
    ('"Did you do it?" the judge asked Tom Berg.\n\n"No, sir."',
     [("Did you do it?", "the judge", "the judge"), ("No, sir.", None, None)]),
    ('"Did you do it?" the judge asked Tom Berg. "No, sir, I was at home all night."',
     [("Did you do it?", "the judge", "the judge"), ("No, sir, I was at home all night.", None, None)]),
    ('"Did you see the car?" the lawyer asked the witness. "I did, and I told the police."',
     [("Did you see the car?", "the lawyer", "the lawyer"), ("I did, and I told the police.", None, None)]),
    ('"Did you do it?" the judge asked him.\n\n"No, sir."',
     [("Did you do it?", "the judge", "the judge"), ("No, sir.", None, None)]),
    # (near-misses: a question asked of no one or of an audience, a statement told to someone)
    ('"Why does it matter?" Tom Berg asked. "Because it does, and it always will."',
     [("Why does it matter?", "Tom Berg", "Tom Berg"), ("Because it does, and it always will.", "Tom Berg", "Tom Berg")]),
    ('"Why does it matter?" Tom Berg asked reporters. "Because it does, and it always will."',
     [("Why does it matter?", "Tom Berg", "Tom Berg"), ("Because it does, and it always will.", "Tom Berg", "Tom Berg")]),
    ('"Why are you still backing him?" Tom Berg asked Harbour councillors. "What does it say about you?"',
     [("Why are you still backing him?", "Tom Berg", "Tom Berg"), ("What does it say about you?", "Tom Berg", "Tom Berg")]),
    ('"The plan is bad," the judge told Tom Berg.\n\n"It must go."',
     [("The plan is bad,", "the judge", "the judge"), ("It must go.", "the judge", "the judge")]),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS)
def test_an_answer_is_not_the_askers(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# (text, quotes): a capitalised weekday that opens a body's name before a role is no day between
# an inverted cue and its subject
WEEKDAY_NAMES: list[tuple[str, list[SpeakerRow]]] = [
    ('"We will fight on," said Sunday Times editor Jane Roe.', [("We will fight on,", "Jane Roe", "Sunday Times editor Jane Roe")]),
    ('"We will fight on," said Sunday Times editor Roe.', [("We will fight on,", "Roe", "Sunday Times editor Roe")]),
    ("The paper will fight on, said Sunday Times editor Jane Roe.",
     [("The paper will fight on", "Jane Roe", "Sunday Times editor Jane Roe")]),
    # (near-misses: a day before a name or an article, a day in lower case)
    ('"We will fight on," said on Sunday Jane Roe, the editor.', [("We will fight on,", "Jane Roe", "Jane Roe")]),
    ('"We will fight on," said Sunday the editor, Jane Roe.', [("We will fight on,", "Jane Roe", "Jane Roe")]),
    ('"We will fight on," Sunday Times editor Jane Roe said.', [("We will fight on,", "Jane Roe", "Sunday Times editor Jane Roe")]),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_NAMES)
def test_a_weekday_opening_a_name(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


def test_a_french_day_before_the_subject_stays_a_day() -> None:
    assert speaker_rows("« Nous allons continuer », a déclaré mardi Jean Dupont.", "fr") == [
        ("Nous allons continuer", "Jean Dupont", "Jean Dupont")
    ]


# (text, quotes): a quotation that runs on into the next paragraph (the first closing mark left
# out, the next paragraph reopening) takes its own attribution, not the speaker before it
RUN_ON: list[tuple[str, list[SpeakerRow]]] = [
    ('"The plan is bad," Tom Hill said.\n\n"We will fight this all the way to the end.\n\n"And we will win," said Jane Doe.',
     [("The plan is bad,", "Tom Hill", "Tom Hill"), ("We will fight this all the way to the end.", "Jane Doe", "Jane Doe"),
      ("And we will win,", "Jane Doe", "Jane Doe")]),
    ('Tom Hill said the plan was bad. "We will fight this all the way to the end.\n\n"And we will win," Jane Doe said.',
     [("the plan was bad", "Tom Hill", "Tom Hill"), ("We will fight this all the way to the end.", "Jane Doe", "Jane Doe"),
      ("And we will win,", "Jane Doe", "Jane Doe")]),
    ('"The plan is bad," said Tom Hill.\n\n"We will fight this all the way to the end.\n\n"And we will win," the mayor said.',
     [("The plan is bad,", "Tom Hill", "Tom Hill"), ("We will fight this all the way to the end.", "the mayor", "the mayor"),
      ("And we will win,", "the mayor", "the mayor")]),
    # (near-miss: a run-on quotation with no attribution of its own keeps the one before it)
    ('Tom Hill said the plan was bad.\n\nJane Doe said: "We will fight this all the way.\n\n"And we will win."',
     [("the plan was bad", "Tom Hill", "Tom Hill"), ("We will fight this all the way.", "Jane Doe", "Jane Doe"),
      ("And we will win.", "Jane Doe", "Jane Doe")]),
]


@pytest.mark.parametrize(("text", "expected"), RUN_ON)
def test_a_quotation_run_on_across_paragraphs(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected
