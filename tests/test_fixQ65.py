"""fixQ65: quote attribution fixes from last round's users (issue 5).

Each construction is read in several variants (other names, roles, bodies, verbs), with rows
that must not change.
"""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

PARSER = ArticleParser()


def quotes(body: str, headline: str = "Local news roundup") -> list[tuple[str, str | None]]:
    """The (text, speaker name) of every quote of an article with *body* under *headline*."""
    article = PARSER.parse(f"{headline}\n\n{body}")
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in article.quotes]


def speaker_of(body: str, words: str) -> str | None:
    """The speaker's name of the one quote of *body* whose text holds *words*."""
    found = [name for text, name in quotes(body) if words in text]
    assert len(found) == 1, quotes(body)
    return found[0]


# 1. More (and the other surname words) after a given name or a title is a surname.
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        ("The actor Kenneth More said the theatre would close at the end of the season.", "theatre", "Kenneth More"),
        ("Head teacher Jasmine More said fees would rise by 5 per cent next year.", "fees", "Jasmine More"),
        ("Sir Thomas More said the king had been badly advised, according to the letter.", "king", "Thomas More"),
        ('"It is a sad day for the village," Jasmine More said on Friday.', "sad day", "Jasmine More"),
        ("Ward sister Ana Late said the ward had been full since Monday night.", "ward had", "Ana Late"),
    ],
)
def test_surname_word_after_given_name(body: str, words: str, speaker: str) -> None:
    assert speaker_of(body, words) == speaker


@pytest.mark.parametrize(
    "body",
    [
        "The river rose overnight. More than 40 people said they had lost their homes.",
        "In March More than 200 families said they could not pay the rent.",
    ],
)
def test_more_opening_a_count_is_no_name(body: str) -> None:
    assert all(name is None or "More" not in name for _, name in quotes(body)), quotes(body)


# 3. A possessive body before a person's name: the person speaks.
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        ('"We were the better side," St. Mary\'s Jo Reed said after the match.', "better side", "Jo Reed"),
        ("Lloyd's Jo Reed said claims would rise sharply this winter.", "claims", "Jo Reed"),
        ("Ohio State's Mia Park said the team was ready for the final.", "team", "Mia Park"),
        ("Goldman Sachs's Ana Lim said rates would fall before the summer.", "rates", "Ana Lim"),
        ("Arsenal's Declan Rice said the squad was tired after the trip.", "squad", "Declan Rice"),
    ],
)
def test_person_after_possessive_body(body: str, words: str, speaker: str) -> None:
    assert speaker_of(body, words) == speaker


def test_possessive_firm_alone_stays_the_firm() -> None:
    assert speaker_of("McDonald's said sales rose 4 per cent in the quarter.", "sales") == "McDonald's"


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        # (a firm's name after the possessive: no given name opens it)
        ("Output rose, said the trade paper Ward's Automotive Reports.", "Output", "Ward Automotive Reports"),
        ("Dreyer's Grand Ice Cream said it has restated its loss for the year.", "restated", "Dreyer's Grand Ice Cream"),
        # (a list: each name read on its own, neither dropped)
        (
            "MSNBC's Alex Roe and Reuters' Luciana Lopez argued that the plan was naive.",
            "plan",
            "Alex Roe and Luciana Lopez",
        ),
    ],
)
def test_possessive_before_no_person_keeps_the_phrase(body: str, words: str, speaker: str) -> None:
    assert speaker_of(body, words) == speaker


# 4. An appositive in a list names someone else, who does not speak.
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Ana Ruiz, a friend of Tom Berg, and the mayor said the road should reopen.", "Ana Ruiz and the mayor"),
        ("Eva Hall, a cousin of Lena Park, and the sheriff said the bridge was unsafe.", "Eva Hall and the sheriff"),
        ("Omar Said, the brother of Ali Said, and the coroner said the death was an accident.", None),
    ],
)
def test_appositive_in_list_is_not_a_speaker(body: str, speaker: str | None) -> None:
    names = [name for _, name in quotes(body)]
    assert len(names) == 1, quotes(body)
    name = names[0]
    if speaker is not None:
        assert name == speaker
    # (never the person the appositive names)
    assert name is None or not any(other in name for other in ("Tom Berg", "Lena Park", "Ali Said"))


def test_list_of_titled_names_keeps_every_name() -> None:
    body = "Ana Ruiz, school trustee Eva Hall and Tom Berg said the road should reopen."
    assert speaker_of(body, "road") == "Ana Ruiz, Eva Hall and Tom Berg"


# 9. A thing pronoun after a sentence whose subject is a body: the body; and 12. a trailing
# source phrase: the company speaks, the filing does not.  Each row: a paragraph with one quote,
# its speaker, and what the row checks.
ONE_SPEAKER = [
    ("The regulator published its report on Monday. It says banks must hold more capital.", "The regulator",
     "9: It after a body in lower case"),
    ("The watchdog fined the lender on Monday. It said the fine was fair.", "The watchdog", "9: It after a body noun"),
    ("The committee met on Tuesday. It said the hospital needed more staff.", "The committee", "9: It after an organisation word"),
    ("The Bank of England raised rates on Thursday. It said inflation would fall next year.", "Bank of England",
     "9: It after a named body with of"),
    ("The Ministry of Defence confirmed the deaths on Friday. It said two soldiers were hurt.", "Ministry of Defence",
     "9: It after a ministry with of"),
    ("The company said in a filing that it would cut 200 jobs.", "The company", "12: in a filing"),
    ("Acme Corp said in a letter to shareholders that profits would fall.", "Acme Corp", "12: in a letter to someone"),
    ("The bank said in a statement on Monday that its chief would retire.", "The bank", "12: in a statement, then a day"),
]


@pytest.mark.parametrize(("body", "speaker", "why"), ONE_SPEAKER, ids=[row[2] for row in ONE_SPEAKER])
def test_one_quote_speaker(body: str, speaker: str, why: str) -> None:
    assert [name for _, name in quotes(body)] == [speaker], why


@pytest.mark.parametrize(
    "body",
    [
        # (no body opens the sentence before: "It" is left as written, never a person)
        "Prices rose on Monday. It said the fine was fair.",
        # (the body's possessed noun is the subject, not the body)
        "The regulator's chief, Tom Berg, spoke on Monday. It says the fine was fair.",
        # (a spokesman is a person, no body)
        "The spokesman arrived late on Monday. It said the fine was fair.",
    ],
)
def test_thing_pronoun_without_body_subject(body: str) -> None:
    names = [name for _, name in quotes(body)]
    assert names and all(name in (None, "It") for name in names), quotes(body)


# 10. A cue, to and someone addressed, then that.
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        ("The Commission confirmed to Euractiv that the rules would be delayed.", "rules", "Commission"),
        ("A spokesman confirmed to the BBC that talks had stalled.", "talks", "A spokesman"),
        ("Ana Ruiz explained to reporters that the budget was already spent.", "budget", "Ana Ruiz"),
        ("Tom Berg confirmed to Reuters on Monday that the plant would close.", "plant", "Tom Berg"),
    ],
)
def test_cue_to_addressee_that(body: str, words: str, speaker: str) -> None:
    article = PARSER.parse(f"Talks stall\n\n{body}")
    found = [q for q in article.quotes if words in q.text]
    assert len(found) == 1
    assert found[0].text.split()[0] not in ("to", "that")  # (the clause after "that", no addressee)
    assert found[0].speaker is not None and found[0].speaker.name == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Tom Berg replied to a letter that the council sent in May.",
        "Ana Ruiz said she would go to the shop that sells bread.",
    ],
)
def test_to_before_relative_that_reports_no_addressee(body: str) -> None:
    assert all("that" not in text.split()[:1] and not text.startswith("to ") for text, _ in quotes(body)), quotes(body)


# 11. "..." was how X described it.
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        ('"A very good day" was how Ana Ruiz described it.', "A very good day", "Ana Ruiz"),
        ('"A disgrace" was how Labour leader Tom Berg summed it up.', "A disgrace", "Tom Berg"),
        ('"Chaotic and rushed" is how Lena Park characterised the talks.', "Chaotic", "Lena Park"),
        ('"A step back" was how the minister put it.', "A step back", "the minister"),
    ],
)
def test_was_how_speaker_described_it(body: str, words: str, speaker: str) -> None:
    assert speaker_of(body, words) == speaker


def test_was_how_it_felt_names_no_speaker() -> None:
    body = '"A very good day" was how it felt to the crowd outside the stadium.'
    assert all(name is None for _, name in quotes(body)), quotes(body)


# 12. A trailing source phrase: rows of ONE_SPEAKER (section 9).


# 13. A broker's rating in quotation marks is no one's words.
@pytest.mark.parametrize(
    "body",
    [
        'Analysts at Barclays raised their target and maintained an "outperform" call on the stock.',
        'Analysts at UBS repeated their "neutral" recommendation on the shares.',
        'Citi reiterated its "buy" rating on Acme.',
        "Jefferies maintained an overweight stance on the retailer.",
    ],
)
def test_rating_object_is_no_quote(body: str) -> None:
    assert quotes(body) == []


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        ('Jefferies kept its "buy" rating on the shares, saying demand was strong.', "demand", "Jefferies"),
        ("Tom Berg said the call on Monday was a mistake.", "call", "Tom Berg"),
        ("The broker maintained that the shares were cheap.", "shares", "The broker"),
        # (a call or a rating with no rating term before it is no broker's rating)
        ("Ana Ruiz says Tom Berg's call to ban the march and his remarks bear some of the blame.", "ban", "Ana Ruiz"),
        ("Moody's said its initial rating of B-1 for the notes remained appropriate.", "B-1", "Moody's"),
    ],
)
def test_broker_note_around_rating_still_reports(body: str, words: str, speaker: str) -> None:
    assert speaker_of(body, words) == speaker


# 8. A second subject joined after an inverted cue, then a relative clause set off.
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"We have had enough," said Ana Ruiz and Tom Berg, who run the shop, on Friday.', "Ana Ruiz and Tom Berg"),
        ('"The rent is too high," said Lena Park and her husband, who own the cafe.', "Lena Park and her husband"),
        ('"It is over," said Omar Haddad and the mayor, who both attended the hearing.', "Omar Haddad and the mayor"),
        ('"We have had enough," said Ana Ruiz and Tom Berg.', "Ana Ruiz and Tom Berg"),
    ],
)
def test_joined_subjects_before_relative(body: str, speaker: str) -> None:
    assert [name for _, name in quotes(body)] == [speaker]


def test_clause_after_inverted_subject_is_no_second_subject() -> None:
    body = '"We will appeal," said Tom Berg and left the court, which was packed.'
    assert [name for _, name in quotes(body)] == ["Tom Berg"]
