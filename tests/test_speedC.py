"""speedC's layout fast paths (stop 27, issue 7) read as the slow paths did: a dateline's cheap
test before its patterns, the caption parser's agency tests before the running-text test in
``body_caption``, and the body rules looked up once per parse.  Table-driven: the shape a fast path
lets through beside the one it turns away, and whole short articles whose reading must not move."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsparse import ArticleParser, BoilerplateKind, DatelineParser
from newsparse.article import ParseState
from newsparse.spans import Span

LEDE = (
    "Ferries to the outer islands sailed again on Tuesday after a week of gales kept the fleet in port, "
    "the operator said, and the first boats left full."
)
MORE = "Islanders said food and fuel had run low, and the council promised to review its storm plans before winter."


# -- 1. DatelineParser.might_hold_dateline --------------------------------------------------------

HEADS = [
    # (head, passes the cheap test, the place the full parse reads or None)
    (f"OSLO, March 3 - {LEDE}", True, "OSLO"),
    (f"OSLO, March 3 (Reuters) {LEDE}", True, "OSLO"),  # an agency in brackets, no dash
    (f"Mumbai, Jul 8 (PTI) {LEDE}", True, "Mumbai"),
    (f"BERGEN: {LEDE}", True, None),  # a colon is one of DASHES: the test passes, the patterns decide
    (f"BERGEN — {LEDE}", True, "BERGEN"),
    # neither a dash nor a bracket: no pattern can match, none is tried
    (LEDE.replace(",", ""), False, None),
    ("Harbour ferries return after a week of storms", False, None),
    # a dash or a bracket elsewhere passes the test; the patterns then decide
    (f"Ferries sail again - {LEDE}", True, None),
    (f"The operator (a city company) said the boats were full. {MORE}", True, None),
]


@pytest.mark.parametrize(("head", "passes", "place"), HEADS)
def test_a_dateline_head_meets_the_patterns_only_with_a_dash_or_a_bracket(head: str, passes: bool, place: str | None) -> None:
    parser = DatelineParser()
    assert parser.might_hold_dateline(head) is passes
    found = parser.parse(head, Span(0, len(head)))
    assert (found.place if found is not None else None) == place


class _SlashDatelines(DatelineParser):
    """A site that writes its datelines with a slash after the place: ``OSLO, March 3 / ...``."""

    DASHES = (*DatelineParser.DASHES, "/")


def test_a_dash_a_subclass_adds_passes_the_cheap_test_and_is_read() -> None:
    head = f"OSLO, March 3 / {LEDE}"
    assert not DatelineParser().might_hold_dateline(head)
    assert DatelineParser().parse(head, Span(0, len(head))) is None
    found = _SlashDatelines().parse(head, Span(0, len(head)))
    assert found is not None and found.place == "OSLO" and found.text == "OSLO, March 3 /"


class _Everything(DatelineParser):
    def might_hold_dateline(self, head: str) -> bool:
        return True


@pytest.mark.parametrize(("head", "passes", "place"), HEADS)
def test_a_subclass_that_tries_every_head_reads_the_same_datelines(head: str, passes: bool, place: str | None) -> None:
    found = _Everything().parse(head, Span(0, len(head)))
    assert (found.place if found is not None else None) == place


# -- 2. body_caption: an agency's name alone over or under a caption in the body ------------------------

TITLE = "Harbour ferries return after a week of storms"
SECOND = "The operator said it would add two sailings a day until the backlog of freight and passengers was cleared."

AGENCY_CASES = [
    # (body lines after the lede, caption text, its credit, the agency line filed as a credit)
    (f"A deckhand coils a rope on the first ferry out\nEPA\n\n{MORE}", "A deckhand coils a rope on the first ferry out", "EPA", True),
    (f"EPA\nA deckhand coils a rope on the first ferry out\n\n{MORE}", "A deckhand coils a rope on the first ferry out", "EPA", True),
    # no running text after them: no caption
    ("A deckhand coils a rope on the first ferry out\nEPA", None, None, False),
    # a line that is no agency's name credits nothing
    (f"A deckhand coils a rope on the first ferry out\nCity Harbour Board\n\n{MORE}", None, None, False),
]


@pytest.mark.parametrize(("rest", "caption", "credit", "filed"), AGENCY_CASES)
def test_an_agency_alone_beside_a_caption_in_the_body_credits_it(
    rest: str, caption: str | None, credit: str | None, filed: bool
) -> None:
    text = f"{TITLE}\n\n{LEDE}\n\n{SECOND}\n\n{rest}\n"
    article = ArticleParser().parse(text)
    captions = [(c.text, c.credit) for c in article.captions]
    assert captions == ([(caption, credit)] if caption is not None else [])
    credits = [b.text for b in article.boilerplate if b.kind == "credit"]
    assert credits == (["EPA"] if filed else [])
    assert [p.text for p in article.paragraphs[:2]] == [LEDE, SECOND]


# -- 3. the body rules looked up once per parse --------------------------------------------------------

WIRE = f"{TITLE}\n\nOSLO, March 3 - {LEDE}\n\nPhoto: Jane Roe/Reuters\n\n{MORE}\n\nReporting by Tom Berg; Editing by Ana Lima\n"


def test_the_bound_rules_are_the_body_rules_in_order() -> None:
    parser = ArticleParser()
    bound = parser.bound_rules("body_", parser.BODY_RULES)
    assert bound is not None
    assert [rule.__name__ for rule in bound] == [f"body_{name}" for name in parser.BODY_RULES]


class _Counting(ArticleParser):
    """A parser that traces its rules through run_rules, as a subclass may."""

    def run_rules(self, prefix: str, names: Sequence[str], state: ParseState, index: int, *, peek: bool = False) -> int:
        self.seen.append((prefix, index))
        return super().run_rules(prefix, names, state, index, peek=peek)

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, int]] = []


def test_a_subclass_that_overrides_run_rules_sees_every_body_line() -> None:
    parser = _Counting()
    assert parser.bound_rules("body_", parser.BODY_RULES) is None
    article = parser.parse(WIRE)
    body = sorted({index for prefix, index in parser.seen if prefix == "body_"})
    assert body == [1, 2, 3, 4]  # the lede, the caption, the paragraph, the sign-off
    assert article.to_dict() == ArticleParser().parse(WIRE).to_dict()


class _NoPhotoLines(ArticleParser):
    """A rule of its own before the others: a line that opens with ``Photo:`` is page furniture."""

    BODY_RULES = ("photo_line", *ArticleParser.BODY_RULES)

    def body_photo_line(self, state: ParseState, index: int, peek: bool) -> int:
        line = state.lines[index]
        if not line.text.startswith("Photo:"):
            return 0
        if not peek:
            state.add_boilerplate(line, BoilerplateKind.OTHER)
        return 1


def test_a_body_rule_a_subclass_adds_is_tried_first() -> None:
    plain = ArticleParser().parse(WIRE)
    assert [(c.text, c.credit) for c in plain.captions] == [("Photo: Jane Roe/Reuters", "Jane Roe/Reuters")]
    changed = _NoPhotoLines().parse(WIRE)
    assert changed.captions == ()
    assert [(b.text, b.kind) for b in changed.boilerplate] == [
        ("Photo: Jane Roe/Reuters", "other"),
        ("Reporting by Tom Berg; Editing by Ana Lima", "sign-off"),
    ]
    assert changed.dateline is not None and changed.dateline.place == "OSLO"
    assert [p.text for p in changed.paragraphs] == [p.text for p in plain.paragraphs]
