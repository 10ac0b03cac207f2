"""``BoilerplateParser`` on its own, table-driven: the debris lines web pages, wires and press
releases carry, filed under their kind, and the story lines that only look like them.  A fresh
parser is built for each test, so that a change to the patterns its constructor compiles shows
here (the shared default parser is built when ``newsparse`` is imported)."""

from __future__ import annotations

import pytest

from newsparse import Span
from newsparse.boilerplate import BoilerplateKind, BoilerplateParser
from newsparse.lines import split_lines
from newsparse.spans import Boilerplate


@pytest.fixture
def boilerplate() -> BoilerplateParser:
    return BoilerplateParser()


# a line that is not running prose, its kind (None: a story line)
LINES = [
    # share buttons and follow links
    ("Share this article", "share"),
    ("Share on Facebook", "share"),
    ("Facebook | Twitter | Email", "share"),
    ("Tweet · Share · Print", "share"),
    ("12 comments", "share"),
    ("Listen to this article", "share"),
    ("Gift this article", "share"),
    ("Follow Jane Roe on X: @janeroe", "share"),
    ("Follow us on Instagram", "share"),
    # headings over links, "Read more", labels and lists
    ("Related stories: Floods hit the coast", "related"),
    ("Related", "related"),
    ("Most viewed videos", "related"),
    ("Trending now", "related"),
    ("More from Business", "related"),
    ("You may also like", "related"),
    ("Read more: Floods hit the coast", "related"),
    ("Read more about the floods", "related"),
    ("See also", "related"),
    ("Click here to see the gallery", "related"),
    ("Click here", "related"),
    ("Tags: MacBook Pro, Apple", "related"),
    ("Filed under: Politics, Europe", "related"),
    ("Topics: Floods", "related"),
    # copyright
    ("© 2025 Harbour Media", "copyright"),
    ("Copyright 2025 The Daily Courier", "copyright"),
    ("Copyright by Harbour Media", "copyright"),
    ("(c) Harbour Media Group", "copyright"),
    ("All rights reserved", "copyright"),
    ("Harbour Media, all rights reserved.", "copyright"),
    # press releases
    ("FOR IMMEDIATE RELEASE", "press-release"),
    ("Media contact: Jane Roe, +1 555 0100", "press-release"),
    ("Investor Inquiries", "press-release"),
    ("SOURCE Acme Robotics", "press-release"),
    ("Source Acme Robotics", None),  # the wire's sign is in capitals
    # a heading over an "about" box, contact details
    ("About Acme Robotics", "other"),
    ("About Acme Robotics and the Harbour Trust:", "other"),
    ("About the Author", None),
    ("jane.roe@example.com", "other"),
    ("Email: jane.roe@example.com", "other"),
    ("Tel: +44 20 7946 0000", "other"),
    ("+1 (555) 010-0100", "other"),
    # sign-offs and the end marks of wire copy
    ("(Reporting by Jane Roe in Oslo; Editing by Tom Poe)", "sign-off"),
    ("Reporting by Jane Roe; additional reporting by Ann Bo in Bergen", "sign-off"),
    ("Writing by Jane Roe; editing by Tom Poe and Ann Bo", "sign-off"),
    ("Reuters", "sign-off"),
    ("REUTER", "sign-off"),
    ("-30-", "sign-off"),
    ("ENDS", "sign-off"),
    ("###", "sign-off"),
    ("(end)", "sign-off"),
    ("[END]", "sign-off"),
    ("More", "sign-off"),
    ("Xinhua", "sign-off"),
    ("-- Jane", "sign-off"),
    ("Editor: Jane Roe", "sign-off"),
    ("Source: Reuters", "sign-off"),
    ("Edited by: Jane Roe", "sign-off"),
    ("Contact us at news@example.com", "sign-off"),
    ("Email the author: jane@example.com", "sign-off"),
    # disclaimers, newsletters, advertisements, navigation
    ("This article contains affiliate links.", "disclaimer"),
    ("Disclaimer: Not financial advice", "disclaimer"),
    ("Subscribe now", "subscribe"),
    ("Subscribe", "subscribe"),
    ("Sign up for free", "subscribe"),
    ("Log in", "subscribe"),
    ("Newsletter", "subscribe"),
    ("Register for free", "subscribe"),
    ("Register", "subscribe"),
    ("See all newsletters", "subscribe"),
    ("Morning Briefing Newsletter", "subscribe"),
    ("I agree that my email may be used for the newsletter", "subscribe"),
    ("Please check the opt-in box to continue", "subscribe"),
    ("Advertisement", "advertisement"),
    ("ADVERTISING", "advertisement"),
    ("Sponsored content", "advertisement"),
    ("Ad", "advertisement"),
    ("Promoted", "advertisement"),
    ("Supported by Acme Bank", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("Home", "navigation"),
    ("Skip to main content", "navigation"),
    ("Skip to content", "navigation"),
    ("Caption", "navigation"),
    ("Image 3 of 12", "navigation"),
    ("1 of 6", "navigation"),
    ("1/6", "navigation"),
    ("...", "navigation"),
    ("…", "navigation"),
    ("Loading...", "navigation"),
    ("Google+", "navigation"),
    # story lines that start like boilerplate
    ("Home prices rose", None),
    ("Next year", None),
    ("About 300 people", None),
    ("Advertisement for the new model ran on TV", None),
    ("Share prices", None),
]

# a line of running prose, its kind (None: a story sentence)
PROSE = [
    ("© 2025 Harbour Media Group Ltd and its partners. All rights reserved.", "copyright"),
    ("Copyright 2025 Harbour Media Group Ltd and all its partners worldwide.", "copyright"),
    ("Harbour Media Group Ltd and all of its partners, all rights reserved.", "copyright"),
    ("Reporting by Jane Roe in Oslo and Bergen; editing by Tom Poe.", "sign-off"),
    ("This story was first published by the Oslo Post on Monday.", "sign-off"),
    ("This report by Jane Roe originally appeared in the Oslo Post.", "sign-off"),
    ("The Associated Press writers Tom Poe and Ann Bo contributed to this report.", "sign-off"),
    ("Associated Press writer Tom Poe in Oslo contributed.", "sign-off"),
    ("Jane Roe contributed to this report.", "sign-off"),
    ("Editor's note: This story was updated on Monday to correct the name of the bridge.", "editors-note"),
    ("Editors' Note - An earlier version misnamed the bridge.", "editors-note"),
    ("The views expressed in this article are those of the author.", "disclaimer"),
    ("Views expressed here do not necessarily reflect ours.", "disclaimer"),
    ("The opinions expressed by guest columnists are their own.", "disclaimer"),
    ("Disclaimer: This story is for information only and is not investment advice.", "disclaimer"),
    ("Sign up for our newsletter to get the news in your inbox every morning.", "subscribe"),
    ("Don't miss a story: enter your e-mail address below to subscribe.", "subscribe"),
    ("Read more: How the floods hit the coast this week, and what comes next.", "related"),
    ("Follow the Motor Desk on Facebook, Twitter and Instagram for the latest news.", "share"),
    ("Follow the Motor Desk on Facebook and Instagram.", "share"),
    # story sentences that start like boilerplate
    ("Subscribers to the paper fell by a third last year, the company said.", None),
    ("Click here, the sign said, and thousands of people did so on Monday.", None),
    ("Research by the university found that the floods were getting worse.", None),
    ("Share prices fell sharply on Monday as traders sold bank stocks.", None),
    ("Watch the video of the storm hitting the harbour wall here today.", None),
    ("Follow the money, the auditor said on Monday in Oslo.", None),
    ("The mayor said the city would share the cost with the region.", None),
    ("Copyright law changed in 2025, the minister told reporters.", None),
]


@pytest.mark.parametrize(("text", "kind"), LINES)
def test_kind_of_a_line(boilerplate: BoilerplateParser, text: str, kind: str | None) -> None:
    assert boilerplate.is_prose(text) is False
    assert boilerplate.kind(text) == kind


@pytest.mark.parametrize(("text", "kind"), PROSE)
def test_kind_of_a_sentence(boilerplate: BoilerplateParser, text: str, kind: str | None) -> None:
    assert boilerplate.is_prose(text) is True
    assert boilerplate.kind(text) == kind


def test_prose_is_tried_only_against_the_prose_patterns(boilerplate: BoilerplateParser) -> None:
    # the same words, as a label line and as a sentence of six words or more
    assert boilerplate.kind("Subscribe to the Daily Courier") == "subscribe"
    assert boilerplate.kind("Subscribe to the Daily Courier today, readers.") is None
    assert boilerplate.kind("Click here to see how the floods hit") == "related"
    assert boilerplate.kind("Click here to see how the floods hit.") is None


@pytest.mark.parametrize(("text", "kind"), [(text, kind) for text, kind in PROSE if kind is not None])
def test_every_prose_line_of_a_kind_holds_one_of_its_keys(text: str, kind: str) -> None:
    assert any(key in text.casefold() for key in BoilerplateParser.PROSE_KEYS[kind])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "İ" folds to "i" and a combining dot, and the patterns read it as "i": the key still holds
        ("Jane Roe and Tom Poe in Oslo CONTRİBUTED to this report.", "sign-off"),
        ("Harbour Media Group Ltd and all of its partners, ALL RİGHTS RESERVED.", "copyright"),
        ("Sign up for the Courier NEWSLETTER to get the news every morning.", "subscribe"),
    ],
)
def test_keys_are_found_in_any_case(boilerplate: BoilerplateParser, text: str, kind: str) -> None:
    assert boilerplate.kind(text) == kind


def test_a_kind_whose_prose_patterns_a_subclass_changes_is_always_tried() -> None:
    class Courier(BoilerplateParser):
        PROSE_PATTERNS = {
            **BoilerplateParser.PROSE_PATTERNS,
            "copyright": (r".{0,200}\bharbour\s++media\s++group\b.{0,100}",),
        }

    line = "Text and pictures belong to Harbour Media Group Ltd and its partners."
    assert BoilerplateParser().kind(line) is None
    assert Courier().kind(line) == "copyright"


def test_a_subclass_may_give_its_own_keys() -> None:
    class Courier(BoilerplateParser):
        PROSE_KEYS = {**BoilerplateParser.PROSE_KEYS, "copyright": ("harbour",)}

    line = "© 2025 Harbour Media Group Ltd and its partners. All rights reserved."
    other = "© 2025 Oslo Post Media Group Ltd and its partners. All rights reserved."
    assert Courier().kind(line) == "copyright"
    assert Courier().kind(other) is None  # (no key: the copyright patterns are not tried)
    assert BoilerplateParser().kind(other) == "copyright"


class _KeysFirst(BoilerplateParser):
    PROSE_PATTERN_FIRST = frozenset()
    LINE_PATTERN_FIRST = frozenset()


class _PatternsFirst(BoilerplateParser):
    PROSE_PATTERN_FIRST = frozenset(BoilerplateParser.PROSE_PATTERNS)
    LINE_PATTERN_FIRST = frozenset(BoilerplateParser.PATTERNS)


@pytest.mark.parametrize(("text", "kind"), [*PROSE, *LINES, ("Call 555 0100", None), ("Tel: +47 555 0100", "other")])
def test_the_order_of_pattern_and_keys_changes_no_kind(text: str, kind: str | None) -> None:
    # a kind tried by its pattern first (PROSE_PATTERN_FIRST) or by its keys first claims the same lines
    assert _KeysFirst().kind(text) == kind
    assert _PatternsFirst().kind(text) == kind


@pytest.mark.parametrize("first", [frozenset(), frozenset({"subscribe", "share"})])
def test_a_kind_tried_by_its_pattern_first_still_needs_a_key(first: frozenset[str]) -> None:
    class Courier(BoilerplateParser):
        PROSE_KEYS = {**BoilerplateParser.PROSE_KEYS, "subscribe": ("harbour",)}
        LINE_KEYS = {**BoilerplateParser.LINE_KEYS, "share": ("facebook",)}
        PROSE_PATTERN_FIRST = first
        LINE_PATTERN_FIRST = first

    # the subscribe pattern matches both; only the line with the key is claimed
    assert Courier().kind("Sign up for our newsletter to get the Harbour news every morning.") == "subscribe"
    assert Courier().kind("Sign up for our newsletter to get the news in your inbox every morning.") is None
    # the share pattern matches both lines; only the one with the key is claimed
    assert Courier().kind("Share on Facebook") == "share"
    assert Courier().kind("Share on Twitter") is None


class _AppPromo(BoilerplateParser):
    # a kind added after the built-in ones, tried by its pattern first with them
    PROSE_PATTERNS = {**BoilerplateParser.PROSE_PATTERNS, "promo": (r"get\s++the\s++app\b.{0,100}",)}
    PROSE_KEYS = {**BoilerplateParser.PROSE_KEYS, "promo": ("app",), "subscribe": ("harbour",)}
    PROSE_PATTERN_FIRST = BoilerplateParser.PROSE_PATTERN_FIRST | {"promo"}


class _GroupedShare(BoilerplateParser):
    # a pattern with a group of its own: its kind is tried alone, not in one pattern with its neighbours
    PATTERNS = {**BoilerplateParser.PATTERNS, "share": (r"(share|send)\s++(?:this|the)\s++(?:story|article)",)}


@pytest.mark.parametrize(
    ("parser", "text", "kind"),
    [
        # the subscribe pattern matches first but the line holds none of its keys: the next kind's claims it
        (_AppPromo(), "Get the app to read our stories every morning on the go.", "promo"),
        (_AppPromo(), "Sign up for our Harbour newsletter to get the news in your inbox.", "subscribe"),
        (BoilerplateParser(), "Get the app to read our stories every morning on the go.", "subscribe"),
        (_GroupedShare(), "Send the story", "share"),
        (_GroupedShare(), "Related stories", "related"),
        (_GroupedShare(), "Send the story to Oslo", None),
    ],
)
def test_kinds_tried_by_their_patterns_first_keep_their_order(parser: BoilerplateParser, text: str, kind: str | None) -> None:
    assert parser.kind(text) == kind


# a pattern added to the built-in copyright kind, and a new prose kind
_OWNER = r"(?:all\s++)?photos\s++(?:are\s++)?(?:the\s++)?property\s++of\b.{0,100}"
_PROMO = r"get\s++the\s++app\b.{0,100}"
_BASE_PROSE, _BASE_KEYS = BoilerplateParser.PROSE_PATTERNS, BoilerplateParser.PROSE_KEYS
_MORE_COPYRIGHT = {**_BASE_PROSE, "copyright": (*_BASE_PROSE["copyright"], _OWNER)}
_OWNED = "Photos are the property of Lakeside Press and may not be used without leave."
_PLAIN_COPYRIGHT = "© 2024 Lakeside Press. All rights reserved."


@pytest.mark.parametrize(
    ("patterns", "keys", "line", "kind"),
    [
        # copyright patterns changed, keys given to another kind only (the built-in ones copied for
        # copyright): the copyright kind is always tried
        (_MORE_COPYRIGHT, {**_BASE_KEYS, "related": ("read", "also", "more")}, _OWNED, "copyright"),
        (_MORE_COPYRIGHT, dict(_BASE_KEYS), _OWNED, "copyright"),
        (_MORE_COPYRIGHT, {k: v for k, v in _BASE_KEYS.items() if k != "copyright"}, _OWNED, "copyright"),
        # copyright patterns changed and keys of its own for copyright: only lines with one are tried
        (_MORE_COPYRIGHT, {**_BASE_KEYS, "copyright": (*_BASE_KEYS["copyright"], "property")}, _OWNED, "copyright"),
        (_MORE_COPYRIGHT, {**_BASE_KEYS, "copyright": ("©",)}, _OWNED, None),
        (_MORE_COPYRIGHT, {**_BASE_KEYS, "copyright": ("©",)}, _PLAIN_COPYRIGHT, "copyright"),
        # copyright patterns as built, keys of its own: the keys hold for it
        (dict(_BASE_PROSE), {**_BASE_KEYS, "copyright": ("lakeside",)}, _PLAIN_COPYRIGHT, "copyright"),
        (dict(_BASE_PROSE), {**_BASE_KEYS, "copyright": ("harbour",)}, _PLAIN_COPYRIGHT, None),
        # a new prose kind: always tried without keys, tried only with one of its own keys
        ({**_BASE_PROSE, "promo": (_PROMO,)}, dict(_BASE_KEYS), "Get the app for the latest news from the lake.", "promo"),
        ({**_BASE_PROSE, "promo": (_PROMO,)}, {**_BASE_KEYS, "promo": ("app",)}, "Get the app for the lake.", "promo"),
        ({**_BASE_PROSE, "promo": (_PROMO,)}, {**_BASE_KEYS, "promo": ("download",)}, "Get the app for the lake.", None),
    ],
)
def test_which_keys_a_subclass_s_prose_kinds_are_tried_with(
    patterns: dict[str, tuple[str, ...]], keys: dict[str, tuple[str, ...]], line: str, kind: str | None
) -> None:
    subclass = type("Site", (BoilerplateParser,), {"PROSE_PATTERNS": patterns, "PROSE_KEYS": keys})
    assert subclass().kind(line) == kind
    assert BoilerplateParser().kind(_OWNED) is None


def test_parse_line(boilerplate: BoilerplateParser) -> None:
    text = "Rain floods the harbour\n\n   Share this article  \nThe storm hit on Monday."
    lines = split_lines(text)
    assert boilerplate.parse_line(lines[1]) == Boilerplate("Share this article", "share", Span(28, 46))
    assert boilerplate.parse_line(lines[2]) is None


def test_the_longest_line() -> None:
    class Dashes(BoilerplateParser):
        PATTERNS = {"rule": (r"-++",)}

    dashes = Dashes()
    assert dashes.kind("-" * BoilerplateParser.MAX_CHARS) == "rule"
    assert dashes.kind("-" * (BoilerplateParser.MAX_CHARS + 1)) is None


def test_kinds_print_as_their_values() -> None:
    assert [str(kind) for kind in BoilerplateKind] == [
        "share", "related", "copyright", "sign-off", "editors-note", "disclaimer", "subscribe", "press-release",
        "advertisement", "navigation", "credit", "timestamp", "standfirst", "other", "repeat",
    ]
    assert {BoilerplateKind.SIGN_OFF: 1}["sign-off"] == 1
    assert BoilerplateKind("sign-off") is BoilerplateKind.SIGN_OFF


def test_a_subclass_adds_patterns_and_prose_words() -> None:
    class Promo(BoilerplateParser):
        PATTERNS = {**BoilerplateParser.PATTERNS, "promo": (r"download\ our\ app.{0,200}",)}
        PROSE_WORDS = 20

    promo = Promo()
    assert promo.kind("Download our app for iOS") == "promo"
    assert BoilerplateParser().kind("Download our app for iOS") is None
    # a sentence shorter than PROSE_WORDS is tried as a label line
    assert promo.is_prose("Subscribe to the Daily Courier today, readers.") is False
    assert promo.kind("Subscribe to the Daily Courier today, readers.") == "subscribe"


# -- the keys of the line patterns (LINE_KEYS): a line with none of a kind's keys is not tried ---


@pytest.mark.parametrize(("text", "kind"), [(text, kind) for text, kind in LINES if kind is not None])
def test_every_line_of_a_kind_holds_one_of_its_keys(text: str, kind: str) -> None:
    keys = BoilerplateParser.LINE_KEYS[kind]
    digit = kind in BoilerplateParser.LINE_DIGIT_KINDS and any(char.isdecimal() for char in text)
    assert digit or any(key in text.casefold() for key in keys)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a telephone number has no key but its digits, in any script
        ("+44 20 7946 0958", "other"),
        ("+٤٤ ٢٠ ٧٩٤٦ ٠٩٥٨", "other"),
        # a key in capitals, and the "İ" that folds to "i" and a combining dot
        ("SİGN UP FOR OUR NEWSLETTER", "subscribe"),
        ("COPYRIGHT 2025 HARBOUR MEDIA", "copyright"),
        # words that hold no key of the kind they look like: no boilerplate
        ("Harbour Media 2025", None),
        ("Sent from the harbour", None),
    ],
)
def test_lines_are_tried_by_their_keys(boilerplate: BoilerplateParser, text: str, kind: str | None) -> None:
    assert boilerplate.kind(text) == kind


_CREDITS = r"(?:pictures?|words)\s++by\s++\p{Lu}\p{L}++(?:\s++\p{Lu}\p{L}++)?"


@pytest.mark.parametrize(
    ("patterns", "keys", "line", "kind"),
    [
        # a new kind: tried on every line without keys, on a line with one of its keys with them
        ({**BoilerplateParser.PATTERNS, "credits": (_CREDITS,)}, BoilerplateParser.LINE_KEYS, "Words by Jane Roe", "credits"),
        (
            {**BoilerplateParser.PATTERNS, "credits": (_CREDITS,)},
            {**BoilerplateParser.LINE_KEYS, "credits": ("words", "picture")},
            "Pictures by Jane Roe",
            "credits",
        ),
        (
            {**BoilerplateParser.PATTERNS, "credits": (_CREDITS,)},
            {**BoilerplateParser.LINE_KEYS, "credits": ("photo",)},
            "Pictures by Jane Roe",
            None,
        ),
        # a built-in kind whose patterns change, its keys as built: always tried
        (
            {**BoilerplateParser.PATTERNS, "share": (*BoilerplateParser.PATTERNS["share"], r"pass\s++it\s++on")},
            BoilerplateParser.LINE_KEYS,
            "Pass it on",
            "share",
        ),
        # ... with keys of its own: tried only on a line that holds one
        (
            {**BoilerplateParser.PATTERNS, "share": (*BoilerplateParser.PATTERNS["share"], r"pass\s++it\s++on")},
            {**BoilerplateParser.LINE_KEYS, "share": ("share",)},
            "Pass it on",
            None,
        ),
    ],
)
def test_which_keys_a_subclass_s_line_kinds_are_tried_with(
    patterns: dict[str, tuple[str, ...]], keys: dict[str, tuple[str, ...]], line: str, kind: str | None
) -> None:
    subclass = type("Site", (BoilerplateParser,), {"PATTERNS": patterns, "LINE_KEYS": keys})
    assert subclass().kind(line) == kind
