"""Mutation pass mutFF (stop 26, issue 8): the speaker rules of stops 24 and 25 (lines of
``quotes/resolution.py``, ``grammar.py`` and ``words.py`` changed since ``4f3f023``), each case
beside its near-miss, asserting the speaker a surviving mutant changed (see docs/testing.md)."""

from __future__ import annotations

import pytest
from tests.quote_cases import article_of, speaker_rows

PIER = '"We will rebuild the pier," {} said.'
HADLEY = '"The harbour runs this town," Paul Hadley said.'
VANCE = '"We acted within the law," Eric Vance said.'
JAIL = '"No one has gone to jail," he said.'
TWO = [("Paul Hadley", "Paul Hadley"), ("Eric Vance", "Eric Vance")]

Speakers = list[tuple[str | None, str | None]]

# (text, each quote's (speaker's name, mention)); the pronoun itself when no one is sure
SPEAKERS: list[tuple[str, Speakers]] = [
    # a given name and one word more opening the sentence before is a person, though "Park" may
    # end a body's name (SpeakerResolution.given_name_run)
    ("Tom Berg chaired the hearing.\n\nHelen Park spoke next. " + PIER.format("she"), [("Helen Park", "she")]),
    # near-miss: two capitalised words of no given name are a body, and the pronoun after it no one's
    ("Tom Berg chaired the hearing. Harbour Park apologised. " + PIER.format("he"), [("he", "he")]),
    # a body of one word (SpeakerResolution.organisation_last_subject)
    ("Tom Berg chaired the hearing. Police apologised. " + PIER.format("he"), [("he", "he")]),
    # a surname before a noun for people modifies it: the supporters booed, not Berg
    # (SpeakerResolution.surname_subject, surname_modifier)
    ('Ana Ruiz lost the vote on Monday to Tom Berg.\n\nBerg supporters cheered. "It was fair," he said.',
     [("he", "he")]),
    # the one subject under a title of the pronoun's gender, someone other than the referent found
    # (SpeakerResolution.subject_of_gender, another_person)
    ("Tom Berg and Ana Ruiz came to the harbour on Monday.\n\nMr. Berg sat down. Mrs. Ruiz introduced him. "
     "She said the pier would be rebuilt.", [("Ana Ruiz", "She")]),
    ("Tom Berg and Ana Ruiz came to the harbour on Monday.\n\nMrs. Ruiz sat down. Mr. Berg introduced her. "
     "He said the pier would be rebuilt.", [("Tom Berg", "He")]),
    # a surname alone after an honorific of the other gender than the one full name's given name
    # calls for is someone else, the mention as written (SpeakerResolution.honorific_stranger)
    ('Tom Berg and Nina Marsh built the house. "We love it," Mr. Marsh said.', [("Marsh", "Mr. Marsh")]),
    # near-misses: the honorific of the given name's gender
    ('Tom Berg and Nina Marsh built the house. "We love it," Mrs. Marsh said.', [("Nina Marsh", "Mrs. Marsh")]),
    ('Tom Berg and Nina Marsh built the house. "We love it," Mr. Berg said.', [("Tom Berg", "Mr. Berg")]),
    # a short paragraph whose surname modifies a noun for people names no subject: the last speaker
    # keeps the pronoun (SpeakerResolution.short_paragraph_subject)
    (f"{HADLEY}\n\n{VANCE}\n\nHadley supporters cheered.\n\n{JAIL}", [*TWO, ("Eric Vance", "he")]),
    (f"{HADLEY}\n\n{VANCE}\n\nPaul Hadley supporters cheered.\n\n{JAIL}", [*TWO, ("Eric Vance", "he")]),
    # near-miss: the surname is the subject
    (f"{HADLEY}\n\n{VANCE}\n\nHadley cheered.\n\n{JAIL}", [*TWO, ("Paul Hadley", "he")]),
    # a surname after an honorific gives its one full name the honorific's gender: "he" is not
    # Mrs. Ellis (SpeakerResolution.surname_genders)
    ('Robin Ellis met Sam Cole on Monday.\n\n"We will rebuild the pier," Mrs. Ellis said. "It will take a year," he said.',
     [("Robin Ellis", "Mrs. Ellis"), ("he", "he")]),
    ('Robin Ellis met Sam Cole on Monday. Mrs. Ellis had asked for the meeting. "We will rebuild the pier," he said.',
     [("Sam Cole", "he")]),
    # a cue inside a relative clause of the speaker's phrase is no cue of its own, the quotation
    # one quote (SpeakerGrammar.in_relative_clause)
    ('"The water was brown for a week," a resident who asked not to be named said.',
     [("a resident who asked not to be named", "a resident who asked not to be named")]),
    # a named person between two quotes of "he" in one paragraph: the second may be either's
    # (SpeakerResolution.named_actor); after a role with an article, the last speaker stays
    ('Tom Berg runs the port.\n\n"The pier will close," he said. Dr Becker nodded. "It will take a year," he said.',
     [("Tom Berg", "he"), ("he", "he")]),
    ('Tom Berg runs the port.\n\n"The pier will close," he said. The mayor nodded. "It will take a year," he said.',
     [("Tom Berg", "he"), ("Tom Berg", "he")]),
    ("A resident who asked not to be named said the water had been brown for a week.",
     [("A resident who asked not to be named", "A resident who asked not to be named")]),
    # near-miss: punctuation inside the relative clause, no phrase
    ('"The water was brown," a resident who, like many, asked not to be named said.', [(None, None)]),
    # a possessive before a kin word after a name shows its holder's gender: "she" is not Robin Ellis
    # (SpeakerResolution.owner_gender)
    ('Robin Ellis came with his wife. "We love the town," she said.', [("she", "she")]),
    ('Robin Ellis came to the fair with his wife, Sam. "We love the town," she said.', [("Sam", "she")]),
    # a full name right before the cue after words the grammar does not read (SpeakerGrammar.name_before)
    ('"We will strike on Monday," Raise for $20 organizing director Nina Holt told reporters.', [("Nina Holt", "Nina Holt")]),
    # a party tag before the cue ends at the cue, not at the text's end (SpeakerGrammar.tag_before)
    ("Sen. Ana Ruiz (D-Ariz.) said the bill would pass.", [("Ana Ruiz", "Sen. Ana Ruiz")]),
    ('"The bill will pass," Sen. Ana Ruiz (D-Ariz.) said.', [("Ana Ruiz", "Sen. Ana Ruiz")]),
    # a cue before its speaker's phrase after a quotation (SpeakerGrammar.inverted_postposed_cue)
    ('"The pier will be rebuilt by May," read the statement.', [("the statement", "the statement")]),
    ('"The pier will be rebuilt by May," read the letter, signed by the chairman.', [("the letter", "the letter")]),
    # a phrase and a verb after the quotation: the attribution (SpeakerGrammar.postposed_verb)
    ('"The tariffs are unfair," the statement read.', [("the statement", "the statement")]),
    ('"The tariffs are unfair," the letter read, signed by the chairman.', [("the letter", "the letter")]),
    # a participle after the phrase's second word is about the speaker (SpeakerGrammar.before_participle)
    ('"Go home," said a man standing at the door.', [("a man", "a man")]),
    ('"Go home," said a man standing.', [("a man", "a man")]),
    # near-miss: a word in -ing before its noun
    ('"Go home," said the club\'s sporting director.', [("the club's sporting director", "the club's sporting director")]),
    # a post-modifier belongs to the phrase, up to a word that ends phrases (SpeakerGrammar.post_modifier)
    ('"The plant will close," said a spokeswoman for the union.',
     [("a spokeswoman for the union", "a spokeswoman for the union")]),
    ('"The plant will close," said a spokesman for the union on Monday.',
     [("a spokesman for the union", "a spokesman for the union")]),
    ('"The plant will close," said Tom Berg of the Harbour Club.', [("Tom Berg", "Tom Berg of the Harbour Club")]),
    # a name set off after a role, an article of a title before it (SpeakerGrammar's appositive pattern)
    ("The bishop, the Rt Rev. Paul Mercer, said the church would reopen in May.", [("Paul Mercer", "Rt Rev. Paul Mercer")]),
    # near-misses: a participle's phrase set off is no role before a name, nor a name itself
    ("The committee, chaired by Ana Ruiz, said the port would reopen in May.", [("The committee", "The committee")]),
    ("A spokesman, speaking from Frankfurt, said the port would reopen in May.", [("A spokesman", "A spokesman")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speaker_rules_of_stops_24_and_25(text: str, expected: Speakers) -> None:
    assert [(name, mention) for _, name, mention in speaker_rows(text)] == expected


# the same in another language's pack: (language, text, speakers)
PACK_SPEAKERS: list[tuple[str, str, Speakers]] = [
    # two given names before the particles are the given names of one person, whose name is whole
    # (SpeakerGrammar.all_given_names)
    ("es", "Juan Ramón de la Fuente explicó que el puerto abrirá en mayo.",
     [("Juan Ramón de la Fuente", "Juan Ramón de la Fuente")]),
    ("es", "«El puerto abrirá en mayo», dijo Juan Ramón de la Fuente.",
     [("Juan Ramón de la Fuente", "Juan Ramón de la Fuente")]),
    # a name with particles after an inverted cue runs on to its surname (SpeakerGrammar.with_particles)
    ("de", "„Wir bauen die Brücke neu“, sagte Anna von der Heide.", [("Anna von der Heide", "Anna von der Heide")]),
    # near-miss: the particles open a body's name, the name is the given word alone
    ("de", "„Wir bauen die Brücke neu“, sagte Müller von der Polizei.", [("Müller", "Müller")]),
    # near-miss: a given name and a surname before "de" are a full name already, the place no part of it
    ("es", "Ana Ortiz de Madrid explicó que el puerto abrirá en mayo.", [("Ana Ortiz", "Ana Ortiz de Madrid")]),
    ("es", "«El puerto abrirá en mayo», dijo Luis Ortiz de Toledo.", [("Luis Ortiz", "Luis Ortiz de Toledo")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), PACK_SPEAKERS)
def test_speaker_rules_of_stops_24_and_25_in_packs(language: str, text: str, expected: Speakers) -> None:
    assert [(name, mention) for _, name, mention in speaker_rows(text, language)] == expected


# an outlet after the attribution is the quote's source, its speaker kept (SpeakerGrammar.source_after)
SOURCES = [
    ('"The border will stay closed," the minister said, Harbour News Agency reported.',
     [("the minister", "Harbour News Agency")]),
    ('"The border will stay closed," Tom Berg said, the Harbour Gazette reported.', [("Tom Berg", "the Harbour Gazette")]),
    # near-miss: no outlet after the attribution
    ('"The border will stay closed," Tom Berg said on Monday.', [("Tom Berg", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_an_outlet_after_the_attribution_is_the_source(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.speaker and q.speaker.name, q.source) for q in article_of(text).quotes] == expected


# a reading a survivor showed wrong, fixed in stop 26 (spkV): a role in title case after "whose"
# (SpeakerGrammar.title_case_role; with lower case, Karl Meyer, as test_mine24_quotes asserts)
WRONG: list[tuple[str, Speakers]] = [
    ("Investors welcomed the news from Orbis Ltd, whose Chief Executive, Karl Meyer, said profits would double.",
     [("Karl Meyer", "Karl Meyer")]),
]


@pytest.mark.parametrize(("text", "expected"), WRONG)
def test_wrong_readings_found(text: str, expected: Speakers) -> None:
    assert [(name, mention) for _, name, mention in speaker_rows(text)] == expected
