"""Mutation pass mutR (stop 31, issue 8): the speaker rules a person pronoun and any mention go
through first (``SpeakerResolution.resolve``, ``person_referent`` and the small rules ``resolve``
calls), each rule's case beside its near-miss, asserting every quote of the text: its words, the
speaker's name and the mention as written (see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow, article_of, speaker_rows

Row = SpeakerRow


def rows_of(text: str, language: str = "en", headline: str = "Harbour news") -> list[Row]:
    """Each quote of *text* under *headline*: its words, its speaker's name and mention."""
    return speaker_rows(text, language, headline)


# (language, text, every quote)
CASES: list[tuple[str, str, list[Row]]] = [
    # closing_attribution_person: the one person named where an earlier sentence's attribution
    # closes reported words takes the next sentence's pronoun
    ("en", 'Prices will rise next year, Finance Minister Paul Grant said on Monday. "We have no choice," he said.',
     [("Prices will rise next year", "Paul Grant", "Finance Minister Paul Grant"), ("We have no choice,", "Paul Grant", "he")]),
    # previous_role_subject: a role opening the short paragraph before the pronoun's
    ("en", '"The pier will reopen in May," said Tom Berg.\n\nThe prime minister arrived an hour later.\n\n"We have a plan," he said.',
     [("The pier will reopen in May,", "Tom Berg", "Tom Berg"), ("We have a plan,", "The prime minister", "he")]),
    # ... but no one when that paragraph names someone else too
    ("en", '"The pier will reopen in May," said Tom Berg.\n\nThe prime minister met Tom Hart on Monday.\n\n"We have a plan," he said.',
     [("The pier will reopen in May,", "Tom Berg", "Tom Berg"), ("We have a plan,", "he", "he")]),
    # short_paragraph_subject: a short paragraph about someone quoted before, by surname, between
    # another speaker and the pronoun: that someone, not the last speaker
    ("en", '"We can do better," Bernie Sanders said on Sunday.\n\n"We will win this," Eric Holder said.\n\n'
     'Sanders was not impressed.\n\n"We have heard that before," he said.',
     [("We can do better,", "Bernie Sanders", "Bernie Sanders"), ("We will win this,", "Eric Holder", "Eric Holder"),
      ("We have heard that before,", "Bernie Sanders", "he")]),
    # ... not someone the article shows is a woman, for "he"
    ("en", '"We can do better," said Ana Ortiz, the party\'s leader. "We need more time," she said.\n\n'
     '"We will win this," Eric Holder said.\n\nOrtiz was not impressed.\n\n"We have heard that before," he said.',
     [("We can do better,", "Ana Ortiz", "Ana Ortiz"), ("We need more time,", "Ana Ortiz", "she"),
      ("We will win this,", "Eric Holder", "Eric Holder"), ("We have heard that before,", "Eric Holder", "he")]),
    # subject_since_speaker: a speaker named by title and surname only, then a newcomer named in full
    ("en", '"The pier will reopen in May," said Mr. Berg.\n\nTom Hart disagreed.\n\n"It will not," he said.',
     [("The pier will reopen in May,", "Berg", "Mr. Berg"), ("It will not,", "Tom Hart", "he")]),
    # ... and with no newcomer, the speaker named by title and surname keeps the pronoun
    ("en", '"The pier will reopen in May," said Mr. Berg.\n\n"We have a plan," he said.',
     [("The pier will reopen in May,", "Berg", "Mr. Berg"), ("We have a plan,", "Berg", "he")]),
    ("en", '"The pier will reopen in May," said Mr. Berg on Monday.\n\nHarbour workers have waited two years for the news.'
     '\n\n"We have a plan," he said.',
     [("The pier will reopen in May,", "Berg", "Mr. Berg"), ("We have a plan,", "Berg", "he")]),
    # possessor_before: a surname in the possessive before "when he says" in the pronoun's sentence
    # names the one who says it, not the last speaker
    ("en", 'Marco Rubio unveiled a tax plan on Monday.\n\n"It will not add up," Tom Berg said.\n\n'
     'Rubio\'s plan looks stronger when he says, "Every family will keep more of what it earns."',
     [("It will not add up,", "Tom Berg", "Tom Berg"), ("Every family will keep more of what it earns.", "Marco Rubio", "he")]),
    ("en", 'Ana Ortiz unveiled a tax plan on Monday.\n\n"It will not add up," Tom Berg said.\n\n'
     'Ortiz\'s plan looks stronger when she says, "Every family will keep more of what it earns."',
     [("It will not add up,", "Tom Berg", "Tom Berg"), ("Every family will keep more of what it earns.", "Ana Ortiz", "she")]),
    # ... not when the owner is a woman the article shows and the pronoun is "he"
    ("en", 'Ana Ortiz unveiled a tax plan on Monday. She wants lower taxes.\n\n"It will not add up," Tom Berg said.\n\n'
     'Ortiz\'s plan looks stronger when he says, "Every family will keep more of what it earns."',
     [("It will not add up,", "Tom Berg", "Tom Berg"), ("Every family will keep more of what it earns.", "Tom Berg", "he")]),
    # credited_writer: a writer credited to a paper quotes someone; the pronoun after is the
    # sentence's subject, the one written about, not the writer
    ("en", 'Tom Berg ran the harbour for ten years, and the Daily Star\'s Paul Grant wrote, "He never missed a day."'
     '\n\n"I loved the work," he said.',
     [("He never missed a day.", "Paul Grant", "the Daily Star's Paul Grant"), ("I loved the work,", "Tom Berg", "he")]),
    # ... with no one named before the writer, the writer keeps it
    ("en", 'As the Daily Star\'s Paul Grant wrote, "The harbour never sleeps."\n\n"I loved the work," he said.',
     [("The harbour never sleeps.", "Paul Grant", "the Daily Star's Paul Grant"), ("I loved the work,", "Paul Grant", "he")]),
    ("en", "The harbour never sleeps, the Daily Star's Paul Grant wrote on Monday.\n\n\"I loved the work,\" he said.",
     [("The harbour never sleeps", "Paul Grant", "the Daily Star's Paul Grant"), ("I loved the work,", "Paul Grant", "he")]),
    # the paragraph after the speaker's names another person set off: no one for that person's
    # pronoun ...
    ("en", '"The pier will reopen in May," Tom Berg said. His lawyer, Ana Ortiz, nodded.\n\n"We have a plan," he said.',
     [("The pier will reopen in May,", "Tom Berg", "Tom Berg"), ("We have a plan,", "he", "he")]),
    # ... but a paragraph of its own between leaves the pronoun the speaker's
    ("en", '"The pier will reopen in May," Ana Ortiz said.\n\nHer lawyer, Tom Berg, nodded.\n\n"We have a plan," she said.',
     [("The pier will reopen in May,", "Ana Ortiz", "Ana Ortiz"), ("We have a plan,", "Ana Ortiz", "she")]),
    # unnamed_speaker: a speaker described, not named, keeps the pronoun when no one is named since
    ("en", '"The ferry was late again," a passenger said.\n\nThe company blamed the weather.\n\n"We waited an hour," she said.',
     [("The ferry was late again,", "a passenger", "a passenger"), ("We waited an hour,", "a passenger", "she")]),
    # ... whoever the article names after the pronoun
    ("en", '"The ferry was late again," a passenger said.\n\nThe company blamed the weather.\n\n"We waited an hour," she said.'
     "\n\nFerry chief Tom Hale apologised on Tuesday.",
     [("The ferry was late again,", "a passenger", "a passenger"), ("We waited an hour,", "a passenger", "she")]),
    # ... a given name alone may be anyone's: the pronoun as written, never an empty name
    ("en", '"The ferry was late again," Sue said.\n\nThe company blamed the weather.\n\n"We waited an hour," she said.',
     [("The ferry was late again,", "Sue", "Sue"), ("We waited an hour,", "she", "she")]),
    # ... and a group is no one "she" stands for
    ("en", '"The ferry was late again," commuters said.\n\nThe company blamed the weather.\n\n"We waited an hour," she said.',
     [("The ferry was late again,", "commuters", "commuters"), ("We waited an hour,", "she", "she")]),
    # last_subject: with no speaker before, the last person named as a sentence's subject
    ("en", "Tom Ridley has kept the Point Lynas light for 30 years.\n\n"
     'The lamp is cleaned every morning, and the glass is polished twice a week.\n\n"It is a lonely job," he said.',
     [("It is a lonely job,", "Tom Ridley", "he")]),
    # resolve: German "sie" with a verb in the plural right before or after it is "they", no
    # one person, so not the woman named before; with a verb in the singular it is hers
    ("de", "Anna Weber kam am Montag in den Hafen. „Wir werden klagen“, sagten sie.", [("Wir werden klagen", None, None)]),
    ("de", "Anna Weber kam am Montag in den Hafen. „Wir werden klagen“, sagte sie.", [("Wir werden klagen", "Anna Weber", "sie")]),
    ("de", "Anna Weber kam am Montag in den Hafen.\n\nSie sagten: „Wir werden klagen.“", [("Wir werden klagen.", None, None)]),
    ("de", "Anna Weber kam am Montag in den Hafen.\n\nSie sagte: „Wir werden klagen.“", [("Wir werden klagen.", "Anna Weber", "Sie")]),
    # ... and French "selon lui" is the one "il" would be
    ("fr", "Le maire, Jean Dupont, a visité le port lundi. « Le quai sera rouvert en mai », selon lui.",
     [("Le quai sera rouvert en mai", "Jean Dupont", "lui")]),
    ("fr", "Le maire, Jean Dupont, a visité le port lundi. Selon lui, « le quai sera rouvert en mai ».",
     [("le quai sera rouvert en mai", "Jean Dupont", "lui")]),
    ("fr", "Le maire, Jean Dupont, a visité le port lundi.\n\nSelon lui, « le quai sera rouvert en mai ».",
     [("le quai sera rouvert en mai", "Jean Dupont", "lui")]),
    ("fr", "La maire, Anne Roy, a visité le port lundi.\n\nSelon elle, « le quai sera rouvert en mai ».",
     [("le quai sera rouvert en mai", "Anne Roy", "elle")]),
    # ... and when "il" finds no one after only a woman named, no one, not "lui" as a name
    ("fr", "La maire, Anne Roy, a visité le port lundi. « Le quai sera rouvert en mai », selon lui.",
     [("Le quai sera rouvert en mai", None, None)]),
    # the word before a mention decides whether its first word is a month: "In June Whitaker
    # said" is Whitaker in June, the man named before, not a woman called June Whitaker
    ("en", "Tom Whitaker runs the port.\n\nIn June Whitaker said the pier would close for repairs.",
     [("the pier would close for repairs", "Tom Whitaker", "June Whitaker")]),
    ("en", "Tom Whitaker runs the port. In May Whitaker said the pier would close for repairs.",
     [("the pier would close for repairs", "Tom Whitaker", "May Whitaker")]),
    # a month or a weekday alone names no one; a month in the words before a speaker is not it
    ("en", '"The pier will close," May said.', [("The pier will close,", None, None)]),
    ("en", '"The pier will close," Friday said.', [("The pier will close,", None, None)]),
    ("en", "The pier will close in May, the company said.", [("The pier will close in May", "the company", "the company")]),
    # ... but a count after "only" is a phrase for people, kept
    ("en", '"The pier will close," only 28 said.', [("The pier will close,", "only 28", "only 28")]),
    # a bare count, a clause's fragment, a negated pair: no speaker; a source may be anything
    ("en", "Of the 50 senators, 39 have said they will back the bill.", [("they will back the bill", None, None)]),
    ("en", "At least 21,000 have said they will stay home.", [("they will stay home", "At least 21,000", "At least 21,000")]),
    ("en", '"The deal is dead," one of the said.', [("The deal is dead,", None, None)]),
    ("en", '"The deal is dead," neither Tom Berg nor Ana Ortiz said.', [("The deal is dead,", None, None)]),
    ("en", "According to a microphone, the pier will close in May.", [("the pier will close in May", "a microphone", "a microphone")]),
    # an occupation the index kept before a name goes from the speaker's name ...
    ("en", '"We were lucky," said Pediatrician Amy Carver.', [("We were lucky,", "Amy Carver", "Pediatrician Amy Carver")]),
    ("en", '"We were lucky," said Goalkeeper Mia Holt. "We will win the next one," Holt said.',
     [("We were lucky,", "Mia Holt", "Goalkeeper Mia Holt"), ("We will win the next one,", "Mia Holt", "Holt")]),
    # ... but not a given name the article gives someone else
    ("en", '"The pier will reopen," Lander Ortiz said. "We were lucky," said Lander Amy Carver.',
     [("The pier will reopen,", "Lander Ortiz", "Lander Ortiz"), ("We were lucky,", "Lander Amy Carver", "Lander Amy Carver")]),
    # a count in digits with a comma is as bare as one without
    ("en", "Of the voters polled, 9,000 have said they will stay home.", [("they will stay home", None, None)]),
    # a capitalised last word is a name's, even one that is a preposition in lower case
    ("en", '"The party must change," said Al From.', [("The party must change,", "Al From", "Al From")]),
    # German surnames joined before a verb in the plural: both people, resolved
    ("de", "Anna Weber und Tom Roth leiten den Hafen. Weber und Roth sagten: „Wir werden klagen.“",
     [("Wir werden klagen.", "Anna Weber und Tom Roth", "Weber und Roth")]),
    # a speaker whose name the index keeps with an occupation before it is a known name: the
    # pronoun of a later paragraph is hers
    ("en", '"We were lucky," said Goalkeeper Mia Holt.\n\nThe team flies home on Sunday.\n\n"We will win the next one," she said.',
     [("We were lucky,", "Mia Holt", "Goalkeeper Mia Holt"), ("We will win the next one,", "Mia Holt", "she")]),
]


# a wrong reading the run showed, fixed: the writer read as the subject of an "As ... wrote"
# clause took the pronoun after the quotation, where the rule means the one written of, named
# before the writer (the same text without "As" already gave him)
FIXED: list[tuple[str, str, list[Row]]] = [
    ("en", 'Tom Berg ran the harbour for ten years. As the Daily Star\'s Paul Grant wrote, "He never missed a day."'
     '\n\n"I loved the work," he said.',
     [("He never missed a day.", "Paul Grant", "the Daily Star's Paul Grant"), ("I loved the work,", "Tom Berg", "he")]),
    ("en", 'Tom Berg ran the harbour for ten years.\n\nAs the Daily Star\'s Paul Grant wrote, "He never missed a day."'
     '\n\n"I loved the work," he said.',
     [("He never missed a day.", "Paul Grant", "the Daily Star's Paul Grant"), ("I loved the work,", "Tom Berg", "he")]),
]


# a headline counts as where the article names someone: a German "er" after only a woman named
# there is no one, and with no one named, the pronoun as written
HEADLINED: list[tuple[str, str, str, list[Row]]] = [
    ("de", "Anna Weber verlässt den Hafen", "Im Hafen war es am Montag still. „Wir werden klagen“, sagte er.",
     [("Wir werden klagen", None, None)]),
    ("de", "Stille im Hafen", "Im Hafen war es am Montag still. „Wir werden klagen“, sagte er.", [("Wir werden klagen", "er", "er")]),
]


# a source's description set off after its name stays with the speaker
DESCRIBED: list[tuple[str, str | None]] = [
    ("According to Tom Berg, a harbour engineer, the pier will close in May.", "a harbour engineer"),
    ("According to Dr. Ana Ruiz, a surgeon at the hospital, the wait is too long.", "a surgeon at the hospital"),
    ("According to Tom Berg, the pier will close in May.", None),
]


def descriptions_of(text: str) -> list[str | None]:
    """The description of each quote's speaker in *text* (``None`` for no speaker)."""
    article = article_of(text, "en")
    return [q.speaker and q.speaker.description for q in article.quotes]


def test_no_duplicate_cases() -> None:
    texts = [(language, text) for language, text, _ in CASES + FIXED]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize(("language", "text", "expected"), CASES + FIXED, ids=[f"{i}-{t[:40]}" for i, (_, t, _) in enumerate(CASES + FIXED)])
def test_speakers(language: str, text: str, expected: list[Row]) -> None:
    assert rows_of(text, language) == expected


@pytest.mark.parametrize(("text", "description"), DESCRIBED)
def test_descriptions(text: str, description: str | None) -> None:
    assert descriptions_of(text) == [description]


@pytest.mark.parametrize(("language", "headline", "text", "expected"), HEADLINED)
def test_headlined(language: str, headline: str, text: str, expected: list[Row]) -> None:
    assert rows_of(text, language, headline) == expected
