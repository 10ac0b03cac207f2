"""Photo captions and their credits: ``... on August 13, 2024. Photo: VCG``, ``(AP Photo/Evan Vucci)``,
``REUTERS/Maxim Shemetov``, ``Credit...Doug Mills/The New York Times``, ``Image caption ...``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import pairwise
from typing import ClassVar

import attrs
import regex

from .errors import check_option
from .lines import CLOSERS, SENTENCE_ENDS, SPACED_WORD, Line, ends_sentence, has_lower_word, is_sentence
from .names import NameModel
from .sharing import LazyPattern
from .spans import Caption, Span, collapse
from .vocabulary import KEEP_GIL, Vocabulary, alternation

__all__ = ["CaptionLine", "CaptionParser"]

#: A number and a sentence's full stop before a capital letter, glued to it or with a space or two: the
#: end of a caption whose credit follows (``... on Sept. 18.JUSTIN TANG/THE CANADIAN PRESS``, ``... on
#: Sept. 18. AP PHOTO/TOM BERG``), when a credit pattern took the number for the credit's.
_NUMBER_STOP = regex.compile(r"\d{1,4}+[.!?][ ]{0,2}+(?=\p{Lu})")



@attrs.frozen
class CaptionLine:
    """One occurrence of a caption: its ``text`` and ``span`` without the credit, and the ``credit``."""

    text: str
    credit: str | None
    span: Span


class CaptionParser:
    """Finds caption lines and groups repeated captions.

    A line is a caption when it ends in a credit (a :attr:`CREDIT_WORDS` label such as
    ``Photo:``, an agency photo credit such as ``(AP Photo/...)`` or ``REUTERS/...``, one of
    :attr:`CREDIT_TAILS`, a bracketed credit such as ``[File: Reuters]``, or ``via Source`` on
    a short line), ends in a gallery fold toggle (:attr:`TOGGLES`), or starts with a
    :attr:`CAPTION_LABELS` label.
    """

    #: Labels that introduce a credit: ``Photo: VCG``, ``Credit...Doug Mills``.
    CREDIT_WORDS: ClassVar[tuple[str, ...]] = (
        "Photo", "Photos", "Photograph", "Photographs", "Photography", "Photo credit", "Picture", "Pictures", "Pic", "Image",
        "Images", "Image credit", "Credit", "Credits", "Courtesy", "Illustration", "Graphic", "Video", "Source",
        "Image source", "Photo illustration", "Picture credit", "Image copyright", "Picture copyright", "Photo courtesy",
        # an old picture from the files and its source: "... in Galway (File image: Jo Roe)", "... File picture: Jo Roe"
        "File image", "File photo", "File picture", "File pic",
    )
    #: Credit labels that a space alone may part from a credit with a slash between capitalised
    #: names, after a sentence end (``... on Monday. Photo Jo Roe/Reuters``): the label is no part
    #: of the credit.  Not the labels a credit's own name may open with (``Picture Alliance/dpa``,
    #: ``Image Source/Getty Images``), nor ``Credit`` (``Credit Jane Roe/Reuters`` stays whole).
    #:
    #: .. versionadded:: 0.2
    BARE_CREDIT_LABELS: ClassVar[tuple[str, ...]] = ("Photo", "Photos", "Foto", "Fotos")
    #: Credit labels printed above the picture they credit, so that the line above is no caption.
    CREDIT_BELOW_LABELS: ClassVar[tuple[str, ...]] = ("Image copyright", "Picture copyright", "Image source,")
    #: Agencies whose photo credits are written ``AGENCY Photo/Name`` or ``AGENCY/Name``.
    PHOTO_AGENCIES: ClassVar[tuple[str, ...]] = (
        "AP", "AFP", "Reuters", "REUTERS", "EPA", "EPA-EFE", "Xinhua", "UPI", "Getty Images", "Bloomberg",
        "ANP", "dpa", "DPA", "TASS", "Sputnik", "PA", "AAP", "Kyodo", "Yonhap", "IANS", "PTI", "ANI",
        "Associated Press", "Canadian Press", "THE CANADIAN PRESS", "EFE",
    )
    #: Words that say a picture is an old one from the files, first in square brackets after a
    #: caption's finished sentence, a comma or a colon and its source after them (``Matatus at the
    #: stage in Nairobi. [File, Standard]``): the brackets hold the credit (:meth:`read_credit`).  An
    #: empty tuple reads none.
    #:
    #: .. versionadded:: 0.2
    FILE_WORDS: ClassVar[tuple[str, ...]] = ("File", "Archive", "Archivo", "Archives", "Archiv")
    #: Credits that stand at the end of a caption without a label.
    CREDIT_TAILS: ClassVar[tuple[str, ...]] = (
        "Getty Images", "AFP via Getty Images", "Shutterstock", "Alamy", "Alamy Stock Photo", "File Photo",
        "file photo", "Handout", "handout", "Submitted photo", "Contributed photo", "Courtesy photo", "Staff photo",
        "Supplied photo", "Supplied picture", "Supplied image",
        "Family photo", "Family handout",
        # stock libraries
        "iStock", "iStockphoto", "Adobe Stock", "stock.adobe.com", "Shutterstock.com", "Unsplash", "Pexels", "Pixabay",
        "Dreamstime", "Depositphotos",
        # a wire's picture service
        "PA Wire", "PA Images",
    )
    #: Credit tails that a sentence of the story may end in too (``... said in a statement to PA
    #: Wire``): a line ending in one is a caption only when it does not read as running prose
    #: (:meth:`reads_as_prose`).
    STORY_TAILS: ClassVar[tuple[str, ...]] = ("PA Wire", "PA Images")
    #: Words that open a byline: text before a credit that opens with one and a capitalised word
    #: is a byline, never a caption (``By Jane Roe With Photographs by Tom Berg``; see
    #: :meth:`is_caption_text`).
    #: A feature's credit for its words opens a byline so too (``Words by Ciara Moran · Photographs by Tom
    #: Honan``, fixT56a).
    BYLINE_OPENERS: ClassVar[tuple[str, ...]] = ("By", "BY", "Words by", "Story by", "Text by", "Written by")
    #: Labels of the writers, editors and notes a story prints in brackets after a sentence
    #: (``(Writing: Jane Roe)``, ``(Also Read: ...)``): a bracketed ``(Label: Name)`` with one of
    #: them is the story's, never a picture's credit.
    EDITORIAL_LABELS: ClassVar[tuple[str, ...]] = (
        "Writing", "Written by", "Editing", "Edited by", "Reporting", "Reporting by", "Additional reporting",
        "Compiled by", "Translation", "Translated by", "Research", "Also read", "Read", "Read more", "See also",
        "Watch", "Listen", "Update", "Updated", "Related", "Disclaimer", "Note", "Editor's note", "Correction",
        "Clarification", "Fact check", "Full story", "Story", "Pictured", "Opinion", "Analysis", "Explainer",
        "Live", "Latest", "Follow", "Contact", "Background", "Timeline", "Recommended",
    )
    #: Words of a page's share buttons that a row of pieces apart by bars holds (``Share this
    #: story | Image | Facebook``), which no credit after a bar (``PHOTO | FILE | CITY DAILY``) does.
    SHARE_WORDS: ClassVar[tuple[str, ...]] = (
        "Facebook", "Twitter", "WhatsApp", "LinkedIn", "Pinterest", "Reddit", "Telegram", "Messenger", "Copy link",
    )
    #: The fewest words of a line that reads as running prose (:meth:`reads_as_prose`), as
    #: :attr:`ArticleParser.PLAIN_PROSE_WORDS <newsparse.article.ArticleParser.PLAIN_PROSE_WORDS>` counts them.
    PROSE_WORDS: ClassVar[int] = 6
    #: Credits that say where a picture came from, not who took it, so that the names before them
    #: on a line of their own are the people pictured: ``Christopher Battin Submitted photo``.
    SUBJECT_TAILS: ClassVar[tuple[str, ...]] = (
        "Submitted photo", "Contributed photo", "Courtesy photo", "File photo", "Handout photo", "Family photo",
    )
    #: Labels that start a caption line: ``Image caption``, ``Caption:``.
    CAPTION_LABELS: ClassVar[tuple[str, ...]] = (
        "Image caption", "Media caption", "Photo caption", "Video caption", "Caption", "Pictured",
    )
    #: Labels that open the caption of a video or a picture when a sentence follows them, not a
    #: credit (``Video: In this talk, a physiologist explains ...``; ``Video: Jane Roe`` is a credit);
    #: a broadcaster's in capitals too (``VIDEO: Crews clear the road ...``, ``WATCH:``, ``LISTEN:``).
    #: ``Watch`` and ``Listen`` in sentence case open an order in running text, ``Gallery:`` a
    #: gallery's link (``Gallery: Harbour views \| 9 Photos``), not a caption.
    #: Words that may tell where in the picture, or which picture, between a
    #: :attr:`CAPTION_LABELS` label and its colon (``Pictured above:``, ``Pictured left to
    #: right:``, ``Pictured (from left):``): with them the label needs the colon or a dash after
    #: them, so that ``Pictured above the door is ...`` stays a sentence.
    #:
    #: .. versionadded:: 0.2
    LABEL_PLACES: ClassVar[tuple[str, ...]] = (
        "above", "below", "left", "right", "top", "here", "inset", "main", "from left", "left to right",
        "from left to right", "l-r", "l to r",
    )
    MEDIA_LABELS: ClassVar[tuple[str, ...]] = (
        "Video", "Photo", "Photos", "VIDEO", "PHOTO", "PHOTOS", "GALLERY", "AUDIO", "WATCH", "LISTEN",
    )
    #: The fewest words after a :attr:`MEDIA_LABELS` label that make it a caption.
    MEDIA_CAPTION_WORDS: ClassVar[int] = 6
    #: Words that close a company's name (``Apple, Inc.``), the one word a maker's credit line
    #: may end with a full stop (:meth:`maker_credit`).
    COMPANY_SUFFIXES: ClassVar[tuple[str, ...]] = (
        "Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd.", "Ltd", "LLC", "PLC", "plc", "GmbH", "AG", "S.A.", "SA",
    )
    #: The last words of an outlet's name that a photographer or a studio works for, on a credit
    #: line ``Jo Roe for City Magazine`` (an outlet that opens with ``The`` needs none of them:
    #: ``Jo Roe for The City Herald``), so that ``Meal Plan for Week One`` is no credit.
    OUTLET_WORDS: ClassVar[tuple[str, ...]] = (
        "Magazine", "Times", "News", "Post", "Herald", "Journal", "Tribune", "Guardian", "Observer", "Review",
        "Telegraph", "Chronicle", "Gazette", "Press", "Today", "Weekly", "Daily", "Media", "Monthly", "Standard",
    )
    #: The words between a photographer's name and the outlet they work for, at a caption's end
    #: after its sentence (``... on Monday. Jo Roe for the City Gazette``: :meth:`works_for_outlet`).
    #:
    #: .. versionadded:: 0.2
    WORKING_FOR_WORDS: ClassVar[tuple[str, ...]] = ("for",)
    #: The most letters of a word in lower case before such an outlet's name (an article:
    #: ``for the City Gazette``).
    #:
    #: .. versionadded:: 0.2
    OUTLET_ARTICLE_CHARS: ClassVar[int] = 4
    #: The most words of a maker's name on a credit line over a product's heading (:meth:`maker_credit`).
    MAKER_WORDS: ClassVar[int] = 3
    #: The most words of the product's heading under a maker's credit line (:meth:`maker_credit`).
    PRODUCT_WORDS: ClassVar[int] = 12
    #: Labels in capitals that open the caption of an archive photo: ``FILE - Mike Roberts ...``; the
    #: two words in sentence and title case too (``File photo: Senate President ...``, fixT56a).
    FILE_LABELS: ClassVar[tuple[str, ...]] = ("FILE", "FILE PHOTO", "File photo", "File Photo")
    #: The words a gallery prints after a caption to fold or unfold it: ``... on Tuesday. less``.
    TOGGLES: ClassVar[tuple[str, ...]] = (
        "less", "more", "Read less", "Read more", "Show less", "Show more", "more >", "more ›", "more »",
    )
    #: Lower-case words a credit may hold freely: ``Photo: courtesy of the family``.
    LOWER_CREDIT_WORDS: ClassVar[frozenset[str]] = frozenset(
        ("courtesy", "via", "file", "of", "the", "and", "for", "photo", "by", "from")
    )
    #: A wire's marks at the end of a story or of one of its takes, in any case, which close a
    #: story's last sentence in brackets as a credit closes a caption (``... last year. (END)``,
    #: ``(MORE)``): never a credit.  (versionadded 0.2)
    END_MARK_WORDS: ClassVar[frozenset[str]] = frozenset(("end", "ends", "more", "enditem", "end item"))
    #: The most other lower-case words a credit may hold (``ipopba/Getty Images``), so that
    #: ``Photo: none was taken`` is a sentence, not a credit.
    MAX_LOWER_CREDIT_WORDS: ClassVar[int] = 1
    #: Credit labels, case-folded, that name the picture's owner (``Courtesy of the family``, ``Photo
    #: courtesy of city hall``): a label that ends with one may be followed by an owner in lower case
    #: of at most :attr:`MAX_OWNER_LOWER_WORDS` other lower-case words, no comma among them
    #: (:meth:`is_credit_match`), where any other credit holds :attr:`MAX_LOWER_CREDIT_WORDS`.
    #:
    #: .. versionadded:: 0.2 (fixL63)
    OWNER_CREDIT_LABELS: ClassVar[tuple[str, ...]] = ("courtesy",)
    #: The most other lower-case words of an owner after an :attr:`OWNER_CREDIT_LABELS` label
    #: (``city hall``, ``the town's fire department``).
    #:
    #: .. versionadded:: 0.2 (fixL63)
    MAX_OWNER_LOWER_WORDS: ClassVar[int] = 3
    #: The fewest words a caption with a fold toggle may have.
    MIN_TOGGLE_WORDS: ClassVar[int] = 8
    #: Words that join a credit label to the name it introduces (``Photo by``, ``Courtesy of``): a
    #: credit that is a label and one of them, and nothing after (``Photo: Photograph by``), is no credit.
    LABEL_LINKS: ClassVar[tuple[str, ...]] = ("by", "of")
    #: The most words a line may have for a closing ``via Source`` to make it a caption.
    VIA_MAX_WORDS: ClassVar[int] = 25
    #: The most words in lower case after a possessive name that a closing ``via`` source may have
    #: (``... via Sudan's army``; a credit holds at most :attr:`MAX_LOWER_CREDIT_WORDS` such words).
    #:
    #: .. versionadded:: 0.2
    VIA_OWNED_WORDS: ClassVar[int] = 1
    #: The most capitals of an outlet's abbreviation between a caption's sentence end and its
    #: credit's label (``... on Dec 5. ST PHOTO: JO ROE``): the label's, not the caption's
    #: (:meth:`without_outlet_mark`).
    #:
    #: .. versionadded:: 0.2
    MAX_OUTLET_MARK_LETTERS: ClassVar[int] = 5
    #: The most letters of an outlet's one capitalised word between a caption's sentence end and
    #: its credit's label (``... on Sunday. Post Photo: Jo Roe``): the label's, as an
    #: abbreviation is (:meth:`without_outlet_mark`; mendL64).
    #:
    #: .. versionadded:: 0.2 (mendL64)
    MAX_OUTLET_WORD_LETTERS: ClassVar[int] = 12
    #: Words, in lower case, after which a word in lower case is a headline's verb in the
    #: infinitive (``Council to fund bus route``): a line in a headline's place that ends in ``via``
    #: and a source with no caption's evidence is then the headline (:meth:`states_headline_verb`).
    #:
    #: .. versionadded:: 0.2
    INFINITIVE_MARKERS: ClassVar[frozenset[str]] = frozenset({"to"})
    #: Platforms a picture or a video is posted on, as written: a closing ``via`` one of them is a
    #: picture's source (``... the bridge collapsing via Telegram``), never a route
    #: (:meth:`via_credit_evidence`).
    #:
    #: .. versionadded:: 0.2
    SOURCE_PLATFORMS: ClassVar[frozenset[str]] = frozenset(
        {"Facebook", "Twitter", "X", "Instagram", "TikTok", "YouTube", "Telegram", "WhatsApp", "Bluesky", "Threads"}
    )
    #: Words of a caption's text, in lower case, that say it reports an opinion poll (``... in new
    #: poll``, ``... a survey found``): an agency in brackets and one more name after a slash is
    #: then the poll's makers (``(Reuters/Ipsos)``, ``(AP/NORC)``), no picture's credit; an agency
    #: and a photographer's name (``(Reuters/Ana Ruiz)``) stays the credit.  An empty set reads none.
    #:
    #: .. versionadded:: 0.2
    POLL_WORDS: ClassVar[frozenset[str]] = frozenset({"poll", "polls", "survey", "surveys", "pollster", "pollsters"})
    #: The most words a line may have to become a caption because a credit line follows it.
    ABOVE_MAX_WORDS: ClassVar[int] = 60
    #: The most characters of the place before a news agency in brackets and a dash that a wire's
    #: dateline opening a story's lede has (``MALIBU, Calif. (AP) —``: :meth:`opens_with_wire_dateline`).
    #:
    #: .. versionadded:: 0.2 (mendR67l)
    WIRE_DATELINE_PLACE_CHARS: ClassVar[int] = 60
    #: Words of reported speech that mark a line as story text, never a caption of the picture below it.
    REPORTING_WORDS: ClassVar[tuple[str, ...]] = ("said", "says", "told", "according to")
    #: Pronouns of the writer, the reader and people named before, which a caption, describing
    #: what a picture shows, does not use: a line above a credit line with one of them is story
    #: text (``If your mind is blown, just wait.``, ``... she knew how to live it up.``).
    PROSE_PRONOUNS: ClassVar[tuple[str, ...]] = ("I", "me", "my", "you", "your", "he", "she")
    #: Modal verbs that tell what will or would happen: a caption shows what the picture does, so a
    #: line whose first sentence holds one over a credit is the story's (``The shuttle will run
    #: until Friday.``).
    MODAL_WORDS: ClassVar[tuple[str, ...]] = ("will", "would", "could", "should", "must", "won't", "wouldn't")
    #: The first words of a page's buttons and prompts (``Join the conversation``, ``Share on
    #: Facebook``, ``Enlarge Image``, ``Save this story for later.``), never of a caption.
    BUTTON_WORDS: ClassVar[tuple[str, ...]] = (
        "Join", "Share", "Subscribe", "Sign up", "Sign in", "Follow", "Comment", "Comments", "Click", "Tap", "Log in",
        "Download", "Save", "Enlarge", "Print", "Email", "Tweet",
    )
    #: The most words of a line that a word of :attr:`BUTTON_WORDS` opens as a button.
    BUTTON_MAX_WORDS: ClassVar[int] = 8
    #: Credit labels that credit the text, a chart, a table or a video, not a picture: a bare
    #: credit line with one of them (``Source: City Council``, ``Video: Council meeting highlights``)
    #: is never a caption of its own.
    TEXT_CREDIT_WORDS: ClassVar[tuple[str, ...]] = ("Source", "Sources", "Video", "Quelle", "Quellen", "Fuente", "Fuentes")
    #: Credit labels that cite where a sentence's facts come from: a line that ends in one and
    #: its source (``... the highest in three years. (Source: Bureau of Labor Statistics)``) is
    #: story text, never a caption, unless the source is news agencies alone after words that
    #: read as no prose (``Ein Zug im Hauptbahnhof. Quelle: dpa``: :meth:`is_agency_sourced_caption`).
    #: The words of the languages whose papers print them so (``Quelle``, ``Fuente``; ``Source`` is
    #: French too) are credit labels in every vocabulary, as ``Foto`` is (:attr:`BARE_CREDIT_LABELS`).
    #:
    #: .. versionchanged:: 0.2 German and Spanish labels.
    CITATION_LABELS: ClassVar[tuple[str, ...]] = ("Source", "Sources", "Quelle", "Quellen", "Fuente", "Fuentes")
    #: The most words before a citation label and news agencies that may be a picture's caption
    #: (:meth:`is_agency_sourced_caption`): a caption names what the picture shows in a few words.
    #:
    #: .. versionadded:: 0.2
    CITED_CAPTION_WORDS: ClassVar[int] = 10
    #: The fewest words in capitals that make a picture desk's notice after a credit
    #: (``THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.``), left out of the caption and credit.
    NOTICE_WORDS: ClassVar[int] = 5
    #: Words of a picture desk's use notice in brackets between a caption and its agency's
    #: bracket, in any case (``... a missile launch. (For Use Only in the Republic of Korea. No
    #: Redistribution) (Yonhap)``): the notice is left out of the caption and the credit
    #: (:meth:`use_notice_caption`).
    #:
    #: .. versionadded:: 0.2
    USE_NOTICE_PHRASES: ClassVar[tuple[str, ...]] = (
        "for use only", "editorial use only", "no redistribution", "no archives", "no resales", "no sales",
        "not for sale", "no commercial use", "mandatory credit",
    )
    #: The most characters of such a notice in brackets.
    #:
    #: .. versionadded:: 0.2
    MAX_USE_NOTICE: ClassVar[int] = 120
    #: The text of the links a page prints after a picture's credit, to buy or license it
    #: (``... REUTERS/Jane Roe Purchase Licensing Rights``), in any case: no part of the credit (:meth:`link_start`).
    CREDIT_LINKS: ClassVar[tuple[str, ...]] = (
        "Purchase Licensing Rights", "Buy Photo", "Buy this photo", "Purchase Photo", "Order a print", "License this photo",
    )
    #: What a page tells a screen reader after a link's text (``Purchase Licensing Rights, opens new
    #: tab``), in any case: no part of the credit either (:meth:`link_start`).
    LINK_HINTS: ClassVar[tuple[str, ...]] = (
        "opens new tab", "opens in new tab", "opens in a new tab", "opens new window", "opens in new window",
        "opens in a new window",
    )
    #: The fewest words of a caption above a credit line that ends no sentence and names no one.
    FRAGMENT_WORDS: ClassVar[int] = 5
    #: Words that join the names of the people in a picture: ``Samuel Roe and Ana Lima``.
    NAME_JOINERS: ClassVar[tuple[str, ...]] = ("and", "&", "with")
    #: The longest word a title in capitals leaves in lower case (``of``, ``the``, ``and``).
    MINOR_WORD_CHARS: ClassVar[int] = 4
    #: Words a title in capitals leaves in lower case beside the vocabulary's articles,
    #: ``PHRASE_LINKS`` and ``PREPOSITIONS`` (:meth:`is_minor_word`): conjunctions and the like; a
    #: short word in lower case that is none of them (``cafe`` in ``The cafe on Princess Victoria
    #: Street``) is a word of a caption's sentence.
    #:
    #: .. versionadded:: 0.2
    TITLE_MINOR_WORDS: ClassVar[frozenset[str]] = frozenset(
        {"and", "or", "but", "nor", "as", "vs", "vs.", "so", "yet", "&", "than", "like"}
    )
    #: The most sentences a caption above a credit line may have; a line with more is a paragraph.
    MAX_ABOVE_SENTENCES: ClassVar[int] = 2
    #: Endings of a past-tense verb, the tense a story reports in (``battered``, ``closed``); a
    #: caption describes its picture in the present (``A man walks past ...``) or with no verb.
    PAST_ENDS: ClassVar[tuple[str, ...]] = ("ed",)
    #: The fewest letters of a word that :attr:`PAST_ENDS` make a past-tense verb (``red`` is none).
    PAST_MIN_CHARS: ClassVar[int] = 5
    #: Present-tense verbs that mark a line as describing what a picture shows (``... clusters
    #: are super hot (red), while ...``): a line with one is no story sentence in the past.
    PRESENT_VERBS: ClassVar[tuple[str, ...]] = ("is", "are")
    #: Past-tense verbs with no ending of :attr:`PAST_ENDS` that make a sentence state a fact
    #: (``The jobless rate rose.``, ``Exports fell.``): before a citation of news agencies, such a
    #: sentence is the story's or a chart's text, no picture described (:meth:`states_fact`).  Forms
    #: that are as often adjectives or nouns in a caption (``cut``, ``set``, ``lost``) are left out.
    #:
    #: .. versionadded:: 0.2
    IRREGULAR_PASTS: ClassVar[tuple[str, ...]] = (
        "was", "were", "had", "rose", "fell", "grew", "sank", "shrank", "slid", "went", "came", "took", "gave",
        "began", "became", "saw", "won", "paid", "sold", "spent", "swung",
    )
    #: Endings of a participle that opens a clause after a comma (``..., cutting power to ...``).
    PARTICIPLE_ENDS: ClassVar[tuple[str, ...]] = ("ing",)
    #: Words that open a second clause after a comma (``..., and schools closed``).
    CLAUSE_WORDS: ClassVar[tuple[str, ...]] = ("and", "but", "while", "as")
    #: Words after which a past participle is an adjective, no verb (``the injured man``).
    DETERMINERS: ClassVar[tuple[str, ...]] = ("the", "a", "an", "this", "that", "these", "those", "its", "their")
    #: Auxiliaries of the present passive, after which a past participle tells what the picture
    #: shows (``A man is helped into an ambulance``), no past tense.
    PRESENT_AUXILIARIES: ClassVar[tuple[str, ...]] = ("is", "are", "be", "being")
    #: The fewest words of a sentence of running prose above a credit line (:meth:`is_running_prose`).
    RUNNING_WORDS: ClassVar[int] = 12
    #: The most words a quotation inside the line above a credit line may have: a longer one is
    #: someone's speech (``“You won't be getting anything close,” one user complained.``) or a
    #: pull quote, story text, not a caption; a title in quotation marks (``"Dune: Part Two"``) is shorter.
    MAX_QUOTE_WORDS: ClassVar[int] = 5
    #: The most words of an attribution clause after a sentence's last comma (``..., the
    #: statistics office said on Tuesday.``): a sentence that ends in one before a news agency
    #: alone in brackets is the story's, the agency its sign-off (:meth:`ends_in_attribution`).
    #:
    #: .. versionadded:: 0.2 (fixT57a)
    ATTRIBUTION_MAX_WORDS: ClassVar[int] = 8
    #: The most capital letters of a credit in brackets read as a news agency's acronym
    #: (:meth:`is_acronym`: ``(ANA)``).
    #:
    #: .. versionadded:: 0.2 (fixT57a)
    ACRONYM_LETTERS: ClassVar[int] = 5
    #: Words and signs of a percentage after a number (``3 percent``, ``3%``), read in any case: a
    #: figure's change stated as a fact is a story's sentence (:meth:`tells_story`).
    #:
    #: .. versionadded:: 0.2 (fixT57a)
    PERCENT_WORDS: ClassVar[tuple[str, ...]] = ("percent", "per cent", "pct", "%", "percentage points")
    #: A gallery's counter or button on a line of its own, which the caption of the picture follows.
    GALLERY_MARKER: ClassVar[str] = r"""
        (?:image|photo|picture|slide)?+\s*+\d{1,3}+\s++of\s++/?\s*+\d{1,3}+  # "Image 1 of 23", "1 of 4"
      | (?:image|photo|picture|slide)\s++\d{1,3}+\s*+/\s*+\d{1,3}+      # "Photo 1/5"
      | view\s++(?:all\s++)?+\d{1,3}+\s++(?:images|photos|pictures)    # "View 3 Images"
      | \d{1,2}+:\d{2}+:\d{2}+                                          # a video's length: "00:01:49"
    """
    #: The longest line that may be a caption.
    MAX_CHARS: ClassVar[int] = 600
    #: Below this many words, the line above a credit line must be in mixed case to be its caption.
    MIN_ABOVE_WORDS: ClassVar[int] = 3
    #: How many characters at the end of a line may hold a credit.
    CREDIT_WINDOW: ClassVar[int] = 260
    #: The longest line that may be a credit without a label, an agency or a tail (``Jane Roe/City Herald``).
    MAX_UNLABELLED_CHARS: ClassVar[int] = 80
    #: The most words a credit may have.
    MAX_CREDIT_WORDS: ClassVar[int] = 10
    #: Words in lower case that name a photographer's job after the name and a slash in a credit
    #: (``(Jo Roe / Staff photographer)``, ``Jo Roe / Herald staff``, ``(Jo Roe / contributor)``).
    CREDIT_ROLES: ClassVar[tuple[str, ...]] = (
        "photographer", "photographers", "photojournalist", "staff", "contributor", "freelancer", "freelance",
    )
    #: The most capitalised words (names, agencies) a credit may have before one of :attr:`CREDIT_TAILS`.
    TAIL_NAME_WORDS: ClassVar[int] = 6
    #: The most pieces, apart by bars, of a credit chain that ends in one of :attr:`CREDIT_TAILS`
    #: (``Jane Roe | Bloomberg | Getty Images``), read whole as one credit.
    MAX_BAR_PIECES: ClassVar[int] = 4
    #: The most words of a caption with no credit that a photograph's date closes (:meth:`dated_photo`).
    #:
    #: .. versionadded:: 0.2
    DATED_CAPTION_WORDS: ClassVar[int] = 50
    #: The most capitalised words of such a caption's subject before its verb (``Former Massachusetts
    #: Gov. Deval Patrick``).
    #:
    #: .. versionadded:: 0.2
    DATED_SUBJECT_WORDS: ClassVar[int] = 8
    #: The most words of the place after the photograph's date (``..., April 14, 2024, in Birmingham,
    #: Ala.``), ``in`` counted.
    #:
    #: .. versionadded:: 0.2
    DATED_PLACE_WORDS: ClassVar[int] = 5
    #: Words between a caption's subject and its verb that say where the person stands in the
    #: picture, in lower case after a comma (``Deval Patrick, left, speaks ...``).
    #:
    #: .. versionadded:: 0.2
    POSITION_WORDS: ClassVar[frozenset[str]] = frozenset({"left", "right", "center", "centre", "front", "top", "bottom"})
    #: Verbs in the present's third person a story's sentence opens with as readily as a caption
    #: (``Smith is ...``, ``Smith says ...``): no caption's verb (:meth:`dated_photo`).
    #:
    #: .. versionadded:: 0.2
    NOT_PHOTO_VERBS: ClassVar[frozenset[str]] = frozenset({"is", "has", "was", "does", "says"})
    #: Endings of a verb in the present's third person in a photograph's caption (``speaks``), for
    #: :meth:`is_photo_verb`.
    #:
    #: .. versionadded:: 0.2
    PHOTO_VERB_ENDINGS: ClassVar[tuple[str, ...]] = ("s",)
    #: Endings no caption's verb in the present's third person has (``press``, ``across``):
    #: :meth:`is_photo_verb`.
    #:
    #: .. versionadded:: 0.2
    NOT_PHOTO_VERB_ENDINGS: ClassVar[tuple[str, ...]] = ("ss",)
    #: The fewest letters of a caption's verb (:meth:`is_photo_verb`: not ``was``, ``has``).
    #:
    #: .. versionadded:: 0.2
    MIN_PHOTO_VERB: ClassVar[int] = 4
    #: The word before the place after a photograph's date (``..., in Washington.``).
    #:
    #: .. versionadded:: 0.2
    PLACE_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("in", "at", "near")
    #: Separators between a caption and its credit, left out of the caption (``... lab | photo by
    #: Joan Roe``, ``... on Monday. © Credit: Jo Roe``); names before one are part of the credit
    #: (``Stephane Cardinale - Corbis/Getty Images``).
    SEPARATOR_ENDS: ClassVar[str] = "-–—|/:©"
    #: The most words of a name after a copyright sign that ends a caption's sentence, read as its
    #: credit whatever the name (``... Gare du Midi. © Belga``, ``... © Jean Dupont``; fixT59).
    COPYRIGHT_NAME_WORDS: ClassVar[int] = 4
    #: The words for *copyright* that, after a spaced dash at a caption's end, open its credit, as
    #: written (``..., 18 February 2026 - Copyright Jo Roe/AP Photo``; mendLT70).
    #:
    #: .. versionadded:: 0.2 (rvl70)
    COPYRIGHT_WORDS: ClassVar[tuple[str, ...]] = ("Copyright",)
    #: A credit run into the story after a caption label (``Photo: Jo Roe/AAP Police said on Monday
    #: ...``, :meth:`credit_runs_into_story`): the most words before the credit's slash, and the most
    #: words of the outlet after it.
    #:
    #: .. versionadded:: 0.2 (fixL60)
    RUN_IN_CREDIT_WORDS: ClassVar[tuple[int, int]] = (4, 3)

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        #: reads the photographer's name in a bare ``Name/Outlet`` credit line
        vocabulary = check_option("CaptionParser", "vocabulary", vocabulary, Vocabulary) or Vocabulary()
        self.names = NameModel(vocabulary)
        #: tells an agency's name after a bar in a ``Name | Outlet`` credit line (:meth:`is_bar_outlet`)
        self.vocabulary = vocabulary
        # the vocabulary's end marks, case-folded once (is_credit_match)
        self._end_marks = frozenset(mark.casefold() for mark in vocabulary.END_MARKS)
        # (is_credit_match; layT61; a person's name particles too, "Pieter van der Berg / ANP": mendLT70)
        self._credit_name_links = frozenset((*vocabulary.CREDIT_NAME_LINKS, *self.names.PARTICLES))
        #: :attr:`CREDIT_WORDS` and the language's own credit labels (``Vocabulary.CREDIT_LABELS``: ``Foto``, ``Bild``)
        self.credit_labels = tuple(dict.fromkeys((*self.CREDIT_WORDS, *vocabulary.CREDIT_LABELS, *self.CITATION_LABELS)))
        words = alternation(list(self.credit_labels))
        bare = alternation(list(self.BARE_CREDIT_LABELS))
        agencies = alternation(list(self.PHOTO_AGENCIES))
        tails = alternation(list(self.CREDIT_TAILS))
        # (maybe with an agency or a note in brackets at its end: "Photo: Jane Roe (AP)")
        credit_body = r"[^\s()\[\]][^()\[\]\n]{0,100}?(?:[ ]?+\([^()\[\]\n]{1,40}+\))?+"
        # (a label of BARE_CREDIT_LABELS and a space after a sentence end, before a credit with a
        # slash between capitalised names, is one too: "... on Monday. Photo Jo Roe/Reuters")
        # (behind a look-ahead at the characters a match can open with, a bracket or a label's first
        # letter, so that the search skips every other place at once: the same matches, speed69)
        openers = "".join(sorted({regex.escape(label[0]) for label in self.credit_labels if label}))
        opening = rf"(?=[(\[{openers}])" if openers else ""
        self._labelled = regex.compile(
            rf"{opening}(?:^|(?<=[\s.!?”\"'])|(?<=[.!?]\x20{{0,3}}[—–])|(?<=\p{{Ll}})(?-i:(?=[A-Z]))|(?=[(\[]))[(\[]?(?P<label>{words})\s*+(?::|\.\.\.|…|-|–|—|©|(?<=\s)/(?=\s)|(?P<bar>\|)(?=\s)|by(?=\s)|via(?=\s)|(?<=(?:copyright|courtesy)\s{{1,5}})|(?<=image\s{{1,5}}source),|(?-i:(?<=[.!?”\"’](?:{words}))(?=\p{{Lu}}))|(?-i:(?<=[.!?”\"’]\x20{{1,3}}(?:{bare})\x20{{1,3}})(?=\p{{Lu}}[^/\n]{{0,60}}/\x20?\p{{Lu}})))\s*+"
            rf"(?P<credit>{credit_body})[)\]]?\s*$",
            regex.IGNORECASE,
        )
        months = vocabulary.month_pattern
        # a photograph's date written out with its year: "April 14, 2024", "Nov. 3, 2019", "14 April 2024"
        # (when first used: 43 KB compiled, for the few lines that open with a verb of a photograph)
        self._photo_date = LazyPattern(
            rf"""(?<![\p{{L}}\d])(?:
                  (?P<month>{months})\.?+[ ]++(?P<day>\d{{1,2}}),[ ]++(?P<year>(?:19|20)\d\d)         # April 14, 2024
                 |(?P<day2>\d{{1,2}})[ ]++(?P<month2>{months})\.?+,?+[ ]++(?P<year2>(?:19|20)\d\d))  # 14 April 2024
                (?!\d)""",
            regex.VERBOSE | regex.IGNORECASE,
        )
        # (glued to a caption's date that ends it: "... on Nov. 3, 2024.AP Photo/Jo Roe")
        self._agency = regex.compile(
            rf"(?:^|(?<=\s)|(?<=\d[.!?]))[(\[]?(?P<credit>(?:{agencies})(?:\s++Photo)?+\s*+/\s*+[^()\[\]\n/]{{1,80}}(?:/[^()\[\]\n/]{{1,60}}){{0,2}}?)[)\]]?\s*$"
        )
        # up to TAIL_NAME_WORDS capitalised words before a credit tail, apart by spaces, slashes or
        # a dash between spaces: "Gabe Ginsberg/Greg Doherty/Stringer/Getty Images",
        # "Stephane Cardinale - Corbis/Getty Images"
        self._tail = regex.compile(
            rf"""(?:^|(?<=[\s.!?”\"']))[(\[]?
                (?P<credit>(?:(?:[\p{{Lu}}][\p{{L}}'’\-]*+|\p{{Lu}}\.)(?:\s++[-–—]\s++|\s*+/\s*+|\s++)){{0,{self.TAIL_NAME_WORDS}}}
                  (?:{tails}))[)\]]?\s*$""",
            regex.VERBOSE,
        )
        # a chain of credits apart by bars, one of CREDIT_TAILS last, on a line of its own or after
        # the caption's sentence end: "... on March 3. Jo Roe | Bloomberg | Getty Images"
        chain_word = r"(?:\p{Lu}[\p{L}'’\-]*+|\p{Lu}\.)"
        chain_piece = rf"{chain_word}(?:(?:\s++[-–—]\s++|\s*+/\s*+|\s++)(?:{chain_word}|via(?=\s))){{0,{self.TAIL_NAME_WORDS - 1}}}"
        self._bar_tail = regex.compile(
            rf"""(?:^|(?<=[.!?”"’][ ]{{1,3}}))[(\[]?+
                (?P<credit>(?:{chain_piece}[ ]{{0,3}}\|[ ]{{0,3}}){{1,{self.MAX_BAR_PIECES - 1}}}
                  (?:{chain_word}(?:\s++|\s*+/\s*+)|via\s++){{0,{self.TAIL_NAME_WORDS - 1}}}(?:{tails}))
                [)\]]?\s*$""",
            regex.VERBOSE,
        )
        # a file picture and its source in square brackets after a finished sentence: "... in Nairobi. [File, Standard]"
        file_words = alternation(list(self.FILE_WORDS)) if self.FILE_WORDS else "(?!)"
        self._file_bracket = regex.compile(
            rf"""(?<=[.!?”"’][ ]{{1,3}})\[
                (?:{file_words})[,:][ ]?+  # (the file word marks an archive picture, no part of its credit: mendLT70)
                (?P<credit>\p{{Lu}}[\p{{L}}\p{{N}}'’.&\-]*+(?:[ ]\p{{Lu}}[\p{{L}}\p{{N}}'’.&\-]*+){{0,2}}+)
                \]\s*$""",
            regex.VERBOSE,
        )
        # Al Jazeera style: "... back to the Moon [SpaceX via Nasa]", "[File: Reuters]" (the credit "Reuters": an
        # archive picture's file word is no part of it, mendLT70)
        self._bracketed = regex.compile(
            rf"(?<=\s)\[(?:(?:{file_words})[,:]\s*+)?+(?P<credit>[^\[\]\n]{{0,60}}?(?:\b(?:via|{agencies}|{tails})\b)[^\[\]\n]{{0,40}})\]\s*$"
        )
        source = r"[\p{L}][\p{L}\p{N}.&'’\-]*+"
        # "... keyboard via iFixit", "... via Sudan's army" (words in lower case after a possessive name)
        self._via = regex.compile(
            rf"""(?<=\s)via\s++(?P<credit>(?=\S{{0,30}}?\p{{Lu}}){source}(?:\s++(?=\p{{Lu}}){source}){{0,3}}
                (?:(?<=['’]s)(?:\s++\p{{Ll}}++){{1,{self.VIA_OWNED_WORDS}}})?+)$""",
            regex.VERBOSE,
        )
        # a credit in brackets after a finished sentence, no label: "... in 2011. (Adel Hana/Associated Press)"
        credit_word = r"[\p{Lu}\d][\p{L}\p{N}'’.&\-]*+"
        roles = alternation(list(self.CREDIT_ROLES))
        self._paren = regex.compile(
            rf"""(?<=[.!?”"’][ ]{{0,3}})\([ ]?+
                (?P<credit>{credit_word}(?:(?:\s++|\s*+/\s*+)(?:{credit_word}|via|and|of|for|the|[Pp]hoto(?:\s++by(?=\s))?+|file)
                  |\s*+/\s*+(?:{roles})|\s++(?:{roles})(?<=/[^()\n]{{1,80}})){{0,9}}
                                                        # a job after a slash: "(Jo Roe / Staff photographer)"
                                                        # a kind in lower case after a name: "(PTI photo)", "(Reuters file)"
                                                        # an outlet's photographer: "(City Post photo by Jo Roe)",
                                                        # "(Express Photo by Jo Roe)"
                  | [\p{{L}}\p{{N}}\-]{{1,60}}+(?:\.[\p{{L}}\p{{N}}\-]{{1,60}}+){{0,3}}\.\p{{Ll}}{{2,6}}+
                                                        # a web address: "(citymaps.org)"
                )
                \)
                (?:\s++(?:{agencies})(?:\s++Photo)?+)?+    # the agency printed again: "(AP Photo/Jo Li) AP Photo"
                \s*$""",
            regex.VERBOSE,
        )
        caps_word = r"\p{Lu}[\p{Lu}\p{N}&.\-]*+"
        # an outlet and its photographer in brackets after a sentence: "... on Sunday. (City News: Jo Roe)"
        self._paren_label = regex.compile(
            rf"""(?<=[.!?”"’][ ]{{0,3}})\([ ]?+
                (?P<credit>(?!(?:{words})\s*+:)(?P<outlet>{credit_word}(?:\s++{credit_word}){{0,3}}):\s++{credit_word}(?:\s++{credit_word}){{0,4}})
                \)\s*$""",
            regex.VERBOSE,
        )
        # a bare photo label in any case and a name in title case in brackets closing the line, no
        # colon: "... crollato nella notte (foto Luca Neri)", "... on Friday (Photo Jane Roe)"
        self._paren_bare = regex.compile(
            rf"""(?<=[\p{{L}}\d.!?”"’][ ]{{1,3}})\((?i:{bare})[ ]++
                (?P<credit>\p{{Lu}}\p{{Ll}}[\p{{L}}'’\-]*+(?:[ ]++\p{{Lu}}\p{{Ll}}[\p{{L}}'’\-]*+){{1,2}}+)  # the name
                \)[ ]*+$""",
            regex.VERBOSE,
        )
        # a photographer in capitals, the agency in brackets, after a sentence: "... the final. JO ROE (AFP)"
        self._caps_agency = regex.compile(
            rf"""(?<=[.!?”"’][ ]{{0,3}})
                (?P<credit>{caps_word}(?:\s++{caps_word}){{1,3}}\s++\((?:{agencies})\))
                \s*$""",
            regex.VERBOSE,
        )
        # a wire's photo credit in capitals after a sentence, the agency (any: an acronym), a slash
        # and the photographer's name, two or three words: "... in Rome. ANSA/JO ROE", "... on Monday.
        # LUSA/ANA LIMA" (after a caption with a word in lower case: read_credit)
        self._caps_slash = regex.compile(
            r"""(?:(?<=[.!?”"’][ ]{1,3})
                (?P<credit>\p{Lu}{2,8}+/\p{Lu}[\p{Lu}'’\-]*+(?:[ ]\p{Lu}[\p{Lu}'’\-]*+){1,2}+)
                                                        # the name in capitals too: "... AFP/JANE ROE"
              | (?<=[\p{Ll}\d][.!?][”"’]?+[ ]{1,3})
                (?P<credit>\p{Lu}{2,8}+/\p{Lu}\p{Ll}[\p{L}'’\-]*+(?:[ ]\p{Lu}\p{Ll}[\p{L}'’\-]*+){1,2}+)
                                                        # a name in title case after a sentence in lower
                                                        # case: "... ici vendredi. KEYSTONE/Jean-Marc Favre"
                )[ ]*+$""",
            regex.VERBOSE,
        )
        # an archive photo's caption: "FILE - Mike and Jane Roberts tend to their son ..."
        self._file = regex.compile(rf"(?:{alternation(list(self.FILE_LABELS))})\s*+[-–—:]\s++(?=\p{{Lu}})")
        # "... on Tuesday. Jane Roe / City Herald": names, a slash between spaces, an outlet; a spaced
        # dash may stand between the sentence and the credit ("... the roadway. - Jo Roe/Photographer")
        self._slashed = regex.compile(
            rf"""(?<=[.!?”"’][ ]{{0,3}}(?:[-–—][ ]{{1,3}})?)
                (?P<credit>
                    {credit_word}(?:\s++{credit_word}){{0,4}}\s++/\s++{credit_word}(?:\s++{credit_word}){{0,4}}
                    (?:\s++(?:file|photo|handout|{roles})(?!\p{{L}}))?+  # "Leonhard Foeger / Reuters file", "/ Staff photographer"
                  | {caps_word}(?:/{caps_word}){{1,4}}    # "SIA/EFAK/YPPOA"
                  | (?<=[\p{{Ll}}\d][.!?][”"’]?+[ ]{{0,3}})
                    {caps_word}(?:[ ]{caps_word}){{1,3}}/{caps_word}(?:[ ]{caps_word}){{0,4}}
                                                        # a photographer and an outlet in capitals after
                                                        # a sentence in lower case, maybe glued to it: "...
                                                        # Monday. JO ROE/THE CITY HERALD", "...
                                                        # Wednesday.JO ROE/GLOBE STAFF" (mendL68b; not
                                                        # "RELIEF TO U.S. CORN/OATS ...")
                  | {credit_word}(?:\s++{credit_word}){{0,4}}(?:/{credit_word}(?:\s++{credit_word}){{0,3}}){{0,2}}/(?&_agency)
                                                        # names and an agency last: "... on Sunday. Jordan Strauss/Invision/AP"
                  | (?<=[\p{{Ll}}\d][.!?][”"’]?+[ ]{{1,3}}(?:[-–—][ ]{{1,3}})?)
                    {credit_word}(?:\s++{credit_word}){{1,3}}/{credit_word}(?:\s++{credit_word}){{0,4}}
                                                        # a photographer's whole name and an outlet after a
                                                        # slash, no spaces, after a sentence in lower case:
                                                        # "... before the vote. Jane Roe/The Daily Courier"
                  | (?&_agency)\s++Photo                  # "... Venezuela. AP Photo"
                  | {credit_word}(?:\s++{credit_word}){{0,4}}\s*+[—–]\s*+(?:(?&_agency)|(?&_tail))
                                                        # "... California.David McNew—Getty Images"
                  | (?<=[.!?])(?:The\s++)?+(?:(?&_agency)|(?&_tail))
                                                        # glued to the sentence: "... that day.The Associated Press"
                )
                \s*$
                (?(DEFINE)(?P<_agency>{agencies})(?P<_tail>{tails}))  # the photo agencies, called four times
                                                        # above, and the credit tails, twice: one compiled
                                                        # copy each (mem62)""",
            regex.VERBOSE,
        )
        # a copyright sign before a photographer and an agency, a slash between them, or an agency
        # alone: "... on Monday. © Jane Roe / AFP", "© AFP"; never a year ("© 2025 City Herald")
        # (a name may hold a particle, and a comma may part it from an agency: "© Stéphane de Sakutin, AFP",
        # "© Jan van Dijk / ANP"; mendLT70)
        particle = rf"(?:\s++(?:{alternation(list(self.names.PARTICLES))})(?=\s))*+"
        copyright_credit = rf"""(?P<credit>(?!\d)
                {credit_word}(?:\s++{credit_word}){{0,4}}(?:\s*+/\s*+{credit_word}(?:\s++{credit_word}){{0,4}}){{1,2}}
              | {credit_word}(?:{particle}\s++{credit_word}){{0,4}}\s*+[,/]\s*+(?:{agencies})
              | (?:{agencies}))"""
        self._copyright = regex.compile(
            # (or a word's last letter or digit and a space: "... left in 2023 © Jo Roe/Bloomberg")
            rf"(?<=[.!?”\"’][ ]{{0,3}}|[\p{{L}}\p{{N}}][ ]{{1,3}})©[ ]*+{copyright_credit}\s*$", regex.VERBOSE
        )
        # "Copyright" after a spaced dash, the caption's words before it with no sentence's end: "...
        # during a strike, 18 February 2026 - Copyright Jo Roe/AP Photo" (mendLT70; COPYRIGHT_WORDS, and compiled
        # when first used, as few captions end so: rvl70)
        copyright_words = alternation(list(self.COPYRIGHT_WORDS))
        self._dash_copyright = LazyPattern(
            rf"(?<=[\p{{L}}\p{{N}}.!?”\"’][ ]{{1,3}})[\-–—][ ]{{1,3}}+(?:{copyright_words})[ ]++{copyright_credit}\s*$",
            regex.VERBOSE,
        )
        # a copyright sign and any name, after a sentence's end: "... Gare du Midi. © Belga", "... on Rue
        # de la Loi. © Jean Dupont" (a name of no vocabulary; never a year: "© 2025 City Herald")
        more = self.COPYRIGHT_NAME_WORDS - 1
        self._copyright_name = regex.compile(
            rf"(?<=[.!?”\"’][ ]{{1,3}})©[ ]*+(?P<credit>(?!\d){credit_word}(?:[ ]++{credit_word}){{0,{more}}})\s*$"
        )
        # the same on a line of its own: "© Jean Dupont / AFP", "© AFP"
        # (when first used: a line that starts with the sign is rare, and the pattern 64 KB compiled)
        self._copyright_line = LazyPattern(rf"©[ ]*+{copyright_credit}\s*$", regex.VERBOSE)
        # a source via an agency after the end of a sentence: "... social media. @jroe/via REUTERS",
        # "... in March. Handout via Reuters", "... on Tuesday. Jane Roe/City Herald via AP"
        self._via_agency = regex.compile(
            rf"""(?<=[.!?”"’][ ]{{1,3}})
                (?P<credit>(?:[^\s/]{{1,60}}+/                       # a handle and a slash: "@jroe/via"
                  |(?:{credit_word}(?:\s++|/)){{1,{self.TAIL_NAME_WORDS}}}  # names, maybe an outlet after a
                                                                     # slash: "Jane Roe/City Herald via"
                  )?+via\s++(?:{agencies}))
                \s*$""",
            regex.VERBOSE,
        )
        # a credit with a slash after a bar that ends the caption: "... in September. | Jane Roe/AP Photo"
        self._barred = regex.compile(
            rf"""(?<=\s\|[ ]{{0,3}})
                (?P<credit>{credit_word}(?:\s++{credit_word}){{0,4}}\s*+/\s*+{credit_word}(?:\s++{credit_word}){{0,3}})
                \s*$""",
            regex.VERBOSE,
        )
        # a use notice in brackets, then an agency's bracket, at the line's end (use_notice_caption):
        # "... a missile launch. (For Use Only in the Republic of Korea. No Redistribution) (Yonhap)"
        self._use_notice = regex.compile(
            rf"""(?<=[.!?”"’][ ]{{1,3}})\((?P<notice>[^()\n]{{1,{self.MAX_USE_NOTICE}}}+)\)
                [ ]*+\((?P<credit>[^()\n]{{1,40}}+)\)[ ]*+$""",
            regex.VERBOSE,
        )
        phrases = [phrase for phrase in self.USE_NOTICE_PHRASES if phrase]
        self._use_phrase = regex.compile(rf"(?i:{alternation(phrases)})" if phrases else "(?!)")
        # an agency or a photographer's name alone after a bar that ends the caption's sentence:
        # "... in Tokyo on Sunday. | Kyodo", "... on Sunday. | Ryusei Takahashi" (is_bar_credit)
        self._bar_name = regex.compile(
            rf"""(?<=[.!?”"’][ ]{{1,3}}\|[ ]{{1,3}})
                (?P<credit>{credit_word}(?:[ ]{credit_word}){{0,{self.TAIL_NAME_WORDS - 1}}}+)
                [ ]*+$""",
            regex.VERBOSE,
        )
        # a photographer's name and the outlet, each after a bar, after a caption's sentence: "... on
        # March 9, 2026. | Jo Roe | City Media Group" (is_bar_pair: a person's name, then an outlet)
        self._bar_pair = regex.compile(
            rf"""(?<=[.!?”"’][ ]{{1,3}}\|[ ]{{1,3}})
                (?P<credit>(?P<name>{credit_word}(?:[ ]{credit_word}){{0,{self.TAIL_NAME_WORDS - 1}}}+)
                [ ]{{1,3}}\|[ ]{{1,3}}
                (?P<outlet>{credit_word}(?:[ ]{credit_word}){{0,{self.TAIL_NAME_WORDS - 1}}}+))
                [ ]*+$""",
            regex.VERBOSE,
        )
        # the same pair in square brackets, maybe spaced inside them: "... reporters Thursday. [ JO ROE | Times ]"
        # (is_bar_pair too; mendLT70; compiled when first used, rvl70)
        self._bracket_pair = LazyPattern(
            rf"""(?<=[.!?”"’][ ]{{1,3}})\[[ ]{{0,2}}+
                (?P<credit>(?P<name>{credit_word}(?:[ ]{credit_word}){{0,{self.TAIL_NAME_WORDS - 1}}}+)
                [ ]{{1,3}}\|[ ]{{1,3}}
                (?P<outlet>{credit_word}(?:[ ]{credit_word}){{0,{self.TAIL_NAME_WORDS - 1}}}+))
                [ ]{{0,2}}+\][ ]*+$""",
            regex.VERBOSE,
        )
        # a credit in capitals glued to a dash after a caption's sentence, an outlet's words and a
        # slash before the photographer: "... on Tuesday. —CITY DAILY PHOTO/JO ROE" (the caption
        # needs a word in lower case: read_credit)
        self._dashed_caps = regex.compile(
            rf"""(?<=[\p{{Ll}}\d][.!?][”"’]?+[ ]{{0,3}})[—–][ ]?+
                (?P<credit>{caps_word}(?:[ ]{caps_word}){{0,3}}+/{caps_word}(?:[ ]{caps_word}){{0,3}}+)
                [ ]*+$""",
            regex.VERBOSE,
        )
        # a dateline in capitals and a dash opening a story's lede: "DAVAO CITY — Two soldiers ..."
        # (is_dashed_story)
        self._dateline_lead = regex.compile(r"\p{Lu}{2,}+(?:[ .,'’\-]{1,3}+\p{Lu}{2,}+)*+[ ]*+[—–]")
        # a wire's dateline, a place (maybe none) and an agency in brackets before a dash, opening a
        # story's lede: "MALIBU, Calif. (AP) — ...", "(Reuters) - ..." (opens_with_wire_dateline)
        self._wire_dateline_lead = regex.compile(
            rf"(?:\p{{Lu}}[^()\n]{{0,{self.WIRE_DATELINE_PLACE_CHARS}}}+)?+\((?P<agency>[^()\n]{{1,40}}+)\)[ ]*+[—–\-]"
        )
        # a credit label in capitals and a space, no colon, before a photographer in capitals and,
        # after a comma, the outlet, after a caption's sentence: "... à Québec. PHOTO JO ROE, LA
        # PRESSE CANADIENNE" (is_caps_label: one of the credit labels; the caption in lower case)
        self._caps_label = regex.compile(
            rf"""(?<=[\p{{Ll}}\d][.!?][”"’]?+[ ]{{1,3}})
                (?P<label>\p{{Lu}}{{2,}}+)[ ]
                (?P<credit>{caps_word}(?:[ ]{caps_word}){{1,3}}+(?:,[ ]{caps_word}(?:[ ]{caps_word}){{0,4}}+)?+)
                [ ]*+$""",
            regex.VERBOSE,
        )
        # the text each credit pattern cannot match without (a prefilter: a line without it is not
        # searched for that pattern); the patterns not named here need no single mark
        self._credit_marks: dict[regex.Pattern[str] | LazyPattern, tuple[str, ...]] = {
            self._agency: ("/",),
            self._bracketed: ("[",),
            self._file_bracket: ("[",),
            self._paren: ("(",),
            self._paren_label: ("(", ":"),
            self._caps_agency: ("(",),
            self._caps_slash: ("/",),
            self._barred: ("|", "/"),
            self._bar_tail: ("|",),
            self._bar_name: ("|",),
            self._bracket_pair: ("[", "|"),
            self._via_agency: ("via",),
            self._copyright: ("©",),
            self._copyright_name: ("©",),
        }
        if len(self.COPYRIGHT_WORDS) == 1:
            self._credit_marks[self._dash_copyright] = (self.COPYRIGHT_WORDS[0],)
        # a gallery's counter before a caption: "1 of 4 | ...", "3/12 - ..."
        self._counter = regex.compile(r"\d{1,3}+\s*+(?:of|/)\s*+\d{1,3}+(?P<sep>\s*+[|·:\-–—])?\s*+", regex.IGNORECASE)
        # a link's text and a screen reader's hint after a credit: "... REUTERS/Jane Roe Purchase
        # Licensing Rights, opens new tab" (the link or the hint alone too)
        hint = rf"\s*+,?\s*+\(?(?i:{alternation(list(self.LINK_HINTS))})\)?"
        self._link = regex.compile(
            rf"(?:\s++(?i:{alternation(list(self.CREDIT_LINKS))})(?:{hint})?+|{hint})\s*+$"
        )
        self._toggle = regex.compile(rf"(?<=[.!?…)])\s++(?:{alternation(list(self.TOGGLES))})$")
        # the English words as written; the language's own (Vocabulary.CAPTION_REPORTING_WORDS,
        # CAPTION_MODAL_WORDS) in any case: "Laut Verwaltung ...", "... wird im Mai eröffnet."
        reported = alternation(list(self.REPORTING_WORDS))
        if vocabulary.CAPTION_REPORTING_WORDS:
            reported += rf"|(?i:{alternation(list(vocabulary.CAPTION_REPORTING_WORDS))})"
        modal = alternation(list(self.MODAL_WORDS))
        if vocabulary.CAPTION_MODAL_WORDS:
            modal += rf"|(?i:{alternation(list(vocabulary.CAPTION_MODAL_WORDS))})"
        self._reported = regex.compile(rf"(?<![\p{{L}}])(?:{reported})(?![\p{{L}}])")
        # a number and a percentage's word or sign: "3 percent", "3.5%" (tells_story)
        self._percent = regex.compile(
            rf"\d(?:[ \t]?+)(?i:{alternation(list(self.PERCENT_WORDS)) or '(?!)'})(?![\p{{L}}])"
        )
        self._modal = regex.compile(rf"(?<![\p{{L}}'’])(?:{modal})(?![\p{{L}}])")
        self._pronoun = regex.compile(
            rf"(?<![\p{{L}}'’])(?:(?-i:I)|(?i:{alternation([w for w in self.PROSE_PRONOUNS if w != 'I'])}))(?![\p{{L}}])"
        )
        # (a button word opening a short line: "Join the conversation", not "Save the Children staff
        # unload aid ..." nor "Follow-up checks ...")
        buttons = alternation(list(self.BUTTON_WORDS))
        self._button = regex.compile(
            rf"(?:{buttons})(?![\p{{L}}\-])"
            # (a short line, or a row of buttons: "Share on Facebook Share on X Share by email")
            rf"(?=(?:\s++\S++){{0,{self.BUTTON_MAX_WORDS - 1}}}+\s*+$|[^\n]*?(?<![\p{{L}}])(?:{buttons})(?![\p{{L}}\-]))"
        )
        # a past-tense verb not after a determiner ("battered", not "the injured man"), and a second
        # clause after a comma: a participle or a joining word ("..., cutting power", "..., and ...")
        determiners = alternation([w for w in (*self.DETERMINERS, *self.PRESENT_AUXILIARIES) if w])
        self._past = regex.compile(
            rf"(?<![\p{{L}}'’\-])(?<!(?i:{determiners})\s{{1,3}})"
            rf"\p{{Ll}}{{{self.PAST_MIN_CHARS},}}+(?<=(?:{alternation([w for w in self.PAST_ENDS if w])}))(?![\p{{L}}'’\-])"
        )
        present = alternation([w for w in self.PRESENT_VERBS if w])
        self._present = regex.compile(rf"(?<![\p{{L}}'’\-])(?:{present})(?![\p{{L}}'’\-])")
        self._irregular_pasts = frozenset(w for w in self.IRREGULAR_PASTS if w)
        # the language's own past verbs and endings, as written in lower case (is_pack_past)
        self._pack_pasts = frozenset(vocabulary.CAPTION_PAST_WORDS)
        self._pack_past_ends = tuple(vocabulary.CAPTION_PAST_ENDS)
        self._clause = regex.compile(
            rf",\s++(?:\p{{Ll}}{{2,}}+(?<=(?:{alternation([w for w in self.PARTICIPLE_ENDS if w])}))"
            rf"|(?:{alternation([w for w in self.CLAUSE_WORDS if w])}))(?![\p{{L}}'’\-])"
        )
        # a credit's label after a caption's sentence end: "... in Madrid. Foto", "... à Paris. Crédit photo"
        # an outlet's abbreviation in capitals after a caption's sentence end, before a credit's
        # label: "... on Dec 5. ST" of "... on Dec 5. ST PHOTO: JO ROE" (without_outlet_mark)
        self._outlet_mark = LazyPattern(
            rf"""(?<=[.!?…”"’)\]])\s++
                 (?:\p{{Lu}}{{2,{self.MAX_OUTLET_MARK_LETTERS}}}+              # an abbreviation: "... on Dec 5. ST"
                 | \p{{Lu}}\p{{Ll}}{{1,{self.MAX_OUTLET_WORD_LETTERS - 1}}}+)$  # a capitalised word: "... on Sunday. Post"
            """,
            regex.VERBOSE,
        )
        self._label_before = LazyPattern(r"(?<=[.!?…”\"’)\]])\s++\p{Lu}\p{L}{0,30}+(?:\s++\p{Ll}{1,30}+)?+$")
        # a quotation between a pair of marks, at most MAX_CHARS long: its words are counted
        self._quotation = regex.compile(rf"[“\"](?P<inner>[^“”\"\n]{{1,{self.MAX_CHARS}}}+)[”\"]")
        self._text_labels = tuple(w.casefold() for w in self.TEXT_CREDIT_WORDS if w)
        self._citation_labels = frozenset(w.casefold() for w in self.CITATION_LABELS)
        # the one-word credit labels a credit in capitals opens with, no colon (_caps_label): "PHOTO JO ROE"
        self._caps_labels = frozenset(
            w.casefold() for w in self.credit_labels if " " not in w and w.casefold() not in self._citation_labels
        )
        # a credit line that is a photographer's name and an outlet, a slash between them:
        # "Jason Roe/City Herald", "Noah Roe / AP"; or a bar, "Scott Roe | CNBC" (the outlet then
        # checked by is_bar_outlet); the name is checked by NameModel
        name_word = r"(?:\p{Lu}[\p{Ll}'’\-]++\p{L}*+|\p{Lu}\.)"
        outlet_word = r"[\p{Lu}\d][\p{L}\p{N}.&'’\-]*+"
        self._name_outlet = regex.compile(
            rf"""(?P<name>{name_word}(?:\s++{name_word}){{1,{self.names.MAX_WORDS - 1}}})
                (?:\s*+(?P<sep>/)\s*+|[ ]{{1,3}}(?P<sep>\|)[ ]{{1,3}})
                (?P<outlet>{outlet_word}(?:\s++{outlet_word}){{0,3}})""",
            regex.VERBOSE,
        )
        # a photographer and the agency in brackets: "JO ROE (AFP)", "Jo Roe (AFP)"
        self._name_agency = regex.compile(rf"(?P<name>{credit_word}(?:\s++{credit_word}){{1,3}})\s*+\((?:{agencies})\)")
        # the same after a caption's sentence, on its line: "The mayor at the meeting. Jane Roe (AP)"
        self._sentence_name_agency = regex.compile(
            rf"(?<=[.!?][ ]{{1,3}})(?P<credit>(?P<name>{credit_word}(?:[ ]{credit_word}){{1,3}})[ ]?+\((?:{agencies})\))$"
        )
        # a photographer's name in capitals, a slash and the agency: "JANE ROE / AFP", "JEAN DUPONT/AFP"
        caps_name_word = r"\p{Lu}[\p{Lu}'’\-]*+"
        self._caps_name_slash_agency = regex.compile(
            rf"(?P<name>{caps_name_word}(?:[ ]{caps_name_word}){{1,3}})[ ]*+/[ ]*+(?:{agencies})"
        )
        # a photographer's name and the outlet, both in capitals, a slash between them: "JANE ROE/THE PRESS",
        # "TOM BERG / STUFF" (the name checked by NameModel as it would be written in title case), mendL65
        self._caps_name_outlet = LazyPattern(
            rf"(?P<name>{caps_name_word}(?:[ ]{caps_name_word}){{1,3}})[ ]*+/[ ]*+"
            rf"(?P<outlet>{caps_name_word}(?:[ ]{caps_name_word}){{0,3}})"
        )
        # an outlet and its photographer in brackets, alone on a line under the caption:
        # "(ABC Western Qld: Jo Roe)" (bracketed_credit)
        self._paren_alone = regex.compile(
            rf"""\([ ]?+(?P<credit>(?P<outlet>{credit_word}(?:\s++{credit_word}){{0,3}}):\s++
                (?P<name>{credit_word}(?:\s++{credit_word}){{1,3}}))[ ]?+\)""",
            regex.VERBOSE,
        )
        # a photographer and an agency in brackets with a slash between them: "(Peter Byrne/PA)"
        # (when first used: 28 KB compiled, for a few lines only)
        self._paren_slash = LazyPattern(
            rf"""\([ ]?+(?P<credit>(?P<name>{credit_word}(?:\s++{credit_word}){{1,3}})\s*+/\s*+
                (?P<agency>{credit_word}(?:[\s\-]++{credit_word}){{0,2}}))[ ]?+\)""",
            regex.VERBOSE,
        )
        # a photographer or a studio working for an outlet: "Jo Roe for The City Herald", "PixelWorks for City Magazine"
        self._for_outlet = regex.compile(
            rf"""(?P<name>{credit_word}(?:\s++{credit_word}){{0,3}})
                \s++for\s++
                (?P<outlet>{credit_word}(?:\s++{credit_word}){{0,4}})""",
            regex.VERBOSE,
        )
        # the same at a caption's end, after its sentence: "... on Monday. Jo Roe for the City Gazette"
        # (a person's name and an outlet: works_for_outlet)
        working = alternation([w for w in self.WORKING_FOR_WORDS if w])
        self._for_tail = regex.compile(
            rf"""(?<=[.!?”"’][ ]{{1,3}})
                (?P<credit>(?P<name>{name_word}(?:[ ]{name_word}){{1,{self.names.MAX_WORDS - 1}}}+)
                [ ](?:{working})[ ]                                       # "for"
                (?P<outlet>(?:\p{{Ll}}{{1,{self.OUTLET_ARTICLE_CHARS}}}+[ ])?+   # an article: "the"
                  {credit_word}(?:[ ]{credit_word}){{0,4}}+))
                [ ]*+$""",
            regex.VERBOSE,
        )
        self._glued_name = regex.compile(r"\p{Lu}\p{Ll}++\p{Lu}\p{L}*+")  # one word, capitals inside: "PixelWorks"
        media = alternation(list(self.MEDIA_LABELS))
        # a media label, then a sentence: "Video: In this talk, ..."
        self._media = regex.compile(rf"(?:{media})\s*+:\s*+(?=[\p{{Lu}}\d])")
        self._media_starts = tuple(w for w in self.MEDIA_LABELS if w)
        self._company_suffixes = frozenset(self.COMPANY_SUFFIXES)
        self._outlet_words = frozenset(self.OUTLET_WORDS)
        self._working_marks = tuple(f" {w} " for w in self.WORKING_FOR_WORDS if w)
        self._credit_marks[self._for_tail] = self._working_marks[:1]
        # a photographer's handle before a stock library: "jroe77 - Stock Library"
        self._handle = regex.compile(rf"[\p{{L}}\p{{N}}_.]{{2,40}}+\s*+[-–—/]\s*+(?:{tails})")
        # the people pictured and where the picture came from: "Jonathan P. Blair Submitted photo"
        self._subject = regex.compile(
            rf"""(?P<caption>(?:\p{{Lu}}[\p{{L}}'’\-]*+\.?\s++){{2,4}})
                (?P<credit>{alternation(list(self.SUBJECT_TAILS))})""",
            regex.VERBOSE,
        )
        self._below_labels = tuple(label.casefold() for label in self.CREDIT_BELOW_LABELS)
        self._gallery = regex.compile(self.GALLERY_MARKER, regex.IGNORECASE | regex.VERBOSE)
        self._inner_stop = regex.compile(r"[.!?…](?=\s++\p{Lu})")  # a sentence ends inside the line
        places = alternation([w for w in self.LABEL_PLACES if w]) or "(?!)"
        self._label_head = regex.compile(
            rf"""(?P<label>{alternation(list(self.CAPTION_LABELS))})
                (?:(?![\p{{L}}])|(?-i:(?=\p{{Lu}})))  # a word ends, or a capital is glued on: "Media captionWho"
                (?:\s++(?P<place>\(?+(?:{places})\)?+)(?=\s*+[:\-–—]))?+  # "Pictured above:", "Pictured (from left):"
                (?P<sep>\s*+[:,\-–—])?\s*+""",
            regex.IGNORECASE | regex.VERBOSE,
        )
        # what might_be_caption and might_be_credit_line look for, from this parser's vocabularies
        self._caption_starts = tuple(w for w in self.FILE_LABELS if w)
        ends = (*self.TOGGLES, *self.SUBJECT_TAILS, *self.PHOTO_AGENCIES, *self.CREDIT_TAILS)
        self._caption_ends = (")", "]", "Photo", *(w for w in ends if w))
        self._caption_labels = tuple(w.casefold() for w in self.CAPTION_LABELS if w)
        labels = {w.casefold() for w in self.credit_labels if w}
        # a label that starts with a shorter one ("photo credit", "photo") is found where the shorter one is
        self._credit_words = tuple(sorted(w for w in labels if not any(o != w and w.startswith(o) for o in labels)))
        # the credit labels via_credit_evidence looks for among a line's words, a label of several
        # words as a phrase ("photo credit"), built once (mend60b)
        self._via_label_words = frozenset(w for w in labels if " " not in w)
        self._via_label_phrases = tuple(f" {w} " for w in labels if " " in w)
        self._agencies = tuple(w for w in self.PHOTO_AGENCIES if w)
        self._slash_heads = ("Photo", *self._agencies)
        self._credit_tails = tuple(w for w in self.CREDIT_TAILS if w)
        self._editorial = frozenset(label.casefold() for label in self.EDITORIAL_LABELS)
        self._story_tails = tuple(w for w in self.STORY_TAILS if w)
        self._file_labels = frozenset(self.FILE_LABELS)
        # (a label in capitals and a space before a credit: "PHOTO MARTIN TREMBLAY, LA PRESSE"; lang65)
        credit_labels = (*self.BARE_CREDIT_LABELS, *vocabulary.CREDIT_LABELS)
        self._capital_labels = frozenset(w.casefold() for w in credit_labels if " " not in w)
        self._archive_words = frozenset(w.casefold() for w in vocabulary.ARCHIVE_CREDIT_WORDS)
        share = alternation([*self.BUTTON_WORDS, *self.SHARE_WORDS])
        self._share_word = LazyPattern(rf"(?<![\p{{L}}])(?:{share})(?![\p{{L}}])", regex.IGNORECASE)  # (when first used)
        self._label_chars = max((len(w) for w in (*self.CAPTION_LABELS, *self.credit_labels)), default=0) + 1
        # a label left at the start of a credit: "Photo: Credit: Jo Roe/Reuters"; only before a colon
        # or "by", since a label's word also opens a credit ("Photo: Picture Alliance/dpa") and
        # "Courtesy of" marks a handout picture ("Photo: Courtesy of the family")
        # a credit label alone, maybe with its link word and a colon: "Credit:", "Photograph by"
        links = alternation(list(self.LABEL_LINKS))
        self._label_links = frozenset(link.casefold() for link in self.LABEL_LINKS)
        self._label_alone = regex.compile(
            rf"(?:{words})(?:\s++(?:{links}))?+\s*+(?::|\.\.\.|…)?+", regex.IGNORECASE
        )
        self._inner_label = regex.compile(
            rf"""(?P<label>{words})
                (?:\s*+(?::|\.\.\.|…)\s*+           # a colon or dots: "Credit: Jo Roe"
                  | \s++by\s++(?-i:(?=\p{{Lu}})))      # "Photo: Photography by Jo Roe" """,
            regex.IGNORECASE | regex.VERBOSE,
        )

    def might_be_caption(self, line: Line) -> bool:
        """A cheap test that every line :meth:`parse_line`
        could read as a caption passes, so that most lines skip its patterns: a line no longer than
        its ``MAX_CHARS`` that starts with a digit (a gallery counter), a ``FILE_LABELS`` label or
        a ``CAPTION_LABELS`` label (in any case) or a ``MEDIA_LABELS`` label, ends in a bracket, ``Photo``, a ``TOGGLES`` word or
        a ``SUBJECT_TAILS``, ``PHOTO_AGENCIES`` or ``CREDIT_TAILS`` credit, or holds in its last
        ``CREDIT_WINDOW`` characters a slash that may be part of a credit (:meth:`might_be_credit_slash`),
        a ``CREDIT_WORDS`` label (in any case) where a word starts, a bar or ``©`` after a sentence's end, or,
        when it ends in no sentence end or quote, ``via``.  Built from this parser's vocabularies; a subclass that reads captions
        of other shapes widens this test with them (or returns ``True``)."""
        text = line.text
        if len(text) > self.MAX_CHARS:
            return False
        if text.endswith(self._caption_ends) or text.startswith(self._caption_starts) or self.might_be_counter(text):
            return True
        if text[: self._label_chars].casefold().startswith(self._caption_labels) or text.startswith(self._media_starts):
            return True
        start = max(0, len(text) - self.CREDIT_WINDOW)
        window = text[start:]
        if "via" in window and text[-1] not in ".!?\"”’'":
            return True
        sign = window.rfind("©")
        if sign > 0 and window[:sign].rstrip(" ")[-1:] in ".!?”\"’":
            return True  # "... at Gare du Midi. © Belga": any name after the sign (fixT59)
        bar = window.rfind("|")
        if bar > 0 and window[:bar].rstrip(" ")[-1:] in ".!?”\"’":
            return True  # "... in Tokyo on Sunday. | Jane Roe": a credit after a bar (is_bar_credit)
        bar = window.find("|")
        if bar > 0 and window[:bar].rstrip(" ")[-1:] in ".!?”\"’":
            return True  # "... on March 9. | Jo Roe | City Media Group": two after bars (is_bar_pair)
        if any(mark in window for mark in self._working_marks) and self.might_end_in_outlet(text):
            return True  # "... on Monday. Jo Roe for the City Gazette"
        slash = text.find("/", start)
        while slash >= 0:
            if self.might_be_credit_slash(text, slash):
                return True
            slash = text.find("/", slash + 1)
        if not window.isascii():  # case folding may change lengths: look for the labels anywhere
            folded_window = window.casefold()  # (once, not once a label)
            return any(word in folded_window for word in self._credit_words)
        folded = window.lower()
        for word in self._credit_words:
            if word not in folded:
                continue  # (the operator, no method call: most lines hold none of the labels)
            at = folded.find(word)
            while at >= 0:
                if self.might_be_label_at(text, start + at):
                    return True
                at = folded.find(word, at + 1)
        return False

    def might_end_in_outlet(self, text: str) -> bool:
        """Whether *text* may end in an outlet's name (:meth:`is_outlet`): its last word is one of
        :attr:`OUTLET_WORDS`, or a capitalised ``The`` after a word stands in its last
        :attr:`CREDIT_WINDOW` characters (``for The Guardian``; not the line's own opening ``The``).

        .. versionadded:: 0.2"""
        last = text.rsplit(None, 1)[-1] if text.strip() else ""
        # a word before the "The" (as in "for The"): a line's own opening "The" is no outlet's
        return last in self._outlet_words or " The " in text[-self.CREDIT_WINDOW - 1 :]

    def might_be_credit_slash(self, text: str, at: int) -> bool:
        """Whether the slash at *at* in *text* may be part of a credit: a space before it (``Jane Roe
        / City Herald``), a capital after it (``SIA/EFAK``), or a ``PHOTO_AGENCIES`` name or ``Photo``
        right before it (``AP Photo/Evan Vucci``); not a slash inside a link or a word (``and/or``)."""
        before = text[at - 1 : at]
        return before.isspace() or text[at + 1 : at + 2].isupper() or text.endswith(self._slash_heads, 0, at)

    def might_be_label_at(self, text: str, at: int) -> bool:
        """Whether a credit label starting at *at* in *text* stands where the caption parser reads
        one: at the start, after a space, a sentence end, a quote or a bracket, or glued in
        capitals to a word (``...the rubble.Photo:``, ``rubblePhoto:``), not inside a word (``topic``)."""
        if at == 0:
            return True
        before = text[at - 1]
        return before.isspace() or before in ".!?”\"'([" or (before.islower() and "A" <= text[at] <= "Z")

    def might_be_counter(self, text: str) -> bool:
        """Whether *text* may open with a gallery's counter (``1 of 4``, ``3/12``): a number of one
        to three digits, then ``of`` or a slash."""
        if not text[:1].isdigit():
            return False
        rest = text.lstrip("0123456789")
        if rest[:1].isdigit() or len(text) - len(rest) > 3:
            return rest[:1].isdigit()  # a digit of another script: let the caption parser decide
        rest = rest.lstrip()
        return rest[:1] == "/" or rest[:2].casefold() == "of"

    def might_be_credit_line(self, line: Line) -> bool:
        """A cheap test that every line :meth:`is_credit_line` accepts passes: it starts (maybe after a bracket)
        with a ``CREDIT_WORDS`` label (in any case) or a ``PHOTO_AGENCIES`` name, or ends (maybe
        before a bracket) in a ``CREDIT_TAILS`` credit; or, at most ``MAX_UNLABELLED_CHARS`` long,
        holds a slash, a bar between spaces after a capital, `` for `` or ends in a ``PHOTO_AGENCIES`` name in brackets.
        A subclass that reads credit lines of other shapes widens it with them."""
        text = line.text
        head = text[1:] if text.startswith(("(", "[")) else text
        if head.startswith(self._agencies) or head[: self._label_chars].casefold().startswith(self._credit_words):
            return True
        if len(text) <= self.MAX_UNLABELLED_CHARS and ("/" in text or (" | " in text and text[:1].isupper())):
            return True  # "Jane Roe/City Herald", "Jane Roe | CNBC"
        if len(text) <= self.MAX_UNLABELLED_CHARS and (" for " in text or self.agency_in_brackets(text)):
            return True  # "Jane Roe for City Magazine", "JANE ROE (AFP)"
        if text.startswith("(") and text.endswith(")") and ":" in text:
            return True  # "(ABC Western Qld: Jane Roe)"
        return (text[:-1] if text.endswith((")", "]")) else text).endswith(self._credit_tails)

    def opens_with_label(self, text: str) -> bool:
        """Whether *text* opens with a label of :attr:`MEDIA_LABELS` and a colon (``Video: ...``)
        or a label of :attr:`CAPTION_LABELS` as :meth:`parse_line` reads one (``Image caption
        ...``, ``Caption: ...``), so that a caption that reads as prose after its label still
        meets the caption rules; ``Photographers ...``, ``Videos ...`` or ``Pictured in the photo
        are ...`` open with no label.  Two anchored matches, after a cheap test of the first letters."""
        head = text[: self._label_chars].casefold()
        if self.opens_with_media_label(text):
            return True
        if not head.startswith(self._caption_labels):
            return False
        label = self._label_head.match(text)
        return label is not None and label.end() < len(text) and self.is_caption_label(label)

    def opens_with_media_label(self, text: str) -> bool:
        """Whether *text* opens with a label of :attr:`MEDIA_LABELS`, a colon and a capital or a
        digit (``VIDEO: Crews clear ...``), as :meth:`media_caption` reads one.

        .. versionadded:: 0.2"""
        return text.startswith(self._media_starts) and self._media.match(text) is not None

    def agency_in_brackets(self, text: str) -> bool:
        """Whether *text* ends in one of :attr:`PHOTO_AGENCIES` in brackets: ``JANE ROE (AFP)``."""
        return text.endswith(")") and text[text.rfind("(") + 1 : -1] in self._agencies

    def parse_line(self, line: Line) -> CaptionLine | None:
        """The caption on *line*, or ``None`` when the line is not a caption."""
        text = line.text
        if len(text) > self.MAX_CHARS:
            return None
        counter = self._counter.match(text, 0, None, KEEP_GIL)
        if counter is not None and counter.end() < len(text):
            # "1 of 4 | A man waves ...": a caption, with or without a credit; without a separator
            # only with a credit ("2 of 3 Americans say ..." is a sentence)
            inner = Line(text[counter.end() :], Span(line.span.start + counter.end(), line.span.end), 0, False)
            found = self.parse_line(inner)
            if found is not None:
                return found
            if counter["sep"] is not None:
                return CaptionLine(inner.text, None, inner.span)
            return None
        archive = self._file.match(text, 0, None, KEEP_GIL)
        if archive is not None and len(text[archive.end() :].split()) >= self.MIN_ABOVE_WORDS:
            inner = Line(text, line.span, 0, False)
            return self.split_credit(inner) or CaptionLine(text, None, line.span)
        subject = self._subject.fullmatch(text, 0, None, KEEP_GIL)
        if subject is not None:
            caption = subject["caption"].rstrip()
            return CaptionLine(caption, subject["credit"], Span(line.span.start, line.span.start + len(caption)))
        head = self._label_head.match(text, 0, None, KEEP_GIL)
        if head is not None and head.end() < len(text) and self.is_caption_label(head):
            inner = Line(text[head.end() :], Span(line.span.start + head.end(), line.span.end), 0, False)
            found = self.split_labelled_credit(inner)
            if found is not None:
                return found
            if self.credit_runs_into_story(inner.text):
                return None  # "Photo: Jo Roe/AAP Police said on Monday ...": the credit, then the story's lede
            return CaptionLine(inner.text, None, inner.span)
        media = self.media_caption(line)
        if media is not None:  # "Video: In this talk, a physiologist explains ..."
            return media
        if self.might_be_credit_line(line) and self.credit_of(line) is not None:
            return None  # a bare credit line ("Photo by Jo Roe /Getty Images/iStockphoto") holds no caption
        link = self.link_start(text)
        if link is not None:  # "... REUTERS/Jo Roe Purchase Licensing Rights, opens new tab"
            return self.split_credit(Line(text[:link], Span(line.span.start, line.span.start + link), 0, False))
        notice = self.notice_start(text)
        if notice is not None:  # "... REUTERS/Jo Roe THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY."
            return self.split_credit(Line(text[:notice].rstrip(), Span(line.span.start, line.span.start + notice), 0, False))
        found = self.split_credit(line) or self.use_notice_caption(line)
        if found is None:
            toggle = self._toggle.search(text, max(0, len(text) - 20), None, KEEP_GIL)  # a toggle ends the line
            if toggle is not None and len(text[: toggle.start()].split()) >= self.MIN_TOGGLE_WORDS:
                caption = text[: toggle.start()].rstrip()
                span = Span(line.span.start, line.span.start + len(caption))
                # the credit may stand before the toggle: "... (AP Photo/Evan Vucci) more >"
                return self.split_credit(Line(caption, span, 0, False)) or CaptionLine(caption, None, span)
        return found

    def after_gallery(self, marker: Line, line: Line) -> CaptionLine | None:
        """*line* as a caption without a credit when the line above it is a gallery's counter or
        button (``View 3 Images``, ``Image 1 of 23``: :attr:`GALLERY_MARKER`) and *line* reads as
        a caption: at most :attr:`ABOVE_MAX_WORDS` words, no credit line, no reported speech
        (:attr:`REPORTING_WORDS`), no sentence end before its last word, and mixed case; or a
        caption with one of :attr:`PHOTO_AGENCIES` alone after its end (:meth:`agency_after_stop`)."""
        if self._gallery.fullmatch(marker.text, 0, None, KEEP_GIL) is None or self.is_credit_line(line):
            return None
        credited = self.agency_after_stop(line)
        if credited is not None:  # "Devotees light lamps in Amritsar. Reuters"
            return credited
        text = line.text
        words = text.split()
        if not self.MIN_ABOVE_WORDS - 1 <= len(words) <= self.ABOVE_MAX_WORDS or text.isupper():
            return None  # "Ghislaine Maxwell, 64" is a caption, "SHARE" a button
        if self._reported.search(text) or self._inner_stop.search(text) or self._button.match(text):
            return None  # "..., police said." and two sentences are story text, "Share this" a button
        return CaptionLine(text, None, line.span)

    def agency_after_stop(self, line: Line) -> CaptionLine | None:
        """*line* as a caption credited to one of :attr:`PHOTO_AGENCIES` that stands alone after
        the caption's sentence end, a space between (``Fireworks burst over Mumbai. AFP``), as a
        gallery prints its credits; the caption must read as caption text
        (:meth:`is_caption_text`).  Only where the line is known to be a caption: story text may
        end in an agency's name too."""
        text = line.text
        for agency in self._agencies:
            head = text[: len(text) - len(agency)]
            if text.endswith(agency) and head.endswith(" ") and head.rstrip()[-1:] in ".!?":
                caption = head.rstrip()
                if not self.is_caption_text(caption):
                    return None
                return CaptionLine(caption, agency, Span(line.span.start, line.span.start + len(caption)))
        return None

    def after_label(self, label: Line, line: Line) -> CaptionLine | None:
        """*line* as a caption when *label*, the line right above it in its block, is a
        :attr:`CAPTION_LABELS` label alone, as :meth:`parse_line` reads one (``Image caption``,
        ``Video caption``, ``Caption:``), as a page copied from its markup prints the label apart
        from the caption; the caption's credit split off as :meth:`parse_line` splits it.  Not
        a credit line (a picture credited, the caption missing), and only a line that reads as a
        caption: no reported speech (:attr:`REPORTING_WORDS`) and no sentence ended before its
        last word, else it is the story's first paragraph under a label that labels nothing."""
        if line.blank_before or len(line.text) > self.MAX_CHARS or len(label.text) > self._label_chars + 1:
            return None
        head = self._label_head.fullmatch(label.text, 0, None, KEEP_GIL)
        if head is None or not self.is_caption_label(head) or self.is_credit_line(line):
            return None
        caption = self.split_labelled_credit(line) or CaptionLine(line.text, None, line.span)
        if self._reported.search(caption.text) or self._inner_stop.search(caption.text):
            return None  # "..., traders said." and two sentences are the story's first paragraph
        return caption

    def under_agency(self, above: Line, line: Line) -> CaptionLine | None:
        """*line* as a caption credited to the agency named alone on the line above it (``EPA`` over
        ``Firefighters search the flats after the blaze``), as pages that print the credit above
        the picture's caption do: the line above is one of :attr:`PHOTO_AGENCIES` and nothing
        else, and *line* ends no sentence, opens with no counter, holds one sentence at most and
        reads as a caption, not a button or story text (:meth:`reads_as_story`).  The pipeline
        also wants running text right after *line*, so that a related story's title under a
        wire's sign-off is none."""
        if above.text not in self._agencies:
            return None
        return self.under_credit(above.text, line)

    def opens_with_citation(self, text: str) -> bool:
        """Whether *text* opens with one of :attr:`CITATION_LABELS` and a colon (``Source: Xinhua |
        Editor: Li Wei``, ``(Sources: the council)``): a line that names where a text comes from.

        .. versionadded:: 0.2"""
        label, colon, _ = text.lstrip("([").partition(":")
        return bool(colon) and label.strip().casefold() in self._citation_labels

    def has_inner_stop(self, text: str) -> bool:
        """Whether a sentence ends inside *text*, before a capital (``... in 1897. Tubman ...``):
        two sentences or more, not a caption's one.

        .. versionadded:: 0.2"""
        return self._inner_stop.search(text) is not None

    def under_credit(self, credit: str, line: Line) -> CaptionLine | None:
        """*line* as a caption with *credit*, the credit printed on the line above it: *line* ends
        no sentence, opens with no counter, holds one sentence at most and reads as a caption,
        not a button or story text (:meth:`reads_as_story`)."""
        text = line.text
        if ends_sentence(text) or text[:1].isdigit():
            return None
        if len(text.split()) > self.ABOVE_MAX_WORDS or self._inner_stop.search(text):
            return None
        if self.reads_as_story(text) and not self.is_unstopped_caption(text):
            return None  # (reported speech with no stop at all is a caption's: is_unstopped_caption, mendLT70)
        return CaptionLine(text, credit, line.span)

    def under_labelled_credit(self, credit: str, line: Line) -> CaptionLine | None:
        """*line* as a caption with *credit*, printed on a labelled credit line above it (``Photo:
        Jane Roe/City Herald`` over ``Council members vote on the budget on Tuesday.``): at most
        :attr:`ABOVE_MAX_WORDS` words and one sentence, no counter first, reading as a caption,
        not a button or story text (:meth:`reads_as_story`, :meth:`is_running_prose`).

        .. versionadded:: 0.2"""
        text = line.text
        if text[:1].isdigit() or len(text.split()) > self.ABOVE_MAX_WORDS or self._inner_stop.search(text):
            return None
        if self.reads_as_story(text) or self.is_running_prose(text):
            return None
        return CaptionLine(text, credit, line.span)

    def over_agency(self, line: Line, below: Line) -> CaptionLine | None:
        """*line* as a caption credited to the agency named alone on the line right under it, in
        the same block (``Joel Roe celebrates his goal.`` over ``PA``): *below* is one of
        :attr:`PHOTO_AGENCIES` and nothing else, with no blank line before it (a wire's sign-off
        stands apart), and *line* is caption text of at most :attr:`ABOVE_MAX_WORDS` words that
        reads as a caption, not a button or story text (:meth:`reads_as_story`).  The pipeline
        also wants running text after *below*."""
        text = line.text
        if below.blank_before or below.text not in self._agencies or not self.is_caption_text(text):
            return None
        if len(text.split()) > self.ABOVE_MAX_WORDS or self.reads_as_story(text):
            return None
        return CaptionLine(text, below.text, line.span)

    def link_start(self, text: str) -> int | None:
        """Where the links after a picture's credit start: one of :attr:`CREDIT_LINKS`, one of
        :attr:`LINK_HINTS` or both at the end of *text* (``... REUTERS/Jane Roe Purchase Licensing
        Rights, opens new tab``), spaces before them left out; ``None`` when *text* ends otherwise
        or holds nothing else.

        .. versionadded:: 0.2"""
        match = self._link.search(text, max(0, len(text) - self.CREDIT_WINDOW), None, KEEP_GIL)
        return match.start() if match is not None and match.start() > 0 else None

    def notice_start(self, text: str) -> int | None:
        """Where a picture desk's notice in capitals after a credit starts (``... via REUTERS THIS
        IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES.``): at least :attr:`NOTICE_WORDS`
        words in capitals, one ending a sentence, at the end of the line, an agency's name at
        their start left to the credit; ``None`` when the line ends otherwise."""
        start = max(0, len(text) - self.CREDIT_WINDOW)
        words = list(SPACED_WORD.finditer(text[start:], 0, None, False, KEEP_GIL))
        count = 0
        for word in reversed(words):
            letters = [ch for ch in word.group() if ch.isalpha()]
            if not letters or any(not ch.isupper() for ch in letters):
                break
            count += 1
        run = words[len(words) - count :]
        if run and run[0].group() in self._agencies:
            run = run[1:]  # "via REUTERS THIS IMAGE ...": the agency is the credit's
        if len(run) < self.NOTICE_WORDS or len(run) == len(words) or not any(w.group().endswith(".") for w in run):
            return None
        return start + run[0].start()

    def is_caption_label(self, head: regex.Match[str]) -> bool:
        """Whether a :attr:`CAPTION_LABELS` label at the start of a line introduces a caption: it is
        capitalised, and a one-word label (``Caption``, ``Pictured``) is followed by ``:`` or a dash,
        so that ``Pictured in the photo are ...`` stays a sentence."""
        label = head["label"]
        return label[0].isupper() and (" " in label or head["sep"] is not None)

    def is_credit_match(self, text: str, match: regex.Match[str]) -> bool:
        """Whether a credit match has the shape of a credit: a label is capitalised unless it
        opens a bracket (``(photo: ...)``) or follows a bar (``| photo by ...``), so that ``a photo
        by Dorothea Lange`` in a sentence is not one, and the credit neither reads as a clause of
        lower-case words (``Photo: none was taken``) nor holds only :attr:`LOWER_CREDIT_WORDS`
        (``photo`` after ``Courtesy``: the credit is the whole ``Courtesy photo``) nor is a wire's
        end mark (:attr:`END_MARK_WORDS`: ``(END)``; the vocabulary's ``END_MARKS`` in brackets: ``(FIN)``)."""
        groups = match.groupdict()
        label = groups.get("label")
        start = match.start("label") if label else 0
        opens = text[max(0, start - 1) : start] in "([" or text[max(0, start - 2) : start] == "| "
        if label and label[0].islower() and not opens:  # "... testing lab | photo by Joan Roe" is a credit
            return False
        credit = match["credit"].strip(" .").casefold()
        if credit in self.END_MARK_WORDS or f"({credit})" in self._end_marks:
            return False  # "... last year. (END)", "(FIN)": the wire's end mark, the line the story's
        words = [w.strip(".,;:!?") for w in match["credit"].split()]
        if words and all(w in self.LOWER_CREDIT_WORDS for w in words):
            return False  # "Courtesy photo": a label's word alone after another, the credit is the whole tail
        lower = [
            w
            for at, w in enumerate(words)
            if w.islower() and w.isalpha() and w not in self.LOWER_CREDIT_WORDS and not self.links_name(words, at)
        ]
        return len(lower) <= self.MAX_LOWER_CREDIT_WORDS or (
            len(lower) <= self.MAX_OWNER_LOWER_WORDS and "," not in match["credit"] and self.names_owner(label)
        )

    def names_owner(self, label: str | None) -> bool:
        """Whether *label*, a credit's, ends with one of :attr:`OWNER_CREDIT_LABELS` (``Courtesy``,
        ``Photo courtesy``): the credit after it is the picture's owner, in lower case maybe
        (``(Courtesy of city hall)``).

        .. versionadded:: 0.2 (fixL63)"""
        return label is not None and label.casefold().endswith(self.OWNER_CREDIT_LABELS)

    def links_name(self, words: Sequence[str], at: int) -> bool:
        """Whether ``words[at]`` is one of the vocabulary's ``CREDIT_NAME_LINKS`` inside an
        institution's name, a run of them between two capitalised words (``de la`` in ``Fiscalía
        General de la Nación``), or a particle of a person's name (``NameModel.PARTICLES``: ``van der``
        in ``Pieter van der Berg``, mendLT70): no lower-case word of a sentence (``Foto: vista de la ciudad``).

        .. versionadded:: 0.2 (layT61)"""
        links = self._credit_name_links
        if words[at] not in links:
            return False
        before, after = at - 1, at + 1
        while before >= 0 and words[before] in links:
            before -= 1
        while after < len(words) and words[after] in links:
            after += 1
        return before >= 0 and after < len(words) and words[before][:1].isupper() and words[after][:1].isupper()

    def split_credit(self, line: Line) -> CaptionLine | None:
        """Split *line* into caption text and credit; ``None`` when it has no credit or no text.
        A credit a story's sentence may end in too (``(City News: Andrew Roe)``) is not split off
        running prose here: see :meth:`split_labelled_credit`."""
        return self.read_credit(line, labelled=False)

    def credit_runs_into_story(self, text: str) -> bool:
        """Whether *text*, the words after a caption label that opens its line, are a credit with a
        slash (:meth:`unlabelled_credit`: ``Jo Roe/AAP``, ``Jo Roe/Getty Images``) run into a sentence
        of the story, a capital first, that reads as running prose (:meth:`reads_as_prose`: ``Police
        said on Monday that ...``): a credit line whose line end the copy lost over the lede, which
        is no caption's text.  The limits are :attr:`RUN_IN_CREDIT_WORDS`.  A caption's own words
        after the label (``Photo: Crowds at the pier on Monday``) have no such credit first, and a
        caption in the past after a credit (``Photo: Jo Roe/PA Protesters marched through central
        London on Saturday.``) only states a fact, as captions do (:meth:`states_fact`; mend60b).

        .. versionadded:: 0.2 (fixL60)"""
        before, outlet = self.RUN_IN_CREDIT_WORDS
        words = text.split(None, before + outlet + 1)
        slash = next((at for at, word in enumerate(words[:before]) if "/" in word.strip("/")), None)
        if slash is None:
            return self.agency_runs_into_story(words[:outlet], " ".join(words))
        for end in range(slash + 1, min(len(words), slash + 1 + outlet)):
            rest = " ".join(words[end:])
            if not rest[:1].isupper() or self.unlabelled_credit(" ".join(words[:end])) is None:
                continue
            if self.reads_as_prose(rest):
                return True
        return False

    def agency_runs_into_story(self, head: list[str], text: str) -> bool:
        """Whether *text*, the words after a caption label, open with a news agency of the
        vocabulary or of :attr:`PHOTO_AGENCIES` alone, in the first words *head*
        (:meth:`is_wire_credit`: ``AAP``, ``Getty Images``), run into a sentence of the story that
        reads as running prose (``Photo: AAP Police said on Monday a man had been charged.``): the
        credit whose line end was lost over the lede (:meth:`credit_runs_into_story`).  ``Photo:
        AAP Firefighters at the scene on Monday.`` is a caption.

        .. versionadded:: 0.2 (fixL61)"""
        return self.agency_run_in(head, text) is not None

    def agency_run_in(self, head: list[str], text: str) -> tuple[str, str] | None:
        """The agency and the story's sentence, ``(credit, sentence)``, when *text* opens with an
        agency alone run into the story's sentence (:meth:`agency_runs_into_story`); ``None``
        otherwise.

        .. versionadded:: 0.2 (fixL61b)"""
        for end in range(1, len(head)):
            rest = text.split(None, end)[-1]
            credit = " ".join(head[:end])
            if not rest[:1].isupper() or not (self.is_wire_credit(credit) or credit in self.PHOTO_AGENCIES):
                continue
            if self.reads_as_prose(rest):
                return credit, rest
        return None

    def split_agency_run_in(self, line: Line) -> tuple[CaptionLine, Line] | None:
        """*line*, a caption label, an agency alone and the story's lede run into one line (the line
        end lost: ``Photo: AAP Police said on Monday a man had been charged.``,
        :meth:`agency_run_in`), cut in two: the label and the agency, a caption that is its credit
        alone (``Photo: AAP``, credit ``AAP``, as it reads on a line of its own), and the lede, a
        line of the story from its first word (``Police said ...``); ``None`` for any other line.
        A credit with a slash (``Photo: Jo Roe/AAP Police said ...``) is left whole to the story.

        .. versionadded:: 0.2 (fixL61b)"""
        text = line.text
        if len(text) > self.MAX_CHARS:
            return None
        head = self._label_head.match(text, 0, None, KEEP_GIL)
        if head is None or not self.is_caption_label(head):
            head = self._media.match(text, 0, None, KEEP_GIL)
        if head is None or head.end() >= len(text):
            return None
        rest = text[head.end() :]
        words = rest.split(None, self.RUN_IN_CREDIT_WORDS[1] + 1)
        found = self.agency_run_in(words[: self.RUN_IN_CREDIT_WORDS[1]], rest)
        if found is None:
            return None
        credit, story = found
        cut = len(text) - len(story)
        label = text[:cut].rstrip()
        start = line.span.start
        return CaptionLine(label, credit, Span(start, start + len(label))), Line(story, Span(start + cut, line.span.end), 0, True)

    def split_labelled_credit(self, line: Line) -> CaptionLine | None:
        """:meth:`split_credit` for the text after a caption label (``Photo:``, ``Image
        caption``): the label already tells that *line* is a caption, so a credit a story's
        sentence may end in too (``(City News: Andrew Roe)``) is split off running prose as well."""
        return self.read_credit(line, labelled=True)

    def search_credit(self, pattern: regex.Pattern[str] | LazyPattern, text: str, start: int) -> regex.Match[str] | None:
        """One credit *pattern* searched in caption line *text* from *start*: the one place
        :meth:`read_credit` runs its patterns, after passing over those whose mark the line lacks
        (a subclass may count or trace the searches).

        .. versionadded:: 0.2"""
        return pattern.search(text, start, None, KEEP_GIL)

    def read_credit(self, line: Line, labelled: bool) -> CaptionLine | None:
        """The work of :meth:`split_credit` (*labelled* false) and :meth:`split_labelled_credit`
        (*labelled* true); override those two rather than this one."""
        text = line.text
        tail_start = max(0, len(text) - self.CREDIT_WINDOW)  # credits end the line: look only there
        patterns: list[regex.Pattern[str] | LazyPattern] = [
            self._labelled, self._agency, self._bar_tail, self._tail, self._bracketed, self._paren, self._paren_label,
            self._slashed, self._caps_agency, self._barred, self._via_agency, self._copyright, self._copyright_name,
            self._caps_slash, self._dash_copyright,
            self._for_tail, self._bar_name, self._bar_pair, self._dashed_caps, self._caps_label,
        ]
        if text[-1:] in ")]":
            # a closing bracket ends the credit: "... rubble [Getty Images via Nasa]" is read whole
            patterns = [self._bracketed, self._file_bracket, self._paren, self._paren_label, *patterns[:4], *patterns[7:]]
            patterns.append(self._bracket_pair)  # "... reporters Thursday. [ JO ROE | Times ]" (mendLT70)
            patterns.append(self._sentence_name_agency)  # "... on Tuesday. Jane Roe (AP)"
            patterns.append(self._paren_bare)  # "... crollato nella notte (foto Luca Neri)"
        if text[-1:] not in ".!?\"”’'" and len(text.split()) <= self.VIA_MAX_WORDS:
            patterns.append(self._via)  # "... scissor switch keyboard via iFixit"
        marks = self._credit_marks
        for pattern in patterns:
            needed = marks.get(pattern)
            if needed is not None and not all(mark in text for mark in needed):
                continue  # (the line lacks a character or word the pattern needs)
            match = self.search_credit(pattern, text, tail_start)
            if match is None:
                continue
            label = match.groupdict().get("label")
            if (
                label is not None
                and label.casefold() in self._citation_labels
                and not self.is_agency_sourced_caption(text[: match.start()], match["credit"])
            ):
                return None  # "... in February. Source: Bureau of Labor Statistics" cites the facts
            credit = self.clean_credit(match["credit"], label) or ""
            if label and credit.startswith(label) and credit[len(label) : len(label) + 1].isupper():
                credit = credit[len(label) :]  # a label printed twice: "CreditCreditChang W. Lee"
            if len(credit.split()) > self.MAX_CREDIT_WORDS or not credit or not self.is_credit_match(text, match):
                continue
            cut = match.start()
            glued = _NUMBER_STOP.match(text, cut, None, KEEP_GIL)
            if glued is not None and credit.startswith(glued.group()):
                # "... in Ottawa on Sept. 18.JUSTIN TANG/THE CANADIAN PRESS": the date's number ends the caption
                cut, credit = glued.end(), credit[len(glued.group()) :]
            caption = text[:cut].rstrip()
            bare = caption.rstrip(self.SEPARATOR_ENDS + " ")
            if bare != caption and not has_lower_word(bare):
                continue  # "Stephane Cardinale - Corbis/Getty Images": names before a separator are the credit's
            caption = bare  # "... at the testing lab | photo by Joan Roe": the bar is no part of the caption
            if ":" in text[len(caption) : match.start()]:
                caption = self.without_label(caption)  # "... in Madrid. Foto: EFE/Juan Pérez"
            if label is not None:
                caption = self.without_outlet_mark(caption)  # "... on Dec 5. ST PHOTO: JO ROE"
            if not self.is_caption_text(caption) and not self.is_short_caption(caption, credit):
                continue
            if pattern is self._paren and self.is_wire_credit(credit) and self.reads_as_wire_story(caption):
                continue  # '"Prices will rise," said Jo Roe. (AFP)': the story's sentence and the wire's sign-off
            if pattern is self._paren and self.is_acronym(credit) and self.ends_in_attribution(caption):
                continue  # "..., the ministry said. (ANA)": a wire of no vocabulary signs the story's sentence
            if label is None and self.is_wire_credit(credit) and self.tells_story(caption):
                continue  # "Jo Roe said she would file a resolution. | via PNA": the story's sentence, the wire's
            if pattern is self._caps_slash and not has_lower_word(caption):
                continue  # "RELIEF TO U.S. CORN/OATS GROWERS SAID LIKELY": a headline in capitals
            if pattern is self._via and self.is_via_route(credit):
                continue  # "Migrants reach Lampedusa via Tunisia": a route, no source
            if pattern is self._agency and self.is_poll_makers(caption, credit):
                continue  # "Labour leads by 12 points in new poll (Reuters/Ipsos)": the poll's makers
            if pattern is self._sentence_name_agency and not self.names_photographer(caption, match["name"]):
                continue  # "The council voted on Tuesday. Jane Roe (AP)": the story's sentence and its sign-off
            if pattern is self._copyright and not caption.endswith(tuple(SENTENCE_ENDS)) and self.reads_as_prose(caption):
                continue  # (no sentence's end before the sign: the caption's words alone show it)
            if pattern is self._copyright_name and (self.reads_as_prose(caption) or self.tells_story(caption)):
                continue  # "..., the minister said. © City Herald": the story's sentence and the page's notice
            if pattern is self._dash_copyright and not self.closes_with_date(caption) and self.signs_fact(caption, credit):
                continue  # (a caption closed by its picture's day and the notice: "..., 18 February 2026 - Copyright ...")
            if pattern in (self._copyright, self._copyright_name) and self.signs_fact(caption, credit):
                # "The mayor defended the cuts on Monday. © Jean Dupont", "Rescuers reached the village on
                # Monday. © Reuters": a sentence with a finite verb, no picture, whoever the sign names (fixL60)
                continue
            if pattern is self._bar_name and (not self.is_bar_credit(credit) or self.reads_as_prose(caption)):
                continue  # "... on Sunday. | Politics": a section's label; "..., traders said. | Jane Roe": a story's
            if pattern in (self._bar_pair, self._bracket_pair) and (
                not self.is_bar_pair(match["name"], match["outlet"]) or self.reads_as_prose(caption)
            ):
                continue  # "... on Sunday. | Politics | Opinion": labels, no photographer and outlet
            if pattern in (self._dashed_caps, self._caps_label) and not has_lower_word(caption):
                continue  # a headline in capitals over a credit-like tail
            if pattern is self._caps_label and match["label"].casefold() not in self._caps_labels:
                continue  # "... in Paris. VIVE LA FRANCE": no credit's label
            if pattern is self._caps_label and not self.is_caps_label_credit(match["credit"]):
                continue  # "Entry is free for residents. PHOTO ID REQUIRED": a notice, no photographer
            if pattern is self._dashed_caps and self.is_dashed_story(caption):
                continue  # "..., the army said. —JANE ROE/CITY DAILY": the story's sentence and its sign-off
            if pattern is self._for_tail and not self.works_for_outlet(match["name"], match["outlet"]):
                continue  # "... in May. Tickets for the Spring Gala": no person working for an outlet
            if pattern is self._paren_label and match["outlet"].casefold() in self._editorial:
                continue  # "(Writing: Jane Roe)", "(Also Read: ...)" are the story's notes
            if self.is_story_match(pattern, match):
                if not labelled and self.reads_as_prose(caption):
                    continue  # "... would reopen on Friday. (Writing: Jane Roe)" is a story's sentence
                if pattern is self._labelled:
                    barred = self.bar_credit(text, match)
                    if barred is None:
                        continue  # "Share this story | Image | Facebook" is a row of buttons
                    credit = barred
            return CaptionLine(caption, credit, Span(line.span.start, line.span.start + len(caption)))
        return None

    def is_caps_label_credit(self, credit: str) -> bool:
        """Whether *credit*, the words in capitals after a credit's label with no colon (``PHOTO
        JEAN ROY, LE QUOTIDIEN DU NORD``), reads as a photographer's name: its first word is a given
        name the vocabulary knows (either sex).  A notice in capitals after a sentence (``Entry is
        free for residents. PHOTO ID REQUIRED``) names nobody.

        .. versionadded:: 0.2 (fixR57)
        .. versionchanged:: 0.2 (lay58) or a name and an outlet after a comma (:meth:`is_caps_outlet_credit`)."""
        first = credit.split(None, 1)[0].strip(",") if credit.split() else ""
        if bool(first) and self.vocabulary.is_given_name(first, either_sex=True):
            return True
        return self.is_caps_outlet_credit(credit)

    def is_caps_outlet_credit(self, credit: str) -> bool:
        """Whether *credit*, words in capitals after a credit's label (:meth:`is_caps_label_credit`),
        is a name of two or three words, a comma and an outlet (:meth:`is_outlet` read in title
        case: ``JO ROE, THE WEEKLY STAR``, ``JO ROE, CITY DAILY``), a photographer whose given name
        the vocabulary need not know; words after a comma that name no outlet (``ID REQUIRED,
        CHECKS DAILY``: no ``The``, no outlet word last) make no credit.

        .. versionadded:: 0.2 (lay58)"""
        name, comma, outlet = credit.partition(",")
        if not comma or not 2 <= len(name.split()) <= 3 or not outlet.split():
            return False
        return self.is_outlet(" ".join(word.capitalize() for word in outlet.split()))

    def header_caption(self, line: Line) -> CaptionLine | None:
        """*line* as a caption whose credit a story's sentence may end in too, split whatever the
        words before it read like, only where the pipeline knows the line is no story text (a
        header line no rule claimed): a label and a bar (``Residents queue for water in Kibera as
        the taps ran dry. PHOTO | FILE | NATION``) or a credit in capitals glued to a dash after a
        sentence (``Residents wait for water at the market. —JANE DOE/CITY DAILY``).  A line with
        reported speech (:attr:`REPORTING_WORDS`) or opening with a dateline and a dash
        (``DAVAO CITY — ...``) is a story's sentence signed off, never a caption.

        .. versionadded:: 0.2 (lay58)"""
        text = line.text
        if len(text) > self.MAX_CHARS or self._reported.search(text) is not None:
            return None
        if self._dateline_lead.match(text, 0, None, KEEP_GIL) is not None:
            return None
        dashed = self._dashed_caps.search(text, max(0, len(text) - self.CREDIT_WINDOW), None, KEEP_GIL)
        if dashed is not None:
            caption = text[: dashed.start()].rstrip()
            if not has_lower_word(caption) or not self.is_caption_text(caption):
                return None
            return CaptionLine(caption, dashed["credit"], Span(line.span.start, line.span.start + len(caption)))
        bare = self.bare_wire_caption(line)
        if bare is not None:  # "Displaced people in a camp near Tawila on August 3, 2025. AFP" (mendL65)
            return bare
        return self.bar_caption(line)

    def bare_wire_caption(self, line: Line) -> CaptionLine | None:
        """*line* as a caption whose credit is a news agency alone, with no label, mark or stop,
        after the sentence's stop (``Des déplacés dans un camp près de Tawila, le 3 août 2025. AFP``,
        ``Rescuers search the rubble on Tuesday. Reuters``: :meth:`is_wire_credit`), the words before
        it a caption's (:meth:`is_caption_text`, a word in lower case).  For a header line no rule
        claimed only (:meth:`header_caption`): the story's ``... he told AFP.`` ends in a stop.

        .. versionadded:: 0.2 (mendL65)"""
        text = line.text.rstrip()
        head, space, credit = text.rpartition(" ")
        head = head.rstrip()
        if not space or not head.endswith((".", "!", "?")) or head.endswith("..") or not self.is_wire_credit(credit):
            return None
        if not has_lower_word(head) or not self.is_caption_text(head):
            return None
        return CaptionLine(head, credit, Span(line.span.start, line.span.start + len(head)))

    def bar_caption(self, line: Line) -> CaptionLine | None:
        """*line* as a caption that ends in a credit's label and a bar (``Residents queue for water
        in Kibera as the taps ran dry. PHOTO | FILE | NATION``), split whatever the words before it
        read like, or ``None``: no such credit, or reported speech or a dateline's lede before it
        (a story's sentence).  A picture's label before a bar is a caption's sign even where the
        header's body would start (:meth:`ArticleParser.read_header
        <newsparse.article.ArticleParser.read_header>`).

        .. versionadded:: 0.2 (lay58)"""
        text = line.text
        if "|" not in text or len(text) > self.MAX_CHARS or self._reported.search(text) is not None:
            return None
        if self._dateline_lead.match(text, 0, None, KEEP_GIL) is not None:
            return None
        labelled = self._labelled.search(text, max(0, len(text) - self.CREDIT_WINDOW), None, KEEP_GIL)
        if labelled is None or labelled["bar"] is None or labelled.start() == 0:
            return None
        return self.split_labelled_credit(line)

    def is_dashed_story(self, caption: str) -> bool:
        """Whether *caption*, the words before a credit in capitals glued to a dash (``... on
        Tuesday. —CITY DAILY PHOTO/JO ROE``), are a story's sentence signed off, not a picture's
        caption: it opens with a dateline in capitals and a dash (``DAVAO CITY — Two soldiers
        ...``), reads as running prose (:meth:`reads_as_prose`: reported speech, ``..., the army
        said.``, or a sentence ending on a word in lower case, ``The clinic will move to the old
        harbour office.``), or states a fact (:meth:`states_fact`: ``Inflation eased to 2.8 percent
        in February.``); a picture described in the present or with no verb (``Residents line up
        for water in Cebu City on Tuesday.``) is a caption.

        .. versionadded:: 0.2 (fixR57)"""
        if self._dateline_lead.match(caption, 0, None, KEEP_GIL) is not None:
            return True
        return self.reads_as_prose(caption) or self.states_fact(caption)

    def names_photographer(self, caption: str, name: str) -> bool:
        """Whether *name* and an agency in brackets after the one sentence *caption* on the same
        line credit a picture (``The mayor at the council meeting on Tuesday. Jane Roe (AP)``):
        *name* is a person's name (:meth:`NameModel.is_name`) and *caption* one sentence that
        reads as no running prose and states no fact (:meth:`reads_as_prose`,
        :meth:`states_fact`); a story's sentence before a reporter's sign-off does (``The council
        voted on Tuesday. Jane Roe (AP)``).

        .. versionadded:: 0.2"""
        if any(ch in SENTENCE_ENDS for ch in caption.rstrip()[:-1]):
            return False  # two sentences and more: a paragraph of the story
        return self.names.is_name(name) and not self.reads_as_prose(caption) and not self.states_fact(caption)

    def ends_in_via(self, text: str) -> bool:
        """Whether *text* ends in ``via`` and a source as :meth:`read_credit` reads one alone
        (``... a missile test via KCNA``, ``... to run via Carlisle``), no agency's nor label's
        credit: a headline may end so too (``ArticleParser.via_headline``).

        .. versionadded:: 0.2"""
        return text[-1:] not in ".!?\"”’')]" and self._via.search(text, 0, None, KEEP_GIL) is not None

    def via_credit_evidence(self, text: str) -> bool:
        """Whether *text*, a line that ends in ``via`` and a source (:meth:`ends_in_via`), shows
        that the source is a picture's credit: the source is a news agency (:meth:`is_wire_credit`:
        ``... via KCNA``), an outlet (:meth:`is_outlet`), a person's name, one of
        :attr:`SOURCE_PLATFORMS` (``... via Telegram``), a body after a possessive
        (``via Sudan's army``) or holds a slash, or the line names a credit label (:attr:`credit_labels`:
        ``Photo``).  A place's name alone (``... via Kars``) is no such evidence: a headline may
        end so.

        .. versionadded:: 0.2"""
        match = self._via.search(text, 0, None, KEEP_GIL)
        if match is None:
            return False
        credit = match["credit"]
        if "/" in credit or self.is_wire_credit(credit) or self.is_outlet(credit) or credit.split()[-1][:1].islower():
            return True  # (a lower-case word after a possessive name: "via Sudan's army")
        if self.names.is_name(credit) or credit in self.SOURCE_PLATFORMS:
            return True  # "... via Jane Roe", "... via Telegram"
        words = [word.strip(CLOSERS + ".,;:!?").casefold() for word in text[: match.start()].split()]
        if not self._via_label_words.isdisjoint(words):
            return True
        joined = f" {' '.join(words)} "
        return any(phrase in joined for phrase in self._via_label_phrases)

    def states_headline_verb(self, text: str) -> bool:
        """Whether *text*, the words before a closing ``via``, have a verb as a headline has one:
        a finite verb (:meth:`states_fact`: ``Ferries cancelled again``), a verb in the present's third
        person (:meth:`is_photo_verb`: ``Ministry shuts ...``) or a word in lower case after one of
        :attr:`INFINITIVE_MARKERS` (``Council to fund bus route``).  A picture's noun phrase has none
        (``Smoke over Khartoum``).

        .. versionadded:: 0.2"""
        if self.states_fact(text):
            return True
        words = [word.strip(CLOSERS + ".,;:!?") for word in text.split()]
        for i, word in enumerate(words):
            if self.is_photo_verb(word):
                return True
            if i and word.isalpha() and word.islower() and words[i - 1].casefold() in self.INFINITIVE_MARKERS:
                return True
        return False

    def is_via_route(self, credit: str) -> bool:
        """Whether *credit*, read after a closing ``via``, is a place or a country the line's
        subject went through (``Migrants reach Lampedusa via Tunisia``), the whole of it a name the
        vocabulary knows, its small words too (``via Bosnia and Herzegovina``): a route, no source; a
        place's own body after its possessive (``via Kenya's police``) is no place: a source.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a place or country whose name has a word in lower case is a route too."""
        return self.vocabulary.is_place(credit) or self.vocabulary.country(credit) is not None

    def is_poll_makers(self, caption: str, credit: str) -> bool:
        """Whether *credit*, an agency and one more name after a slash (``Reuters/Ipsos``,
        ``AP/NORC``), names the makers of the opinion poll that *caption* reports (a word of
        :attr:`POLL_WORDS` in it: ``Labour leads by 12 points in new poll``), no picture's credit:
        the name after the slash is one word, no person's (``Reuters/Ana Ruiz`` stays a credit).

        .. versionadded:: 0.2"""
        pieces = credit.split("/")
        if len(pieces) != 2 or len(pieces[1].split()) != 1:
            return False
        return any(word.strip(".,;:!?()").casefold() in self.POLL_WORDS for word in caption.split())

    def without_label(self, caption: str) -> str:
        """*caption*, the text before a colon and a credit, without the credit's label at its end:
        one capitalised word, maybe with a word in lower case after it, after the caption's
        sentence end (``... in Madrid. Foto`` of ``... in Madrid. Foto: EFE/Juan Pérez``, ``...
        à Paris. Crédit photo``), whatever the language: a label the vocabulary does not know
        belongs to neither the caption's text nor the credit.  A sentence's last words before a
        colon with no sentence end before them stay (``... the town's new mayor``)."""
        label = self._label_before.search(caption)
        return caption if label is None else caption[: label.start()]

    def without_outlet_mark(self, caption: str) -> str:
        """*caption*, the text before a credit's label, without an outlet's abbreviation in
        capitals of at most :attr:`MAX_OUTLET_MARK_LETTERS` letters or one capitalised word of at
        most :attr:`MAX_OUTLET_WORD_LETTERS` (mendL64) after its sentence end (``... on Dec 5. ST``
        of ``... on Dec 5. ST PHOTO: JO ROE``, ``... on Sunday. Post Photo: Jo Roe``): the outlet's
        mark on its picture's label, the credit's and not the caption's.  Capitals with no sentence
        end before them stay (``... meets the CEO``).

        .. versionadded:: 0.2 (fixT60)"""
        mark = self._outlet_mark.search(caption)
        return caption if mark is None else caption[: mark.start()]

    def is_story_match(self, pattern: regex.Pattern[str] | LazyPattern, match: regex.Match[str]) -> bool:
        """Whether *match* of *pattern*, a credit at the end of a line, has a form that story text
        may end in too: an outlet or label and a name in brackets (``(City News: Jo Roe)``, never
        after one of :attr:`EDITORIAL_LABELS`: ``(Writing: Jane Roe)``), a name in capitals and an
        agency (``JO ROE (AFP)``), one of :attr:`STORY_TAILS`, or a label before a bar; the text
        before it is then a caption only when it does not read as running prose
        (:meth:`reads_as_prose`)."""
        if pattern is self._paren_label or pattern is self._caps_agency:
            return True
        if pattern is self._tail or pattern is self._bar_tail:
            return match["credit"].endswith(self._story_tails)
        return pattern is self._labelled and match.groupdict().get("bar") is not None

    def is_wire_credit(self, credit: str) -> bool:
        """Whether *credit*, read in brackets after a sentence, is nothing but news agencies of the
        vocabulary (``AFP``, ``dpa``, ``dpa/AFP``): a picture's credit or a wire's sign-off alike.

        .. versionadded:: 0.2"""
        pieces = credit.split("/")
        return all(piece.strip() and self.vocabulary.is_agency(piece.strip()) for piece in pieces)

    def reads_as_wire_story(self, text: str) -> bool:
        """Whether *text*, the words before a news agency alone in brackets (:meth:`is_wire_credit`:
        ``... at ING. (AFP)``), are the story's, the agency its sign-off, not a picture's credit:
        a quotation of more than :attr:`MAX_QUOTE_WORDS` words, or more than :attr:`MAX_ABOVE_SENTENCES`
        sentences, or a sentence of a story's shape (:meth:`tells_story`).
        A caption describes one picture in one sentence, maybe with what its
        subject said in reported speech: ``Firefighters battle the flames near Malibu on Monday.
        (AFP)`` and ``Jo Roe has denied the claims and said he was never there. (AAP)`` stay captions.

        .. versionadded:: 0.2"""
        if len(self._inner_stop.findall(text)) >= self.MAX_ABOVE_SENTENCES or self.tells_story(text):
            return True
        return any(len(quoted["inner"].split()) > self.MAX_QUOTE_WORDS for quoted in self._quotation.finditer(text))

    def tells_story(self, text: str) -> bool:
        """Whether *text*, one sentence before a news agency's name, has a story's shape, no
        caption's: an attribution clause at its end (:meth:`ends_in_attribution`), reported speech
        of what will happen (one of :attr:`REPORTING_WORDS`, then one of :attr:`MODAL_WORDS`: ``Jo
        Roe said she would file a resolution.``), or a figure's change stated as a fact
        (:meth:`states_fact` and one of :attr:`PERCENT_WORDS` after a number: ``Prices rose 3
        percent in February from a year earlier.``).

        A caption of two sentences whose first describes the picture (``Shoppers in a Madrid market
        on Monday. Food prices rose 4 percent in February.``, ``Jo Roe speaks to reporters in London
        on Monday. She said she would stay on.``) is read by that first sentence alone
        (:meth:`opening_sentence`), when it states no fact (:meth:`states_fact`): the second gives
        the picture's context.

        .. versionadded:: 0.2 (fixT57a)
        .. versionchanged:: 0.2 (fixR57) a first sentence that tells no story makes a caption."""
        first = self.opening_sentence(text)
        if first != text and not self.states_fact(first):
            text = first  # (the picture described, with no fact stated: the caption's)
        if self.ends_in_attribution(text):
            return True
        reported = self._reported.search(text)
        if reported is not None and self._modal.search(text, reported.end()) is not None:
            return True  # what will happen, reported, shows in no picture
        return self._percent.search(text) is not None and self.states_fact(text)

    def wire_credited_caption(self, line: Line) -> CaptionLine | None:
        """*line* read as a caption credited to a news agency alone in brackets after its sentence
        (``Protesters march through the capital on Tuesday, organisers said. (ANA)``: an agency of
        the vocabulary or an acronym, :meth:`is_wire_credit`, :meth:`is_acronym`), with no test
        of the story's shape (:meth:`tells_story`): for a line whose place already shows it is no
        story's (``ArticleParser.caption_over_dateline``: in the header, over the dateline).

        .. versionadded:: 0.2 (fixR57)"""
        text = line.text
        match = self._paren.search(text, max(0, len(text) - self.CREDIT_WINDOW), None, KEEP_GIL)
        if match is None or text[match.end() :].strip():
            return None
        credit = match["credit"].strip()
        if not (self.is_wire_credit(credit) or self.is_acronym(credit)):
            return None
        caption = text[: match.start()].rstrip()
        if not self.is_caption_text(caption) and not self.is_short_caption(caption, credit):
            return None
        return CaptionLine(caption, credit, Span(line.span.start, line.span.start + len(caption)))

    def opening_sentence(self, text: str) -> str:
        """The first sentence of *text*, to the stop before a capital inside it (*text* whole when
        no sentence ends inside it).

        .. versionadded:: 0.2 (fixR57)"""
        stop = self._inner_stop.search(text)
        return text if stop is None else text[: stop.end()]

    def is_acronym(self, credit: str) -> bool:
        """Whether *credit* is one word of :attr:`ACRONYM_LETTERS` capital letters at most and
        nothing else (``ANA``, ``PNA``), the shape of a news agency's name that the vocabulary may
        not hold; a photographer's name (``Jo Roe``) or a desk's (``Getty Images``) is not.

        .. versionadded:: 0.2 (fixT57a)"""
        return 2 <= len(credit) <= self.ACRONYM_LETTERS and credit.isalpha() and credit.isupper()

    def ends_in_attribution(self, text: str) -> bool:
        """Whether *text*, a sentence, ends in an attribution clause after its last comma: at most
        :attr:`ATTRIBUTION_MAX_WORDS` words holding one of :attr:`REPORTING_WORDS` (``Prices rose 3
        percent in February, the statistics office said on Tuesday.``), as a story reports, not
        as a caption describes a picture.  A caption that tells what its subject said with no such
        clause (``Jo Roe has denied the claims and said he was never there.``) is not one.

        .. versionadded:: 0.2 (fixT57a)"""
        comma = text.rfind(",")
        if comma < 0:
            return False
        clause = text[comma + 1 :]
        if clause[:1] in CLOSERS or text[comma - 1 : comma] in CLOSERS:
            return False  # '"Prices will rise," said Jo Roe.': a quotation's length decides (reads_as_wire_story)
        return len(clause.split()) <= self.ATTRIBUTION_MAX_WORDS and self._reported.search(clause) is not None

    def is_caption_text(self, text: str) -> bool:
        """Whether the text before a credit is long enough to be a caption: three words or more,
        not counting marks, and no byline (one of :attr:`BYLINE_OPENERS` before a capitalised word)."""
        words = text.split()
        openers = (opener for opener in self.BYLINE_OPENERS if opener and text.startswith(f"{opener} "))
        if any(text[len(opener) + 1 :].lstrip()[:1].isupper() for opener in openers):
            return False  # ("By Jane Roe With | Photographs by Tom Berg": a byline and its credit)
        return sum(1 for word in words if any(ch.isalnum() for ch in word)) >= 3

    def dated_photo(self, line: Line) -> tuple[CaptionLine, dt.date] | None:
        """A caption with no credit on *line*, and the date it gives, when the line is one sentence
        of at most :attr:`DATED_CAPTION_WORDS` words, no quotation in it, as an agency writes a
        photograph's caption: a subject of capitalised words (``Former Massachusetts Gov. Deval
        Patrick``, maybe with ``, left,``: :attr:`POSITION_WORDS`), a verb in the present's third
        person (``speaks``, ``hugs``; not one of :attr:`NOT_PHOTO_VERBS`), and the day the picture
        was taken written out with its year at the end, maybe with its place after it (``... in
        Birmingham, Alabama, April 14, 2024.``, ``... April 14, 2024, in Birmingham, Ala.``).  The
        pipeline takes it only under the page's own stamp, the day no later than it
        (:meth:`ArticleParser.dated_caption`).

        .. versionadded:: 0.2"""
        text = line.text.rstrip()
        if len(text) > self.MAX_CHARS or not text.endswith("."):
            return None
        words = text.split()
        if len(words) > self.DATED_CAPTION_WORDS:
            return None
        if any(mark in text for mark in "\"“”„«»") or not self.opens_with_photo_verb(words):
            return None
        dates = list(self._photo_date.finditer(text, 0, None, False, KEEP_GIL))
        last = dates[-1] if dates else None
        if last is None or not self.is_photo_place(text[last.end() :]) or self.runs_on(text[: last.start()]):
            return None
        month = self.vocabulary.month_number(last["month"] or last["month2"])
        try:
            day = dt.date(int(last["year"] or last["year2"]), month or 0, int(last["day"] or last["day2"]))
        except ValueError:
            return None
        return CaptionLine(text, None, Span(line.span.start, line.span.start + len(text))), day

    def opens_with_photo_verb(self, words: Sequence[str]) -> bool:
        """Whether *words* open with a subject of at most :attr:`DATED_SUBJECT_WORDS` capitalised
        words (``President Joe Biden``, ``Los Angeles Lakers' LeBron James``), maybe followed by
        where the person stands (``, left,``: :attr:`POSITION_WORDS`), then a verb in the present's
        third person in lower case (``speaks``, ``dunks``), none of :attr:`NOT_PHOTO_VERBS`.

        .. versionadded:: 0.2"""
        at = 0
        while at < len(words) and at < self.DATED_SUBJECT_WORDS and words[at][:1].isupper():
            at += 1
        if not at or at >= len(words):
            return False
        if words[at - 1].endswith(",") and words[at].rstrip(",") in self.POSITION_WORDS and words[at].endswith(","):
            at += 1  # "Deval Patrick, left, speaks"
        if at >= len(words):
            return False
        return self.is_photo_verb(words[at])

    def is_photo_verb(self, verb: str) -> bool:
        """Whether *verb* reads as a verb in the present's third person, as a photograph's caption
        writes it (``speaks``, ``dunks``): a word in lower case of :attr:`MIN_PHOTO_VERB` letters
        or more, with one of :attr:`PHOTO_VERB_ENDINGS` and none of :attr:`NOT_PHOTO_VERB_ENDINGS`
        (``press``, ``across``), and none of :attr:`NOT_PHOTO_VERBS`.  A language's caption
        parser changes the endings (:meth:`opens_with_photo_verb`).

        .. versionadded:: 0.2"""
        if not (verb.isalpha() and verb.islower()) or len(verb) < self.MIN_PHOTO_VERB:
            return False
        if not verb.endswith(self.PHOTO_VERB_ENDINGS) or verb.endswith(self.NOT_PHOTO_VERB_ENDINGS):
            return False
        return verb not in self.NOT_PHOTO_VERBS

    def is_photo_place(self, rest: str) -> bool:
        """Whether *rest*, what follows a photograph's date in its caption, is its closing full stop
        alone or a place (``, in Birmingham, Ala.``, `` in Washington.``): one of
        :attr:`PLACE_PREPOSITIONS` and capitalised words, :attr:`DATED_PLACE_WORDS` at most.

        .. versionadded:: 0.2"""
        rest = rest.strip()
        if rest == ".":
            return True
        words = rest.lstrip(",").split()
        if not 2 <= len(words) <= self.DATED_PLACE_WORDS or words[0] not in self.PLACE_PREPOSITIONS:
            return False
        return all(word[:1].isupper() for word in words[1:])

    def runs_on(self, text: str) -> bool:
        """Whether *text*, a caption before its date, holds a sentence's end and another sentence
        after it (``... the site. Crews finish ...``); an abbreviation before a capital does not
        count (``Gov. Deval Patrick``, ``U.S. Defense Secretary``, ``(R-Fla.)``): a capitalised word
        of at most :attr:`OUTLET_ARTICLE_CHARS` letters, or one with a full stop or a hyphen inside.

        .. versionadded:: 0.2"""
        for word, following in pairwise(text.split()):
            if word[-1:] in ".!?" and following[:1].isupper():
                bare = word.rstrip(".!?)").lstrip("(")
                short = bare[:1].isupper() and len(bare) <= self.OUTLET_ARTICLE_CHARS
                if word[-1] != "." or not (short or "." in bare or "-" in bare):
                    return True
        return False

    def is_short_caption(self, text: str, credit: str) -> bool:
        """Whether *text*, two words before a credit, is a caption still: a sentence of its own
        (``Representational image.``, ``File picture.``) before a credit that names a photograph
        with a word of :attr:`CREDIT_WORDS` (``(City Post photo by Jo Roe)``), not a name and a
        source (``Jane Roe (Reuters)``).

        .. versionadded:: 0.2"""
        words = text.split()
        if len(words) != 2 or not text.endswith(".") or not text[:1].isupper():
            return False
        said = {word.casefold() for word in credit.split()}
        return any(label.casefold() in said for label in self.credit_labels)

    def is_credit_line(self, line: Line) -> bool:
        """Whether *line* is nothing but a credit (``Photo: Jane Doe, AP``), as pages print under a caption."""
        return self.credit_of(line) is not None

    def credit_of(self, line: Line) -> str | None:
        """The credit when *line* is nothing but one (``Photo by David Dyer-Bennet`` -> ``David Dyer-Bennet``):
        a labelled credit, an agency's, names before a credit tail, a photographer's name and an
        outlet (``Jane Roe/City Herald``, the name as :class:`~newsparse.names.NameModel` reads
        one), or a photographer's handle before a credit tail (``jroe77 - Stock Library``)."""
        text = line.text
        match = (
            self._labelled.match(text, 0, None, KEEP_GIL)
            or self._agency.match(text, 0, None, KEEP_GIL)
            or self._bar_tail.fullmatch(text, 0, None, KEEP_GIL)
            or self._tail.fullmatch(text, 0, None, KEEP_GIL)
        )
        if match is None:
            return self.capitals_credit(text) or self.unlabelled_credit(text)
        if len(match["credit"].split()) > self.MAX_CREDIT_WORDS:
            return None
        if not self.is_credit_match(text, match):
            return None  # "Source: the council minutes." is a sentence
        if match.groupdict().get("bar") is not None:
            return self.bar_credit(text, match)
        return self.clean_credit(match["credit"], match.groupdict().get("label"))

    def capitals_credit(self, text: str) -> str | None:
        """The credit of *text* when it is a line in capitals, a credit label of
        :attr:`BARE_CREDIT_LABELS` or the vocabulary's ``CREDIT_LABELS``, a space and no colon,
        then a photographer's name and an outlet after a comma, or one of the vocabulary's
        ``ARCHIVE_CREDIT_WORDS`` and an outlet (La Presse's ``PHOTO MARTIN TREMBLAY, LA PRESSE``,
        ``PHOTO ARCHIVES LA PRESSE``): the words after the label; ``None`` otherwise (``PHOTO
        FINISH AT THE DERBY``: no comma nor archive word; a line in mixed case is a sentence as
        often).

        .. versionadded:: 0.2 (lang65)"""
        if not text.isupper() or len(text) > self.MAX_UNLABELLED_CHARS:
            return None
        label, _, credit = text.partition(" ")
        if label.casefold() not in self._capital_labels or not credit or any(c in credit for c in ":;.!?/|"):
            return None
        words = credit.split()
        if len(words) > self.MAX_CREDIT_WORDS or not all(w[:1].isalpha() for w in words):
            return None
        archived = words[0].casefold() in self._archive_words and len(words) > 1
        named = credit.count(",") == 1 and all(len(part.split()) >= 1 for part in credit.split(","))
        if named and len(credit.partition(",")[0].split()) < 2:
            return None  # (a name of two words or more before the outlet)
        return credit if archived or named else None

    def labelled_credit(self, line: Line) -> str | None:
        """The credit of *line* when it is a credit label and a credit, nothing else (``Photo: Jane
        Roe``, ``PHOTO | JANE ROE | CITY HERALD``: :meth:`credit_of`, the label first); else ``None``.

        .. versionadded:: 0.2"""
        if self._labelled.match(line.text, 0, None, KEEP_GIL) is None:
            return None
        return self.credit_of(line)

    def copyright_credit(self, line: Line) -> str | None:
        """The credit of *line* when it is a copyright sign before a photographer and an agency, a
        slash between them, or an agency alone (``© Jean Dupont / AFP``, ``© AFP``), never a year
        (``© 2025 City Herald``); else ``None``.  Such a line is boilerplate ``copyright`` of its
        own; under a caption it is that caption's credit, as ``Photo: ...`` is (see
        :meth:`ArticleParser.copyright_credit <newsparse.article.ArticleParser.copyright_credit>`)."""
        if not line.text.startswith("©"):
            return None
        match = self._copyright_line.match(line.text)
        return None if match is None else self.clean_credit(match["credit"], None)

    def bar_credit(self, text: str, match: regex.Match[str]) -> str | None:
        """The credit of a credit label and pieces after a bar (``PHOTO | FILE | CITY DAILY`` ->
        ``CITY DAILY``, a :attr:`FILE_LABELS` piece left out), or ``None`` when the label is not the
        first piece of its row (``Share this story | Image | Facebook``) or the row holds a
        button's or a social network's word (:attr:`BUTTON_WORDS`, :attr:`SHARE_WORDS`)."""
        before = text[: match.start("label")].rstrip(" ([")
        if before.endswith("|") or self._share_word.search(text, match.start("label")) is not None:
            return None
        pieces = [piece.strip() for piece in match["credit"].split("|")]
        kept = [piece for piece in pieces if piece and piece.rstrip(".") not in self._file_labels]
        return self.clean_credit(" | ".join(kept), match["label"]) if kept else None

    def is_agency_sourced_caption(self, before: str, credit: str) -> bool:
        """Whether a line that ends in a citation label (:attr:`CITATION_LABELS`) and *credit* is
        a picture's caption all the same: the credit is news agencies alone (:meth:`is_wire_credit`:
        ``dpa``, ``Reuters``, ``dpa/AFP``), and *before*, the words before the label, end with a
        sentence's end mark and do not read as running prose (:meth:`reads_as_prose`): ``Ein Zug im
        Hauptbahnhof. Quelle: dpa``.  A sentence that states facts keeps its source as a citation
        (``Unemployment rose to 5.2 percent in October. Source: Reuters``).

        .. versionadded:: 0.2"""
        words = before.rstrip()
        if not self.is_wire_credit(self.wire_of_credit(credit.strip().rstrip("."))) or not words.endswith((".", "!", "?")):
            return False
        if len(words.split()) > self.CITED_CAPTION_WORDS or any(ch.isdigit() for ch in words):
            return False  # "Die Arbeitslosigkeit stieg auf 5,2 Prozent. Quelle: dpa": a figure's source
        if any(ch in SENTENCE_ENDS for ch in words[:-1]):
            return False  # two sentences and more: a paragraph of the story
        return has_lower_word(words) and not self.reads_as_prose(words) and not self.states_fact(words)

    def wire_of_credit(self, credit: str) -> str:
        """The news agencies of *credit* after a photographer's name and a slash (``Markus
        Scholz/dpa`` -> ``dpa``, ``Jean Martin / AFP`` -> ``AFP``: :meth:`is_name`), when the
        pieces after the name are agencies (:meth:`is_wire_credit`); else *credit* itself.  A
        picture desk credits a picture so after a citation label (``Quelle: Markus Scholz/dpa``).

        .. versionadded:: 0.2"""
        name, bar, rest = credit.partition("/")
        if bar and self.names.is_name(name.strip()) and self.is_wire_credit(rest):
            return rest
        return credit

    def signs_fact(self, caption: str, credit: str) -> bool:
        """Whether *caption*, a sentence before a copyright sign and its *credit*, states a fact
        (:meth:`states_fact`), so that the line is the story's, no picture's caption; not when the
        language's own past (:meth:`is_pack_past`) is all that states it and the line keeps a
        picture desk's form (:meth:`keeps_photo_form`: ``Des manifestants ont défilé à Lyon, le 14
        mars 2026. © PAUL VIDAL / AFP``, ``Emmanuel Roux a reçu les syndicats, le 3 mars 2026. ©
        AFP``: captions); ``Les pompiers ont sorti deux hommes de la rivière dimanche. © AFP`` is
        the story's.

        .. versionadded:: 0.2 (mendL61)"""
        if not self.states_fact(caption):
            return False
        if not (self._pack_pasts or self._pack_past_ends) or not self.keeps_photo_form(caption, credit):
            return True
        return self.states_fact(caption, pack=False)

    def keeps_photo_form(self, caption: str, credit: str) -> bool:
        """Whether *caption* and its *credit*, after a copyright sign, have a picture desk's form:
        the sentence closes with the day the picture was taken, its month and year written out
        (:meth:`closes_with_date`: ``..., le 3 mars 2026.``, ``... am 3. März 2026.``, ``..., el 3
        de marzo de 2026.``), or the credit is a photographer's and an agency's, apart by a slash
        (``Jean Dupuis / AFP``, ``PAUL VIDAL/AFP``: :meth:`is_wire_credit` after it).

        .. versionadded:: 0.2 (mendL61)"""
        name, slash, agency = credit.strip().rpartition("/")
        if slash and name.strip() and self.is_wire_credit(agency):
            return True
        return self.closes_with_date(caption)

    def closes_with_date(self, text: str) -> bool:
        """Whether *text*, a sentence, closes with a date of a day, a month written out and a year
        of four digits, maybe with the words a date holds in the language and a weekday
        (``Vocabulary.is_date_phrase``: ``le 3 mars 2026``, ``samedi 14 mars 2026``, ``am 3. März
        2026``, ``el 3 de marzo de 2026``), before its full stop.

        .. versionadded:: 0.2 (mendL61)"""
        words = text.rstrip().rstrip(".").split()
        if not words or not (len(words[-1]) == 4 and words[-1].isdigit()):
            return False
        vocabulary = self.vocabulary
        for size in range(3, min(len(words), vocabulary.MAX_DATE_PHRASE_WORDS) + 1):
            tail = words[-size:]
            if vocabulary.is_date_phrase(" ".join(tail)) and any(vocabulary.month_number(w) for w in tail):
                return True
        return False

    def states_fact(self, text: str, *, pack: bool = True) -> bool:
        """Whether *text*, a sentence before a citation of news agencies, states a fact as a
        story or a chart's note does, not a picture: it has a finite verb in the past (one ending
        in :attr:`PAST_ENDS` not after a determiner nor a preposition (:meth:`is_adjective_lead`), or one of
        :attr:`IRREGULAR_PASTS`) or in the
        present of :attr:`PRESENT_VERBS` (``The jobless rate rose.``, ``Exports climbed.``, ``The
        rate is high.``), or one of the language's own (:meth:`is_pack_past`: ``Die Feuerwehr zog
        ...``, ``Los bomberos rescataron ...``), or reads as the story by :meth:`reads_as_story`'s tests of reported
        speech, a pronoun or a modal verb.  A caption names what its picture shows with no
        such verb (``Ein Zug im Hauptbahnhof.``, ``Firefighters at the pier on Monday.``).
        With *pack* off, the language's own past is not read (:meth:`signs_fact`).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 *pack* (mendL61)."""
        if self._present.search(text) is not None:
            return True
        for past in self._past.finditer(text):
            before = text[: past.start()].split()[-1:]
            if not before or not self.is_adjective_lead(before[0]):
                return True  # (not "through flooded streets": an adjective after a preposition)
        if self._reported.search(text) or self._pronoun.search(text) or self._modal.search(text):
            return True
        words = [word.strip(CLOSERS + ".,;:!?") for word in text.split()]
        if pack and (self._pack_pasts or self._pack_past_ends) and any(
            self.is_pack_past(word, words[at - 1] if at else None) for at, word in enumerate(words)
        ):
            return True
        return not self._irregular_pasts.isdisjoint(word.casefold() for word in words)

    def is_pack_past(self, word: str, before: str | None) -> bool:
        """Whether *word*, in lower case, is a finite verb of the past in the vocabulary's language
        (:meth:`states_fact`): one of its ``CAPTION_PAST_WORDS`` (``wurde``, ``zog``, ``ont``) or a
        word of at least :attr:`PAST_MIN_CHARS` letters with one of its ``CAPTION_PAST_ENDS``
        (``rescataron``, ``anunció``) not right after an article or a preposition, the word *before*
        (``junto al dominó``: a noun).  The English default has none.

        .. versionadded:: 0.2 (fixL61)"""
        if not word.islower():
            return False
        if word in self._pack_pasts:
            return True
        if len(word) < self.PAST_MIN_CHARS or not word.isalpha() or not word.endswith(self._pack_past_ends):
            return False
        return before is None or not (self.vocabulary.is_article(before) or self.is_adjective_lead(before))

    def reads_as_prose(self, text: str) -> bool:
        """Whether *text*, the words before or above a credit of a form that story text may have
        too (:meth:`is_story_form`), reads as running prose: reported speech
        (:attr:`REPORTING_WORDS`), or at least :attr:`PROSE_WORDS` words ending a sentence after a
        last word in lower case, as :meth:`ArticleParser.is_plain_prose
        <newsparse.article.ArticleParser.is_plain_prose>` reads a paragraph (``The ministry said the
        port would reopen on Friday.``, ``Ferries will run from the north harbour until then.``)."""
        if self._reported.search(text) is not None:
            return True
        if not is_sentence(text, self.PROSE_WORDS):
            return False
        words = text.rstrip(CLOSERS + " ")[:-1].rsplit(None, 1)
        last = words[-1] if words else ""
        return last.isalpha() and not last[:1].isupper()

    def is_story_form(self, text: str) -> bool:
        """Whether the credit line *text* has a form that a story's own lines have too: a reporter's
        sign-off (``JANE ROE (AFP)``, ``Jane Roe (Reuters)``, ``Jane Roe for The City Herald``), a
        sentence ending in one of :attr:`STORY_TAILS` (``... told PA Wire``), or a label before a
        bar (``PHOTO | FILE | CITY DAILY``).  A line above one is its caption only when it does not
        read as running prose (:meth:`reads_as_prose`)."""
        if (
            self._name_agency.fullmatch(text, 0, None, KEEP_GIL) is not None
            or self._for_outlet.fullmatch(text, 0, None, KEEP_GIL) is not None
        ):
            return True
        if (text[:-1] if text.endswith((")", "]")) else text).endswith(self._story_tails):
            return True
        match = self._labelled.match(text, 0, None, KEEP_GIL)
        return match is not None and match.groupdict().get("bar") is not None

    def unlabelled_credit(self, text: str) -> str | None:
        """The whole of *text* when it is a credit with no label, agency or tail word of its own:
        ``Jane Roe/City Herald``, ``jroe77 - Stock Library``, a photographer and an agency in
        brackets (``JANE ROE (AFP)``: the name in capitals or a name to
        :class:`~newsparse.names.NameModel`) or, in capitals, a slash before one of
        :attr:`PHOTO_AGENCIES` (``JANE ROE / AFP``), a photographer or a studio working for an outlet
        (``Jane Roe for City Magazine``, ``PixelWorks for City Magazine``: a name, or one word with
        a capital inside it, and an outlet, :meth:`is_outlet`); else ``None``."""
        pair = self._name_outlet.fullmatch(text, 0, None, KEEP_GIL)
        if pair is not None and pair["sep"] == "|" and not self.is_bar_outlet(pair["outlet"]):
            pair = None  # "Jane Roe | Staff Writer", "Jane Roe | City Desk": a byline's role or a row of labels
        if pair is not None and pair["outlet"].split()[0].casefold() in self._label_links:
            pair = None  # "Pacific Beat / By Melissa Tui": a programme and its writer's byline, no outlet after a name
        if (pair is not None and self.names.is_name(pair["name"])) or self._handle.fullmatch(text, 0, None, KEEP_GIL) is not None:
            return self.clean_credit(text, None)
        named = self._name_agency.fullmatch(text, 0, None, KEEP_GIL)  # "JANE ROE (AFP)"
        if named is not None and (named["name"].isupper() or self.names.is_name(named["name"])):
            return self.clean_credit(text, None)
        if self._caps_name_slash_agency.fullmatch(text, 0, None, KEEP_GIL) is not None:  # "JANE ROE / AFP"
            return self.clean_credit(text, None)
        if self.is_caps_name_outlet(text):  # "JANE ROE/THE PRESS"
            return self.clean_credit(text, None)
        bracketed = self.bracketed_credit(text)
        if bracketed is not None:  # "(ABC Western Qld: Jane Roe)"
            return bracketed
        working = self._for_outlet.fullmatch(text, 0, None, KEEP_GIL)  # "Jane Roe for City Magazine"
        if working is not None and self.is_outlet(working["outlet"]) and (
            self.names.is_name(working["name"]) or self._glued_name.fullmatch(working["name"], 0, None, KEEP_GIL) is not None
        ):
            return self.clean_credit(text, None)
        return None

    def is_caps_name_outlet(self, text: str) -> bool:
        """Whether *text* is a photographer's name and an outlet, both in capitals with a slash
        between them (``GEORGE HEARD/THE PRESS``, ``ANNA LEE / STUFF``), as some papers print a
        picture's credit: the name one person's to :class:`~newsparse.names.NameModel` as written in
        title case, opening with a given name the vocabulary knows (``MITSUBISHI MOTOR/AMERICA FEBRUARY
        SALES RISE`` is a wire's headline), and no place or country the vocabulary knows (``HOME/NEWS``, ``WORLD NEWS/ASIA``, ``NEW
        ZEALAND/WORLD`` are a site's sections).

        .. versionadded:: 0.2 (mendL65)"""
        pair = self._caps_name_outlet.fullmatch(text, 0, None, KEEP_GIL)
        if pair is None:
            return False
        name = pair["name"].title()
        if not self.vocabulary.is_given_name(name.split()[0]):
            return False  # ("MITSUBISHI MOTOR/AMERICA FEBRUARY SALES RISE": a wire's headline in capitals)
        return self.names.is_name(name) and not self.vocabulary.is_place(name) and self.vocabulary.country(name) is None

    def use_notice_caption(self, line: Line) -> CaptionLine | None:
        """*line* as a caption when it ends in a picture desk's use notice in brackets and a known
        agency's bracket after it (``This photo, released by ..., shows a missile launch. (For Use
        Only in the Republic of Korea. No Redistribution) (Yonhap)``): the notice holds one of
        :attr:`USE_NOTICE_PHRASES`, the words before it end a sentence and hold a word in lower
        case; the caption is those words, the credit the agency, the notice neither's.  ``None``
        otherwise (a story's sentence and a bracket of its own: ``... (the first in years) (AP)``).

        .. versionadded:: 0.2"""
        if not line.text.endswith(")"):
            return None
        match = self._use_notice.search(line.text, max(0, len(line.text) - self.MAX_USE_NOTICE - 60), None, KEEP_GIL)
        if match is None or self._use_phrase.search(match["notice"]) is None:
            return None
        credit = match["credit"].strip()
        caption = line.text[: match.start()].rstrip()
        if not self.is_wire_credit(credit) or not has_lower_word(caption):
            return None
        return CaptionLine(caption, credit, Span(line.span.start, line.span.start + len(caption)))

    def is_bar_credit(self, credit: str) -> bool:
        """Whether *credit*, the words after a bar that ends a caption's sentence (``... in Tokyo on
        Sunday. | Kyodo``), credit its picture: a news agency the vocabulary knows or one of
        :attr:`PHOTO_AGENCIES` (``Kyodo``, ``Reuters``, ``Getty Images``), or a person's name to
        :class:`~newsparse.names.NameModel` (``Ryusei Takahashi``); not a section's or a site's
        label (``Politics``, ``Opinion``).

        .. versionadded:: 0.2"""
        return credit in self.PHOTO_AGENCIES or self.vocabulary.is_agency(credit) or self.names.is_name(credit)

    def is_bar_pair(self, name: str, outlet: str) -> bool:
        """Whether *name* and *outlet*, each after a bar at a caption's end (``... on March 9. | Jo
        Roe | City Media Group``), are a photographer and the outlet they work for: a person's
        name to :class:`~newsparse.names.NameModel`, then an outlet (:meth:`is_bar_outlet`) or
        words one of which is one of :attr:`OUTLET_WORDS` (``Nation Media Group``); not two
        labels (``| Politics | Opinion``).

        .. versionadded:: 0.2"""
        if not self.names.is_name(name):
            return False
        return self.is_bar_outlet(outlet) or any(word in self._outlet_words for word in outlet.split())

    def is_bar_outlet(self, words: str) -> bool:
        """Whether *words*, after a photographer's name and a bar (``Scott Roe | CNBC``), name an
        outlet: one word in capitals (``CNBC``, ``AP``), one of :attr:`PHOTO_AGENCIES` or an
        agency the vocabulary knows (``Reuters``, ``Bloomberg``), or an outlet's name
        (:meth:`is_outlet`: ``The City Herald``, ``City News``); not a role (``Staff Writer``) nor
        any title-case words, which a byline prints after a bar too.

        .. versionadded:: 0.2"""
        if len(words) > 1 and words.isupper() and " " not in words:
            return True
        return words in self.PHOTO_AGENCIES or self.vocabulary.is_agency(words) or self.is_outlet(words)

    def bracketed_credit(self, text: str) -> str | None:
        """The credit when *text* is an outlet and its photographer in brackets and nothing else,
        as a page prints the credit on the line under a caption (``(ABC Western Qld: Jane
        Roe)``): up to four capitalised words, none of :attr:`EDITORIAL_LABELS` (``(Reporting:
        Jane Roe)`` credits the story), a colon, and a person's name to
        :class:`~newsparse.names.NameModel`; the credit is what the brackets hold.

        .. versionadded:: 0.2"""
        match = self._paren_alone.fullmatch(text, 0, None, KEEP_GIL)
        if match is None or match["outlet"].casefold() in self._editorial or not self.names.is_name(match["name"]):
            return None
        return match["credit"]

    def caption_before_bracket(self, line: Line) -> CaptionLine | None:
        """*line* as a caption that ends in an outlet and its photographer in brackets
        (:meth:`bracketed_credit`: ``Cattle graze near Longreach after the rain. (ABC Western Qld:
        Jane Roe)``), split as after a caption label, running prose or not, or in a photographer
        and a picture agency in brackets after words with one in lower case, a sentence end before
        them or not (:meth:`slashed_bracket_credit`: ``Rachel Reeves speaks in Liverpool (Peter
        Byrne/PA)``): only where the pipeline knows the line is no story text (a header line no
        rule claimed that does not start the body).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a photographer and an agency after a slash."""
        text = line.text
        start = text.rfind("(") if text.endswith(")") else -1
        if start <= 0:
            return None
        slashed = self.slashed_bracket_credit(text[start:])
        caption = text[:start].rstrip()
        if slashed is not None and self.is_caption_text(caption) and has_lower_word(caption):
            return CaptionLine(caption, slashed, Span(line.span.start, line.span.start + len(caption)))
        credit = self.bracketed_credit(text[start:])
        found = self.split_labelled_credit(line) if credit is not None else None
        return found if found is not None and found.credit == credit else None

    def slashed_bracket_credit(self, text: str) -> str | None:
        """The credit when *text* is a photographer and a picture agency in brackets with a slash
        between them and nothing else (``(Peter Byrne/PA)``, ``(Jo Roe / Getty Images)``): a
        person's name to :class:`~newsparse.names.NameModel` and one of :attr:`PHOTO_AGENCIES` or an
        agency the vocabulary knows; the credit is what the brackets hold.  A caption may end in
        it with no sentence end before it (:meth:`caption_before_bracket`).

        .. versionadded:: 0.2"""
        match = self._paren_slash.fullmatch(text, 0, None, KEEP_GIL)
        if match is None or not self.names.is_name(match["name"]):
            return None
        agency = match["agency"]
        if agency not in self.PHOTO_AGENCIES and not self.vocabulary.is_agency(agency):
            return None
        return match["credit"]

    def works_for_outlet(self, name: str, outlet: str) -> bool:
        """Whether *name* and *outlet*, read at a caption's end after its sentence with one of
        :attr:`WORKING_FOR_WORDS` between them (``... on Monday. Jo Roe for the City Gazette``), are
        a photographer and the outlet they work for: a person's name to
        :class:`~newsparse.names.NameModel`, and an outlet's name (:meth:`is_outlet`), an article in
        lower case before it read as written in capitals (``the City Gazette``, ``The Guardian``).

        .. versionadded:: 0.2"""
        head, _, rest = outlet.partition(" ")
        if head.islower() and rest:
            outlet = f"{head[:1].upper()}{head[1:]} {rest}"
        return self.names.is_name(name) and self.is_outlet(outlet)

    def is_outlet(self, words: str) -> bool:
        """Whether *words* name an outlet: they open with ``The`` or end with one of :attr:`OUTLET_WORDS`."""
        return words.startswith("The ") or words.rsplit(None, 1)[-1] in self._outlet_words

    def clean_credit(self, credit: str, label: str | None) -> str | None:
        """*credit* as read after *label*, without spaces, a closing full stop, a credit label
        printed at its start before a colon or ``by`` (``Photo: Credit: Jo Roe`` gives ``Jo Roe``;
        ``Photo: Picture Alliance/dpa`` and ``Photo: Courtesy of the family`` stay whole), or the
        ``of`` of a ``Courtesy of`` label; ``None`` when nothing is left, or when only a label is
        (``Photo: Credit:``, ``Image: Photograph by``, ``Photo: By``: a label names nobody)."""
        credit = credit.strip().rstrip(".").rstrip()
        if self._label_alone.fullmatch(credit, 0, None, KEEP_GIL) is not None or credit.casefold() in self._label_links:
            return None  # "Photo: Credit:", "Image: Photograph by": a label alone, no credit
        inner = self._inner_label.match(credit, 0, None, KEEP_GIL)
        if inner is not None and inner.end() < len(credit):
            credit = credit[inner.end() :]  # "Photo: Credit: Jo Roe" -> "Jo Roe"
            label = inner["label"]
        if label and label.casefold().endswith("courtesy") and credit[:3].casefold() == "of ":
            credit = credit[3:].lstrip()
        return self.without_date_tail(credit) or None

    def without_date_tail(self, credit: str) -> str:
        """*credit* without a date written out after its name (``the Coast Guard Nov. 27, 2025``
        gives ``the Coast Guard``): its longest run of last words, a number among them, that the
        vocabulary reads as a date (``Vocabulary.is_date_phrase``), when a word stays before it,
        and the commas and dashes before the date; else *credit* as it is.

        .. versionadded:: 0.2 (trialL63)"""
        words = credit.split()
        if len(words) < 2 or not any(ch.isdigit() for ch in words[-1]):
            return credit
        for count in range(min(self.vocabulary.MAX_DATE_PHRASE_WORDS, len(words) - 1), 0, -1):
            if self.vocabulary.is_date_phrase(" ".join(words[-count:])):
                return " ".join(words[:-count]).rstrip(" ,;-–—")
        return credit

    def with_credit(self, caption: CaptionLine, credit_line: Line) -> CaptionLine | None:
        """*caption* with the credit a bare credit line under it gives (``Photo: Jane Doe``), or
        ``None`` when the caption has a credit already or the line gives none."""
        if caption.credit is not None:
            return None
        credit = self.credit_of(credit_line) or self.copyright_credit(credit_line)
        return None if credit is None else attrs.evolve(caption, credit=credit)

    def repeats_credit(self, caption: CaptionLine, credit_line: Line) -> bool:
        """Whether the bare credit line under *caption*, which has a credit already, gives that
        credit again (``Workers repair the deck. (Jane Roe/AJC)`` over ``Credit: Jane Roe``): the
        line's credit is in the caption's as whole words in a row, case and punctuation aside
        (:meth:`credit_words`; ``Photo: AP`` under ``(Jasper Roe/Capital Press)`` is none: ``ap``
        is no word there), so that the line is the caption's credit line, no caption of its own.

        .. versionadded:: 0.2 (fixL70)
        .. versionchanged:: 0.2 (rvl70) whole words, not a substring."""
        if caption.credit is None:
            return False
        credit = self.credit_of(credit_line) or self.copyright_credit(credit_line)
        if credit is None:
            return False
        words = self.credit_words(credit)
        return bool(words) and f" {words} " in f" {self.credit_words(caption.credit)} "

    @staticmethod
    def credit_words(credit: str) -> str:
        """The words of *credit*, its letters and digits in runs, case folded, one space between
        them (``Jasper Roe/Capital Press`` is ``jasper roe capital press``): what
        :meth:`repeats_credit` compares.

        .. versionadded:: 0.2 (rvl70)"""
        return " ".join("".join(c if c.isalnum() else " " for c in credit.casefold()).split())

    def caption_above(self, above: Line, credit_line: Line) -> CaptionLine | None:
        """The line above a bare credit line as a caption with that credit (``A dog naps in the
        sun.`` over ``Photo by Ana Lima``), when it is caption text (:meth:`is_caption_text`) of at
        most :attr:`ABOVE_MAX_WORDS` words that does not read as story text or a button
        (:meth:`reads_as_story`)."""
        credit = self.credit_of(credit_line) or self.copyright_credit(credit_line)
        if credit is None or len(above.text.split()) > self.ABOVE_MAX_WORDS or self.credits_below(credit_line):
            return None
        if self.opens_with_wire_dateline(above.text):
            return None  # "MALIBU, Calif. (AP) — A wildfire ..." over "Photo: Getty Images": the story's lede
        if (self.reads_as_story(above.text) and not self.is_unstopped_caption(above.text)) or self.is_running_prose(above.text):
            return None
        if self.is_story_form(credit_line.text) and self.reads_as_prose(above.text):
            return None  # "Ferries will run from the north harbour until then." over "JANE ROE (AFP)"
        return CaptionLine(above.text, credit, above.span)

    def is_unstopped_caption(self, text: str) -> bool:
        """Whether *text*, the line right above a bare credit line, is a caption that reports speech
        or holds a pronoun or a modal verb (what :meth:`reads_as_story` takes for story text) but ends
        no sentence and holds no stop at all: a picture desk leaves a caption's full stop off, a
        story's sentence keeps it (``Deutsche Bahn said most trains would not run during the strike``
        over ``Image: Jo Roe/dpa``).  It opens with a capital, holds no quotation and reads as a caption
        fragment (:meth:`is_fragment_caption`).

        .. versionadded:: 0.2 (mendLT70)"""
        if ends_sentence(text) or self._inner_stop.search(text) is not None or self._quotation.search(text) is not None:
            return False
        words = text.split()
        if not words or not words[0][:1].isupper() or text.isupper() or self._button.match(text) is not None:
            return False
        return len(words) >= self.MIN_ABOVE_WORDS and self.is_fragment_caption(words)

    def reports_speech(self, text: str) -> bool:
        """Whether *text* holds a word of reported speech (:attr:`REPORTING_WORDS`: ``..., the
        director said.``), the sign of a story's sentence.

        .. versionadded:: 0.2 (mendR67l)"""
        return self._reported.search(text) is not None

    def first_report(self, text: str) -> int | None:
        """Where the first word of :attr:`REPORTING_WORDS` in *text* starts (``said`` in ``Jo Roe
        said the ...``), or ``None``.

        .. versionadded:: 0.2 (mendLT68)"""
        found = self._reported.search(text)
        return None if found is None else found.start()

    def opens_with_wire_dateline(self, text: str) -> bool:
        """Whether *text* opens with a dateline and a dash, the first paragraph of a story and never
        a caption: a place in capitals (``LONDON —``) or a place, maybe none, and a news agency of
        the vocabulary in brackets (``MALIBU, Calif. (AP) —``, ``(Reuters) -``, ``PARIS (AFP) -``;
        :meth:`is_wire_credit`), the place at most :attr:`WIRE_DATELINE_PLACE_CHARS` characters.

        .. versionadded:: 0.2 (mendR67l)"""
        if self._dateline_lead.match(text, 0, None, KEEP_GIL) is not None:
            return True
        match = self._wire_dateline_lead.match(text, 0, None, KEEP_GIL)
        return match is not None and self.is_wire_credit(match["agency"].strip())

    def reads_as_story(self, text: str) -> bool:
        """Whether *text*, the line above a credit line, is no caption: a button or label (a line
        opening with one of :attr:`BUTTON_WORDS`, ``Join the conversation``, or with no capital or
        digit in its first word, ``tweet share Email``; under
        :attr:`MIN_ABOVE_WORDS` words, in capitals, or neither a sentence nor a run of capitalised
        words: ``EMAIL ME``, ``Shares``; a line that ends no sentence and is no caption fragment,
        :meth:`is_fragment_caption`), or story text (more than :attr:`MAX_ABOVE_SENTENCES`
        sentences; reported speech, :attr:`REPORTING_WORDS`; a pronoun of :attr:`PROSE_PRONOUNS`;
        a modal verb of :attr:`MODAL_WORDS` in its first sentence;
        a quotation of more than :attr:`MAX_QUOTE_WORDS` words)."""
        words = text.split()
        if self._button.match(text) is not None or not words:
            return True  # "Join the conversation", "Share on Facebook"
        if not any(ch.isupper() or ch.isdigit() for ch in words[0]):
            return True  # a caption starts with a capital or a number, "tweet share Reddit" is a row of buttons
        if len(words) < self.MIN_ABOVE_WORDS:
            named = len(words) > 1 and all(w[:1].isupper() for w in words)  # "Samuel Alito"
            if text.isupper() or not (named or (ends_sentence(text) and text[:1].isupper())):
                return True  # "EMAIL ME" and "Shares" are buttons, "Gretchen Carlson." a caption
        if not ends_sentence(text) and not self.is_fragment_caption(words):
            return True  # "Pricing and the competition" is a subheading, a title in capitals a link
        if len(self._inner_stop.findall(text)) >= self.MAX_ABOVE_SENTENCES:  # a stop between two sentences
            return True  # a paragraph of several sentences
        if self._reported.search(text) or self._pronoun.search(text):
            return True  # "..., officials said." is the story reporting, not a picture described
        first = self._inner_stop.search(text)
        if self._modal.search(text, 0, first.start() if first is not None else len(text)):
            # "The shuttle will run until Friday." tells what will happen, no picture does (a
            # caption's later sentence may: "Jo Roe has become chair. She will be paid ...")
            return True
        # someone's words, a quoted paragraph or a pull quote, is longer than a title in quotation marks
        return any(len(quoted["inner"].split()) > self.MAX_QUOTE_WORDS for quoted in self._quotation.finditer(text))

    def is_running_prose(self, text: str) -> bool:
        """Whether *text*, the line above a credit line, is a sentence of the story's running prose,
        not a caption: a sentence of at least :attr:`RUNNING_WORDS` words with a verb in the past
        tense (:attr:`PAST_ENDS`, not after one of :attr:`DETERMINERS` or :attr:`PRESENT_AUXILIARIES`),
        none of :attr:`PRESENT_VERBS`, and a second clause after a
        comma (a participle, :attr:`PARTICIPLE_ENDS`, or one of :attr:`CLAUSE_WORDS`): ``A powerful
        storm battered the coast on Monday, cutting power to thousands of homes.``  A caption
        describes its picture in the present or with no verb (``A man walks past the flooded
        shop, ...``, ``Firefighters at the scene in Dover on Monday.``), and a short one in the
        past has one clause (``Protesters gathered outside parliament on Monday.``)."""
        if not is_sentence(text, self.RUNNING_WORDS):
            return False
        if self._past.search(text) is None or self._present.search(text) is not None:
            return False
        return self._clause.search(text) is not None

    def is_fragment_caption(self, words: Sequence[str]) -> bool:
        """Whether *words*, a line that ends no sentence, may still be a caption: the names of the
        people pictured (``Samuel Roe and Ana Lima``: each part a name to :class:`~newsparse.names.NameModel`),
        or at least :attr:`FRAGMENT_WORDS` words with one in lower case (``Chelsea beat Leeds on
        Thursday night``).  A shorter line is a subheading (``Pricing and the competition``), and
        capitalised words that are no names a title (``Mission Could Spot Signs of Life``)."""
        parts: list[list[str]] = [[]]
        for word in words:
            bare = word.rstrip(",;")
            if word in self.NAME_JOINERS:
                parts.append([])
                continue
            parts[-1].append(bare)
            if bare != word:
                parts.append([])
        names = [part for part in parts if part]
        if names and all(self.names.is_name(" ".join(part)) for part in names):
            return True
        lower = any(word[:1].islower() and word not in self.NAME_JOINERS for word in words)
        minor = all(word[:1].isupper() or self.is_minor_word(word) for word in words)
        return lower and not minor and len(words) >= self.FRAGMENT_WORDS

    def is_adjective_lead(self, word: str) -> bool:
        """Whether *word* is a preposition before which a word ending like a past verb is an
        adjective of the noun after it (``wade through flooded streets``, ``in damaged homes``), no
        verb a fact is stated with (:meth:`states_fact`): one of the vocabulary's ``PREPOSITIONS``.

        .. versionadded:: 0.2"""
        return self.vocabulary.is_preposition(word)

    def is_minor_word(self, word: str) -> bool:
        """Whether *word* is one a title in capitals leaves in lower case: at most
        :attr:`MINOR_WORD_CHARS` long and an article, a word of the vocabulary's ``PHRASE_LINKS``
        or ``PREPOSITIONS`` or of :attr:`TITLE_MINOR_WORDS` (``of``, ``the``, ``and``, ``upon``; not
        ``cafe``).

        .. versionadded:: 0.2"""
        if len(word) > self.MINOR_WORD_CHARS:
            return False
        vocabulary = self.vocabulary
        return (
            word in self.TITLE_MINOR_WORDS
            or vocabulary.is_article(word)
            or vocabulary.is_phrase_link(word)
            or vocabulary.is_preposition(word)
        )

    def media_caption(self, line: Line) -> CaptionLine | None:
        """*line* as the caption of a video or a picture when it opens with one of
        :attr:`MEDIA_LABELS` and a colon, and a sentence of at least :attr:`MEDIA_CAPTION_WORDS`
        words with one in lower case follows (``Video: In this talk, a physiologist explains
        ...``), not a credit (``Video: Jane Roe``, ``Photo: Getty Images``); its text is the
        words after the label, with the credit split off when it ends in one."""
        head = self._media.match(line.text, 0, None, KEEP_GIL)
        if head is None or self.credit_of(line) is not None:
            return None
        rest = line.text[head.end() :]
        words = rest.split()
        if len(words) < self.MEDIA_CAPTION_WORDS or not has_lower_word(rest):
            return None
        if self.credit_runs_into_story(rest.lstrip()):
            return None  # "Photo: Jo Roe/AAP Police said on Monday ...": the credit, then the story's lede (fixL60)
        inner = Line(rest, Span(line.span.start + head.end(), line.span.end), 0, False)
        return self.split_labelled_credit(inner) or CaptionLine(rest, None, inner.span)

    def maker_credit(self, line: Line, below: Line) -> CaptionLine | None:
        """*line* as the credit of a product's picture, printed as a caption of its own, when it is
        the maker's name over the product's heading, as a review or a gift guide prints them
        (``Nordwind`` over ``Nordwind Trail 2 for $120``): at most :attr:`MAKER_WORDS` capitalised
        words without digits (not ``2019``, ``Step 1``), no sentence end (a full stop only in one
        of :attr:`COMPANY_SUFFIXES`: ``Nordwind, Inc.``) nor other mark at its end, and *below* a
        short heading (at most :attr:`PRODUCT_WORDS` words, no sentence end, a digit in it: a
        price or a model number) whose first word is the maker's first word and that goes on
        after it with the product's name (a word with a capital or a digit: ``Trail``,
        ``iPhone``; not ``Revenue rose 12% ...``).  A row of buttons or a list of links
        (``Share Tweet`` / ``Share on Facebook``, ``RSS Feed`` / ``RSS - Posts``) has no number in it."""
        text, heading = line.text, below.text
        words = text.replace(",", " ").split(None, self.MAKER_WORDS)  # (bounded: a 10 MB line is no list of its words)
        if not words or len(words) > self.MAKER_WORDS or any(not w[:1].isupper() or self.has_digit(w) for w in words):
            return None  # a maker's name is capitalised words without digits: not "2019" nor "Step 1"
        if not text[-1:].isalnum() and words[-1] not in self._company_suffixes:
            return None  # "Joe Biden," in a list of tags; "Nordwind, Inc." is a maker
        below_words = heading.split(None, self.PRODUCT_WORDS)
        if len(below_words) > self.PRODUCT_WORDS or len(below_words) < 2 or ends_sentence(heading):
            return None
        if not any(ch.isdigit() for ch in heading):
            return None  # a product's heading has a price or a model number: "Trail 2 for $120"
        if below_words[0] != words[0] or len(below_words) <= len(words):
            return None
        shared = 1
        while shared < len(words) and below_words[shared] == words[shared]:
            shared += 1
        model = below_words[shared]
        if not any(ch.isupper() or ch.isdigit() for ch in model):
            return None  # "Revenue" over "Revenue rose 12% ...": a product's name follows its maker's
        return CaptionLine(text, text, line.span)

    def over_maker(self, above: Line, maker: Line) -> CaptionLine | None:
        """*above* as the caption of a product's picture whose maker's credit is the line under it
        (``Nordwind Trail 2.`` over ``Nordwind, Inc.``, see :meth:`maker_credit`): it names the
        product (its first word is the maker's) and reads as a caption, neither story text nor a
        button (:meth:`reads_as_story`) nor running prose (:meth:`reads_as_prose`: ``Arsenal
        dominated from the first whistle.``)."""
        first = maker.text.replace(",", " ").split()[0]
        words = above.text.split()
        if not words or words[0] != first or len(words) > self.ABOVE_MAX_WORDS or self.reads_as_story(above.text):
            return None
        if self.reads_as_prose(above.text):
            return None
        return CaptionLine(above.text, maker.text, above.span)

    def has_digit(self, word: str) -> bool:
        """Whether *word* holds a digit of any script."""
        return any(ch.isdigit() for ch in word)

    def lone_caption(self, credit_line: Line) -> CaptionLine | None:
        """A bare credit line that credits no caption as a caption of its own: a picture printed
        with a credit and nothing else (``Photo by Ana Lima`` under a paragraph, ``Courtesy City
        Herald`` under a button); its text is the whole line.  ``None`` when the line credits the
        picture below it (:meth:`credits_below`) or the text (a :attr:`TEXT_CREDIT_WORDS` label:
        ``Source: City Council``)."""
        credit = self.credit_of(credit_line)
        if credit is None or self.credits_below(credit_line):
            return None
        head = credit_line.text.lstrip("([").casefold()
        if head.startswith(self._text_labels):
            return None
        return CaptionLine(credit_line.text, credit, credit_line.span)

    def credits_below(self, credit_line: Line) -> bool:
        """Whether a bare credit line credits the picture below it, not the text above it: it
        starts with one of :attr:`CREDIT_BELOW_LABELS` (``Image copyright Jane Roe``)."""
        return credit_line.text.casefold().startswith(self._below_labels)

    def group(self, found: Sequence[CaptionLine]) -> tuple[Caption, ...]:
        """Merge occurrences of the same caption (same text, whitespace and case aside) into one
        :class:`Caption` with a span for each, in order of first appearance."""
        order: dict[str, list[CaptionLine]] = {}
        for item in found:
            order.setdefault(self.key(item.text), []).append(item)
        captions = []
        for items in order.values():
            credit = next((i.credit for i in items if i.credit), None)
            captions.append(Caption(collapse(items[0].text), credit, tuple(i.span for i in items)))
        return tuple(captions)

    def key(self, text: str) -> str:
        """What two occurrences of one caption have in common."""
        return collapse(text).casefold()
