"""A second reader's findings on the merged round of stop 46 (fixR53): a reported clause that
opens with ``not`` or ``never`` is no condition of speaking; a name alone under a kicker is a
columnist's only under a kicker of signed pieces; a body's name after a long role is no
speaker; a midnight written as a clock is that time; the old flat shape of
``TimestampParser.LABELLED_WEEKDAYS`` is refused at construction."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import QuoteKind
from newsparse.timestamp import TimestampParser
from quote_cases import mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a negated clause the relative clause's cue reports: words of their own
        ("A spokesman, who said not all staff would be paid, added that talks would resume.",
         [("not all staff would be paid", R, "A spokesman", "A spokesman"),
          ("talks would resume", R, "A spokesman", "A spokesman")]),
        ("The nurse, who warned not every ward would reopen, added that beds were short.",
         [("not every ward would reopen", R, "The nurse", "The nurse"),
          ("beds were short", R, "The nurse", "The nurse")]),
        ("The coach, who said never again would he lose at home, added that the team was tired.",
         [("never again would he lose at home", R, "The coach", "The coach"),
          ("the team was tired", R, "The coach", "The coach")]),
        # a condition of speaking (a negated infinitive): the sentence's own cue speaks
        ("\u201cThe pier is lost,\u201d a resident of Bath, who asked not to be named, said.",
         [("The pier is lost,", D, "a resident of Bath", "a resident of Bath")]),
        ("\u201cThe ward is closed,\u201d a nurse in Leeds, who asked never to be identified, said.",
         [("The ward is closed,", D, "a nurse in Leeds", "a nurse in Leeds")]),
    ],
)
def test_a_negated_clause_is_reported_a_negated_infinitive_is_a_condition(paragraph: str, expected: list[object]) -> None:
    assert mention_rows(paragraph) == expected


STORY = (
    "\n\nAfter 27 years on tour, the champion played her last match on Friday night in New York.\n\n"
    "She won 23 major titles and changed the sport for a generation of players.\n\n"
    "Fans filled the stadium to say goodbye.\n"
)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("Opinion\nJane Roe\nWhy deeper cuts will hurt the people they are meant to help", ("Jane Roe",)),
        ("Opinion\n\nTom Hale\nWhy the council should think again about the pool", ("Tom Hale",)),
        ("Meinung\nAnna Schmidt\nWarum die Kürzungen die Falschen treffen werden", ("Anna Schmidt",)),
        # a profile's subject under another kicker: no byline (a wrong author is worse than none)
        ("Sport\n\nSerena Williams\n\nThe greatest player of her generation says goodbye to tennis", None),
        ("Profiles\nMary Berry\nThe baker who taught a nation to love cakes and bakes", None),
        ("Obituaries\nMargaret Hale\nHarbour master who guided ships into port for 40 years", None),
    ],
)
def test_a_name_under_a_kicker_is_an_author_only_under_a_column_kicker(header: str, authors: tuple[str, ...] | None) -> None:
    article = newsparse.parse_article(header + STORY)
    assert (article.byline.authors if article.byline else None) == authors
    # the title is the headline either way (a subject's name is a second label of the kicker: fixH53)
    lines = [line for line in header.split("\n") if line]
    assert article.headline is not None and article.headline.text == lines[2]
    assert article.section == ((lines[0],) if authors else (lines[0], lines[1]))


@pytest.mark.parametrize(
    ("language", "paragraph", "expected"),
    [
        ("es", "«Reabriremos el mercado», dijo el portavoz del comité de huelga, Luis Ortega.",
         [("Reabriremos el mercado", D, "Luis Ortega", "Luis Ortega")]),
        # a body's name after the role: no person, so no name speaks
        ("es", "«No aceptaremos», dijo el portavoz del comité de huelga, Comisiones Obreras.",
         [("No aceptaremos", D, None, None)]),
        ("fr", "« Nous ne céderons pas », a déclaré le porte-parole du comité de grève, Force Ouvrière.",
         [("Nous ne céderons pas", D, None, None)]),
    ],
)
def test_a_name_after_a_long_role_is_a_persons(language: str, paragraph: str, expected: list[object]) -> None:
    assert mention_rows(paragraph, language) == expected


@pytest.mark.parametrize(
    ("update", "updated"),
    [
        # midnight written as a clock is that time: 23 hours before the publication, so no update
        ("Updated: Nov 3, 2026 00:00", None),
        # a date with no clock on the publication's day, under a publication with a clock: no update (its
        # midnight would fall before the publication: fixT56a)
        ("Updated: Nov 3, 2026", None),
        ("Updated: Nov 4, 2026 00:00", "2026-11-04T00:00:00"),
        ("Updated: Nov 2, 2026", None),
    ],
)
def test_a_midnight_clock_is_compared_as_a_time(update: str, updated: str | None) -> None:
    text = (
        f"Storm hits coast\n\nPublished: Nov 3, 2026 11:00 PM\n\n{update}\n\n"
        "MIAMI (AP) \u2014 A storm hit the coast on Tuesday, officials said.\n\nMore rain is expected on Wednesday.\n"
    )
    article = newsparse.parse_article(text)
    assert article.published is not None and article.published.datetime.isoformat() == "2026-11-03T23:00:00"
    assert (article.updated.datetime.isoformat() if article.updated else None) == updated


def test_the_old_flat_weekday_list_is_refused_at_construction() -> None:
    class OldShape(TimestampParser):
        LABELLED_WEEKDAYS = ("lundi", "mardi")  # type: ignore[assignment]

    with pytest.raises(TypeError, match="LABELLED_WEEKDAYS must be a tuple of seven tuples"):
        OldShape()


def test_a_weekday_list_of_one_tuple_a_day_is_taken() -> None:
    class Short(TimestampParser):
        LABELLED_WEEKDAYS = (("lundi",), ("mardi",), ("mercredi",), ("jeudi",), ("vendredi",), ("samedi",), ("dimanche",))

    parser = newsparse.ArticleParser(language="fr", timestamps=Short(newsparse.ArticleParser(language="fr").vocabulary))
    article = parser.parse("Budget voté\n\nPublié le mardi 3 novembre 2026 à 14h05\n\nLe conseil a voté le budget mardi.\n")
    assert article.published is not None and article.published.datetime.isoformat().startswith("2026-11-03T14:05")


# A new user's findings on the merged round (trial53a)

LEDE = "\n\nHospitals across England are bracing for a winter surge, health leaders said on Friday.\n\nMore beds will open.\n"


@pytest.mark.parametrize(
    ("stamp", "published", "updated"),
    [
        # a weekday the date contradicts: no stamp at all, never a year read from the clock's minutes
        ("Last updated: 10:42, Thursday, 4 December 2026", None, None),
        ("Published: 10:42, Thursday, 4 December 2026", None, None),
        ("Published: 10.42, Sunday, 4 December 2026", None, None),
        # the weekday right: read whole
        ("Last updated: 10:42, Friday, 4 December 2026", None, "2026-12-04T10:42:00"),
        ("Published: 10.42 Friday 4 December 2026", "2026-12-04T10:42:00", None),
        ("Updated 3.15pm, 4 December 2026", None, "2026-12-04T15:15:00"),
    ],
)
def test_no_date_opens_inside_a_clock(stamp: str, published: str | None, updated: str | None) -> None:
    article = newsparse.parse_article("Hospitals brace for winter surge\n\nBy Sarah Okoye\n" + stamp + LEDE)
    assert (article.published.datetime.isoformat() if article.published else None) == published
    assert (article.updated.datetime.isoformat() if article.updated else None) == updated
    assert all(b.text != "10" for b in article.boilerplate)


@pytest.mark.parametrize(
    "story",
    [
        # a two-word line carried on in lower case: a hard wrap, a manual line break (\x0b), an indent
        "The council\ndelayed the vote on Monday after a long debate, Hart said.",
        "The council\x0b delayed the vote on Monday after a long debate, Hart said.",
        "The council\n delayed the vote on Monday after a long debate, Hart said.",
        "The mayor spoke first.\n\nThe council\ndelayed the vote on Monday after a long debate, Hart said.",
    ],
)
def test_a_short_line_carried_on_in_lower_case_is_one_sentence(story: str) -> None:
    article = newsparse.parse_article("Budget vote delayed\n\n" + story + "\n")
    assert article.paragraphs[-1].text == "The council delayed the vote on Monday after a long debate, Hart said."
    assert not article.boilerplate
    assert [q.text for q in article.quotes] == ["The council delayed the vote on Monday after a long debate"]


@pytest.mark.parametrize(
    "story",
    [
        # a line of one word, a line that ends a sentence, a line in capitals: not carried on
        "Advertisement\nthe council delayed the vote on Monday, Hart said.",
        "The vote waits.\nthe council delayed it on Monday, Hart said.",
    ],
)
def test_a_line_that_is_no_wrapped_phrase_is_not_carried_on(story: str) -> None:
    article = newsparse.parse_article("Budget vote delayed\n\n" + story + "\n")
    first = story.split("\n")[0]
    assert all(first not in p.text or p.text == first for p in article.paragraphs)
