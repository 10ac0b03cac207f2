"""Regressions of round 60 found by its trial (fixL60b): the box's lines between two prints of one
newsletter call, a page's notice before a copyright sign on the story's last line, and the story's
first sentence with a copyright sign glued on.  Invented stories in real layouts; each row is the
text and exactly what must come out."""

from __future__ import annotations

import pytest

from articles import parse_held, parts_of

HEADLINE = "Storm leaves valley without power\n\n"
HEAD = f"{HEADLINE}By Nina Patel\n\n"
STORY = "Crews worked through the night to clear fallen trees, the county said.\n\nMost roads reopened by noon.\n"
STORY_PARAGRAPHS = ["Crews worked through the night to clear fallen trees, the county said.", "Most roads reopened by noon."]
CALL = "Sign up for our newsletter"


# -- (1) between two prints of one call, only a story's sentence escapes the box -----------------

@pytest.mark.parametrize(
    ("middle", "boxed"),
    [
        # the box's own lines: no sentence, no full stop, the reader addressed, the box's words
        ("Terms and conditions", True),
        ("Thanks for joining us!", True),
        ("Our morning briefing brings you the headlines before breakfast.", True),
        ("Delivered to your inbox every Friday.", True),
        # (a sentence that reports speech is the story's, even between two calls: mendR67l)
        ("The newsletter was launched in 2019, the company said.", False),
        # (must not change: a sentence of the story, a fact stated, no word of the reader or the box)
        ("Crews restored power to most homes overnight, the utility said.", False),
        ("Schools in the valley stayed closed on Tuesday.", False),
    ],
)
def test_line_between_two_calls(middle: str, boxed: bool) -> None:
    text = f"{HEAD}{STORY}\n{CALL}\n\n{middle}\n\n{CALL}\n\nThe storm moved east on Wednesday.\n"
    captions, filed, paragraphs = parts_of(parse_held(text))
    assert captions == []
    kept = [] if boxed else [middle]
    assert filed == [("subscribe", CALL), *([("subscribe", middle)] if boxed else []), ("subscribe", CALL)]
    assert paragraphs == [*STORY_PARAGRAPHS, *kept, "The storm moved east on Wednesday."]


# -- (2) a page's notice before a copyright sign on the last line is no story ---------------------

@pytest.mark.parametrize(
    ("end", "notice"),
    [
        # the sentence before the sign claims the page's rights or tells where the story ran first
        ("No part of this story may be reprinted. © Valley Gazette", True),
        ("Copyright belongs to the authors. © Valley Gazette", True),
        ("This report originally appeared in the Valley Gazette. © Valley Gazette", True),
        ("This article may not be republished. © 2027 Valley Gazette", True),
        # (must not change: the story's last sentence, then the sign; a year before the sign is the story's)
        ("The park will reopen on Friday. © Valley Gazette", False),
        ("Officials said the bridge would reopen in 2027. © Valley Gazette", False),
    ],
)
def test_notice_before_sign_on_last_line(end: str, notice: bool) -> None:
    captions, filed, paragraphs = parts_of(parse_held(f"{HEAD}{STORY}\n{end}\n"))
    assert captions == []
    assert filed == ([("other", end)] if notice else [])
    assert paragraphs == [*STORY_PARAGRAPHS, *([] if notice else [end])]


# -- (3) the story's first sentence with a copyright sign glued on is its lede -------------------

@pytest.mark.parametrize("head", [HEADLINE, HEAD])
@pytest.mark.parametrize(
    ("lede", "captions"),
    [
        # a finite verb before the sign: the story's first paragraph, whoever the sign names
        ("Crews pulled two men from the river on Sunday. © AFP", []),
        ("Two men were rescued from the river on Sunday, police said. © AFP", []),
        ("Crews pulled two men from the river on Sunday. © Jan Novak", []),
        # (must not change: a picture described with no finite verb keeps its caption and its credit)
        ("Crews at the riverbank in Tallow on Sunday. © AFP", [("Crews at the riverbank in Tallow on Sunday.", "AFP")]),
    ],
)
def test_lede_before_sign(head: str, lede: str, captions: list[tuple[str, str | None]]) -> None:
    found, filed, paragraphs = parts_of(parse_held(f"{head}{lede}\n\n{STORY}"))
    assert found == captions
    assert filed == []
    assert paragraphs == [*([] if captions else [lede]), *STORY_PARAGRAPHS]
