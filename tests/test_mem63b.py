"""mem63b: a boilerplate key that only some ways of its kind need is tried with a companion
word beside it (``BoilerplateParser.KEY_COMPANIONS``, ``phrase_companions``), so that a story's
sentence holding ``forward``, ``commission`` or ``shares`` no longer has the ``disclaimer``
patterns compiled and tried (issue 7).  Each row of the first table is a shape one way of the
kind claims, read alike with and without the companions; each of the second holds a key but
none of its companions, is read as no boilerplate alike, and leaves the pattern uncompiled."""

from __future__ import annotations

import pytest

from newsparse import BoilerplateParser
from newsparse.sharing import LazyPattern

# (what the line is, the line): each a disclaimer, by the way of its kind that the comment names
CLAIMED = [
    # forward-looking statements: "forward" with "looking"
    ("heading", "Forward-Looking Statements"),
    ("heading with its note", "Cautionary Note Regarding Forward-Looking Statements"),
    ("release's paragraph", "This press release contains forward-looking statements about the Norvik plant's output."),
    ("statements in the release", "Statements in this release that are not historical facts are forward looking statements."),
    # affiliate links: "affiliate" with "links"
    ("affiliate links", "This article contains affiliate links, which may earn the site money if you buy."),
    # the site's terms: "this site" with "acceptance" or "agreement"
    ("site terms", "Use of this site constitutes acceptance of our Terms of Use and Privacy Policy."),
    ("app terms", "Using this app means your agreement to the terms set out by Harbour Media Ltd."),
    # an unedited feed: "syndicated" with "edited", "reworked" or "changed"; "edited by" with "not been"
    ("unedited feed", "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)"),
    ("feed, no key but 'edited by'", "(This story has not been edited by the desk and comes from an agency wire.)"),
    (
        "headline reworked",
        "(Only the headline and picture of this report may have been reworked by the staff; the rest is auto-generated"
        " from a syndicated feed.)",
    ),
    # a commission: its noun with the subject, or the whole affiliate phrase
    ("commission", "We may earn a commission if you buy something through the links on this page."),
    ("share of sales", "We may receive a share of sales from products bought through these links."),
    ("affiliate commission", "Harbour Deals may earn an affiliate commission if you purchase through our links."),
    # a disclosure label with its colon; a holding's noun with its subject
    ("disclosure", "Disclosure: The author holds shares in Velta Semiconductor."),
    ("full disclosure", "Full disclosure: I own a Velta phone and a tablet."),
    ("holding", "The author holds no position in any of the stocks mentioned."),
    ("holding with a lead", "At the time of writing, the writer owned shares of Norvik Energy."),
    # keys with no companion: tried as before
    ("views expressed", "The views expressed in this column are those of the author and do not reflect the paper's."),
    ("disclaimer label", "Disclaimer: This story is for information only and is no financial advice."),
]

# (what the line is, the line): a story's sentence or line that holds a key but no companion of it
PASSED_OVER = [
    ("going forward", "Going forward, the council will review every contract signed since March."),
    ("looking forward", "Voters said they were not looking forward to the next few months of the campaign."),
    ("a forward", "The forward scored twice in the second half as the home side won 3-1."),
    ("an affiliate", "The station, an affiliate of the national broadcaster, aired the debate live on Sunday."),
    ("a commission", "The election commission said turnout reached 64 percent, up from 58 percent in 2022."),
    ("sales", "Retail sales rose 0.4 percent in October, the statistics office said on Friday."),
    ("shares", "Shares of Norvik Energy fell 6 percent after the company cut its forecast for the year."),
    ("a position", "She took a position on the board of the hospital trust in 2019."),
    ("stock", "The museum's stock of paintings has doubled since the bequest, its director said."),
    ("a disclosure", "The disclosure of the documents came weeks after the inquiry opened in Leeds."),
    ("a disclosure, a colon later", "She called the disclosure a deliberate attack: the letter was private, she said."),
    ("a commission, 'we will' elsewhere", "We will ask the Securities and Exchange Commission to look at the share sale."),
    ("this site", "Archaeologists say this site held a Roman fort until the fourth century."),
    ("this app", "Parents worry that this app collects far more data than it needs, the regulator said."),
    ("syndicated", "Her syndicated column ran in more than 200 newspapers across the country."),
    ("automatically", "Drivers caught speeding are automatically fined under the new rules."),
    ("edited by", "The anthology, edited by Ana Ortiz, collects essays from eleven writers."),
    ("short line", "Forward Planning Committee"),
]


def _disclaimer_patterns(parser: BoilerplateParser) -> list[LazyPattern]:
    return [row[1] for row in (*parser._line_patterns, *parser._prose_patterns) if row[0] == "disclaimer"]


def _without_companions() -> BoilerplateParser:
    parser = BoilerplateParser()
    parser._key_companions = {}
    return parser


@pytest.mark.parametrize(("name", "text"), CLAIMED, ids=[row[0] for row in CLAIMED])
def test_each_way_is_claimed(name: str, text: str) -> None:
    assert BoilerplateParser().kind(text) == "disclaimer"
    assert _without_companions().kind(text) == "disclaimer"


@pytest.mark.parametrize(("name", "text"), PASSED_OVER, ids=[row[0] for row in PASSED_OVER])
def test_key_without_companion_is_passed_over(name: str, text: str) -> None:
    parser = BoilerplateParser()
    assert parser.kind(text) is None
    assert all(pattern._compiled is None for pattern in _disclaimer_patterns(parser))
    assert _without_companions().kind(text) is None  # (the same reading, only not tried)


def test_companions_of_the_built_in_class() -> None:
    companions = BoilerplateParser()._key_companions
    assert companions["disclaimer", "forward"] == ("forward-looking", "forward looking")
    # ("disclosure" stands for "disclosures" too: either's colon)
    assert companions["disclaimer", "disclosure"] == ("disclosure:", "disclosure :", "disclosures:", "disclosures :")
    commission = companions["disclaimer", "commission"]
    assert commission[:5] == ("we may earn", "we may receive", "we may get", "we may make", "we might earn")
    assert commission[-1] == "affiliate commission" and len(commission) == 21
    assert companions["disclaimer", "share"][:2] == ("the author", "the authors")
    assert ("disclaimer", "views expressed") not in companions  # (every way with it needs it alone)
    assert {kind for kind, _ in companions} == {"disclaimer"}


def test_subclass_with_its_own_patterns_has_none() -> None:
    class Own(BoilerplateParser):
        PATTERNS = {**BoilerplateParser.PATTERNS, "disclaimer": (r"going\s++forward\b.{0,200}",)}
        PROSE_PATTERNS = {**BoilerplateParser.PROSE_PATTERNS, "disclaimer": (r"going\s++forward\b.{0,200}",)}
        PROSE_KEYS = {**BoilerplateParser.PROSE_KEYS, "disclaimer": ("forward",)}

    parser = Own()
    assert parser._key_companions == {}
    assert parser.kind("Going forward, the council will review every contract signed since March.") == "disclaimer"


def test_subclass_companions_follow_its_lists() -> None:
    class Columnist(BoilerplateParser):
        HOLDER_SUBJECTS = ("the columnist",)

    parser = Columnist()
    assert parser._key_companions["disclaimer", "stock"] == ("the columnist",)
    assert parser.kind("The columnist holds no position in any of the stocks mentioned.") == "disclaimer"
    assert parser.kind("The author holds no position in any of the stocks mentioned.") is None


def test_disclosure_label_with_blanks_before_its_colon() -> None:
    parser = BoilerplateParser()
    assert parser.kind("Disclosures\u00a0 : The writer owns shares of Norvik Energy.") == "disclaimer"
    assert parser.kind("Forward\u00a0Looking Statements") == "disclaimer"  # (the blank folds to a space)
