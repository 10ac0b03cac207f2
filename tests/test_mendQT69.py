"""Wrong speakers and quotes a new user found (issue 5, round 69): a quotation given to the next
sentence's subject when that sentence reports on a platform (``posted on X that ...``), an unlisted
party's name read as a person (``The Sinn Fein MLA``), a street corner read as the speaker
(``Shop owners along Hawthorne &amp; Division``), a plural noun read as a cue (``for medical
reasons``), a quotation after ``told reporters Tuesday,`` read as mixed, and a body's name cut
midway in a mention (``Kim Delfino of Defenders``).  Invented stories in web-copy, feed and wire
shapes; each row is the text after a plain headline and the exact ``(text, kind, speaker name,
mention)`` quadruples that must come out, in order.  Negative rows say what must stay."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind
from newsparse.entities import EntityReading, entities_unescaped
from newsparse.jsontext import ESCAPE_PADDING
from newsparse.spans import Span, collapse
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]

quotes_of = partial(mention_rows, headline="City and politics")


# 1. a quotation that closes its sentence is never the next sentence's, when that sentence's cue
# reports a clause of its own after a platform or a time ("posted on X that ...")
NEXT_SENTENCE = [
    ('Mayor Jane Doe wrote on Facebook: "Stay home." Her deputy posted on X that roads were closed.',
     [("Stay home.", D, "Jane Doe", "Mayor Jane Doe"), ("roads were closed", R, "Her deputy", "Her deputy")]),
    ('Governor Tom Ruiz posted on Instagram: "We are ready." His spokesman said on X that crews were out.',
     [("We are ready.", D, "Tom Ruiz", "Governor Tom Ruiz"), ("crews were out", R, "His spokesman", "His spokesman")]),
    ('Council leader Amy Hart wrote on Facebook: "Be patient." The fire chief tweeted on Sunday that two '
     "crews had arrived.",
     [("Be patient.", D, "Amy Hart", "Council leader Amy Hart"),
      ("two crews had arrived", R, "The fire chief", "The fire chief")]),
    # no speaker before: no one, never the next sentence's subject
    ('"Stay home." Her deputy posted on X that roads were closed.',
     [("Stay home.", D, None, None), ("roads were closed", R, "Her deputy", "Her deputy")]),
    ('"We are ready." Her aide told reporters on Monday that crews were out.',
     [("We are ready.", D, None, None), ("crews were out", R, "Her aide", "Her aide")]),
    # the platform's report of its own subject is read too (was missed after "said:")
    ('Mayor Jane Doe said: "Stay home." Her deputy wrote on X that roads were closed.',
     [("Stay home.", D, "Jane Doe", "Mayor Jane Doe"), ("roads were closed", R, "Her deputy", "Her deputy")]),
    # negative rows: an attribution that closes the sentence, or a relative "that", stays the quotation's
    ('"Why now?" Ana Ruiz asked on Monday.', [("Why now?", D, "Ana Ruiz", "Ana Ruiz")]),
    ('"We are ready." Tom Berg said in a post that was later deleted.', [("We are ready.", D, "Tom Berg", "Tom Berg")]),
    ('"We will win," Tom Berg told reporters on Monday that the plan was ready.',
     [("We will win,", D, "Tom Berg", "Tom Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_SENTENCE)
def test_a_quotation_is_not_the_next_sentences(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("tail", "reports"),
    [(" on X that roads were closed.", True), (" on Sunday that crews", True), (" in a statement that the", True),
     (" that it", True), (" on Monday.", False), (" in a post that was deleted.", False), (", that is", False),
     (" on the steps of the town hall that", False)],
)
def test_a_tail_reports_a_clause(tail: str, reports: bool) -> None:
    parser = newsparse.ArticleParser().quotes
    raw = f"Her deputy posted{tail}"
    assert parser.tail_reports_clause(raw, len("Her deputy posted")) is reports


# 2. an unlisted party's name before a seat's letters is no person's name
PARTY_MEMBERS = [
    ("Caoimhe Archibald spoke at Stormont on Monday. The Sinn Fein MLA said departments would face cuts.",
     [("departments would face cuts", R, "The Sinn Fein MLA", "The Sinn Fein MLA")]),
    ('Kate Forbes spoke at Holyrood. The SNP MSP said the budget was tight. "We will manage," she added.',
     [("the budget was tight", R, "The SNP MSP", "The SNP MSP"), ("We will manage,", D, "The SNP MSP", "she")]),
    ("Ciara Byrne spoke in the Dail. The Fianna Fail TD said the budget was tight.",
     [("the budget was tight", R, "The Fianna Fail TD", "The Fianna Fail TD")]),
    ('"We need more," said the Alliance MLA, who chairs the committee.',
     [("We need more,", D, "the Alliance MLA", "the Alliance MLA")]),
    # negative rows: a listed party, a role in lower case, a name before its letters
    ("The Labour MP said the budget was tight.", [("the budget was tight", R, "The Labour MP", "The Labour MP")]),
    ("Ann Lee spoke at the town hall. The Green councillor said the budget was tight.",
     [("the budget was tight", R, "The Green councillor", "The Green councillor")]),
    ("Helen Park KC said the ruling was wrong.", [("the ruling was wrong", R, "Helen Park", "Helen Park KC")]),
    ("Sarah Hill MP said the ruling was wrong.", [("the ruling was wrong", R, "Sarah Hill", "Sarah Hill MP")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_MEMBERS)
def test_a_party_member_is_described(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


def test_the_party_member_is_no_person_of_the_index() -> None:
    article = newsparse.parse_article(
        "Budget agreed\n\nCaoimhe Archibald spoke at Stormont. The Sinn Fein MLA said departments would face cuts. "
        '"Nobody is getting everything they asked for," she added.\n'
    )
    assert [(q.text, q.speaker and q.speaker.name) for q in article.quotes] == [
        ("departments would face cuts", "The Sinn Fein MLA"),
        ("Nobody is getting everything they asked for,", "Caoimhe Archibald"),
    ]


# 3. a place after a preposition of place is where the speakers are, never the speaker
PLACED_GROUPS = [
    ("Shop owners along Hawthorne & Division said the lanes would remove parking.",
     [("the lanes would remove parking", R, "Shop owners along Hawthorne & Division",
       "Shop owners along Hawthorne & Division")]),
    ("Shop owners along Hawthorne and Division said the lanes would remove parking.",
     [("the lanes would remove parking", R, "Shop owners along Hawthorne and Division",
       "Shop owners along Hawthorne and Division")]),
    ("Residents within Elm Park and Oak Lane said the noise was constant.",
     [("the noise was constant", R, "Residents within Elm Park and Oak Lane", "Residents within Elm Park and Oak Lane")]),
    ("Vendors opposite Union Station and Bay Street said trade had fallen.",
     [("trade had fallen", R, "Vendors opposite Union Station and Bay Street",
       "Vendors opposite Union Station and Bay Street")]),
    ("Diners outside Bishop & Sons said the queue was long.",
     [("the queue was long", R, "Diners", "Diners outside Bishop & Sons")]),
    # negative rows: a firm's name with an ampersand, two people joined
    ("Craft brewer Hollis & Crane said sales rose.", [("sales rose", R, "Hollis & Crane", "Craft brewer Hollis & Crane")]),
    ("Procter & Gamble said sales rose.", [("sales rose", R, "Procter & Gamble", "Procter & Gamble")]),
    ("Tom Berg and Ana Ruiz said the plan would fail.",
     [("the plan would fail", R, "Tom Berg and Ana Ruiz", "Tom Berg and Ana Ruiz")]),
    ('"We won," Tom Berg said. The aides gathered around Mr. Berg laughed.', [("We won,", D, "Tom Berg", "Tom Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACED_GROUPS)
def test_a_place_is_not_the_speaker(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 3b. a feed's copy with HTML character references: a reference never splits a phrase or a name
FEED = """Bike lanes draw fire

PORTLAND, Ore. &mdash; The council on Monday delayed a vote on the mayor&#8217;s plan.

&#8220;We need more time to hear from businesses,&#8221; said council member Ana Ruiz.&nbsp;

Shop owners along Hawthorne &amp; Division said the lanes would remove parking.

&ldquo;It will kill us,&rdquo; said Bill O&#8217;Brien, who runs a bakery.

AT&amp;T said the cables would be moved.
"""


def test_references_are_read_as_what_they_stand_for() -> None:
    article = newsparse.parse_article(FEED)
    rows = [(q.text, q.kind, q.speaker and q.speaker.name, q.speaker and q.speaker.mention) for q in article.quotes]
    assert rows == [
        ("We need more time to hear from businesses,", D, "Ana Ruiz", "council member Ana Ruiz"),
        ("the lanes would remove parking", R, "Shop owners along Hawthorne & Division",
         "Shop owners along Hawthorne & Division"),
        ("It will kill us,", D, "Bill O’Brien", "Bill O’Brien"),
        ("the cables would be moved", R, "AT&T", "AT&T"),
    ]
    for quote in article.quotes:  # (the spans are the input's, on whole references)
        assert collapse(entities_unescaped(quote.span.slice(FEED))) == quote.text
        speaker = quote.speaker
        assert speaker is not None and speaker.span is not None
        assert collapse(entities_unescaped(speaker.span.slice(FEED))) == speaker.mention


def test_an_entity_reading_keeps_offsets() -> None:
    text = "Hawthorne &amp; Division &#8220;x&#8221; &bogus; O&#x2019;Brien"
    reading = EntityReading.of(text)
    assert len(reading.text) == len(text)
    assert reading.text.replace(ESCAPE_PADDING, "") == "Hawthorne & Division “x” &bogus; O’Brien"
    start = reading.text.index("&")  # (inside the reference: widened to its start)
    assert reading.widened(Span(start, start + 1)) == Span(text.index("&amp;"), text.index("&amp;") + 5)
    assert not EntityReading.holds_references("Tom & Jerry; no reference")
    assert entities_unescaped("R&amp;D") == "R&D"


# 4. a verb form that is a plural noun after a preposition is no cue
NOUN_FORMS = [
    ("Schools will make exceptions for students who need phones for medical reasons, such as monitoring diabetes.", []),
    ("The ban punishes students who need phones for medical reasons, such as monitoring diabetes.", []),
    ("Parents who keep children home for religious reasons, such as fasting, must write to the school.", []),
    ("Voters who stayed home for personal reasons, such as illness, were counted.", []),
    ("The board sided with the tenants against spurious claims, such as the ones about noise.", []),
    ("The council pressed on despite official warnings, critics noted.", [("The council pressed on despite official warnings", R, "critics", "critics")]),
    # negative rows: a verb after its subject
    ("A spokesman for police warns that the roads are icy.",
     [("the roads are icy", R, "A spokesman for police", "A spokesman for police")]),
    ("The head of finance warns that the budget is tight.",
     [("the budget is tight", R, "The head of finance", "The head of finance")]),
    ("Ana Ortiz reasons that the plan will fail.", [("the plan will fail", R, "Ana Ortiz", "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_FORMS)
def test_a_plural_noun_is_no_cue(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 6. a quotation after a cue, the one told and a bare day is direct
TOLD_ON_A_DAY = [
    ('Ana Ortiz told reporters Tuesday, "We\'re almost there."',
     [("We're almost there.", D, "Ana Ortiz", "Ana Ortiz")]),
    ('Governor Amy Hart told the BBC yesterday: "We will rebuild."',
     [("We will rebuild.", D, "Amy Hart", "Governor Amy Hart")]),
    ('The mayor told residents Friday, "Stay indoors."', [("Stay indoors.", D, "The mayor", "The mayor")]),
    # negative rows: a clause the quotation ends stays mixed
    ('Ana Ortiz told reporters the plan was "almost there."',
     [('the plan was "almost there."', M, "Ana Ortiz", "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_ON_A_DAY)
def test_told_on_a_bare_day_is_direct(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 7. a mention never cuts a body's name midway: the whole name, or the person alone
BODY_NAMES = [
    ('"The loss of the lanes is a step back," said Albert Koehl of Bells on Bloor.',
     [("The loss of the lanes is a step back,", D, "Albert Koehl", "Albert Koehl")]),
    ('"This is a win," said Kim Delfino of Defenders of Wildlife.', [("This is a win,", D, "Kim Delfino", "Kim Delfino")]),
    ('"This is a win," said Ana Ruiz of Friends of the Earth, a green group.',
     [("This is a win,", D, "Ana Ruiz", "Ana Ruiz")]),
    ('"This is a win," said Jo Hart of Marks & Spencer Group.', [("This is a win,", D, "Jo Hart", "Jo Hart")]),
    ('"This is a win," said the head of Friends of the Earth.',
     [("This is a win,", D, "the head of Friends of the Earth", "the head of Friends of the Earth")]),
    ('"This is a win," said a spokesman for the Friends of the Earth.',
     [("This is a win,", D, "a spokesman for the Friends of the Earth", "a spokesman for the Friends of the Earth")]),
    # the firm after the person is no referent of "It said" after it
    ('"No shift is in prospect," said William Griggs of Griggs and Santow Inc. The Fed said reserves fell. '
     "It said that borrowings rose.",
     [("No shift is in prospect,", D, "William Griggs", "William Griggs"), ("reserves fell", R, "Fed", "The Fed"),
      ("borrowings rose", R, "Fed", "It")]),
    # negative rows: a whole name, a town, a time after it
    ('"This is a win," said Tom Berg of the Sierra Club.', [("This is a win,", D, "Tom Berg", "Tom Berg of the Sierra Club")]),
    ('"This is a win," said Ann Lee of Doctors Without Borders.',
     [("This is a win,", D, "Ann Lee", "Ann Lee of Doctors Without Borders")]),
    ('"This is a win," said Ann Lee of Medford on Tuesday.', [("This is a win,", D, "Ann Lee", "Ann Lee of Medford")]),
    ('"This is a win," said Jo Hart of Medford, Oregon.', [("This is a win,", D, "Jo Hart", "Jo Hart of Medford")]),
]


@pytest.mark.parametrize(("text", "expected"), BODY_NAMES)
def test_a_body_name_is_never_cut(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# misses: the words a cue reports through someone, and a platform's report of its subject
THROUGH_SOMEONE = [
    ("Ana Ruiz said through a translator that the village had no water.",
     [("the village had no water", R, "Ana Ruiz", "Ana Ruiz")]),
    ("Mayor Ben Okafor said via a spokesman that the pool would reopen.",
     [("the pool would reopen", R, "Ben Okafor", "Mayor Ben Okafor")]),
    ("Senator Ana Ruiz wrote on X that the bill was dead.", [("the bill was dead", R, "Ana Ruiz", "Senator Ana Ruiz")]),
    ("Tom Berg posted on Facebook on Monday that the shop would close.",
     [("the shop would close", R, "Tom Berg", "Tom Berg")]),
    # negative rows: no cue, a relative "that" after the noun
    ("The water flowed through a pipe that burst.", []),
    ("Crews worked via a hatch that opened onto the roof.", []),
]


@pytest.mark.parametrize(("text", "expected"), THROUGH_SOMEONE)
def test_words_reported_through_someone(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
