"""Layout shapes stop 25's new-user trial found missed (each beside its near-misses): a
press-release wire's dateline written with doubled hyphens, and a photographer's job in lower case
after the slash of a credit."""

from __future__ import annotations

import pytest

import newsparse

RELEASE = "Harbor Labs, a maker of diagnostic software, today named Elena Petrova as chief financial officer."


@pytest.mark.parametrize(
    ("head", "place", "agency"),
    [
        # a press-release wire between doubled hyphens, with or without spaces
        ("BOSTON--(BUSINESS WIRE)--", "BOSTON", "BUSINESS WIRE"),
        ("SAN FRANCISCO -- (BUSINESS WIRE) -- ", "SAN FRANCISCO", "BUSINESS WIRE"),
        ("TORONTO, Dec. 01, 2026 (GLOBE NEWSWIRE) -- ", "TORONTO", "GLOBE NEWSWIRE"),
        # a place in capitals and a doubled hyphen with no space, no agency
        ("NEW YORK--", "NEW YORK", None),
        # a hyphen inside a place stays in it
        ("WILKES-BARRE, Pa. (AP) -- ", "WILKES-BARRE, Pa.", "AP"),
        # an unknown phrase in brackets after the doubled hyphen is no agency, and no dateline
        ("BOSTON--(Fire Brigade Sources)--", None, None),
    ],
)
def test_a_press_release_wire_between_doubled_hyphens(head: str, place: str | None, agency: str | None) -> None:
    text = f"Harbor Labs Names Elena Petrova Chief Financial Officer\n\n{head}{RELEASE}\n"
    article = newsparse.parse_article(text)
    dateline = article.dateline
    assert (dateline.place if dateline else None) == place
    assert (dateline.agency if dateline else None) == agency
    if dateline is not None:
        assert text[dateline.span.start : dateline.span.end] == dateline.text
        assert article.paragraphs[0].text == RELEASE


PAGE = (
    "Flood buyouts stall as county waits on federal money\n\nBy Megan Alvarez\n\n"
    "Homeowner Rick Dalton stands in the gutted living room of his home in Baytown on Monday.{credit}\n\n"
    "BAYTOWN — More than 200 homeowners who agreed to sell their houses are still waiting for checks.\n"
)


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        (" (Jason Fochtman / Staff photographer)", "Jason Fochtman / Staff photographer"),
        (" (Jason Fochtman/Herald staff)", "Jason Fochtman/Herald staff"),
        (" (Jason Fochtman / contributor)", "Jason Fochtman / contributor"),
        (" Jason Fochtman / Staff photographer", "Jason Fochtman / Staff photographer"),
        (" Jason Fochtman / Reuters file", "Jason Fochtman / Reuters file"),
        # a lower-case word that is no photographer's job: no credit, the line stays story text
        (" (Jason Fochtman / photographs)", None),
    ],
)
def test_a_photographers_job_in_lower_case_after_the_slash(credit: str, expected: str | None) -> None:
    article = newsparse.parse_article(PAGE.format(credit=credit))
    credits = [caption.credit for caption in article.captions]
    assert credits == ([expected] if expected else [])
    if expected is None:  # the line stays the story's, whole
        assert article.paragraphs[0].text.endswith(credit.strip())
        return
    assert article.dateline is not None and article.dateline.place == "BAYTOWN"
    assert article.paragraphs[0].text.startswith("More than 200 homeowners")
