"""Quote extraction findings of a new user's trial (trial45): a verb that is speech only with a
clause (``agreed``, ``wrote``) took a plain noun phrase as the words (``agreed a pay deal``, ``wrote
it in a week``); other findings below, one table each."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Article, ArticleParser

HEAD = "Town hall news of the week\n\n"


def parse(body: str, language: str = "en") -> Article:
    text = HEAD + body + "\n"
    article = ArticleParser(language=language).parse(text) if language != "en" else newsparse.parse_article(text)
    assert article.span_mismatches() == []
    return article


def quotes_of(body: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """(text, cue, speaker name) of every quote of *body*."""
    return [
        (q.text, q.cue, q.speaker.name if q.speaker is not None else None) for q in parse(body, language).quotes
    ]


# -- W2/W3: agree and write take a noun phrase that is no speech ------------------------------------

@pytest.mark.parametrize(
    "body",
    [
        "Dock workers went back after Rosa Lindqvist and Omar Haddad agreed a new contract on Friday.",
        "The two parties agreed a truce late on Sunday.",
        "The council agrees a budget every March.",
        "He wrote it in a fortnight.",
        "The novelist wrote the sequel in a rented flat.",
        "Q: Where did the idea come from? A: Honestly, I wrote it on a train to Glasgow.",
        "Ana Ruiz writes a column for the weekly paper.",
    ],
)
def test_agree_and_write_with_a_plain_object_report_nothing(body: str) -> None:
    assert quotes_of(body) == []


@pytest.mark.parametrize(
    ("body", "words", "cue", "speaker"),
    [
        ("The two unions agreed the strike would end on Monday.", "the strike would end on Monday", "agreed", "The two unions"),
        ("Tom Berg wrote the ferry was never safe.", "the ferry was never safe", "wrote", "Tom Berg"),
        ("Ana Ruiz wrote that the plan had failed.", "the plan had failed", "wrote", "Ana Ruiz"),
        ("The judge wrote in her ruling that the law was void.", "the law was void", "wrote", "The judge"),
        (
            'The host wrote an op-ed calling the critics "cowards."',
            'an op-ed calling the critics "cowards."',
            "wrote",
            "The host",
        ),
        (
            "Senator Lee Park wrote a letter to the board asking that the fund be closed.",
            "a letter to the board asking that the fund be closed",
            "wrote",
            "Lee Park",
        ),
    ],
)
def test_agree_and_write_with_a_clause_report_it(body: str, words: str, cue: str, speaker: str) -> None:
    assert quotes_of(body) == [(words, cue, speaker)]


# -- W4: a sentence after a closing mark and a full stop is no attribution when its verb comes first --

@pytest.mark.parametrize(
    ("body", "words"),
    [
        ('Ana Ruiz said the ruling was "a relief." The council declined further comment.', 'the ruling was "a relief."'),
        ('Tom Berg said the cuts were "brutal." The ministry refused further comment.', 'the cuts were "brutal."'),
        ('Lee Park said the plan was "reckless." The firm gave no comment.', 'the plan was "reckless."'),
        ('Ana Ruiz said the ruling was "a relief." The club offered no further comment.', 'the ruling was "a relief."'),
        ('Ana Ruiz said the ruling was "a relief." Staff went home early.', 'the ruling was "a relief."'),
    ],
)
def test_mixed_quote_ends_at_its_closing_mark_and_full_stop(body: str, words: str) -> None:
    assert [(q.text, str(q.kind.value)) for q in parse(body).quotes] == [(words, "mixed")]


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        ('"Why now?" the retired teacher asked.', "Why now?", "the retired teacher"),
        ('"Who pays for this?" the newly elected mayor asked.', "Who pays for this?", "the newly elected mayor"),
        ('"Where is the money?" two unnamed officials asked.', "Where is the money?", "two unnamed officials"),
    ],
)
def test_an_adjective_in_ed_still_opens_a_speaker_phrase(body: str, words: str, speaker: str) -> None:
    assert [(q.text, q.speaker.name if q.speaker else None) for q in parse(body).quotes][:1] == [(words, speaker)]


# -- W6: the person told may be a lower-case group with a modifier ------------------------------------

@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        ("The governor told local reporters the roads would reopen.", "the roads would reopen", "The governor"),
        ("Ana Ruiz told state media the talks had stalled.", "the talks had stalled", "Ana Ruiz"),
        ("The coach told local television his team was tired.", "his team was tired", "The coach"),
        ("Tom Berg told foreign journalists on Friday the border was calm.", "the border was calm", "Tom Berg"),
        ("The minister told local media that prices would fall.", "prices would fall", "The minister"),
        ("The mayor told the BBC the city was safe.", "the city was safe", "The mayor"),
    ],
)
def test_words_after_a_modified_group_told(body: str, words: str, speaker: str) -> None:
    assert quotes_of(body) == [(words, "told", speaker)]


def test_a_preposition_before_a_pronoun_is_no_person_told() -> None:
    assert quotes_of("Ana Ruiz said she is often asked about her plans.") == [
        ("she is often asked about her plans", "said", "Ana Ruiz")
    ]


# -- W5, M6: the phrase after an opening source's comma, and a closing source's appositive -------------

def speakers_of(body: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """(text, speaker name, description) of every quote of *body*."""
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.description if q.speaker else None)
        for q in parse(body, language).quotes
    ]


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "According to court filings, the builder, who denies wrongdoing, paid the inspector in cash.",
            "the builder, who denies wrongdoing, paid the inspector in cash",
            "court filings",
        ),
        (
            "According to the indictment, the treasurer, who resigned in May, moved the funds abroad.",
            "the treasurer, who resigned in May, moved the funds abroad",
            "the indictment",
        ),
        (
            "According to Tom Berg, the ferry, which sank in March, had no licence.",
            "the ferry, which sank in March, had no licence",
            "Tom Berg",
        ),
    ],
)
def test_a_relative_clause_after_the_opening_source_makes_no_description(body: str, words: str, speaker: str) -> None:
    assert speakers_of(body) == [(words, speaker, None)]


@pytest.mark.parametrize(
    ("body", "language", "words", "speaker", "description"),
    [
        (
            "The bridge is unsafe, according to Ana Ruiz, a professor at Leeds University.",
            "en", "The bridge is unsafe", "Ana Ruiz", "a professor at Leeds University",
        ),
        (
            "Rents will rise again, according to Tom Berg, a housing economist.",
            "en", "Rents will rise again", "Tom Berg", "a housing economist",
        ),
        (
            "Le pont est dangereux, selon Marie Dupont, professeure à l'université de Lyon.",
            "fr", "Le pont est dangereux", "Marie Dupont", "professeure à l'université de Lyon",
        ),
        # (no description: a figure described, a count, a participle, a relative clause, a clause)
        (
            "The firm earned $90 million, according to public filings, a large sum for a small firm.",
            "en", "The firm earned $90 million", "public filings", None,
        ),
        (
            "Half the gifts came from women, according to Crowdline, the most of any candidate.",
            "en", "Half the gifts came from women", "Crowdline", None,
        ),
        (
            "The chain sells 90 own brands, according to Retail Lens, double the number in 2019.",
            "en", "The chain sells 90 own brands", "Retail Lens", None,
        ),
        (
            "Rents will rise, according to Tom Berg, vice president of the tenants union.",
            "en", "Rents will rise", "Tom Berg", "vice president of the tenants union",
        ),
        (
            "The road will reopen, according to the council, which owns it.",
            "en", "The road will reopen", "the council", None,
        ),
        (
            "The fire was set on purpose, according to police, citing a witness.",
            "en", "The fire was set on purpose", "police", None,
        ),
    ],
)
def test_a_closing_source_takes_its_appositive_to_the_sentence_end(
    body: str, language: str, words: str, speaker: str, description: str | None
) -> None:
    assert speakers_of(body, language) == [(words, speaker, description)]


# -- M2, W15: a setting of the saying's medium between the cue and a clause without "that"; a trade
# before a name ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "language", "words", "speaker"),
    [
        ("The ministry said in a statement the talks were constructive.", "en", "the talks were constructive", "The ministry"),
        ("The club said in a brief statement its coach had resigned.", "en", "its coach had resigned", "The club"),
        ("Ana Ruiz said in an interview she would not run again.", "en", "she would not run again", "Ana Ruiz"),
        ("The mayor said during a radio interview the port would stay shut.", "en", "the port would stay shut", "The mayor"),
        ("The council said in a letter that rents would rise.", "en", "rents would rise", "The council"),
        (
            "Promoter Crestline Events said in a statement it was 'saddened' by the ruling.",
            "en-GB", "it was 'saddened' by the ruling", "Crestline Events",
        ),
        ("Promoter Blue Finch said the tour had been cancelled.", "en", "the tour had been cancelled", "Blue Finch"),
        ("Boxing promoter Dan Hale said the fight would go ahead.", "en", "the fight would go ahead", "Dan Hale"),
    ],
)
def test_words_after_a_medium_setting_and_a_trade_before_a_name(body: str, language: str, words: str, speaker: str) -> None:
    assert quotes_of(body, language) == [(words, "said", speaker)]


# -- W8: an appositive of the speaker of an attribution inside the marks is no quoted words --------------

@pytest.mark.parametrize(
    ("body", "language", "first", "second", "speaker"),
    [
        (
            "« Nous tiendrons bon, a prévenu Claire Aubert, la porte-parole du syndicat. La grève continue. »",
            "fr", "Nous tiendrons bon", "La grève continue.", "Claire Aubert",
        ),
        (
            "« Le budget est prêt, a assuré Paul Morel, son adjoint aux finances. Il sera voté lundi. »",
            "fr", "Le budget est prêt", "Il sera voté lundi.", "Paul Morel",
        ),
        (
            "«El acuerdo está cerca, dijo Ana Ruiz, la portavoz del Gobierno. Lo firmaremos el lunes.»",
            "es", "El acuerdo está cerca", "Lo firmaremos el lunes.", "Ana Ruiz",
        ),
        (
            "« Nous tiendrons bon, a prévenu Claire Aubert, qui dirige le syndicat. La grève continue. »",
            "fr", "Nous tiendrons bon", "La grève continue.", "Claire Aubert",
        ),
    ],
)
def test_inserted_attribution_appositive_is_skipped(body: str, language: str, first: str, second: str, speaker: str) -> None:
    assert [(text, name) for text, _, name in quotes_of(body, language)] == [(first, speaker), (second, speaker)]


# -- M1: German clauses after a comma that open with a count, and after verbs of telling and complaining ---

@pytest.mark.parametrize(
    ("body", "language", "words", "cue", "speaker"),
    [
        (
            "Ein Sprecher der Stadtwerke sagte, rund 40 Prozent der Busse seien ausgefallen.",
            "de", "rund 40 Prozent der Busse seien ausgefallen", "sagte", "Ein Sprecher der Stadtwerke",
        ),
        (
            "Die Ministerin sagte, mehr als 200 Familien hätten ihre Wohnungen verloren.",
            "de", "mehr als 200 Familien hätten ihre Wohnungen verloren", "sagte", "Die Ministerin",
        ),
        ("Lena Vogt erzählte, die Fahrt sei lang gewesen.", "de", "die Fahrt sei lang gewesen", "erzählte", "Lena Vogt"),
        (
            "Die Mieterin klagte, die Heizung funktioniere seit Wochen nicht.",
            "de", "die Heizung funktioniere seit Wochen nicht", "klagte", "Die Mieterin",
        ),
        (
            "Le préfet a déclaré que près de 300 familles avaient été évacuées.",
            "fr", "près de 300 familles avaient été évacuées", "a déclaré", "Le préfet",
        ),
    ],
)
def test_pack_clauses_opened_by_a_count_or_after_more_verbs(
    body: str, language: str, words: str, cue: str, speaker: str
) -> None:
    assert quotes_of(body, language) == [(words, cue, speaker)]


# -- M5: a French verdict on a thing named in quotation marks; Spanish "de acuerdo con" as a source ------

@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        ("La ministre a jugé l'annonce « insuffisante ».", "insuffisante", "La ministre"),
        ("Les syndicats jugent le calendrier « intenable ».", "intenable", "Les syndicats"),
        ("Le maire a jugé l'offre « indécente » lundi.", "indécente", "Le maire"),
    ],
)
def test_french_verdict_names_the_speaker_and_no_noun_is_the_cue(body: str, words: str, speaker: str) -> None:
    assert quotes_of(body, "fr") == [(words, None, speaker)]


@pytest.mark.parametrize(
    ("body", "words", "cue", "speaker"),
    [
        ("De acuerdo con la policía, no hubo incidentes durante la marcha.", "no hubo incidentes durante la marcha", "De acuerdo con", "la policía"),
        ("No hubo heridos, de acuerdo con los bomberos.", "No hubo heridos", "de acuerdo con", "los bomberos"),
    ],
)
def test_spanish_de_acuerdo_con_names_a_source(body: str, words: str, cue: str, speaker: str) -> None:
    assert quotes_of(body, "es") == [(words, cue, speaker)]


@pytest.mark.parametrize(
    "body",
    ["El Gobierno está de acuerdo con la propuesta.", "Estoy de acuerdo con Ana, el plan es malo."],
)
def test_spanish_agreeing_with_someone_is_no_source(body: str) -> None:
    assert quotes_of(body, "es") == []


# -- M3: an elision in marks before the speaker's phrase is no part of it ---------------------------------

@pytest.mark.parametrize(
    ("body", "language", "speaker", "mention"),
    [
        ("Rock 'n' roll legend Tina Marsh, 68, said the tour 'wore her out'.", "en-GB", "Tina Marsh", "roll legend Tina Marsh"),
        ("Rock 'n' roll veteran Dev Patel Singh, 70, said the business was cruel.", "en-GB", "Dev Patel Singh", "roll veteran Dev Patel Singh"),
        ("Fish 'n' chip shop owner Ana Ruiz, 52, said prices had doubled.", "en", "Ana Ruiz", "chip shop owner Ana Ruiz"),
        ("Rock 'n' roll legend Tina Marsh, 68, said the tour was hard.", "en", "Tina Marsh", "roll legend Tina Marsh"),
        ('Rock \'n\' roll veteran Mick Dawes said: "We won."', "en", "Mick Dawes", "roll veteran Mick Dawes"),
        ('Rock \'n\' roll veteran Mick Dawes said: "We won."', "en-GB", "Mick Dawes", "roll veteran Mick Dawes"),
    ],
)
def test_an_elision_before_the_speaker_leaves_the_name(body: str, language: str, speaker: str, mention: str) -> None:
    article = parse(body, language)
    assert [q.speaker.name if q.speaker is not None else None for q in article.quotes] == [speaker]
    found = article.quotes[0].speaker
    assert found is not None and found.mention == mention
    assert found.span is not None and article.text[found.span.start : found.span.end] == mention


# -- M6: the outlet after a passive quoting cue is the quote's source -------------------------------------

@pytest.mark.parametrize(
    ("body", "words", "speaker", "source"),
    [
        ('"It is finished," Tom Berg was quoted as saying by the Nordic news agency.', "It is finished,", "Tom Berg", "the Nordic news agency"),
        ('"We will not back down," Ana Ruiz was quoted as saying by state media.', "We will not back down,", "Ana Ruiz", "state media"),
        ('"The border is calm," the general was quoted as saying by local television.', "The border is calm,", "the general", "local television"),
        ('"It is finished," Tom Berg was quoted as saying.', "It is finished,", "Tom Berg", None),
        ('"It is finished," Tom Berg said by telephone.', "It is finished,", "Tom Berg", None),
    ],
)
def test_the_agent_of_a_passive_quoting_cue_is_the_source(body: str, words: str, speaker: str, source: str | None) -> None:
    assert [(q.text, q.speaker.name if q.speaker else None, q.source) for q in parse(body).quotes] == [(words, speaker, source)]
