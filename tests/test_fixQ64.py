"""English reported speech of round 64 (issue 5): a relative clause on the one told opens no
report (the later ``that`` does); a quotation after ``told ... at ... that`` keeps its opening mark,
as after ``said that``; a bare role (``the minister``) after two portfolios of it is either person;
another age in the paragraph is someone else; a two-word owner's possessive (``Morgan Stanley's
Brook``) is no part of the name; a second relative clause after an according-to source is no part
of the words.  Each row: the article, then every quote as ``(text, kind, speaker's name, speaker's
mention)``, or ``(text, speaker's name, source)``."""

from __future__ import annotations

import pytest

from newsparse.spans import QuoteKind
from quote_cases import MentionRow, SourcedRow, mention_rows, sourced_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

DOCKS = "CARDIFF (AP) — Dock workers walked out on Tuesday.\n\n"
GO_ON = "the strike would go on"
THROUGH = '"nobody will be allowed through."'
CLOSED = "CARDIFF (AP) — Hospitals and schools were closed on Tuesday.\n\n"
REOPEN = "the hospitals would reopen on Monday"
SHUT = "schools would stay shut"
DOING = '\n\n"We are doing all we can," the minister said.'
TALKS = "LONDON (AP) — Talks on the trade deal stalled on Tuesday.\n\n"
RESUME = "talks would resume"
NOT_YET = '\n\n"We are not there yet," the minister said.'
HALL = "CARDIFF (AP) — The town council voted to close the library on Tuesday.\n\n"
MISTAKE = "the vote was a mistake"
APPEAL = "she would appeal"
MARKET = "NEW YORK (AP) — Shares rose on Tuesday.\n\n"
FADE = "the rally would fade"
WEEK = "the strike will last a week"
WRONG = "he had done nothing wrong"
COURT = "CARDIFF (AP) — The port lost its case on Friday.\n\n"

ROWS: list[tuple[str, list[MentionRow]]] = [
    # -- a relative clause on the one told: the words start after the "that" that opens the report
    (DOCKS + f"Union leader Ana Ruiz told a crowd at the rally that had gathered outside that {GO_ON}.",
     [(GO_ON, R, "Ana Ruiz", "Union leader Ana Ruiz")]),
    (DOCKS + 'Ana Ruiz told reporters who had gathered at the quay that "the strike will go on."',
     [('"the strike will go on."', M, "Ana Ruiz", "Ana Ruiz")]),
    (DOCKS + f"Ana Ruiz told reporters who had gathered at the quay that {GO_ON}.", [(GO_ON, R, "Ana Ruiz", "Ana Ruiz")]),
    (DOCKS + f"Ana Ruiz told a crowd that had gathered outside the gates that {GO_ON}.", [(GO_ON, R, "Ana Ruiz", "Ana Ruiz")]),
    (DOCKS + "Tom Berg warned residents who live near the river that flooding was likely.",
     [("flooding was likely", R, "Tom Berg", "Tom Berg")]),
    (DOCKS + "Tom Berg told reporters who had asked about the strike that the gates would stay shut.",
     [("the gates would stay shut", R, "Tom Berg", "Tom Berg")]),
    # must not change: no relative clause, the report's own "that" first, "that" the subject, a
    # verb right before the later "that" (the relative's own clause, maybe)
    (DOCKS + f"Ana Ruiz told reporters that {GO_ON}.", [(GO_ON, R, "Ana Ruiz", "Ana Ruiz")]),
    (DOCKS + f"Ana Ruiz told a crowd at the rally that {GO_ON}.", [(GO_ON, R, "Ana Ruiz", "Ana Ruiz")]),
    (DOCKS + "Tom Berg told reporters that workers who had walked out would be paid.",
     [("workers who had walked out would be paid", R, "Tom Berg", "Tom Berg")]),
    (DOCKS + "Tom Berg told reporters that the crowd that had gathered was peaceful.",
     [("the crowd that had gathered was peaceful", R, "Tom Berg", "Tom Berg")]),
    (DOCKS + "Tom Berg told reporters that had been a mistake.", [("that had been a mistake", R, "Tom Berg", "Tom Berg")]),
    (DOCKS + "Tom Berg told reporters who asked that the gates would stay shut.",
     [("the gates would stay shut", R, "Tom Berg", "Tom Berg")]),
    # -- a quotation after "told ... at ... that": the quoted words, read as after "said that"
    (DOCKS + f"Police chief Tom Berg told a press conference at the port on Monday that {THROUGH}",
     [(THROUGH, M, "Tom Berg", "Police chief Tom Berg")]),
    (DOCKS + f"Police chief Tom Berg told a news conference at the headquarters of the port that {THROUGH}",
     [(THROUGH, M, "Tom Berg", "Police chief Tom Berg")]),
    # must not change: "said that", a short setting, words with no quotation
    (DOCKS + f"Police chief Tom Berg said on Monday that {THROUGH}", [(THROUGH, M, "Tom Berg", "Police chief Tom Berg")]),
    (DOCKS + f"Police chief Tom Berg told a press conference at the port that {THROUGH}",
     [(THROUGH, M, "Tom Berg", "Police chief Tom Berg")]),
    (DOCKS + "Tom Berg told a press conference at the port on Monday that nobody would be allowed through.",
     [("nobody would be allowed through", R, "Tom Berg", "Tom Berg")]),
    # -- a bare role after two portfolios of it: either person, left as written
    (CLOSED + f"The health minister, Tom Berg, said {REOPEN}. The education minister, Sara Llewyn, said {SHUT}. "
     "The health minister added that staff were tired." + DOING,
     [(REOPEN, R, "Tom Berg", "Tom Berg"), (SHUT, R, "Sara Llewyn", "Sara Llewyn"),
      ("staff were tired", R, "Tom Berg", "The health minister"), ("We are doing all we can,", D, "the minister", "the minister")]),
    (CLOSED + f"The health minister said {REOPEN}. The education minister, Sara Llewyn, said {SHUT}." + DOING,
     [(REOPEN, R, "The health minister", "The health minister"), (SHUT, R, "Sara Llewyn", "Sara Llewyn"),
      ("We are doing all we can,", D, "the minister", "the minister")]),
    (CLOSED + f"Health minister Tom Berg said {REOPEN}. Education minister Sara Llewyn said {SHUT}." + DOING,
     [(REOPEN, R, "Tom Berg", "Health minister Tom Berg"), (SHUT, R, "Sara Llewyn", "Education minister Sara Llewyn"),
      ("We are doing all we can,", D, "the minister", "the minister")]),
    (TALKS + f"Foreign Minister Sara Llewyn said {RESUME}. The trade minister did not comment." + NOT_YET,
     [(RESUME, R, "Sara Llewyn", "Foreign Minister Sara Llewyn"), ("We are not there yet,", D, "the minister", "the minister")]),
    # must not change: the exact role, one portfolio, a qualifier no portfolio
    (CLOSED + f"Health minister Tom Berg said {REOPEN}. The education minister, Sara Llewyn, said {SHUT}."
     '\n\n"We are doing all we can," the health minister said.',
     [(REOPEN, R, "Tom Berg", "Health minister Tom Berg"), (SHUT, R, "Sara Llewyn", "Sara Llewyn"),
      ("We are doing all we can,", D, "Tom Berg", "the health minister")]),
    (CLOSED + f"Health minister Tom Berg said {REOPEN}." + DOING,
     [(REOPEN, R, "Tom Berg", "Health minister Tom Berg"), ("We are doing all we can,", D, "Tom Berg", "the minister")]),
    (CLOSED + f"The education minister, Sara Llewyn, said {SHUT}." + DOING,
     [(SHUT, R, "Sara Llewyn", "Sara Llewyn"), ("We are doing all we can,", D, "Sara Llewyn", "the minister")]),
    (TALKS + f"Prime Minister Tom Berg said the deal was close. Foreign Minister Sara Llewyn said {RESUME}." + NOT_YET,
     [("the deal was close", R, "Tom Berg", "Prime Minister Tom Berg"), (RESUME, R, "Sara Llewyn", "Foreign Minister Sara Llewyn"),
      ("We are not there yet,", D, "Sara Llewyn", "the minister")]),
    (COURT + "A federal judge ordered the port to release its records. The order by District Judge Ana Ruiz came on Friday."
     '\n\n"The public has a right to know," the judge said.',
     [("The public has a right to know,", D, "Ana Ruiz", "the judge")]),
    ("Federal Judge Rules Port Must Release Records\n\nA federal judge ordered the port to release its records on Friday. "
     'The order by District Judge Ana Ruiz came on Friday.\n\n"The public has a right to know," the judge said.',
     [("The public has a right to know,", D, "Ana Ruiz", "the judge")]),
    (COURT + "A federal judge granted Tom Berg bail. District Judge Ana Ruiz ruled on Friday."
     '\n\n"The public has a right to know," the judge said.',
     [("The public has a right to know,", D, "Ana Ruiz", "the judge")]),
    # -- another age in the same paragraph: someone else
    (HALL + f"A 41-year-old, councillor Bryn Price, said {MISTAKE}. The 58-year-old councillor said {APPEAL}.",
     [(MISTAKE, R, "Bryn Price", "Bryn Price"), (APPEAL, R, "The 58-year-old councillor", "The 58-year-old councillor")]),
    (HALL + f"41-year-old councillor Bryn Price said {MISTAKE}. The 58-year-old councillor said {APPEAL}.",
     [(MISTAKE, R, "Bryn Price", "41-year-old councillor Bryn Price"),
      (APPEAL, R, "The 58-year-old councillor", "The 58-year-old councillor")]),
    # must not change: the same age, no age in the mention, no age given before
    (HALL + f"A 41-year-old, councillor Bryn Price, said {MISTAKE}. The 41-year-old councillor said {APPEAL}.",
     [(MISTAKE, R, "Bryn Price", "Bryn Price"), (APPEAL, R, "Bryn Price", "The 41-year-old councillor")]),
    (HALL + f"A 41-year-old, councillor Bryn Price, said {MISTAKE}. The councillor said {APPEAL}.",
     [(MISTAKE, R, "Bryn Price", "Bryn Price"), (APPEAL, R, "Bryn Price", "The councillor")]),
    (HALL + f"Councillor Bryn Price said {MISTAKE}. The 58-year-old councillor said {APPEAL}.",
     [(MISTAKE, R, "Bryn Price", "Councillor Bryn Price"), (APPEAL, R, "Bryn Price", "The 58-year-old councillor")]),
    # -- a two-word owner's possessive before a surname: the employer, no part of the name
    (MARKET + f"Morgan Stanley's Brook added that {FADE}.", [(FADE, R, "Brook", "Morgan Stanley's Brook")]),
    (MARKET + f"Analyst Tom Brook said demand was strong. Morgan Stanley's Brook added that {FADE}.",
     [("demand was strong", R, "Tom Brook", "Analyst Tom Brook"), (FADE, R, "Tom Brook", "Morgan Stanley's Brook")]),
    # must not change: a given name and a surname after the owner, one-word owners, a saint's name
    # and a body's word after it
    (MARKET + f"Goldman Sachs's Ana Ruiz said {FADE}.", [(FADE, R, "Ana Ruiz", "Goldman Sachs's Ana Ruiz")]),
    (MARKET + f"Charles Schwab's Liz Ann Sonders said {FADE}.",
     [(FADE, R, "Liz Ann Sonders", "Charles Schwab's Liz Ann Sonders")]),
    (MARKET + "The IMF's Gita Rao said growth would slow.", [("growth would slow", R, "Gita Rao", "The IMF's Gita Rao")]),
    (MARKET + "Acme's Rao said growth would slow.", [("growth would slow", R, "Rao", "Acme's Rao")]),
    ("LONDON (AP) — Hospitals were closed on Tuesday.\n\nSt John's Ambulance said the cut was bigger than expected.",
     [("the cut was bigger than expected", R, "St John Ambulance", "St John's Ambulance")]),
    ("LONDON (AP) — Hospitals were closed on Tuesday.\n\nSt Mary's Hospital said the ward would reopen on Monday.",
     [("the ward would reopen on Monday", R, "St Mary's Hospital", "St Mary's Hospital")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_fixq64_speakers(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected


SOURCED: list[tuple[str, list[SourcedRow]]] = [
    # -- a second relative clause after an according-to source: no part of the words
    (DOCKS + f"According to Ana Ruiz, who leads the union, which has 4,000 members, {WEEK}.", [(WEEK, "Ana Ruiz", None)]),
    (DOCKS + f"According to the union, which has 4,000 members, whose pay was cut, {WEEK}.", [(WEEK, "the union", None)]),
    (DOCKS + f"According to the union, which has 4,000 members, {WEEK}.", [(WEEK, "the union", None)]),
    # must not change: one relative clause, the source after the words
    (DOCKS + f"According to Ana Ruiz, who leads the union, {WEEK}.", [(WEEK, "Ana Ruiz", None)]),
    (DOCKS + "The strike will last a week, according to Ana Ruiz, who leads the union, which has 4,000 members.",
     [("The strike will last a week", "Ana Ruiz", None)]),
    # must not change: a person who carried the words is no outlet, no source
    (DOCKS + f"Tom Berg was quoted as saying by his lawyer that {WRONG}.", [(WRONG, "Tom Berg", None)]),
    (DOCKS + f"Tom Berg was quoted as saying by Reuters that {WRONG}.", [(WRONG, "Tom Berg", "Reuters")]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCED)
def test_fixq64_sources(text: str, expected: list[SourcedRow]) -> None:
    assert sourced_rows(text) == expected
