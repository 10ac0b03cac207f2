"""Stop 42 (lead): quotes from a new user's trial: contractions after a speaker, the one a quoting verb names."""

from __future__ import annotations

import pytest

import newsparse

HEAD = "Port plan in doubt after union vote\n\n"

CONTRACTED = [
    # (the sentence, the speaker's name and mention, the span's text)
    ("You've said that the plan is dead.", "You"),
    ("She'd said that the plan was dead.", "She"),
    ("We’ve said that the plan is dead.", "We"),
    ("They'll say that the plan is dead.", "They"),
    # 's stays: a name may end so
    ("McDonald's said that the plan is dead.", "McDonald's"),
    ("O'Neill said that the plan is dead.", "O'Neill"),
]


@pytest.mark.parametrize(("sentence", "speaker"), CONTRACTED)
def test_an_auxiliary_contraction_is_no_part_of_the_speaker(sentence: str, speaker: str) -> None:
    text = HEAD + sentence + "\n"
    (quote,) = newsparse.parse_article(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention, text[quote.speaker.span.start : quote.speaker.span.end]) == (
        speaker, speaker, speaker,
    )


QUOTING = [
    # (the language, the paragraph, the speaker's name)
    ("en", 'She quoted Churchill: "We shall fight on the beaches."', "Churchill"),
    ("en", 'The pastor closed by quoting Martin Luther King Jr.: "The time is always right to do what is right."',
     "Martin Luther King Jr."),
    ("en", 'The senator quoted President Lincoln: "A house divided against itself cannot stand."', "Lincoln"),
    ("fr", "Emmanuel Macron a cité Victor Hugo : « Ceux qui vivent, ce sont ceux qui luttent. »", "Victor Hugo"),
    ("de", "Der Kanzler zitierte Goethe: „Mehr Licht!“", "Goethe"),
    ("es", "El presidente citó a Cervantes: «La libertad es uno de los más preciosos dones.»", "Cervantes"),
    # no name after the verb: the one who quotes reads the words out
    ("en", 'She quoted a line from the Bible: "Love is patient."', "She"),
    ("en", 'Ortiz said: "We will win the vote."', "Ortiz"),
]


@pytest.mark.parametrize(("language", "paragraph", "speaker"), QUOTING)
def test_the_one_a_quoting_verb_names_speaks(language: str, paragraph: str, speaker: str) -> None:
    article = newsparse.ArticleParser(language=language).parse(HEAD + paragraph + "\n")
    assert [quote.speaker.name if quote.speaker is not None else None for quote in article.quotes] == [speaker]
