"""What parsers of one class build alike, held once: :func:`share_state` gives an object, in
place of each word set, table or tuple it built, an equal one that an earlier object of its class
built, so that a second :class:`~newsparse.ArticleParser` keeps none of its own copies (about
0.8 MB each: the vocabulary's tables, the quote parser's word sets).

Each value is compared, not trusted: whatever a subclass, a language pack or a changed class
attribute makes differently is unequal and kept as built, and the class's first object's values
stay the ones shared.  Only values that the parsers never change after ``__init__`` are shared
(:data:`SHARED_TYPES`: frozen sets, tuples, strings, and the sets and dicts the constructors fill
and no method writes to, held under a private name: a public dict or set, such as
``Vocabulary.tzinfos``, is the caller's to change, and stays each object's own); an object of
the library's own (a :class:`~newsparse.Vocabulary`, a name model) held in an attribute is shared
the same way, attribute by attribute.

.. versionadded:: 0.2
"""

from __future__ import annotations

import gc
import sys
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import regex

#: The types of attribute values :func:`share_state` shares, each compared with ``==`` (and its
#: type) to the value the first object of the class holds under the same name.
SHARED_TYPES: tuple[type, ...] = (frozenset, tuple, str, dict, set)

#: Of :data:`SHARED_TYPES`, those a caller could change in place: shared only under a private
#: name (``_titles``), never under a public one (``tzinfos``), which a caller may write to.
MUTABLE_TYPES: tuple[type, ...] = (dict, set)

#: The package whose objects held in an attribute are shared attribute by attribute.
_PACKAGE = __name__.rpartition(".")[0]

# class -> the first object of that class still alive, whose values are shared (weakly held: a
# parser dropped takes its values with it, and the next one made becomes the first)
_FIRST: weakref.WeakKeyDictionary[type, weakref.ref[Any]] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def share_state(obj: object) -> None:
    """Give *obj*, in place of each attribute value of :data:`SHARED_TYPES`, the equal value of
    the same type that the first object of its class still alive holds under that name, when
    there is one (with none, *obj* becomes that first object; it is held weakly, so that its
    values go with it); objects of this package held in its attributes are shared in turn.  Safe
    from several threads at once.

    >>> from newsparse import Vocabulary
    >>> first, second = Vocabulary(), Vocabulary()
    >>> share_state(first); share_state(second)
    >>> second._titles is first._titles
    True

    .. versionadded:: 0.2
    """
    with _LOCK:
        _share(obj, set())


def _share(obj: object, seen: set[int]) -> None:
    if id(obj) in seen or not hasattr(obj, "__dict__"):
        return
    seen.add(id(obj))
    values = vars(obj)
    first = _first_of(obj)
    kept_values = vars(first) if first is not None and first is not obj else {}
    for name, value in list(values.items()):
        if type(value) in SHARED_TYPES:
            if type(value) in MUTABLE_TYPES and not name.startswith("_"):
                continue  # (a public dict or set: the caller's to change, for this object alone)
            kept = kept_values.get(name)
            if kept is not None and kept is not value and type(kept) is type(value) and kept == value:
                values[name] = kept  # (past a frozen class's __setattr__)
        elif type(value).__module__.startswith(_PACKAGE + "."):
            _share(value, seen)


def _first_of(obj: object) -> object | None:
    """The first object of *obj*'s class still alive (*obj* itself when there is none), or ``None``
    when objects of its class take no weak reference."""
    ref = _FIRST.get(type(obj))
    first = ref() if ref is not None else None
    if first is None:
        try:
            _FIRST[type(obj)] = weakref.ref(obj)
        except TypeError:
            return None
        first = obj
    return first


def compile_at_run(pattern: str, flags: int = 0, *, cache: bool = True) -> regex.Pattern[str]:
    """*pattern* compiled (held in the ``regex`` module's cache unless *cache* is false), for the
    patterns a parse compiles on first use (:class:`LazyPattern`, the speaker rules' title
    patterns), then the collector's young generations collected: the ``regex`` compiler leaves its
    parse tree in reference cycles, and what of it is still young is freed now, before the parse
    goes on and promotes it to the old generation, where it waits for a full collection (rare in a
    long run) and raises the peak resident memory (about 0.2-0.4 MB over a PolNeAR run).  A young
    collection costs microseconds, and a pattern is compiled once.

    >>> compile_at_run(r"\\bsaid\\b").search("she said so").span()
    (4, 8)

    .. versionadded:: 0.2
    """
    compiled = regex.compile(pattern, flags, cache_pattern=cache)
    gc.collect(1)
    return compiled


class LazyPattern:
    """A pattern compiled the first time it is used, for the patterns few articles need (a
    boilerplate kind whose line shows none of its keys, a rare construction): one that is never
    used is never compiled, and costs its source alone (the ``regex`` module keeps every pattern
    it compiles).  It answers :meth:`match`, :meth:`search`, :meth:`fullmatch` and
    :meth:`finditer` as the compiled pattern does; two are equal when their sources and flags
    are, and it pickles as its source.  Threads may compile it at once: each gets the same
    pattern (``regex`` hands out the one it keeps).

    >>> pattern = LazyPattern(r"\\bsaid\\b")
    >>> pattern.search("she said so").span()
    (4, 8)

    .. versionadded:: 0.2
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        #: The source, as ``regex.Pattern.pattern`` (interned: the parsers of one class each make
        #: their patterns' sources, and keep one copy of each, mem61b).
        self.pattern = sys.intern(pattern)
        #: The flags asked for (not those the source sets inline).
        self.flags = flags
        self._compiled: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern (compiled now when it is not yet)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = compile_at_run(self.source(), self.flags)
        return compiled

    def source(self) -> str:
        """The source compiled: :attr:`pattern`, or in a subclass another source that matches
        alike (the boilerplate patterns' calls of one group for their runs of blanks).

        .. versionadded:: 0.2 (mem60)"""
        return self.pattern

    def match(self, string: str, *args: Any) -> regex.Match[str] | None:
        return (self._compiled or self.compiled).match(string, *args)

    def search(self, string: str, *args: Any) -> regex.Match[str] | None:
        return (self._compiled or self.compiled).search(string, *args)

    def fullmatch(self, string: str, *args: Any) -> regex.Match[str] | None:
        return (self._compiled or self.compiled).fullmatch(string, *args)

    def finditer(self, string: str, *args: Any) -> Iterator[regex.Match[str]]:
        return self.compiled.finditer(string, *args)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LazyPattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self.flags))


class LazyAlternation(LazyPattern):
    """A :class:`LazyPattern` of an alternation (its source *pattern* as given) whose
    :meth:`fullmatch` tries instead each of *parts*, patterns whose alternatives together are
    those of *pattern*, and answers the first part's match (a whole match of an alternation is a
    whole match of one of its alternatives, in whatever order they are tried): two alternations
    that hold the same alternatives can then hold one part of them, compiled once, instead of two
    patterns each compiled whole (a boilerplate kind's line and prose patterns, see
    :class:`~newsparse.BoilerplateParser`).  :meth:`match`, :meth:`search` and :meth:`finditer`
    read *pattern* whole, as a :class:`LazyPattern` does; a match of :meth:`fullmatch` numbers its
    groups as its part does.

    >>> shared = LazyPattern(r"(?:by\\s++\\w++)")
    >>> line = LazyAlternation(r"(?:by\\s++\\w++)|(?:ends)", 0, (shared, LazyPattern("(?:ends)")))
    >>> line.fullmatch("ends").span(), line.fullmatch("by Ana").span(), line.fullmatch("end")
    ((0, 4), (0, 6), None)

    .. versionadded:: 0.2
    """

    __slots__ = ("_parts_compiled", "parts")

    def __init__(self, pattern: str, flags: int, parts: tuple[LazyPattern, ...]) -> None:
        super().__init__(pattern, flags)
        #: The patterns tried in turn by :meth:`fullmatch`.
        self.parts = parts
        self._parts_compiled: tuple[regex.Pattern[str], ...] | None = None

    def fullmatch(self, string: str, *args: Any) -> regex.Match[str] | None:
        compiled = self._parts_compiled
        if compiled is None:  # (each part compiled once, by whichever alternation holding it is tried first)
            compiled = self._parts_compiled = tuple(_part_compiled(part) for part in self.parts)
        for pattern in compiled:
            found = pattern.fullmatch(string, *args)
            if found is not None:
                return found
        return None

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyAlternation, (self.pattern, self.flags, self.parts))


def _part_compiled(part: LazyPattern) -> regex.Pattern[str]:
    """*part* compiled, held by it alone (``cache_pattern=False``: a part fills no room in the
    ``regex`` module's cache of 500, whose overflow would have the next parser compile its
    patterns afresh instead of finding them there)."""
    compiled = part._compiled
    if compiled is None:
        compiled = part._compiled = compile_at_run(part.source(), part.flags, cache=False)
    return compiled
