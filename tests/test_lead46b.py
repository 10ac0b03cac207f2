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
def test_the_one_a_quoting_verb_names_speaks(language: str, paragraph: str, speaker: str | None) -> None:
    article = newsparse.ArticleParser(language=language).parse(HEAD + paragraph + "\n")
    assert [quote.speaker.name if quote.speaker is not None else None for quote in article.quotes] == [speaker]


# -- a second reader's findings on the new boilerplate rules: story text stays story text -------------

STORY_TEXT = [
    "Corrections-related spending rose 4 percent last year, the largest increase in a decade.",
    "Clarification - what the new rules mean for renters - will come from the housing office next week.",
    "A report with the city's debt figures incorrectly listed the bonds as repaid, the auditor's office found.",
    "The author has an interest in the subject: her grandfather helped build the line in 1921.",
    "The writers have no stake in the outcome, the publisher said, and were paid a flat fee.",
    "The report has not been edited by the ministry's legal team since 2019, according to officials.",
]


@pytest.mark.parametrize("line", STORY_TEXT)
def test_a_story_sentence_is_no_boilerplate(line: str) -> None:
    text = f"City budget passes\nBy Jane Roe\n\nThe council approved the budget on Monday.\n\n{line}\n\nThe mayor signed it.\n"
    article = newsparse.parse_article(text)
    assert [paragraph.text for paragraph in article.paragraphs] == ["The council approved the budget on Monday.", line, "The mayor signed it."]


def test_a_feature_headline_after_corrections_stays_the_headline() -> None:
    headline = "Corrections: Inside the state's overcrowded prisons"
    text = f"{headline}\nBy Jane Roe\n\nThe state's prisons hold 40 percent more inmates than they were built for, an audit found.\n"
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == headline


@pytest.mark.parametrize("joined", [
    "Jane Roe in London at jroe@example.com or Tom Poe at tpoe@example.com",
    "Jane Roe in London at jroe@example.com and Tom Poe in Paris at tpoe@example.com",
])
def test_wire_contacts_joined_by_or_and_are_sign_off(joined: str) -> None:
    text = f"City budget passes\n\nThe council approved the budget on Monday.\n\nTo contact the reporters on this story:\n{joined}\n"
    article = newsparse.parse_article(text)
    assert [(item.kind, item.text) for item in article.boilerplate] == [
        ("sign-off", "To contact the reporters on this story:"), ("sign-off", joined),
    ]


def test_a_last_line_on_a_namesake_of_the_writer_stays_the_story() -> None:
    text = (
        "Night shift nurses fight for pay\nBy Sarah Jones\n\nNurses marched on Monday.\n\n"
        "Sarah Miller has worked night shifts for 20 years.\n\n"
        "Sarah is a mother of three who has lived in the town since 2004.\n"
    )
    article = newsparse.parse_article(text)
    assert [paragraph.text for paragraph in article.paragraphs][-1] == "Sarah is a mother of three who has lived in the town since 2004."


def test_a_line_in_capitals_above_the_last_is_no_writers_note() -> None:
    text = "Storm hits town\nBy Paul Roe\n\nThe storm hit on Monday.\n\nPAUL ROE WAS THERE ON MONDAY AND SAW THE WHOLE THING\n\nThe end came soon.\n"
    article = newsparse.parse_article(text)
    assert [paragraph.text for paragraph in article.paragraphs][-1] == "The end came soon."


@pytest.mark.parametrize("error", [
    newsparse.ArticleTooLarge(10, 5), newsparse.DecodeError("utf-8", 3, "invalid start byte"), newsparse.UnknownCodec("encoding", "nope"),
])
def test_the_errors_pickle(error: Exception) -> None:
    import pickle

    again = pickle.loads(pickle.dumps(error))
    assert (type(again), str(again), vars(again)) == (type(error), str(error), vars(error))


COUNTS = [
    ("fr", "Près de 200 habitants ont dit qu'ils quitteraient la ville.", "Près de 200 habitants"),
    ("es", "Más de 200 vecinos dijeron que dejarían la ciudad.", "Más de 200 vecinos"),
    ("es", "Cerca de 200 vecinos dijeron que dejarían la ciudad.", "Cerca de 200 vecinos"),
    ("en", "Nearly 200 residents said they would leave the town.", "Nearly 200 residents"),
]


@pytest.mark.parametrize(("language", "sentence", "speaker"), COUNTS)
def test_a_count_of_people_is_kept_as_written(language: str, sentence: str, speaker: str) -> None:
    article = newsparse.ArticleParser(language=language).parse(HEAD + sentence + "\n")
    assert [(quote.speaker.name, quote.speaker.mention) if quote.speaker else None for quote in article.quotes] == [
        (speaker, speaker)
    ]
