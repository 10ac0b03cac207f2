"""A relative clause for people after a comma whose closing comma is missing (``X, who leads the
union said``): the phrase before the comma speaks, and when no such phrase can be read no one does;
a word inside the clause (``the union``) never speaks (stop 44, found by mut51's mutants of
``SpeakerGrammar.name_before_open_relative``)."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind
from quote_cases import mention_rows

R = QuoteKind.INDIRECT

quotes_of = partial(mention_rows, headline="Harbour notebook")

OPEN_RELATIVE_CLAUSES = [
    # a surname alone, a titled name, a role: the phrase before the comma (was: the clause's object)
    ("Berg, who leads the dockers' union said the strike would go on.",
     [("the strike would go on", R, "Berg", "Berg")]),
    ("Mr. Tom Berg, who leads the dockers' union said the strike would go on.",
     [("the strike would go on", R, "Tom Berg", "Mr. Tom Berg")]),
    ("Dr. Ines Calder, who heads the ferry board told reporters fares would rise.",
     [("fares would rise", R, "Ines Calder", "Dr. Ines Calder")]),
    ("The harbour master, who runs the port authority said the cranes would stay idle.",
     [("the cranes would stay idle", R, "The harbour master", "The harbour master")]),
    # a phrase inside another clause before the comma: never the clause's object; the whole phrase
    # with its own relative clause speaks (rs54, stop 47)
    ("Those who know Nadia Petrova, who chairs the board say she will not resign.",
     [("she will not resign", R, "Those who know Nadia Petrova", "Those who know Nadia Petrova")]),
    # a line's dash or bullet before the name: still its subject's place
    ("\u2014 Ana Ruiz, who chairs the ferry company said fares would rise.",
     [("fares would rise", R, "Ana Ruiz", "Ana Ruiz")]),
    ("\u2022 Ana Ruiz, who chairs the ferry company said fares would rise.",
     [("fares would rise", R, "Ana Ruiz", "Ana Ruiz")]),
    # the cue may be the clause's own verb (after an auxiliary or an adverb), or the pronoun its
    # object (a capitalised subject after it): the phrase is read as ever
    ("The plan was welcomed by senior harbour and ferry officials, who also said fares would fall.",
     [("fares would fall", R, "ferry officials", "ferry officials")]),
    ("The seat went to Ortiz or the Lyon Socialist, who had previously pledged to back the mayor.",
     [("to back the mayor", R, "the Lyon Socialist", "the Lyon Socialist")]),
    # a clause opened by "which", "whom" or "whose" and a noun with a verb of its own: the phrase
    # before the comma, never the clause's object or verb
    ("The union, which represents 4,000 dockers said the offer was an insult.",
     [("the offer was an insult", R, "The union", "The union")]),
    ("The port authority, which owns the quay said it would appeal.",
     [("it would appeal", R, "The port authority", "The port authority")]),
    # the cue may be the clause's own verb (a noun after "which", "whom"): read as ever
    ("The fare changes, which harbour officials said will take effect in May, will not apply to ferries.",
     [("will take effect in May", R, "harbour officials", "harbour officials")]),
    ("Lena Ortiz, whose firm represents the families said the case was strong.",
     [("the case was strong", R, "Lena Ortiz", "Lena Ortiz")]),
    # the clause's subject after the pronoun, a noun for people (no object after the first word)
    ("The plan, which residents across the town said would ruin the harbour, was dropped.",
     [("would ruin the harbour, was dropped", R, "residents across the town", "residents across the town")]),
    # the clause's own subject after the pronoun (a determiner, a pronoun): the clause's verb is
    # the cue, read as ever; a possessive before a speech noun: no cue at all
    ("The audit may also hurt Harbour Commissioner Lena Frisk, who the audit suggests were more interested in keeping their own jobs than fixing the quay.",
     [("were more interested in keeping their own jobs than fixing the quay", R, "the audit", "the audit")]),
    ("\u201cWe will not sell,\u201d said Tom Berg, leader of the dockers, who echoed the mayor's criticism of the board's comments.",
     [("We will not sell,", QuoteKind.DIRECT, "Tom Berg", "Tom Berg")]),
    # a whole name before the comma speaks whatever the clause holds (as before the rule)
    ("Tom Berg, who resigned last week said the port would close.",
     [("the port would close", R, "Tom Berg", "Tom Berg")]),
    ("Tom Berg, who took office in January said the port would close.",
     [("the port would close", R, "Tom Berg", "Tom Berg")]),
    # controls: a bare two-word name, and the clause closed by its comma
    ("Tom Berg, who leads the dockers' union said the strike would go on.",
     [("the strike would go on", R, "Tom Berg", "Tom Berg")]),
    ("Tom Berg, who leads the dockers' union, said the strike would go on.",
     [("the strike would go on", R, "Tom Berg", "Tom Berg")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), OPEN_RELATIVE_CLAUSES)
def test_open_relative_clause_speaker(paragraph: str, expected: list[tuple[str, QuoteKind, str, str]]) -> None:
    assert quotes_of(paragraph) == expected


NOUN_OBJECTS_OF_A_VERB = [
    # a plural speech noun right after a finite verb in lower case is the verb's object: no cue, and
    # the phrase before it no speaker (were: "The report raised", "The minister rejected")
    ("The audit raised questions about the harbour levy.", []),
    ("The mayor fielded questions about the ferry budget.", []),
    ("The minister rejected charges that she misled parliament.", []),
    ("Prosecutors dropped charges that he bribed two inspectors.", []),
    ("Voters heard promises that fares would fall.", []),
    ("The board faced questions about the levy, the chairman said.",
     [("The board faced questions about the levy", R, "the chairman", "the chairman")]),
    # a claim noun's clause holding a plural speech noun: still the claim's owner's words
    ("Ana Ortiz's warning that the statements were \u201cpure fantasy\u201d angered the board.",
     [("pure fantasy", QuoteKind.DIRECT, "Ana Ortiz", "Ana Ortiz")]),
    # controls: the same words as the verb after its subject
    ("The senator questions whether the deal is legal.",
     [("whether the deal is legal", R, "The senator", "The senator")]),
    ("He charges that the deal is illegal.", [("the deal is illegal", R, "He", "He")]),
    ("The mayor promises that fares will fall.", [("fares will fall", R, "The mayor", "The mayor")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), NOUN_OBJECTS_OF_A_VERB)
def test_speech_noun_object_of_a_verb(paragraph: str, expected: list[tuple[str, QuoteKind, str, str]]) -> None:
    assert quotes_of(paragraph) == expected


D = QuoteKind.DIRECT

SECOND_READ_SPEAKERS = [
    # a causative with no object, or a passive: the subject's own act, the subject speaks
    ("Ana Ruiz was forced to defend her \u201charbour first\u201d plan.",
     [("harbour first", D, "Ana Ruiz", "Ana Ruiz")]),
    ("Ana Ruiz felt compelled to defend her \u201charbour first\u201d plan on Monday.",
     [("harbour first", D, "Ana Ruiz", "Ana Ruiz")]),
    ("The post was shared 900 times, leading Anna Berg to counter that \u201cthe numbers are wrong.\u201d",
     [("the numbers are wrong.", D, "Anna Berg", "Anna Berg")]),
    # a toast in spoken words is no letter's closing: the quotation is whole, its speaker's
    ("Ana Ruiz raised a glass. \u201cHere is to the new harbour. Cheers, Tom Berg, old friend.\u201d",
     [("Here is to the new harbour. Cheers, Tom Berg, old friend.", D, "Ana Ruiz", "Ana Ruiz")]),
    # control: a letter's closing still signs it
    ("The mayor wrote to residents. \u201cWe thank you for your patience. Yours, Dr Ann Cole, Mayor.\u201d",
     [("We thank you for your patience.", D, "Ann Cole", "Dr Ann Cole")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SECOND_READ_SPEAKERS)
def test_second_read_speakers(paragraph: str, expected: list[tuple[str, QuoteKind, str, str]]) -> None:
    assert quotes_of(paragraph) == expected


VERSION_LABELLED_DATELINES = [
    # a wire's story labels glued to the dateline, one or several: the place after them
    ("RPT-FEATURE-LONDON, March 4 (Reuters) - Copper prices rose on Monday.", "LONDON", "RPT-FEATURE-LONDON, March 4 (Reuters) -"),
    ("UPDATE 3-FACTBOX-SINGAPORE, May 9 (Reuters) - Palm oil fell.", "SINGAPORE", "UPDATE 3-FACTBOX-SINGAPORE, May 9 (Reuters) -"),
    ("BREAKINGVIEWS-HONG KONG, June 2 (Reuters) - Banks are cheap.", "HONG KONG", "BREAKINGVIEWS-HONG KONG, June 2 (Reuters) -"),
    ("EXPLAINER-BRUSSELS, Oct 12 (Reuters) - The rules change.", "BRUSSELS", "EXPLAINER-BRUSSELS, Oct 12 (Reuters) -"),
]


@pytest.mark.parametrize(("line", "place", "text"), VERSION_LABELLED_DATELINES)
def test_version_labelled_datelines(line: str, place: str, text: str) -> None:
    article = newsparse.parse_article(f"Copper hits a record\n\n{line}\n\nThe second paragraph follows here.")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.text) == (place, "Reuters", text)


def test_ranked_list_numbers_over_credited_pictures_stay() -> None:
    # a ranked list prints each number once over its place's credited picture: the story's items,
    # no gallery count (a gallery prints its size, the same number, over each picture)
    lede = "These are the ten beaches readers voted the best in Europe this summer, from Portugal to Greece."
    items = [
        "1", "Praia da Falésia, Portugal. Photo: Getty Images", "Its red cliffs run for six kilometres.",
        "2", "Navagio Bay, Zakynthos. Photo: Alamy", "It can only be reached by boat.",
    ]
    text = "\n\n".join(["The best beaches in Europe", "By Jane Roe", lede, *items]) + "\n"
    article = newsparse.parse_article(text)
    paragraphs = [p.text for p in article.paragraphs]
    assert "1" in paragraphs and "2" in paragraphs
    assert not any(b.text in ("1", "2") for b in article.boilerplate)


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Published: Nov. 15, 2019 at 4:02 p.m.", "Nov. 15, 2019 at 4:02 p.m."),
        ("Updated: 3 March 2025, 9:40 a.m.", "3 March 2025, 9:40 a.m."),
        ("Published: Nov. 15, 2019 at 4:02 pm.", "Nov. 15, 2019 at 4:02 pm"),  # a sentence's period, no abbreviation's
    ],
)
def test_half_day_abbreviation_keeps_its_period(line: str, text: str) -> None:
    source = f"Ferry fares rise\n\n{line}\n\nFares rose by a tenth on Monday, the operator said.\n"
    article = newsparse.parse_article(source)
    stamp = article.published or article.updated
    assert stamp is not None
    assert stamp.text == text == source[stamp.span.start : stamp.span.end]


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        # an organisation after the agency spoken to: no name glued to the agency (was "Efe Protección Civil")
        ("es", "\u00abEl incendio est\u00e1 controlado\u00bb, inform\u00f3 a Efe Protecci\u00f3n Civil.", None),
        ("fr", "\u00ab Nous sommes pr\u00eats \u00bb, a d\u00e9clar\u00e9 \u00e0 Reuters M\u00e9decins Sans Fronti\u00e8res.", None),
        # controls: a person's name after it
        # a surname alone after the agency, named nowhere before: the surname, no name glued to the agency
        ("es", "\u00abLa situaci\u00f3n es grave\u00bb, dijo a Efe Vega.", "Vega"),
        ("es", "\u00abVamos a ganar\u00bb, afirm\u00f3 a Europa Press Marta Gil.", "Marta Gil"),
        ("fr", "\u00ab Nous allons gagner \u00bb, a d\u00e9clar\u00e9 \u00e0 Reuters Claire Morel.", "Claire Morel"),
    ],
)
def test_body_after_agency_spoken_to(language: str, paragraph: str, speaker: str | None) -> None:
    article = newsparse.ArticleParser(language=language).parse(f"Titular de prueba\n\n{paragraph}\n")
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [speaker]


SUBJECT_OVER_STAMP = [
    # a person's name over a stamp over a title that names them, or a story that does: the story's
    # subject as its kicker, no author
    ("Donald Trump\nMarch 3, 2025\nTrump signs order raising tariffs on steel\n\n"
     "President Donald Trump signed an order on Monday raising tariffs on steel imports.\n\nThe order takes effect in April.",
     ("Donald Trump",), None),
    ("Angela Merkel\nMarch 3, 2025\nFormer chancellor warns of a slow recovery\n\n"
     "Former chancellor Angela Merkel warned on Monday that the recovery would be slow.\n\nShe spoke in Berlin.",
     ("Angela Merkel",), None),
    ("Greta Thunberg\nApril 9, 2024\nClimate activist detained at harbour protest\n\n"
     "Thunberg, 21, was led away by police on Monday.\n\nShe was released later that day.",
     ("Greta Thunberg",), None),
    ("Angela Merkel\nApril 9, 2024\n\u201eMerkel\u201c kehrt in die Politik zur\u00fcck\n\n"
     "Die fr\u00fchere Kanzlerin \u00fcbernahm am Dienstag ein neues Amt.\n\nIhr B\u00fcro best\u00e4tigte es.",
     ("Angela Merkel",), None),
    # an author whose surname is a common word in the title, in lower case or in a title-case title
    ("Jane Price\nApril 9, 2024\nFerry price rises again\n\nFares rose by a tenth on Monday.\n\nThe operator blamed fuel.",
     (), ("Jane Price",)),
    ("Jane Price\nApril 9, 2024\nFerry Price Rises Again\n\nFares rose by a tenth on Monday.\n\nThe operator blamed fuel.",
     (), ("Jane Price",)),
    # under a kicker the name stays the signature, so the title stays the headline
    ("SPORT\nLionel Messi\nMarch 3, 2025\nMessi scores twice as Miami win\n\n"
     "Lionel Messi scored twice on Sunday as Miami beat Orlando 3-1.\n\nIt was his tenth goal of the season.",
     ("SPORT",), ("Lionel Messi",)),
    # control: the author's name, named nowhere else
    ("Jane Roe\nMarch 3, 2025\nCouncil votes to close three libraries\n\n"
     "The city council voted 7-2 on Monday night to close three branch libraries.\n\nThe closures take effect in June.",
     (), ("Jane Roe",)),
]


@pytest.mark.parametrize(("text", "section", "authors"), SUBJECT_OVER_STAMP)
def test_subject_name_over_stamp_is_no_author(text: str, section: tuple[str, ...], authors: tuple[str, ...] | None) -> None:
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == text.split("\n\n")[0].split("\n")[-1]
    assert article.section == section
    assert (article.byline.authors if article.byline else None) == authors
