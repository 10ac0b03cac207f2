"""Speakers read again in round 70 (issue 5, branch fixQ70): a participle's phrase after a speaker's
head noun (``Doctors treating Jane Whitfield said``: the doctors, never the one treated), a wire
headline's raised passive in the desk's short style (``REAGAN SAID TO SEEK TAX CUT``: no words of
Reagan's) and a federation's name (``The Confederation of British Industry (CBI) West Midlands``:
the body whole, no person ``Confederation``).

Each row is a short wire or web story written for these tests, the words of one quote in it and the
speaker's name that must come out; near-miss rows keep the speaker they had (a compound in -ing, a
participle set off by commas, a name before the cue)."""

from __future__ import annotations

import pytest

from quote_cases import article_of, speaker_of

Row = tuple[str, str, "str | None"]


PARTICIPLE_PHRASES: list[Row] = [
    # a present participle with a name as its object: the head noun's people speak
    ("LONDON - A woman was hurt when a bus left the road on Monday.\n\n"
     "Doctors treating Jane Whitfield said she was in a stable condition.",
     "she was in a stable condition", "Doctors"),
    ("NEW YORK (Reuters) - The fraud trial opened on Monday.\n\n"
     "Lawyers representing Mark Delaney said he would plead not guilty.",
     "he would plead not guilty", "Lawyers"),
    ("BOSTON - A man was arrested after the robbery on Friday.\n\n"
     "Officers questioning Paul Grady said he had not resisted arrest.",
     "he had not resisted arrest", "Officers"),
    ("ROME - Lazio lost 2-0 at home on Sunday.\n\n"
     "Fans supporting Lazio said the referee had been wrong all afternoon.",
     "the referee had been wrong", "Fans"),
    # the object after a determiner or a preposition
    ("NEW YORK - The appeal was filed on Tuesday.\n\n"
     "Lawyers representing the Okafor family said they would take the case to the Supreme Court.",
     "they would take the case", "Lawyers"),
    ("DENVER - Two hikers went missing in the Rockies on Sunday.\n\n"
     "Rescuers searching for the missing hikers said the weather had improved.",
     "the weather had improved", "Rescuers"),
    ("GENEVA - Talks on the ceasefire went on late into the night.\n\n"
     "Officials attending the summit in Geneva said a deal was near.",
     "a deal was near", "Officials"),
    # a past participle with a name after its preposition
    ("CAIRO - Fighting continued near the border on Wednesday.\n\n"
     "Diplomats briefed by Amira Haddad said a ceasefire was near.",
     "a ceasefire was near", "Diplomats"),
    # a quotation in marks, the mention after it or before it
    ("LONDON - A woman was hurt when a bus left the road on Monday.\n\n"
     '"She is stable and comfortable," doctors treating Jane Whitfield said.',
     "She is stable and comfortable", "doctors"),
    ("LONDON - A woman was hurt when a bus left the road on Monday.\n\n"
     'Doctors treating Jane Whitfield said: "She is stable and comfortable."',
     "She is stable and comfortable", "Doctors"),
    ("LONDON - A woman was hurt when a bus left the road on Monday.\n\n"
     '"She is stable and comfortable," said doctors treating Jane Whitfield.',
     "She is stable and comfortable", "doctors"),
    # near misses: a participle set off by commas, a compound in -ing, a name that speaks
    ("LONDON - A bus left the road on Monday.\n\n"
     "Jane Whitfield, treating the wounded at the scene, said the hospital was full.",
     "the hospital was full", "Jane Whitfield"),
    ("LONDON - Rules for police chases changed on Monday.\n\n"
     "Police training manuals say officers must warn drivers first.",
     "officers must warn drivers first", "Police training manuals"),
    ("LONDON - Eurobond prices eased on Tuesday.\n\n"
     "The bank holding company said the change would not affect its results.",
     "the change would not affect", "The bank holding company"),
    ("LONDON - Talks went on through the night.\n\n"
     "People briefed on the plan say the mill will close in March.",
     "the mill will close in March", "People briefed on the plan"),
    ("LONDON - The strike entered its third day.\n\n"
     "Coach Marco Rossi said the team had played well.",
     "the team had played well", "Marco Rossi"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), PARTICIPLE_PHRASES)
def test_the_head_before_a_participle_phrase_speaks(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


PARTICIPLE_CUES: list[tuple[str, str, str, str]] = [
    # a speech participle with its object between the subject and the finite cue: said is the cue
    ("LEEDS - Snow fell across Yorkshire on Monday.\n\nPolice warning residents said the roads were closed.",
     "the roads were closed", "said", "Police"),
    ("LEEDS - Snow fell across Yorkshire on Monday.\n\nPolice urging motorists to stay home said two roads were closed.",
     "two roads were closed", "said", "Police"),
    # near miss: the participle after a comma is the cue
    ("MIAMI - The storm weakened on Tuesday.\n\nThe mayor spoke on Tuesday, warning that roads were still flooded.",
     "roads were still flooded", "warning", "The mayor"),
]


@pytest.mark.parametrize(("story", "words", "cue", "speaker"), PARTICIPLE_CUES)
def test_a_participle_with_its_object_is_no_cue(story: str, words: str, cue: str, speaker: str) -> None:
    found = [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in article_of(story).quotes]
    assert found == [(words, cue, speaker)]


HEADLINE_PASSIVES: list[tuple[str, list[tuple[str, str | None]]]] = [
    # the desk's raised passive: what is said of the subject, no words of its own
    ("REAGAN SAID TO SEEK TAX CUT\n\nWASHINGTON, March 3 - President Reagan will ask Congress for a new tax cut, "
     "aides said.",
     [("President Reagan will ask Congress for a new tax cut", "aides")]),
    ("Reagan said to seek tax cut\n\nWASHINGTON, March 3 - President Reagan will ask Congress for a new tax cut, "
     "aides said.",
     [("President Reagan will ask Congress for a new tax cut", "aides")]),
    ("MANILA SAID TO OFFER NEW DEBT DEAL\n\nMANILA, March 3 - The Philippines will offer banks a new debt deal, "
     "bankers said.",
     [("The Philippines will offer banks a new debt deal", "bankers")]),
    ("Minister said to favour early poll\n\nLONDON - The prime minister favours an early election, party sources "
     "said.",
     [("The prime minister favours an early election", "party sources")]),
    ("ACME REPORTED TO PLAN BID FOR RIVAL\n\nNEW YORK, May 1 - Acme Corp is preparing a bid for a rival, "
     "sources said.",
     [("Acme Corp is preparing a bid for a rival", "sources")]),
    # near misses: a present cue, the one told after "to"
    ("Reagan says he will veto tax bill\n\nWASHINGTON, March 3 - The president will veto the bill, aides said.",
     [("he will veto tax bill", "Reagan"), ("The president will veto the bill", "aides")]),
    ("REAGAN SAID TO REPORTERS HE WILL VETO TAX BILL\n\nWASHINGTON, March 3 - The president will veto the bill, "
     "aides said.",
     [("HE WILL VETO TAX BILL", "REAGAN"), ("The president will veto the bill", "aides")]),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_PASSIVES)
def test_a_headline_raised_passive_reports_no_words(text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = article_of(text, headline=None).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected


FEDERATIONS: list[Row] = [
    ("BIRMINGHAM - Factories cut jobs in March.\n\n"
     "The Confederation of British Industry (CBI) West Midlands said orders had fallen.",
     "orders had fallen", "Confederation of British Industry West Midlands"),
    ("BIRMINGHAM - Factories cut jobs in March.\n\nThe Confederation of British Industry (CBI) said orders had fallen.",
     "orders had fallen", "Confederation of British Industry"),
    ("BIRMINGHAM - Factories cut jobs in March.\n\n"
     '"Orders have fallen," the Confederation of British Industry (CBI) West Midlands said.',
     "Orders have fallen", "Confederation of British Industry West Midlands"),
    ("BIRMINGHAM - Factories cut jobs in March.\n\n"
     "The Confederation of British Industry (CBI) on Monday said orders had fallen.",
     "orders had fallen", "Confederation of British Industry"),
    ("SYDNEY - Builders cut prices in May.\n\nThe Master Builders Guild said costs had risen.",
     "costs had risen", "Master Builders Guild"),
    ("NEW YORK, March 2 - The Writers Guild of America struck two networks.\n\nThe guild said talks had failed.",
     "talks had failed", "Writers Guild of America"),
    # a syndicate is a bank's common noun, no body: never the syndicate (no speaker, as before)
    ("NEW YORK, March 11 - Acme Corp sold notes on Tuesday.\n\n"
     "Bankers not in the syndicate said they thought the pricing was too tight.",
     "they thought the pricing", None),
    # already whole before this round (near misses of the same shape)
    ("GLASGOW - Shops closed early on Friday.\n\nThe Federation of Small Businesses (FSB) Scotland said costs were rising.",
     "costs were rising", "Federation of Small Businesses Scotland"),
    ("CARDIFF - Bird numbers were counted in May.\n\n"
     "The Royal Society for the Protection of Birds (RSPB) Cymru said numbers had fallen.",
     "numbers had fallen", "Royal Society for the Protection of Birds Cymru"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), FEDERATIONS)
def test_a_federation_named_with_its_acronym_and_branch_speaks_whole(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


FIRM_ACROSS_SENTENCE_END: list[Row] = [
    # a company's abbreviated ending ends the sentence: the firm's name stops at it
    ("NEW YORK, March 3 - Profits rose at Acme Corp. The company said demand was strong.",
     "demand was strong", "Acme Corp"),
    ("NEW YORK, March 3 - The wire unit was sold to Acme Corp. The company said the sale would close in June.",
     "the sale would close in June", "Acme Corp"),
    ("NEW YORK, March 3 - Sales fell at Lakeshore Parts Inc. The company said prices were too high.",
     "prices were too high", "Lakeshore Parts Inc"),
    ("LONDON, March 3 - Margins grew at Harbour Foods Ltd. The company said costs had eased.",
     "costs had eased", "Harbour Foods Ltd"),
    # the firm a deal's subject sold to or bought from: either may be meant, as written
    ("NEW YORK, March 3 - Ostrander Steel agreed to sell its wire unit to Acme Corp. The company said the sale "
     "would close in June.",
     "the sale would close in June", "The company"),
    ("NEW YORK, March 3 - Ostrander Steel will buy the plant from Acme Corp. The company said the price was fair.",
     "the price was fair", "The company"),
    # near misses: the firm the subject; a title after the ending names the firm's officer
    ("NEW YORK, March 3 - Acme Corp said profits rose. The company said demand was strong.",
     "demand was strong", "Acme Corp"),
    ("NEW YORK, March 3 - Acme Corp. Chief Executive Jane Roe resigned on Monday. The company said a search had begun.",
     "a search had begun", "Acme Corp"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), FIRM_ACROSS_SENTENCE_END)
def test_a_firm_named_before_a_sentence_end_is_the_company(story: str, words: str, speaker: str) -> None:
    assert speaker_of(story, words) == speaker


DOCUMENT_AUTHORS: list[Row] = [
    # a document by a body in lower case: "It" is the body's
    ("LONDON - A statement issued by the club on Monday apologised to fans. It said ticket prices would be reviewed.",
     "ticket prices would be reviewed", "the club"),
    ("LEEDS - A report by the council found that six bridges were unsafe. It said repairs would cost 2 million pounds.",
     "repairs would cost 2 million pounds", "the council"),
    ("LONDON - A plan put forward by the finance ministry was published on Monday. It said taxes would rise.",
     "taxes would rise", "the finance ministry"),
    # near misses: people, not a body; no document
    ("LONDON - A report by the auditors found the council had overspent. It said controls were weak.",
     "controls were weak", "It"),
    ("LONDON - The club apologised to fans on Monday. It said ticket prices would be reviewed.",
     "ticket prices would be reviewed", "The club"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), DOCUMENT_AUTHORS)
def test_it_after_a_document_by_a_body_is_the_body(story: str, words: str, speaker: str) -> None:
    assert speaker_of(story, words) == speaker
