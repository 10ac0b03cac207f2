"""English speakers of round 62, continued (issue 5): a person named in a phrase or clause fronted
before a pronoun that holds the pronoun's own object form is someone else, never its referent; a
title in title case after a naming verb and a pronoun is its subject's words, as after a noun; a
quotation after a person's object pronoun and an infinitive, with no cue, has no sure speaker.
Each row: the article, then every quote as ``(text, kind, speaker's name, speaker's mention)``."""

from __future__ import annotations

import pytest

from newsparse.spans import QuoteKind
from quote_cases import MentionRow, mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

COURT = "LEEDS, England (AP) — The fraud trial of a former council treasurer entered its third week.\n\n"
BUDGET = "OSLO (AP) — The city council approved its budget for next year on Monday.\n\n"
COLE = "Jane Cole, 41, denies fraud.\n\nShe told the jury she had kept the accounts.\n\n"
BERG = "Tom Berg defended the budget on Monday. The cuts were needed, he said.\n\n"
KEPT = ("she had kept the accounts", R, "Jane Cole", "She")
CUTS = ("The cuts were needed", R, "Tom Berg", "he")
LIED = "she had lied to police"
SPARED = "the schools would be spared"
SHOW = 'NEW YORK (AP) — The singer returns to the stage this week.\n\n"I love the songs," Tom Berg said.\n\n'
SONGS = ("I love the songs,", D, "Tom Berg", "Tom Berg")

ROWS: list[tuple[str, list[MentionRow]]] = [
    # -- a name fronted before a pronoun, with the pronoun's object form after it: someone else ----------
    (COURT + COLE + "When Anne Hale KC questioned her, she admitted that " + LIED + ".",
     [KEPT, (LIED, R, "Jane Cole", "she")]),
    (BUDGET + BERG + "With Sam Hale beside him, he said " + SPARED + ".",
     [CUTS, (SPARED, R, "Tom Berg", "he")]),
    # read as if the sentence opened there: the subject of the paragraph before, no one quoted yet
    (COURT + "Jane Cole, 41, denies fraud.\n\nWhen Anne Hale KC questioned her, she admitted that " + LIED + ".",
     [(LIED, R, "Jane Cole", "she")]),
    (BUDGET + "Tom Berg defended the budget on Monday.\n\nWith Sam Hale beside him, he said " + SPARED + ".",
     [(SPARED, R, "Tom Berg", "he")]),
    # must not change: the other pronoun's object form, a possessive, no object pronoun at all
    (COURT + COLE + "When Anne Hale KC questioned him, she admitted that " + LIED + ".",
     [KEPT, (LIED, R, "Anne Hale", "she")]),
    (COURT + COLE + "When Anne Hale KC questioned her brother, she admitted that " + LIED + ".",
     [KEPT, (LIED, R, "Anne Hale", "she")]),
    (BUDGET + BERG + "With Sam Hale beside her, he said " + SPARED + ".",
     [CUTS, (SPARED, R, "Sam Hale", "he")]),
    # -- a title after a naming verb and a pronoun: the subject's words, as after a noun ----------------
    (BUDGET + 'Tom Berg attacked the plan on Monday. He called it "Project Fear".',
     [("Project Fear", D, "Tom Berg", "He")]),
    (BUDGET + 'Tom Berg attacked the plan on Monday. He dubbed it "Project Fear" and left.',
     [("Project Fear", D, "Tom Berg", "He")]),
    (BUDGET + 'Tom Berg attacked the plan on Monday. He called the plan "Project Fear".',
     [("Project Fear", D, "Tom Berg", "He")]),
    # must not change: a title right after a naming participle is a name no one says
    (BUDGET + 'Tom Berg attacked the plan on Monday. The plan, dubbed "Project Fear" by critics, passed.',
     [("Project Fear", D, None, None)]),
    (BUDGET + 'Tom Berg attacked the plan on Monday. His group, nicknamed "the Budget Hawks," met later.',
     [("the Budget Hawks,", D, None, None)]),
    # -- no cue: a person's object pronoun before an infinitive, then the quotation: no sure speaker ------
    (SHOW + 'Fans can expect him to sing "with more risk than before."',
     [SONGS, ("with more risk than before.", D, None, None)]),
    # must not change: no object pronoun before the infinitive; a cue says whose; the subject named
    (SHOW + 'Fans can expect to hear "the old songs, and some new ones."',
     [SONGS, ("the old songs, and some new ones.", D, "Fans", "Fans")]),
    (SHOW + 'His wife convinced him to "trust the band" again.',
     [SONGS, ("trust the band", D, "His wife", "His wife")]),
    (SHOW + 'Ana Ruiz accuses Berg of subjecting her to an "artful smear" in the song.',
     [SONGS, ("artful smear", D, "Ana Ruiz", "Ana Ruiz")]),
    (SHOW + 'Fans can expect him to bring "maybe a little more risk than before."',
     [SONGS, ("maybe a little more risk than before.", D, None, None)]),
    # (the merged round: a noun phrase quoted after the infinitive is the subject's view)
    (SHOW + 'Ana Ruiz wants him to be "a partner, not a rival."',
     [SONGS, ("a partner, not a rival.", D, "Ana Ruiz", "Ana Ruiz")]),
    (SHOW + 'Fans can expect him to sing "with more risk than before," the label said.',
     [SONGS, ("with more risk than before,", D, "the label", "the label")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_fixQ62b_speakers(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected


def test_rows_are_distinct() -> None:
    assert len({text for text, _ in ROWS}) == len(ROWS)
