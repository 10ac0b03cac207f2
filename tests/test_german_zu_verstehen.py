"""German speech verbs with ``zu`` (issue 5): ``gab zu verstehen`` (made plain) before its
clause, with ``dass`` or a bare comma, in the past and the present, reads the subject as the
speaker, as ``sagte zu`` (promised) and the inverted ``..., gab der Minister zu verstehen`` do."""

from __future__ import annotations

from newsparse import ArticleParser

PARSER = ArticleParser(language="de")

TABLE = [
    (
        "Die Kanzlerin gab zu verstehen, dass sie keine neuen Schulden machen wolle.",
        [("sie keine neuen Schulden machen wolle", "gab zu verstehen", "Die Kanzlerin")],
    ),
    (
        "Der Bürgermeister gibt zu verstehen, dass die Stadt kein Geld für das Stadion habe.",
        [("die Stadt kein Geld für das Stadion habe", "gibt zu verstehen", "Der Bürgermeister")],
    ),
    (
        "Die Gewerkschaften gaben zu verstehen, dass sie weiter streiken würden.",
        [("sie weiter streiken würden", "gaben zu verstehen", "Die Gewerkschaften")],
    ),
    (
        "Der Verein gab zu verstehen, der Trainer bleibe bis zum Sommer.",
        [("der Trainer bleibe bis zum Sommer", "gab zu verstehen", "Der Verein")],
    ),
    (
        "Die Pläne seien noch nicht fertig, gab der Minister zu verstehen.",
        [("Die Pläne seien noch nicht fertig", "gab", "der Minister")],
    ),
    (
        "Die Bürgermeisterin sagte den Anwohnern zu, dass die Brücke bis Juni repariert werde.",
        [("die Brücke bis Juni repariert werde", "sagte", "Die Bürgermeisterin")],
    ),
    (
        "Der Minister sagte zu, die Schulen im Herbst zu sanieren.",
        [("die Schulen im Herbst zu sanieren", "sagte", "Der Minister")],
    ),
]


def test_zu_with_a_speech_verb_gives_the_subject_as_speaker() -> None:
    got = [
        (text, [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in PARSER.parse(text).quotes])
        for text, _ in TABLE
    ]
    assert got == TABLE
