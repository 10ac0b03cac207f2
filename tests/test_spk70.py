"""Speakers read again in round 70 (issue 5, branch spk70): a cue word that is a noun after a
possessive (``in his remarks on Tuesday but argued that ...``: ``argued`` reports, ``remarks``
names what he gave); a name's appositive with its closing comma missing and a possessive after its
head's link (``Ana Ruiz, a supporter of the governor's bid told ...``: Ana Ruiz, never the bid); an
auxiliary in an attribution opened by ``as`` after a quotation inside a sentence (``... a "needless
burden," as Ana Ruiz has said.``).

Each row is a short wire or web story written for these tests, the words of one quote in it, its
cue and the speaker's name that must come out; the near-miss rows are shapes the rule must leave as
they were."""

from __future__ import annotations

import pytest

from newsparse.quotes.parser import QuoteParser
from quote_cases import article_of

#: (story, the quote's first words, its cue, the speaker's name)
Row = tuple[str, str, str, str]


def the_quote(story: str, words: str) -> tuple[str | None, str | None]:
    """The cue and the speaker's name of the one quote of *story* whose text opens with *words*."""
    found = [quote for quote in article_of(story).quotes if quote.text.startswith(words)]
    assert len(found) == 1, [quote.text for quote in article_of(story).quotes]
    speaker = found[0].speaker
    return found[0].cue, None if speaker is None else speaker.name


POSSESSED_CUES: list[Row] = [
    # a cue word after "his", "their" or (plural) "her" is a noun: the sentence's verb is the cue
    ("DES MOINES, Iowa (AP) - The race tightened on Tuesday.\n\n"
     "Senator Tom Baker did not attack his rival directly in his remarks on Tuesday night but argued "
     "that he would be the stronger candidate in November.",
     "he would be the stronger candidate", "argued", "Tom Baker"),
    ("SACRAMENTO - The state cut the contract on Monday.\n\n"
     "Governor Ana Ruiz did not name the company in her comments on Monday but insisted that the "
     "contract had been broken.",
     "the contract had been broken", "insisted", "Ana Ruiz"),
    ("Port news\n\nBy Lena Park\n\nThe harbour board met late on Thursday.\n\n"
     "Chair Tom Hale did not take questions after his statement on Thursday but said that the port "
     "would reopen in March.",
     "the port would reopen in March", "said", "Tom Hale"),
    # near misses: the cue right after its subject, a possessive away from it
    ("LEEDS - The council voted on Monday.\n\nIn his remarks, Tom Baker said the bill would pass.",
     "the bill would pass", "said", "Tom Baker"),
    ("LEEDS - The council voted on Monday.\n\n"
     "Tom Baker, who spoke after his rival, argued that the bill would pass.",
     "the bill would pass", "argued", "Tom Baker"),
    ("LEEDS - The council voted on Monday.\n\n"
     "Ana Ruiz met her voters on Monday and said that the bill would pass.",
     "the bill would pass", "said", "Ana Ruiz"),
    ("LEEDS - Tom Berg was arrested on Monday.\n\n"
     "A neighbour of his said the house had been empty for weeks.",
     "the house had been empty", "said", "A neighbour of his"),
]


@pytest.mark.parametrize(("story", "words", "cue", "speaker"), POSSESSED_CUES)
def test_a_cue_word_after_a_possessive_is_a_noun(story: str, words: str, cue: str, speaker: str) -> None:
    assert the_quote(story, words) == (cue, speaker)


POSSESSED_WORDS: list[tuple[str, str, bool]] = [
    ("Tom Baker did not speak in his remarks on Tuesday.", "remarks", True),
    ("The unions did not budge in their comments on Friday.", "comments", True),
    ("Ana Ruiz did not repeat her claims on Monday.", "claims", True),
    ("Reporters heard her say that the talks would resume.", "say", False),  # (her before a verb: its object)
    ("Reporters let her explain that the talks would resume.", "explain", False),
    ("Tom Baker, his voice low, warned that the talks would fail.", "warned", False),
    ("The mayor remarks on his walks that the port is busy.", "remarks", False),
    # a possessive standing for itself, a past form after it: the verb ("of his", "of theirs")
    ("A neighbour of his said the house had been empty for weeks.", "said", False),
    ("Two friends of theirs told reporters the family had left in March.", "told", False),
    ("A cousin of his claimed the car had been sold.", "claimed", False),
]


@pytest.mark.parametrize(("sentence", "word", "noun"), POSSESSED_WORDS)
def test_possessed_cue_reads_the_word_right_before_the_cue(sentence: str, word: str, noun: bool) -> None:
    parser = QuoteParser()
    cues = [cue for cue in parser.cues(sentence, 0, len(sentence)) if cue.group().split()[0] == word]
    assert len(cues) == 1, [cue.group() for cue in parser.cues(sentence, 0, len(sentence))]
    assert parser.possessed_cue(sentence, cues[0], 0) is noun


UNCLOSED_APPOSITIVES: list[Row] = [
    # a possessive after the head noun's link belongs to the link's noun: the name speaks
    ("NEW YORK (AP) - The bill cleared the committee on Friday.\n\n"
     "Sen. Ana Ruiz, a supporter of the governor’s bid for the presidency told reporters she believed "
     "the bill would pass.",
     "she believed the bill would pass", "told", "Ana Ruiz"),
    ("BOSTON - The trial opened on Tuesday.\n\n"
     "\"We will not stop now,\" Tom Baker, a lawyer for the family’s firm said on Tuesday.",
     "We will not stop now,", "said", "Tom Baker"),
    ("DENVER - Flu cases rose again this week.\n\n"
     "Dr. Lena Park, a researcher at the city’s largest hospital said the wards were full.",
     "the wards were full", "said", "Lena Park"),
    # near misses: the possessive before the head noun, its owner's role (as before)
    ("DENVER - The council voted on Monday.\n\nTom Baker, the governor’s chief of staff said the bill would pass.",
     "the bill would pass", "said", "Tom Baker"),
    ("DENVER - The council voted on Monday.\n\nAna Ruiz, the mayor’s spokeswoman told reporters the bill would pass.",
     "the bill would pass", "told", "Ana Ruiz"),
    ("DENVER - The council voted on Monday.\n\nAna Ruiz, Tom Berg’s lawyer said the bill would pass.",
     "the bill would pass", "said", "Tom Berg’s lawyer"),
]


@pytest.mark.parametrize(("story", "words", "cue", "speaker"), UNCLOSED_APPOSITIVES)
def test_a_possessive_after_the_appositive_link_leaves_the_name_the_speaker(
    story: str, words: str, cue: str, speaker: str
) -> None:
    assert the_quote(story, words) == (cue, speaker)


OWNED_HEADS: list[tuple[str, bool]] = [
    ("Tom Berg’s lawyer", True),
    ("the city’s transit chief", True),
    ("a supporter of the governor’s bid", False),
    ("a researcher at the city’s largest hospital", False),
    ("a lawyer for the family’s firm", False),
    ("the defence lawyer", False),
]


@pytest.mark.parametrize(("phrase", "owned"), OWNED_HEADS)
def test_owned_head_reads_possessives_before_the_first_link(phrase: str, owned: bool) -> None:
    assert QuoteParser().owned_head(phrase.split()) is owned


AS_CLAUSES: list[tuple[str, str, str | None, str | None]] = [
    # an auxiliary between the name and the cue of an "as" clause: the name speaks
    ("CHICAGO - The city council passed the permit rule on Wednesday.\n\n"
     "The rule is a \"needless burden on small firms,\" as Maria Lopez has said.",
     "needless burden on small firms,", "said", "Maria Lopez"),
    ("CHICAGO - The city council passed the permit rule on Wednesday.\n\n"
     "Maria Lopez, who runs a bakery, voted no. The rule is a \"needless burden on small firms,\" as Lopez had said.",
     "needless burden on small firms,", "said", "Maria Lopez"),
    # near misses: no auxiliary (as before); other words between the name and the cue; a passive
    ("CHICAGO - The council met on Wednesday.\n\nThe rule is a \"needless burden,\" as Maria Lopez said.",
     "needless burden,", "said", "Maria Lopez"),
    ("CHICAGO - The council met on Wednesday.\n\n"
     "The rule is a \"needless burden,\" as Maria Lopez and her team have said many times.",
     "needless burden,", None, None),
    ("CHICAGO - The council met on Wednesday.\n\nThe rule is a \"needless burden,\" as the plan has been called.",
     "needless burden,", None, None),
]


@pytest.mark.parametrize(("story", "words", "cue", "speaker"), AS_CLAUSES)
def test_an_auxiliary_in_an_as_clause_after_a_quotation(story: str, words: str, cue: str | None, speaker: str | None) -> None:
    assert the_quote(story, words) == (cue, speaker)
