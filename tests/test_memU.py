"""Memory of construction (issue 7, memU): a second ``ArticleParser()`` holds what its parts build
alike with the first once (``newsparse.sharing.share_state``), and the given names are one set."""

from __future__ import annotations

import gc
import pickle
import threading
import tracemalloc

import pytest
import regex

from newsparse import ArticleParser, BylineParser, DatelineParser, QuoteParser, Vocabulary
from newsparse.people import PersonIndex
from newsparse.sharing import share_state
from newsparse.vocab import given_names
from newsparse.vocabulary import normalize_word

STORY = (
    "WORLD / EUROPE\nPort strike spreads to Rotterdam\nBy Eva Jansen\n\n"
    "ROTTERDAM (Reuters) - Dock workers walked out on Monday, the union said.\n\n"
    "“We have waited long enough,” harrumphed Tom Reyes, the union's spokesman.\n\n"
    "“The offer stands,” said Mirjam de Boer, a port official. She added that talks would resume.\n"
)


def _kept_by_a_new_parser() -> int:
    """Bytes a new ``ArticleParser()`` still holds once made (another one was made before).  The
    ``regex`` module's cache of compiled patterns is emptied first: the tests run before this one
    fill it, and a parser whose patterns were pushed out compiles them again (the cache's doing,
    no copy the parser keeps of its own)."""
    regex.purge()
    ArticleParser()
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        parser = ArticleParser()
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert parser.quotes is not None
    return kept


def test_a_second_parser_keeps_no_copy_of_the_word_sets() -> None:
    # (each one kept about 850 KB of its own: the vocabulary's tables and the quote parser's sets)
    assert _kept_by_a_new_parser() < 100_000


def test_two_parsers_hold_one_copy_of_each_table() -> None:
    first, second = ArticleParser(), ArticleParser()
    assert first.vocabulary is not second.vocabulary  # (each parser has its parts; their contents are shared)
    assert second.vocabulary._titles is first.vocabulary._titles
    assert second.vocabulary._countries is first.vocabulary._countries
    assert second.quotes._given_names is first.quotes._given_names
    assert second.quotes._cue_at._by_key is first.quotes._cue_at._by_key  # (the speech verbs by their first letters, mem61b)
    assert second.dateline.wire_vocabulary._months is first.vocabulary._months


def _speaker_of(parser: ArticleParser, opening: str) -> str | None:
    article = parser.parse(STORY)
    found = [quote.speaker for quote in article.quotes if quote.text.startswith(opening)]
    assert len(found) == 1
    return found[0].name if found[0] is not None else None


class _ProvostVocabulary(Vocabulary):
    TITLES = (*Vocabulary.TITLES, "Provost")


@pytest.mark.parametrize(
    ("make", "provost"),
    [
        (lambda: ArticleParser(vocabulary=_ProvostVocabulary()), True),  # a subclass's word list is its own
        (ArticleParser, False),  # made after it, the default parser shares nothing of it
    ],
)
def test_a_vocabulary_subclass_keeps_its_own_words(make, provost: bool) -> None:  # type: ignore[no-untyped-def]
    ArticleParser()
    parser = make()
    assert parser.vocabulary.is_title("Provost") is provost
    assert parser.vocabulary.is_title("Senator")


def test_a_speech_verb_added_after_the_first_parser_is_read_by_the_next(monkeypatch: pytest.MonkeyPatch) -> None:
    before = ArticleParser()
    assert _speaker_of(before, "We have") is None  # "harrumphed" is no cue of the class's
    monkeypatch.setattr(QuoteParser, "SPEECH_VERBS", (*QuoteParser.SPEECH_VERBS, "harrumphed"))
    after = ArticleParser()
    assert _speaker_of(after, "We have") == "Tom Reyes"
    assert _speaker_of(before, "We have") is None  # (the earlier parser keeps what it was made with)
    assert after.quotes._cue_words is not before.quotes._cue_words


def test_parsers_made_in_threads_at_once_read_alike() -> None:
    expected = [(q.text, q.speaker.name if q.speaker else None) for q in ArticleParser().parse(STORY).quotes]
    results: list[list[tuple[str, str | None]]] = []
    parsers: list[ArticleParser] = []

    def build() -> None:
        parser = ArticleParser()
        parsers.append(parser)
        results.append([(q.text, q.speaker.name if q.speaker else None) for q in parser.parse(STORY).quotes])

    threads = [threading.Thread(target=build) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 6
    assert len({id(parser.quotes._given_names) for parser in parsers}) == 1
    assert ("The offer stands,", "Mirjam de Boer") in expected


def test_a_parser_with_shared_tables_pickles() -> None:
    ArticleParser()
    parser = ArticleParser()
    copy = pickle.loads(pickle.dumps(parser))
    assert copy.parse(STORY).to_dict() == parser.parse(STORY).to_dict()


def test_share_state_keeps_an_unequal_value_as_built() -> None:
    first, second = Vocabulary(), _ProvostVocabulary()
    share_state(first)
    share_state(second)
    assert second._titles is not first._titles  # (another class: its own table)
    third = _ProvostVocabulary()
    share_state(third)
    assert third._titles is second._titles
    assert third._months is second._months


@pytest.mark.parametrize(
    ("word", "given"),
    [("MARY", True), ("josé", True), ("Robin", True), ("Dana", True), ("Hong", False), ("Fact", False), ("May", False)],
)
def test_the_byline_parser_knows_the_given_names(word: str, given: bool) -> None:
    # (the library's names from the one shared set, Robin and Dana from BOTH_SEXES_GIVEN_NAMES)
    assert BylineParser().is_given_name(word) is given


def test_one_set_of_given_names_is_read_everywhere() -> None:
    assert PersonIndex.GIVEN_NAMES is given_names.ALL
    assert DatelineParser().is_given_name("JANE") and not DatelineParser().is_given_name("HONG")
    assert BylineParser().outlet_before_name("BBC News Laura Kuenssberg") == ("BBC News", "Laura Kuenssberg")


# --- patterns compiled when first used ---------------------------------------------------------------

from newsparse import BoilerplateParser  # noqa: E402
from newsparse.sharing import LazyPattern  # noqa: E402


def test_a_boilerplate_parser_compiles_no_kind_until_a_line_tries_it() -> None:
    # (each kind was compiled alone and again joined in its run: the members of a run are tried
    # alone only when a later one must be, and a kind with keys only when a line holds one)
    parser = BoilerplateParser()
    rows = [*parser._line_patterns, *parser._prose_patterns]
    assert rows and all(row[1]._compiled is None for row in rows)
    assert parser.line_kind("Share this article") == "share"
    assert parser.line_kind("Rain fell on Tuesday") is None


class _GroupedAdvert(BoilerplateParser):
    PATTERNS = {
        **BoilerplateParser.PATTERNS,
        "advertisement": (*BoilerplateParser.PATTERNS["advertisement"], r"(?P<slot>Werbeblock)"),
    }


# (speedL62 took `share` out of the pattern-first run it shared with `related`: the run left is
# `advertisement` with `navigation`, so a group in `advertisement` is what must split it)
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Werbeblock", "advertisement"),
        ("Advertisement", "advertisement"),
        ("Skip to main content", "navigation"),
        ("Rain fell", None),
    ],
)
def test_a_run_whose_kind_holds_a_group_is_tried_kind_by_kind(line: str, kind: str | None) -> None:
    parser = _GroupedAdvert()
    run, members = next((run, members) for run, members in parser._line_steps if members[0][0] == "advertisement")
    assert run is None  # (not joined: its group would renumber the run's)
    assert [row[0] for row in members] == ["advertisement", "navigation"]
    own = next(run for run, members in BoilerplateParser()._line_steps if members[0][0] == "advertisement")
    assert own is not None  # (the class's own run is joined)
    assert parser.line_kind(line) == kind


def test_a_lazy_pattern_reads_as_its_compiled_pattern() -> None:
    pattern = LazyPattern(r"(?P<verb>said|told)\s++(?P<who>\p{Lu}\p{L}++)", regex.IGNORECASE)
    assert pattern._compiled is None
    text = "Rain fell, SAID Tomas, and told Ana."
    assert pattern.search(text).group("who") == "Tomas"  # type: ignore[union-attr]
    assert [m.group("who") for m in pattern.finditer(text)] == ["Tomas", "Ana"]
    assert pattern.match(text, 11) is not None and pattern.match(text) is None
    assert pattern.fullmatch("told Ana") is not None
    assert pattern.compiled is regex.compile(pattern.pattern, regex.IGNORECASE)
    copy = pickle.loads(pickle.dumps(pattern))
    assert copy == pattern and copy._compiled is None and hash(copy) == hash(pattern)
    assert LazyPattern(pattern.pattern) != pattern  # (other flags)


def test_a_dropped_parser_takes_its_shared_tables_with_it() -> None:
    # (the first object of a class is held weakly: its tables are not kept for the class's sake)
    big = type("BigTitles", (Vocabulary,), {"TITLES": tuple(f"Rank{i}" for i in range(20_000))})
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        first = big()
        share_state(first)
        second = big()
        share_state(second)
        assert second._titles is first._titles and second.is_title("Rank19999")
        del first, second
        normalize_word.cache_clear()  # (its cache of the words' lower-case forms is no table of theirs)
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert kept < 100_000  # (the 20,000 titles' set alone is over 1 MB)
