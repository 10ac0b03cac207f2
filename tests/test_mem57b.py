"""mem57b: the agency alternation written once per pattern (issue 7).  The byline's agency tail
calls one defined group from both of its alternatives, and the dateline patterns ask whether the
brackets held known agencies through a group set while matching them, not through a look-behind
that held the alternation again.  These rows pin what those rules read: a known agency after the
names or in brackets, the no-dash dateline and the dateline ended by a full stop after a known
agency's brackets, and the lookalikes (unknown names, several agencies, a desk code) each turns down."""

from __future__ import annotations

import pytest

from newsparse import BylineParser, DatelineParser, Span


@pytest.fixture
def bylines() -> BylineParser:
    return BylineParser()


@pytest.fixture
def datelines() -> DatelineParser:
    return DatelineParser()


# text after "By", (authors, agency)
AGENCY_TAIL = [
    ("Jane Roe, Reuters", (("Jane Roe",), "Reuters")),
    ("Jane Roe | AFP", (("Jane Roe",), "AFP")),
    ("Anna Schmidt (dpa)", (("Anna Schmidt",), "dpa")),
    ("Claire Martin (with AFP)", (("Claire Martin",), "AFP")),
    ("Tom Poe and The Associated Press", (("Tom Poe",), "The Associated Press")),
    ("Jane Roe and Reuters", (("Jane Roe",), "Reuters")),
    ("Maria Santos, Philippine News Agency", (("Maria Santos",), "Philippine News Agency")),
    # no known agency after the names: no agency read
    ("Jane Roe (Acme)", None),
    ("Jane Roe, Harbour Gazette Weekly", None),
]


@pytest.mark.parametrize(("text", "expected"), AGENCY_TAIL)
def test_agency_tail(bylines: BylineParser, text: str, expected: tuple[tuple[str, ...], str] | None) -> None:
    authors, agency = bylines.read_names(text, has_prefix=True)
    if expected is None:
        assert agency is None
    else:
        assert (authors, agency) == expected


# text, (place, agency, dateline text) or None
NO_DASH = [
    # a known agency alone in brackets, no dash, the story's first word after it
    ("NEW DELHI, Jul 8 (PTI) Heavy rain lashed the city on Tuesday.", ("NEW DELHI", "PTI", "NEW DELHI, Jul 8 (PTI)")),
    ("NEW DELHI, Jul 8 (IANS) A Delhi court on Tuesday granted bail.", ("NEW DELHI", "IANS", "NEW DELHI, Jul 8 (IANS)")),
    ("MANILA, May 3 (PNA) The senate passed the budget on Monday.", ("MANILA", "PNA", "MANILA, May 3 (PNA)")),
    ("BERLIN (dpa-AFX) Shares rose in early trading on Friday.", ("BERLIN", "dpa-AFX", "BERLIN (dpa-AFX)")),
    # (read by the pattern of a place in capitals alone: after a doubled hyphen, after a wire's slashes)
    ("BOSTON--(PTI) Heavy rain lashed the city on Tuesday.", ("BOSTON", "PTI", "BOSTON--(PTI)")),
    ("NEW DELHI, Jul 8 /PRNewswire/ (PTI) Heavy rain fell.", ("NEW DELHI", "PTI", "NEW DELHI, Jul 8 /PRNewswire/ (PTI)")),
    # no dash after brackets that hold no known agency (or one in another case): no dateline
    ("NEW DELHI, Jul 8 (Hindustan Pictures) Heavy rain lashed the city on Tuesday.", None),
    ("NEW DELHI (POLICE) Heavy rain lashed the city on Tuesday.", None),
    ("NEW DELHI (Pti) Heavy rain lashed the city on Tuesday.", None),
    ("BOSTON--(POLICE) Heavy rain lashed the city on Tuesday.", None),
    ("BOSTON--(Pti) Heavy rain lashed the city on Tuesday.", None),
    # several known agencies, or one and a desk code, with no dash: read as the place in title case
    # does (the _titled pattern), not by the no-dash rule for one agency alone
    ("BERLIN (dpa/AFP) Shares rose in early trading on Friday.", ("BERLIN", "dpa/AFP", "BERLIN (dpa/AFP)")),
    ("BERLIN (dpa/lby) Shares rose in early trading on Friday.", ("BERLIN", "dpa/lby", "BERLIN (dpa/lby)")),
    # a known agency, but a word in lower case after it: no story opens
    ("NEW DELHI, Jul 8 (PTI) heavy rain lashed the city on Tuesday.", None),
    # with a dash the brackets may hold several agencies and a desk code
    ("BERLIN (dpa/AFP) - Shares rose in early trading on Friday.", ("BERLIN", "dpa/AFP", "BERLIN (dpa/AFP) -")),
]

# a place in title case, a date, a known agency's brackets and a full stop before the story
FULL_STOP = [
    ("Bogotá, 10 de marzo (EFE). El presidente habló el martes.", ("Bogotá", "EFE", "Bogotá, 10 de marzo (EFE).")),
    ("Lima, 4 mar (EFE/AFP). El congreso votó el lunes.", ("Lima", "EFE/AFP", "Lima, 4 mar (EFE/AFP).")),
    # the brackets hold a name in capitals of no known agency, or the story opens in lower case: no dateline
    ("Bogotá, 10 de marzo (POLICÍA NACIONAL). El presidente habló el martes.", None),
    ("Bogotá, 10 de marzo (EFE). el presidente habló el martes.", None),
]


@pytest.mark.parametrize(("text", "expected"), NO_DASH + FULL_STOP)
def test_known_agency_brackets(datelines: DatelineParser, text: str, expected: tuple[str, str, str] | None) -> None:
    found = datelines.parse(text, Span(0, len(text)))
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert (found.place, found.agency, found.text) == expected


# the outlet's one pattern: the whole text as an outlet (outlet_alone, outlet_among_names), or an
# outlet after the text's last comma (cut_outlet, cut_outlets)
AMONG_NAMES = [
    # text, outlet_among_names, whether outlet_alone matches
    ("Reuters", "Reuters", True),
    ("The Associated Press", "The Associated Press", True),
    ("BBC News", "BBC News", True),
    ("The Washington Post", "", True),
    ("Investing.com", "", True),
    # an outlet's shape with a role in it: matched alone, then turned down as a role
    ("CNN Editor-at-large", None, True),
    # a comma before it, a line's end after it, a person: no outlet alone
    (", Reuters", None, False),
    ("Reuters\n", None, False),
    ("Jane Roe", None, False),
]


@pytest.mark.parametrize(("text", "expected", "alone"), AMONG_NAMES)
def test_outlet_among_names(bylines: BylineParser, text: str, expected: str | None, alone: bool) -> None:
    assert bylines.outlet_among_names(text) == expected
    assert (bylines.outlet_alone(text) is not None) is alone


# text, cut_outlet, cut_outlets
CUT = [
    ("Jane Roe, Reuters", ("Jane Roe", "Reuters"), ("Jane Roe", "Reuters")),
    ("Jane Roe, Reuters\n", ("Jane Roe", "Reuters"), ("Jane Roe", "Reuters")),
    ("Jane Roe, The Washington Post", ("Jane Roe", None), ("Jane Roe", None)),
    ("Jane Roe, BBC News, Reuters", ("Jane Roe, BBC News", "Reuters"), ("Jane Roe", "Reuters")),
    # an outlet alone, an outlet after a comma that opens the text, a person after the comma: nothing cut
    ("Reuters", ("Reuters", None), ("Reuters", None)),
    (", Reuters", (", Reuters", None), (", Reuters", None)),
    ("Jane Roe, Tom Courier", ("Jane Roe, Tom Courier", None), ("Jane Roe, Tom Courier", None)),
]


@pytest.mark.parametrize(("text", "one", "several"), CUT)
def test_cut_outlet(
    bylines: BylineParser, text: str, one: tuple[str, str | None], several: tuple[str, str | None]
) -> None:
    assert bylines.cut_outlet(text) == one
    assert bylines.cut_outlets(text) == several
