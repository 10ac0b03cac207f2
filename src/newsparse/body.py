"""Body paragraphs, and the boilerplate lines around them (share buttons, ``Read more``, sign-offs)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import ClassVar

import regex

from .lines import Line, join_span, joined_text
from .spans import Boilerplate, Paragraph

__all__ = ["BodyParser", "BoilerplateParser"]


class BoilerplateParser:
    """Classifies a line as boilerplate of some kind, by :attr:`PATTERNS`.

    Each kind maps to patterns that must match the whole line (case-insensitively).
    Add a site's own debris by extending the mapping on a subclass::

        class MySiteBoilerplate(BoilerplateParser):
            PATTERNS = {**BoilerplateParser.PATTERNS, "promo": (r"Download our app.{0,200}",)}
    """

    PATTERNS: ClassVar[dict[str, tuple[str, ...]]] = {
        "share": (
            r"(?:share(?:\s++(?:this\s++)?+(?:on|via|article|story|page|post|link|this))?+|tweet|facebook|twitter|x|email|e-mail|whatsapp"
            r"|linkedin|reddit|pinterest|telegram|print|copy\s++link|copy\s++url|comments?|\d++\s++comments?"
            r"|messenger|flipboard|save|gift\s++(?:this\s++)?article|listen(?:\s++to\s++(?:this\s++)?article)?+)"
            r"(?:\s*+[|·•/,]?\s*+(?:share|tweet|facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit|pinterest"
            r"|telegram|print|copy\s++link|comments?|messenger|flipboard|save)){0,12}",
            r"follow\s.{0,100}?\bon\s++(?:facebook|twitter|instagram|x|linkedin|threads|tiktok|bluesky)\b.{0,100}",
        ),
        "related": (
            r"(?:related(?:\s++(?:articles?|stories|coverage|content|news|links?))?+|recommended(?:\s++for\s++you)?+"
            r"|most\s++(?:popular|read|viewed)(?:\s++(?:videos?|today))?+|trending(?:\s++(?:now|news|stories))?+|you\s++may\s++also\s++like"
            r"|further\s++reading|watch|watch\s++more|top\s++stories|latest\s++news|back\s++to\s++gallery"
            r"|more\s++(?:from|on|about)\s++[^.:]{1,60})(?:\s*+[:>»|\-–—].{0,200})?",
            r"(?:read\s++more|see\s++also|also\s++read|read\s++also|more\s++on\s++this\s++story|click\s++here)\b.{0,200}",
            r"(?:tags?|topics?|filed\s++(?:under|to)|related\s++(?:roundup|topics?)|categories|category|buyer['’]s\s++guide)"
            r"\s*+:[^.!?]{0,200}",
        ),
        "copyright": (
            r"(?:©|\(c\)|copyright\s*+(?:©|\(c\)|\d{4}|by\b|of\b)|all\s++rights\s++reserved).{0,300}",
            r".{0,200}\ball\s++rights\s++reserved\.?",
        ),
        "sign-off": (
            r"\(?(?:reporting|writing|editing|additional\s++reporting|compiled|graphics|research)\s++by\b.{0,300}",
            r"reuter|reuters|more|ends|end|###|-30-|\(end\)|\[end\]|xinhua|--\s*+\w+",
            r"(?:the\s++)?associated\s++press\s++(?:writers?|reporters?|correspondents?)\b.{0,250}\bcontributed\b.{0,80}",
            r".{0,200}\bcontributed\s++(?:to\s++)?(?:this\s++)?(?:report|reporting|story)\.?",
            r"(?:editor|editors|edited\s++by|reporter|writer|source)\s*+:\s*+[\p{L} .,'’\-/&]{1,80}",
            r"\[?\(?(?:\w++\s++){0,2}(?:contact|e-?mail)\s*+(?:us|the\s++author|the\s++reporter)?\s*+(?:at|:).{0,120}",
        ),
        "editors-note": (r"editor['’]?s['’]?\s++note\s*+[:\-–—].{0,2000}",),
        "disclaimer": (
            r"(?:the\s++)?(?:views?|opinions?)(?:\s++and\s++opinions?)?\s++expressed\b.{0,120}?"
            r"\b(?:are\s++(?:solely\s++)?(?:those|the\s++author|(?:their|his|her|my)\s++own)"
            r"|(?:do|does)\s++not\s++(?:necessarily\s++)?reflect)\b.{0,200}",
            r"this\s++(?:article|story|post)\s++(?:contains|may\s++contain)\s++affiliate\s++links.{0,200}",
        ),
        "subscribe": (
            r"(?:subscribe|sign\s++up|sign\s++in|log\s++in|newsletter|get\s++the\s++\w++\s++newsletter"
            r"|join\s++(?:us|now)|become\s++a\s++member|support\s++our\s++journalism)\b"
            r"(?:\s*+[:!.|]?\s*+(?:to|for|now|today|here|free|with|and|or|sign|log|subscribe|newsletter)\b.{0,150})?+\W*+",
            r"register(?:\s++(?:now|here|for\s++free|today))?+\W*+",
            r"(?:see\s++all\s++newsletters|(?-i:(?:\S++\s++){0,3}Newsletters?)|i\s++agree\s++that\b.{0,120}\bnewsletter.{0,80}"
            r"|please\s++check\s++the\s++opt-in\b.{0,150})",
        ),
        "advertisement": (r"advertisement|advertising|sponsored(?:\s++content)?+|ad|promoted|story\s++continues\s++below.{0,40}",),
        "navigation": (
            r"home|menu|close|search|skip\s++to\s++(?:main\s++)?content|caption|expand|next|previous|prev",
            r"image\s++\d++\s++of\s++/?\s*+\d++|\d++\s*+/\s*+\d++|\.\.\.|…|google\+|blogger",
        ),
    }

    def __init__(self) -> None:
        self._patterns = tuple(
            (kind, regex.compile("|".join(f"(?:{p})" for p in patterns), regex.IGNORECASE))
            for kind, patterns in self.PATTERNS.items()
        )

    def parse_line(self, line: Line) -> Boilerplate | None:
        """A :class:`Boilerplate` for *line*, or ``None`` when it is not boilerplate."""
        kind = self.kind(line.text)
        if kind is None:
            return None
        return Boilerplate(line.text, kind, line.span)

    def kind(self, text: str) -> str | None:
        """The boilerplate kind of a line's *text*, or ``None``."""
        if len(text) > 2500:
            return None
        for kind, pattern in self._patterns:
            if pattern.fullmatch(text):
                return kind
        return None


class BodyParser:
    """Groups body lines into paragraphs.

    A blank line always ends a paragraph.  In wire copy where paragraphs are marked by
    indentation (``    The bank said ...`` with unindented continuation lines), an indented
    line starts one.  Otherwise each line is a paragraph, unless the text is hard-wrapped and
    the line continues a sentence the previous line left open.
    """

    #: Characters that may end a paragraph.
    TERMINAL: ClassVar[str] = ".!?:;\"”’')]…"
    #: Words that cannot end a sentence, so a wrapped line ending in one goes on.
    OPEN_WORDS: ClassVar[tuple[str, ...]] = (
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "that",
        "which", "who", "as", "than", "its", "his", "her", "their", "our", "said", "says", "told", "over", "under",
        "into", "about", "after", "before", "between", "against", "during", "without",
    )
    #: Lines this long or shorter count as hard-wrapped.
    WRAP_WIDTH: ClassVar[int] = 90
    #: The indentation (in spaces) that marks a paragraph start in indented wire copy.
    INDENT: ClassVar[int] = 2

    def parse(self, lines: Sequence[Line]) -> tuple[Paragraph, ...]:
        """The paragraphs made of *lines* (body lines only, in order)."""
        if not lines:
            return ()
        indented = self.is_indented_layout(lines)
        groups: list[list[Line]] = []
        for i, line in enumerate(lines):
            if i == 0 or self.starts_paragraph(lines[i - 1], line, indented=indented):
                groups.append([line])
            else:
                groups[-1].append(line)
        return tuple(Paragraph(joined_text(group), join_span(group)) for group in groups)

    def is_indented_layout(self, lines: Sequence[Line]) -> bool:
        """Whether paragraph starts are marked by indentation, as in wire copy: flush lines carry on
        an indented line above them (no blank line between), and more than one line is indented or
        the text starts indented (one indented list item in web copy is not enough)."""
        indented = sum(1 for line in lines if line.indent >= self.INDENT)
        carried = sum(
            1
            for above, line in itertools.pairwise(lines)
            if line.indent < self.INDENT and not line.blank_before and above.indent >= self.INDENT
        )
        return carried >= 1 and (indented >= 2 or lines[0].indent >= self.INDENT)

    def starts_paragraph(self, previous: Line, line: Line, *, indented: bool) -> bool:
        """Whether *line* begins a new paragraph after *previous*."""
        if line.blank_before:
            return True
        if indented:
            return line.indent >= self.INDENT
        return not self.continues(previous, line)

    def continues(self, previous: Line, line: Line) -> bool:
        """Whether *line* carries on the sentence that *previous* left open in hard-wrapped text:
        *previous* is wrapped (not short, not past :attr:`WRAP_WIDTH`) and ends mid-sentence, and
        *line* goes on in lower case, or with any word after a line that ends in a word that
        cannot end a sentence (``over the`` / ``Moscow region``) or in a capitalised word of
        running text (``said Henk`` / ``Bosman, a spokesman``)."""
        text = previous.text
        if not 30 <= len(text) <= self.WRAP_WIDTH or text[-1] in self.TERMINAL:
            return False
        if line.text[0].islower() or line.text[0].isdigit():
            return True
        last = text.rsplit(None, 1)[-1]
        if last[:1].isupper() and any(w[:1].islower() for w in text.split()):
            return True  # a name broken over two lines: "said Henk" / "Bosman, a spokesman"
        return len(text) >= 50 and (last.casefold() in self.OPEN_WORDS or text[-1] in ",-–—")
