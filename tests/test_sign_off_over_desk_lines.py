"""A wire story's last sentence that ends in the agency's sign-off is the story's, even when desk
lines the page kept follow it (editors' initials, a slug): it was filed as boilerplate with them,
as a link's title (trial 29)."""

from __future__ import annotations

import pytest

from newsparse import parse_article

LAST_LINES = [
    # (the last paragraph with its sign-off, the desk line under it, the sentence kept, the sign-off, the desk
    # line's kind: lowercase initials alone are a wire's sign-off, fixH53)
    (
        "Colombia's Ombudsman's Office has warned that violence has increased in several border regions. EFE",
        "ams/jmr",
        "Colombia's Ombudsman's Office has warned that violence has increased in several border regions.",
        "EFE",
        "sign-off",
    ),
    (
        "Officials said the border crossing at Cúcuta would reopen for trucks by the end of the week. Enditem",
        "jp/ls",
        "Officials said the border crossing at Cúcuta would reopen for trucks by the end of the week.",
        "Enditem",
        "sign-off",
    ),
    (
        "Rescue teams were still searching for two fishermen missing off the coast of Valparaíso. "
        "(Reporting by Ana Ruiz; Editing by Tom Poe)",
        "CLT/ab",
        "Rescue teams were still searching for two fishermen missing off the coast of Valparaíso.",
        "(Reporting by Ana Ruiz; Editing by Tom Poe)",
        "other",
    ),
]


@pytest.mark.parametrize(("last", "desk", "kept", "sign_off", "desk_kind"), LAST_LINES)
def test_the_last_sentence_before_desk_lines_stays_in_the_story(
    last: str, desk: str, kept: str, sign_off: str, desk_kind: str
) -> None:
    text = (
        "Floods close border towns\n\n"
        "BOGOTA, March 3 (EFE).- Heavy rain flooded dozens of towns along the border on Tuesday, officials said.\n\n"
        f"{last}\n\n{desk}\n"
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs][-1] == kept
    assert [(b.kind, b.text) for b in article.boilerplate] == [("sign-off", sign_off), (desk_kind, desk)]
    assert article.span_mismatches() == []


def test_a_link_title_with_no_sign_off_under_the_story_is_still_boilerplate() -> None:
    text = (
        "Floods close border towns\n\n"
        "BOGOTA, March 3 (EFE).- Heavy rain flooded dozens of towns along the border on Tuesday, officials said.\n\n"
        "More stories from the Andes region you may have missed this week\n"
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "Heavy rain flooded dozens of towns along the border on Tuesday, officials said."
    ]
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        # (a heading over related links, "More stories from ...": kind related since layB)
        ("related", "More stories from the Andes region you may have missed this week")
    ]
