"""mem57 (stop 50, issue 7): patterns compiled on first use leave no young garbage behind.

``sharing.compile_at_run`` compiles a pattern and collects the collector's young generations, so
that the ``regex`` compiler's parse tree (in reference cycles) is freed at once instead of being
promoted to the old generation, where it waits for a rare full collection and raises a long run's
peak resident memory.  The patterns it returns read text as ``regex.compile``'s do.
"""

from __future__ import annotations

import gc
import itertools

import pytest
import regex

from newsparse.quotes.grammar import _after_lower_word
from newsparse.quotes.resolution import title_before_name, title_patterns
from newsparse.sharing import LazyAlternation, LazyPattern, compile_at_run

_fresh = itertools.count()


def _unique_source() -> str:
    """A pattern of some size that neither the ``regex`` cache nor an earlier test holds."""
    words = "|".join(f"word{next(_fresh)}x{n}" for n in range(40))
    return rf"(?<![\p{{L}}])(?:{words})\s++(?P<name>\p{{Lu}}[\p{{L}}'’\-]*+)"


@pytest.mark.parametrize(
    ("pattern", "flags", "text", "span"),
    [
        (r"\bsaid\b", 0, "The minister said on Tuesday", (13, 17)),
        (r"\bsaid\b", 0, "The minister's sayings", None),  # (precision: no partial word)
        (r"(?i:spokeswoman)\s++\p{Lu}", 0, "a SPOKESWOMAN Ana Ortiz", (2, 15)),
        (r"(?i:spokeswoman)\s++\p{Lu}", 0, "a spokeswoman for the ministry", None),
        (r"reporting \s++ by", regex.VERBOSE, "Additional reporting by Tom Berg", (11, 23)),
        (r"reporting \s++ by", 0, "Additional reporting by Tom Berg", None),  # (the flags are kept)
    ],
)
@pytest.mark.parametrize("cache", [True, False])
def test_compile_at_run_reads_as_regex_compile(
    pattern: str, flags: int, text: str, span: tuple[int, int] | None, cache: bool
) -> None:
    found = compile_at_run(pattern, flags, cache=cache).search(text)
    expected = regex.compile(pattern, flags).search(text)
    assert (found.span() if found else None) == span == (expected.span() if expected else None)


def test_compile_at_run_uses_the_regex_cache_only_when_asked() -> None:
    source = _unique_source()
    assert compile_at_run(source) is regex.compile(source)  # (held in the module's cache)
    uncached = _unique_source()
    first = compile_at_run(uncached, cache=False)
    assert first is not compile_at_run(uncached, cache=False)  # (held by the caller alone)


def _young_after(compile_one: object) -> int:
    """The collector's generation-0 count right after *compile_one* runs with collection off
    (so that nothing but the call itself empties the young generation)."""
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        compile_one()  # type: ignore[operator]
        return gc.get_count()[0]
    finally:
        if enabled:
            gc.enable()


@pytest.mark.parametrize(
    ("name", "compile_one", "young"),
    [
        # a plain compile leaves the compiler's objects young (this is what the rows below undo)
        ("regex.compile", lambda: regex.compile(_unique_source(), cache_pattern=False), "many"),
        ("compile_at_run", lambda: compile_at_run(_unique_source(), cache=False), "none"),
        ("LazyPattern on first use", lambda: LazyPattern(_unique_source()).search("word0 Ana"), "none"),
        (
            "LazyAlternation's parts on first use",
            lambda: LazyAlternation("(?:x)|(?:y)", 0, (LazyPattern(_unique_source()), LazyPattern("y"))).fullmatch("y"),
            "none",
        ),
        ("a title's patterns", lambda: title_patterns(f"Commissioner{next(_fresh)}", 2), "none"),
        ("a title before a name", lambda: title_before_name(f"Governor{next(_fresh)}"), "none"),
        ("a measure noun", lambda: _after_lower_word(f"tonnes{next(_fresh)}"), "none"),
    ],
)
def test_first_use_compiles_leave_no_young_objects(name: str, compile_one: object, young: str) -> None:
    count = _young_after(compile_one)
    if young == "many":
        assert count > 50, name
    else:
        assert count <= 3, (name, count)
