"""Cases written for the mutation pass over last stop's new code in ``quotes/resolution.py``,
``quotes/grammar.py``, ``quotes/words.py`` and ``quotes/model.py`` (issue 8; see "Mutation testing"
in ``docs/testing.md``).  Each case asserts the exact value a surviving mutant changed: the claims a
paragraph's rules share (``Claims``, ``ClaimWindow``) against the plain list they stand for, the
words' helpers, and the speaker of a quotation in a paragraph written for the rule."""

from __future__ import annotations

import pytest
import regex

from newsparse import ArticleParser, QuoteKind
from newsparse.people import Person
from newsparse.quotes.grammar import SpeakerGrammar
from newsparse.quotes.languages import FrenchQuotes, SpanishQuotes
from newsparse.quotes.model import Claims, ClaimWindow, Mention
from newsparse.quotes.parser import QuoteParser
from newsparse.quotes.words import QuoteWords


def claimed(pairs: list[tuple[int, int]], pos: int) -> bool:
    """The plain answer: whether *pos* falls in one of *pairs*."""
    return any(start <= pos < end for start, end in pairs)


# Claims as a paragraph's rules make them: in order, out of order, one long claim over short
# ones (a quotation over its sentences' attributions), equal starts, adjoining pairs.
CLAIM_TABLES = [
    [(i * 10, i * 10 + 4) for i in range(20)],
    [(0, 200)] + [(i * 10, i * 10 + 3) for i in range(1, 19)],
    [(i * 10, i * 10 + 4) for i in range(10)] + [(5, 7)] + [(i * 10, i * 10 + 4) for i in range(10, 20)],
    [(i * 5, i * 5 + 5) for i in range(18)],
    [(10, 12)] * 3 + [(10, 30)] + [(i * 10 + 40, i * 10 + 41) for i in range(16)],
    [(i * 10, i * 10 + 4) for i in range(19, -1, -1)],
    # a pair that ends where the position is, before a shorter one inside the long claim
    [(0, 200), (10, 30), (20, 25)] + [(i * 10, i * 10 + 2) for i in range(4, 20)],
]


@pytest.mark.parametrize("pairs", CLAIM_TABLES)
def test_claims_sort_as_the_list_sorts(pairs: list[tuple[int, int]]) -> None:
    claims = Claims()
    for pair in pairs:
        claims.append(pair)
    claims.sort()
    assert list(claims) == sorted(pairs)
    assert claims.in_order()


@pytest.mark.parametrize("pairs", CLAIM_TABLES)
def test_claims_covers_as_the_list_does(pairs: list[tuple[int, int]]) -> None:
    claims = Claims()
    for pair in pairs:
        claims.append(pair)
    claims.sort()
    ordered = sorted(pairs)
    n = len(ordered)
    for low, high in ((0, n), (1, n), (3, n - 2), (5, 6), (4, 4)):
        for pos in range(-1, 215):
            assert claims.covers(pos, low, high) is claimed(ordered[low:high], pos), (low, high, pos)


@pytest.mark.parametrize("pairs", CLAIM_TABLES)
def test_claim_window_reads_as_the_slice(pairs: list[tuple[int, int]]) -> None:
    claims = Claims(pairs)
    n = len(pairs)
    for start, stop in ((0, n), (1, n), (2, 18), (-17, None), (0, 17)):
        window = claims[start:stop]
        plain = pairs[start:stop]
        assert isinstance(window, ClaimWindow)
        assert list(window) == plain
        assert len(window) == len(plain)
        assert [window[i] for i in range(len(plain))] == plain
        assert [window[-i] for i in range(1, len(plain) + 1)] == [plain[-i] for i in range(1, len(plain) + 1)]
        assert window[2:5] == plain[2:5]
        for pos in range(-1, 215):
            assert window.covers(pos) is claimed(plain, pos), (start, stop, pos)
            assert QuoteWords.is_claimed(pos, window) is claimed(plain, pos)


@pytest.mark.parametrize(
    ("start", "stop", "step", "kind"),
    [
        (0, 16, 1, ClaimWindow),
        (0, 15, 1, list),
        (2, 18, 1, ClaimWindow),
        (3, 18, 1, list),
        (0, 20, 2, list),
        (0, 20, None, ClaimWindow),
    ],
)
def test_claims_slice_is_a_window_from_sixteen_pairs(start: int, stop: int, step: int | None, kind: type) -> None:
    pairs = [(i * 10, i * 10 + 4) for i in range(20)]
    window = Claims(pairs)[start:stop:step]
    assert type(window) is kind
    assert list(window) == pairs[start:stop:step]


def test_claim_window_index_out_of_range() -> None:
    pairs = [(i * 10, i * 10 + 4) for i in range(16)]
    window = Claims(pairs)[0:16]
    window.append((500, 510))
    assert window[16] == (500, 510)
    assert window[-1] == (500, 510)
    assert window[-17] == (0, 4)
    for index in (17, -18):
        with pytest.raises(IndexError, match=r"^claim index out of range$"):
            window[index]


def test_claim_window_with_a_step_keeps_its_own_pairs() -> None:
    claims = Claims([(i * 10, i * 10 + 4) for i in range(20)])
    window = ClaimWindow(claims, slice(0, 20, 2))
    assert list(window) == [(i * 10, i * 10 + 4) for i in range(0, 20, 2)]
    assert len(window) == 10
    assert window[9] == (180, 184)
    assert window.covers(181) and not window.covers(171) and not window.covers(184)
    empty = ClaimWindow(claims, slice(12, 5))
    assert len(empty) == 0 and list(empty) == [] and not empty.covers(120)


def test_claim_window_sees_the_claims_appended_to_it() -> None:
    pairs = [(i * 10, i * 10 + 4) for i in range(20)]
    window = Claims(pairs)[0:20]
    assert not window.covers(205)
    window.append((204, 208))
    window.append((100, 101))
    assert window.covers(205) and window.covers(100) and not window.covers(208)
    assert len(window) == 22
    assert list(window)[-2:] == [(204, 208), (100, 101)]


def test_claim_window_after_the_claims_are_sorted_anew() -> None:
    # the window keeps the pairs as they were sliced; a sort makes new arrays it does not read
    claims = Claims([(i * 10, i * 10 + 4) for i in range(18)])
    window = claims[0:18]
    claims.append((3, 9))
    claims.sort()
    assert list(window) == [(i * 10, i * 10 + 4) for i in range(18)]
    assert not window.covers(6)
    assert window.covers(172) and not window.covers(175)


def test_claims_appended_out_of_order_are_read_one_by_one() -> None:
    # not sorted: the window must not bisect
    claims = Claims()
    pairs = [(i * 10, i * 10 + 4) for i in range(17)] + [(2, 9)]
    for pair in pairs:
        claims.append(pair)
    assert not claims.in_order()
    window = claims[0:18]
    for pos in range(0, 180):
        assert window.covers(pos) is claimed(pairs, pos), pos
    built = Claims(pairs)
    window = built[0:18]
    for pos in range(0, 180):
        assert window.covers(pos) is claimed(pairs, pos), pos


def test_claims_covers_after_more_claims_in_order() -> None:
    # the furthest end read by a first question is kept up to date by later claims
    claims = Claims([(0, 100), (10, 20)])
    assert claims.covers(50, 0, 2)
    claims.append((30, 40))
    claims.append((35, 150))
    claims.append((120, 121))
    assert claims.covers(130, 0, 5)
    assert claims.covers(130, 3, 5)
    assert not claims.covers(130, 4, 5)
    assert claims.covers(90, 1, 5)
    assert not claims.covers(25, 1, 5)
    fresh = Claims()
    fresh.covers(0, 0, 0)
    fresh.append((5, 50))
    fresh.append((6, 7))
    assert fresh.covers(20, 0, 2)
    assert not fresh.covers(20, 1, 2)


@pytest.mark.parametrize(
    ("word", "relative", "acronym"),
    [
        ("who", True, False),
        ("Who", True, False),
        ("WHO", False, True),
        ("that", True, False),
        ("THAT", False, True),
        ("which", False, False),
        ("US", False, True),
        ("I", False, False),
        ("A", False, False),
        ("Ana", False, False),
        ("", False, False),
    ],
)
def test_relative_pronoun_or_acronym(word: str, relative: bool, acronym: bool) -> None:
    words = QuoteWords()
    assert words.is_relative(word) is relative
    assert QuoteWords.is_acronym(word) is acronym


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ((("he", ("him",)), ("she", ("her",))), {"him": frozenset({"he"}), "her": frozenset({"she"})}),
        (
            (("He", ("His", "him")), ("she", ("her", "HIS"))),
            {"his": frozenset({"he", "she"}), "him": frozenset({"he"}), "her": frozenset({"she"})},
        ),
        ((), {}),
    ],
)
def test_forms_of(table: tuple[tuple[str, tuple[str, ...]], ...], expected: dict[str, frozenset[str]]) -> None:
    assert QuoteWords.forms_of(table) == expected


class _CapitalWords(QuoteWords):
    # a vocabulary written with capitals, as one read from a file may be
    IMPERSONAL_SUBJECTS = ("It",)
    QUESTION_VERBS = ("asked", "Went On To Ask")
    QUESTION_WORDS = ("Whether", "about", "If")
    TOPIC_WORDS = ("about",)
    TURN_SPEECH_WORDS = ("You",)
    FIRST_PERSON_WORDS = ("We",)
    CLAIM_NOUNS = ("Claim",)
    CLAIM_LINKS = ("That",)
    CLAIM_STOPS = ("As",)


def test_words_read_their_lists_in_any_case() -> None:
    words = _CapitalWords()
    assert words._impersonal == frozenset({"it"})
    assert words._question_verb_ends == frozenset({"asked", "ask"})
    assert words._question_openers == frozenset({"whether", "if"})
    assert words._turn_speech == frozenset({"you", "we"})
    assert words._claim_nouns == frozenset({"claim"})
    assert words._claim_links == frozenset({"that"})
    assert words._claim_stops == frozenset({"as"})
    plain = QuoteWords()
    for name, attr in [
        ("CLAUSE_ONLY_VERBS", "_clause_only"),
        ("QUOTATION_LEAD_WORDS", "_quotation_lead_words"),
        ("INFINITIVE_MARKERS", "_infinitive_markers"),
        ("PERSON_LINKS", "_person_links"),
        ("ADDRESSEE_PREPOSITIONS", "_addressee_prepositions"),
        ("ADDRESSING_VERBS", "_addressing_verbs"),
        ("OBJECT_WORDS", "_object_words"),
        ("LATE_CLAUSE_VERBS", "_late_clause_verbs"),
    ]:
        assert getattr(plain, attr) == frozenset(getattr(QuoteWords, name)), name
    assert plain._object_forms == {"him": frozenset({"he"}), "her": frozenset({"she"})}
    assert plain._possessive_forms == {"his": frozenset({"he"}), "her": frozenset({"she"})}


@pytest.mark.parametrize(
    ("pos", "expected"),
    [(9, False), (10, True), (13, True), (14, False), (40, True), (41, False)],
)
def test_is_claimed_on_a_list_and_on_a_window(pos: int, expected: bool) -> None:
    pairs = [(10, 14), (30, 41)]
    assert QuoteWords.is_claimed(pos, pairs) is expected
    window = Claims(pairs + [(i, i + 1) for i in range(100, 114)])[0:16]
    assert isinstance(window, ClaimWindow)
    assert QuoteWords.is_claimed(pos, window) is expected


# ---- quotes/grammar.py: the new helpers, on a grammar built in the test ----


def words_of(grammar: SpeakerGrammar, text: str) -> list[regex.Match[str]]:
    return list(grammar._word.finditer(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tired and angry, she said", True),
        ("Calm but firm, the mayor said", True),
        ("Calm but firm,", True),
        ("Tired  and angry, she said", True),
        ("Nurses and angry, she said", True),
        ("Tired and angrys, she said", True),
        # two plurals, two names, a determiner or a pronoun second: a subject
        ("Nurses and doctors, who", False),
        ("Ortiz and Berg, the", False),
        ("Tired and the, she", False),
        ("Tired and she, x", False),
        ("Tired and his, x", False),
        # no comma right after the pair, or something between its words
        ("Tired and angry she said", False),
        ("Tired and angry , she said", False),
        ("Tired and angry", False),
        ("Tired; and angry, she", False),
        ("Tired and; angry, she", False),
        ("Tired or weary, he said", False),
        ("Tired, and", False),
    ],
)
def test_paired_modifier(text: str, expected: bool) -> None:
    grammar = SpeakerGrammar()
    assert grammar.paired_modifier(text, words_of(grammar, text)) is expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Separately", True),
        ("Meanwhile", True),
        ("However", True),
        ("the", True),
        ("Kelly", False),
        ("Separately now", False),
        ("", False),
    ],
)
def test_opening_adverb(phrase: str, expected: bool) -> None:
    assert SpeakerGrammar().opening_adverb(phrase) is expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (", the bank's chief economist", True),
        (", the economist", True),
        (", a nurse", True),
        (", a spokesman for the union", True),
        (",the economist", True),
        (", economist", True),
        (", the Economist", True),
        (", eBay's founder", True),
        (", the new chief economist of the big bank", True),  # MAX_APPOSITIVE_HEAD words
        (", the new chief economist of the big old bank", False),  # one more
        (", the spokesman says", False),  # a cue word
        (", the union reports", False),  # a clause: its noun and a cue word
        ("the economist", False),
        (",", False),
        (", The Economist", False),
        (", the rates were wrong", False),
        (", the economist, adding", False),
        (", the economist said", False),
        (", the economist retired", False),
        (", who said", False),
        (", the mayor of the small coastal town of Brill", False),
    ],
)
def test_describes_speaker(tail: str, expected: bool) -> None:
    assert SpeakerGrammar().describes_speaker(tail) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the polls closed", True), ("polls closed", True), ("closed", False), ("the polls close", False), ("Ortiz spoke", False)],
)
def test_ends_in_past_verb(text: str, expected: bool) -> None:
    assert SpeakerGrammar().ends_in_past_verb(text, (0, len(text))) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["was"], True),
        (["Ortiz", "were", "repeatedly"], True),
        (["is", "widely"], True),
        (["Ortiz"], False),
        (["was", "Ortiz"], False),
        ([], False),
    ],
)
def test_auxiliary_ends(words: list[str], expected: bool) -> None:
    assert SpeakerGrammar().auxiliary_ends(words) is expected


def link_found(found: tuple[int, regex.Match[str], regex.Match[str]] | None) -> tuple[int, str, str] | None:
    return None if found is None else (found[0], found[1].group(), found[2].group())


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("An adviser to Ana Ortiz", "Ana", (3, "adviser", "to")),
        ("adviser to Ana", "Ana", (2, "adviser", "to")),
        ("An adviser to  Ana", "Ana", (3, "adviser", "to")),
        ("to Ana", "Ana", None),
        ("Ana", "Ana", None),
        ("An adviser, to Ana", "Ana", None),
        ("An adviser to, Ana", "Ana", None),
    ],
)
def test_linked_before_at_the_end(text: str, target: str, expected: tuple[int, str, str] | None) -> None:
    # no word at or after the phrase's start: the words before it end the list
    grammar = SpeakerGrammar()
    head = text[: text.index(target)]
    assert link_found(grammar.linked_before(head, words_of(grammar, head), len(head))) == expected


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("An adviser to Ana Ortiz", "Ana", (3, "adviser", "to")),
        ("adviser to Ana", "Ana", (2, "adviser", "to")),
        ("An adviser to  Ana", "Ana", (3, "adviser", "to")),
        ("to Ana", "Ana", None),
        ("Ana", "Ana", None),
        ("An adviser, to Ana", "Ana", None),
        ("An adviser to, Ana", "Ana", None),
    ],
)
def test_linked_before(text: str, target: str, expected: tuple[int, str, str] | None) -> None:
    grammar = SpeakerGrammar()
    assert link_found(grammar.linked_before(text, words_of(grammar, text), text.index(target))) == expected


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("The first woman to lead the club", "the club", 16),
        ("The last man to beat Kim Ortiz", "Kim Ortiz", 13),
        ("The last man to beat Kim Ortiz", "beat", 13),  # the verb read into the phrase
        ("The first woman to lead Ana", "Ana", 16),
        ("woman to lead", "lead", 6),
        ("Ortiz wants to help the club", "the club", None),  # no noun for people before "to"
        ("Advisers to the government", "the government", None),  # a preposition's object
        ("The first club to lead the league", "the league", None),
        ("to lead the club", "the club", None),
        ("The first woman to Lead the club", "the club", None),
        ("The first woman to, lead the club", "the club", None),
        ("The first woman , to lead the club", "the club", None),
        ("The first woman to lead , the club", "the club", None),
    ],
)
def test_infinitive_before_object(text: str, target: str, expected: int | None) -> None:
    grammar = SpeakerGrammar()
    assert grammar.infinitive_before_object(text, words_of(grammar, text), text.index(target)) == expected


@pytest.mark.parametrize(("text", "expected"), [("The first woman to lead ", 16), ("Ortiz wants to lead ", None)])
def test_infinitive_before_object_at_the_end(text: str, expected: int | None) -> None:
    # the phrase starts after the last word: the verb is the last word
    grammar = SpeakerGrammar()
    assert grammar.infinitive_before_object(text, words_of(grammar, text), len(text)) == expected


@pytest.mark.parametrize(
    ("method", "text", "target", "expected"),
    [
        ("person_link_before", "An adviser to Ana Ortiz", "Ana", 11),
        ("person_link_before", "An aide to the governor", "the", 8),
        ("person_link_before", "A speechwriter to Ana Ortiz", "Ana", 15),  # a person by its ending only
        ("person_link_before", "A letter to Ana Ortiz", "Ana", None),
        ("person_link_before", "An adviser of Ana Ortiz", "Ana", None),
        ("person_link_before", "An adviser , to Ana", "Ana", None),
        ("person_link_before", "to Ana", "Ana", None),
        ("document_link_before", "The letter to Ana Ortiz", "Ana", 11),
        ("document_link_before", "A memo to staff", "staff", 7),
        ("document_link_before", "The court's letter to Ana", "Ana", 19),
        ("document_link_before", "The Letter to Ana", "Ana", None),
        ("document_link_before", "An adviser to Ana", "Ana", None),
        ("document_link_before", "The letter of Ana", "Ana", None),
        ("document_link_before", "The letter , to Ana", "Ana", None),
        ("document_link_before", "to Ana", "Ana", None),
    ],
)
def test_link_before_a_phrase(method: str, text: str, target: str, expected: int | None) -> None:
    grammar = SpeakerGrammar()
    assert getattr(grammar, method)(text, words_of(grammar, text), text.index(target)) == expected


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("A hot microphone picked up the remark", "A hot microphone", True),  # a thing
        # the people spoken or written to never say the participle's words
        ("Ortiz spoke to reporters", "reporters", True),
        ("The mayor wrote to voters", "voters", True),
        ("Ortiz said to reporters", "reporters", True),
        ("Ortiz talked to reporters", "reporters", True),
        ("Ortiz spoke  to reporters", "reporters", True),
        ("Ortiz spoke to  reporters", "reporters", True),
        ("sent an email to supporters", "supporters", True),
        ("sent the council's letter to supporters", "supporters", True),
        # a noun before the preposition, no verb that addresses, or no subject: they may speak
        ("a talk to students", "students", False),
        ("a nod to the front-runner", "the front-runner", False),
        ("Ortiz spoke at reporters", "reporters", False),
        ("Ortiz danced to reporters", "reporters", False),
        ("Ortiz Spoke to reporters", "reporters", False),
        ("Ortiz spoke, to reporters", "reporters", False),
        ("spoke to reporters", "reporters", False),
        ("to reporters", "reporters", False),
    ],
)
def test_participle_object_after_a_preposition(text: str, target: str, expected: bool) -> None:
    start = text.index(target)
    assert SpeakerGrammar().participle_object(text, 0, (start, start + len(target))) is expected


@pytest.mark.parametrize(
    ("text", "subject", "np", "expected"),
    [
        ("Ortiz spoke to reporters saying", (0, 24), (15, 24), (0, 5)),  # cut to its capitalised words
        ("Kim Ortiz spoke to reporters", (0, 28), (19, 28), (0, 9)),
        ("the mayor spoke to reporters", (0, 28), (19, 28), (0, 28)),  # no capitalised words: whole
        ("Senator Ted Cruz of Texas", (0, 16), (8, 16), (0, 16)),  # overlapping in a name
        ("Ortiz met reporters", (0, 5), (10, 19), (0, 5)),
        ("and Ortiz spoke to reporters", (4, 28), (19, 28), (4, 9)),  # words before the subject
        ("The mayor spoke to reporters", (0, 28), (19, 28), (0, 28)),  # "The" alone names no one
        ("and Kim Ortiz Berg", (4, 18), (8, 18), (4, 18)),  # a lower-case word before the subject
        ("Kim Ortiz Berg of Lyon", (0, 14), (4, 22), (0, 14)),  # lower-case words inside the phrase
        ("Ortiz spoke", (6, 11), (0, 5), None),  # starts after the phrase
        ("Ortiz spoke", (0, 5), (0, 5), None),
    ],
)
def test_subject_before_object(text: str, subject: tuple[int, int], np: tuple[int, int], expected: tuple[int, int] | None) -> None:
    mention = Mention(text[subject[0] : subject[1]], *subject)
    assert SpeakerGrammar().subject_before_object(text, mention, np) == expected
    assert SpeakerGrammar().subject_before_object(text, None, np) is None


@pytest.mark.parametrize(
    ("language", "text", "start", "cues"),
    [
        # a cue whose first word is elided: found from the token after the apostrophe
        ("fr", "D'après le ministre, le pont fermera.", 0, [("D'après", 0)]),
        ("fr", "D'après le ministre, le pont fermera.", 2, []),  # the cue would open before the window
        ("fr", "Le pont fermera, d’après le ministre.", 0, [("d’après", 17)]),
        ("fr", "Le pont fermera, selon le ministre.", 0, [("selon", 17)]),
        ("fr", "L'après-midi, le pont fermera.", 0, []),
        # a language that drops the subject: any speech verb may open a sentence
        ("es", "Añadió que el puente cerrará.", 0, [("Añadió", 0)]),
        ("es", "Dijo que sí.", 0, [("Dijo", 0)]),
        ("es", "El ministro añadió que el puente cerrará.", 0, [("añadió", 12)]),
        ("en", "Added to the list: the bridge.", 0, []),
        ("en", "According to the mayor, the bridge will close.", 0, [("According to", 0)]),
        ("en", "Ortiz is telling voters that the plan failed.", 0, [("telling", 9)]),
        # a progressive form after a form of "be" only, and no other word after one
        ("en", "Ortiz is announcing that the plan failed.", 0, [("announcing", 9)]),
        ("en", "Ortiz kept announcing that the plan failed.", 0, []),
        ("en", "announcing that the plan failed.", 0, []),
        ("en", "The bridge is closed, the mayor said.", 0, [("said", 32)]),
        ("en", "He said it. Then Ortiz added more.", 12, [("added", 23)]),  # no cue before the window
    ],
)
def test_cues_elided_and_opening(language: str, text: str, start: int, cues: list[tuple[str, int]]) -> None:
    grammar = {"fr": FrenchQuotes, "es": SpanishQuotes, "en": SpeakerGrammar}[language]()
    assert [(m.group(), m.start()) for m in grammar.cues(text, start, len(text))] == cues
    assert [(m.group(), m.start()) for m in grammar.cues_by_token(text, start, len(text))] == cues


@pytest.mark.parametrize(
    ("text", "end", "cues"), [("Ortiz is announcing that", 8, []), ("Ortiz is announcing that", 24, [("announcing", 9)])]
)
def test_cues_end_at_the_window(text: str, end: int, cues: list[tuple[str, int]]) -> None:
    grammar = SpeakerGrammar()
    assert [(m.group(), m.start()) for m in grammar.cues_by_token(text, 0, end)] == cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voters who backed Sam Berg in the primary said", "Voters"),
        ('Voters who backed Sam Berg in the primary said, "We won."', "Voters"),  # marks after the cue
        ("Many of the party leaders who'd rather campaign for Kim Ortiz said", "Many of the party leaders"),
        ("Many of the party leaders who’ve campaigned for Kim Ortiz said", "Many of the party leaders"),
        ("Residents who cheered Kim Ortiz and Sam Berg said", "Residents"),  # two names: the clause's object
        ("Residents who cheered Ortiz and Sam Berg said", "Residents"),
        ("Neighbours who spoke with her said", "Neighbours"),  # a possessive determiner before the cue
        ("Neighbours who met Mr. Berg said", "Neighbours"),  # a title's period ends no sentence
        ("Neighbours who met F. Berg said", "Neighbours"),
        ("Fans  who backed Berg said", "Fans"),
        ("Fans who cheered said", "Fans"),
        ("Campaigners who backed Berg said", "Campaigners"),  # a person by its ending: "who" is for people
        ("In May voters who backed Berg said", "voters"),  # a month that is a modal's spelling, before the noun
        ("Fans who cheered Berg in the old stadium on the hill said", "Fans"),
        # no such clause, or one the rule must not read
        ("Residents who cheered Ortiz and voters said", None),  # a coordinator not between two names
        ("Residents who cheered the mayor and Sam Berg said", None),
        ("Residents who cheered Kim Ortiz, and Sam Berg said", None),  # a comma ends the reach
        ("Voters who backed Sam Berg in the primary, said", None),  # a comma before the cue
        ("Neighbours who met the said", None),  # an article before the cue
        ("Neighbours who met Berg. Ortiz said", None),  # a sentence's end
        ("Fans who watched Ortiz win she said", None),  # a pronoun
        ("Fans who told reporters the plan failed said", None),  # a cue word in the clause
        ("Fans who watched the game that Ortiz said", None),  # another relative pronoun
        ("Fans who watched the game which Ortiz said", None),
        ("The committee who backed Berg said", None),  # no noun for people before "who"
        ("Fans, who backed Berg said", "Fans"),  # the clause's closing comma missing: the phrase before it (stop 44)
        ("Vendors who sell this stuff is one of the reasons Ortiz said", None),  # the main clause's verb
        ("Vendors WHO backed Berg said", None),  # an acronym
        ("who backed Berg said", None),
        ("Fans who said", None),
        ("Fans said", None),
        ("The fans who said", None),  # the pronoun right before the cue opens no clause
        ("Voters who left were the ones Ortiz said", None),  # the main verb right after the clause's verb
        ("Fans who cheered Ortiz in LA. Berg said", None),  # a sentence's end after a short word
        ("Fans who backed Berg would've wanted Ortiz said", None),  # a main verb with its contraction
        ("Fans who cheered Berg for years and years in the old stadium said", None),
    ],
)
def test_relative_head(text: str, expected: str | None) -> None:
    grammar = SpeakerGrammar()
    at = text.rindex(" said") + 1
    words = list(grammar._word.finditer(text, 0, at))
    found = grammar.relative_head(text, words, at, 0, lenient=False, hops=0)
    assert (text[found[0] : found[1]] if found is not None else None) == expected
    # only for the phrase right before a cue
    assert grammar.relative_head(text, words, at, 0, lenient=False, hops=1) is None


@pytest.mark.parametrize(
    ("text", "strict", "lenient"),
    [("the insider who met Berg said", None, "the insider"), ("the source who met Berg said", "the source", "the source")],
)
def test_relative_head_reads_its_phrase_as_asked(text: str, strict: str | None, lenient: str | None) -> None:
    # next to a quotation (lenient) any noun after an article may speak; the phrase before the clause too
    grammar = SpeakerGrammar()
    at = text.rindex(" said") + 1
    words = list(grammar._word.finditer(text, 0, at))
    found = [grammar.relative_head(text, words, at, 0, lenient=flag, hops=0) for flag in (False, True)]
    assert [text[f[0] : f[1]] if f is not None else None for f in found] == [strict, lenient]


# ---- quotes/resolution.py: the new helpers, on hand-made mentions ----


def person_in(text: str, name: str) -> Person:
    return Person(name, tuple(name.split()), frozenset(), text.index(name))


@pytest.mark.parametrize(
    ("text", "before", "person", "expected"),
    [
        ("Sam Berg introduced his colleague Kim Ortiz.", "Sam Berg", "Kim Ortiz", "he"),
        ("Kim Ortiz arrived with her husband, Sam Berg.", "Kim Ortiz", "Sam Berg", "she"),
        ("Sam Berg, 45, and his wife Ana were there.", "Sam Berg", None, "he"),  # before a kin word
        ("Sam Berg and his wife", "Sam Berg", None, "he"),
        ("Sam Berg, 45, and his team were there.", "Sam Berg", None, None),  # no kin word after it
        ("Sam Berg and his", "Sam Berg", None, None),
        ("Sam Berg left. His colleague Kim Ortiz stayed.", "Sam Berg", "Kim Ortiz", None),  # a sentence ends
        ("Sam Berg, and his wife. Kim Ortiz", "Sam Berg", "Kim Ortiz", None),
        ("Kim Ortiz said his lawyer Sam Berg lied.", "Kim Ortiz", "Sam Berg", None),  # a speech verb between
        ("Kim Ortiz met his or her lawyer Sam Berg.", "Kim Ortiz", "Sam Berg", None),  # his or her: either
        ("Sam Berg brought his mother and her sister Kim Ortiz.", "Sam Berg", "Kim Ortiz", "he"),  # the first one
        ("Sam Berg met the mother and her sister Kim Ortiz.", "Sam Berg", "Kim Ortiz", None),  # the mother's
        ("Sam Berg met Kim Ortiz and his lawyer.", "Sam Berg", "Kim Ortiz", None),
        ("Sam Berg introduced Sam Berg.", "Sam Berg", "Sam Berg", None),
    ],
)
def test_owner_gender(text: str, before: str, person: str | None, expected: str | None) -> None:
    found = QuoteParser().owner_gender(text, person_in(text, before), None if person is None else person_in(text, person))
    assert found == expected


def test_owner_gender_of_a_surname_alone_and_of_no_words() -> None:
    parser = QuoteParser()
    text = "Berg introduced his colleague Kim Ortiz."
    berg = Person("Berg", ("Berg",), frozenset(), 0)  # one word, at the text's start
    assert parser.owner_gender(text, berg, person_in(text, "Kim Ortiz")) == "he"
    # a sentence ends right after the name
    ended = "Sam Berg. His colleague Kim Ortiz stayed."
    assert parser.owner_gender(ended, person_in(ended, "Sam Berg"), person_in(ended, "Kim Ortiz")) is None
    # a mention with no words of its own is no one to show
    nameless = Person("Sam Berg", (), frozenset(), 0)
    assert parser.owner_gender("Sam Berg introduced his colleague Kim Ortiz.", nameless, None) is None


def test_owner_gender_reads_no_further_than_the_phrase_window() -> None:
    parser = QuoteParser()
    near = "Sam Berg came" + " in" * 20 + " with his wife Ana."
    far = "Sam Berg came" + " in" * 60 + " with his wife Ana."
    assert parser.owner_gender(near, person_in(near, "Sam Berg"), None) == "he"
    assert parser.owner_gender(far, person_in(far, "Sam Berg"), None) is None
    # the person named after it beyond the window is not read as the next one
    later = far.replace("Ana.", "Kim Ortiz.")
    assert parser.owner_gender(later, person_in(later, "Sam Berg"), person_in(later, "Kim Ortiz")) is None


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The mayor's wife, Robin Vale, opened the fair.", "Robin Vale", "wife"),
        ("Her brother, Sam Berg, spoke.", "Sam Berg", "brother"),
        ("Ortiz's brother, Sam Berg, spoke", "Sam Berg", "brother"),
        ("She arrived with her husband, Sam Berg.", "Sam Berg", "husband"),
        ("The winner, Sam Berg, spoke.", "Sam Berg", "winner"),
        ("Her brother, Sam Berg ,spoke.", "Sam Berg", "brother"),
        ("After calling his mother, Sam Berg flew home.", "Sam Berg", None),  # no comma after the name
        ("Her brother, Sam Berg and", "Sam Berg", None),
        ("Her brother, Sam Berg", "Sam Berg", None),
        ("Winner, Sam Berg, spoke.", "Sam Berg", None),  # nothing before the word
        ("the mayor's Wife, Robin Vale, opened", "Robin Vale", None),
        ("the mayor's wife-elect, Robin Vale, opened", "Robin Vale", None),
        ("the mayor's wife Robin Vale, opened", "Robin Vale", None),
        ("Ortiz met brother, Sam Berg, there", "Sam Berg", None),
    ],
)
def test_apposed_word(text: str, name: str, expected: str | None) -> None:
    assert QuoteParser().apposed_word(text, person_in(text, name)) == expected


@pytest.mark.parametrize(
    ("text", "start", "end", "pronoun", "expected"),
    [
        ("Sasha Berg sued his brother Mark Berg.", 10, 30, "he", True),
        ("Sasha Berg sued his brother Mark Berg.", 10, 30, "she", False),
        ("Sasha Berg sued her brother", 10, 27, "she", True),
        ("Sasha Berg sued HIS brother", 10, 27, "he", True),
        ("Sasha Berg sued his brother", 10, 17, "he", False),  # the possessive after the end
        ("Sasha Berg sued his brother", 19, 27, "he", False),
    ],
)
def test_owner_between(text: str, start: int, end: int, pronoun: str, expected: bool) -> None:
    assert QuoteParser().owner_between(text, start, end, pronoun) is expected


@pytest.mark.parametrize(
    ("text", "names", "name", "expected"),
    [
        ("Sam Berg introduced his colleague Kim Ortiz.", ["Sam Berg", "Kim Ortiz"], "Sam Berg", "Kim Ortiz"),
        ("Kim Ortiz sued Sam Berg.", ["Kim Ortiz", "Sam Berg"], "Kim Ortiz", "Sam Berg"),
        ("Kim Ortiz sued Sam Berg.", ["Kim Ortiz", "Sam Berg"], "Sam Berg", None),  # no one after it
        ("Kim Ortiz left. Sam Berg stayed.", ["Kim Ortiz", "Sam Berg"], "Kim Ortiz", None),  # a sentence between
        (
            "Kim Ortiz spoke for a very long time about the plans of the port to Sam Berg.",
            ["Kim Ortiz", "Sam Berg"],
            "Kim Ortiz",
            None,
        ),  # beyond the named window
        ("Kim Ortiz spoke at length to Sam Berg.", ["Kim Ortiz", "Sam Berg"], "Kim Ortiz", "Sam Berg"),
        # the named window's edge: 40 characters between the two names, then 41
        ("Kim Ortiz spoke soon about the port's plans with Sam Berg.", ["Kim Ortiz", "Sam Berg"], "Kim Ortiz", "Sam Berg"),
        ("Kim Ortiz spoke later about the port's plans with Sam Berg.", ["Kim Ortiz", "Sam Berg"], "Kim Ortiz", None),
        (
            "Lena Marsh thanked Kim Ortiz, and Kim Ortiz thanked Sam Berg.",
            ["Lena Marsh", "Kim Ortiz", "Kim Ortiz", "Sam Berg"],
            "Kim Ortiz",
            "Sam Berg",
        ),  # the last mention
        ("Kim Ortiz met Lena Marsh.", ["Kim Ortiz", "Lena Marsh"], "Sam Berg", None),
    ],
)
def test_named_after(text: str, names: list[str], name: str, expected: str | None) -> None:
    people, at = [], 0
    for each in names:
        at = text.index(each, at)
        people.append(Person(each, tuple(each.split()), frozenset(), at))
        at += 1
    found = QuoteParser().named_after(name, people, text)
    assert (found.name if found is not None else None) == expected


# ---- speaker resolution over paragraphs: each row the quotation-marked quotes and their speakers ----

HEADLINE = "Harbor board weighs ferry cuts\n\n"


def direct_speakers(story: str) -> list[tuple[str, str | None]]:
    article = ArticleParser().parse(HEADLINE + story + "\n")
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes if q.kind is QuoteKind.DIRECT]


#: Whether someone else acted after the last speaker in that speaker's paragraph
#: (``SpeakerResolution.note_followers``, ``acts_apart``): the next paragraph's quotation is then
#: nobody's sure words, and a pronoun there no longer the speaker's when that someone is one person.
FOLLOWERS: list[tuple[str, list[tuple[str, str | None]]]] = [
    # nobody new: a thing, a word the index took for a surname, the speaker again by a title
    (
        '"We lost," Kim Ortiz said. The vote was close.\n\n"We will appeal the ruling."',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling.", "Kim Ortiz")],
    ),
    (
        '"We lost," Kim Ortiz said. Outboard now has a plan.\n\n"We will appeal the ruling."',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling.", "Kim Ortiz")],
    ),
    (
        '"We lost," Kim Ortiz said. Councilwoman Ortiz left the hall.\n\n"We will appeal the ruling."',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling.", "Kim Ortiz")],
    ),
    (
        '"We lost," Kim Ortiz said.\n\nThe council voted 5-2. "We will appeal the ruling," she said.',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling,", "Kim Ortiz")],
    ),
    # someone else acted: a group, a role, a titled surname, a full name
    (
        '"We lost," Kim Ortiz said. Police officers left the hall.\n\n"We will appeal the ruling."',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling.", None)],
    ),
    (
        '"We lost," Kim Ortiz said. The judge left the hall.\n\n"We will appeal the ruling."',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling.", None)],
    ),
    (
        '"We lost," Kim Ortiz said. Mr Becker left the hall.\n\n"We will appeal the ruling."',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling.", None)],
    ),
    (
        '"We lost," Kim Ortiz said. Sam Berg left the hall.\n\n"We will appeal the ruling."',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling.", None)],
    ),
    # a pronoun next: still the speaker after a body, no longer sure after one person
    (
        '"We lost," Kim Ortiz said. The council voted 5-2.\n\n"We will appeal the ruling," she said.',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling,", "Kim Ortiz")],
    ),
    (
        '"We lost," Kim Ortiz said. Sam Berg left the hall.\n\n"We will appeal the ruling," she said.',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling,", "she")],
    ),
    (
        '"We lost," Kim Ortiz said. The judge left the hall.\n\n"We will appeal the ruling," she said.',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling,", "she")],
    ),
]


@pytest.mark.parametrize(("story", "expected"), FOLLOWERS)
def test_someone_else_acting_after_the_speaker(story: str, expected: list[tuple[str, str | None]]) -> None:
    assert direct_speakers(story) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The mayor was told that", "told", True),
        ("Ortiz was promised that", "promised", True),
        ("The plan was said to be dead", "said", False),  # no cue that takes an object
        ("The mayor told", "told", False),
    ],
)
def test_passive_at(text: str, word: str, expected: bool) -> None:
    assert SpeakerGrammar().passive_at(text, word, text.rindex(word)) is expected


#: A person pronoun after sentences that open with someone (``SpeakerResolution.nearer_subject``
#: and the helpers it reads the paragraph with): the pronoun's own text when no one is sure.
NEARER: list[tuple[str, list[tuple[str, str | None]]]] = [
    # a possessive before the subject's sentence, or after its subject, is not the subject's phrase
    (
        '"It is over," Sam Berg said of her plan. The mayor nodded. "It is not," he said.',
        [("It is over,", "Sam Berg"), ("It is not,", "Sam Berg")],
    ),
    (
        '"It is over," Sam Berg said. The mayor nodded at her aide. "It is not," he said.',
        [("It is over,", "Sam Berg"), ("It is not,", "Sam Berg")],
    ),
    # someone named between the subject and the pronoun: the other rules decide
    (
        '"It is over," Sam Berg said. The judge thanked Kim Ortiz. "It is not," he said.',
        [("It is over,", "Sam Berg"), ("It is not,", "Sam Berg")],
    ),
    # the subject named again by its surname in a later sentence
    (
        '"It is over," Sam Berg said. Her deputy, Will Hurd, disagreed. Hurd left. "It is not," he said.',
        [("It is over,", "Sam Berg"), ("It is not,", "Will Hurd")],
    ),
    # two pronouns in one paragraph, a new subject between them, his title showing the
    # pronoun's gender (fixY: was "he", when "Mr Becker nodded." was read as no subject)
    (
        'Her deputy, Will Hurd, disagreed. "It is not," he said. Mr Becker nodded. "It is," he said.',
        [("It is not,", "Will Hurd"), ("It is,", "Becker")],
    ),
    # the same with a title that shows no gender: no one sure
    (
        'Her deputy, Will Hurd, disagreed. "It is not," he said. Dr Becker nodded. "It is," he said.',
        [("It is not,", "Will Hurd"), ("It is,", "he")],
    ),
    # the subject asks about someone of the pronoun's gender, the last speaker may be that one: no one sure
    (
        '"It is over," Sam Berg said. Judge Kim Ortiz asked whether he would stay. "I will," he said.',
        [("It is over,", "Sam Berg"), ("I will,", "he")],
    ),
    # two people open sentences in turn: no sure referent
    ('Jamie Mills spoke first. Alex Grant stood up. "It is not," he said.', [("It is not,", "he")]),
    (
        '"It is over," Sam Berg said. Then came the rain. Alex Grant left. "It is not," he said.',
        [("It is over,", "Sam Berg"), ("It is not,", "he")],
    ),
]


@pytest.mark.parametrize(("story", "expected"), NEARER)
def test_a_pronoun_after_a_nearer_subject(story: str, expected: list[tuple[str, str | None]]) -> None:
    assert direct_speakers(story) == expected
