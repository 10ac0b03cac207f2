"""Verbs that introduce speech, as lemmas; :func:`forms` spells out their inflections.

``SPEECH`` verbs mark an attribution (``"...," she exclaimed``).  ``BARE`` verbs may take a clause
without ``that`` (``he said the talks failed``).  ``PARTICIPIAL`` verbs attach reported speech to
the sentence's subject in their ``-ing`` form (``..., adding that ...``).
"""

from __future__ import annotations

#: Forms that regular spelling rules get wrong: lemma -> (third person, past, -ing).
IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing"),
    "think": ("thinks", "thought", "thinking"),
    "begin": ("begins", "began", "beginning"),
    "quip": ("quips", "quipped", "quipping"),
    "admit": ("admits", "admitted", "admitting"),
    "shrug": ("shrugs", "shrugged", "shrugging"),
}

SPEECH: tuple[str, ...] = (
    "say", "tell", "add", "note", "declare", "announce", "explain", "argue", "claim", "insist", "warn",
    "stress", "emphasize", "emphasise", "respond", "reply", "tweet", "write", "acknowledge", "assert",
    "predict", "promise", "vow", "recall", "complain", "admit", "suggest", "contend", "concede", "allege",
    "confirm", "reiterate", "remark", "observe", "ask", "urge", "caution", "counter", "boast", "quip",
    "testify", "post", "maintain", "deny", "conclude", "continue", "exclaim", "shout", "answer", "confess",
    "yell", "whisper", "muse", "joke", "agree", "recount", "reveal", "pledge", "proclaim", "demand",
    "reason", "interject", "retort", "snap", "believe", "think", "estimate", "report", "state", "wonder",
    "beam", "sigh", "laugh", "chant", "scream", "plead", "lament", "concur", "inquire", "query",
    "scold", "comment", "remind", "assure", "inform", "advise", "implore", "beg", "question", "charge",
    "indicate", "hint", "signal", "reckon", "swear", "guarantee", "fume", "gush", "enthuse", "gloat", "scoff",
    "grumble", "mutter", "bellow", "shrug",
    # (read after a quotation with their subject after them too: '"...," opined Ana Ruiz')
    "opine", "elaborate", "clarify", "gripe", "speculate", "surmise", "protest", "object", "instruct",
    "email", "text",
)

BARE: tuple[str, ...] = (
    "say", "tell", "add", "argue", "claim", "insist", "warn", "stress", "note", "write", "tweet", "predict",
    "acknowledge", "admit", "vow", "believe", "think", "contend", "assert", "concede", "allege", "emphasize",
    "emphasise", "explain", "maintain", "confess", "joke", "muse", "quip", "reason", "complain", "declare",
    "agree", "boast", "answer", "reply", "respond", "state", "suggest", "indicate", "hint", "reckon", "swear",
    "testify", "concur", "announce", "confirm", "recall", "reveal", "signal", "guarantee",
)

#: Verbs of :data:`BARE` that as often take a plain object (``announced a new plan``): without
#: ``that`` their clause needs a finite verb close behind (``announced it had pulled out``;
#: ``conceded the race`` is no speech, ``conceded the plan had failed`` is).
OBJECT_BARE: tuple[str, ...] = (
    "announce", "confirm", "recall", "reveal", "signal", "guarantee", "concede",
    # (a deal, a book: "agreed a pay deal", "wrote it in a week" are no speech; "agreed the deal
    # would run", "wrote the plan was dead" are)
    "agree", "write",
)

PARTICIPIAL: tuple[str, ...] = (
    "say", "add", "note", "argue", "claim", "insist", "warn", "stress", "emphasize", "emphasise", "explain",
    "tell", "write", "acknowledge", "admit", "assert", "contend", "concede", "allege", "predict", "vow",
    "promise", "suggest", "complain", "conclude", "declare", "reiterate", "recall", "urge", "joke", "state",
)

#: Verbs that take a person as object before what is said (``told reporters that``, ``urged
#: voters to ...``).
OBJECT: tuple[str, ...] = ("tell", "ask", "urge", "remind", "assure", "warn", "inform", "advise", "implore", "beg", "instruct")

#: :data:`OBJECT` verbs whose subject never follows them (``"...," she told Reuters``: the name
#: after ``told`` is the person told, never the speaker).
UNINVERTED: tuple[str, ...] = ("tell", "inform", "remind", "assure", "advise")

#: Verbs whose promise is an infinitive (``vowed to block the nominee``): the infinitive is what was said.
INFINITIVE: tuple[str, ...] = ("promise", "vow", "pledge", "swear")

#: Verbs of a promise that take a clause without ``that`` only in the past and only when a modal
#: follows the clause's subject (``promised the change would save money``; not ``promised a veto``,
#: ``pledged delegates were at stake``): ``QuoteWords.MODAL_BARE_VERBS``.
MODAL_BARE: tuple[str, ...] = ("promise", "pledge")

#: Verbs whose object noun phrase is what was said (``announced his resignation``).
NOUN_OBJECT: tuple[str, ...] = ("announce",)

#: Verbs that report a question (``asked whether``, ``wondered if``).
QUESTION: tuple[str, ...] = ("ask", "wonder", "inquire", "query", "question")

#: Verbs that name or describe in someone's words: ``called the plan "a disaster"``.
NAMING: tuple[str, ...] = (
    "call", "describe", "dub", "label", "term", "brand", "characterize", "characterise", "refer", "liken", "hail",
    "deride", "denounce", "slam", "blast",
    # (a judgement on a thing in the verb's object: 'decried a "brutal" decision'; not "condemn", whose
    # "condemning "..."" after a statement is a cue's: a naming verb there left the quotation no speaker)
    "decry", "deplore",
)

#: Verbs that name in someone's words only with ``as`` right before the quotation (``dismissed the
#: audit as "noise"``; not ``dismissed the so-called "experts"``).
AS_NAMING: tuple[str, ...] = (
    "dismiss", "reject",
    # a description in the subject's words ("introduced himself as "the finance director"",
    # "portrayed the plan as "a giveaway"", "framed the vote as "a referendum"")
    "introduce", "portray", "frame", "tout", "paint",
)

#: A speech verb's past participle after the auxiliary of a perfect and before ``that``, the participle
#: alone too often an adjective or its object a thing to be a cue (``a written statement``, ``had written the
#: words "..." on his boat``): ``has written that ...``.
PERFECT_PHRASES: tuple[str, ...] = ("has written that", "have written that", "had written that")

#: Attributions of more than one word.
PHRASES: tuple[str, ...] = (
    "according to", "pointed out", "points out", "point out", "pointing out", "went on", "quoted as saying",
    # a sharp reply ("Ortiz shot back"; not "fired back", "hit back": their clause is often an action)
    "shot back", "shoots back",
    # "as Ana Ortiz put it"
    "put it", "puts it",
    # a past participle that is an adjective alone ("a written statement"), a cue after a perfect's
    # auxiliary and before "that" ("She has written that ..."; not "had written the words ...")
    *PERFECT_PHRASES,
)

#: Forms that are too often something else to be cues (``the United States``, ``his claims``).
EXCLUDED: tuple[str, ...] = (
    "posts", "counters", "states",
    # base forms that are more often nouns ("state officials", "a report"); third-person forms used
    # as nouns ("the minister's remarks") are turned down by the speaker check instead
    "state", "report", "post", "answer", "reason", "estimate", "promise", "demand", "pledge", "joke", "note",
    "claim", "counter", "remark", "tweet", "quip", "snap", "muse", "recall",
    # verbs of feeling whose base and third-person forms are more often nouns ("toxic fumes", "a gush of")
    "fume", "fumes", "gush", "gushes", "scoff", "scoffs", "grumble", "grumbles", "mutter", "mutters", "bellow",
    "bellows",
    # base and third-person forms more often nouns or adjectives ("a protest", "an elaborate plan", "a text")
    "elaborate", "elaborates", "gripe", "gripes", "protest", "protests", "object", "objects",
    "email", "emails", "text", "texts",
)


def forms(lemma: str) -> tuple[str, ...]:
    """The lemma and its third-person, past and ``-ing`` forms: ``conclude`` -> ``concludes``, ``concluded``,
    ``concluding``."""
    if lemma in IRREGULAR:
        return (lemma, *IRREGULAR[lemma])
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("ee"):
        past, ing = lemma + "d", lemma + "ing"  # agree, agreed, agreeing
    elif lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    elif _doubles(lemma):
        past, ing = lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"  # chat, chatted, chatting
    else:
        past, ing = lemma + "ed", lemma + "ing"
    return lemma, third, past, ing


def _doubles(lemma: str) -> bool:
    """Whether a short verb doubles its last consonant before -ed and -ing (one vowel between
    consonants: ``chat``, ``jot``; not ``shout``, ``vow``)."""
    vowels = "aeiou"
    return (
        len(lemma) <= 4
        and lemma[-1] not in vowels + "wxy"
        and lemma[-2:-1] in tuple(vowels)
        and lemma[-3:-2] not in tuple(vowels)
    )


def inflect(lemmas: tuple[str, ...], *, only_ing: bool = False, only_past: bool = False) -> tuple[str, ...]:
    """Every form of *lemmas* (or only the ``-ing`` forms, or only the past ones), without
    :data:`EXCLUDED`, in order."""
    out: list[str] = []
    for lemma in lemmas:
        every = forms(lemma)
        for form in every[3:] if only_ing else every[2:3] if only_past else every:
            for spelled in (form, *british_forms(lemma, form)):
                if spelled not in EXCLUDED and spelled not in out:
                    out.append(spelled)
    return tuple(out)


def british_forms(lemma: str, form: str) -> tuple[str, ...]:
    """The British spelling of *form* beside the American one :func:`forms` gives, for a lemma of
    more than one syllable that ends in one vowel and ``l``: ``signalled``, ``signalling`` beside
    ``signaled``, ``signaling`` (``counselled``, ``labelled``); none for any other form or lemma."""
    if len(lemma) < 5 or not lemma.endswith("l") or lemma[-2] not in "aeiou" or lemma[-3] in "aeiou":
        return ()
    if form not in (lemma + "ed", lemma + "ing"):
        return ()
    return (lemma + "l" + form[len(lemma) :],)


PARTICIPLES: tuple[str, ...] = inflect(PARTICIPIAL, only_ing=True)
#: Every form but ``-ing`` ones, which are cues only as :data:`PARTICIPLES` (``believing`` is not).
SPEECH_VERBS: tuple[str, ...] = tuple(
    dict.fromkeys((*(f for f in inflect(SPEECH) if not f.endswith("ing")), *PARTICIPLES, *PHRASES))
)
BARE_VERBS: tuple[str, ...] = (
    *(f for f in inflect(BARE) if not f.endswith("ing") or f in PARTICIPLES),
    "quoted as saying",
    *PERFECT_PHRASES,
)
