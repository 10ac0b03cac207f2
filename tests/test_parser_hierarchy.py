"""The parsers are built as class hierarchies (``QuoteParser`` over ``ReportedSpeech`` over
``DirectQuotes`` over ``SpeakerResolution`` ..., ``ArticleParser`` over its mixins), so a method
added in one class with a name another class already uses overrides it silently, and every caller
of the old one gets the new one: a merge of two correct branches once broke two pronoun rules
so (``subject_follows``).  A name defined in two classes of one hierarchy must be a deliberate
override, listed here with the reason."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, BylineParser, CaptionParser, DatelineParser, QuoteParser, TimestampParser
from newsparse.quotes.languages import WithoutEnglishRules, language_pack

#: ``(method, why it is redefined)``: the overrides the library means.
DELIBERATE = {
    # the parser's NameModel is the one its vocabulary builds, not QuoteWords' default
    "name_model": "QuoteParser builds the name model of its own vocabulary",
    # the resolution rules ask whether a pronoun stands on a transcript's turn; the labels are read by
    # DirectQuotes, so the base answers "no" and DirectQuotes answers from the labels
    "in_transcript_turn": "DirectQuotes reads the transcript labels SpeakerResolution knows nothing of",
    "turn_person": "DirectQuotes reads the transcript labels SpeakerResolution knows nothing of",
    # a dateline opening the paragraph is cut as a live blog's clock is; the clock is Segmentation's (fixQ59)
    "entry_label_end": "SpeakerResolution adds the dateline to Segmentation's clock labels through super()",
    # the grammar's copula test answers "no" (it knows no copulas); the reported-speech rules name theirs (fixQ67)
    "is_copula": "ReportedSpeech answers from its COPULA_WORDS for SpeakerGrammar's after_copula",
    # the apposition that names someone ("a woman named Ana Ruiz, ..., told me") is read after the grammar's own
    # appositives find none, with ReportedSpeech's naming words (mendQT71)
    "appositive_before": "ReportedSpeech adds the apposition that names someone through super()",
}


def redefined(top: type) -> dict[str, list[str]]:
    """Each method name defined in more than one class of *top*'s hierarchy within the library,
    with those classes from the most derived."""
    seen: dict[str, list[str]] = {}
    for cls in top.__mro__:
        if not cls.__module__.startswith("newsparse"):
            continue
        for name, value in vars(cls).items():
            if callable(value) and not name.startswith("__"):
                seen.setdefault(name, []).append(cls.__name__)
    return {name: owners for name, owners in seen.items() if len(owners) > 1}


@pytest.mark.parametrize("top", [QuoteParser, ArticleParser, BylineParser, CaptionParser, DatelineParser, TimestampParser])
def test_no_method_is_redefined_by_accident(top: type) -> None:
    accidental = {name: owners for name, owners in redefined(top).items() if name not in DELIBERATE}
    assert accidental == {}


@pytest.mark.parametrize("code", ["en-GB", "fr", "de", "es"])
def test_a_language_pack_redefines_only_vocabulary_and_deliberate_hooks(code: str) -> None:
    # a pack's quote parser may override hooks of the English rules on purpose; what it overrides
    # must exist in the base (a typo or a renamed hook would define a new method nobody calls)
    # (the packs' shared base, WithoutEnglishRules, may add hooks of its own that it calls itself, which the
    # packs then fill or override: those count as base too, each called there, as the last test checks)
    quotes = type(language_pack(code).quotes(language_pack(code).vocabulary()))
    base = {name for cls in (*QuoteParser.__mro__, WithoutEnglishRules) for name in vars(cls)}
    own = {
        name
        for cls in quotes.__mro__
        if cls.__module__.startswith("newsparse.quotes.languages") and cls is not WithoutEnglishRules
        for name, value in vars(cls).items()
        if callable(value) and not name.startswith("_")
    }
    assert own - base == set()


def test_the_pack_base_calls_each_hook_it_adds() -> None:
    # a method WithoutEnglishRules adds that the English rules do not have is called in that module (a hook no
    # one calls would be a typo or a renamed override)
    import inspect

    from newsparse.quotes import languages

    base = {name for cls in QuoteParser.__mro__ for name in vars(cls)}
    added = [
        name for name, value in vars(WithoutEnglishRules).items()
        if callable(value) and not name.startswith("_") and name not in base
    ]
    source = inspect.getsource(languages)
    assert [name for name in added if f".{name}(" not in source] == []


def test_the_check_sees_an_accidental_override() -> None:
    class Clashing(QuoteParser):
        pass

    def subject_follows(self: object, raw: str, start: int, stop: int) -> bool:
        return False

    # a class of the library's own modules that redefines a rule's helper is reported
    Clashing.__module__ = "newsparse.quotes.example"
    Clashing.subject_follows = subject_follows  # type: ignore[attr-defined]
    assert "subject_follows" in redefined(Clashing)
