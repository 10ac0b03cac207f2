"""Layout leftovers of stop 42 (lay42).

An event's name and its year alone over a longer headline (``Glastonbury 2026`` / ``Rain fails to
dampen the mood as gates open`` / a byline) was the headline and the real headline boilerplate: the
``Budget 2025`` decision keeps one title-case word and a year as a short headline, so the kicker
is read only with evidence that the word is a name, the story under the header writing it with
its capital inside a sentence (``ArticleParser.event_over_headline``).

A photograph's caption with no credit, dated as an agency dates one (``Adriane Cole reads to her son
in Mobile, Alabama, April 14, 2026.``), was a paragraph: one line alone in its block under the
page's stamp, a capitalised subject, a verb in the present and the day at its end, no later than the
stamp's, is a caption (``ArticleParser.dated_caption``, ``CaptionParser.dated_photo``).

Lines a page prints under its story were paragraphs: where it first ran, the outlet alone
(``Originally published on Live Science.``), is a sign-off; ``Follow us`` alone and ``Tell us what
you think...`` are share furniture (``BoilerplateParser.PATTERNS``); the first of a page's related
links under a label (``You may also like...`` / ``Who will run the seafront cafe next year?`` / more
links) is filed with the links (``ArticleParser.link_under_related_label``).

Every row fails on the base (8cf0c71b) unless it says it is a neighbour the rule must not take
(those pass on the base and must keep passing) or names the mutant it kills."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Article
from newsparse.section import SectionParser


def parse(text: str) -> Article:
    article = newsparse.parse_article(text)
    for part in (article.headline, article.byline, article.published, article.updated):
        if part is not None:
            assert text[part.span.start : part.span.end] == part.text
    return article


def headline_of(article: Article) -> str | None:
    return article.headline.text if article.headline is not None else None


# ---- an event's name and year over the headline ------------------------------------------------

FESTIVAL = (
    "\n\nTens of thousands of fans poured through the gates at Glastonbury on Wednesday, many of them "
    "still wearing last night's mud after heavy rain swept across Somerset.\n\n"
    "Organisers said the Pyramid Stage would open on time on Friday.\n"
)
SONG_CONTEST = (
    "\n\nBookmakers made Sweden the favourite on Monday, a week before the final of this year's "
    "Eurovision in Basel.\n\nThe country has won the contest seven times.\n"
)
TOURNAMENT = (
    "\n\nThe women's draw at Wimbledon was thrown open on Tuesday when the top seed withdrew with a "
    "wrist injury two days before the first round.\n\nShe had won two warm-up events in June.\n"
)


@pytest.mark.parametrize(
    ("text", "section", "headline", "authors"),
    [
        # a web page: kicker, blank, headline, blank, byline
        (
            "Glastonbury 2026\n\nRain fails to dampen the mood as gates open\n\nBy Hannah Price" + FESTIVAL,
            ("Glastonbury 2026",),
            "Rain fails to dampen the mood as gates open",
            ("Hannah Price",),
        ),
        # the story names it after a possessive
        (
            "Eurovision 2026\n\nSweden tipped to win again in Basel\n\nBy Lars Nilsson" + SONG_CONTEST,
            ("Eurovision 2026",),
            "Sweden tipped to win again in Basel",
            ("Lars Nilsson",),
        ),
        # a stamp under the headline closes the header as a byline does
        (
            "Wimbledon 2026\n\nTop seed pulls out with wrist injury\n\nTue 30 Jun 2026 11.42 BST" + TOURNAMENT,
            ("Wimbledon 2026",),
            "Top seed pulls out with wrist injury",
            None,
        ),
        # a byline and its stamp in one block, the lines not set apart
        (
            "Wimbledon 2026\nTop seed pulls out with wrist injury\nBy Claire Dunn\nJune 30, 2026" + TOURNAMENT,
            ("Wimbledon 2026",),
            "Top seed pulls out with wrist injury",
            ("Claire Dunn",),
        ),
    ],
)
def test_an_event_and_its_year_over_a_headline_is_the_kicker(
    text: str, section: tuple[str, ...], headline: str, authors: tuple[str, ...] | None
) -> None:
    article = parse(text)
    assert article.section == section
    assert headline_of(article) == headline
    assert (article.byline.authors if article.byline else None) == authors
    assert article.paragraphs[0].text.startswith(text.split("\n\n")[-2][:20])


@pytest.mark.parametrize(
    "text",
    [
        # the decision stands: the story never names the word (neighbour, passes on the base; kills
        # the mutant of event_over_headline that drops names_inside_sentence)
        "Glastonbury 2026\n\nRain fails to dampen the mood as gates open\n\nBy Hannah Price" + TOURNAMENT,
        # a common noun the story writes in lower case (neighbour, passes on the base; kills the
        # mutant of event_over_headline that drops names_inside_sentence)
        "Budget 2026\n\nWhat the council's new plan means for the city's schools\n\nBy Tom Poe\n\n"
        "The council's budget for next year puts £4 million more into school buildings, its leader said on "
        "Tuesday.\n",
        # the word only opens a sentence or a line of the story (neighbour, passes on the base; kills
        # the mutant of names_inside_sentence that drops its check of the characters before the word)
        "Budget 2026\n\nWhat the council's new plan means for the city's schools\n\nBy Tom Poe\n\n"
        "Budget talks ran late into Tuesday night. Budget papers were published on Wednesday.\n",
    ],
)
def test_a_word_and_a_year_stays_the_headline_without_evidence(text: str) -> None:
    article = parse(text)
    assert article.section == ()
    assert headline_of(article) == text.split("\n", 1)[0]


def test_no_kicker_without_a_byline_or_stamp_under_the_headline() -> None:
    # neighbour (passes on the base; kills the mutant of event_over_headline that drops its check of
    # a byline or a stamp under the second line): no header closes the second line
    text = "Glastonbury 2026\n\nRain fails to dampen the mood as gates open\n\nSomerset was soaked overnight." + FESTIVAL
    article = parse(text)
    assert article.section == ()
    assert headline_of(article) == "Glastonbury 2026"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Eurovision 2026", True),
        ("Glastonbury 2026", True),
        ("EUROVISION 2026", False),  # capitals: a kicker already (SectionParser.is_single_label)
        ("March 2026", False),  # a date line
        ("World Cup 2026", False),  # three words: a kicker already
        ("Eurovision 26", False),  # no year
        ("Euro-vision 2026", False),  # not one word of letters
        ("eurovision 2026", False),  # no capital
    ],
)
def test_is_event_label(label: str, expected: bool) -> None:
    # mutation-killing: pins each condition of SectionParser.is_event_label (the method is new)
    assert SectionParser().is_event_label(label) is expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("crowds at Glastonbury on Friday", True),
        ("this year's Glastonbury, the biggest yet", True),
        ("the 2026 Glastonbury sold out", True),
        ("tickets, Glastonbury said, sold out", True),
        ("It rained. Glastonbury went ahead.", False),  # opens a sentence
        ("rain\nGlastonbury went ahead", False),  # opens a line
        ("crowds at Glastonburys", False),  # not the whole word
        ("crowds at “Glastonbury”", False),  # opens a quotation
        ("crowds at glastonbury", False),  # written in lower case
    ],
)
def test_names_inside_sentence(story: str, expected: bool) -> None:
    # mutation-killing: pins each condition of ArticleParser.names_inside_sentence (the method is new)
    assert newsparse.ArticleParser().names_inside_sentence(story, "Glastonbury") is expected


# ---- a photograph's caption with no credit, dated as an agency dates it ----------------------------

WIRE_PAGE = (
    "Child care costs keep mothers out of work\n\n"
    "April 28, 2026 3:00 AM\n\n"
    "By Associated Press\n\n"
    "{caption}\n\n"
    "Share\n\n"
    "After a run of low-paid jobs, Nicole Hart finally found one she loved. She lasted four months.\n\n"
    "{inner}\n\n"
    "The cost of a nursery place has doubled in a decade, a survey by the state found.\n"
)


@pytest.mark.parametrize(
    ("caption", "inner"),
    [
        # AP's order: subject, verb, what, the place, the date
        (
            "Adriane Cole reads to her son Karter in Mobile, Alabama, April 14, 2026.",
            "Adriane Cole helps her son Josiah with his homework April 14, 2026, in Mobile, Ala.",
        ),
        # a title before the name, where the person stands, a weekday before the date
        (
            "Former Ohio Gov. Ted Strickland, left, speaks with a nurse during a visit to a clinic, Tuesday, "
            "April 21, 2026, in Columbus, Ohio.",
            "U.S. Labor Secretary Ana Ruiz shakes hands with a day care worker in Denver on April 20, 2026.",
        ),
    ],
)
def test_a_dated_caption_with_no_credit(caption: str, inner: str) -> None:
    text = WIRE_PAGE.format(caption=caption, inner=inner)
    article = parse(text)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, None), (inner, None)]
    assert [p.text[:20] for p in article.paragraphs] == ["After a run of low-p", "The cost of a nurser"]
    for c in article.captions:
        assert all(text[span.start : span.end] == c.text for span in c.spans)


def test_a_dated_caption_day_first_under_a_british_stamp() -> None:
    text = (
        "Minister opens flood defences in Hull\n\n"
        "Wed 4 Mar 2026 10.00 GMT\n\n"
        "By Tom Wells\n\n"
        "Environment Secretary Jane Ford inspects the new barrier on the Humber on 3 March 2026.\n\n"
        "The £40m scheme protects 12,000 homes from tidal surges, the Environment Agency said.\n"
    )
    article = parse(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Environment Secretary Jane Ford inspects the new barrier on the Humber on 3 March 2026.", None)
    ]
    assert article.paragraphs[0].text.startswith("The £40m scheme")


NEIGHBOURS = "Bridge works to finish early\n\n{stamp}By Ama Owusu\n\n{line}\n\nThe council said the works had cost £12m.\n"


@pytest.mark.parametrize(
    ("stamp", "line"),
    [
        # a date after the page's day: what is to come, no picture (kills the mutant of dated_caption that
        # drops its bound on the day)
        ("March 30, 2026\n\n", "Mayor Ana Ruiz opens the new bridge to traffic on May 5, 2026."),
        # no stamp on the page: no caption (kills the mutant of dated_caption that drops its stamp check)
        ("", "Mayor Ana Ruiz opens the new bridge to traffic on March 3, 2026."),
        # two sentences (kills the mutant of dated_photo that drops runs_on)
        ("March 30, 2026\n\n", "Mayor Ana Ruiz visits the works. Crews finish the new bridge on March 3, 2026."),
        # a quotation (kills the mutant of dated_photo that drops its check of quotation marks)
        ("March 30, 2026\n\n", "Mayor Ana Ruiz calls the bridge \"a lifeline\" on March 3, 2026."),
        # a verb of NOT_PHOTO_VERBS (kills the mutant of opens_with_photo_verb that drops them)
        ("March 30, 2026\n\n", "Mayor Ana Ruiz says the works ended on March 3, 2026."),
        # past tense: a story's sentence (passes on the base; kills the mutant of opens_with_photo_verb that
        # drops its check of the verb's closing s)
        ("March 30, 2026\n\n", "Mayor Ana Ruiz opened the new bridge to traffic on March 3, 2026."),
        # a sentence that goes on after the date (kills the mutant of dated_photo that drops is_photo_place)
        ("March 30, 2026\n\n", "Mayor Ana Ruiz opens the new bridge on March 3, 2026, ahead of the schedule."),
    ],
)
def test_no_dated_caption_in_a_story_sentence(stamp: str, line: str) -> None:
    article = parse(NEIGHBOURS.format(stamp=stamp, line=line))
    assert article.captions == ()
    assert article.paragraphs[0].text == line


def test_no_dated_caption_inside_a_paragraph_block() -> None:
    # kills the mutant of dated_caption that drops its check of the next line: the line runs on a block
    text = (
        "Bridge works to finish early\n\nMarch 30, 2026\n\nBy Ama Owusu\n\n"
        "Mayor Ana Ruiz opens the new bridge to traffic on March 3, 2026.\n"
        "The council said the works had cost £12m.\n"
    )
    article = parse(text)
    assert article.captions == ()
    assert article.paragraphs[0].text.startswith("Mayor Ana Ruiz opens")


# ---- the page's lines under a story: where it first ran, the follow label, the comment prompt -------

STORY_END = (
    "Hedgehog numbers fell by a third in a decade\n\nBy Ruth Owen\n\n"
    "Hedgehogs have vanished from a third of the countryside in ten years, a survey by two wildlife "
    "charities found.\n\nGardens now hold more of them than farmland does.\n\n{tail}\n"
)


@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        # where the story first ran, the outlet alone (a partner site's republication)
        ("Originally published on Nature Notes.", "sign-off"),
        ("First appeared in The Field Journal.", "sign-off"),
        ("Originally published by Harbour Post", "sign-off"),
        # the label over the site's network icons
        ("Follow Us", "share"),
        ("Follow us:", "share"),
        # the comment section's prompt to the reader
        ("Tell us what YOU think...", "share"),
        ("Tell us what you think!", "share"),
    ],
)
def test_a_line_under_the_story_is_furniture(tail: str, kind: str) -> None:
    article = parse(STORY_END.format(tail=tail))
    assert [p.text[:20] for p in article.paragraphs] == ["Hedgehogs have vanis", "Gardens now hold mor"]
    assert (kind, tail) in [(b.kind, b.text) for b in article.boilerplate]


@pytest.mark.parametrize(
    "tail",
    [
        # an outlet, then the story's sentence with a number (neighbour, passes on the base; kills the mutant
        # of _FIRST_RAN_IN that lets a digit through)
        "First published in The Lancet in 2019, the study followed 12,000 birds.",
        # a lower-case word after the preposition (neighbour, passes on the base; kills the mutant of
        # _FIRST_RAN_IN that drops its capital after the preposition)
        "First published in a pamphlet, the findings were later confirmed by the ministry.",
    ],
)
def test_a_story_sentence_with_the_same_words_stays(tail: str) -> None:
    article = parse(STORY_END.format(tail=tail))
    assert article.paragraphs[-1].text == tail


@pytest.mark.parametrize(
    "heading",
    [
        # a call to the reader as the story's subheading (neighbour, passes on the base; kills the mutant of the follow
        # pattern that lets anything follow "Follow us")
        "Follow us into the woods",
        # a subheading that asks the reader (neighbour, passes on the base; kills the mutant of the prompt's
        # pattern that lets anything follow it)
        "Tell us what you think happened to them",
    ],
)
def test_a_subheading_with_the_same_words_stays(heading: str) -> None:
    text = STORY_END.format(tail=f"{heading}\n\nVolunteers counted hedgehogs in 400 gardens over two nights in May.")
    article = parse(text)
    assert [p.text[:20] for p in article.paragraphs][-2:] == [heading[:20], "Volunteers counted h"]


# ---- the first of a page's related links under the story -------------------------------------------

LINKS_PAGE = (
    "Fairground rides to return to the seafront\n\nBy Kate Lowe\n\n"
    "Fairground rides will return to the seafront next summer after the council agreed a five-year lease "
    "with a travelling operator on Monday.\n\n"
    "The rides were removed in 2023 after complaints about noise.\n\n"
    "{label}\n\n{first}\n\n"
    "Pier reopens after storm repairs\n\nBeach huts sell out within an hour\n\nNew lifeguard hut for the east beach\n"
)


@pytest.mark.parametrize(
    ("label", "first"),
    [
        # a question in sentence case, the first link under the label
        ("You may also like...", "Who will run the seafront cafe next year?"),
        ("Next Up In Local News", "Is the seafront ready for the summer crowds?"),
        ("Recommended for you", "Why the pier's owners want a bigger car park?"),
    ],
)
def test_the_first_link_under_a_related_label_is_no_paragraph(label: str, first: str) -> None:
    article = parse(LINKS_PAGE.format(label=label, first=first))
    assert [p.text[:20] for p in article.paragraphs] == ["Fairground rides wil", "The rides were remov"]
    assert ("other", first) in [(b.kind, b.text) for b in article.boilerplate]


@pytest.mark.parametrize(
    ("tail", "last"),
    [
        # no link filed right under the line (neighbour, passes on the base; kills the mutant of
        # link_under_related_label that drops its check of the link under the line)
        (
            "You may also like...\n\nWho will run the seafront cafe next year?\n\n© 2026 Harbour Post\n\n"
            "Pier reopens after storm repairs\n\nBeach huts sell out within an hour\n\nNew lifeguard hut for the east beach",
            "Who will run the seafront cafe next year?",
        ),
        # a full stop: the story's line, or a blurb of the site's own (neighbour, passes on the base; kills the
        # mutant of link_under_related_label that drops its check of the full stop)
        (
            "You may also like...\n\nThe operator will pay £40,000 a year.\n\nPier reopens after storm repairs\n\n"
            "Beach huts sell out within an hour\n\nNew lifeguard hut for the east beach",
            "The operator will pay £40,000 a year.",
        ),
    ],
)
def test_a_line_under_a_related_label_stays_without_evidence(tail: str, last: str) -> None:
    text = (
        "Fairground rides to return to the seafront\n\nBy Kate Lowe\n\n"
        "Fairground rides will return to the seafront next summer, the council said on Monday.\n\n" + tail + "\n"
    )
    article = parse(text)
    assert article.paragraphs[-1].text == last


def test_a_story_line_over_links_without_a_label_stays() -> None:
    # neighbour (passes on the base; kills the mutant of link_under_related_label that drops its check of the
    # label above the line): links under the story's last line, no label of related links over it
    text = LINKS_PAGE.format(label="The council will vote again in March.", first="Who will run the seafront cafe next year?")
    article = parse(text)
    assert article.paragraphs[-1].text == "Who will run the seafront cafe next year?"
