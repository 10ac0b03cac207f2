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
        # a place in title case after the place in capitals ends at the doubled hyphen too
        ("SAN JOSE, Calif.--(BUSINESS WIRE)--", "SAN JOSE, Calif.", "BUSINESS WIRE"),
        # a release's label in capitals before the doubled hyphen is no place
        ("FOR IMMEDIATE RELEASE--", None, None),
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
        # a job word with no slash before it is no credit: a story's sentence ends in brackets
        (" (Parks and Recreation staff)", None),
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


WIRE_STORY = "\n\nTOKYO - Japan's nuclear regulator on Friday approved the restart of two reactors in Niigata.\n"


@pytest.mark.parametrize(
    ("stamp_line", "agency", "left"),
    [
        # a known agency before the stamp on a wire page's stamp line: the byline, as "By Reuters" is
        ("KYODO NEWS - Nov 28, 2026 - 19:42 | Japan, All", "KYODO NEWS", ["Japan, All"]),
        ("Kyodo News - Nov 28, 2026", "Kyodo News", []),
        ("REUTERS, Nov 28, 2026 7:42 PM", "REUTERS", []),
        # near-miss: a name in capitals that is no known agency stays the line's boilerplate
        ("CITY NEWS - Nov 28, 2026 - 19:42", None, ["CITY NEWS"]),
        # one word in title case that is an agency's name and a given name: no byline
        ("Petra, Nov 28, 2026", None, ["Petra"]),
    ],
)
def test_a_known_agency_before_the_stamp_on_a_stamp_line(stamp_line: str, agency: str | None, left: list[str]) -> None:
    text = f"Japan to restart two reactors in Niigata\n\n{stamp_line}{WIRE_STORY}"
    article = newsparse.parse_article(text)
    assert (article.byline.agency if article.byline else None) == agency
    if article.byline is not None:
        assert text[article.byline.span.start : article.byline.span.end] == agency
    assert article.published is not None and article.published.datetime.day == 28
    assert [item.text for item in article.boilerplate] == left
    assert article.dateline is not None and article.dateline.place == "TOKYO"
    assert not article.span_mismatches()


@pytest.mark.parametrize(
    "keys",
    [
        [],
        [(1, 2)],
        [(5, 6), (3, 4), (1, 2)],  # read back from the end
        [(0, 1), (9, 10), (7, 8), (5, 6), (2, 3)],  # the header's line, then the footer's read backwards
        [(4, 5), (4, 5), (1, 2), (8, 9), (6, 7), (6, 7), (3, 4)],  # ties keep their order
        [(3, 1), (2, 1), (1, 1), (0, 1), (2, 0), (2, 0), (5, 5), (4, 4)],
    ],
)
def test_lines_found_in_runs_are_put_in_input_order(keys: list[tuple[int, int]]) -> None:
    from newsparse.spans import _ascending_order

    want = sorted(range(len(keys)), key=keys.__getitem__)
    assert list(_ascending_order(len(keys), keys.__getitem__)) == want
    assert list(_ascending_order(len(keys), keys.__getitem__, most_runs=1)) == want


def test_a_footer_read_back_from_the_end_is_boilerplate_in_input_order() -> None:
    text = "Dutch farmers block motorways\nBy Eva Jansen\n\n" + "a\n\n" * 1500
    article = newsparse.parse_article(text)
    starts = [item.span.start for item in article.boilerplate]
    assert starts == sorted(starts) and len(starts) == 1500
    assert all(text[item.span.start : item.span.end] == item.text for item in article.boilerplate)
