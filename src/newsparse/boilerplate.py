"""Boilerplate lines: share buttons, ``Read more`` links, sign-offs, copyright, disclaimers.

A line is boilerplate only when it has the structure of one: a short line that is nothing but
the phrase (``Share this article``), a label at its start (``Tags:``, ``Read more:``), or a known
phrase as the whole sentence (``... contributed to this report.``).  A line that reads as running
prose (see :func:`newsparse.lines.is_sentence`) is tried only against :attr:`BoilerplateParser.PROSE_PATTERNS`,
the few kinds that are whole sentences themselves, so that a story sentence that merely starts
with ``Subscribe``, ``Click here`` or ``Research by`` stays in the paragraphs.
"""

from __future__ import annotations

import enum
from typing import Any, ClassVar, TypeVar

import regex

from .caption import CaptionParser
from .errors import check_option
from .lines import Line, is_sentence
from .sharing import LazyAlternation, LazyPattern
from .spans import Boilerplate
from .vocabulary import KEEP_GIL, Vocabulary, alternation, own_or_pack

__all__ = ["BoilerplateKind", "BoilerplateParser"]


class BoilerplateKind(str, enum.Enum):
    """The kinds of boilerplate the library files lines under (``Boilerplate.kind`` holds the value)."""

    SHARE = "share"
    RELATED = "related"
    COPYRIGHT = "copyright"
    SIGN_OFF = "sign-off"
    EDITORS_NOTE = "editors-note"
    DISCLAIMER = "disclaimer"
    SUBSCRIBE = "subscribe"
    #: The labels of a press release: ``FOR IMMEDIATE RELEASE``, ``Media contact:``.
    PRESS_RELEASE = "press-release"
    ADVERTISEMENT = "advertisement"
    NAVIGATION = "navigation"
    #: A credit on a line of its own (``Photo: Jane Doe``).
    CREDIT = "credit"
    #: A timestamp after the published and updated ones were found.
    TIMESTAMP = "timestamp"
    #: Prose under the headline that more header follows.
    STANDFIRST = "standfirst"
    #: A header or trailing line that no parser claimed.
    OTHER = "other"
    #: The whole text printed again after itself, as a careless copy and paste leaves it: one
    #: part over all the lines of the second copy.
    #:
    #: .. versionadded:: 0.2
    REPEAT = "repeat"

    def __str__(self) -> str:
        return self.value

    def __hash__(self) -> int:  # a member and its value are the same dictionary key
        return str.__hash__(self.value)


K = BoilerplateKind


def _x(*patterns: str) -> tuple[str, ...]:
    """*patterns* in verbose mode (whitespace ignored, ``#`` comments), each scoped to itself so
    that a pattern a subclass adds is read as written."""
    return tuple(f"(?x:{pattern}\n)" for pattern in patterns)

# What may follow "Reporting by" in a sign-off: names, places and the few words between them.
_SIGN_OFF_TAIL = r"""
    (?:\s*+(?>
        (?-i:\p{Lu}[\p{L}'’.\-]*+)          # a capitalised word: a name or a place
      | (?:and|in|by|with|from|at|for|of|the|de|da|di|du|van|von|der|le|la|al|el|bin
          |additional|reporting|editing|writing|compiled|graphics|research|photos?|video|via|our|staff
          |correspondents?|bureau|newsroom|desk)(?![\p{L}])
      | [;,&/()\[\]:.\-–—|]                 # the punctuation between them
      | \S++@\S++                           # an e-mail address
    )){1,80}+
"""
# Sign-offs read both on a line of their own and in running prose:
# "(Reporting by Jane Roe in Oslo; Editing by Tom Poe)": names, places, no prose; "[Edited by Ana Ruiz/Tom
# Berg]": the participle in brackets only (mendL64)
_REPORTING_BY = rf"""(?:[(\[]?+(?:reporting|writing|editing|additional\s++reporting|compiled|graphics|research)|[(\[]edited)
    \s++by\b{_SIGN_OFF_TAIL}"""
# (a contributor's note, a line on how to reach the reporter and the site's commission on sales are built
# from BoilerplateParser's phrase lists: BoilerplateParser.phrase_patterns)
# A newsroom's label for its standards, on a line or in prose: "Our Standards: The ... Trust Principles."
_STANDARDS = r"our\s++(?:editorial\s++)?(?:standards|principles|ethics\s++policy)\s*+:.{0,160}"
# A rights notice of its own, the wire's or a site's: "This material may not be published, broadcast,
# rewritten or redistributed.", "No part of this article may be reproduced without written permission."
# Two of the verbs, or one and a permission, so that a story's "this report may not be published
# until ..." stays prose.
_REUSE = r"""(?:published|broadcast|rewritten|redistributed|distributed|reproduced|republished|copied|reprinted
    |transmitted|stored|sold|reposted|shared)"""
_RIGHTS_NOTICE = rf"""(?:(?:this|no\s++part\s++of\s++this)\s++
    (?:material|article|story|content|report|publication|text|work|page|feature|video|photo|image|broadcast)s?+
    (?:\s*+,[^,.!?\n]{{1,80}}+,)?+  # a clause set off: "This material, and other digital content on this website, may" (fixT56b)
    | the\s++(?:material|content)s?+\s++(?:on|of|in)\s++this\s++(?:site|website|page|service|app))  # the site's whole content
    \s++may\s++(?:not\s++)?+be\s++(?:\w++\s++){{0,3}}?{_REUSE}\b
    [^.!?]{{0,200}}?\b(?:{_REUSE}|permission|consent)\b
    (?![^.!?]{{0,160}}?,\s*+(?-i:\p{{Lu}}[\p{{L}}.]*+(?:\s++\p{{Lu}}[\p{{L}}.]*+)*+)\s++(?-i:\p{{Ll}}++)\s*+,)
    (?>[^.!?]|\.(?=\w)){{0,160}}\.?"""  # (a dot inside a word goes on: "permission of example.com.")
# (the lookahead: no attribution set off by commas after the verbs, "..., Judge Ana Ortiz ruled, and ...":
# a story's sentence about a court order, not a notice)
# The social networks a page asks readers to follow it on.
_PLATFORM = r"(?:facebook|twitter|instagram|x|linkedin|threads|tiktok|bluesky|youtube|mastodon|telegram|whatsapp)"
# A handle in brackets after a platform's name: "Twitter (@cityopinion)"
_HANDLE = r"(?:\s*+\(@[\w.]{1,40}+\))?+"


# A prompt to share the story: "Like this story? Share it with a friend!", "Enjoyed this article?"
_LIKED_STORY = r"""(?:like|liked|enjoy|enjoyed|love|loved)\s++this\s++(?:story|article|post|piece)\s*+\?
    (?:\s++share\b[^.!?]{0,100}[.!]?+)?+"""

# A video player's notice where its video failed to show: "We apologize, but this video has failed to
# load.", "Media playback is unsupported on your device", "Try refreshing your browser, or", "tap here to
# see other videos from our team." (this video, your browser: the reader's screen, no story's video)
_PLAYER_NOTICE = r"""(?:(?:we\s++apologi[sz]e|sorry)\s*+,?\s*+(?:but\s++)?+)?+this\s++(?:video|clip|player)\s++
      (?:has\s++)?+failed\s++to\s++load[.!]?+
    | (?:media|video|audio)\s++playback\s++is\s++(?:unsupported|not\s++supported|unavailable)\s++(?:on|in)\s++
      your\s++(?:device|browser)[.!]?+
    | try\s++refreshing\s++your\s++(?:browser|page)\b[^.!?"“”]{0,120}+[.!]?+
    | (?:tap|click)\s++here\s++to\s++(?:see|watch|view)\s++(?:more|other)\s++videos\b[^.!?"“”]{0,80}+[.!]?+"""
# Where a story first ran, the outlet alone after the verb: "Originally published on Live Science.",
# "First appeared in The Conversation."; a capital after the preposition, no digit (not a date:
# "First published on 5 March 2025 09:01" is a stamp the stamp rules read)
_FIRST_RAN_IN = r"""(?:first|originally)\s++(?:published|appeared)\s++(?:on|in|at|by)\s++(?-i:\p{Lu})[^.!?\d\n]{0,80}+\.?+"""
# Where a newspaper printed the story, its print edition's line: "A version of this article appears in print
# on Dec. 3, 2026, Section A, Page 12 of the New York edition with the headline: Storm Closes Schools." (fixL69:
# a sign-off, never the published stamp, its date the print edition's, nor a headline)
_IN_PRINT = r"""(?:an?\s++)?+version\s++of\s++this\s++(?:article|story|report|review|column|piece|essay)\s++
    (?:appears|appeared|will\s++appear)\s++in\s++print\s++on\s[^\n]{0,400}+"""
# A wire's note on who else reported or whom to contact, at the story's end: "--With assistance from Jane
# Roe.", "— With assistance from Jane Roe" (a dash of any length: fixT60), "To contact the reporter on
# this story:", "To contact the editors responsible for this story:"
_WIRE_CREDITS = r"""(?:-{1,2}+|[—–])\s*+with\s++(?:assistance|help)\s++from\s++(?-i:\p{Lu})[^\n]{0,200}
    | to\s++contact\s++the\s++(?:reporters?+|editors?+|authors?+|writers?+)\s++(?:on|of|for|responsible\s++for)
      \s++this\s++(?:story|article|report)\s*+:?+[^\n]{0,200}
    # the name and address under such a label: "Jane Roe in London at jroe@example.com", "Tom Poe at
    # tpoe@example.com, Ann Lee": capitalised words and addresses only
    | (?-i:\p{Lu})[\p{L}\p{M}.'’\-]*+(?:\s++(?-i:\p{Lu})[\p{L}\p{M}.'’\-]*+){0,4}+
      (?:\s++in\s++(?-i:\p{Lu})[\p{L}\p{M}.'’\-]*+(?:\s++(?-i:\p{Lu})[\p{L}\p{M}.'’\-]*+){0,3}+)?+
      \s++at\s++[^\s@]++@[\w\-]++(?:\.[\w\-]++)++
      (?:(?:\s*+[,;]|\s++(?:or|and)\s)\s*+(?:(?-i:\p{Lu})[\p{L}\p{M}.'’\-]*+|[^\s@,;]++@[^\s@,;]++|at|in)
         (?:\s++(?:(?-i:\p{Lu})[\p{L}\p{M}.'’\-]*+|[^\s@,;]++@[^\s@,;]++|at|in)){0,8}+){0,6}+\.?+"""
# A syndicated story's notice that the site did not edit it: "(This story has not been edited by our staff and
# is auto-generated from a syndicated feed.)", or only its headline and picture
_UNEDITED_FEED = r"""\(?+(?:except\s++for\s++(?:the\s++)?+headlines?+  # "(Except for the headline, this ..." (fixT56b)
      (?:\s++and\s++(?:the\s++)?+(?:pictures?|photos?|images?))?+\s*+,\s*+)?+
    (?:this|the)\s++(?:story|article|report|news|content)\s++has\s++not\s++been\s++edited\s++by
    \s++(?:our\s++|the\s++)?+(?:\S++\s++){0,2}?(?:staff|team|editors?+|newsroom|desk)\b
    [^\n]{0,120}?\b(?:syndicated|auto-generated|automatically|feed|wire|agency)\b[^\n]{0,120}
    # the headline and picture alone reworked: "(Only the headline and picture of this report may have been
    # reworked by the ... staff; the rest of the content is auto-generated from a syndicated feed.)" (fixT56b)
    | \(?+only\s++the\s++headlines?+(?:\s++and\s++(?:the\s++)?+(?:pictures?|photos?|images?))?+\s++of\s++this
      \s++(?:story|article|report|news|content)\s++(?:may\s++have\s++been|has\s++been|was|were)\s++(?:reworked|edited|changed)
      \b[^\n]{0,120}?\b(?:syndicated|auto-generated|automatically)\b[^\n]{0,120}"""
# The rules of a page's comment section, told to the reader: "Please be respectful of other
# commenters.", "You must be logged in to post a comment.", "We are moderating all comments ...",
# and its call for letters (no quotation: a story may quote a site's rules)
_COMMENT_RULES = r"""[^"“”]{0,120}?
    (?:\bplease\b[^"“”]{0,200}?\b(?:commenters|commenting|comments?+\s++section)\b  # a request to those who comment
      # the form's gate: "You must be logged in to post a comment.", "Sign in to post a reply."
      | (?:\byou\s++must\s++(?:be\s++)?+)?+\b(?:log(?:ged)?+|sign(?:ed)?+)\s++in\s++to\s++(?:post|leave|add|write)\s++
        a\s++(?:comment|reply)\b
      # the form's prompt: "Would you like to comment on this article?"
      | \bwould\s++you\s++like\s++to\s++comment\s++on\s++this\s++(?:article|story|post|piece)\b
      # a call for the readers' letters: "We'd like to hear what you think about this or any of our articles."
      | \bwe(?:['’]d|\s++would)?+\s++(?:like|want|love)\s++to\s++hear\s++what\s++you\s++think\b
      # the site's moderation: "we are temporarily moderating all comments"
      | \bwe\s++(?:are\s++|will\s++be\s++)?+(?:\w++\s++)?+moderating\s++(?:all\s++)?+comments\b
      # the section's disclaimer: "Conversations are opinions of our readers and are subject to the Code of Conduct." (mendLD69)
      # (opening the line: "The conversations are opinions of our readers, the mayor said" is the story's)
      | \A(?:conversations|comments)\s++are\s++(?:the\s++)?+opinions\s++of\s++(?:our|the|their)\s++
        (?:readers|commenters|users|authors)\b
    )[^"“”]{0,500}+"""
# A video player's embed box, alone on its line: "Copy/paste the article video embed link below:",
# "Copy the embed code", "Embed link" (mendLT67)
_EMBED_PROMPT = r"""(?:copy\s*+(?:/|and|&)?\s*+paste|copy)\s++(?:the\s++|this\s++)?+(?:(?:article|video|story)\s++){0,2}+
      embed\s++(?:link|code)(?:\s++below)?+\W*+
    | embed\s++(?:link|code)\W*+"""
# An outlet's note about itself, then its call to sign up: "ProPublica is a nonprofit newsroom that
# investigates abuses of power. Sign up to receive our biggest stories as soon as they're published."
# (the self-description alone may be a story's sentence; no quotation, no "said": mendLT67)
_NEWSROOM_PROMO = r"""(?-i:\p{Lu})[^.!?\n"“”]{0,60}?\s++is\s++an?\s++(?:[\p{L}\-]++\s++){0,3}?
    (?:newsroom|news\s++organi[sz]ation|news\s++outlet|news\s++site|publication)\b
    (?:(?!\b(?:said|says|told|according)\b)[^\n"“”]){0,160}?[.!]\s++   # (lazy: "the U.S. justice system.")
    (?:subscribe|sign\s++up|join|donate|support\s++(?:us|our)|get\s++our)\b[^\n"“”]{0,200}+"""
# A newsroom's appeal for its readers' money: "Our newsroom relies on readers like you. Donate today.", "We
# depend on supporters like you." (the newsroom or "we" first; no quotation, no "said": mendR67l)
_READER_APPEAL = r"""(?:our\s++(?:(?:nonprofit|independent|local)\s++)?+(?:newsroom|journalism|reporting|work)|we)
    \s++(?:rel(?:y|ies)|depends?|counts?)\s++on\s++(?:readers|supporters|donors|members|you)\b
    (?:(?!\b(?:said|says|told)\b)[^\n"“”]){0,200}+"""
# A call to keep reading the site: "Don't miss out on the latest news and information.", "Never miss
# the latest headlines." (mendLT67)
_DONT_MISS = r"""(?:don['’]t|do\s++not|never)\s++miss(?:\s++out)?+(?:\s++on)?+\s++(?:the\s++)?+(?:latest|top|biggest)\s++
    (?:news|stories|headlines|updates)\b[^.!?\n"“”]{0,60}+[.!]?+"""
# An author's funding disclosure at the foot of a commentary, as The Conversation prints it: "Jane Roe
# receives funding from the Australian Research Council.", "Jane Roe does not work for, consult, own
# shares in or receive funding from any company ..." (a name of two to four capitalised words first; no
# "said", which a story's sentence about someone's funding has; mendLT67)
_FUNDING_DISCLOSURE = r"""(?-i:\p{Lu}[\p{L}\p{M}'’.\-]*+(?:\s++(?-i:\p{Lu})[\p{L}\p{M}'’.\-]*+){1,3}+)\s++
    (?:receives?|has\s++received|received|does\s++not\s++work\s++for,?+\s++consult)\b[^.\n]{0,80}?\bfunding\b
    (?:(?!\b(?:said|says|told|according|reported)\b)[^\n"“”]){0,400}+"""
# A newsletter's own footer: "You are receiving this email because you signed up to ...", its
# "Unsubscribe" button after it; the reader signed up (fixT58); no comma after it, which a story's
# sentence quoting such a message has before its attribution ("..., the scam message reads, police said."; merge58)
_RECEIVING_BECAUSE = r"""you\s++(?:are\s++receiving|received|have\s++received)\s++this\s++(?:e-?mail|newsletter|message)
    \s++because\s++you(?:['’]ve|\s++(?:have|are|were))?+\s++(?:signed\s++up|subscribed|registered|opted\s++in|are\s++a\s++subscriber)\b[^,]{0,300}+"""
# The reader's promise of a newsletter box: "You can unsubscribe at any time."
_UNSUBSCRIBE = r"""[^"“”]{0,120}?\byou\s++(?:can|may)\s++unsubscribe\s++
    (?:at\s++any\s++time|anytime)\b[^"“”]{0,200}+"""
# A site's terms for its readers: "Use of this site constitutes acceptance of our Terms of Use."
_SITE_TERMS = r"""[^"“”]{0,120}?\b(?:use\s++of|using)\s++this\s++(?:site|website|service|app)\b
    [^"“”]{0,80}?\b(?:constitutes|means|signifies|indicates)\s++(?:your\s++)?+(?:acceptance|agreement)\b[^"“”]{0,200}+"""
# A notice that the page itself is under copyright: "This document is subject to copyright. ..."
_UNDER_COPYRIGHT = r"""this\s++(?:document|article|story|page|material|content|work)\s++is\s++
    (?:subject\s++to|protected\s++by)\s++copyright\b.{0,400}"""
# A paywall's call to subscribe to a named product for access: "Subscribe to INQUIRER PLUS to get access to
# The Philippine Daily Inquirer & other 70+ titles ...", "Subscribe to Harbour Premium for unlimited access."
# (the product capitalised right after "to"; no speech verb; mendLT70) and no clause with its own subject after
# "access": "... for full access to live sport and the price rises to $15 a month" is a story's (rvl70)
_SUBSCRIBE_PRODUCT = r"""subscribe\s++to\s++(?-i:\p{Lu})[\p{L}\p{N}&'’.+\-]*+(?:\s++(?-i:[\p{Lu}\p{N}])[\p{L}\p{N}&'’.+\-]*+){0,4}+
    \s++(?:to\s++(?:get\s++|gain\s++|enjoy\s++|unlock\s++)?+|for\s++)(?:full\s++|unlimited\s++|instant\s++)?+access\b
    (?:(?!\b(?:said|says|told|according)\b                    # no speech verb
         |(?:\b(?:and|but|while|so|as|because|although)\b|[,;])  # no clause of its own: a joint, then
          \s++(?:the|a|an|its|their|this|that|these|those|his|her|our|it|they|he|she|we|prices?)\b  # its subject
       )[^\n"“”]){0,400}+"""
# A newspaper's line telling the reader where to write to its reporter: "Write to Jane Roe at
# jroe@example.com", "Write to Jane Roe at jroe@example.com and Tom Poe at tpoe@example.com" (mendLT70)
_WRITE_TO = r"""write\s++to\s++(?-i:\p{Lu})[\p{L}\p{M}.'’\-]*+(?:\s++(?-i:\p{Lu})[\p{L}\p{M}.'’\-]*+){0,4}+
    \s++at\s++[^\s@]++@[\w\-]++(?:\.[\w\-]++)++
    (?:(?:\s*+,\s*+(?:and\s++)?+|\s++and\s++)(?-i:\p{Lu})[\p{L}\p{M}.'’\-]*+(?:\s++(?-i:\p{Lu})[\p{L}\p{M}.'’\-]*+){0,4}+
       \s++at\s++[^\s@]++@[\w\-]++(?:\.[\w\-]++)++){0,6}+\.?+"""
# Which print edition the story ran in, the line opening so: "Appeared in the February 25, 2026, print
# edition as 'Halverson To Close 80 Stores'.", "This article appeared in the Sunday print edition." (mendLT70);
# the line ends after "edition", a date and the title it ran as: "... print edition and drew 200 letters" is a
# story's sentence (rvl70)
_PRINT_EDITION = r"""(?:this\s++(?:article|story|report|column|piece)\s++)?+appeared\s++in\s++the\s++
    [^\n"“”]{0,40}?\bprint\s++edition\b
    (?:,?+\s++(?:of|on|dated)\s++[^\n"“”.;]{1,30}?\d{4}+)?+          # "... print edition of March 3, 2026"
    (?:,?+\s++(?:as|(?:under|with)\s++the\s++headline)\s*+:?+\s*+    # "... as 'Fares To Rise'", "... with the
       (?:[‘'"“][^\n]{1,200}?[’'"”]|(?-i:\p{Lu})[^\n]{0,200}?))?+      #  headline: Council Votes to ..."
    \s*+[.!]?+"""
# A newsletter box's promise and its confirmation: "Get updates on breaking news as it happens.", "You're
# all signed up!", "Thanks for signing up!" (each the whole line; mendLT70)
_SIGNED_UP = r"""(?:you['’]re|you\s++are|you['’]ve\s++been|you\s++have\s++been)\s++(?:all\s++|now\s++|successfully\s++)?+
      (?:signed\s++up|subscribed|registered)[.!]?+
    | thanks?\s++(?:you\s++)?+for\s++(?:signing\s++up|subscribing|registering)[.!]?+
    | get\s++(?:the\s++latest\s++)?+(?:updates|alerts|news)\s++(?:on|about)\s++
      [^.!?\n"“”]{1,60}?\bas\s++(?:it|they)\s++happens?[.!]?+"""
# A paywall's notice, alone on its line or after the share of the story shown: "You have 62% of this
# article left to read.", "The rest is for subscribers only.", "The rest of this article is reserved for
# subscribers." (debris71)
_PAYWALL = r"""you\s++have\s++\d{1,3}+\s*+%\s++of\s++(?:this|the)\s++(?:article|story)\s++(?:left|remaining)\s++to\s++read\W*+
    | (?:the\s++rest(?:\s++of\s++(?:this|the)\s++(?:article|story))?+|this\s++(?:article|story))\s++is\s++(?:only\s++)?+
      (?:for|reserved\s++for|available\s++to)
      \s++(?:paying\s++|paid\s++)?+subscribers(?:\s++only)?+\W*+"""
# A call to support the page, a sentence with its full stop: "Support us.", "Please support us today." (debris71;
# "Support our journalism" is read with the calls to subscribe; "Support us" alone, no stop, is a label, fixL64)
_SUPPORT_US = r"""(?:please\s++)?+support\s++us(?:\s++(?:today|now))?+\s*+[.!]\W*+"""
# A comment section's gate whose links were lost in the copy, maybe after its question: "Want to join the
# conversation? Please log in or register to comment on this article.", "Please or to comment on this
# article." (debris71)
_COMMENT_GATE = r"""(?:want\s++to\s++join\s++the\s++(?:conversation|discussion|debate)\s*+\?\s*+)?+
    please\s++(?:(?:log\s++in|sign\s++in|register|subscribe)\s++)?+(?:or\s++(?:(?:log\s++in|sign\s++in|register|subscribe)\s++)?+)?+
    to\s++comment\s++on\s++this\s++(?:article|story|post|piece)\W*+"""
# A button that follows the story's topics, its topics on the lines under it: "Click the alert icon to
# follow topics:" (debris71)
_FOLLOW_TOPICS = r"""(?:click|tap)\s++(?:on\s++)?+the\s++[\p{L}\-]++\s++(?:icon|button)\s++to\s++follow\s++
    (?:(?:these|the|this)\s++)?+(?:topics?|authors?|stories|updates)\W*+"""
# A note that the story was updated, alone on its line: "This article has been updated.", "This story has
# been updated with additional information." (what was changed, a correction, is read apart; mendLT70)
_UPDATE_NOTICE = r"""this\s++(?:article|story|report|post|piece|page)\s++(?:has\s++been|was|is\s++being|will\s++be)\s++updated
    (?:\s++(?:with|to\s++include)\s++(?:new\s++|more\s++|further\s++|additional\s++|the\s++latest\s++)?+
         (?:information|details|developments|reporting|comments?|reaction)
      | \s++since\s++it\s++was\s++(?:first\s++|originally\s++)?+published
      | \s++(?:throughout\s++the\s++day|as\s++(?:the\s++)?+(?:story|news|situation)\s++develops))?+[.!]?+"""

# A line of nothing but invisible format characters (zero-width spaces, direction marks: Unicode
# category Cf) or control characters (category Cc but whitespace: a NUL, an escape), maybe with
# whitespace between them: one at least, and no visible character.
_INVISIBLE_LINE = regex.compile(r"(?V1)\s*+[\p{Cf}\p{Cc}--\s][\p{Cf}\p{Cc}\s]*+")

# Any digit, of any script, as the patterns' \d reads one (LINE_DIGIT_KINDS).
_DIGIT = regex.compile(r"\d")
# the end of a line's first sentence, before the next one's capital or digit (has_story_tail); not the
# point of a short capitalised abbreviation ("Dr. Roe says ...": one sentence)
_SENTENCE_BREAK = regex.compile(r"(?<!\b\p{Lu}\p{Ll}{0,2}+)[.?!]++[\"'”’)]?+\s++(?=[\p{Lu}\d])")


_Kind = TypeVar("_Kind", bound=tuple[Any, ...])
# a kind as BoilerplateParser.first_kind reads it: (kind, pattern, keys or None, by_digit, pattern_first)
_KindRow = tuple[str, LazyPattern, "tuple[str, ...] | None", bool, bool]
# the group that names a run's member: "_m3" is the fourth kind of the run
_RUN_GROUP = "_m"


def _pattern_runs(
    kinds: tuple[_Kind, ...], *, first_at: int
) -> tuple[tuple[LazyPattern | None, tuple[_Kind, ...]], ...]:
    """*kinds* (each ``(kind, pattern, ...)`` with at *first_at* whether it is tried by its
    pattern first) in steps: a run of two or more kinds next to each other that are tried by their
    patterns first becomes one pattern of their patterns in order, each in a group of its own, which
    fails a line in one try or tells the first of them that matches it (:func:`_run_member`); the
    other kinds stand in steps without a pattern.  A run whose patterns hold groups of their own
    (which a group around each would renumber) or differ in flags is left as single kinds."""
    steps: list[tuple[LazyPattern | None, tuple[_Kind, ...]]] = []
    run: list[_Kind] = []

    def close() -> None:
        joined = _joined_run([member[1] for member in run]) if len(run) >= 2 else None
        if joined is not None:
            steps.append((joined, tuple(run)))
        elif run:
            steps.append((None, tuple(run)))
        run.clear()

    for item in kinds:
        if item[first_at]:
            run.append(item)
            continue
        close()
        steps.append((None, (item,)))
    close()
    return tuple(steps)


def _fewest_keys(kinds: tuple[_KindRow, ...]) -> tuple[_KindRow, ...]:
    """*kinds* (each ``(kind, pattern, keys, ...)``) with each kind's keys but those that hold
    another of its keys (``disclosures`` after ``disclosure``, ``shares`` after ``share``) or repeat
    one: a line holds one of the keys left exactly when it holds one of them all, and a line
    that holds none is searched for fewer (:meth:`BoilerplateParser.first_kind` tests every key
    of a kind on most lines of prose).  The order of the keys left is kept."""
    pruned: list[_KindRow] = []
    for kind, pattern, keys, by_digit, pattern_first in kinds:
        if keys is not None:
            unique = tuple(dict.fromkeys(keys))
            keys = tuple(key for key in unique if not any(other != key and other in key for other in unique))
        pruned.append((kind, pattern, keys, by_digit, pattern_first))
    return tuple(pruned)


def _companions_of(
    keys: tuple[str, ...] | None, given: dict[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """The companions (:attr:`BoilerplateParser.KEY_COMPANIONS`) of each of *keys* that :func:`_fewest_keys`
    keeps, from *given*: a kept key stands for every key that holds it (``shares`` for ``share``), so it has
    companions only when each of those has, all of theirs; a key with none is tried as before (mem63b)."""
    found: dict[str, tuple[str, ...]] = {}
    for key in dict.fromkeys(keys or ()):
        holding = [other for other in dict.fromkeys(keys or ()) if key in other]
        if all(other in given for other in holding):
            found[key] = tuple(dict.fromkeys(word for other in holding for word in given[other]))
    return found


def _joined_run(patterns: list[LazyPattern]) -> LazyPattern | None:
    """One pattern of *patterns* in order, each in a group of its own (:func:`_pattern_runs`), or
    ``None`` when they differ in flags, or one holds groups of its own (the joined pattern then
    has more groups than members, or fails to compile when two name a group alike) or sets a flag
    for the whole pattern: so the members need not be compiled to be joined (each is compiled
    only when it is tried alone)."""
    flags = patterns[0].flags
    if any(pattern.flags != flags for pattern in patterns):
        return None
    source = "|".join(f"(?P<{_RUN_GROUP}{i}>{p.pattern})" for i, p in enumerate(patterns))
    called = _blanks_called(source, flags)
    try:
        joined = regex.compile(called, flags)  # (the module's cache: a later parser finds it there, no compile)
    except regex.error:
        return None
    if joined.groups != len(patterns) + (called != source) or joined.flags != regex.compile("", flags).flags:
        return None
    # (a LazyPattern, equal to another of its source: a later parser's steps are then shared with
    # the first's (share_state), whether or not the regex module's cache still holds the pattern)
    run = _BlanksCalled(source, flags)
    run._compiled = joined
    return run


def _run_member(found: regex.Match[str]) -> int:
    """The index in its run of the kind whose pattern a run's pattern matched with (:func:`_pattern_runs`)."""
    return int(str(found.lastgroup)[len(_RUN_GROUP) :])


# The group a boilerplate pattern calls for each of its runs of blanks (``\s++``, between the words
# of every phrase), defined once at the pattern's end (:func:`_blanks_called`): a call is one node of
# the compiled pattern, an inline ``\s++`` three, and it splits the phrase's literal in two (a compiled
# alternation of the agencies' names is 116 KB with ``\s++`` between their words, 69 KB with calls)
_BLANKS = "_blanks"
_BLANKS_CALL = f"(?&{_BLANKS})"
_BLANKS_DEFINED = rf"(?(DEFINE)(?P<{_BLANKS}>\s++))"
# a piece of a pattern's source as _blanks_called reads it, each branch in turn
_SOURCE_PIECE = regex.compile(
    r"""
      (?P<blanks>\\s\+\+)                          # a possessive run of blanks: the piece called
    | \\.                                           # any other escape, whole: "\\s" of "\\\\s++" is no run
    | \[\^?+\]?+(?:\[:[^:\]\n]*+:\]|\\.|[^\]])*+\]    # a character class, whole ("]" first is a member; [:alpha:])
    | [^\\\[]++                                     # anything else
    | \[                                            # a "[" that closes nowhere (the source is no pattern)
    """,
    regex.VERBOSE | regex.DOTALL,
)

# flags that _blanks_called leaves a pattern alone for: verbose for the whole pattern (a comment on the
# source's last line would swallow the group defined after it), version 1 (whose nested classes it does
# not read), and ASCII or locale anywhere (the group, defined outside their scope, would read Unicode blanks)
_WHOLE_FLAGS = regex.compile(r"\(\?[a-zA-Z]*?[xV][a-zA-Z0-9]*+\)|\(\?[a-zA-Z\-]*?[aL][a-zA-Z0-9\-]*+[:)]")


def _blanks_called(source: str, flags: int) -> str:
    r"""*source* with each ``\s++`` outside a character class (in the boilerplate patterns, the
    blanks between the words of a phrase: :func:`_phrases`) a call of one group defined once at its
    end, which matches alike (a call compiles to about a third of the memory of the run it stands
    for); *source* itself when it holds none, names that group already, or sets the verbose or
    version 1 flags for the whole pattern or the ASCII or locale ones anywhere (:data:`_WHOLE_FLAGS`).
    The group captures nothing, and adds one to the pattern's ``groups``.

    >>> print(_blanks_called(r"can\s++be\s++reached|[\s++]", 0))
    can(?&_blanks)be(?&_blanks)reached|[\s++](?(DEFINE)(?P<_blanks>\s++))
    """
    skip = regex.VERSION1 | regex.VERBOSE | regex.ASCII | regex.LOCALE
    if r"\s++" not in source or _BLANKS in source or flags & skip or _WHOLE_FLAGS.search(source):
        return source
    called = _SOURCE_PIECE.sub(lambda piece: _BLANKS_CALL if piece.group("blanks") else piece.group(), source)
    return called + _BLANKS_DEFINED if called != source else source


class _BlanksCalled(LazyPattern):
    """A :class:`LazyPattern` compiled from its source with its runs of blanks called (:func:`_blanks_called`)."""

    __slots__ = ()

    def source(self) -> str:
        return _blanks_called(self.pattern, self.flags)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_BlanksCalled, (self.pattern, self.flags))


def _phrases(words: tuple[str, ...]) -> str:
    """An alternation of *words* (longest first, each escaped) whose spaces match any run of blanks,
    for a verbose pattern: ``can be reached`` matches ``can  be reached``."""
    return alternation(words).replace("\\ ", r"\s++")


def _optional_words(words: tuple[str, ...]) -> str:
    r"""Each of *words* in order, each maybe there with blanks after it: ``("to", "this")`` gives
    ``(?:to\s++)?(?:this\s++)?`` (``contributed to this report``, ``contributed reporting``)."""
    return "".join(rf"(?:{_phrases((w,))}\s++)?" for w in words if w)


def _maybe_one(words: tuple[str, ...]) -> str:
    r"""One of *words* maybe there, with blanks after it: ``("a", "an")`` gives ``(?:(?:an|a)\s++)?+``."""
    return rf"(?:(?:{_phrases(words)})\s++)?+" if any(words) else ""


def _fold(text: str) -> str:
    """*text* case-folded for a substring test of keys: ``"İ"`` folds to ``"i"`` and a combining
    dot, and the patterns read it as ``"i"``, so the dot is left out; any run of white space is one
    space, so that a key of two words stands as the patterns' ``\\s++`` reads it (merge58)."""
    folded = text.casefold()
    if "\u0307" in folded:
        folded = folded.replace("\u0307", "")
    if "  " in folded or not folded.isascii() or "\t" in folded:
        folded = " ".join(folded.split())  # (a key of two words as the patterns read them: "views\u00a0 expressed"; merge58)
    return folded


# a call to join or follow an outlet's channel on a network, and what it offers: "Join ST's Telegram channel and
# get the latest breaking news delivered to you." (fixT55b); a comma after the channel ("Join the Telegram
# channel, the leader urged ...") is a story's sentence, and so is a clause set off by a comma or a semicolon
# after the offer ("Follow the WhatsApp channel for updates, officials urged residents.": fixR55)
_JOIN_CHANNEL = r"""(?:join|follow)\s++(?:[\p{L}\p{N}'’.&\-]++\s++){0,3}?
    (?:telegram|whatsapp|viber|signal|youtube|facebook|instagram|tiktok|google\s++news|twitter|threads|bluesky|linkedin)
    \s++(?:channel|group|page|community|account|feed)s?+
    (?:\s++(?:and|for|to)\s[^,;]{0,150}+|\s*+[.!:]?+)"""
# a channel's call whose offer is a list, each item after the first of one or two words, the last after
# "and" or "or": "Follow us on our Telegram channel for the latest news, videos and photos." (lay56;
# BoilerplateParser.is_channel_list: no clause after a comma, "..., the charity said, and ...", is one)
_LIST_WORD = r"(?!(?:and|or)\s)[\p{L}\p{N}'’\-]++"
_CHANNEL_LIST = rf"""(?:join|follow)\s++(?:[\p{{L}}\p{{N}}'’.&\-]++\s++){{0,3}}?
    (?:telegram|whatsapp|viber|signal|youtube|facebook|instagram|tiktok|google\s++news|twitter|threads|bluesky|linkedin)
    \s++(?:channel|group|page|community|account|feed)s?+
    \s++(?:for|to)\s[^,;.!?]{{1,150}}+
    (?:,\s++{_LIST_WORD}(?:\s++{_LIST_WORD})?+){{1,8}}+
    ,?+\s++(?:and|or)\s++{_LIST_WORD}(?:\s++{_LIST_WORD}){{0,2}}+\s*+[.!]?+"""
# an agency's reports credited after the story: "— With reports from Jun Reyes, GMA News", "— With files from Jane
# Roe in Ottawa" (fixT56b), "— With a report from PNA" (fixT57a) (after a dash, anything
# after "from"; with no dash, names in capitals and commas only) (fixT55b)
_REPORTS_FROM = r"""[—–\-]\s*+with\s++(?:additional\s++|a\s++)?+(?:reports?|files)\s++from\s++(?-i:\p{Lu}).{0,150}
    | with\s++(?:additional\s++|a\s++)?+(?:reports?|files)\s++from\s++(?-i:\p{Lu})[\p{L}\p{M}.&'’\-]*+
      (?:(?:\s*+,\s*+|\s++(?:and\s++)?+)(?-i:\p{Lu})[\p{L}\p{M}.&'’\-]*+){0,8}+\.?+"""
# where a column first ran, the outlet and the date alone: "Published in Dawn, October 15th, 2025" (fixT55b)
_PUBLISHED_IN = r"""(?:first\s++|originally\s++)?+published\s++in\s++(?-i:\p{Lu})[\p{L}\p{M}.&'’\-]*+
    (?:\s++(?-i:\p{Lu})[\p{L}\p{M}.&'’\-]*+){0,4}+\s*+,\s*+
    (?:(?-i:\p{Lu})\p{L}++\.?+\s++\d{1,2}(?:st|nd|rd|th)?+|\d{1,2}(?:st|nd|rd|th)?+\s++(?-i:\p{Lu})\p{L}++)
    ,?+\s++\d{4}\.?+"""


# a printed page's running head (mendLT69): the paper's name, capitalised words up to six and none of them
# "Page", and the page's counter ("Page 2 of 5")
_RUNNING_HEAD_WORD = r"(?!page\s)(?-i:\p{Lu})[\p{L}\p{M}&'’.\-]*+"
_RUNNING_HEAD_NAME = rf"{_RUNNING_HEAD_WORD}(?:[ \t]++{_RUNNING_HEAD_WORD}){{0,5}}+"
_PAGE_COUNTER = r"page[ \t]++\d{1,4}+(?:[ \t]++of[ \t]++\d{1,4}+)?+"


class BoilerplateParser:
    """Classifies a line as boilerplate of some kind, by :attr:`PATTERNS`.

    Each kind maps to patterns (verbose, case-insensitive) that must match the whole line.  Add a
    site's own debris by extending the mapping on a subclass::

        class MySiteBoilerplate(BoilerplateParser):
            PATTERNS = {**BoilerplateParser.PATTERNS, "promo": (r"Download\\ our\\ app.{0,200}",)}

    A line of running prose is tried only against :attr:`PROSE_PATTERNS`.
    """

    #: Patterns per kind, tried in order on a line that is not running prose.
    PATTERNS: ClassVar[dict[str, tuple[str, ...]]] = {
        K.SHARE.value: _x(
            r"""(?:share(?:\s++(?:this\s++)?+(?:on|via|article|story|page|post|link|this))?+|tweet|facebook|twitter|x
                  |(?-i:LINE)                                   # the messenger, its name in capitals (mendL64)
                  |email|e-mail|whatsapp|linkedin|reddit|pinterest|telegram|print|copy\s++link|copy\s++url|comments?
                  |\d++\s++comments?|messenger|flipboard|save|gift\s++(?:this\s++)?article
                  |read\s++later|save\s++(?:for\s++later|(?:this\s++)?+(?:article|story))  # a button that keeps the page
                  |listen(?:\s++to\s++(?:this\s++)?article)?+)
                # more buttons in a row, maybe separated ("Share on Facebook  Share via Email")
                (?:\s*+[|·•/,]?\s*+(?:share(?:\s++(?:on|via))?+|tweet|facebook|twitter|x|(?-i:LINE)|email|e-mail|whatsapp|linkedin|reddit|pinterest
                  |telegram|print|copy\s++link|comments?|messenger|flipboard|save)){0,12}""",
            # "Follow us on Twitter", "Follow Jane Roe on X: @janeroe"
            rf"follow\s.{{0,100}}?\bon\s++{_PLATFORM}\b.{{0,100}}",  # (any network: "Follow us on WhatsApp."; layT61)
            # a comment section's prompt with the share buttons: "Share or comment on this article:" (fixT55b)
            r"share\s++(?:or|and)\s++comment(?:\s++on\s++(?:this\s++)?+(?:article|story|post|page))?+\W*+",
            _JOIN_CHANNEL,
            # a comment form's heading and notice: "Leave a Reply", "Your email address will not be published."
            r"""(?:leave|post|add|write)\s++a\s++(?:reply|comment)\W*+|cancel\s++reply\W*+
              | your\s++e-?mail\s++address\s++will\s++not\s++be\s++published\b.{0,120}""",
            # the buttons of a comment section: "View Comments", "Leave Comments", "Show all 12 comments"
            r"(?:view|show|read|see|leave|post|add|load)\s++(?:all\s++|the\s++)?+(?:\d++\s++)?+comments?\W*+",
            # the counter of a row of share buttons: "197 Shares", "1.2K shares"
            r"\d{1,3}+(?:[.,]\d{1,3}+)*+(?:\s*+[km])?+\s++shares?\W*+",
            # a copy-link button's confirmation, capitalised: "Copied!", "Link copied", "URL is copied.",
            # "Copy Link Copied" ("... the letter was / copied." is a wrapped sentence's end)
            r"""(?-i:(?:Copy\s++[Ll]ink\s++)?+(?:(?:Link|URL)\s++(?:is\s++|has\s++been\s++)?+[Cc]opied|Copied|COPIED))
                (?:\s++to\s++(?:the\s++)?+clipboard)?+[!.]?+""",
            # a comment section's prompt, on a line of its own: "Have your say", "Have your say. Give us feedback."
            r"(?:have\s++your\s++say|give\s++us\s++(?:your\s++)?+feedback)(?:\W*+(?:give\s++us\s++(?:your\s++)?+feedback))?+\W*+",
            # the same prompt as the reader's turn: "Tell us what you think...", "Tell us what YOU think!"
            r"tell\s++us\s++what\s++you\s++think\W*+",
            # the comment section's heading, on a line of its own: "Join the conversation" (mendLD69)
            # ("Want to join the conversation?" too, debris71)
            r"(?:want\s++to\s++)?+join\s++the\s++(?:conversation|discussion|debate)\W*+",
            # the label over a row of the site's network icons, alone on its line: "Follow us", "Follow Us:"
            r"follow\s++us(?:\s++on)?+\W*+",
            _LIKED_STORY,
            # a blog's like button and its loading notice, each alone on its line: "Like this:", "Like Loading..." (mendL64)
            r"like\s++(?:this\s*+:|loading(?:\.{1,3}+|…)?+)",
            # a comment section shut: "Comments are closed", "Comments have been disabled"
            r"comments\s++(?:are|have\s++been)\s++(?:closed|disabled|turned\s++off)\W*+",
            _COMMENT_RULES,
            # a player's embed box: "Copy/paste the article video embed link below:", "Copy the embed code" (mendLT67)
            _EMBED_PROMPT,
            _COMMENT_GATE,  # "Please log in or register to comment on this article." (debris71)
            _FOLLOW_TOPICS,  # "Click the alert icon to follow topics:" (debris71)
        ),
        K.RELATED.value: _x(
            # a heading over a list of links, maybe with the first link after a separator
            r"""(?:related(?:\s++(?:articles?|stories|coverage|content|news|links?|topics))?+
                  |recommended(?:\s++for\s++you)?+
                  |most\s++(?:popular|read|viewed)(?:\s++(?:videos?|today|in\s++[^.!?:]{1,40}))?+  # "Most read in world news"
                  |popular\s++(?:stories|articles|posts|now|today)
                  |trending(?:\s++(?:now|news|stories))?+|you\s++may\s++also\s++like|further\s++reading|watch
                  |watch\s++more|top\s++stories|latest\s++news|back\s++to\s++gallery|more\s++(?:from|on|about)\s++[^.:]{1,60}
                  |explore\s++(?:more|further)(?:\s++on\s++(?:these|this)\s++topics?)?+
                  |more\s++(?:[\p{L}&'’\-]++\s++){0,3}?(?:stories|articles|videos|reads)  # "More Great Tech Stories"
                  |next\s++up(?:\s++(?:in|on)\s++[^.!?:]{1,40})?+)                     # "Next Up In Tech"
                [.…]*+                                                    # "You may also like..."
                (?:\s*+[:>»|\-–—].{0,200}|\s++from\s++[^.!?]{1,80})?""",  # "Related coverage from ..."
            # "Read more: ...", "See also ...", "Click here to ..."; a link to the rest of the story:
            # "Continue reading", "Keep reading"
            r"""(?:[*•▪►]\s*+)?+  # a list's bullet before it: "* ALSO READ | ..." (mendLT70)
                (?:read\s++more|see\s++also|also\s++read|read\s++also|more\s++on\s++this\s++story
                  |(?:continue|keep)\s++reading(?:\s++(?:the\s++(?:main\s++)?+(?:story|article)|below))?+)
                (?:\s*+[:>»|\-–—].{0,200}|\s++(?:about|on|at|from|here|in|with)\b.{0,200})?  # "Read more with ..." (mendL64)
              | click\s++here(?:\s++(?:to|for)\b.{0,200})?
              | read\s++(?:the\s++)?+(?:full\s++)?+(?:story|article)[\s.:»>→›]*+  # a button alone: "Read the full story"
              """,
            # a link to the rest of the story in the packs' languages, alone on its line (lay56): "Sigue
            # leyendo", "Seguí leyendo", "Lire la suite", "Weiterlesen", "Continua a leggere", "Continuar lendo"
            r"""(?:(?:sigue|segu[ií]|siga|seguir|contin[uú]a|continuar)\s++leyendo|lire\s++la\s++suite|weiterlesen
                  |continua\s++a\s++leggere|continu(?:ar|e)\s++lendo)[\s.…:»>→›]*+""",
            # a heading alone over the next story's link: "Read Next", "What to Read Next" (mendLT67; not "UP NEXT",
            # a game story's subhead; "Read next:" and a title is read with its quotation marks, above)
            r"(?:what\s++to\s++)?+read\s++next[\s.…:»>→›]*+",
            # a bare label over links, maybe with the first link after it: "More:", "Also: Our guide to ..."
            r"(?:more|also)\s*+:(?:\s*+[^.!?]{1,200})?",
            # a link to another story after "READ:" in capitals or title case: "READ: Senate panel to ..." (fixT55b)
            r"(?-i:READ|Read)\s*+:\s*+(?-i:\p{Lu})[^.!?]{1,200}",
            # a label and a list: "Tags: MacBook Pro, Apple"
            r"""(?:tags?|topics?|keywords?|filed\s++(?:under|to)|related\s++(?:roundup|topics?)|categories|category
                  |buyer['’]s\s++guide)\s*+:(?:[^.!?]{0,200}+|(?:(?!\s(?:and|or)\s)[^.!?]){1,200}+\.)  # (a full stop closing a
                  # list of tags, no "and" in it: "Tags: Fishing, Squid."; "Keywords: X, Y and Z." is a sentence)
              | (?:tags|topics|keywords)               # the label alone, its links on the lines under it
            """,
        ),
        K.COPYRIGHT.value: _x(
            r"(?:©|ⓒ|\(c\)|copyright\s*+(?:©|ⓒ|\(c\)|\d{4}|by\b|of\b)|all\s++rights\s++reserved).{0,300}",  # (ⓒ: a circled c)
            r".{0,200}\ball\s++rights\s++reserved\.?",
            _RIGHTS_NOTICE,
            _UNDER_COPYRIGHT,
            # "Copyright" and an owner's name in capitals or title case, a full stop closing the line:
            # "Copyright PUNCH.", "Copyright Harbour Media Ltd." (fixT56b; a heading has no full stop)
            r"copyright\s++(?-i:\p{Lu})[\p{L}\p{M}&'’\-]*+(?:\s++(?-i:\p{Lu})[\p{L}\p{M}&'’\-]*+){0,3}+\s*+\.",
        ),
        K.PRESS_RELEASE.value: _x(
            r"""for\s++immediate\s++release\W*+
              | (?:news|press|media)\s++release\W*+           # the label alone: "NEWS RELEASE"
              | (?:news|content|release)\s++provided\s++by\W*+  # the issuer's label over its name: "NEWS PROVIDED BY"
              | contact\s*+:|contacts\s*+:?+                   # a contact block's heading alone: "Contact:", "Contacts"
                                                              # ("Contact" alone is a site's link)
              | (?:media|press|investor)\s++(?:contacts?|enquiries|inquiries)\s*+:?.{0,120}""",
            # the wire's sign at the end: "SOURCE Acme Robotics"
            r"""(?-i:SOURCE)\s++(?-i:\p{Lu})[^!?]{0,80}""",  # ("SOURCE Acme Corp.": a company's full stop)
        ),
        K.OTHER.value: _x(
            _STANDARDS,
            # the heading over a description of the company or the author: "About Acme Robotics"
            r"""about\s++(?-i:\p{Lu}[\p{L}\p{N}.&'’\-]*+)(?:\s++(?:(?-i:\p{Lu}[\p{L}\p{N}.&'’\-]*+)|of|and|&|the)){0,5}\s*+:?""",
            # a contact line that is nothing but an e-mail address or a telephone number
            r"""(?:e-?mail|tel|phone|mobile|m|t)?+\.?+\s*+:?\s*+[\w.+\-]++@[\w\-]++(?:\.[\w\-]++)++
              | (?:tel|phone|mobile|m|t)?+\.?+\s*+:?\s*+\+?+\(?\d{1,4}\)?(?:[\s.\-]\(?\d{2,4}\)?){2,4}""",
            # where the reporter writes from, a note under the byline: "Reporting from Elkhart, Ind."
            r"""reporting\s++from\s++(?-i:\p{Lu})[\p{L}\p{M}.'’\-]*+
                (?:,?\s++(?:and\s++)?(?-i:\p{Lu})[\p{L}\p{M}.'’\-]*+){0,5}""",
            # a reading time: "5 min read", "Reading time: 4 minutes"
            r"""reading\s++time\s*+:?\s*+\d{1,3}+[\s\-]*+(?:min|mins|minutes?)\.?+
              | \d{1,3}+[\s\-]*+(?:min|mins|minute)\.?+\s++read""",
            # a separator line, one mark repeated and nothing else: "___", "* * *", "-----", "====="
            r"""_{3,}+|={3,}+|~{3,}+|-{3,}+|–{3,}+|—{2,}+|\*(?:\s*+\*){2,}+|•(?:\s*+•){2,}+""",
            # a wire's slug over its story, as the AP files it: "BC-" and words joined by dashes, no space
            # ("BC-EU--Spain-Floods", "BC-Budget-Vote"), maybe the version after a comma ("BC-EU--Spain-Floods,1st
            # Ld-Writethru", "BC-US--Budget-Vote,0500")
            r"""(?-i:BC-[\p{L}\d]++(?:--?+[\p{L}\d]++)*+(?:,[\p{L}\d]++(?:[ \-][\p{L}\d]++){0,3}+)*+)""",
            # a printed page's running head, the paper's name and the page's counter, as a PDF's copy repeats
            # it on every page: "THE RIVERSIDE GAZETTE    Page 2 of 5", "Page 3 | The Daily Ledger", "Page 4"
            # (mendLT69; the name capitalised words, up to six)
            rf"""(?:{_RUNNING_HEAD_NAME}[ \t]*+(?:[|·•,\-–—][ \t]*+)?+)?+{_PAGE_COUNTER}
              | {_PAGE_COUNTER}[ \t]*+(?:[|·•,\-–—][ \t]*+)?+{_RUNNING_HEAD_NAME}""",
        ),
        K.SIGN_OFF.value: _x(
            # "(Reporting by Jane Roe in Oslo; Editing by Tom Poe)": names, places, no prose
            _REPORTING_BY,
            # where the story first ran, the outlet alone: "Originally published on Live Science.", "First
            # appeared in The Conversation." (not a date, "First published on 5 March ...", a stamp's)
            _FIRST_RAN_IN,
            # the end marks of wire copy (a black square or a hash alone too: "■", "■■", "#")
            r"reuter|reuters|more|ends|end|end\s*+item|\#\#\#|\#|■{1,3}+|-30-|\(end\)|\[end\]|xinhua|--\s*+\w+",
            # "Editor: Jane Roe", "Source: Reuters", "Translator: Aji Cakti" (mendL68b): a label and a name,
            # not a sentence
            r"""(?:editor|editors|edited\s++by|reporter|writer|source|translator|translated\s++by)
                \s*+:\s*+(?-i:[\p{Lu}\d])[\p{L} .,'’\-/&]{0,80}""",
            r"\[?\(?(?:\w++\s++){0,2}(?:contact|e-?mail)\s*+(?:us|the\s++author|the\s++reporter)?\s*+(?:at|:).{0,120}",
            _WIRE_CREDITS,
            _REPORTS_FROM,
            _PUBLISHED_IN,
            _IN_PRINT,  # "A version of this article appears in print on Dec. 3, 2026, Section A, Page 12 ..." (fixL69)
            _WRITE_TO,  # "Write to Jane Roe at jroe@example.com" (mendLT70)
            _PRINT_EDITION,  # "Appeared in the February 25, 2026, print edition as '...'." (mendLT70)
        ),
        K.EDITORS_NOTE.value: _x(
            r"editor['’]?s['’]?\s++note\s*+[:\-–—].{0,2000}",
            # a correction notice: "Correction: An earlier version ...", "CLARIFICATION - This story ...", the
            # label alone; a capital after it ("Corrections: Inside the state's prisons" heads a feature, and
            # "Corrections-related spending", "Clarification - what the rules mean -" are a story's)
            r"(?:correction|clarification)(?:\s*+:|\s++[\-–—])(?:\s*+(?-i:\p{Lu}).{0,2000})?+",
            # the same with the day of the change in brackets, or the whole note in square brackets:
            # "Correction (Nov. 4, 2026): An earlier version ...", "[Correction: An earlier version ...]"
            r"""(?:correction|clarification)\s*+\([^()\n]{1,40}+\)\s*+[:\-–—]\s*+(?-i:\p{Lu}).{0,2000}
              | \[\s*+(?:editor['’]?s['’]?\s++note|correction|clarification)\s*+[:\-–—]\s*+(?-i:\p{Lu})[^\]\n]{0,2000}+\]""",
            # a wire's note on what a new version of the story changes, the whole line in brackets: "(Updates
            # with analyst comment in fifth paragraph.)", "(Adds minister's comment in paragraphs 4-5)" (fixT60)
            # (no "said" in it, no "and" nor a preposition nor a verb right after the verb: "(Adds to the pressure,
            # analysts said.)", "(Updates to the timetable will be posted online.)" are a story's, mend60b; a verb
            # further in is the note's own, "(Updates with company saying it has no plans to sell)", a reread of round 60)
            r"""\(\s*+(?:updates|adds|recasts|rewrites)\b
                (?!\s++(?:and|or|to|of|on|for|from|are|were|will|would|have|has|is)\b)
                (?:(?!\bsaid\b)[^()\n]){0,160}+\)""",
            # an apology for the error: "The Herald regrets the error.", "We apologise for the error."
            r"""(?:we|the\s++(?-i:\p{Lu})[\p{L}\p{M}.'’\-]*+(?:\s++(?-i:\p{Lu})[\p{L}\p{M}.'’\-]*+){0,3}+)\s++
                (?:regrets?|apologi[sz]e)\s++(?:for\s++)?the\s++errors?\.?+""",
            _UPDATE_NOTICE,  # "This article has been updated." (mendLT70)
        ),
        K.DISCLAIMER.value: _x(
            r"""(?:the\s++)?(?:views?|opinions?)(?:\s++and\s++opinions?)?\s++expressed
                \s++(?:in|on|here|herein|within
                     |by\s++(?:the\s++)?(?:\p{Lu}\S*+\s++){0,3}(?:authors?|writers?|contributors?|columnists?|guests?|bloggers?))\b
                .{0,120}?
                \b(?:are\s++(?:solely\s++)?(?:those|the\s++author|(?:their|his|her|my)\s++own)
                   |(?:do|does)\s++not\s++(?:necessarily\s++)?reflect)\b.{0,200}""",
            # with no place named: "The views expressed are the author's own." (fixT56b; "The views expressed do
            # not reflect ..." may be a story's, and stays prose)
            r"""(?:the\s++)?(?:views?|opinions?)(?:\s++and\s++opinions?)?\s++expressed\s++(?:here\s++)?+(?:are|is)
                \s++(?:solely\s++|entirely\s++)?+(?:the\s++(?:authors?|writers?|columnists?)['’]s?+|(?:their|his|her|my))\s++own\b
                (?:(?!\b(?:said|says|told|according)\b)[^"“”\n]){0,200}""",
            r"this\s++(?:article|story|post)\s++(?:contains|may\s++contain)\s++affiliate\s++links.{0,200}",
            r"disclaimer\s*+:.{0,500}",  # a label that opens the line: "Disclaimer: This story ..."
            # a company's caution about its forecasts: the heading ("Forward-Looking Statements", "Cautionary Note
            # Regarding Forward-Looking Statements") and the paragraph ("This press release contains forward-looking
            # statements ...", "Statements in this release that are not historical facts are forward-looking ...")
            r"""(?:cautionary\s++(?:note|statement|language)\s++(?:regarding|concerning|about|on)\s++)?+
                forward[\-\s]looking\s++(?:statements?+|information)\W*+""",
            r"""(?:this|the)\s++(?:(?:press|news)\s++)?+(?:release|announcement|document|communication)\s++
                (?:contains|includes|may\s++contain)\s++(?:certain\s++)?+["“]?+forward[\-\s]looking\b.{0,3000}
              | (?:certain\s++)?+statements\s++(?:made\s++)?+in\s++this\s++(?:(?:press|news)\s++)?+release\b.{0,200}?
                \bforward[\-\s]looking\b.{0,3000}""",
            _SITE_TERMS,  # "Use of this site constitutes acceptance of our Terms of Use"
            _UNEDITED_FEED,
            _FUNDING_DISCLOSURE,  # "Jane Roe receives funding from the Australian Research Council." (mendLT67)
        ),
        K.SUBSCRIBE.value: _x(
            r"""(?:subscribe|sign\s++up|sign\s++in|log\s++in|newsletter|get\s++the\s++\w++\s++newsletter
                  |join\s++(?:us|now)|become\s++a\s++member|support\s++our\s++journalism)\b
                (?:\s*+[:!.|]?\s*+(?:to|for|now|today|here|free|with|and|or|sign|log|subscribe|newsletter)\b.{0,150})?+\W*+""",
            r"register(?:\s++(?:now|here|for\s++free|today))?+\W*+",
            # a newsletter's own footer, its "Unsubscribe" button after it (fixT58)
            _RECEIVING_BECAUSE,
            # a newsletter box's field and a paywall's label: "Enter your email", "Subscribers only"
            r"""enter\s++your\s++e-?mail(?:\s++address)?+\W*+|(?:for\s++)?subscribers\s++only\W*+""",
            # a promo's heading: "Breaking News Emails", "News Alerts", "Email Alerts"; no other word
            # before it ("Phishing email alerts", "Fake news emails" head a story's section)
            r"""(?:breaking\s++)?+(?:news|e-?mail)\s++(?:alerts?|e-?mails?)""",
            # a button that asks the reader to subscribe or give: "Click to subscribe!", "Tap here to donate"
            r"""(?:click|tap)\s++(?:here\s++)?+to\s++(?:subscribe|sign\s++up|join|support|donate|register)\b[^.!?,\n]{0,60}+\W*+""",
            r"""(?:see\s++all\s++newsletters|(?-i:(?:\S++\s++){0,3}Newsletters?)
                  |i\s++agree\s++that\b.{0,120}\bnewsletter.{0,80}|please\s++check\s++the\s++opt-in\b.{0,150})""",
            _DONT_MISS,  # "Don't miss out on the latest news" (mendLT67)
            _SUBSCRIBE_PRODUCT,  # "Subscribe to Harbour Premium for unlimited access." (mendLT70)
            _SIGNED_UP,  # "You're all signed up!" (mendLT70)
            _PAYWALL,  # "You have 62% of this article left to read." (debris71)
            _SUPPORT_US,  # "Please support us." (debris71)
        ),
        K.ADVERTISEMENT.value: _x(
            r"""advertisement|advertising|adverts?+|sponsored(?:\s++(?:content|advert|post|story|links?))?+|ad|promoted
                |advertise\s++with\s++  # a call to advertise: "Advertise with NZME.", "Advertise with us"
                  (?:us|[\p{Lu}\p{N}][\p{L}\p{N}&'’\-]*+(?:\s++[\p{Lu}\p{N}][\p{L}\p{N}&'’\-]*+){0,2}+)\W*+
                |supported\s++by(?:\s++\S.{0,60})?   # a sponsor's label over a headline
                |story\s++continues\s++below.{0,40}""",
        ),
        K.NAVIGATION.value: _x(
            r"home|menu|close|search|skip\s++to\s++(?:main\s++)?(?:content|navigation)|caption|expand|next|previous|prev",
            r"accessibility\s++(?:links|help)",  # a screen reader's links over the page: "Accessibility links"
            # a picture's buttons over or under its caption: "Enlarge this image", "toggle caption"
            r"enlarge\s++(?:this\s++)?+(?:image|photo|picture)|(?:toggle|hide|show)\s++caption",
            r"""featured\s++videos?+(?:\s++of\s++the\s++day)?+\W*+""",  # a player's label: "Featured Video Of The Day" (fixT58)
            r"""(?:(?:image|photo|picture|slide)\s++)?+\d++\s++of\s++/?\s*+\d++  # a gallery's counter: "Image 3 of 12", "1 of 6"
                |view\s++(?:all\s++)?+\d++\s++(?:images|photos|pictures)  # a gallery's button: "View 3 Images"
                |(?:(?:image|photo|picture|slide)\s++)?+\d++\s*+/\s*+\d++  # "3/12", "Photo 3/12"
                |\.\.\.|…|google\+|blogger|loading\.*+
                |\d{1,2}+:\d{2}+:\d{2}+    # a video player's length, "00:01:49"
                |videos?+|photos  # the label of a player or of its pictures alone on its line
            """,
            # a page's buttons: "Show more", "Load more.", "See all", "Skip advertisement", "Click here"
            r"(?:show|load|see|view)\s++(?:more|less|all)(?:\s*+\(\d{1,6}+\))?+\W*+|skip\s++(?:advertisement|ad)\W*+|click\s++here\W*+",
            # a live blog's labels over its summary and its entries: "Key points", "Show key events only"
            r"key\s++(?:points|events|moments)|show\s++key\s++events(?:\s++only)?+|(?:latest|live)\s++(?:updates|posts)",
            _PLAYER_NOTICE,
        ),
    }
    #: Patterns per kind tried on a line of running prose: sentences that are boilerplate whole.
    PROSE_PATTERNS: ClassVar[dict[str, tuple[str, ...]]] = {
        K.COPYRIGHT.value: _x(
            r"(?:©|ⓒ|\(c\)|copyright\s*+(?:©|ⓒ|\(c\)|\d{4})).{0,300}",  # "© 2025 Harbour Media. All rights reserved."
            # the phrase, then a rights notice: "All rights reserved. This material ... may not be reproduced ..." (fixT56b)
            rf"all\s++rights\s++reserved\s*+[.;]\s++{_RIGHTS_NOTICE}",
            r".{0,200}\ball\s++rights\s++reserved\.?",  # the phrase ends the line
            _RIGHTS_NOTICE,  # "This material may not be published, broadcast, rewritten or redistributed."
            _UNDER_COPYRIGHT,  # "This document is subject to copyright. No part may be reproduced ..."
        ),
        K.SIGN_OFF.value: _x(
            _REPORTING_BY,
            # "This story was first published by ...", "This report by Jane Roe first appeared in ..."
            r"""this\s++(?:report|story|article|piece)\s++(?:by\s++[^.]{1,80}?\s++)?(?:was\s++|is\s++)?
                (?:first\s++|originally\s++)?(?:co-?)?+(?:published|appeared|produced)\b.{0,200}""",  # (and
            # "This story was co-published with The Texas Tribune.": mendLT67)
            # "This article is part of a partnership with CalMatters, ...", "This story is part of a reporting
            # collaboration between ..." (the piece itself the subject; mendR67l)
            r"""this\s++(?:report|story|article|piece)\s++(?:is|was)\s++(?:produced\s++as\s++)?+part\s++of\s++
                (?:a|an|our)\s++(?:[\p{L}\-]++\s++){0,2}?(?:partnership|collaboration)\s++(?:with|between)\b.{0,200}""",
            # the same with no subject, naming the outlet alone: "Originally published on Live Science."
            _FIRST_RAN_IN,
            _WIRE_CREDITS,  # "--With assistance from Jane Roe.", "To contact the reporter on this story:"
            _REPORTS_FROM,  # "— With reports from Jun Reyes, GMA News"
            _PUBLISHED_IN,  # "Published in Dawn, October 15th, 2025"
            _IN_PRINT,  # "A version of this article appears in print on ..., Section A, Page 12 ..." (fixL69)
            _WRITE_TO,  # "Write to Jane Roe at jroe@example.com." (mendLT70)
            _PRINT_EDITION,  # "Appeared in the February 25, 2026, print edition as '...'." (mendLT70)
        ),
        K.EDITORS_NOTE.value: (
            *PATTERNS[K.EDITORS_NOTE.value],
            # "This interview has been edited for length and clarity.": how the text was edited
            *_x(r"""this\s++(?:interview|conversation|transcript|q\s*+&\s*+a|discussion|exchange)\s++(?:has\s++been|was)
                    \s++(?:lightly\s++|slightly\s++)?(?:edited|condensed)\b.{0,160}"""),
            # a correction in a sentence of its own: "An earlier version of this article misstated ...", "This
            # story was amended on 5 March 2025 to correct ...", "This article has been updated to clarify ..."
            *_x(r"""(?:an?\s++|the\s++)?(?:earlier|previous)\s++version\s++of\s++this\s++(?:article|story|report|post|piece)\b.{0,400}
                  | this\s++(?:article|story|report|post|piece)\s++(?:was|has\s++been)
                    \s++(?:amended|corrected|updated|changed|revised)
                    \b.{0,60}?\b(?:to\s++(?:correct|clarify|reflect|remove|include|add|note|show)|because\s++an?\s++(?:earlier|previous))\b
                    (?:(?!\b(?:said|says|heard|according)\b).){0,400}
                  # the day of the change, then what the earlier version said: "This article was amended on 4
                  # November 2026. An earlier version said 50 MPs had signed the letter."
                  | this\s++(?:article|story|report|post|piece)\s++(?:was|has\s++been)
                    \s++(?:amended|corrected|updated|changed|revised)\s++on\s++[^.!?\n]{3,40}+[.]
                    \s++(?:an?|the)\s++(?:earlier|previous)\s++version\b.{0,400}
                  # a newspaper's correction of its own piece: "An article on Monday about ... misstated the year ..."
                  | an?\s++(?:article|report|story|picture\s++caption|caption|headline|graphic|chart|map)
                    \s++on\s++(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s++(?:about|with|accompanying)\s
                    (?:(?!\b(?:said|says|say|claimed|found|finds|reported|according)\b).){0,300}?
                    \b(?:misstated|misidentified|misspelled|misquoted|misattributed|incorrectly|erroneously)\b
                    (?:(?!\b(?:said|says|say|found|finds|reported|according)\b).){0,400}"""),
        ),
        K.DISCLAIMER.value: PATTERNS[K.DISCLAIMER.value],
        K.OTHER.value: _x(_STANDARDS),
        K.SUBSCRIBE.value: _x(
            # a call to action about the site's own newsletter or account
            r"""(?:subscribe|sign\s++up|register|join|get|please|click|don['’]t\s++miss|never\s++miss|enter\s++your)\b
                .{0,200}?\b(?:our|newsletters?|inbox|opt-in|subscription|e-?mail\s++address)\b.{0,200}""",
            # "Get breaking news alerts and special reports. ...": alerts offered to the reader
            # (news or e-mail alerts: "Get alerts from the county by texting ..." is a story's sentence)
            r"""get\s++(?:breaking\s++)?+(?:news|e-?mail)\s++(?:e-?mail\s++)?+alerts\b.{0,200}""",
            # a promo of up to two short sentences that closes on a call to click and subscribe, give or
            # sign up: "Do you rely on our reporting? Click here to support it.", "... politics. Click to
            # subscribe!" (each sentence before it short; "Click here to see how the floods hit." is a story's link)
            r"""(?:[^.!?\n]{1,140}+[.!?]\s++){0,2}?(?:click|tap)\s++(?:here\s++)?+to\s++
                (?:subscribe|sign\s++up|join|support|donate|register)\b[^.!?,\n]{0,80}+[.!]?+""",
            # a short question over a call to join a newsletter: "Want more deals? Join our Deals Newsletter."
            r"""[^.!?\n]{1,60}+\?\s++(?:subscribe|sign\s++up|join)\b[^.!?\n]{0,80}?\bnewsletters?\b[^.!?\n]{0,80}+[.!]?+""",
            # a newsletter box: "Get the latest news delivered daily!", "By signing up, you agree to our Terms ..."
            r"""get\s++the\s++latest\s++(?:\w++\s++){0,3}?delivered\b.{0,80}
              | by\s++(?:signing\s++up|subscribing|registering)\b.{0,40}?\byou\s++agree\b.{0,200}""",
            _UNSUBSCRIBE,  # "No spam. You can unsubscribe at any time."
            # a newsletter's own footer: "You are receiving this email because you signed up to ... Unsubscribe" (fixT58)
            _RECEIVING_BECAUSE,
            # a newsletter box's consent: 'I agree that Acme can send me the "Morning" newsletter.'
            r"""i\s++(?:would\s++like\s++to\s++subscribe|agree\s++that)\b.{0,200}?\bnewsletters?\b.{0,300}""",
            # a newsletter's closing call: "Thanks for reading The Weekly Ledger! Subscribe for free to receive new
            # posts and support my work.", "Subscribe now to get new posts." (thanks, then a call to subscribe)
            r"""(?:thanks|thank\s++you)\s++for\s++reading\b[^.!?\n]{0,80}+[.!]\s++(?:subscribe|sign\s++up)\b[^\n]{0,200}+
              | subscribe\s++(?:for\s++free\s++|now\s++)?+to\s++(?:receive|get)\s++new\s++posts\b[^\n]{0,120}+""",
            _NEWSROOM_PROMO,  # "ProPublica is a nonprofit newsroom ... Sign up to receive ..." (mendLT67)
            _DONT_MISS,  # "Don't miss out on the latest news and information." (mendLT67)
            _READER_APPEAL,  # "Our newsroom relies on readers like you. Donate today." (mendR67l)
            _SUBSCRIBE_PRODUCT,  # "Subscribe to HARBOUR PLUS to get access to ... titles ..." (mendLT70)
            _SIGNED_UP,  # "Get updates on breaking news as it happens.", "You're all signed up!" (mendLT70)
            _PAYWALL,  # "You have 62% of this article left to read." (debris71)
        ),
        K.RELATED.value: _x(
            r"(?:[*•▪►]\s*+)?+(?:read\s++more|see\s++also|also\s++read|read\s++also)\s*+[:>»|\-–—].{0,300}",  # (a bullet: mendLT70)
            r"(?-i:READ|Read)\s*+:\s*+(?-i:\p{Lu})[^.!?]{1,200}",  # "READ: Senate panel to summon ... officials" (fixT55b)
        ),
        K.SHARE.value: _x(
            # a comment form's notice: "Your email address will not be published. Required fields are marked *"
            r"your\s++e-?mail\s++address\s++will\s++not\s++be\s++published\b.{0,120}",
            # "Follow the Motor Desk on Facebook, Twitter and Instagram.": a clause, then only platforms
            # "Chat with us in Facebook Messenger. Find out what's happening ...": a chat offered on a platform
            rf"""chat\s++with\s++us\s++(?:on|in|via)\s++{_PLATFORM}(?:\s++messenger)?+\b.{{0,200}}""",
            # (a handle in brackets after a platform: "Follow the Opinion desk on Twitter (@cityopinion) and ...")
            rf"""follow\s[^,.;]{{0,60}}?\bon\s++{_PLATFORM}{_HANDLE}(?:\s*+(?:,|and|&|or)\s*+{_PLATFORM}{_HANDLE}){{0,8}}
                (?:\s++for\s++(?:the\s++)?+(?:latest|more|all|regular)\b[^.!?]{{0,60}})?+\.?
                # the writer's own page after it: "Follow me on Twitter or LinkedIn. Check out my website."
                (?:\s*+check\s++out\s++(?:my|our)\s++(?:website|site|blog|page)\b[^.!?"“”]{{0,60}}[.!]?+)?+""",
            _LIKED_STORY,
            _COMMENT_RULES,  # "As you comment, please be respectful of other readers."
            _JOIN_CHANNEL,  # "Join ST's Telegram channel and get the latest breaking news delivered to you."
            _COMMENT_GATE,  # "Please log in or register to comment on this article." (debris71)
        ),
        K.NAVIGATION.value: _x(_PLAYER_NOTICE),  # "We apologize, but this video has failed to load."
    }
    #: The networks a row of share buttons names in any language, after a button of the
    #: language's ``Vocabulary.SHARE_BUTTONS`` (``Teilen: Facebook WhatsApp``; see :meth:`language_patterns`).
    SHARE_NETWORKS: ClassVar[tuple[str, ...]] = (
        "Facebook", "Twitter", "X", "WhatsApp", "LinkedIn", "Telegram", "Reddit", "Pinterest", "Messenger",
        "Flipboard", "Bluesky", "Threads", "E-Mail", "Email", "E-mail", "Mail",
    )
    # -- the phrases of the patterns that phrase_patterns builds (English; a subclass changes them) --
    #: The verbs of a contributor's note (``Jane Roe contributed reporting from Oslo.``): a line with
    #: one, then maybe the words of :attr:`CONTRIBUTION_ARTICLES` in order, then one of
    #: :attr:`CONTRIBUTION_NOUNS` and maybe one of :attr:`CONTRIBUTION_PLACE_WORDS` and a capitalised
    #: place is boilerplate ``sign-off`` (:meth:`phrase_patterns`).
    #:
    #: .. versionadded:: 0.2
    CONTRIBUTED_VERBS: ClassVar[tuple[str, ...]] = ("contributed",)
    #: The staff an agency of the vocabulary (``Vocabulary.AGENCIES``) names before a verb of
    #: :attr:`CONTRIBUTED_VERBS`, no noun of :attr:`CONTRIBUTION_NOUNS` needed after it: ``Associated
    #: Press writers Jane Roe and Tom Poe contributed.``, ``Reuters reporter Ana Ruiz contributed from
    #: Lima.`` (``sign-off``).
    #:
    #: .. versionadded:: 0.2
    CONTRIBUTOR_NOUNS: ClassVar[tuple[str, ...]] = (
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
    )
    #: Words between a verb of :attr:`CONTRIBUTED_VERBS` and its noun, each maybe there, in order
    #: (``contributed to this report``).
    #:
    #: .. versionadded:: 0.2
    CONTRIBUTION_ARTICLES: ClassVar[tuple[str, ...]] = ("to", "this")
    #: What a contributor's note says was contributed (``reporting``, ``to this story``).
    #:
    #: .. versionadded:: 0.2
    CONTRIBUTION_NOUNS: ClassVar[tuple[str, ...]] = ("report", "reporting", "story")
    #: Prepositions before the place a contributor reported from (``contributed reporting from Hong Kong``).
    #:
    #: .. versionadded:: 0.2
    CONTRIBUTION_PLACE_WORDS: ClassVar[tuple[str, ...]] = ("from", "in")
    #: Phrases of a line that tells how to reach the reporter (``Jane Roe can be reached at
    #: jroe@example.com.``), each before one of :attr:`REACHED_LINKS` and, within the line, an
    #: e-mail address or a number: boilerplate ``sign-off``.
    #:
    #: .. versionadded:: 0.2
    #:
    #: .. versionchanged:: 0.2 a call to contact the reporter (``Contact this reporter at
    #:    jroe@example.com.``, ``Email the writer at ...``), mendL65.
    REACHED_PHRASES: ClassVar[tuple[str, ...]] = (
        "can be reached", "may be reached", "contact this reporter", "contact the reporter", "contact the writer",
        "contact the author", "email this reporter", "email the reporter", "email the writer", "reach this reporter",
        "reach the reporter",
    )
    #: The words after a phrase of :attr:`REACHED_PHRASES` (``reached at``, ``reached via``).
    #:
    #: .. versionadded:: 0.2
    REACHED_LINKS: ClassVar[tuple[str, ...]] = ("at", "by", "on", "via")
    #: The site speaking of itself with a modal before its commission on sales (``We may earn a
    #: commission if you buy ...``): one, a verb of :attr:`COMMISSION_VERBS`, maybe a word of
    #: :attr:`COMMISSION_ARTICLES` and of :attr:`COMMISSION_ADJECTIVES`, and one of
    #: :attr:`COMMISSION_NOUNS` make the line boilerplate ``disclaimer`` (no quotation in it).
    #:
    #: .. versionadded:: 0.2
    COMMISSION_SUBJECTS: ClassVar[tuple[str, ...]] = ("we may", "we might", "we will", "we can", "we could")
    #: The verbs of a site's commission (``earn``, ``receive``).
    #:
    #: .. versionadded:: 0.2
    COMMISSION_VERBS: ClassVar[tuple[str, ...]] = ("earn", "receive", "get", "make")
    #: Their forms after a named site, which speaks of itself in the third person (``Acme earns an
    #: affiliate commission``): before one of :attr:`AFFILIATE_COMMISSIONS` they need no subject of
    #: :attr:`COMMISSION_SUBJECTS`.
    #:
    #: .. versionadded:: 0.2
    COMMISSION_VERB_FORMS: ClassVar[tuple[str, ...]] = ("earns", "receives", "gets", "makes")
    #: Articles before a commission's noun, maybe there (``a commission``).
    #:
    #: .. versionadded:: 0.2
    COMMISSION_ARTICLES: ClassVar[tuple[str, ...]] = ("a", "an")
    #: Adjectives before a commission's noun, maybe there (``a small commission``).
    #:
    #: .. versionadded:: 0.2
    COMMISSION_ADJECTIVES: ClassVar[tuple[str, ...]] = ("small",)
    #: The nouns of a site's commission after a subject of :attr:`COMMISSION_SUBJECTS`.
    #:
    #: .. versionadded:: 0.2
    COMMISSION_NOUNS: ClassVar[tuple[str, ...]] = (
        "share of sales", "share of the sales", "commission", "affiliate commission",
    )
    #: The nouns of a commission that tell it is the site's whoever earns it (``Acme may earn an
    #: Affiliate Commission``).
    #:
    #: .. versionadded:: 0.2
    AFFILIATE_COMMISSIONS: ClassVar[tuple[str, ...]] = ("affiliate commission",)
    #: Labels that open a writer's or a site's disclosure of its interests, before a colon
    #: (``Disclosure: The author holds shares in Velta.``, ``Full disclosure: I own a Velta
    #: phone.``): the whole line is boilerplate ``disclaimer``, as after ``Disclaimer:``.
    #:
    #: .. versionadded:: 0.2
    DISCLOSURE_LABELS: ClassVar[tuple[str, ...]] = ("disclosure", "disclosures", "full disclosure")
    #: The writer named by a role, the subject of a disclosure of holdings (``The author holds
    #: shares in Velta Semiconductor.``): with a verb of :attr:`HOLDING_VERBS` and a noun of
    #: :attr:`HOLDING_NOUNS` it makes the line boilerplate ``disclaimer`` (no quotation in it).  A
    #: person named in the story is no such subject (``Ana Ortiz owns shares of Velta`` is a
    #: story's sentence); the byline's own author is read by the pipeline
    #: (``ArticleParser.author_box_start``).
    #:
    #: .. versionadded:: 0.2
    #: Finite verbs that, right after ``Copyright`` and a year, make the line a sentence about that
    #: year (``Copyright 2026 is the year the warehouse was due to open.``), no copyright notice: a
    #: notice names the holder after the year (``Copyright 2026 Harbour Media``), never a verb.
    #: Read in any case (:meth:`is_year_sentence`).
    #:
    #: .. versionadded:: 0.2 (fixT57a)
    COPYRIGHT_STORY_VERBS: ClassVar[tuple[str, ...]] = (
        "is", "was", "will", "would", "has", "had", "marks", "marked", "saw", "sees", "brought", "brings", "began",
        "begins", "could", "may", "might",
    )
    #: The claim of rights that makes a line opening with ``Copyright`` and a year a notice, whatever
    #: word follows the year (:meth:`is_year_sentence`), casefolded.
    #:
    #: .. versionadded:: 0.2 (fixR57)
    RIGHTS_RESERVED: ClassVar[str] = "all rights reserved"
    HOLDER_SUBJECTS: ClassVar[tuple[str, ...]] = (
        "the author", "the authors", "this author", "the writer", "the writers", "this writer", "the columnist",
        "this columnist",
    )
    #: Words that may open a disclosure of holdings before its subject (``At the time of writing,
    #: the author held no position in ...``).
    #:
    #: .. versionadded:: 0.2
    HOLDING_LEADS: ClassVar[tuple[str, ...]] = ("at the time of writing", "at the time of publication")
    #: Adverbs maybe between the subject and the verb (``The author currently owns ...``).
    #:
    #: .. versionadded:: 0.2
    HOLDING_ADVERBS: ClassVar[tuple[str, ...]] = ("currently", "personally", "also", "directly")
    #: The verbs of a disclosure of holdings (``holds``, ``does not own``).
    #:
    #: .. versionadded:: 0.2
    HOLDING_VERBS: ClassVar[tuple[str, ...]] = (
        "holds", "hold", "held", "owns", "own", "owned", "has", "have", "had", "does not hold", "does not own",
        "does not have", "do not hold", "do not own", "do not have", "did not hold", "did not own",
    )
    #: Determiners maybe before a holding's noun (``no shares``, ``a stake``).
    #:
    #: .. versionadded:: 0.2
    HOLDING_DETERMINERS: ClassVar[tuple[str, ...]] = ("no", "a", "an", "any")
    #: Adjectives maybe after the determiner, before the noun (``a long position``).
    #:
    #: .. versionadded:: 0.2
    HOLDING_ADJECTIVES: ClassVar[tuple[str, ...]] = ("long", "short", "financial", "beneficial")
    #: Words after which a line is a story's sentence that reports the holding, no disclosure
    #: (``The author holds shares in the company, the court heard.``).
    #:
    #: .. versionadded:: 0.2
    HOLDING_STOP_WORDS: ClassVar[tuple[str, ...]] = ("said", "says", "heard", "told", "according")
    #: The kinds of a call to the reader (subscribe, share, a link to another story) that a line
    #: holds whole or not at all: such a call with a story's sentence after it is the story's line
    #: (:meth:`has_story_tail`).
    #:
    #: .. versionadded:: 0.2 (lay58)
    #: A link to another story (``related``) is none of them: its second headline carries a cue as
    #: often as not (``Read more: Rates explained. Powell says cuts could come in June``).
    #:
    #: .. versionchanged:: 0.2 (merge58) ``related`` left out
    CALL_KINDS: ClassVar[frozenset[str]] = frozenset({K.SUBSCRIBE.value, K.SHARE.value})
    #: Words that address the reader or speak for the page (``you``, ``our``): a sentence after a
    #: call's question that holds one is the call's own (``Sign up to our newsletter? It's free for
    #: you.``), one that holds none is the story's (:meth:`has_story_tail`).
    #:
    #: .. versionadded:: 0.2 (lay58)
    READER_WORDS: ClassVar[tuple[str, ...]] = ("you", "your", "yours", "we", "us", "our", "ours")
    #: Words of a newsletter box or a paywall, case-folded: a line that holds one speaks of the
    #: page's own offer, never the story (:meth:`speaks_to_reader`).
    #:
    #: .. versionadded:: 0.2 (fixL60b)
    CALL_WORDS: ClassVar[frozenset[str]] = frozenset({
        "newsletter", "newsletters", "subscribe", "subscribed", "subscriber", "subscribers", "subscription",
        "unsubscribe", "inbox", "sign-up", "signup",
    })
    #: Words of a rights notice, case-folded: a sentence that holds one claims the page's rights
    #: (``This article may not be republished.``, ``Content is copyright of its owners ...``), no
    #: story's (:meth:`claims_rights`).
    #:
    #: .. versionadded:: 0.2 (fixL60b)
    RIGHTS_WORDS: ClassVar[frozenset[str]] = frozenset({
        "copyright", "copyrighted", "republish", "republished", "reproduce", "reproduced", "redistribute",
        "redistributed", "reprint", "reprinted", "reposted",
    })
    #: Words that open a story's sentence with its subject, never a call's imperative (``Many
    #: residents did.``, ``More than 2,000 readers have.``): after a call's question, a sentence
    #: opening with one (or with a number) is the story's (:meth:`has_story_tail`); ``Join the
    #: Deals Newsletter.`` and ``Share it with a friend!`` open with a verb and stay the call's.
    #:
    #: .. versionadded:: 0.2 (lay58)
    STORY_TAIL_OPENERS: ClassVar[tuple[str, ...]] = (
        "many", "most", "some", "several", "more", "fewer", "few", "hundreds", "thousands", "dozens", "millions",
        "half", "nearly", "almost", "about", "over", "all", "both",
    )
    #: The nouns of a holding (``shares``, ``a position``; not ``a stake`` nor ``an interest``, which
    #: a writer may have in a subject: ``The author has an interest in the subject``).
    #:
    #: .. versionadded:: 0.2
    HOLDING_NOUNS: ClassVar[tuple[str, ...]] = (
        "shares", "share", "positions", "position", "stocks", "stock",
    )
    #: The notices an embedded post leaves where the post did not load, or in place of its
    #: text (``Tweet may have been deleted``, ``This content is not available``, ``View this post
    #: on Instagram``): a line of one of them, in any case, maybe with a note in brackets after
    #: it (``(opens in a new tab)``) and a full stop, is boilerplate ``navigation``, the page's
    #: furniture and never the story's words.  An empty list turns the pattern off.
    #:
    #: .. versionadded:: 0.2
    EMBED_NOTICES: ClassVar[tuple[str, ...]] = (
        "tweet may have been deleted", "this tweet is unavailable", "this tweet was deleted",
        "this post is unavailable", "this content is not available", "this content is unavailable",
        "this content is not available due to your privacy preferences", "content not available",
        "this embed is not available", "view this post on instagram", "view this post on facebook",
        "view this video on youtube", "view this post on tiktok",
    )
    #: The most characters of the note in brackets after an embed's notice (:attr:`EMBED_NOTICES`).
    #:
    #: .. versionadded:: 0.2
    EMBED_NOTE_CHARS: ClassVar[int] = 40
    #: The fewest words a line needs to be tried as running prose.
    PROSE_WORDS: ClassVar[int] = 6
    #: Quotation marks, opening and closing, of every language: a ``related`` label before a
    #: complete sentence that quotes someone is part of the story (:meth:`is_quoted_sentence`).
    QUOTE_PAIRS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("“", "”"), ('"', '"'), ("„", "“"), ("«", "»"), ("‹", "›"), ("»", "«"), ("‚", "‘"), ("‘", "’"),
    )
    #: The most characters between a quotation's marks that :meth:`is_quoted_sentence` reads.
    MAX_QUOTATION_CHARS: ClassVar[int] = 300
    #: The longest line that may be boilerplate.
    MAX_CHARS: ClassVar[int] = 2500
    #: The words of a prompt to share the story, a row of buttons' heading or a button's text
    #: (``Share this:``, ``Kindly share this story:``, ``Click to share on X (Opens in new window)``),
    #: in any case: with the language's ``Vocabulary.SHARE_BUTTONS`` (:meth:`is_share_prompt`; fixT59).
    SHARE_PROMPT_WORDS: ClassVar[frozenset[str]] = frozenset({"share"})
    #: The most words of such a prompt: a button's text before its link hint (``SHARE_PROMPT_MAX_WORDS``)
    #: and a row's heading with its colon (``SHARE_HEADING_WORDS``).
    SHARE_PROMPT_MAX_WORDS: ClassVar[int] = 6
    SHARE_HEADING_WORDS: ClassVar[int] = 4
    #: The polite words a row's heading may open with before its share word (``Kindly share this
    #: story:``), and the words that may follow that word in it (``this``, ``story``, ``on``), in any
    #: case: a heading with any other word is the story's subhead (``Share prices fell:``).
    SHARE_HEADING_POLITE_WORDS: ClassVar[frozenset[str]] = frozenset({"kindly", "please"})
    SHARE_HEADING_TAIL_WORDS: ClassVar[frozenset[str]] = frozenset({
        "this", "the", "it", "story", "article", "post", "page", "link", "on", "via", "now",
    })
    #: What a page tells a screen reader after a link's text (``(Opens in new window)``), in any case.
    LINK_HINTS: ClassVar[tuple[str, ...]] = CaptionParser.LINK_HINTS

    #: For each kind of :attr:`PROSE_PATTERNS`, words one of which (case-folded) every line that
    #: the kind's built-in patterns claim holds: a line of prose with none of them is not tried
    #: against that kind (one substring test instead of a pattern that may read 200 characters
    #: before it fails).  A kind whose prose patterns a subclass changes is always tried, unless the
    #: subclass gives that kind its own keys here (other than the built-in ones; see :meth:`prose_keys`).
    PROSE_KEYS: ClassVar[dict[str, tuple[str, ...]]] = {
        K.COPYRIGHT.value: ("©", "ⓒ", "(c)", "copyright", "reserved", "may not be", "no part of"),
        K.SIGN_OFF.value: (
            "reporting", "writing", "editing", "compiled", "graphics", "research", "published", "appeared",
            "produced", "contributed", "reached", "assistance", "help", "contact", "@", "report", "files from",
            "partnership", "collaboration",  # (mendR67l)
            "in print",  # (fixL69)
            "write to",  # (mendLT70)
        ),
        K.EDITORS_NOTE.value: (
            "editor", "edited", "condensed", "correction", "clarification", "version", "amended", "corrected", "updated",
            "changed", "revised", "error", "misstated", "misidentified", "misspelled", "misquoted", "misattributed", "incorrectly",
            "erroneously", "(updates", "(adds", "(recasts", "(rewrites",
        ),
        K.DISCLAIMER.value: (
            "views expressed", "view expressed", "opinions expressed", "opinion expressed",
            "affiliate", "disclaimer", "commission", "this site", "this website", "this service", "this app",
            "edited by", "forward", "syndicated", "auto-generated", "automatically", "funding",
        ),
        K.OTHER.value: ("standards", "principles", "ethics"),
        K.SUBSCRIBE.value: (
            "our", "newsletter", "inbox", "opt-in", "subscription", "mail", "alerts", "delivered", "agree",
            "unsubscribe", "click", "tap", "for reading", "new posts", "receiv",
            "newsroom", "news organi", "news outlet", "news site", "publication", "miss",  # (mendLT67)
            "rely", "relies", "depend", "count",  # (mendR67l)
            "subscribe to", "signed up", "subscribed", "registered", "signing up", "subscribing",
            "registering", "happen",  # (mendLT70)
            "to read", "subscribers",  # (debris71)
        ),
        K.RELATED.value: ("read", "also"),
        K.SHARE.value: ("chat", "follow", "published", "like", "enjoy", "love", "comment", "reply", "hear", "join",
                           "conversation"),  # (mendLD69)
        K.NAVIGATION.value: ("video", "clip", "player", "playback", "browser"),
    }
    #: The kinds of :attr:`PROSE_PATTERNS` whose patterns open with their own words (``Subscribe``,
    #: ``Read more:``, ``Follow ... on``), so that a line fails them at its first characters: a line
    #: of prose is tried against such a kind's pattern before its :attr:`PROSE_KEYS` are looked for
    #: (:meth:`prose_kind`), one anchored pattern costing less than many substring tests.  The
    #: order only changes the cost: a kind claims a line when the line holds one of its keys and
    #: fullmatches its pattern, whichever is tested first.  ``disclaimer``, ``subscribe`` and
    #: ``share`` are not among them: a pattern of each looks for its words anywhere in a line's first
    #: characters (an affiliate commission in 200, ``You can unsubscribe`` and a comment section's
    #: rules in 120), which costs more than the kind's keys on every line of prose.  ``navigation``
    #: is (``This video has failed to load.``: its pattern fails a story's line at its first word,
    #: in a third of the time of its keys, the most common of which a story holds: speedL62).
    #:
    #: .. versionadded:: 0.2
    #: .. versionchanged:: 0.2 (speedL62) ``navigation`` too.
    PROSE_PATTERN_FIRST: ClassVar[frozenset[str]] = frozenset(
        {K.EDITORS_NOTE.value, K.OTHER.value, K.RELATED.value, K.NAVIGATION.value}
    )
    #: For each kind of :attr:`PATTERNS`, strings one of which (case-folded) every line that the
    #: kind's built-in patterns claim holds (most of them open it: ``Share``, ``Tags:``): a line
    #: with none of them is not tried against that kind, one substring test instead of a pattern.
    #: The same rules as for :attr:`PROSE_KEYS` hold (see :meth:`line_keys`); the patterns that
    #: :meth:`language_patterns` adds bring their own keys (:meth:`language_line_keys`).
    #:
    #: .. versionadded:: 0.2
    LINE_KEYS: ClassVar[dict[str, tuple[str, ...]]] = {
        K.SHARE.value: (
            "share", "tweet", "facebook", "twitter", "x", "mail", "whatsapp", "linkedin", "reddit", "pinterest",
            "telegram", "print", "copy", "comment", "messenger", "flipboard", "save", "gift", "listen", "follow",
            "reply", "like", "enjoy", "love", "your say", "feedback", "later", "tell us", "copied", "join", "line",
            "embed",
        ),
        K.RELATED.value: (
            "related", "recommended", "most", "popular", "trending", "you", "further", "watch", "top", "latest",
            "back", "more", "read", "see", "also", "click", "tag", "keyword", "filed", "categor", "buyer", "explore", "next",
            "leyendo", "suite", "weiterlesen", "leggere", "lendo",
        ),
        K.COPYRIGHT.value: ("©", "ⓒ", "(c)", "copyright", "reserved", "may not be", "no part of"),
        K.PRESS_RELEASE.value: ("immediate", "release", "contact", "enquiries", "inquiries", "source", "provided"),
        # (and any digit: a telephone number, LINE_DIGIT_KINDS); the marks of a separator line
        K.OTHER.value: ("our", "about", "reporting", "@", "___", "===", "~~~", "---", "–––", "——", "*", "•", "bc-"),
        K.SIGN_OFF.value: (
            "by", "reuter", "more", "end", "#", "■", "-30-", "xinhua", "--", "contributed", ":", "contact", "mail",
            "reached", "published", "appeared", "assistance", "help", "@", "report", "files from",
            "in print",  # (fixL69)
            "write to",  # (mendLT70)
        ),
        K.EDITORS_NOTE.value: (
            "editor", "correction", "clarification", "error", "(updates", "(adds", "(recasts", "(rewrites",
            "updated",  # (mendLT70)
        ),
        K.DISCLAIMER.value: (
            "views expressed", "view expressed", "opinions expressed", "opinion expressed",
            "affiliate", "disclaimer", "commission", "this site", "this website", "this service", "this app",
            "edited by", "forward", "syndicated", "auto-generated", "automatically", "funding",
        ),
        K.SUBSCRIBE.value: (
            "subscribe", "sign", "log", "newsletter", "join", "become", "support", "register", "alert", "mail", "opt-in",
            "subscribers", "click", "tap", "receiv", "miss",
            "subscrib", "registered", "registering", "happen",  # (mendLT70)
            "to read",  # "You have 62% of this article left to read." (debris71)
        ),
        K.ADVERTISEMENT.value: ("ad", "sponsored", "promoted", "supported", "story"),
        K.NAVIGATION.value: (
            "home", "menu", "close", "search", "skip", "caption", "expand", "next", "prev", "of", "view", "/", "...", "enlarge",
            "…", "google", "blogger", "load", ":", "show", "see", "click", "key", "latest", "live", "video", "clip",
            "player", "playback", "browser", "accessibility", "photos", "featured",
        ),
    }
    #: The kinds of :attr:`PATTERNS` whose patterns open with their own words (``Related``,
    #: ``Advertisement``, ``Menu``), tried on a line before its :attr:`LINE_KEYS` are looked for
    #: (:meth:`line_kind`), as :attr:`PROSE_PATTERN_FIRST` is for prose: the order only changes the cost.
    #: ``share`` is not among them: a pattern of it looks for a comment section's rules anywhere in a
    #: line's first 120 characters, as in prose, and costs twice its keys on the lines a page prints.
    #:
    #: .. versionadded:: 0.2
    #: .. versionchanged:: 0.2 (speedL62) ``share`` no more: tried by its keys first.
    LINE_PATTERN_FIRST: ClassVar[frozenset[str]] = frozenset(
        {K.RELATED.value, K.PRESS_RELEASE.value, K.ADVERTISEMENT.value, K.NAVIGATION.value}
    )
    #: The kinds of :attr:`PATTERNS` that a line holding a digit (of any script) is tried against
    #: even with none of their :attr:`LINE_KEYS`: a telephone number is digits and no word.
    #:
    #: .. versionadded:: 0.2
    LINE_DIGIT_KINDS: ClassVar[frozenset[str]] = frozenset({K.OTHER.value})

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        vocabulary = check_option("BoilerplateParser", "vocabulary", vocabulary, Vocabulary) or Vocabulary()
        openers = regex.escape("".join(sorted({opening for opening, _ in self.QUOTE_PAIRS})))
        closers = regex.escape("".join(sorted({closing for _, closing in self.QUOTE_PAIRS})))
        # a quotation, then words after it: "«Es una reforma justa», dijo el ministro ..."
        self._quotation = regex.compile(
            rf"[{openers}][^{openers}{closers}\n]{{2,{self.MAX_QUOTATION_CHARS}}}+[{closers}]\s*+[,\p{{L}}]"
        ) if openers and closers else None
        self._channel_list = regex.compile(_CHANNEL_LIST, regex.VERBOSE | regex.IGNORECASE)
        self._stop_words = frozenset(w.casefold() for w in self.HOLDING_STOP_WORDS)
        self._share_prompt_words = self.SHARE_PROMPT_WORDS | {
            w.casefold() for w in vocabulary.SHARE_BUTTONS if " " not in w
        }
        self._link_hints = tuple(f"({hint})" for hint in self.LINK_HINTS)
        self._reader_words = frozenset(w.casefold() for w in self.READER_WORDS)
        # a reader's feedback prompt (is_feedback_prompt): the language's pronouns as written, its nouns folded
        self._reader_pronouns = frozenset(vocabulary.READER_PRONOUNS)
        self._feedback_nouns = self.FEEDBACK_NOUNS | {w.casefold() for w in vocabulary.FEEDBACK_NOUNS}
        # a call to write to the page (calls_on_page): its object words, its one-word calls, the small words before them
        self._page_objects = self.PAGE_OBJECT_WORDS | {w.casefold() for w in vocabulary.PAGE_OBJECT_WORDS}
        self._page_calls = frozenset(w.casefold() for w in vocabulary.PAGE_CALLS)
        self._call_links = frozenset(
            w.casefold() for w in (*vocabulary.ARTICLES, *vocabulary.PREPOSITIONS, *vocabulary.READER_PRONOUNS)
        )
        # (what makes a feedback prompt the page's: its name, a call to write to it, a call to report)
        self._feedback_pages = (*self.FEEDBACK_PAGE_PHRASES, *(w.casefold() for w in vocabulary.FEEDBACK_PAGE_PHRASES))
        self._feedback_calls = (*self.FEEDBACK_CALLS, *(w.casefold() for w in vocabulary.FEEDBACK_CALLS))
        self._feedback_reports = (*self.FEEDBACK_REPORTS, *(w.casefold() for w in vocabulary.FEEDBACK_REPORTS))
        # (calls_on_page's verbs: the first word of each call that ends in the page's object, "write to us")
        # (is_reader_thanks: the thanks' first words, and how much of a line's opening holds the longest)
        # (its own lists, else the pack's: lang62)
        # (the longest first: "gracias por leernos" before "gracias por leer")
        self._reader_thanks = tuple(sorted(own_or_pack(self.READER_THANKS, vocabulary.READER_THANKS), key=len, reverse=True))
        self._thanks_openers = tuple(sorted({phrase.split()[0] for phrase in self._reader_thanks if phrase.split()}))
        # (a thanks someone says is the story's: this parser's English words and the pack's; lang62b)
        self._thanks_stop_words = self._stop_words | {w.casefold() for w in vocabulary.THANKS_STOP_WORDS}
        self._thanks_chars = max((len(phrase) for phrase in self._reader_thanks), default=0) + 1
        self._call_lead_openers = frozenset(own_or_pack(self.CALL_LEAD_OPENERS, vocabulary.CALL_LEAD_OPENERS))
        self._app_offer_links = frozenset(own_or_pack(self.APP_OFFER_LINKS, vocabulary.APP_OFFER_LINKS))
        self._app_offer_words = frozenset(own_or_pack(self.APP_OFFER_WORDS, vocabulary.APP_OFFER_WORDS))
        self._call_verbs = frozenset(
            words[0] for words in (call.replace("-", " ").split() for call in self._feedback_calls)
            if len(words) > 1 and words[-1] in self._page_objects
        )
        self._story_tail_openers = frozenset(w.casefold() for w in self.STORY_TAIL_OPENERS)
        # "Copyright 2026 is ...": the word after the notice's year (is_year_sentence)
        self._year_verb = regex.compile(r"copyright\s*+(?:©|\(c\)\s*+)?+\d{4}\s++(?P<word>\p{L}++)", regex.IGNORECASE)
        self._copyright_verbs = frozenset(w.casefold() for w in self.COPYRIGHT_STORY_VERBS)
        lines, prose = self.language_patterns(vocabulary)
        lines = self.joined(lines, self.wire_sign_off_patterns(vocabulary))
        phrased, phrase_keys = self.phrase_patterns(vocabulary), self.phrase_keys()
        line_found = self.joined(self.joined(self.PATTERNS, phrased), lines)
        prose_found = self.joined(self.joined(self.PROSE_PATTERNS, phrased), prose)
        self._patterns = self._compile(line_found)
        more_keys = self.language_line_keys(vocabulary)
        if type(self).language_patterns is not BoilerplateParser.language_patterns and (
            type(self).language_line_keys is BoilerplateParser.language_line_keys
        ):  # (patterns of a subclass's own making: their kinds are always tried)
            more_keys = dict.fromkeys(lines, None)
        for kind, words in (*phrase_keys.items(), (K.SIGN_OFF.value, self.WIRE_SIGN_OFF_KEYS)):
            added = more_keys.get(kind, ())
            more_keys[kind] = None if added is None else (*added, *words)
        self._line_patterns = tuple(
            (kind, pattern, self.line_keys(kind, more_keys), kind in self.LINE_DIGIT_KINDS, kind in self.LINE_PATTERN_FIRST)
            for kind, pattern in self._patterns
        )
        language_keys = {kind: tuple(w.casefold() for w in words) for kind, words in self.language_keys(vocabulary).items()}
        for kind, words in phrase_keys.items():
            language_keys[kind] = (*language_keys.get(kind, ()), *(w.casefold() for w in words))
        self._prose_patterns = tuple(
            # (no kind of prose is tried for a digit alone: the same shape as a line kind's, to read by one loop)
            (
                kind, pattern, self.with_keys(self.prose_keys(kind), language_keys.get(kind, ())), False,
                kind in self.PROSE_PATTERN_FIRST,
            )
            for kind, pattern in self._compile(prose_found)
        )
        self._line_patterns, self._prose_patterns = self._share_alternatives(
            self._line_patterns, self._prose_patterns, line_found, prose_found
        )
        self._line_steps = _pattern_runs(_fewest_keys(self._line_patterns), first_at=4)
        self._prose_steps = _pattern_runs(_fewest_keys(self._prose_patterns), first_at=4)
        # (kind, key) -> the companions a line holding the key needs to be tried for it (KEY_COMPANIONS)
        self._key_companions: dict[tuple[str, str], tuple[str, ...]] = {}
        for rows, found, built_in in (
            (self._line_patterns, line_found, BoilerplateParser.PATTERNS),
            (self._prose_patterns, prose_found, BoilerplateParser.PROSE_PATTERNS),
        ):
            for kind, _, keys, _, _ in rows:
                given = self.key_companions(kind)
                if given and type(self).phrase_patterns is BoilerplateParser.phrase_patterns and tuple(
                    found.get(kind, ())
                ) == (*built_in.get(kind, ()), *phrased.get(kind, ())):  # (patterns of the class's own: none)
                    for key, words in _companions_of(keys, given).items():
                        self._key_companions[kind, key] = words

    def phrase_patterns(self, vocabulary: Vocabulary) -> dict[str, tuple[str, ...]]:
        """The patterns, for short lines and for running prose alike, that the class's phrase
        lists and *vocabulary*'s agencies make, added to :attr:`PATTERNS` and :attr:`PROSE_PATTERNS`:
        a contributor's note (:attr:`CONTRIBUTED_VERBS`: ``Jane Roe contributed reporting from
        Oslo.``; :attr:`CONTRIBUTOR_NOUNS` after an agency: ``Associated Press writers Jane Roe and
        Tom Poe contributed.``) and how to reach
        the reporter (:attr:`REACHED_PHRASES`: ``Jane Roe can be reached at jroe@example.com.``)
        are ``sign-off``, the site's commission on sales (:attr:`COMMISSION_SUBJECTS`: ``We may earn
        a commission if you buy ...``), a disclosure after its label (:attr:`DISCLOSURE_LABELS`:
        ``Disclosure: ...``) and the writer's holdings (:attr:`HOLDER_SUBJECTS`: ``The author holds
        shares in ...``) ``disclaimer``, an embedded post's notice (:attr:`EMBED_NOTICES`: ``Tweet
        may have been deleted``) ``navigation``.  A list left empty turns its pattern off.

        .. versionadded:: 0.2"""
        patterns: dict[str, tuple[str, ...]] = {}
        sign_offs = []
        if vocabulary.AGENCIES and self.CONTRIBUTOR_NOUNS and self.CONTRIBUTED_VERBS:
            # "Associated Press writers Jane Roe and Tom Poe contributed to this report."
            sign_offs.append(
                rf"""(?:{_phrases(vocabulary.AGENCIES)})\s++(?:{_phrases(self.CONTRIBUTOR_NOUNS)})\b
                    .{{0,250}}\b(?:{_phrases(self.CONTRIBUTED_VERBS)})\b.{{0,80}}"""
            )
        if self.CONTRIBUTED_VERBS and self.CONTRIBUTION_NOUNS:
            places = _phrases(self.CONTRIBUTION_PLACE_WORDS)
            sign_offs.append(
                rf""".{{0,200}}\b(?:{_phrases(self.CONTRIBUTED_VERBS)})\s++{_optional_words(self.CONTRIBUTION_ARTICLES)}
                    (?:{_phrases(self.CONTRIBUTION_NOUNS)})
                    (?:\s++(?:{places})\s++(?-i:\p{{Lu}})[^.!?\n]{{0,80}}+)?+\.?"""  # "... contributed reporting from Hong Kong."
            )
        if self.REACHED_PHRASES and self.REACHED_LINKS:
            # (an address or a number after it; no quotation)
            sign_offs.append(
                rf"""[^"“”]{{0,120}}?\b(?:{_phrases(self.REACHED_PHRASES)})\s++(?:{_phrases(self.REACHED_LINKS)})\b
                    [^"“”]{{0,160}}?(?:[\w.+\-]@[\w\-]|\d{{3}})[^"“”]{{0,120}}"""
            )
        if sign_offs:
            patterns[K.SIGN_OFF.value] = _x(*sign_offs)
        fillers = _maybe_one(self.COMMISSION_ARTICLES) + _maybe_one(self.COMMISSION_ADJECTIVES)
        verbs = _phrases(self.COMMISSION_VERBS)
        branches = []
        if self.COMMISSION_SUBJECTS and self.COMMISSION_VERBS and self.COMMISSION_NOUNS:
            # "We may earn a commission if you buy ...", "we may receive a share of sales"
            branches.append(rf"(?:{_phrases(self.COMMISSION_SUBJECTS)})\s++(?:{verbs})\s++{fillers}(?:{_phrases(self.COMMISSION_NOUNS)})")
        if (self.COMMISSION_VERBS or self.COMMISSION_VERB_FORMS) and self.AFFILIATE_COMMISSIONS:
            # "Acme may earn an Affiliate Commission if you purchase ...": the site named, no "we"
            forms = _phrases((*self.COMMISSION_VERBS, *self.COMMISSION_VERB_FORMS))
            branches.append(rf"(?:{forms})\s++{fillers}(?:{_phrases(self.AFFILIATE_COMMISSIONS)})")
        disclaimers = []
        if branches:
            # (no quotation: a story may quote one)
            disclaimers.append(rf"""[^"“”]{{0,200}}?\b(?:{"|".join(branches)})\b[^"“”]{{0,200}}""")
        if self.DISCLOSURE_LABELS:
            # "Disclosure: The author holds shares in ...": the label opens the line
            disclaimers.append(rf"(?:{_phrases(self.DISCLOSURE_LABELS)})\s*+:.{{0,500}}")
        if self.HOLDER_SUBJECTS and self.HOLDING_VERBS and self.HOLDING_NOUNS:
            # "The author holds no position in ...", "At the time of writing, the writer owned shares of ..."
            lead = rf"(?:(?:{_phrases(self.HOLDING_LEADS)}),?+\s++)?+" if any(self.HOLDING_LEADS) else ""
            # (not a story's sentence that reports it: "..., her lawyer said", "..., the court heard")
            stop = rf"(?!\b(?:{_phrases(self.HOLDING_STOP_WORDS)})\b)" if any(self.HOLDING_STOP_WORDS) else ""
            disclaimers.append(
                rf"""{lead}(?:{_phrases(self.HOLDER_SUBJECTS)})\s++{_maybe_one(self.HOLDING_ADVERBS)}
                    (?:{_phrases(self.HOLDING_VERBS)})\s++{_maybe_one(self.HOLDING_DETERMINERS)}{_maybe_one(self.HOLDING_ADJECTIVES)}
                    (?:{_phrases(self.HOLDING_NOUNS)})\b(?:{stop}[^"“”]){{0,300}}"""
            )
        if disclaimers:
            patterns[K.DISCLAIMER.value] = _x(*disclaimers)
        if any(self.EMBED_NOTICES):
            # "Tweet may have been deleted (opens in a new tab)", "View this post on Instagram": the notice alone
            patterns[K.NAVIGATION.value] = _x(
                rf"(?:{_phrases(self.EMBED_NOTICES)})(?:\s*+\([^()\n]{{1,{self.EMBED_NOTE_CHARS}}}+\))?+\s*+[.!]?+"
            )
        return patterns

    def wire_sign_off_patterns(self, vocabulary: Vocabulary) -> dict[str, tuple[str, ...]]:
        """The patterns, for a line of its own only, of a wire's sign-off at the story's end:
        the desk's initials (``jr/tp/ab``, ``burs-jr/tp``) and the agencies a story drew on
        (``(With inputs from PTI)``), each ``sign-off``; their keys are :attr:`WIRE_SIGN_OFF_KEYS`.
        (An agency alone on the body's last line, ``(AFP)``, is the article's to read:
        ``ArticleParser.wire_mark_line``; under the title it is the dateline's.)"""
        part = rf"(?!(?:{alternation(list(self.SLASH_WORDS))})(?![\p{{Ll}}]))\p{{Ll}}{{2,4}}+"
        found = [
            # the desk's initials, lowercase, joined by slashes, maybe after "burs-" (the bureaus'); no
            # word of SLASH_WORDS among them ("and/or", "he/she", "yes/no" alone on a line: a list's item)
            rf"(?-i:(?:burs?+-)?+{part}(?:/{part}){{1,5}}+|burs?+-{part})",
            # the same after an agency's name in capitals or an end mark in brackets: "EFE mar/jfu", "(Schluss)
            # mkb/tsc" (fixT55b; by its shape, not the vocabulary's agencies, whose alternation compiled a second
            # time here cost the parser 0.4 MB of memory)
            rf"(?-i:(?:\p{{Lu}}{{2,6}}+|\(\p{{Lu}}\p{{Ll}}++\))[ \t]++{part}(?:/{part}){{1,5}}+)",
            # the agencies a story drew on: "(With inputs from PTI)", "With inputs from agencies."
            r"""\(?+with\s++(?:additional\s++)?+inputs?+\s++from\s++
                (?:agencies|(?-i:\p{Lu})[\p{L}\p{M}.&'’\-]*+)
                (?:\s*+(?:,|and|&)\s*+(?:agencies|(?-i:\p{Lu})[\p{L}\p{M}.&'’\-]*+)){0,4}+\s*+\)?+\.?+""",
        ]
        return {K.SIGN_OFF.value: _x(*found)}

    #: Short words often joined by a slash (``and/or``, ``he/she``, ``yes/no``), which are no desk's
    #: initials in a wire's sign-off (:meth:`wire_sign_off_patterns`).
    #:
    #: .. versionadded:: 0.2
    SLASH_WORDS: ClassVar[tuple[str, ...]] = (
        "and", "or", "he", "she", "him", "her", "his", "hers", "they", "them", "yes", "no", "on", "off", "in",
        "out", "up", "down", "am", "pm", "true", "km", "kg", "mph", "kmh", "per", "vs",
    )
    #: Strings one of which every line that :meth:`wire_sign_off_patterns` claims holds.
    WIRE_SIGN_OFF_KEYS: ClassVar[tuple[str, ...]] = ("/", "burs", "inputs")

    #: For a kind of :attr:`PROSE_KEYS` and :attr:`LINE_KEYS`, keys that only some ways of its built-in
    #: patterns need, each with words (case-folded) one of which every line those ways claim holds
    #: beside the key: a line that holds such a key but none of its companions is not tried for that
    #: key (one more substring test where a story's word would have the kind's whole pattern compiled
    #: and tried: ``going forward`` is no ``forward-looking`` statement).  A kind whose patterns a
    #: subclass changed, or whose :meth:`phrase_patterns` it overrides, has none; the patterns of
    #: :meth:`phrase_patterns` bring theirs (:meth:`phrase_companions`).  A key that every way needs
    #: alone (``disclaimer``, ``views expressed``) has no entry.
    #:
    #: .. versionadded:: 0.2 (mem63b)
    KEY_COMPANIONS: ClassVar[dict[str, dict[str, tuple[str, ...]]]] = {
        K.DISCLAIMER.value: {
            "forward": ("forward-looking", "forward looking"),  # "Forward-Looking Statements" (not "looking forward")
            "affiliate": ("links",),  # "This article contains affiliate links" (an affiliate commission: "commission")
            # "Use of this site constitutes acceptance of our Terms of Use."
            **dict.fromkeys(("this site", "this website", "this service", "this app"), ("acceptance", "agreement")),
            # "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
            # "(Only the headline and picture of this report may have been reworked ...; ... syndicated feed.)"
            **dict.fromkeys(("syndicated", "auto-generated", "automatically"), ("edited", "reworked", "changed")),
            "edited by": ("not been",),
        },
    }

    def key_companions(self, kind: str) -> dict[str, tuple[str, ...]]:
        """The companions of *kind*'s keys (:attr:`KEY_COMPANIONS`), case-folded, with those of
        :meth:`phrase_companions`: a key that both name needs one companion of either.

        .. versionadded:: 0.2 (mem63b)"""
        given = {key: tuple(_fold(w) for w in words) for key, words in self.KEY_COMPANIONS.get(kind, {}).items()}
        for key, words in self.phrase_companions().get(kind, {}).items():
            given[key] = (*given.get(key, ()), *words)
        return given

    def phrase_companions(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """The companions (:attr:`KEY_COMPANIONS`) of the keys of :meth:`phrase_keys` that the
        ``disclaimer`` patterns of :meth:`phrase_patterns` need beside them, case-folded: a
        commission's noun its subject and verb (:attr:`COMMISSION_SUBJECTS` and
        :attr:`COMMISSION_VERBS`, ``we may earn``) or the whole :attr:`AFFILIATE_COMMISSIONS`
        phrase, a label of :attr:`DISCLOSURE_LABELS` its colon (``disclosure:``), a noun of
        :attr:`HOLDING_NOUNS` its subject (:attr:`HOLDER_SUBJECTS`, ``the author``).  A phrase's
        blanks are one space, as :func:`_fold` leaves a line's.

        .. versionadded:: 0.2 (mem63b)"""
        given: dict[str, tuple[str, ...]] = {}

        def last(words: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(w.split()[-1] for w in words if w.split())

        subjects = tuple(f"{subject} {verb}" for subject in self.COMMISSION_SUBJECTS for verb in self.COMMISSION_VERBS)
        for keys, words in (
            (last(self.COMMISSION_NOUNS), subjects),
            (last(self.AFFILIATE_COMMISSIONS), self.AFFILIATE_COMMISSIONS),
            (last(self.HOLDING_NOUNS), self.HOLDER_SUBJECTS),
            *(((label,), (f"{label}:", f"{label} :")) for label in last(self.DISCLOSURE_LABELS)),
        ):
            for key in keys:
                key = _fold(key)
                given[key] = (*given.get(key, ()), *(_fold(w) for w in words if w.split()))
        return {K.DISCLAIMER.value: given} if given else {}

    def phrase_keys(self) -> dict[str, tuple[str, ...]]:
        """The keys (:attr:`LINE_KEYS`, :attr:`PROSE_KEYS`) of the patterns of :meth:`phrase_patterns`:
        words one of which every line they claim holds, the last word of each phrase a pattern
        cannot do without (``contributed``, ``reached``, ``commission``).

        .. versionadded:: 0.2"""
        keys: dict[str, tuple[str, ...]] = {}

        def last(words: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(w.split()[-1] for w in words if w.split())

        sign_off = dict.fromkeys((*last(self.CONTRIBUTED_VERBS), *last(self.REACHED_PHRASES)))
        if sign_off:
            keys[K.SIGN_OFF.value] = tuple(sign_off)
        disclaimer = dict.fromkeys(
            (
                *last(self.COMMISSION_NOUNS), *last(self.AFFILIATE_COMMISSIONS), *last(self.DISCLOSURE_LABELS),
                *last(self.HOLDING_NOUNS),
            )
        )
        if disclaimer:
            keys[K.DISCLAIMER.value] = tuple(disclaimer)
        embeds = dict.fromkeys(last(self.EMBED_NOTICES))
        if embeds:
            keys[K.NAVIGATION.value] = tuple(embeds)
        return keys

    #: The most characters of an outlet's name after a ``Vocabulary.RELATED_OUTLET_LABELS`` label
    #: (``Mehr bei der Zeit:``) before its colon, the name's first capital not counted.
    #:
    #: .. versionadded:: 0.2 (fixL63)
    MAX_OUTLET_CHARS: ClassVar[int] = 60

    def language_patterns(
        self, vocabulary: Vocabulary
    ) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
        """The patterns (for short lines, and for running prose) that the language's page words
        make, added to :attr:`PATTERNS` and :attr:`PROSE_PATTERNS`: a row of
        ``Vocabulary.SHARE_BUTTONS`` is ``share`` (``Teilen``, ``Compartir | Copiar enlace``), and
        a ``Vocabulary.RELATED_LABELS`` or ``TAG_LABELS`` label, alone or before a separator and a
        title, ``related`` (``Lire aussi : ...``, ``Lesen Sie auch: ...``, ``Archivado en``), and a
        ``Vocabulary.AD_LABELS`` label alone ``advertisement`` (``Anzeige``, ``Publicidad``); the
        English ones are the patterns' own.

        .. versionadded:: 0.2"""
        lines: dict[str, tuple[str, ...]] = {}
        prose: dict[str, tuple[str, ...]] = {}
        buttons = [regex.escape(w).replace("\\ ", r"\s++") for w in vocabulary.SHARE_BUTTONS if w]
        if buttons:
            button = "|".join(sorted(buttons, key=len, reverse=True))
            networks = "|".join(regex.escape(w) for w in sorted(self.SHARE_NETWORKS, key=len, reverse=True) if w)
            counted = r"(?:\d++\s++)?+(?:{})(?:\s*+\(\d++\))?+"  # "12 Kommentare", "Comentarios (12)"
            first, then = counted.format(button), counted.format(f"{button}|{networks}" if networks else button)
            # a row that opens with the language's button: "Teilen: Facebook WhatsApp", "Compartir en WhatsApp"
            lines[K.SHARE.value] = _x(rf"{first}(?:\s*+[:|·•/,]?\s*+(?:{then})){{0,12}}")
        # (a tag label is read as a related one: "Archivado en" / its tags, as "Tags" is)
        related = (*vocabulary.RELATED_LABELS, *vocabulary.TAG_LABELS)
        labels = [regex.escape(w).replace("\\ ", r"\s++") for w in related if w]
        if labels:
            label = "|".join(sorted(labels, key=len, reverse=True))
            lines[K.RELATED.value] = _x(rf"(?:{label})(?:\s*+[:>»|\-–—].{{0,200}})?")
            prose[K.RELATED.value] = _x(rf"(?:{label})\s*+[:>»|\-–—].{{0,300}}")
        outlets = [regex.escape(w).replace("\\ ", r"\s++") for w in vocabulary.RELATED_OUTLET_LABELS if w]
        if outlets:  # "Lire aussi sur Le Monde :", "Mehr bei der Zeit:", "Más en El Comercio:" (fixL63)
            label = "|".join(sorted(outlets, key=len, reverse=True))
            # the label, at most one lowercase article, the outlet's name opening with a capital (no
            # sentence's end), a colon, maybe the first link
            outlet = rf"(?:{label})\s++(?:(?-i:\p{{Ll}}{{1,4}}+)\s++)?+(?-i:\p{{Lu}})[^.!?:\n]{{0,{self.MAX_OUTLET_CHARS}}}+:"
            lines[K.RELATED.value] = (*lines.get(K.RELATED.value, ()), *_x(rf"{outlet}(?:\s*+[^.!?\n]{{1,200}})?"))
        ads = [regex.escape(w).replace("\\ ", r"\s++") for w in vocabulary.AD_LABELS if w]
        if ads:  # "Anzeige", "Publicité" alone on a line
            lines[K.ADVERTISEMENT.value] = _x("|".join(sorted(ads, key=len, reverse=True)))
        times = [regex.escape(w).replace("\\ ", r"\s++") for w in vocabulary.READING_TIME_LABELS if w]
        if times:  # "Temps de lecture 3 min.", "Lesezeit: 4 Minuten"
            label = "|".join(sorted(times, key=len, reverse=True))
            lines[K.OTHER.value] = _x(rf"(?:{label})\s*+:?\s*+\d{{1,3}}+\s*+\p{{L}}{{1,8}}+\.?+")
        expanders = [regex.escape(w).replace("\\ ", r"\s++") for w in vocabulary.EXPAND_BUTTONS if w]
        if expanders:  # "Mehr/Weniger.", "Weniger anzeigen", "Voir plus": a page's buttons alone on a line (lang65)
            button = "(?:" + "|".join(sorted(expanders, key=len, reverse=True)) + ")"
            lines[K.OTHER.value] = (*lines.get(K.OTHER.value, ()), *_x(rf"{button}(?:\s*+[/|·]\s*+{button})?+\W*+"))
        paywall = [regex.escape(w).replace("\\ ", r"\s++") for w in vocabulary.PAYWALL_LABELS if w]
        if paywall:  # "Article réservé aux abonnés" alone on a line
            lines[K.SUBSCRIBE.value] = _x("(?:" + "|".join(sorted(paywall, key=len, reverse=True)) + r")\W*+")
        sources = [regex.escape(w).replace("\\ ", r"\s++") for w in vocabulary.SOURCE_LABELS if w]
        only_agencies = [regex.escape(w).replace("\\ ", r"\s++") for w in vocabulary.AGENCY_SOURCE_LABELS if w]
        if sources or only_agencies:  # "Con información de EFE y Europa Press.": the agencies the story draws on
            joiners = "|".join(regex.escape(w) for w in (*vocabulary.AND_WORDS, "and") if w)
            agency = rf"(?-i:{vocabulary.agency_pattern})(?![\p{{L}}])"  # "dpa" as the agency writes itself
            # lowercase words before a name: "von der Deutschen Presse-Agentur", "de la agencia EFE", "l'AFP"
            links = sorted((regex.escape(w) for w in vocabulary.SOURCE_LINK_WORDS if w), key=len, reverse=True)
            link = rf"(?:(?-i:{'|'.join(links)})(?:\s++|(?<=['’])))" if links else "(?!)"
            notes = []
            for labels, named in (
                (sources, rf"(?:(?-i:\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*+)|{agency})"),
                (only_agencies, agency),  # "Avec AFP", not "Avec Marie Dupont"
            ):
                if labels:
                    label = "|".join(sorted(labels, key=len, reverse=True))
                    name = rf"{link}{{0,3}}+{named}"
                    tail = rf"(?:\s*+(?>{name}|(?:{joiners})(?![\p{{L}}])|[,;&/]))"
                    notes.append(rf"(?:{label})\s++{name}{tail}{{0,20}}+\.?")
            lines[K.SIGN_OFF.value] = _x(*notes)
            prose[K.SIGN_OFF.value] = lines[K.SIGN_OFF.value]
        marks = [regex.escape(w).replace("\\ ", r"\s++") for w in vocabulary.END_MARKS if w]
        if marks:  # "(FIN)" alone on a line: a wire's end mark in the language (lang58)
            lines[K.SIGN_OFF.value] = (
                *lines.get(K.SIGN_OFF.value, ()), *_x("|".join(sorted(marks, key=len, reverse=True))),
            )
        notes_labels = [regex.escape(w).replace("\\ ", r"\s++") for w in vocabulary.EDITORS_NOTE_LABELS if w]
        if notes_labels:  # "Rectificatif : une première version ...", "Anmerkung der Redaktion: ..."
            label = "|".join(sorted(notes_labels, key=len, reverse=True))
            # the label (maybe in brackets, maybe a date in brackets after it), a colon or a dash after a space
            # (not a compound's hyphen: "Korrektur-Vorschläge der Opposition ..."), then the note (after a dash,
            # opening with a capital)
            lines[K.EDITORS_NOTE.value] = _x(
                rf"\[?+(?:{label})(?:\s*+\([^()\n]{{1,40}}+\))?+(?:\s*+:\s*+\S|\s++[\-–—]\s*+(?-i:\p{{Lu}})).{{0,2000}}"
            )
            prose[K.EDITORS_NOTE.value] = lines[K.EDITORS_NOTE.value]
        return lines, prose

    def language_keys(self, vocabulary: Vocabulary) -> dict[str, tuple[str, ...]]:
        """The :attr:`PROSE_KEYS` that the patterns of :meth:`language_patterns` add: the first
        word of each ``Vocabulary.RELATED_LABELS`` and ``TAG_LABELS`` label."""
        keys: dict[str, tuple[str, ...]] = {}
        firsts = tuple(w.split()[0] for w in (*vocabulary.RELATED_LABELS, *vocabulary.TAG_LABELS) if w.split())
        firsts = (*firsts, *(w.split()[0] for w in vocabulary.RELATED_OUTLET_LABELS if w.split()))
        if firsts:
            keys[K.RELATED.value] = firsts
        labels = (*vocabulary.SOURCE_LABELS, *vocabulary.AGENCY_SOURCE_LABELS)
        sources = tuple(w.split()[0] for w in labels if w.split())
        if sources:
            keys[K.SIGN_OFF.value] = sources
        notes = tuple(w.split()[0] for w in vocabulary.EDITORS_NOTE_LABELS if w.split())
        if notes:
            keys[K.EDITORS_NOTE.value] = notes
        return keys

    def language_line_keys(self, vocabulary: Vocabulary) -> dict[str, tuple[str, ...] | None]:
        """The :attr:`LINE_KEYS` that the patterns of :meth:`language_patterns` add for short
        lines: the first word of each ``Vocabulary.SHARE_BUTTONS`` button (``share``), each
        ``Vocabulary.RELATED_LABELS`` and ``TAG_LABELS`` label (``related``) and each ``Vocabulary.AD_LABELS`` label
        (``advertisement``); ``None`` (always tried) for a kind with a word that is all spaces.

        .. versionadded:: 0.2"""
        keys: dict[str, tuple[str, ...] | None] = {}
        for kind, words in (
            (K.SHARE.value, vocabulary.SHARE_BUTTONS),
            (K.RELATED.value, (*vocabulary.RELATED_LABELS, *vocabulary.TAG_LABELS, *vocabulary.RELATED_OUTLET_LABELS)),
            (K.ADVERTISEMENT.value, vocabulary.AD_LABELS),
            (K.OTHER.value, vocabulary.READING_TIME_LABELS),
            (K.SUBSCRIBE.value, vocabulary.PAYWALL_LABELS),
            (K.SIGN_OFF.value, (*vocabulary.SOURCE_LABELS, *vocabulary.AGENCY_SOURCE_LABELS, *vocabulary.END_MARKS)),
            (K.EDITORS_NOTE.value, vocabulary.EDITORS_NOTE_LABELS),
        ):
            words = tuple(w for w in words if w)
            if words:
                keys[kind] = None if any(not w.split() for w in words) else tuple(w.split()[0] for w in words)
        return keys

    def line_keys(self, kind: str, more: dict[str, tuple[str, ...] | None]) -> tuple[str, ...] | None:
        """The case-folded :attr:`LINE_KEYS` of *kind* and its keys in *more* (those of
        :meth:`language_line_keys`), or ``None`` when a line is always tried against it: a kind
        with no keys, a kind whose patterns this class changed unless it also gave that kind keys
        of its own, and a kind whose *more* keys are ``None``.

        .. versionadded:: 0.2"""
        keys = self.LINE_KEYS.get(kind)
        if self.PATTERNS.get(kind) != BoilerplateParser.PATTERNS.get(kind) and keys == BoilerplateParser.LINE_KEYS.get(kind):
            return None  # (the changed patterns may claim lines the built-in keys would pass over)
        added = more.get(kind, ())
        if keys is None or added is None:
            return None
        return tuple(_fold(key) for key in (*keys, *added))

    @staticmethod
    def with_keys(keys: tuple[str, ...] | None, more: tuple[str, ...]) -> tuple[str, ...] | None:
        """*keys* and *more*; ``None`` (always tried) stays ``None``."""
        return None if keys is None else (*keys, *more)

    @staticmethod
    def joined(
        patterns: dict[str, tuple[str, ...]], more: dict[str, tuple[str, ...]]
    ) -> dict[str, tuple[str, ...]]:
        """*patterns* with the patterns of *more* after those of the same kind (a new kind last)."""
        joined = dict(patterns)
        for kind, found in more.items():
            joined[kind] = (*joined.get(kind, ()), *found)
        return joined

    def prose_keys(self, kind: str) -> tuple[str, ...] | None:
        """The :attr:`PROSE_KEYS` of *kind*, or ``None`` when a line of prose is always tried
        against it: a kind with no keys, and a kind whose prose patterns this class changed
        unless it also gave that kind keys of its own (other keys than the built-in ones)."""
        keys = self.PROSE_KEYS.get(kind)
        built_in = BoilerplateParser.PROSE_KEYS.get(kind)
        if self.PROSE_PATTERNS.get(kind) != BoilerplateParser.PROSE_PATTERNS.get(kind) and keys == built_in:
            return None  # (the changed patterns may claim lines the built-in keys would pass over)
        return keys

    @staticmethod
    def _compile(patterns: dict[str, tuple[str, ...]]) -> tuple[tuple[str, LazyPattern], ...]:
        # (each compiled when first tried alone: a kind in a run of kinds tried at once, or whose
        # keys a line seldom holds, may never be)
        flags = regex.IGNORECASE
        return tuple(
            (str(kind), _BlanksCalled("|".join(f"(?:{p})" for p in found), flags)) for kind, found in patterns.items()
        )

    @staticmethod
    def _share_alternatives(
        line_rows: tuple[_KindRow, ...], prose_rows: tuple[_KindRow, ...],
        line_found: dict[str, tuple[str, ...]], prose_found: dict[str, tuple[str, ...]],
    ) -> tuple[tuple[_KindRow, ...], tuple[_KindRow, ...]]:
        # A kind whose line and prose patterns differ but hold some of the same alternatives (the
        # sign-off's wire credits and "Reporting by" notes): each becomes a LazyAlternation of the
        # alternatives both hold, one pattern compiled once for the two, and its own others, so that
        # a run that tries the kind on lines and on prose compiles the common part once, not twice.
        line_by_kind = {str(kind): tuple(found) for kind, found in line_found.items()}
        prose_by_kind = {str(kind): tuple(found) for kind, found in prose_found.items()}
        split: dict[tuple[str, bool], LazyAlternation] = {}
        for kind, on_lines in line_by_kind.items():
            in_prose = prose_by_kind.get(kind)
            if in_prose is None or in_prose == on_lines:
                continue  # (the same source: the regex module's cache holds one compiled pattern already)
            both = tuple(dict.fromkeys(p for p in on_lines if p in in_prose))
            if not both:
                continue
            shared = _BlanksCalled("|".join(f"(?:{p})" for p in both), regex.IGNORECASE)
            for is_prose, found in ((False, on_lines), (True, in_prose)):
                own = tuple(p for p in found if p not in both)
                parts = (shared, _BlanksCalled("|".join(f"(?:{p})" for p in own), regex.IGNORECASE)) if own else (shared,)
                split[kind, is_prose] = LazyAlternation(
                    "|".join(f"(?:{p})" for p in found), regex.IGNORECASE, parts
                )

        def rows(found: tuple[_KindRow, ...], is_prose: bool) -> tuple[_KindRow, ...]:
            return tuple(
                (kind, split.get((kind, is_prose), pattern), keys, by_digit, first)
                for kind, pattern, keys, by_digit, first in found
            )

        return rows(line_rows, False), rows(prose_rows, True)

    def parse_line(self, line: Line) -> Boilerplate | None:
        """A :class:`Boilerplate` for *line*, or ``None`` when it is not boilerplate."""
        kind = self.kind(line.text)
        if kind is None:
            return None
        return Boilerplate(line.text, kind, line.span)

    def kind(self, text: str) -> str | None:
        """The boilerplate kind of a line's *text*, or ``None``."""
        if len(text) > self.MAX_CHARS:
            return None
        if _INVISIBLE_LINE.fullmatch(text, 0, None, KEEP_GIL) is not None:
            return K.OTHER.value  # a line of nothing but zero-width spaces or direction marks: no story text
        found = self.prose_kind(text) if self.is_prose(text) else self.line_kind(text)
        if found is not None and found == K.RELATED.value and self.is_quoted_sentence(text):  # (most lines: None, no enum read)
            return None  # "Leer más: «Es una reforma justa», dijo el ministro ...": the story's own paragraph
        if found is None and self.is_app_call(text):
            return K.SUBSCRIBE.value  # "Get the RNZ app", "Download the ABC app": a call to the reader (lay59)
        if found is None and self.is_reader_thanks(text):
            return K.SHARE.value  # "Thanks for reading! If you enjoyed this, follow me for more." (layT61)
        if found is None:
            found = self.call_after_lead_in(text)  # "Don't miss out on the latest news. Follow us on WhatsApp." (layT61)
        if found is None and self.is_channel_list(text):
            return K.SHARE.value  # "Follow us on our Telegram channel for the latest news, videos and photos."
        if found is None and self.is_share_prompt(text):
            return K.SHARE.value  # "Share this:", "Click to share on Facebook (Opens in new window)"
        if found is None and self.is_feedback_prompt(text):
            return K.OTHER.value  # "Have you spotted an error? Let us know.", "Vous avez repéré une erreur ?"
        if found == K.COPYRIGHT.value and self.is_year_sentence(text):
            return None  # "Copyright 2026 is the year the warehouse was due to open.": the story's sentence
        if found in self.CALL_KINDS and self.has_story_tail(text):
            return None  # "Sign up to our newsletter? Many residents did, the council said.": the story's line
        return found

    def has_story_tail(self, text: str) -> bool:
        """Whether *text*, read as a call to the reader (:attr:`CALL_KINDS`), goes on after its
        first sentence with a story's sentence, ending in a full stop and holding no word of
        :attr:`READER_WORDS`, so that the call is no line's whole furniture: a
        later sentence that reports speech (a word of :attr:`HOLDING_STOP_WORDS`: ``Follow us on
        Facebook. More than 2,000 people did, officials said.``), or, after a question, a sentence
        opening with a subject (a word of :attr:`STORY_TAIL_OPENERS`; not a number: ``5 great deals
        land every morning.``) that is no boilerplate itself (``Sign up to our
        newsletter? Many residents did.``; ``Want more deals? Join the Deals Newsletter.``, ``Like
        this story? Share it with a friend!`` and ``Sign up to our newsletter? Many of you did.``
        stay the call's).

        .. versionadded:: 0.2 (lay58)"""
        found = _SENTENCE_BREAK.search(text, 0, None, KEEP_GIL)
        if found is None:
            return False
        tail = text[found.end() :]
        words = {word.strip(".,;:!?\"'“”‘’()").casefold() for word in tail.split()}
        if words & self._reader_words or not tail.rstrip().endswith(self.STORY_TAIL_ENDS):
            return False  # ("Everyone says you should.": the page speaking; "..., according to 2 million readers": a blurb)
        if words & self._stop_words:
            return True
        if "?" not in found.group():
            return False
        first = tail.split(None, 1)[0].casefold() if tail.split() else ""
        if first not in self._story_tail_openers:
            return False  # "Like this story? Share it with a friend!": an imperative; "5 great deals land ...": a promise
        return self.kind(tail) is None

    def folded_words(self, text: str) -> set[str]:
        """The words of *text*, stripped of punctuation and case-folded; a word in capitals of two
        letters or more is left as written (``US`` is no ``us``).

        .. versionadded:: 0.2 (fixL60b)"""
        words = (word.strip(".,;:!?\"'“”‘’()") for word in text.split())
        return {word if len(word) > 1 and word.isupper() else word.casefold() for word in words}

    def speaks_to_reader(self, text: str) -> bool:
        """Whether *text* holds a word that addresses the reader or speaks for the page
        (:attr:`READER_WORDS`: ``Your daily briefing ...``) or one of a newsletter box
        (:attr:`CALL_WORDS`): the words of a call's box, not of the story.

        .. versionadded:: 0.2 (fixL60b)"""
        words = self.folded_words(text)
        return not words.isdisjoint(self._reader_words) or not words.isdisjoint(self.CALL_WORDS)

    #: Nouns of a reader's feedback, case-folded (``Do you have an opinion on this story?``,
    #: ``Have you spotted an error?``): with a word for the reader in a question, a prompt for the
    #: reader's feedback (:meth:`is_feedback_prompt`); the vocabulary's ``FEEDBACK_NOUNS`` beside them.
    #:
    #: .. versionadded:: 0.2 (fixL61)
    #:
    #: .. versionchanged:: 0.2 a reader's news tip too (``Do you have a news tip? WhatsApp us.``, fixL63)
    FEEDBACK_NOUNS: ClassVar[frozenset[str]] = frozenset({
        "opinion", "error", "errors", "mistake", "typo", "feedback", "comment", "comments", "correction", "tip", "tips",
        "story",  # "Do you have a story for our news team? Email us at ...", mendL65
    })
    #: Words, case-folded, that address the reader in a feedback prompt's question
    #: (:meth:`addresses_reader`): the second person only, not the page's ``we`` (``Did we make a
    #: mistake?`` may be a column's own question).
    #:
    #: .. versionadded:: 0.2 (fixL61)
    ADDRESS_WORDS: ClassVar[frozenset[str]] = frozenset({"you", "your", "yours"})
    #: Words, case-folded, for the page as the object of a call in the first person plural
    #: (``Let us know``, ``Write to us``): a feedback's question before such a call is a prompt,
    #: whatever words it holds for the reader (:meth:`calls_on_page`); the vocabulary's
    #: ``PAGE_OBJECT_WORDS`` beside them (``nous``, ``uns``).
    #:
    #: .. versionadded:: 0.2 (fixL61b)
    PAGE_OBJECT_WORDS: ClassVar[frozenset[str]] = frozenset({"us"})
    #: The most words before the page's object in a call (:meth:`calls_on_page`): the verb and one
    #: small word (``Write to us``, ``Schreiben Sie uns``, ``Dites-le-nous``).
    #:
    #: .. versionadded:: 0.2 (fixL61b)
    MAX_CALL_LEAD_WORDS: ClassVar[int] = 2
    #: The most words of a feedback prompt's question (:meth:`is_feedback_prompt`).
    #:
    #: .. versionadded:: 0.2 (fixL61)
    MAX_FEEDBACK_QUESTION_WORDS: ClassVar[int] = 12
    #: The longest line, in characters, read as a feedback prompt: a cheap test first.
    #:
    #: .. versionadded:: 0.2 (fixL61)
    MAX_FEEDBACK_CHARS: ClassVar[int] = 200
    #: Phrases, case-folded, that name the page itself (``Do you have an opinion on this story?``,
    #: ``Spotted an error in this article?``): a feedback prompt's question or its tail with one is
    #: about the page (:meth:`is_feedback_prompt`); the vocabulary's ``FEEDBACK_PAGE_PHRASES`` beside
    #: them (``cet article``).
    #:
    #: .. versionadded:: 0.2 (mendL61)
    FEEDBACK_PAGE_PHRASES: ClassVar[tuple[str, ...]] = (
        "this story", "this article", "this page", "this report", "this piece", "our story", "our article",
        "our coverage", "our reporting",
    )
    #: Phrases, case-folded, of a call to write to the page (``Let us know.``, ``Contact us``): after a
    #: feedback prompt's question, the reader's feedback asked for (:meth:`is_feedback_prompt`); the
    #: vocabulary's ``FEEDBACK_CALLS`` beside them (``écrivez-nous``, ``schreiben sie uns``).
    #:
    #: .. versionadded:: 0.2 (mendL61)
    FEEDBACK_CALLS: ClassVar[tuple[str, ...]] = (
        "let us know", "contact us", "tell us", "write to us", "email us", "e-mail us", "send us", "get in touch",
        "whatsapp us", "message us", "text us", "call us",
    )
    #: Phrases, case-folded, of a call to report an error, closing the words after a feedback prompt's
    #: question whose noun of feedback is the page's (``Spotted an error? Report it.``: no place named
    #: for it, :meth:`is_feedback_prompt`); the vocabulary's ``FEEDBACK_REPORTS`` beside them
    #: (``signalez-la``).  ``Report it to your employer.`` is advice, the story's.
    #:
    #: .. versionadded:: 0.2 (mendL61)
    FEEDBACK_REPORTS: ClassVar[tuple[str, ...]] = ("report it", "flag it")
    #: The most words a feedback prompt's question may have after its noun of feedback when it
    #: names no page (:meth:`feedback_noun_is_pages`): ``Haben Sie einen Fehler entdeckt?`` has one,
    #: ``Made a mistake on your return?`` three, an error in the reader's own return.
    #:
    #: .. versionadded:: 0.2 (mendL61)
    MAX_WORDS_AFTER_FEEDBACK_NOUN: ClassVar[int] = 1

    def is_feedback_prompt(self, text: str) -> bool:
        """Whether *text* is a page's prompt for the reader's feedback on the story, by its shape:
        it opens with a question of at most :attr:`MAX_FEEDBACK_QUESTION_WORDS` words that holds a
        word for the reader (:attr:`ADDRESS_WORDS`, or the vocabulary's ``READER_PRONOUNS`` as
        written: :meth:`addresses_reader`) and a noun of feedback (:attr:`FEEDBACK_NOUNS`), and
        the prompt is about the page: it names the page (:attr:`FEEDBACK_PAGE_PHRASES`: ``Do you
        have an opinion on this story? To send us a letter, click here.``), the rest calls the reader
        to write to the page (:attr:`FEEDBACK_CALLS`, an address with ``@``: ``Have you spotted an
        error? Let us know.``), or the question's noun names nothing else the error is in
        (:meth:`feedback_noun_is_pages`) and nothing follows it but a call to report it
        (:attr:`FEEDBACK_REPORTS`: ``Vous avez repéré une erreur ?``, ``... ? Signalez-la.``).  A
        question in quotation marks is someone's words (``"Do you see an error?" she asked.``), and a
        question followed by the story's sentence or advice to the reader is the story's (``Made a
        mistake on your return? You can file an amended return until April 30.``, mendL61).  A question with no word for
        the reader is a prompt too when a call in the first person plural follows it
        (:meth:`calls_on_page`: ``Spotted an error in this story? Let us know.``), or when it names
        the page and a call to report the error opens the rest (``Found a mistake in this article?
        Report it here.``, mendL64); ``Did we make a mistake? We think not.`` is the story's.

        .. versionadded:: 0.2 (fixL61)
        .. versionchanged:: 0.2 (fixL61b) a question before a call to write to the page.
        .. versionchanged:: 0.2 about the page only, never a question and its advice (mendL61)."""
        at = text.find("?")
        if at < 0 or len(text) > self.MAX_FEEDBACK_CHARS:
            return False  # (read on every body line: most hold no question)
        if any(opening in text for opening, _ in self.QUOTE_PAIRS):
            return False
        question, tail = text[:at].split(), text[at + 1 :].strip()
        if not question or len(question) > self.MAX_FEEDBACK_QUESTION_WORDS:
            return False
        if self._feedback_nouns.isdisjoint(self.folded_words(text[:at])):
            return False
        if not self.addresses_reader(question):  # "Spotted an error in this story? Let us know."
            opening = self.phrased(tail)
            if self.calls_on_page(tail) or any(opening.startswith(f" {call} ") for call in self._feedback_calls):
                return True
            # "Found a mistake in this article? Report it here.": the page's error, a call to report it (mendL64)
            asked = self.phrased(text[:at])
            return any(f" {phrase} " in asked for phrase in self._feedback_pages) and any(
                opening.startswith(f" {report} ") for report in self._feedback_reports
            )
        phrased = self.phrased(text)
        if any(f" {phrase} " in phrased for phrase in self._feedback_pages):
            return True  # "Do you have an opinion on this story?", "... dans cet article ?"
        phrased = self.phrased(tail)
        if "@" in tail or any(f" {phrase} " in phrased for phrase in self._feedback_calls) or self.calls_on_page(tail):
            return True  # "... ? Let us know.", "... ? Email corrections@...", "... ? Schreiben Sie uns."
        if not self.feedback_noun_is_pages(question):
            return False  # ("Made a mistake on your return? ...": the reader's own return, the story's advice)
        return not tail or any(phrased.endswith(f" {phrase} ") for phrase in self._feedback_reports)

    def calls_on_page(self, text: str) -> bool:
        """Whether *text*, what follows a feedback's question, opens with a call to write to the page
        in the first person plural: its first word one of the vocabulary's ``PAGE_CALLS``
        (``Escríbenos``), or a word of :attr:`PAGE_OBJECT_WORDS` (``us``; the vocabulary's
        ``nous``, ``uns``) right after the first word, maybe past one small word, an article, a
        preposition or a word for the reader (at most :attr:`MAX_CALL_LEAD_WORDS` before it:
        ``Let us know.``, ``Write to us.``, ``Écrivez-nous.``, ``Dites-le-nous.``, ``Schreiben Sie
        uns.``).  The page's own words are no call: ``We think not.``, ``Nous pensons que non.``
        (the object word first is a subject), ``It cost us dearly.`` (a verb before it); the first
        word must be the verb of a call that ends in the page's object (``FEEDBACK_CALLS``: ``write
        to us``, ``écrivez-nous``), never ``Few of us think so`` nor ``Let us be honest``
        (``let us know`` is read as a whole call).

        .. versionadded:: 0.2 (fixL61b)
        .. versionchanged:: 0.2 the first word a call's verb (reader61b)."""
        pieces = text.casefold().replace("-", " ").split(None, self.MAX_CALL_LEAD_WORDS + 1)
        words = [word for word in (piece.strip(".,;:!?¡¿\"'“”‘’()") for piece in pieces) if word]
        if not words:
            return False
        if words[0] in self._page_calls:
            return True  # "Escríbenos."
        if words[0] not in self._call_verbs:
            return False  # ("Few of us think so", "Let us be honest": no call to write to the page)
        for at in range(1, min(len(words), self.MAX_CALL_LEAD_WORDS + 1)):
            if words[at] in self._page_objects:
                return all(word in self._call_links for word in words[1:at])
        return False

    def feedback_noun_is_pages(self, question: list[str]) -> bool:
        """Whether the last noun of feedback (:attr:`FEEDBACK_NOUNS`) in *question*, a prompt's
        words, has at most :attr:`MAX_WORDS_AFTER_FEEDBACK_NOUN` words after it, naming nothing else
        the error is in: the page's error (``Have you spotted an error?``, ``Haben Sie einen Fehler
        entdeckt?``), not the reader's own (``Spotted an error on your payslip?``).

        .. versionadded:: 0.2 (mendL61)"""
        words = [word.strip(self.PHRASE_STRIP).casefold() for word in question]
        last = max((at for at, word in enumerate(words) if word in self._feedback_nouns), default=None)
        return last is not None and len(words) - 1 - last <= self.MAX_WORDS_AFTER_FEEDBACK_NOUN

    #: The marks :meth:`phrased` and :meth:`feedback_noun_is_pages` strip off a word's ends.
    #:
    #: .. versionadded:: 0.2 (mendL61)
    PHRASE_STRIP: ClassVar[str] = ".,;:!?¿¡\"'“”‘’()"

    def phrased(self, text: str) -> str:
        """*text*'s words stripped of :attr:`PHRASE_STRIP` and case-folded, one space between and
        round them: a phrase of words stands in it as ``f" {phrase} "`` (:meth:`is_feedback_prompt`).

        .. versionadded:: 0.2 (mendL61)"""
        words = (word.strip(self.PHRASE_STRIP).casefold() for word in text.split())
        return " " + " ".join(word for word in words if word) + " "

    def addresses_reader(self, words: list[str]) -> bool:
        """Whether *words*, a question's, hold one that addresses the reader: one of
        :attr:`ADDRESS_WORDS` in any case, or one of the vocabulary's ``READER_PRONOUNS`` as written
        (``vous``; ``Vous`` first too, but a capitalised one first only when the list has it in lower
        case: German ``Sie`` opening a question is ``she`` too).

        .. versionadded:: 0.2 (fixL61)"""
        for index, raw in enumerate(words):
            word = raw.strip(".,;:!?¿¡()")
            if word.casefold() in self.ADDRESS_WORDS:
                return True
            if word in self._reader_pronouns and not (index == 0 and word[:1].isupper()):
                return True
            if index == 0 and word[:1].isupper() and word[:1].lower() + word[1:] in self._reader_pronouns:
                return True
        return False

    def claims_rights(self, text: str) -> bool:
        """Whether *text*, a sentence, is a page's notice rather than the story's: boilerplate of
        any kind itself (:meth:`kind`: ``This story was first published by the City Herald.``) or a
        sentence with a word of :attr:`RIGHTS_WORDS` (``This article may not be republished.``).

        .. versionadded:: 0.2 (fixL60b)"""
        return not self.folded_words(text).isdisjoint(self.RIGHTS_WORDS) or self.kind(text) is not None

    #: How a story's sentence after a call ends (:meth:`has_story_tail`): a promo's blurb often ends
    #: with none (``The best journalism, according to 2 million readers``).
    #:
    #: .. versionadded:: 0.2 (merge58)
    STORY_TAIL_ENDS: ClassVar[tuple[str, ...]] = (".", ".”", ".\"", ".’", ".'")

    def is_year_sentence(self, text: str) -> bool:
        """Whether *text*, read as a copyright notice, opens with ``Copyright`` and a year followed by
        one of :attr:`COPYRIGHT_STORY_VERBS` (``Copyright 2026 is the year the warehouse was due to
        open.``): a story's sentence about that year, no notice (``Copyright 2026 Harbour Media``).
        The verb is in lower case, and the line claims no rights: a capitalised word after the
        year is a holder's name (``Copyright 2026 Marks & Spencer Group plc. All rights
        reserved.``, ``Copyright 2026 Will Media Ltd``).

        .. versionadded:: 0.2 (fixT57a)
        .. versionchanged:: 0.2 (fixR57) a capitalised verb-like word, or ``All rights reserved``: a notice."""
        match = self._year_verb.match(text.lstrip(), 0, None, KEEP_GIL)
        if match is None or match["word"].casefold() not in self._copyright_verbs or not match["word"][:1].islower():
            return False
        return self.RIGHTS_RESERVED not in text.casefold()

    #: Verbs, in lower case, that open a call to get an outlet's app (``Get the RNZ app``).
    #:
    #: .. versionadded:: 0.2 (lay59)
    APP_CALL_VERBS: ClassVar[frozenset[str]] = frozenset({"get", "download", "install"})
    #: Words, in lower case, between the verb and the app's name (``the``, ``our``).
    #:
    #: .. versionadded:: 0.2 (lay59)
    APP_CALL_DETERMINERS: ClassVar[frozenset[str]] = frozenset({"the", "our"})
    #: Nouns, in lower case, that end a call to get an app.
    #:
    #: .. versionadded:: 0.2 (lay59)
    APP_NOUNS: ClassVar[frozenset[str]] = frozenset({"app"})
    #: The most words an app's name may have between the determiner and the noun (``the ABC News app``).
    #:
    #: .. versionadded:: 0.2 (lay59)
    #:
    #: .. versionchanged:: 0.2 (mendLT70) 5, a name with a word of :attr:`APP_NAME_JOINS` in it
    #:    (``the Times of India News app``).
    MAX_APP_NAME_WORDS: ClassVar[int] = 5
    #: Words in lower case that may stand inside an app's name, between two capitalised words
    #: (``Download The Times of India News App``, ``the Arts and Culture app``).
    #:
    #: .. versionadded:: 0.2 (mendLT70)
    APP_NAME_JOINS: ClassVar[frozenset[str]] = frozenset({"of", "and", "&"})
    #: The longest line, in characters, read as a call to get an app: a cheap test first.
    #:
    #: .. versionadded:: 0.2 (lay59)
    #:
    #: .. versionchanged:: 0.2 (mendLT70) 80: a longer name and what the app offers
    #:    (``Download The Times of India News App for Latest City News.``, 58).
    MAX_APP_CALL_CHARS: ClassVar[int] = 80
    #: Marks that may end a call to get an app (``Get the ABC app!``, ``Download the app →``).
    #:
    #: .. versionadded:: 0.2 (lay59)
    APP_CALL_END_MARKS: ClassVar[str] = " .!:→›»"

    def is_app_call(self, text: str) -> bool:
        """Whether *text* is a line that calls the reader to get an outlet's app, by its shape, not
        the outlet's name: a verb of :attr:`APP_CALL_VERBS`, a word of :attr:`APP_CALL_DETERMINERS`,
        up to :attr:`MAX_APP_NAME_WORDS` capitalised words (a word of :attr:`APP_NAME_JOINS` between
        two of them: ``Download The Times of India News App``, mendLT70) and a noun of :attr:`APP_NOUNS` ending
        the line (``Get the RNZ app``, ``Download the ABC app``, ``Get the Guardian app``).  A line
        that goes on after the noun (``Get the app that tracks your runs``) or names the app in
        lower case (``download the ride app``) is not one.

        .. versionadded:: 0.2 (lay59)"""
        if len(text) > self.MAX_APP_CALL_CHARS:
            return False
        words = text.strip().rstrip(self.APP_CALL_END_MARKS).split()
        if len(words) < 3 or words[0].casefold() not in self.APP_CALL_VERBS:
            return False  # (most lines: one look at the first word)
        at = next((at for at, word in enumerate(words[2:], 2) if word.casefold() in self.APP_NOUNS), None)
        if at is None or at > 2 + self.MAX_APP_NAME_WORDS or not self.is_app_offer(words[at + 1 :]):
            return False
        determiner, name = words[1], words[2:at]
        if determiner.casefold() not in self.APP_CALL_DETERMINERS or (name and name[-1] in self.APP_NAME_JOINS):
            return False
        return all(
            word[:1].isupper() or word[:1].isdigit() or (place > 0 and word in self.APP_NAME_JOINS)
            for place, word in enumerate(name)
        )

    def is_app_offer(self, words: list[str]) -> bool:
        """Whether *words*, those after the app's noun in a call to get it (:meth:`is_app_call`),
        are none, or what the app offers: a word of :attr:`APP_OFFER_LINKS`, then at most
        :attr:`MAX_APP_OFFER_WORDS` words, the last of :attr:`APP_OFFER_WORDS` (both the vocabulary's
        when ``None``, lang62: ``... app for
        breaking news alerts``; not ``... app that tracks your runs``, ``... app for your
        prescriptions``).

        .. versionadded:: 0.2 (layT61)"""
        if not words:
            return True
        return (
            words[0].casefold() in self._app_offer_links
            and 2 <= len(words) <= 1 + self.MAX_APP_OFFER_WORDS
            and words[-1].rstrip(self.APP_CALL_END_MARKS).casefold() in self._app_offer_words
        )

    #: Words that lead from an app's noun to what it offers (``... app for news``); ``None``, the
    #: default: the vocabulary's ``APP_OFFER_LINKS`` (each pack its language's; lang62).
    #:
    #: .. versionadded:: 0.2 (layT61)
    APP_OFFER_LINKS: ClassVar[frozenset[str] | None] = None
    #: Nouns that end what an app offers (``for breaking news alerts``); ``None``, the default: the
    #: vocabulary's ``APP_OFFER_WORDS`` (lang62).
    #:
    #: .. versionadded:: 0.2 (layT61)
    APP_OFFER_WORDS: ClassVar[frozenset[str] | None] = None
    #: The most words of what an app offers after its link word (``breaking news alerts``).
    #:
    #: .. versionadded:: 0.2 (layT61)
    MAX_APP_OFFER_WORDS: ClassVar[int] = 4
    #: How a line that thanks the reader opens (:meth:`is_reader_thanks`); ``None``, the default: the
    #: vocabulary's ``READER_THANKS`` (each pack its language's, so ``Thanks for reading!`` is no
    #: sign-off to the French pack; lang62).
    #:
    #: .. versionadded:: 0.2 (layT61)
    READER_THANKS: ClassVar[tuple[str, ...] | None] = None

    def is_reader_thanks(self, text: str) -> bool:
        """Whether *text* opens by thanking the reader (:attr:`READER_THANKS` or the vocabulary's, then no letter:
        ``Thanks for reading!``, ``Thanks for reading! If you enjoyed this, follow me for more.``),
        with no word of :attr:`HOLDING_STOP_WORDS` nor of the vocabulary's ``THANKS_STOP_WORDS``
        (``Thanks for reading, the mayor told the club.``, ``Danke fürs Lesen, sagte sie.`` are the
        story's): a blog's sign-off, no story's sentence.

        .. versionadded:: 0.2 (layT61)
        .. versionchanged:: 0.2 the pack's words of saying too (lang62b)"""
        head = text.lstrip()[: self._thanks_chars].casefold()
        if not self._thanks_openers or not head.startswith(self._thanks_openers):
            return False  # (most lines: one look at the opening)
        thanks = next((phrase for phrase in self._reader_thanks if head.startswith(phrase)), None)
        if thanks is None or head[len(thanks) : len(thanks) + 1].isalpha():
            return False
        return not any(word.strip(".,;:!?").casefold() in self._thanks_stop_words for word in text.split())

    #: Words that open a call's short lead-in (:meth:`call_after_lead_in`: ``Don't miss out on the
    #: latest news.``); ``None``, the default: the vocabulary's ``CALL_LEAD_OPENERS`` (lang62).
    #:
    #: .. versionadded:: 0.2 (layT61)
    CALL_LEAD_OPENERS: ClassVar[frozenset[str] | None] = None
    #: The most words of a call's lead-in (:meth:`call_after_lead_in`).
    #:
    #: .. versionadded:: 0.2 (layT61)
    MAX_CALL_LEAD_IN_WORDS: ClassVar[int] = 8

    def call_after_lead_in(self, text: str) -> str | None:
        """The kind of a call to the reader (:attr:`CALL_KINDS`) after a short lead-in on the same
        line, or ``None``: a first sentence of at most :attr:`MAX_CALL_LEAD_IN_WORDS` words opening with
        one of :attr:`CALL_LEAD_OPENERS` (or the vocabulary's) and holding no word of :attr:`HOLDING_STOP_WORDS`, then a
        call the line's rest is whole (``Don't miss out on the latest news. Follow us on WhatsApp.``,
        ``Stay informed. Sign up to our newsletter.``).  A lead-in over a story's sentence
        (``Don't panic. The river crested at noon.``) is the story's.

        .. versionadded:: 0.2 (layT61)"""
        first = text.split(None, 1)[0].casefold() if text.strip() else ""
        if first not in self._call_lead_openers:
            return None  # (most lines: one look at the first word)
        found = _SENTENCE_BREAK.search(text, 0, None, KEEP_GIL)
        if found is None:
            return None
        head, tail = text[: found.start()], text[found.end() :]
        if len(head.split()) > self.MAX_CALL_LEAD_IN_WORDS or any(word.casefold() in self._stop_words for word in head.split()):
            return None
        kind = self.kind(tail)
        return kind if kind in self.CALL_KINDS else None

    #: The most words of the lead-in before a call to support or join the page itself
    #: (:meth:`page_call_after_lead_in`).
    #:
    #: .. versionadded:: 0.2 (debris71)
    MAX_PAGE_CALL_LEAD_WORDS: ClassVar[int] = 30
    #: The most characters of that call, the line's last sentence.
    #:
    #: .. versionadded:: 0.2 (debris71)
    MAX_PAGE_CALL_CHARS: ClassVar[int] = 120
    #: The marks that end the lead-in's sentence before the call.
    #:
    #: .. versionadded:: 0.2 (debris71)
    PAGE_CALL_BREAKS: ClassVar[tuple[str, ...]] = (". ", "? ", "! ")
    #: Quotation marks a line with such a call never holds (single marks left out: they are
    #: apostrophes as often, ``The Harbour Times' journalism``).
    #:
    #: .. versionadded:: 0.2 (debris71)
    PAGE_CALL_QUOTE_MARKS: ClassVar[tuple[str, ...]] = ('"', "“", "”", "«", "»", "„")

    def page_call_after_lead_in(self, text: str) -> str | None:
        """The kind of a call to the reader (:attr:`CALL_KINDS`) that closes a line after a lead-in
        of any opening: the line's last sentence, at most :attr:`MAX_PAGE_CALL_CHARS` characters,
        speaks for the page or to the reader (:meth:`speaks_to_reader`: ``Support us.``, ``Sign up
        for our newsletter.``, ``Subscribe for just R30 a month.``, ``The rest is for subscribers
        only.``) and is a call by itself (:meth:`line_kind`), and the lead-in, at most
        :attr:`MAX_PAGE_CALL_LEAD_WORDS` words, holds no quotation mark, the call no comma (``Subscribe
        to our channel, he wrote.`` reports a call) and neither part a word of
        :attr:`HOLDING_STOP_WORDS`: an outlet's note about itself (``The Harbour Times'
        independent journalism is being challenged like never before. Please support us.``), a
        paywall's (``You have 62% of this article left to read. The rest is for subscribers
        only.``), a newsletter's blurb; ``Residents were told to register. Sign up here, the
        council said.`` is the story's.  Not read by :meth:`kind`: the article reads it on the
        blocks at the body's foot only (:meth:`ArticleParser.foot_call_kind
        <newsparse.ArticleParser.foot_call_kind>`), where a story's own line is rare.

        .. versionadded:: 0.2 (debris71)"""
        end, mark = max((text.rfind(mark), mark) for mark in self.PAGE_CALL_BREAKS)
        if end < 0 or len(text) - end > self.MAX_PAGE_CALL_CHARS:
            return None  # (most lines: a story's last sentence is longer, or there is one sentence)
        head, tail = text[: end + len(mark.rstrip())], text[end + len(mark) :].strip()
        if not tail or "," in tail or not self.speaks_to_reader(tail):
            return None  # ("Subscribe to our channel, he wrote.": a call that the story reports, its attribution after a comma)
        words = head.split()
        if len(words) > self.MAX_PAGE_CALL_LEAD_WORDS or any(quote in text for quote in self.PAGE_CALL_QUOTE_MARKS):
            return None
        if any(word.strip(".,;:!?").casefold() in self._stop_words for word in (*words, *tail.split())):
            return None  # ("Sign up here, the council said.": a story's report)
        kind = self.line_kind(tail)
        return kind if kind in self.CALL_KINDS else None

    def is_share_prompt(self, text: str) -> bool:
        """Whether *text* is a prompt to share the story by its shape: at most
        :attr:`SHARE_PROMPT_MAX_WORDS` words ending in a link's hint in brackets, one of
        :attr:`SHARE_PROMPT_WORDS` among them (``Click to share on X (Opens in new window)``,
        :attr:`LINK_HINTS`), or at most :attr:`SHARE_HEADING_WORDS` words ending in a colon over the
        buttons, the share word first (``Share this:``, ``Kindly share this story:``).
        A story's lead-in or subhead stays the story's (``Residents were asked to share their views:``,
        ``Share prices fell:``): the heading's other words are polite ones
        (:attr:`SHARE_HEADING_POLITE_WORDS`) before the share word, of :attr:`SHARE_PROMPT_WORDS`
        only, and :attr:`SHARE_HEADING_TAIL_WORDS` after it.

        .. versionadded:: 0.2"""
        end = text.rstrip().casefold()
        if not end.endswith((":", ")")):
            return False  # (read on every body line: most end otherwise)
        words = [word.strip(".,;:!?()").casefold() for word in text.split()]
        if end.endswith(self._link_hints):  # a button: "Click to share on X (Opens in new window)"
            button = text[: text.rfind("(")].split()  # (the words before the hint)
            return len(button) <= self.SHARE_PROMPT_MAX_WORDS and bool(self._share_prompt_words.intersection(words))
        # a row's heading: the share word first, or after a polite word, then words of the tail only
        # ("Share this:", "Kindly share this story:"; not "Share prices fell:", "Share your views:")
        words = [word for word in words if word]
        if words[:1] and words[0] in self.SHARE_HEADING_POLITE_WORDS:
            words = words[1:]
        return (
            end.endswith(":")
            and 0 < len(words) <= self.SHARE_HEADING_WORDS
            and words[0] in self.SHARE_PROMPT_WORDS
            and all(word in self.SHARE_HEADING_TAIL_WORDS for word in words[1:])
        )

    def is_channel_list(self, text: str) -> bool:
        """Whether *text* is a call to join or follow a channel, a group or a page on a network whose
        offer is a list (``Follow us on our Telegram channel for the latest news, videos and
        photos.``): each item after the first one or two words, the last after ``and`` or ``or``, and
        no word of :attr:`HOLDING_STOP_WORDS` (``Join the Telegram channel for alerts, officials
        said, and share news.`` is the story's).  A clause after a comma is no item (``..., the
        charity said, and share your story.``).

        .. versionadded:: 0.2"""
        if self._channel_list.fullmatch(text, 0, None, KEEP_GIL) is None:
            return False
        return not any(word.strip(".,;:!?").casefold() in self._stop_words for word in text.split())

    def is_quoted_sentence(self, text: str) -> bool:
        """Whether *text* holds a quotation (:attr:`QUOTE_PAIRS`) with words after it and ends a
        sentence (``Weiterlesen – „Das ist eine gerechte Reform“, sagte Minister Paul Weber ...``),
        as a story's attributed quotation does and a link to another story does not.

        .. versionadded:: 0.2"""
        end = text.rstrip()
        if self._quotation is None or not end or end[-1] not in ".!?":
            return False
        return self._quotation.search(text) is not None

    def line_kind(self, text: str) -> str | None:
        """The boilerplate kind of a line that is not running prose by :attr:`PATTERNS`, or
        ``None``; a kind none of whose :attr:`LINE_KEYS` the line holds (nor a digit, for
        :attr:`LINE_DIGIT_KINDS`) is passed over untried (a kind of :attr:`LINE_PATTERN_FIRST` is
        tried first and its keys looked for only when it matches).

        .. versionadded:: 0.2"""
        return self.first_kind(text, self._line_steps)

    def prose_kind(self, text: str) -> str | None:
        """The boilerplate kind of a line of running prose by :attr:`PROSE_PATTERNS`, or ``None``;
        a kind none of whose :attr:`PROSE_KEYS` the line holds is passed over untried (a kind of
        :attr:`PROSE_PATTERN_FIRST` is tried first and its keys looked for only when it matches)."""
        return self.first_kind(text, self._prose_steps)

    def first_kind(self, text: str, steps: tuple[tuple[LazyPattern | None, tuple[_KindRow, ...]], ...]) -> str | None:
        """The work of :meth:`line_kind` and :meth:`prose_kind` (override those two rather than
        this one): the first kind of *steps* (:func:`_pattern_runs` of the rows ``(kind, pattern,
        keys, by_digit, pattern_first)``) that *text* holds a key of (or, for a ``by_digit`` kind,
        a digit) and whose pattern matches it whole.  A run's pattern that matches tells the first
        of its kinds whose pattern matches: that one is not matched again.

        .. versionadded:: 0.2"""
        folded: str | None = None
        digit: bool | None = None
        for run, members in steps:
            matched = None  # (the row whose pattern is known to match: the run's first that does)
            if run is not None:  # kinds tried by their patterns first, all at once: go on from the first that matches
                found = run.fullmatch(text, 0, None, KEEP_GIL)
                if found is None:
                    continue
                members = members[_run_member(found) :]
                matched = members[0]
            for row in members:
                kind, pattern, keys, by_digit, pattern_first = row
                if pattern_first and row is not matched and pattern.fullmatch(text, 0, None, KEEP_GIL) is None:
                    continue
                if keys is not None:
                    if folded is None:
                        folded = _fold(text)  # ("İ" folds to "i" and a combining dot; the patterns read it as "i")
                    for key in keys:
                        if key in folded:
                            needs = self._key_companions.get((kind, key)) if self._key_companions else None
                            if needs is None or any(word in folded for word in needs):
                                break
                    else:  # (none of the keys)
                        if not by_digit:
                            continue
                        if digit is None:
                            digit = _DIGIT.search(text, 0, None, KEEP_GIL) is not None
                        if not digit:
                            continue
                if pattern_first or pattern.fullmatch(text, 0, None, KEEP_GIL):
                    return kind
        return None

    def is_prose(self, text: str) -> bool:
        """Whether *text* reads as a sentence of running prose, which only :attr:`PROSE_PATTERNS` may claim."""
        return is_sentence(text, self.PROSE_WORDS)
