"""Speakers read again for a second user's texts in round 68 (issue 5, branch fixTq68): ``It
said`` after a sentence that opens with another body than the last speaker (``The court issued
its ruling on Friday. It said ...`` after the Kiel Institute spoke: the court) or with a person
(``A federal judge ruled ... It said ...``: no one sure, as written).

Each row is a short wire or web story written for these tests, the words of one quote in it and the
speaker's name that must come out; negative rows keep the speaker they had where the article does
not tell another is meant: a wrong speaker is worse than none."""

from __future__ import annotations

import pytest

from quote_cases import speaker_of

Row = tuple[str, str, "str | None"]


OTHER_BODY_OPENS = [
    # the sentence before "It said" opens with another body than the last speaker: that body
    ("BERLIN (dpa) - Exports fell 4% in January, the Kiel Institute said on Monday.\n\n"
     "The court issued its ruling on Friday. It said the tariff was unlawful.",
     "the tariff was unlawful", "The court"),
    ("OTTAWA - Home sales rose 3% in May, the Canadian Real Estate Association said.\n\n"
     "The regulator published its review on Thursday. It said lenders had been too lax.",
     "lenders had been too lax", "The regulator"),
    ("LONDON - The Treasury said on Monday the figures were out of date.\n\n"
     "A report by the National Audit Office found waste of 2 billion pounds. The Cabinet Office replied "
     "on Tuesday. It said savings had been made.",
     "savings had been made", "Cabinet Office"),
    ("PARIS - Growth will slow to 1%, the OECD said on Tuesday.\n\n"
     "The Bank of France published its own forecast on Wednesday. It said growth would hold at 1.2%.",
     "growth would hold", "Bank of France"),
    # ... but the last speaker's own kind, or a company noun after a firm, stays the last speaker's
    ("MADRID - The Ministry of Finance said on Monday that revenue rose 5%.\n\n"
     "The ministry published the figures late. It said spending had been cut.",
     "spending had been cut", "Ministry of Finance"),
    ("NEW YORK - Profits rose 12% in the quarter, Acme Tools Corp said on Tuesday.\n\n"
     "The company raised its forecast. It said demand was strong.",
     "demand was strong", "Acme Tools Corp"),
    # ... nor a body read after an abbreviation's period, nor for ", it said" that ends a wire's sentence
    ("DALLAS, March 3 - Vantor Systems Inc said it was told by the U.S. Army to proceed with the design.\n"
     "    It said the order followed a favorable ruling.",
     "the order followed", "Vantor Systems Inc"),
    ("CHICAGO, March 5 - Alpha Health Corp said it made a merger offer to Beta Care Corp.\n"
     "    The board met on Friday. The proposal would make Beta a unit of Alpha, it said.",
     "The proposal would make", "Alpha Health Corp"),
    # ... and a body that spoke in the sentence before is that body still
    ("LONDON - The Bank of England said on Thursday that inflation would fall. The committee voted 7-2, "
     "the Bank of England said. It said rates would stay at 5%.",
     "rates would stay", "Bank of England"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), OTHER_BODY_OPENS)
def test_it_is_the_body_that_opens_the_sentence_before(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


PERSON_OPENS = [
    # a person the subject of the sentence before "It said": no one is "it", nor the last body
    ("WASHINGTON - The Supreme Court issued its ruling on Friday. It said the tariff was unlawful.\n\n"
     "A federal judge ruled on Monday that the ban must end. It said the agency had overstepped.",
     "the agency had overstepped", "It"),
    ("CHICAGO - Fares will rise 5%, the Regional Transit Authority said on Monday.\n\n"
     "An angry commuter blocked the doors. It said buses would run as normal.",
     "buses would run as normal", "It"),
    # ... a definite one most often the last body's own (its spokesman): that body still
    ("CHICAGO - Fares will rise 5%, the Regional Transit Authority said on Monday.\n\n"
     "The spokesman declined to give a date. It said buses would run as normal.",
     "buses would run as normal", "Regional Transit Authority"),
    # ... the body before it a body still
    ("WASHINGTON - The Supreme Court issued its ruling on Friday. It said the tariff was unlawful.",
     "the tariff was unlawful", "Supreme Court"),
    ("CHICAGO - The Regional Transit Authority met on Monday. It said fares would rise 5%.",
     "fares would rise", "Regional Transit Authority"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), PERSON_OPENS)
def test_it_after_a_person_subject_stays_as_written(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


ACRONYM_INSIDE_A_NAME = [
    # a body's initials in brackets inside its name, capitalised words after them: the name whole
    ("LONDON - The National Health Service (NHS) Confederation said talks should resume.",
     "talks should resume", "National Health Service Confederation"),
    ("LONDON - The Royal College of Nursing (RCN) Council said on Tuesday that pay must rise.",
     "pay must rise", "Royal College of Nursing Council"),
    ("BRUSSELS - The European Central Bank (ECB) Governing Council said rates would hold.",
     "rates would hold", "European Central Bank Governing Council"),
    # ... the initials last: the name before them, as before
    ("LONDON - The Royal College of Nursing (RCN) said it would ballot members.",
     "it would ballot members", "Royal College of Nursing"),
    ("ANKARA - The Turkish State Meteorological Service (MGM) said storms were likely.",
     "storms were likely", "Turkish State Meteorological Service"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), ACRONYM_INSIDE_A_NAME)
def test_a_name_runs_through_its_bracketed_acronym(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker
