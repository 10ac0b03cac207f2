"""Hostile inputs: generators of large or strange texts, shared by ``test_hostile.py`` (small sizes)
and ``benchmarks/hostile.py`` (the full sizes).  Each generator takes a size in characters (about)
and returns a text of that size; each is deterministic.

The small hand-written files beside them are in ``tests/data/hostile``.
"""

from __future__ import annotations

from collections.abc import Callable

#: A realistic paragraph to repeat, with a quote, so that the quote finder has work too.
PARAGRAPH = (
    "Thousands of farmers drove tractors onto motorways on Tuesday, the national road authority said. "
    "“We have been patient for five years,” said Henk Bosman, a dairy farmer from Gelderland.\n\n"
)
HEADER = "WORLD / EUROPE\nDutch farmers block motorways\nBy Eva Jansen\nPublished: Mar 4, 2025 09:05 AM\n\n"


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def one_long_line(size: int) -> str:
    """A single line of running text with no line break at all (a scraper that lost them)."""
    return HEADER + _fill(PARAGRAPH.replace("\n\n", " "), size)


def reported_speech_line(size: int) -> str:
    """One line of reported speech, sentence after sentence (``said on Tuesday that ...``): each
    cue's clause is read on a line as long as the text (a copy of the text before each ``that`` once
    made this quadratic: 115 s at 10 MB)."""
    return HEADER + _fill("The minister said on Tuesday that the plan, which parliament approved, would go ahead. ", size)


def reported_sentences_paragraph(size: int) -> str:
    """One paragraph of short reported sentences with a pronoun subject and no comma (``He said
    the cost was high.``): a headline test copied all the text before each sentence end, and a
    speaker test read back to the paragraph's start for a comma none of them has (quadratic: 50 s
    at 2.7 MB, 23 s now: linear)."""
    return HEADER + _fill("He said the cost was high. ", size)


def csv_body_lines(size: int) -> str:
    """A CSV export's record whose body cell runs over many lines: each of the record's lines is
    checked for a cell over it in one sweep (a check of every line against every cell's span was
    quadratic in the lines)."""
    return 'title,author,date,body\nA story,Jo Grant,2025-05-01,"' + _fill("A line of the story.\n", size) + '"\n'


def json_body_escapes(size: int) -> str:
    """A scraper's JSON record whose body is one line of many paragraphs parted by escaped line
    breaks, with escaped marks: its pieces are found in one pass over the string's tokens, and
    the record's lines and parts in one sweep."""
    unit = 'The port board met.\\n\\n\\"We will pay,\\" said Ana Ortiz.\\n\\n'
    return '{"title": "A story", "author": "Jo Grant", "body": "' + _fill(unit, size) + '"}'


def json_lines_records(size: int) -> str:
    """JSON Lines of many short records: the first read, the others boilerplate line by line."""
    return _fill('{"title": "A story", "author": "Jo Grant", "body": "The port board met on Monday."}\n', size)


def one_long_word(size: int) -> str:
    """A single line that is one 'word' of letters."""
    return "A" * size


def many_lines(size: int) -> str:
    """Short lines with no blank line between them: ten characters each, a million at 10 MB."""
    return HEADER + _fill("Rain fell\n", size)


def many_paragraphs(size: int) -> str:
    """An ordinary article, very long."""
    return HEADER + _fill(PARAGRAPH, size)


def blank_lines(size: int) -> str:
    """Nothing but line ends of every kind, with one word at the end."""
    return _fill("\n\r\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", size) + "end"


def em_dash_header_line(size: int) -> str:
    """A header line of em dashes under a stamp label (issue 8: 968 MB at 10 million)."""
    return "Published: " + "—" * size


def dash_line(size: int) -> str:
    """A line of em dashes under a headline, then a paragraph."""
    return "Heatwave grips Spain\n" + "—" * size + "\n\nSEVILLE (Reuters) - It was hot, officials said.\n"


def punctuation_run(mark: str) -> Callable[[int], str]:
    """A run of one punctuation mark after a headline."""

    def make(size: int) -> str:
        return "Heatwave grips Spain\n\n" + mark * size

    make.__doc__ = f"A run of {mark!r} after a headline."
    return make


def quote_marks_unbalanced(size: int) -> str:
    """Opening quotes that never close, each followed by a few words and a cue."""
    return HEADER + _fill("“We will win, said Ana Ruiz, ", size)


def zero_width_and_bidi(size: int) -> str:
    """Running text with zero-width and bidirectional controls between and inside words."""
    unit = "Rain\u200b fell\u200d on\u2060 Tuesday,\u202e officials\u202c said\u2066 in\u2069 Cairo.\u200f "
    return HEADER + _fill(unit, size)


def combining_marks(size: int) -> str:
    """Letters carrying dozens of combining marks each (the text some chat apps produce)."""
    unit = "R" + "\u0301\u0316\u0334\u035c" * 8 + "ain fell, officials said. "
    return HEADER + _fill(unit, size)


def emoji_sequences(size: int) -> str:
    """Emoji: skin tones, zero-width-joined families, flags and keycaps inside sentences."""
    unit = "Fans 👍🏽 cheered 👨‍👩‍👧‍👦 in Madrid 🇪🇸, 1️⃣ said “🎉🎉” on Tuesday. "
    return HEADER + _fill(unit, size)


def many_dateline_lookalikes(size: int) -> str:
    """Lines that each look like the start of a wire story."""
    return _fill("MOSCOW, Aug 13 (Reuters) - \n", size)


def many_stamp_lines(size: int) -> str:
    """Stamp lines, one after another."""
    return _fill("Updated: Aug 13, 2024 11:14 PM GMT+3\n", size)


def published_updated_lines(size: int) -> str:
    """A page's ``Published ... | Updated ...`` line, two stamps each, one after another (a user's
    360 KB of them took 17 s at 95b5ba7b: every line is read, two dateutil calls each; speed68)."""
    return _fill("Published Aug 13, 2024 11:14 PM | Updated Aug 14, 2024 9:02 AM\n", size)


def many_bylines(size: int) -> str:
    """``By`` lines and names, one after another."""
    return _fill("By\nEva Jansen and Pieter de Vries\n", size)


def control_characters(size: int) -> str:
    """C0 and C1 control characters, NUL included, inside running text."""
    unit = "Rain\x00 fell\x01 on\x07 Tuesday\x08,\x7f officials\x9b said\x1b[0m.\x1f "
    return HEADER + _fill(unit, size)


def lone_surrogates(size: int) -> str:
    """Lone surrogates (a str can hold them; UTF-8 cannot), as a bad decoder leaves them."""
    return HEADER + _fill("Rain \ud800fell \udfff on Tuesday, officials said. ", size)


def cr_line_ends(size: int) -> str:
    """An article whose lines end in a bare ``\\r`` (old Mac files), blank lines included."""
    return (HEADER + _fill(PARAGRAPH, size)).replace("\n", "\r")


def lf_cr_line_ends(size: int) -> str:
    """Lines ending in ``\\n\\r`` (a reversed CRLF): each one reads as a line and a blank line."""
    return (HEADER + _fill(PARAGRAPH, size)).replace("\n", "\n\r")


def tiny_paragraphs(size: int) -> str:
    """One-letter paragraphs between blank lines: a million at 3 MB."""
    return HEADER + _fill("a\n\n", size)


def nested_quote_marks(size: int) -> str:
    """Quotation marks of every kind opened inside each other and never closed."""
    return HEADER + _fill("“‘«‹„‚「『〝❝＂\"' We ", size) + " said Ana Ruiz."


def mark_runs_between_letters(run: str) -> Callable[[int], str]:
    """A *run* of quotation marks (or apostrophes) between one-letter words, with no header: one
    paragraph of millions of candidate marks (each once kept as a tuple of two integers: 640 MB
    at 10 MB of straight marks), and of digraphs (``''``) made single marks one by one."""

    def make(size: int) -> str:
        return _fill(run + "a ", size)

    make.__doc__ = f"Runs of {run!r} between one-letter words."
    return make


def many_speakers(size: int) -> str:
    """Thousands of quotes, each by a different person."""
    unit = "“We will rebuild,” said {} Ruiz. "
    names = ("Ana", "Luis", "Marta", "Pablo", "Sofia", "Jorge", "Elena", "Diego", "Lucia", "Pedro")
    count = max(1, size // len(unit.format("Marta")))
    return HEADER + "".join(unit.format(f"{names[i % 10]}{chr(0x61 + i // 10 % 26)}{chr(0x61 + i // 260 % 26)}") for i in range(count))


def opening_phrase_names(size: int) -> str:
    """One paragraph of pronouns, each after an opening phrase and a new name named once
    (``After the vote, Ana Ruiz resigned.``): whether such a name is a person's is read near it,
    never by a search of the whole article for its surname (that made it quadratic)."""
    unit = "After the vote, {} resigned. “It changed everything,” he said. "
    names = ("Ana", "Luis", "Marta", "Pablo", "Sofia", "Jorge", "Elena", "Diego", "Lucia", "Pedro")
    count = max(1, size // len(unit.format("Marta Zaaaa")))

    def surname(i: int) -> str:  # a surname of its own for each name: none is named again
        return "Z" + "".join(chr(0x61 + i // 26**k % 26) for k in range(4))

    return HEADER + "".join(unit.format(f"{names[i % 10]} {surname(i)}") for i in range(count))


def pronoun_subjects(size: int) -> str:
    """One paragraph of pronouns, each after a new subject: every pronoun finds its nearer subject
    in the paragraph's memo, read once per sentence, never by walking back over the sentences."""
    return HEADER + _fill(
        "“It is over,” Theresa May said. Her deputy, Will Hurd, disagreed. “It is not,” he said. "
        "The judge asked him to sit. “I apologise,” he said. A spokesman for the union disagreed. "
        "“We will not,” he said. ",
        size,
    )


def measure_noun_openings(size: int) -> str:
    """One paragraph of sentences that open with a plural noun of a quantity before a participle
    (``Prices fell 3 percent, suggesting that ...``): whether the noun is a name capitalised
    elsewhere is read near it, never by a search of the whole paragraph (that made it quadratic)."""
    return HEADER + _fill("Prices fell 3 percent, suggesting that demand was weak. Yields rose, signalling that the bank would wait. ", size)


def line_separators_in_quotes(size: int) -> str:
    """``U+2028``, ``U+2029`` and ``U+0085`` inside quotations and speakers' names."""
    return HEADER + _fill("“We lost\u2028everything,” said Ana\x85Ruiz. “Again\u2029and again,” she said.\n\n", size)


def other_digit_stamps(size: int) -> str:
    """Stamp lines in fullwidth, Arabic-Indic and Devanagari digits."""
    return _fill("Published: Aug １３, ２０２４ １１：１４ PM\nUpdated: ٢٠٢٤-٠٨-١٣T١١:١٤:٠٠Z\nPosted: Aug १३, २०२४\n", size)


def honorific_date_surnames(size: int) -> str:
    """An honorific before a month two people named in full share, again and again (each mention
    asks who holds the surname: the index is read once per article, not once per mention)."""
    return HEADER + _fill("Theresa May met Brian May on Tuesday. Mrs May said it was fine.\n\n", size)


def sentences_broken_past_blanks(size: int) -> str:
    """Blocks that each break off in a lower-case word and go on past a blank line in lower case,
    one paragraph carried on and on (each carried blank counts the paragraph's words only as far as
    it needs: mendR62; the body's blocks before an agency's line too)."""
    return HEADER + "The storm hit the coast on Monday and the\n\n" + _fill("cc dd the\nee ff gg\n\n", size) + "end of it.\n"


def long_block_then_short_blocks(size: int) -> str:
    """A first block of many lines with no blank between them, then blocks of one short line: a
    rule that counted the body's blocks from its start read the long block again for every short
    one (``name_over_agency_in_body``; counted back from the line now, the merged round 62)."""
    half = size // 2
    return HEADER + _fill("The storm hit the coast on Monday and crews worked through the night\n", half) + "\n" + _fill(
        "Jane Roe said more.\n\n", half
    )


#: name -> generator.  The suite runs each at a small size; the benchmark at the full one.
GENERATORS: dict[str, Callable[[int], str]] = {
    "one long line": one_long_line,
    "reported speech on one line": reported_speech_line,
    "reported sentences in one paragraph": reported_sentences_paragraph,
    "CSV body over many lines": csv_body_lines,
    "JSON body of escaped paragraphs": json_body_escapes,
    "JSON Lines of many records": json_lines_records,
    "one long word": one_long_word,
    "many short lines": many_lines,
    "many paragraphs": many_paragraphs,
    "blank lines": blank_lines,
    "em-dash stamp line": em_dash_header_line,
    "em-dash line": dash_line,
    "run of commas": punctuation_run(","),
    "run of periods": punctuation_run("."),
    "run of straight quotes": punctuation_run('"'),
    "run of curly quotes": punctuation_run("“"),
    "run of hyphens": punctuation_run("-"),
    "run of parentheses": punctuation_run("("),
    "unbalanced quotes": quote_marks_unbalanced,
    "zero-width and bidi": zero_width_and_bidi,
    "combining marks": combining_marks,
    "emoji sequences": emoji_sequences,
    "dateline lookalikes": many_dateline_lookalikes,
    "stamp lines": many_stamp_lines,
    "published and updated stamp lines": published_updated_lines,
    "byline lines": many_bylines,
    "control characters": control_characters,
    "lone surrogates": lone_surrogates,
    "CR line ends": cr_line_ends,
    "LF CR line ends": lf_cr_line_ends,
    "tiny paragraphs": tiny_paragraphs,
    "nested quote marks": nested_quote_marks,
    "apostrophe runs between letters": mark_runs_between_letters("'" * 7),
    "straight quote runs between letters": mark_runs_between_letters('"' * 7),
    "curly quote runs between letters": mark_runs_between_letters("”“" * 3 + "”"),
    "many speakers": many_speakers,
    "pronoun subjects": pronoun_subjects,
    "opening phrases before names": opening_phrase_names,
    "measure nouns opening sentences": measure_noun_openings,
    "line separators in quotes": line_separators_in_quotes,
    "other digits in stamps": other_digit_stamps,
    "honorific date surnames": honorific_date_surnames,
    "sentences broken past blank lines": sentences_broken_past_blanks,
    "a long block then short blocks": long_block_then_short_blocks,
}
