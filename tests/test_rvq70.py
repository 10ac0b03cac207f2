"""Round 70's quote rules read again after review (branch rvq70): a preposition spelt like a
participle before a name (``Analysts including Jane Whitfield said``: the name speaks), the English
word lists of this round's rules off or in their own language in the fr/de/es packs, and a wire
headline's cue with the one told after it.

Each row is a short wire or web story written for these tests, the words of one quote in it and the
speaker's name that must come out; near-miss rows keep what they had."""

from __future__ import annotations

import pytest

from newsparse.quotes.languages import language_pack
from newsparse.quotes.parser import QuoteParser
from quote_cases import article_of, speaker_of

Row = tuple[str, str, "str | None"]


PREPOSITIONS_BEFORE_A_NAME: list[Row] = [
    # a preposition of GERUND_PREPOSITIONS before a name: the name it adds speaks
    ("LONDON - Bank shares fell sharply on Monday.\n\n"
     "Analysts including Jane Whitfield said the sell-off was overdone.",
     "the sell-off was overdone", "Jane Whitfield"),
    ("MADRID - The water supply failed on Friday.\n\n"
     "Residents including Maria Lopez said the taps had been dry for three days.",
     "the taps had been dry", "Maria Lopez"),
    ("PARIS - The festival opened on Thursday.\n\n"
     "Musicians featuring Paul Okoro said the crowds were the largest in years.",
     "the crowds were the largest", "Paul Okoro"),
    # near misses: a participle before a name; the preposition before a determiner; set off by commas
    ("LONDON - A woman was hurt when a bus left the road on Monday.\n\n"
     "Doctors treating Jane Whitfield said she was in a stable condition.",
     "she was in a stable condition", "Doctors"),
    ("LONDON - Bank shares fell sharply on Monday.\n\n"
     "Analysts including the bank's own economists said the sell-off was overdone.",
     "the sell-off was overdone", "Analysts"),
    ("GENEVA - Talks on the ceasefire went on late into the night.\n\n"
     "Officials following the talks said a deal was near.",
     "a deal was near", "Officials"),
    ("LONDON - Bank shares fell sharply on Monday.\n\n"
     "Analysts, including Jane Whitfield, said the sell-off was overdone.",
     "the sell-off was overdone", "Analysts"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), PREPOSITIONS_BEFORE_A_NAME)
def test_a_preposition_in_ing_before_a_name_is_no_participle(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


#: This round's English word lists of the quote rules: off in every pack (or the pack's own words).
ROUND_LISTS = (
    "NOUN_POSSESSIVES", "PLURAL_NOUN_POSSESSIVES", "DEAL_COUNTERPARTY_LINKS", "HEADLINE_PASSIVE_FORMS",
    "FIGURE_ORDINALS", "ABSOLUTE_OPENERS",
)


@pytest.mark.parametrize("language", ["fr", "de", "es"])
@pytest.mark.parametrize("name", ROUND_LISTS)
def test_this_rounds_english_lists_are_off_in_the_packs(language: str, name: str) -> None:
    english = getattr(QuoteParser, name)
    assert english  # (the English rule is on)
    assert not set(getattr(language_pack(language).quotes, name)) & set(english)


PACK_ROWS: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    # a possessive before a noun of speech, the cue after it: the sentence's subject speaks
    ("de", "BERLIN - Die Regierung will sparen.\n\nDer Minister Jan Weber sagte in seiner Rede am Dienstag, die Steuer "
     "werde steigen.",
     [("die Steuer werde steigen", "Jan Weber", "sagte")]),
    ("fr", "PARIS - Le gouvernement veut économiser.\n\nLe ministre Jean Dupont a déclaré dans son discours mardi que les "
     "impôts allaient augmenter.",
     [("les impôts allaient augmenter", "Jean Dupont", "a déclaré")]),
    ("es", "MADRID - El gobierno quiere ahorrar.\n\nEl ministro Juan García dijo en su discurso del martes que los "
     "impuestos subirán.",
     [("los impuestos subirán", "Juan García", "dijo")]),
    # a firm bought, then "the company" (German "in" is no deal's link here)
    ("de", "BERLIN - Die Firma Nordwind AG will das Werk in Kassel kaufen. Das Unternehmen sagte, der Preis sei fair.",
     [("der Preis sei fair", "Das Unternehmen", "sagte")]),
]


@pytest.mark.parametrize(("language", "story", "expected"), PACK_ROWS)
def test_pack_rows_read_without_english_words(
    language: str, story: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    quotes = article_of(story, language=language).quotes
    assert [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes] == expected


DEAL_PARTIES: list[Row] = [
    # the firm a deal's subject bought a stake in or sold to: "The company" as written
    ("NEW YORK, March 3 - Ostrander Steel bought a stake in Acme Corp. The company said the price was fair.",
     "the price was fair", "The company"),
    ("NEW YORK, March 3 - Ostrander Steel will sell the mill to Acme Corp. The company said the sale would close soon.",
     "the sale would close soon", "The company"),
    # near miss: the firm no deal's party, named again as the company
    ("NEW YORK, March 3 - Sales rose at Acme Corp. The company said demand was strong.",
     "demand was strong", "Acme Corp"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), DEAL_PARTIES)
def test_a_deals_other_party_is_no_company_named_again(story: str, words: str, speaker: str) -> None:
    assert speaker_of(story, words) == speaker


def test_deal_links_are_read_in_any_case() -> None:
    class Shouted(QuoteParser):
        DEAL_COUNTERPARTY_LINKS = ("TO", "From", "in")

    assert Shouted().deal_counterparty(["agreed", "to", "sell", "its", "unit", "to"])
    assert Shouted().deal_counterparty(["will", "buy", "the", "plant", "from"])
    assert not Shouted().deal_counterparty(["sales", "rose", "at"])


ADDRESSEES: list[tuple[str, list[tuple[str, str | None]]]] = [
    # the people a cue's words were said to are no part of them, in a headline or the body
    ("REAGAN SAID TO REPORTERS HE WILL VETO TAX BILL\n\nWASHINGTON, March 3 - The president will veto the bill, "
     "aides said.",
     [("HE WILL VETO TAX BILL", "REAGAN"), ("The president will veto the bill", "aides")]),
    ("Mayor says to voters she will cut bus fares\n\nLEEDS - The council will vote on the fares in June.",
     [("she will cut bus fares", "Mayor")]),
    ("Bus fares\n\nLEEDS - Mayor Jane Roe said to reporters the fares would be cut in June.",
     [("the fares would be cut in June", "Jane Roe")]),
    ("Bus fares\n\nLEEDS - Mayor Jane Roe said to the crowd the fares would be cut in June.",
     [("the fares would be cut in June", "Jane Roe")]),
    # near misses: "that" after the addressee, as before; a participle after the people; an infinitive; a raised passive
    ("Bus fares\n\nLEEDS - The mayor has vowed to press on with the cut in bus fares.",
     [("to press on with the cut in bus fares", "The mayor")]),
    ("Bus fares\n\nLEEDS - The mayor wrote to voters saying the fares would be cut in June.",
     [("the fares would be cut in June", "The mayor")]),
    ("Bus fares\n\nLEEDS - Mayor Jane Roe said to reporters that the fares would be cut in June.",
     [("the fares would be cut in June", "Jane Roe")]),
    ("REAGAN SAID TO SEEK TAX CUT\n\nWASHINGTON, March 3 - President Reagan will ask Congress for a tax cut, "
     "aides said.",
     [("President Reagan will ask Congress for a tax cut", "aides")]),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSEES)
def test_the_people_addressed_are_no_part_of_the_words(text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = article_of(text, headline=None).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected
