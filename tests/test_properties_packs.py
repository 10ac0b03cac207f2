"""Properties over articles assembled from the shapes the later rules read, in every language pack:
titles before names and kin words, possessives, counts and ranges as subjects, participle and
adjective openings, names with capitalised particles, decomposed accents, kicker lines, bylines
with roles, stamps in five languages with odd clocks, blocks printed twice and every line end.
Rules that are each right can still meet badly (two of the crashes the hostile trials found came
from two correct rules merged on one day), so the pieces are mixed at random and each article must
parse without an exception, with every span slicing back to its part, every non-blank line in
exactly one block part, the same result twice, and ``from_dict(to_dict())`` giving it back."""

from __future__ import annotations

import itertools
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import Article, ArticleParser
from test_properties import block_parts, has_impossible_offset, non_blank_lines, quote_places

LANGUAGES = ("en", "en-GB", "fr", "de", "es")
PARSERS = {language: ArticleParser(language=language) for language in LANGUAGES}

# -- pieces, by language ----------------------------------------------------------------------------

#: People as they are written: titles, kin, particles, possessives, roles, counts and ranges.
SUBJECTS = {
    "en": ("Mr. Berg", "Mrs. Ana Ruiz", "Dr. Lena Voss", "President Tom Hale", "Officer Diaz", "his wife",
           "Marine Le Pen", "Luigi Di Maio", "John Van der Berg", "Martin Luther King Jr.", "the French foreign minister",
           "Ruiz's lawyer", "39 of them", "between 18 and 29", "economists polled by Reuters", "The site",
           "Senate Minority Leader Ana Ortiz (D-Ariz.)", "Former Ohio governor Tom Berg", "she", "They"),
    "fr": ("M. Durand", "Mme Claire Petit", "sa femme", "le maire de Lyon, Paul Durand", "Marine Le Pen",
           "Le ministre Bruno Le Maire", "le porte-parole du gouvernement", "elle", "Il"),
    "de": ("Herr Schmidt", "Frau Anna Schmidt", "seine Frau", "Bürgermeisterin Anna Schmidt", "der Bürgermeister",
           "Olaf von der Leyen", "die Sprecherin der Polizei", "sie", "Er"),
    "es": ("el señor Ruiz", "la señora Ana Ruiz", "su esposa", "el alcalde de Sevilla, Juan Pérez", "Ana de la Fuente",
           "la portavoz del Gobierno", "ella", "Él"),
}
SUBJECTS["en-GB"] = SUBJECTS["en"]
VERBS = {
    "en": ("said", "told reporters", "has even claimed", "would later write", "recalled", "added", "insisted"),
    "fr": ("a déclaré", "a dit", "a ajouté", "a affirmé", "estime"),
    "de": ("sagte", "erklärte", "fügte hinzu", "betonte"),
    "es": ("dijo", "afirmó", "añadió", "declaró"),
}
VERBS["en-GB"] = VERBS["en"]
OPENINGS = {
    "en": ("Undeterred, ", "Before the vote, ", "Citing “safety first,” ", "On Monday, ", "According to officials, ", ""),
    "fr": ("Imperturbable, ", "Selon la mairie, ", "Lundi, ", ""),
    "de": ("Unbeirrt, ", "Laut Polizei ", "Gestern ", "Am Montag ", ""),
    "es": ("Imperturbable, ", "Según la policía, ", "El lunes, ", ""),
}
OPENINGS["en-GB"] = OPENINGS["en"]
MARKS = {
    "en": ("“", "”"), "en-GB": ("‘", "’"), "fr": ("« ", " »"), "de": ("„", "“"), "es": ("«", "»"),
}
SAYINGS = ("We will not back down", "The plan was a disaster", "It is over", "Nobody told us", "")
HEADLINES = {
    "en": ("Council rejects harbour plan", "Ortiz Says Budget Will Pass", "‘We will not back down,’ says mayor"),
    "fr": ("Le conseil rejette le projet du port", "« Nous ne céderons pas », dit le maire"),
    "de": ("Stadtrat lehnt Hafenplan ab", "„Wir geben nicht nach“, sagt die Bürgermeisterin"),
    "es": ("El concejo rechaza el plan del puerto", "«No cederemos», dice la alcaldesa"),
}
HEADLINES["en-GB"] = HEADLINES["en"]
KICKERS = ("Climate crisis", "UK politics", "NEWS › LOCAL", "Politik", "Monde", "España", "Personal finance", "")
BYLINES = ("By Jane Roe", "By Jane Roe, Moscow Correspondent", "Jane Roe Middle East Correspondent", "Par Claire Petit",
           "Von Anna Schmidt, Berlin", "Por Ana Ruiz", "By Ana Ruiz and Tom Berg", "By\nEva Jansen", "")
STAMPS = ("Published: Aug 13, 2024 11:14 +0200", "Updated 11.50pm BST, 3 March 2025", "Publié le 18 novembre 2019 à 14h05",
          "Mis à jour le 12/03/2025 à 25h61", "Veröffentlicht am 04.03.2025, 14:05 Uhr", "Stand: 12.05.2025 25:61 Uhr",
          "Actualizado: 12 de mayo de 2025, 14:05 CET", "Publicado el 3 de marzo de 2025", "")
DATELINES = ("MOSCOW, Aug 13 (Reuters) - ", "PARIS, 12 février (AFP) - ", "MÜNCHEN (dpa/lby) - ", "MADRID, 12 de mayo (EFE).- ",
             "Lisbon (Lusa) - ", "ROMA, 12 MAG - ", "")
FURNITURE = ("Share", "Read more: Council votes again", "Advertisement", "Photo: Jane Doe/AP", "Foto: dpa", "***", "—")
LINE_ENDS = ("\n", "\r\n", "\r", "\u2028", "\x1c")


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@st.composite
def sentences(draw: st.DrawFn, language: str) -> str:
    """One sentence of a story: an opening, a subject and a cue around a saying, in one of the
    orders a story writes them, or a plain sentence naming the subject."""
    opening = draw(st.sampled_from(OPENINGS[language]))
    subject = draw(st.sampled_from(SUBJECTS[language]))
    verb = draw(st.sampled_from(VERBS[language]))
    open_, close = MARKS[language]
    saying = draw(st.sampled_from(SAYINGS))
    shape = draw(st.integers(0, 5))
    if shape == 0:
        return f"{opening}{subject} {verb}: {open_}{saying}.{close}"
    if shape == 1:
        return f"{open_}{saying},{close} {verb} {subject}."
    if shape == 2:
        return f"{opening}{subject} {verb} that {saying.lower() or 'it'} ."
    if shape == 3:
        return f"{open_}{saying},{close} {subject} {verb}. {open_}{saying}.{close}"
    if shape == 4:
        return f"{subject}, {draw(st.sampled_from(SUBJECTS[language]))}, {verb} {open_}{saying}{close}."
    return f"{opening}{subject} left the room."


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, str]:
    """A language and an article in it: a header, a dateline, paragraphs, maybe furniture, maybe a
    block printed again, with one kind of line end and maybe decomposed accents."""
    language = draw(st.sampled_from(LANGUAGES))
    header = [draw(st.sampled_from(KICKERS)), draw(st.sampled_from(HEADLINES[language])),
              draw(st.sampled_from(BYLINES)), draw(st.sampled_from(STAMPS))]
    paragraphs = [" ".join(draw(st.lists(sentences(language), min_size=1, max_size=3))) for _ in range(draw(st.integers(1, 5)))]
    paragraphs[0] = draw(st.sampled_from(DATELINES)) + paragraphs[0]
    if draw(st.booleans()):
        paragraphs.insert(draw(st.integers(0, len(paragraphs))), draw(st.sampled_from(FURNITURE)))
    if draw(st.booleans()):  # a block printed twice
        start = draw(st.integers(0, len(paragraphs) - 1))
        paragraphs += paragraphs[start : start + draw(st.integers(1, 3))]
    end = draw(st.sampled_from(LINE_ENDS))
    text = "\n".join(line for line in header if line) + "\n\n" + "\n\n".join(paragraphs)
    if draw(st.booleans()):
        text = nfd(text)
    return language, text.replace("\n", end)


def check(language: str, text: str) -> Article:
    parser = PARSERS[language]
    article = parser.parse(text)
    assert article.text == text
    assert article.span_mismatches() == []
    assert Article.from_dict(article.to_dict(), text=text) == article
    assert Article.from_json(article.to_json(), text=text) == article
    assert parser.parse(text) == article
    parts = block_parts(article)
    for (first, a), (second, b) in itertools.combinations(parts, 2):
        assert b.start >= a.end or not a.overlaps(b), f"{first} {a} overlaps {second} {b}"
    for start, end in non_blank_lines(text):
        assert any(span.start < end and start < span.end for _, span in parts), f"line {text[start:end]!r} is in no part"
    assert quote_places(article) == []
    return article


@settings(max_examples=200, deadline=None)
@given(articles())
@example(("en", "Harbour news\n\n“We are leaving,” said Mr. Obama."))
@example(("de", "Stadtrat lehnt Hafenplan ab\n\nUnbeirrt, der Bürgermeister, sagte: „Es ist vorbei.“"))
@example(("fr", nfd("Le conseil rejette le projet\n\nMme Claire Petit a déclaré : « C'est fini. »")))
def test_articles_of_every_pack(article: tuple[str, str]) -> None:
    language, text = article
    if language == "en" and has_impossible_offset(text):
        return  # (an offset of 24 hours or more is never kept: test_properties checks it)
    check(language, text)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(LANGUAGES), st.lists(st.sampled_from(SUBJECTS["en"] + SUBJECTS["fr"] + SUBJECTS["de"]), min_size=1, max_size=60))
def test_many_people_in_one_paragraph(language: str, people: list[str]) -> None:
    """A paragraph that names many people, each with a title, kin word or particle, in any pack."""
    open_, close = MARKS[language]
    paragraph = " ".join(f"{open_}Yes,{close} {verb} {person}." for person, verb in zip(people, itertools.cycle(VERBS[language])))
    check(language, f"Harbour news\n\n{paragraph}")
