"""Bugs caught in review, each kept as a case so that it stays fixed.

Grouped by the part they concern; every case states the input and what must come out.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle

import pytest

import newsparse
from newsparse import BoilerplateParser, MonthDay, TimestampParser, Vocabulary
from newsparse.cli import main
from newsparse.lines import split_lines

BOILERPLATE_CASES = [
    ("Share this article", "share"),
    ("Share this story", "share"),
    ("Facebook Twitter Email", "share"),
    ("Sign up for our Morning Briefing newsletter", "subscribe"),
    ("Subscribe", "subscribe"),
    ("Copyright 2025 The Daily Ledger. All rights reserved.", "copyright"),
    ("© 2025 Harbour Media", "copyright"),
    ("Registered voters turned out in record numbers on Tuesday.", None),
    ("Newsletter publishers said the postal rules would hurt them.", None),
    ("Log into the system, the manual says, before changing anything.", None),
    ("Copyright holders sued the streaming service in March.", None),
    ("Related issues were raised at the hearing, officials said.", None),
]


@pytest.mark.parametrize(("line", "kind"), BOILERPLATE_CASES)
def test_boilerplate_kind(line: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(line) == kind


def test_no_duplicate_boilerplate_cases() -> None:
    lines = [line for line, _ in BOILERPLATE_CASES]
    assert len(lines) == len(set(lines))


@pytest.mark.parametrize(
    "credit",
    ["Jane Doe/Getty Images", "Jane Doe / Getty Images", "Jane Doe/AFP via Getty Images"],
)
def test_caption_credit_with_slash(credit: str) -> None:
    text = f"Storm closes port\n\nFishing boats shelter in the harbour at dawn on Monday. {credit}\n\nThe port closed on Monday."
    article = newsparse.parse_article(text)
    assert [c.credit for c in article.captions] == [credit]
    assert article.captions[0].text == "Fishing boats shelter in the harbour at dawn on Monday."


@pytest.mark.parametrize("author", ["June Whitaker", "Jan Vogel", "May Lin"])
def test_byline_author_named_like_a_month(author: str) -> None:
    article = newsparse.parse_article(f"Harbour fees rise\nBy {author}\n\nThe port raised its fees on Monday, officials said.")
    assert article.byline is not None
    assert article.byline.authors == (author,)


def test_long_update_label_is_an_update() -> None:
    class Stamps(TimestampParser):
        UPDATED_LABELS = (*TimestampParser.UPDATED_LABELS, "Story last updated")

    lines = split_lines("Story last updated: March 3, 2025 10:00 AM")
    (stamp,) = Stamps().parse(lines, 0)
    assert stamp.kind is newsparse.TimestampKind.UPDATED
    (default,) = TimestampParser().parse(split_lines("Updated on March 3, 2025 10:00 AM"), 0)
    assert default.kind is newsparse.TimestampKind.UPDATED


@pytest.mark.parametrize(
    ("reference", "expected"),
    [(dt.date(2025, 1, 1), dt.date(2024, 12, 31)), (dt.date(2024, 12, 31), dt.date(2024, 12, 31))],
)
def test_yearless_dates_agree_between_timestamp_and_dateline(reference: dt.date, expected: dt.date) -> None:
    text = "Ferry fares rise\nPublished: Dec 31 10:00 AM\n\nOSLO, Dec 31 (Reuters) - Ferry fares will rise, the operator said."
    article = newsparse.parse_article(text, reference_date=reference)
    assert article.dateline is not None and article.dateline.date == expected
    assert article.published is not None and article.published.datetime.date() == expected


def test_month_day_checks_the_day_against_the_month() -> None:
    assert MonthDay(2, 29).isoformat() == "--02-29"
    with pytest.raises(ValueError, match="no day 30"):
        MonthDay(2, 30)
    with pytest.raises(ValueError):
        MonthDay(4, 31)


def test_vocabulary_subclass_pickles() -> None:
    class Lusa(Vocabulary):
        AGENCIES = (*Vocabulary.AGENCIES, "Agencia Lusa")

    globals()["Lusa"] = Lusa  # pickle finds classes by module-level name
    Lusa.__qualname__ = "Lusa"
    copy = pickle.loads(pickle.dumps(Lusa()))
    assert copy.is_agency("Agencia Lusa")
    assert not Vocabulary().is_agency("Agencia Lusa")


def test_jsonl_stays_one_line_per_input_with_pretty(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    files = []
    for i in range(2):
        path = tmp_path / f"a{i}.txt"
        path.write_text("Ferry fares rise\n\nOSLO, Dec 31 (Reuters) - Fares will rise, the operator said.\n", encoding="utf-8")
        files.append(str(path))
    assert main(["--jsonl", "--pretty", *files]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["file"] for line in lines] == files


BYLINE_WITH_STAMP = [
    ("By Tess Bonn - 11/19/19 06:56 AM EST", ("Tess Bonn",), "2019-11-19T06:56"),
    ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", ("Umair Irfan",), "2019-11-13T10:28"),
    ("By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT", ("Sherif Saed",), "2019-11-20T08:05"),
    ("By Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST", ("Chris Pokorny",), "2019-11-18T11:47"),
    ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", ("Joe Rossignol",), "2019-11-18T07:45"),
]


@pytest.mark.parametrize(("line", "authors", "when"), BYLINE_WITH_STAMP)
def test_byline_and_stamp_on_one_line(line: str, authors: tuple[str, ...], when: str) -> None:
    text = f"Council delays vote on transit plan\n\n{line}\n\nThe city council delayed its vote on the transit plan on Monday, saying it needed more time."
    article = newsparse.parse_article(text)
    assert article.byline is not None and article.byline.authors == authors
    stamp = article.published or article.updated
    assert stamp is not None and stamp.datetime.isoformat()[:16] == when
    assert article.byline.span.slice(text) == article.byline.text
    assert not article.byline.span.overlaps(stamp.span)
    assert [p.text[:20] for p in article.paragraphs] == ["The city council del"]


def test_byline_with_a_role_after_a_bar_keeps_the_whole_line() -> None:
    text = "Wild beat Sabres\n\nBy Bill Hoppe | Special to the Pioneer Press\n\nThe Wild won their third straight game on Tuesday night in Buffalo."
    article = newsparse.parse_article(text)
    assert article.byline is not None
    assert article.byline.authors == ("Bill Hoppe",)
    assert article.byline.text == "By Bill Hoppe | Special to the Pioneer Press"


def test_paragraph_ending_in_a_colon_gives_the_next_quotation_its_speaker() -> None:
    text = (
        "Cruz gains backing\n\n"
        "Longtime activist Richard Viguerie, who chairs a direct-mail firm, said:\n\n"
        "“Not only can Ted Cruz win in November, he is the one with the best chance of doing it.”\n\n"
        "The endorsement came on Tuesday."
    )
    quotes = newsparse.parse_article(text).quotes
    assert [(q.kind.value, q.speaker and q.speaker.name) for q in quotes] == [("direct", "Richard Viguerie")]


ORGANISATION_CASES = [
    ("Ukraine's agriculture ministry said exports rose in April.", "The ministry said wheat made up half of the shipments.",
     "Ukraine's agriculture ministry"),
    ("The State Post Bureau said parcel volumes rose.", "The bureau said rural deliveries grew fastest.", "State Post Bureau"),
    ("Harlan Implement Co said it will close a plant.", "The company said the closing would cost 45 mln dlrs.", "Harlan Implement Co"),
    ("Nordvik Shipping Group said it had ordered two ships.", "The company said delivery was due in 2027.", "Nordvik Shipping Group"),
]


@pytest.mark.parametrize(("first", "second", "name"), ORGANISATION_CASES)
def test_organisation_mentions_resolve_to_the_named_organisation(first: str, second: str, name: str) -> None:
    article = newsparse.parse_article(f"Business news\n\n{first}\n\n{second}")
    speakers = [q.speaker.name for q in article.quotes if q.speaker is not None]
    assert speakers == [name, name]


def test_a_month_is_never_a_speaker() -> None:
    text = "Book returned\n\nThe book turned up in a market in March, believing it was a copy, the ministry said."
    assert [q.speaker and q.speaker.name for q in newsparse.parse_article(text).quotes] == ["the ministry"]


REPORTED_SPEECH_CASES = [
    # (paragraph, reported words, speaker)
    ("Nordwind chief executive Ola Berg welcomed the backing but warned that investors needed more certainty.",
     "investors needed more certainty", "Ola Berg"),
    ("Albion Coachways, one of Britain's largest bus operators, said on Sunday it would cut a fifth of its services.",
     "it would cut a fifth of its services", "Albion Coachways"),
    ("Kilbrannan Harbour Trust, which collects landing fees, said it would review the decision with its lawyers.",
     "it would review the decision with its lawyers", "Kilbrannan Harbour Trust"),
    ("Water companies have long complained that objections from residents delay large schemes.",
     "objections from residents delay large schemes", "Water companies"),
    ("Three council members opposed the measure, arguing that the surcharge would fall hardest on renters.",
     "the surcharge would fall hardest on renters", "Three council members"),
]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), REPORTED_SPEECH_CASES)
def test_reported_speech(paragraph: str, words: str, speaker: str) -> None:
    quotes = newsparse.parse_article(f"Local news\n\n{paragraph}").quotes
    assert [(q.text, q.speaker and q.speaker.name) for q in quotes] == [(words, speaker)]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Mother Superior Agnes Colin said the community had prayed every year. “We never stopped hoping,” she said.",
         "Agnes Colin"),
        ("Finance Minister Piotr Nowak met bankers on Monday. “The budget is safe,” he said.", "Piotr Nowak"),
    ],
)
def test_pronoun_after_a_person_named_in_the_same_paragraph(paragraph: str, speaker: str) -> None:
    text = (
        "Budget news\n\n“We will not raise taxes,” Deputy Mayor Ruth Okoye said on Friday.\n\n" + paragraph
    )
    quotes = newsparse.parse_article(text).quotes
    direct = [q for q in quotes if q.kind is newsparse.QuoteKind.DIRECT]
    assert direct[-1].speaker is not None and direct[-1].speaker.name == speaker


def test_a_sea_is_not_a_person() -> None:
    text = (
        "Grid plan agreed\n\n“The grid will be built,” French Foreign Minister Claire Dumont said.\n\n"
        "Dumont said other North Sea states must pay their share. “This is not charity,” she said."
    )
    speakers = [q.speaker.name for q in newsparse.parse_article(text).quotes if q.speaker is not None]
    assert "North Sea" not in speakers
    assert speakers[-1] == "Claire Dumont"


DIRECT_CASES = [
    # (text, quotation, speaker)
    ("Sanders stepped up his focus on justice, saying, “We have to end mass incarceration.”",
     "We have to end mass incarceration.", "Sanders"),
    ("“This is a fraud on investors,” Senator Charles E. Grassley, Republican of Iowa, said at a hearing.",
     "This is a fraud on investors,", "Charles E. Grassley"),
    ("“We raised the money ourselves,” Abraham, 92, said in an interview.", "We raised the money ourselves,", "Abraham"),
    ("The senator told Chris Wallace of Fox News, “Nothing is off the table.”", "Nothing is off the table.", "The senator"),
]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), DIRECT_CASES)
def test_direct_quotation(paragraph: str, words: str, speaker: str) -> None:
    quotes = newsparse.parse_article(f"Campaign news\n\n{paragraph}").quotes
    direct = [(q.text, q.speaker and q.speaker.name) for q in quotes if q.kind is newsparse.QuoteKind.DIRECT]
    assert direct == [(words, speaker)]


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        ("Fishermen must now sail around the closed zone, adding an hour or more to each trip.", []),
        ("The mayor backed the plan, adding the city would pay for the first phase.", ["the city would pay for the first phase"]),
    ],
)
def test_adding_takes_a_clause_only_with_a_verb(paragraph: str, quoted: list[str]) -> None:
    assert [q.text for q in newsparse.parse_article(f"Harbour news\n\n{paragraph}").quotes] == quoted


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("French Foreign Minister Claire Dumont, speaking after a meeting, said that the grid was “a test of speed”.",
         "the grid was “a test of speed”", "Claire Dumont"),
        ("Sarah Penrose, of the Save Our Valleys group, which opposes the plan, said the government was \"trampling on us\".",
         'the government was "trampling on us"', "Sarah Penrose"),
        ("Wind farms in the North Sea, but Nordwind, the Norwegian builder, said it would not commit yet.",
         "it would not commit yet", "Nordwind"),
    ],
)
def test_speaker_with_an_appositive(paragraph: str, words: str, speaker: str) -> None:
    quotes = newsparse.parse_article(f"Energy news\n\n{paragraph}").quotes
    assert [(q.text, q.speaker and q.speaker.name) for q in quotes] == [(words, speaker)]


@pytest.mark.parametrize(
    ("introduction", "name"),
    [
        ("Albion Coachways, one of Britain's largest bus operators, said it would cut services.", "Albion Coachways"),
        ("Harvest Lane Markets, the Midwestern grocery chain, said it would close 14 stores.", "Harvest Lane Markets"),
        ("Nordwind, the Norwegian company building the grid, said it needed guarantees.", "Nordwind"),
    ],
)
def test_the_company_refers_to_the_business_described_before(introduction: str, name: str) -> None:
    text = f"Business news\n\n{introduction}\n\nThe company said the decision was final."
    speakers = [q.speaker.name for q in newsparse.parse_article(text).quotes if q.speaker is not None]
    assert speakers == [name, name]


CAPTION_CASES = [
    # (line or lines, caption text, credit)
    ("Doctors treat a patient at the city hospital on Monday, where plague cases were sent for careCredit: EPA",
     "Doctors treat a patient at the city hospital on Monday, where plague cases were sent for care", "EPA"),
    ("An artist's impression of the lander on the lunar surface during a test [SpaceX via Nasa]",
     "An artist's impression of the lander on the lunar surface during a test", "SpaceX via Nasa"),
    ("US troops patrol near the base outside the capital in March [File: Reuters]",
     "US troops patrol near the base outside the capital in March", "Reuters"),
    ("The two writers at a convention in 2002.\n\nPhoto by David Dyer-Bennet",
     "The two writers at a convention in 2002.", "David Dyer-Bennet"),
]


@pytest.mark.parametrize(("lines", "caption", "credit"), CAPTION_CASES)
def test_caption_forms(lines: str, caption: str, credit: str) -> None:
    text = (
        "Plague case confirmed\n\nThe city confirmed a third case of plague on Tuesday, officials said in a statement.\n\n"
        f"{lines}\n\nHealth officials said the risk to the public remained low and that contacts had been traced."
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert len(article.paragraphs) == 2


def test_web_page_debris() -> None:
    text = (
        "New SUVs highlight the auto show\n\n"
        "Designers unveil a concept car at the auto show in Los Angeles on Tuesday, Nov. 19, 2019. less\n\n"
        "Photo: Damian Dovarganes, AP\n\n"
        "Delhi, Auto Desk | Updated : 19 November 2019, 09:01 AM\n\n"
        "Carmakers showed new electric models in Los Angeles this week as buyers turned to smaller SUVs.\n\n"
        "New SUVs highlight the auto show\n\n"
        "The show opens to the public on Friday, and organisers expect a million visitors over ten days.\n\n"
        "Follow the Motor Desk on Facebook, Twitter and Instagram.\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Designers unveil a concept car at the auto show in Los Angeles on Tuesday, Nov. 19, 2019.", "Damian Dovarganes, AP")
    ]
    assert article.updated is not None and article.updated.datetime.isoformat() == "2019-11-19T09:01:00"
    assert [p.text[:20] for p in article.paragraphs] == ["Carmakers showed new", "The show opens to th"]
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert kinds["New SUVs highlight the auto show"] == "other"
    assert kinds["Follow the Motor Desk on Facebook, Twitter and Instagram."] == "share"


def test_teaser_printed_again_in_the_body_is_a_standfirst() -> None:
    teaser = "The founders say the oxygen bar offers shoppers a break from the smog that covers the city every winter."
    text = (
        f"Oxygen bar opens in Delhi\n\n{teaser}\n\n"
        "Residents of Delhi can now buy fifteen minutes of purified air at a shopping mall, its operators said on Monday.\n\n"
        f"{teaser}\n\nA session costs 299 rupees."
    )
    article = newsparse.parse_article(text)
    assert [b.kind for b in article.boilerplate] == ["standfirst"]
    assert article.paragraphs[0].text.startswith("Residents of Delhi")


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        ("Debbie Whitmore\n\n18 Nov 2019, 19:09", ("Debbie Whitmore",)),
        ("Bruce Y. Lee Senior Contributor\n\nPublished Nov 18, 2019, 10:00am EST", ("Bruce Y. Lee",)),
        ("The Associated Press\nPublished Monday, November 18, 2019 8:22AM EST", ("The Associated Press",)),
        ("PTI, Washington,\n\nNov 20 2019, 10:18am", ("PTI",)),
        ("By Reuters\n\nNov. 20, 2019, 9:28 AM UTC", ("Reuters",)),
        ("By Troy L. Smith, Cleveland.com\n\nNov 19, 2019", ("Troy L. Smith",)),
    ],
)
def test_bylines_beside_a_timestamp(lines: str, authors: tuple[str, ...]) -> None:
    text = f"Storm Hits Coast\n\n{lines}\n\nA storm hit the coast on Monday, cutting power to thousands of homes, officials said."
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == "Storm Hits Coast"
    assert article.byline is not None and article.byline.authors == authors
    assert article.published is not None


def test_a_title_case_headline_beside_a_timestamp_stays_the_headline() -> None:
    article = newsparse.parse_article("Storm Hits Coast\n18 Nov 2019, 19:09\n\nA storm hit the coast on Monday, officials said.")
    assert article.headline is not None and article.headline.text == "Storm Hits Coast"
    assert article.byline is None


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT", "2019-11-18T18:54", "2019-11-18T18:56"),
        ("Nov 20 2019, 10:18am ist", "2019-11-20T10:18", None),
        ("Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)", "2019-11-18T16:05", None),
        ("LinkNaija October 06, 2018", "2018-10-06T00:00", None),
        ("By Jason Cipriani | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware", "2019-11-18T19:14", None),
        ("By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", "2019-11-18T20:51", None),
    ],
)
def test_timestamp_lines(line: str, published: str | None, updated: str | None) -> None:
    text = f"Council delays vote\n\n{line}\n\nThe city council delayed its vote on the transit plan on Monday, officials said."
    article = newsparse.parse_article(text)
    assert (article.published.datetime.isoformat()[:16] if article.published else None) == published
    assert (article.updated.datetime.isoformat()[:16] if article.updated else None) == updated


def test_two_apostrophe_quotation_marks() -> None:
    text = (
        "Fed holds rates\n\n"
        "''There is a greater goal here,'' said Representative Ana Grijalva of Arizona. ''We will keep pushing.''\n\n"
        "The vote is due in March."
    )
    quotes = newsparse.parse_article(text).quotes
    assert [(q.text, q.speaker and q.speaker.name) for q in quotes] == [
        ("There is a greater goal here,", "Ana Grijalva"),
        ("We will keep pushing.", "Ana Grijalva"),
    ]
    assert all(text[q.span.start : q.span.end] == q.text for q in quotes)


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        ("On top of that, opponents say, the wage increase will raise prices for consumers.",
         "the wage increase will raise prices for consumers", "opponents"),
        ("But hacking specialists say the most harmful information might not be genuine.",
         "the most harmful information might not be genuine", "hacking specialists"),
    ],
)
def test_more_reported_speech(paragraph: str, words: str, speaker: str) -> None:
    quotes = newsparse.parse_article(f"Wage debate\n\n{paragraph}").quotes
    assert [(q.text, q.speaker and q.speaker.name) for q in quotes] == [(words, speaker)]


def test_he_is_the_sentence_subject_not_a_name_inside_a_phrase() -> None:
    text = (
        "Cable plan\n\n“We will build it,” Deputy Minister Lars Holm said on Monday.\n\n"
        "A spokesman for Ola Berg disagreed with the timetable. “It cannot be done by 2030,” he said."
    )
    direct = [q for q in newsparse.parse_article(text).quotes if q.kind is newsparse.QuoteKind.DIRECT]
    assert [(q.text, q.cue, q.paragraph) for q in direct] == [("We will build it,", "said", 0), ("It cannot be done by 2030,", "said", 1)]
    assert direct[0].speaker == newsparse.Speaker("Lars Holm", "Deputy Minister Lars Holm", newsparse.Span(32, 57))
    speaker = direct[-1].speaker
    assert speaker is not None and speaker.mention == "he" and speaker.span is not None
    assert text[speaker.span.start : speaker.span.end] == "he"
    # never the name inside the phrase: the spokesman (the xfail below), else "he" left unresolved or
    # the earlier speaker (issue 5's known miss)
    assert speaker.name in ("he", "Lars Holm") or speaker.name.casefold().startswith(("a spokesman", "spokesman"))


def test_he_after_a_spokesman_is_the_spokesman() -> None:
    text = (
        "Cable plan\n\n“We will build it,” Deputy Minister Lars Holm said on Monday.\n\n"
        "A spokesman for Ola Berg disagreed with the timetable. “It cannot be done by 2030,” he said."
    )
    speaker = newsparse.parse_article(text).quotes[-1].speaker
    assert speaker is not None
    assert speaker.name.casefold().startswith(("a spokesman", "spokesman"))


@pytest.mark.parametrize("sentence", ["The minister's remarks that the deal was dead angered the unions.",
                                      "State officials unveiled Wednesday a new plan for the port."])
def test_nouns_that_look_like_verbs_are_no_cues(sentence: str) -> None:
    assert newsparse.parse_article(f"Port plan\n\n{sentence}").quotes == ()


def test_stated_is_a_cue() -> None:
    quotes = newsparse.parse_article("Talks fail\n\nThe minister stated that the talks had failed on Monday.").quotes
    assert [(q.text, q.cue) for q in quotes] == [("the talks had failed on Monday", "stated")]


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("LISBON, May 2 (Fire Brigade Sources) - A fire broke out in the old town on Friday night.", None),
        ("KUALA LUMPUR, May 2 (Bernama) -- A fire broke out in the old town on Friday night.", "Bernama"),
        ("WASHINGTON (The Associated Press) — A fire broke out in the old town on Friday night.", "The Associated Press"),
    ],
)
def test_dateline_agency_in_brackets(opening: str, agency: str | None) -> None:
    dateline = newsparse.parse_article(f"Fire in the old town\n\n{opening}").dateline
    assert (dateline.agency if dateline else None) == agency


def test_third_person_verbs_that_are_also_nouns() -> None:
    text = (
        "Cruz gains\n\n“Cruz could win the general election in a landslide,” Viguerie notes.\n\n"
        "The minister's remarks that the deal was dead angered the unions.\n\n"
        "The company issued a statement on Monday. It added, “We expect to reopen the plant in May.”"
    )
    quotes = newsparse.parse_article(text).quotes
    assert [(q.cue, q.speaker and q.speaker.mention) for q in quotes] == [("notes", "Viguerie"), ("added", "It")]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("The views and opinions expressed in the article do not necessarily reflect those of the publisher.", "disclaimer"),
        ("Tags: MacBook Pro, Apple", "related"),
        ("Related Roundup: MacBook Pro", "related"),
        ("Pick Six Newsletter", "subscribe"),
        ("Please check the opt-in box to acknowledge that you would like to subscribe.", "subscribe"),
        ("FIRST UNION STARTS INVESTMENT NEWSLETTER", None),
        ("Google+", "navigation"),
    ],
)
def test_more_boilerplate(line: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(line) == kind


@pytest.mark.parametrize(
    ("line", "credit"),
    [("The new keyboard, taken apart in a repair shop via iFixit", "iFixit"),
     ("Fed might opt for a direct injection of reserves via overnight", None)],
)
def test_via_credit(line: str, credit: str | None) -> None:
    from newsparse import CaptionParser

    found = CaptionParser().parse_line(split_lines(line)[0])
    assert (found.credit if found else None) == credit


@pytest.mark.parametrize(
    ("text", "headline", "paragraphs"),
    [
        ("Oil prices rose on Monday as traders weighed supply risks.", None, 1),
        ("Abbas meets Putin in Moscow", "Abbas meets Putin in Moscow", 0),
    ],
)
def test_a_text_of_one_line(text: str, headline: str | None, paragraphs: int) -> None:
    article = newsparse.parse_article(text)
    assert (article.headline.text if article.headline else None) == headline
    assert len(article.paragraphs) == paragraphs


# -- cases from the second read of the code -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('"We will not give up on this plan," said Abbas on Tuesday.', "Abbas"),
        ("The deal is dead, said Mahmoud Abbas in Ramallah.", "Mahmoud Abbas"),
    ],
)
def test_a_speaker_after_the_verb_stops_before_a_preposition(text: str, mention: str) -> None:
    quotes = newsparse.parse_article(f"Talks\n\n{text}").quotes
    assert [q.speaker.mention for q in quotes if q.speaker] == [mention]


def test_a_sentence_ends_after_a_closing_mark() -> None:
    text = (
        'Offer stands\n\n"We are not giving up, not now, not ever." The company said it would not change the offer.\n\n'
        'Ola Berg spoke on Monday. "We will appeal this ruling in every court." The crowd cheered.'
    )
    quotes = newsparse.parse_article(text).quotes
    assert [(q.text, q.kind.value) for q in quotes] == [
        ("We are not giving up, not now, not ever.", "direct"),
        ("it would not change the offer", "indirect"),
        ("We will appeal this ruling in every court.", "direct"),
    ]
    assert quotes[1].speaker is not None and quotes[1].speaker.mention == "The company"


def test_a_question_mark_inside_marks_keeps_its_attribution() -> None:
    quotes = newsparse.parse_article('Vote delayed\n\n"Why now, after all these years?" Smith asked.').quotes
    assert [(q.text, q.speaker and q.speaker.name) for q in quotes] == [("Why now, after all these years?", "Smith")]


def test_leap_day_and_bare_months_in_timestamps() -> None:
    text = "What to plant in May\nPublished: Feb 29 9:00 am\n\nBERLIN, Feb 29 (Reuters) - Gardeners rushed to buy seeds on Thursday."
    article = newsparse.parse_article(text, reference_date=dt.date(2025, 1, 10))
    assert article.headline is not None and article.headline.text == "What to plant in May"
    assert article.published is not None and article.published.datetime == dt.datetime(2024, 2, 29, 9, 0)
    assert article.dateline is not None and article.dateline.date == dt.date(2024, 2, 29)


@pytest.mark.parametrize(
    "line",
    [
        "The views expressed by residents at the meeting were overwhelmingly negative, the mayor said.",
        "Topics: the road and the budget were discussed at length.",
        "Register to vote by October 15 to take part in the election.",
    ],
)
def test_story_lines_that_start_like_boilerplate(line: str) -> None:
    assert BoilerplateParser().kind(line) is None


def test_mentions_come_from_the_input_when_marks_are_doubled() -> None:
    text = "Bill fails\n\nThe ''Squad'' members opposed the bill, arguing that it would raise rents for most tenants."
    (quote,) = newsparse.parse_article(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.mention == "The ''Squad'' members"
    assert quote.speaker.span is not None and quote.speaker.span.slice(text) == quote.speaker.mention


def test_a_long_appositive_does_not_cut_a_name() -> None:
    appositive = "a former chairman of the county fair board who has run the event for three decades and its parade"
    text = f"Fair news\n\nRonald McDonald, {appositive}, said the fair would open on Friday."
    (quote,) = newsparse.parse_article(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Ronald McDonald"


def test_unknown_encoding_is_an_error_message(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text("Headline\n\nBody text here.", encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:  # a usage error, found before any file is read
        main(["--encoding", "nope", str(path)])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.endswith("newsparse: error: argument --encoding: not a text encoding: 'nope'\n")


def test_one_indented_list_item_does_not_make_wire_layout() -> None:
    text = (
        "Budget passes\n\nThe council passed the budget on Monday after a long debate.\n"
        "  - Parks get 2 million more.\nThe mayor said the vote was close.\n"
    )
    assert len(newsparse.parse_article(text).paragraphs) == 3


def test_bbc_media_caption_glued_to_its_label() -> None:
    text = "Assange case dropped\n\nMedia captionWho is Julian Assange?\n\nSwedish prosecutors dropped the case on Tuesday, officials said."
    article = newsparse.parse_article(text)
    assert [c.text for c in article.captions] == ["Who is Julian Assange?"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“Nobody seems to be preoccupied with it,” the insider said.", "the insider"),
        ('"It was the least bad outcome," Mr. Morgan of the Sierra Club said.', "Morgan"),
        ("“Would biomarkers behave the same way?” she wondered.", None),
    ],
)
def test_attributions_after_a_quotation(paragraph: str, speaker: str | None) -> None:
    quotes = newsparse.parse_article(f"Headline here\n\nThe report came out on Monday.\n\n{paragraph}").quotes
    assert len(quotes) == 1 and quotes[0].kind is newsparse.QuoteKind.DIRECT
    if speaker is not None:
        assert quotes[0].speaker is not None and quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("UPDATED: Tue., Nov. 19, 2019", newsparse.TimestampKind.UPDATED),
        ("Last Updated: Nov 19, 2019", newsparse.TimestampKind.UPDATED),
        ("Posted on Nov 19, 2019", newsparse.TimestampKind.PUBLISHED),
        ("PUBLISHED: Nov 19, 2019", newsparse.TimestampKind.PUBLISHED),
    ],
)
def test_labels_match_in_any_case(line: str, kind: newsparse.TimestampKind) -> None:
    (stamp,) = TimestampParser().parse(split_lines(line), 0)
    assert stamp.kind is kind
