"""Mutation pass mutDD (stop 25, issue 8): stop 24's layout rules (a section pair over the headline, a
clock under the date line, a standfirst over the author's name, an outlet before the author, ...), each
shape beside its near-miss, asserting the value a surviving mutant changed (see docs/testing.md)."""

from __future__ import annotations

import pytest

from newsparse import BylineParser, parse_article
from newsparse.dateline import DatelineParser
from newsparse.lines import split_lines
from newsparse.section import SectionParser
from newsparse.timestamp import TimestampParser
from parts import holds_every_line

HEADLINE = "Oil slides as OPEC+ weighs deeper cuts"
LEDE = "Oil prices fell on Tuesday as producers met in Vienna, and traders said the talks went on late into the night."
MORE = "Analysts said the cuts would do little to lift prices before the summer, when demand usually picks up again."


# -- a section and its subsection, one label a line, over the headline (section_pair) --------------

SECTION_PAIRS = [
    # (the text, the section read)
    # four lines only: two labels, the headline and the story, with and without a blank line
    (f"Business\nMarkets\n{HEADLINE}\n{LEDE}\n", ("Business", "Markets")),
    (f"Business\nMarkets\n{HEADLINE}\n\n{LEDE}\n", ("Business", "Markets")),
    # the story's first line ends a sentence, the next line does not
    (f"Business\nMarkets\n{HEADLINE}\n{LEDE}\nTraders wait\n\n{MORE}\n", ("Business", "Markets")),
    # near-misses: a blank line between the two labels (the first is a masthead's)
    (f"Business\n\nMarkets\n{HEADLINE}\nBy Jane Roe\n\n{LEDE}\n", ("Markets",)),
    # a third short line: a third label (fixB52, stop 45: up to KICKER_STACK_LINES labels stack)
    (f"Business\nMarkets\nOil\n{HEADLINE}\nBy Jane Roe\n\n{LEDE}\n", ("Business", "Markets", "Oil")),
    # a fourth short line: more labels than KICKER_STACK_LINES, no kicker over no headline
    (f"Business\nMarkets\nEnergy\nOil\n{HEADLINE}\nBy Jane Roe\n\n{LEDE}\n", ()),
    # a breadcrumb of two labels on the second line
    (f"Business\nMarkets / Energy\n{HEADLINE}\nBy Jane Roe\n\n{LEDE}\n", ("Business",)),
    # the first line is boilerplate, no label
    (f"Advertisement\nMarkets\n{HEADLINE}\nBy Jane Roe\n\n{LEDE}\n", ("Markets",)),
    # the headline ends a sentence (a question) over the story's running text
    (f"Business\nMarkets\nWill oil slide again?\n{LEDE}\n\n{MORE}\n", ()),
    # a standfirst with no sentence end right under the headline, then the story
    (f"Business\nMarkets\n{HEADLINE}\nProducers meet in Vienna\n\n{LEDE}\n", ()),
]


@pytest.mark.parametrize(("text", "section"), SECTION_PAIRS)
def test_a_section_pair_needs_two_labels_over_a_headline_that_ends_its_block(text: str, section: tuple[str, ...]) -> None:
    article = parse_article(text)
    assert article.section == section
    assert holds_every_line(article)


# -- a standfirst with no sentence end over the author's name, over a stamp (name_nearer_stamp) ----

STANDFIRSTS = [
    # (the lines under the headline, the byline's text)
    # a blank line before the name or before the stamp: the name alone is still the author
    ("Big Oil, Big Trouble\n\nJane Roe\nMarch 5, 2024\n", "Jane Roe"),
    ("Big Oil, Big Trouble\nJane Roe\n\nMarch 5, 2024\n", "Jane Roe"),
    # a date over the line, a stamp under the name: the name alone is the author, not the line beside the date
    ("March 5, 2024\nBig Oil, Big Trouble\nJane Roe\nUpdated March 6, 2024\n", "Jane Roe"),
    ("March 5, 2024\nJane Roe\nTom Berg\nUpdated March 6, 2024\n", "Jane Roe"),
    # the bad shape: the name nearer the stamp
    ("Big Oil, Big Trouble\nJane Roe\nMarch 5, 2024\n", "Jane Roe"),
]


@pytest.mark.parametrize(("head", "written"), STANDFIRSTS)
def test_the_name_nearer_the_stamp_is_the_byline(head: str, written: str) -> None:
    text = f"{HEADLINE}\n{head}\n{LEDE}\n"
    article = parse_article(text)
    assert article.byline is not None and article.byline.text == written
    assert article.published is not None and article.published.text == "March 5, 2024"
    assert "March 5, 2024" not in [b.text for b in article.boilerplate]
    assert holds_every_line(article)


def test_a_date_and_a_standfirst_over_a_name_at_the_texts_end() -> None:
    # the name is the text's last line: no stamp under it
    article = parse_article(f"{HEADLINE}\nMarch 5, 2024\nBig Oil, Big Trouble\nJane Roe")
    assert article.byline is not None and article.byline.text == "Jane Roe"


BESIDE_CLOCKS = [
    # (the lines under the headline, the byline's text): a clock with a weekday and no date, stamp-like
    # but no stamp, over the line or under the name
    ("Monday 6:30PM\nBig Oil, Big Trouble\nJane Roe\nMarch 5, 2024\n", "Jane Roe"),
    ("Big Oil, Big Trouble\nJane Roe\nMonday 6:30PM\n", "Jane Roe"),
]


@pytest.mark.parametrize(("head", "written"), BESIDE_CLOCKS)
def test_a_clock_with_no_date_stands_for_a_stamp_beside_the_name(head: str, written: str) -> None:
    article = parse_article(f"{HEADLINE}\n{head}\n{LEDE}\n")
    assert article.byline is not None and article.byline.text == written
    assert "Big Oil, Big Trouble" in [article.byline.text, *(b.text for b in article.boilerplate)]


# -- an outlet before its author's name that a caption credits (outlet_before_author) -------------

STORY = f"RENNES — {LEDE}"
CAPTION = "Drivers wait in a long line of traffic near the bridge on Wednesday."

OUTLETS_BEFORE_AUTHORS = [
    # (the byline line, the caption's credit; the authors and the agency read)
    # a given name the library does not know: only the caption's credit tells the outlet
    ("By Harbourside Kerrin Vale", "Harbourside", ("Kerrin Vale",), "Harbourside"),
    # near-misses: the caption credits someone else; a credit of two words; two authors; an agency
    ("By Harbourside Kerrin Vale", "Jane Roe", ("Harbourside Kerrin Vale",), None),
    ("By Harbourside Media Kerrin Vale", "Harbourside Media", ("Harbourside Media Kerrin Vale",), None),
    ("By Harbourside Kerrin Vale and Tom Berg", "Harbourside", ("Harbourside Kerrin Vale", "Tom Berg"), None),
    ("By Harbourside Kerrin Vale, Reuters", "Harbourside", ("Harbourside Kerrin Vale",), "Reuters"),
]


@pytest.mark.parametrize(("byline", "credit", "authors", "agency"), OUTLETS_BEFORE_AUTHORS)
def test_an_outlet_before_its_author_needs_a_one_word_credit(
    byline: str, credit: str, authors: tuple[str, ...], agency: str | None
) -> None:
    article = parse_article(f"{HEADLINE}\n{byline}\nMarch 5, 2024\n\n{CAPTION} Photo: {credit}\n\n{STORY}\n")
    assert [c.credit for c in article.captions] == [credit]
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)


# -- a place in capitals before the stamp on its line (place_before_stamp) -------------------------

PLACES_BEFORE_STAMPS = [
    # (the stamp lines under the byline; the dateline's place, the boilerplate)
    # a second stamp line with a place: the first place stays the dateline, the second line boilerplate
    ("NEW DELHI, May 26, 2026 10:48 IST\nMUMBAI, May 25, 2026 10:00 IST", "NEW DELHI",
     [("MUMBAI", "other"), ("May 25, 2026 10:00 IST", "timestamp")]),
    # an update's stamp after its label: the place is the dateline all the same (layZ), the label the stamp's
    ("NEW DELHI, Updated: May 26, 2026 10:48 IST", "NEW DELHI", []),
]


@pytest.mark.parametrize(("stamps", "place", "boilerplate"), PLACES_BEFORE_STAMPS)
def test_a_place_before_the_stamp_is_read_once(stamps: str, place: str | None, boilerplate: list[tuple[str, str]]) -> None:
    article = parse_article(f"{HEADLINE}\nBy Jane Roe\n{stamps}\n\n{LEDE}\n")
    assert (article.dateline.place if article.dateline is not None else None) == place
    assert [(b.text, b.kind) for b in article.boilerplate] == boilerplate
    assert holds_every_line(article)


STAMP_HEADS = [
    # (the words before the stamp, the place read)
    ("SPRINGFIELD , Ill., ", "SPRINGFIELD, Ill."),  # a blank before the comma is dropped
    ("NEW DELHI, ", "NEW DELHI"),
    ("UK, ", "UK"),  # two letters
    ("SAO JOSE DOS CAMPOS, ", "SAO JOSE DOS CAMPOS"),  # four words, the most
    # near-misses: a place not in capitals, one letter
    ("New Delhi, ", None),
    ("A, ", None),
    # near-misses: an agency of two words is a source, no place
    ("ASSOCIATED PRESS, ", None),
    ("AGENCE FRANCE-PRESSE, ", None),
]


@pytest.mark.parametrize(("head", "place"), STAMP_HEADS)
def test_the_place_before_a_stamp(head: str, place: str | None) -> None:
    assert DatelineParser().place_before_stamp(head) == place


# -- a kicker cut at its spaced dashes (SectionParser.split_dashes) -------------------------------


class NoDashSections(SectionParser):
    SPACED_DASHES = ()


@pytest.mark.parametrize(
    ("parser", "labels"),
    [(SectionParser(), ("Bretagne", "Saint-Brieuc")), (NoDashSections(), ("Bretagne - Saint-Brieuc",))],
)
def test_a_pack_with_no_spaced_dashes_cuts_no_kicker(parser: SectionParser, labels: tuple[str, ...]) -> None:
    assert parser.split_dashes("Bretagne - Saint-Brieuc") == labels


# -- a wire's end mark or a sign-off in brackets after the last sentence (cut_end_mark) ------------

LAST = "The line links two provinces."

END_MARKS = [
    # (the last paragraph, its text kept, the sign-off filed)
    (f"{LAST} Enditem", LAST, [("Enditem", "sign-off")]),
    (f"{LAST} (Reporting by Jane Roe; Editing by Tom Poe)", LAST,
     [("(Reporting by Jane Roe; Editing by Tom Poe)", "sign-off")]),
    # near-misses: brackets that are the story's own words
    (f"{LAST} (It opened in May.)", f"{LAST} (It opened in May.)", []),
]


@pytest.mark.parametrize(("last", "kept", "boilerplate"), END_MARKS)
def test_the_end_mark_after_the_last_sentence(last: str, kept: str, boilerplate: list[tuple[str, str]]) -> None:
    article = parse_article(f"{HEADLINE}\n\n{LEDE}\n\n{last}\n")
    assert article.paragraphs[-1].text == kept
    assert [(b.text, b.kind) for b in article.boilerplate] == boilerplate
    assert holds_every_line(article)


# -- a name before the stamps on a stamp line (byline_beside_stamps) -------------------------------

BESIDE_STAMPS = [
    # (the stamp line, the author read, the boilerplate): a given name the library does not know needs two pieces
    ("Kerrin Vale · CBC News · Posted: Aug 08, 2024 4:00 AM EDT", ("Kerrin Vale",), []),
    # a piece between the byline and the stamp is filed (lay52: no text of the line lost)
    ("Kerrin Vale · CBC News · Toronto · Posted: Aug 08, 2024 4:00 AM EDT", ("Kerrin Vale",), ["Toronto"]),
    # near-miss: one piece before the stamp, a place or a label as often as a name
    ("Kerrin Vale · Posted: Aug 08, 2024 4:00 AM EDT", None, ["Kerrin Vale · Posted"]),
]


@pytest.mark.parametrize(("line", "authors", "filed"), BESIDE_STAMPS)
def test_a_name_before_the_stamps_needs_two_pieces(line: str, authors: tuple[str, ...] | None, filed: list[str]) -> None:
    article = parse_article(f"{HEADLINE}\n{line}\n\n{LEDE}\n")
    assert (article.byline.authors if article.byline is not None else None) == authors
    assert article.published is not None and article.published.text == "Aug 08, 2024 4:00 AM EDT"
    # the byline's words are the byline's; with none, the head before the stamp is filed
    assert [b.text for b in article.boilerplate] == filed


# -- a quotation signed with a name closing the story (is_signed_quotation) ------------------------

SIGNED = '"We won." ― Mayor Ana Ortiz, writing after the vote'


@pytest.mark.parametrize(
    ("last", "paragraph"),
    [
        (SIGNED, True),  # the story's last words
        ('"Best Of" ― Our Picks', False),  # no sentence, no name: a link
    ],
)
def test_a_signed_quotation_closes_the_story(last: str, paragraph: bool) -> None:
    article = parse_article(f"{HEADLINE}\nBy Jane Roe\n\n{LEDE}\n\n{last}\n")
    assert (article.paragraphs[-1].text == last) is paragraph
    assert [b.text for b in article.boilerplate] == ([] if paragraph else [last])


# -- a line with a media label: the headline on top, a caption under a stamp or a byline -------------

FIRE = "Firefighters battled a blaze on Elm Street on Tuesday night, and officials said no one was hurt in the fire."
VIDEO = "VIDEO: Crews battle a blaze on Elm Street"

MEDIA_LINES = [
    # (the header, the headline read, the captions read)
    (f"{VIDEO}\nBy Jane Roe", VIDEO, []),
    # near-misses: a stamp or a byline read above it: a video's caption
    (f"March 5, 2024\n{VIDEO}", None, ["Crews battle a blaze on Elm Street"]),
    (f"By Jane Roe\n{VIDEO}", None, ["Crews battle a blaze on Elm Street"]),
]


@pytest.mark.parametrize(("head", "headline", "captions"), MEDIA_LINES)
def test_a_media_label_heads_the_page_or_a_caption(head: str, headline: str | None, captions: list[str]) -> None:
    article = parse_article(f"{head}\n\n{FIRE}\n")
    assert (article.headline.text if article.headline is not None else None) == headline
    assert [c.text for c in article.captions] == captions


# -- a date that ends like a sentence: a stamp with its label, the story's own line without ------------

DATE_LINES = [
    # (the lines under the byline, the published stamp's text, the first paragraph)
    ("Published March 5, 2024.", "March 5, 2024", LEDE),
    ("Published March 5, 2024\n\nFebruary 9, 1895.", "March 5, 2024", "February 9, 1895."),
]


@pytest.mark.parametrize(("lines", "published", "first"), DATE_LINES)
def test_a_date_with_a_full_stop_after_its_number(lines: str, published: str, first: str) -> None:
    article = parse_article(f"{HEADLINE}\nBy Jane Roe\n{lines}\n\n{LEDE}\n")
    assert article.published is not None and article.published.text == published
    assert article.paragraphs[0].text == first


def test_the_first_paragraphs_dateline_wins_over_the_place_before_the_stamp() -> None:
    text = f"{HEADLINE}\nBy Jane Roe\nNEW DELHI, May 26, 2026 10:48 IST\n\nMUMBAI — {LEDE}\n"
    article = parse_article(text)
    assert article.dateline is not None and article.dateline.place == "MUMBAI"
    assert [(b.text, b.kind) for b in article.boilerplate] == [("NEW DELHI", "other")]
    assert [text[b.span.start : b.span.end] for b in article.boilerplate] == ["NEW DELHI"]
    assert article.paragraphs[0].text == LEDE


def test_a_line_ending_in_a_comma_over_a_number_is_no_wrapped_stamp() -> None:
    # no stamp runs over the two lines: neither is claimed as one, both are filed
    article = parse_article(f"{HEADLINE}\nBy Jane Roe\nIn brief,\n3 things to know\n\n{LEDE}\n")
    assert article.published is None
    assert [(b.text, b.kind) for b in article.boilerplate] == [("In brief,", "other"), ("3 things to know", "other")]
    assert holds_every_line(article)


# -- byline pieces: a credit after the byline, one-word outlets, a surname that is an outlet's word --


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("By Jane Roe | Photos: Tom Berg", "By Jane Roe"),  # the credit is the photographer's
        ("By Jane Roe | Vienna bureau", "By Jane Roe | Vienna bureau"),  # no credit: the byline runs on
    ],
)
def test_a_byline_stops_before_a_credit_for_other_work(line: str, written: str) -> None:
    found = BylineParser().parse_with_stamp(split_lines(line), 0, TimestampParser(), None)
    assert found is not None
    byline, stamps = found
    assert (byline.text, byline.authors, stamps) == (written, ("Jane Roe",), ())


@pytest.mark.parametrize(("word", "outlet"), [("Axios", True), ("Axios.", True), ("axios", False), ("BBC1", False)])
def test_a_one_word_outlet_is_a_capitalised_word_of_letters(word: str, outlet: bool) -> None:
    assert BylineParser().is_one_word_outlet(word) is outlet


@pytest.mark.parametrize(("words", "name"), [("Tom Press", True), ("Free Press", False), ("Daily Press", False)])
def test_a_surname_that_is_an_outlets_word(words: str, name: bool) -> None:
    assert BylineParser().outlet_is_name(words) is name


# -- a label in title case over a headline and a standfirst (label_over_standfirst) ------------------

SEA = "Sea levels along the coast rose faster than expected, study finds"
RISE = "Researchers say the rise over thirty years outpaced every model they had tried."
WATER = "Water levels along the coast rose by more than a foot over thirty years, the study found, and it is speeding up."


@pytest.mark.parametrize(
    ("label", "section"),
    [
        ("The Long Read", ("The Long Read",)),  # three words in title case after a determiner
        ("Coastal Towns Brace", ()),  # no determiner: a short headline as often as a label
    ],
)
def test_a_title_case_label_needs_its_determiner(label: str, section: tuple[str, ...]) -> None:
    article = parse_article(f"{label}\n{SEA}\n{RISE}\nBy Maria Okafor\n{WATER}\n")
    assert article.section == section


@pytest.mark.parametrize(
    ("line", "authors", "written"),
    [
        ("By \u2067Nour El-Sayed\u2069", ("Nour El-Sayed",), "By \u2067Nour El-Sayed"),  # bidi controls round the name
        ("\u200bBy Nour El-Sayed", ("Nour El-Sayed",), "By Nour El-Sayed"),  # a zero-width space opens the line
        ("By Nour El-Sayed", ("Nour El-Sayed",), "By Nour El-Sayed"),
    ],
)
def test_invisible_characters_hide_no_byline(line: str, authors: tuple[str, ...], written: str) -> None:
    byline = BylineParser().parse(split_lines(line), 0)
    assert byline is not None and (byline.authors, byline.text) == (authors, written)


@pytest.mark.parametrize(
    ("names", "split"),
    [
        (["Anna Schmidt und Paul Weber und Eva Braun"], ["Anna Schmidt", "Paul Weber", "Eva Braun"]),
        (["José Ortega y Gasset"], ["José Ortega y Gasset"]),
    ],
)
def test_joined_authors_split_at_every_joining_word(names: list[str], split: list[str]) -> None:
    assert BylineParser().split_joined(names) == split


@pytest.mark.parametrize(("text", "role"), [("Editor", True), ("Games Editor", True), ("Tom Berg", False)])
def test_a_role_alone_on_its_line(text: str, role: bool) -> None:
    assert BylineParser().is_role(text) is role


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Jane Roe Middle East Correspondent", 8),  # the name, then a region and a role
        ("Ana de la Fuente Ukraine Editor", 16),
        ("Julia Carrie Wong Reporter", None),  # a role word right after the name: the name kept whole
        ("Jane Roe", None),
    ],
)
def test_where_a_role_run_starts_after_a_name(text: str, start: int | None) -> None:
    assert BylineParser().role_run_start(text) == start


@pytest.mark.parametrize(
    ("pieces", "outlets"),
    [
        (["Jane Roe", "BBC News", "Tom Berg"], True),  # an agency's outlet among the names
        (["Jane Roe", "BBC News"], True),
        (["Jane Roe", "Tom Berg"], False),  # names only
        (["Jane Roe", "Tom Press"], False),  # a surname that is an outlet's word
    ],
)
def test_outlets_among_a_bylines_names(pieces: list[str], outlets: bool) -> None:
    assert BylineParser().outlets_among(pieces) is outlets


@pytest.mark.parametrize(("text", "given"), [("Jane Mary Roe", True), ("Jane Roe", True), ("Kerrin Vale", False)])
def test_a_name_opens_with_a_known_given_name(text: str, given: bool) -> None:
    assert BylineParser().opens_with_given_name(text) is given


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Jane Roe with additional reporting by Tom Berg", 8),  # another's contribution after the name
        ("Jane Roe with AFP", None),  # an agency, read with the names
        ("Jane Roe and Tom Berg", None),
    ],
)
def test_where_a_contribution_starts(text: str, start: int | None) -> None:
    assert BylineParser().contribution_start(text) == start


@pytest.mark.parametrize(("text", "relative"), [("2 hours ago", True), ("Published 4 months ago", True), ("Jane Roe", False)])
def test_a_stamp_that_says_how_long_ago(text: str, relative: bool) -> None:
    assert BylineParser().is_relative_stamp(text) is relative


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Free Press", True),
        ("Evening Standard Weekend Edition", True),  # four words, the most
        ("Evening Standard Weekend Edition Extra", False),
        ("Free press", False),  # a word in lower case
    ],
)
def test_an_outlet_by_its_first_word(text: str, outlet: bool) -> None:
    assert BylineParser().opens_outlet_name(text) is outlet


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("By Staff Reporter", ((), None, "By Staff Reporter")),  # a desk: a byline with no authors
        # a given name after the desk's words: no unsigned desk, the role before a name (trialL)
        ("By Staff Reporter Jane Roe", (("Jane Roe",), None, "By Staff Reporter Jane Roe")),
    ],
)
def test_an_unsigned_desk_byline(line: str, found: tuple[object, ...] | None) -> None:
    byline = BylineParser().parse(split_lines(line), 0)
    assert (None if byline is None else (byline.authors, byline.agency, byline.text)) == found
    assert byline is None or (byline.span.start, byline.span.end) == (0, len(line))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Jane Roe | Photos: Tom Berg", 8),  # the credit for other work after the byline
        ("| Photos: Tom Berg", None),  # nothing before it: no byline to stop
        ("Jane Roe", None),
    ],
)
def test_where_a_credit_for_other_work_starts(text: str, start: int | None) -> None:
    assert BylineParser().credit_piece_start(text) == start


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jane Roe, Tom Berg and Ana Ruiz", ["Jane Roe", "Tom Berg", "Ana Ruiz"]),
        # a piece that is no name: split again, keeping the particles
        ("Jane Roe, Tom Berg and Reuters staff", ["Jane Roe", "Tom Berg", "Reuters staff"]),
    ],
)
def test_a_list_of_authors_split_at_every_comma_and_conjunction(text: str, names: list[str]) -> None:
    assert BylineParser().split_names(text) == names


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("El Tiempo", True),  # an outlet's opening word, then capitalised words
        ("El tiempo", False),
        ("Harbour Tiempo", False),  # no outlet's opening word
        ("AB", True),  # one word in capitals, two letters at least
        ("A", False),
        ("Ouest-France", True),  # one word joined by a hyphen
        ("Harbourside", False),
    ],
)
def test_the_words_before_a_name_read_as_an_outlet(text: str, outlet: bool) -> None:
    assert BylineParser().reads_as_outlet(text) is outlet


@pytest.mark.parametrize(
    ("pieces", "found"),
    [
        (["Jane Roe", "BBC News", "Axios", "Reuters"], (("Jane Roe",), "Reuters")),  # the agency chosen
        (["Jane Roe", "BBC News", "Axios"], (("Jane Roe",), "BBC News")),  # a one-word outlet after an outlet
        (["Jane Roe", "Axios"], ((), None)),  # one word right after the names: no outlet read
        (["Jane Roe (Reuters)"], (("Jane Roe",), "Reuters")),
    ],
)
def test_names_among_outlets(pieces: list[str], found: tuple[tuple[str, ...], str | None]) -> None:
    assert BylineParser().names_among_outlets(pieces, None) == found


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Jane Roe, The Washington Post", ("Jane Roe", None)),  # an outlet after a comma
        ("Jane Roe Bloomberg News", ("Jane Roe", "Bloomberg News")),  # an agency's outlet, no mark
        ("Jane Roe, Tom Press", ("Jane Roe, Tom Press", None)),  # a name
    ],
)
def test_the_outlet_that_ends_the_authors(text: str, cut: tuple[str, str | None]) -> None:
    assert BylineParser().cut_outlet(text) == cut


@pytest.mark.parametrize(
    ("context", "found"),
    [
        ("The talks went on late into the night.", (("Laura Kuenssberg",), "BBC News", (0, 25))),
        # the story names the person again: its subject, no author
        ("Laura Kuenssberg said the talks went on late.", None),
    ],
)
def test_an_outlet_then_a_name_alone(context: str, found: tuple[object, ...] | None) -> None:
    byline = BylineParser().outlet_then_name_alone(split_lines("BBC News Laura Kuenssberg")[0], context)
    assert (None if byline is None else (byline.authors, byline.agency, (byline.span.start, byline.span.end))) == found


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By staff writer Jane Roe", ("Jane Roe",)),  # a role in lower case between the prefix and the name
        ("By Jane Roe", ("Jane Roe",)),
    ],
)
def test_a_role_in_lower_case_after_the_prefix(line: str, authors: tuple[str, ...]) -> None:
    byline = BylineParser().parse(split_lines(line), 0)
    assert byline is not None and (byline.authors, byline.text) == (authors, line)
