"""Regressions of round 68's new user's layout findings (mendLT68): a story's paragraph that a wire
tags at its end (``... food packs. (PNA)``, ``..., De Wever told reporters. ANP/BELGA``, ``... next
week. (With AFP)``) read as a picture's caption and taken out of the story.  Invented stories in
real layouts; the rows that must not fire beside the ones that must."""

from __future__ import annotations

import pytest

from articles import parse_held

LEDE = "Officials on Tuesday ordered agencies to speed up the delivery of relief goods to the flooded provinces."
CLOSE = "The weather bureau expects more rain over the coming days, with two more storms forming at sea."


def wire_story(line: str, *, last: bool) -> str:
    """A wire's story as a news site prints it: headline, byline, stamp, the dateline's lede, *line*
    as a paragraph of its own (the last, or one with more story under it)."""
    head = f"Relief goods head to flooded provinces\nBy Maria Santos\nNovember 18, 2026, 5:42 pm\n\nMANILA – {LEDE}\n\n"
    return head + (f"{line}\n" if last else f"{line}\n\n{CLOSE}\n")


# -- (1) a story's paragraph tagged by its wire is no caption -------------------------------------


TAGGED = [
    # reported speech, an agency in brackets (of the vocabulary or an acronym)
    ("Santos said the welfare department had prepositioned 1.2 million food packs. (PNA)", "(PNA)"),
    ("The ministry said 40 schools would stay shut until Friday. (Xinhua)", "(Xinhua)"),
    ("Governor Lim told reporters the evacuation centres were full. (Bernama)", "(Bernama)"),
    # a quotation, the agency after a lead word, or agencies joined by a slash and no brackets
    ('"This is a fair reform," Prime Minister Jan Peeters told reporters. ANP/BELGA', "ANP/BELGA"),
    ('"We will not back down," the union leader said on Monday. (With AFP)', "(With AFP)"),
    ('"The talks will resume next week," a spokesman said. DPA/AFP', "DPA/AFP"),
]


@pytest.mark.parametrize(("line", "tag"), TAGGED)
@pytest.mark.parametrize("last", [True, False])
def test_wire_tagged_paragraph_stays_in_the_story(line: str, tag: str, last: bool) -> None:
    article = parse_held(wire_story(line, last=last))
    sentence = line[: -len(tag)].rstrip()
    assert article.captions == ()
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert len(texts) == (2 if last else 3)
    if last or not tag.startswith("("):
        # the last line's tag, or a tag with no brackets anywhere, is cut off as the wire's sign-off
        assert sentence in texts
        assert any(item.text == tag and item.kind == "sign-off" for item in article.boilerplate)
    else:  # a tag in brackets over more story stays its paragraph's (fixT57a)
        assert line in texts


@pytest.mark.parametrize(("line", "tag"), [row for row in TAGGED if '"' in row[0]])
def test_quote_in_tagged_paragraph_ends_at_its_words(line: str, tag: str) -> None:
    article = parse_held(wire_story(line, last=True))
    assert article.quotes, line
    assert all(tag not in quote.text for quote in article.quotes)
    assert all(quote.speaker is not None for quote in article.quotes)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # a picture described, no speech: the caption stays, credited to the wire
        ("Firefighters battle the flames near the highway on Monday. (AFP)", "AFP"),
        ("Residents wade through a flooded street in Marikina. (Xinhua)", "Xinhua"),
        ("Rescuers carry a survivor from the rubble. (AP Photo/Aaron Favila)", "AP Photo/Aaron Favila"),
        ("Rescuers carry a survivor from the rubble. Photo: Jo Roe/AFP", "Jo Roe/AFP"),
    ],
)
def test_picture_caption_with_wire_credit_stays(line: str, credit: str) -> None:
    article = parse_held(wire_story(line, last=False))
    assert [caption.credit for caption in article.captions] == [credit]


# -- (3) an outlet's name alone signs the story: no person author ---------------------------------


def signed(byline: str) -> str:
    """A news site's page: the headline, the byline line, a stamp, the story."""
    return (
        "UAE sets new visa rules for remote workers\n"
        f"{byline}\nDecember 3, 2026\n\n"
        "DUBAI – The UAE on Thursday announced a new visa for remote workers, officials said.\n\n"
        "The visa costs 1,000 dirhams a year and can be renewed once.\n"
    )


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        # an outlet's name ending in its outlet's word, bare or after "By", in any case
        ("Khaleej Times", (), None),
        ("Arab Times", (), None),
        ("BY BUENOS AIRES TIMES", (), None),
        ("By The Island Times", (), None),
        ("By Nation Media", (), None),
        ("By DAILY NATION", (), None),
        # negative rows: people, a person and a paper, a known agency alone (docs/model.md: the agency)
        ("By Jane Roe", ("Jane Roe",), None),
        ("By Susan Du Star Tribune", ("Susan Du",), None),
        ("By Kim Daily", ("Kim Daily",), None),
        ("By Reuters", ("Reuters",), "Reuters"),
        ("By Maria Herald", ("Maria Herald",), None),
    ],
)
def test_outlet_alone_signs_no_person(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    byline = parse_held(signed(line)).byline
    assert byline is not None
    assert (byline.authors, byline.agency) == (authors, agency)
    assert byline.text == line
