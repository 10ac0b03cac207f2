"""Wrong and lost English quotes left by the stop-22 fixers (issue 5, role fixW): the bad shape beside
near-misses that must not change, each read by a fresh parser, ``(kind, text, start, end, cue, speaker's name,
source)`` in order."""

from __future__ import annotations

import pytest

from quote_cases import Case, quotes_of

CASES: list[Case] = [
    # 1. a subject after an opening phrase set off by a comma, with words that describe it before the name (a place, a
    # title, a role: they come after the comma) is the person a later pronoun goes on with; beside it the role set off
    # by commas (an apposition: the name set off after it, since spkV) and a verb and its object or a second subject
    # before the role
    Case(
        [
            '"It was hard," said Nora Blake.',
            'On the topic, Harbour Town club president Ana Ruiz said the plan was good. "We will build it," she said.',
        ],
        [
            ('D', 'It was hard,', 1, 13, 'said', 'Nora Blake', None),
            ('R', 'the plan was good', 89, 106, 'said', 'Ana Ruiz', None),
            ('D', 'We will build it,', 109, 126, 'said', 'Ana Ruiz', None),
        ],
    ),
    Case(
        [
            '"It was hard," said Nora Blake.',
            'After the vote, Mayor Owen Marsh said the plan was good. "We will build it," he said.',
        ],
        [
            ('D', 'It was hard,', 1, 13, 'said', 'Nora Blake', None),
            ('R', 'the plan was good', 71, 88, 'said', 'Owen Marsh', None),
            ('D', 'We will build it,', 91, 108, 'said', 'Owen Marsh', None),
        ],
    ),
    Case(
        [
            '"It was hard," said Nora Blake.',
            'After the vote, the club president, Ana Ruiz, said the plan was good. "We will build it," she said.',
        ],
        [
            ('D', 'It was hard,', 1, 13, 'said', 'Nora Blake', None),
            ('R', 'the plan was good', 84, 101, 'said', 'Ana Ruiz', None),
            # (since spkV: the name set off after the role that follows the opening phrase is the subject)
            ('D', 'We will build it,', 104, 121, 'said', 'Ana Ruiz', None),
        ],
    ),
    Case(
        ['"It was hard," said Nora Blake.', 'After the vote, Tom Reed met reporter Ana Ruiz. "We will build it," she said.'],
        [
            ('D', 'It was hard,', 1, 13, 'said', 'Nora Blake', None),
            ('D', 'We will build it,', 82, 99, 'said', 'she', None),
        ],
    ),
    Case(
        [
            '"It was hard," said Nora Blake.',
            'After the vote, Tom Reed and council leader Ana Ruiz spoke. "We will build it," she said.',
        ],
        [
            ('D', 'It was hard,', 1, 13, 'said', 'Nora Blake', None),
            ('D', 'We will build it,', 94, 111, 'said', 'she', None),
        ],
    ),
    # 2. the words a cue in a relative clause reports end before the sentence's own verb, with no comma between (a
    # verb in the past after an adjective, an auxiliary after a verb that opened with one); beside them the clause set
    # off by commas (read before) and a verb in the past that follows an adverb (a passive of the words' own)
    Case(
        'A lawyer who said the case was weak declined to comment.',
        [('R', 'the case was weak', 18, 35, 'said', 'A lawyer', None)],
    ),
    Case(
        'An official who said the talks had failed was fired on Monday.',
        [('R', 'the talks had failed', 21, 41, 'said', 'An official', None)],
    ),
    Case(
        'Residents who said the water was unsafe were told to boil it.',
        [('R', 'the water was unsafe', 19, 39, 'said', 'Residents', None)],
    ),
    Case(
        'The mayor, who said the plan was a disaster, voted against it.',
        [('R', 'the plan was a disaster', 20, 43, 'said', 'The mayor', None)],
    ),
    Case(
        'It is the process that explains why the mayor is virtually guaranteed to lose the vote.',
        [('R', 'why the mayor is virtually guaranteed to lose the vote', 32, 86, 'explains', 'the process', None)],
    ),
    Case(
        'Among them were workers who said they were not paid and had no way to fight back.',
        [('R', 'they were not paid and had no way to fight back', 33, 80, 'said', 'workers', None)],
    ),
    Case(
        'Among them were workers who said the board was never consulted.',
        [('R', 'the board was never consulted', 33, 62, 'said', 'workers', None)],
    ),
    Case(
        'The takeover surprised Jonas Abebe, who said the board was weak.',
        [('R', 'the board was weak', 45, 63, 'said', 'Jonas Abebe', None)],
    ),
    Case(
        'Among them were workers who said the pay was low and had no way to fight back.',
        [('R', 'the pay was low and had no way to fight back', 33, 77, 'said', 'workers', None)],
    ),
    # 3. a quotation left open at its paragraph's end inside reported words is one mixed quote, not also a direct one;
    # beside it the same words closed, and an open quotation that is a direct quote of its own
    Case(
        ['But Jane Doe said the party "will fight this all the way.', '"And we will win," she added.'],
        [
            ('M', 'the party "will fight this all the way', 18, 56, 'said', 'Jane Doe', None),
            ('D', 'And we will win,', 60, 76, 'added', 'Jane Doe', None),
        ],
    ),
    Case(
        ['Jane Doe said the party "will fight this all the way."', '"And we will win," she added.'],
        [
            ('M', 'the party "will fight this all the way."', 14, 54, 'said', 'Jane Doe', None),
            ('D', 'And we will win,', 57, 73, 'added', 'Jane Doe', None),
        ],
    ),
    Case(
        ['"We will fight this all the way.', '"And we will win," Jane Doe added.'],
        [
            ('D', 'We will fight this all the way.', 1, 32, 'added', 'Jane Doe', None),
            ('D', 'And we will win,', 35, 51, 'added', 'Jane Doe', None),
        ],
    ),
    # 4. a second speaker with a relative clause or a described apposition set off by commas, after a semicolon or a bare
    # "and" that follows a whole clause, speaks words of their own (as after ", but"); beside them "and" joining two
    # subjects, and a list whose last noun has an aside (the trailing speaker's words)
    Case(
        'Police said the driver had lost control on the ice; a witness, who asked to be called only Maya, said the car '
        'was going too fast.',
        [
            ('R', 'the driver had lost control on the ice', 12, 50, 'said', 'Police', None),
            ('R', 'the car was going too fast', 102, 128, 'said', 'a witness', None),
        ],
    ),
    Case(
        'Police said the driver had lost control on the ice and a witness, who asked to be called only Maya, said the '
        'car was going too fast.',
        [
            ('R', 'the driver had lost control on the ice', 12, 50, 'said', 'Police', None),
            ('R', 'the car was going too fast', 105, 131, 'said', 'a witness', None),
        ],
    ),
    Case(
        'Police said the driver had lost control on the ice, but a witness, who asked to be called only Maya, said the '
        'car was going too fast.',
        [
            ('R', 'the driver had lost control on the ice', 12, 50, 'said', 'Police', None),
            ('R', 'the car was going too fast', 106, 132, 'said', 'a witness', None),
        ],
    ),
    Case(
        'Police said the driver had lost control on the ice and a witness, a retired nurse, said the car was going too '
        'fast.',
        [
            ('R', 'the driver had lost control on the ice', 12, 50, 'said', 'Police', None),
            ('R', 'the car was going too fast', 88, 114, 'said', 'a witness', None),
        ],
    ),
    Case(
        'The firm is expected to grow owing to cost cuts and new products, including a line of boats, said Ana Ruiz.',
        [
            (
                'R', 'The firm is expected to grow owing to cost cuts and new products, including a line of boats', 0, 91,
                'said', 'Ana Ruiz', None,
            ),
        ],
    ),
    Case(
        'Police said the driver and a witness, a retired nurse, had been hurt.',
        [('R', 'the driver and a witness, a retired nurse, had been hurt', 12, 68, 'said', 'Police', None)],
    ),
    # 5. two people of whom the article describes one for each pronoun: the pronoun is the one described for it, whoever
    # is named first; beside them someone with no word of a gender, and two described for the same one (no guess)
    Case(
        'Mr. Daniel Ross and Mrs. Helen Ross arrived on Monday. She said, "We are happy to be home."',
        [('D', 'We are happy to be home.', 66, 90, 'said', 'Helen Ross', None)],
    ),
    Case(
        'Mr. Daniel Ross and Mrs. Helen Ross arrived on Monday. "We are happy to be home," he said.',
        [('D', 'We are happy to be home,', 56, 80, 'said', 'Daniel Ross', None)],
    ),
    Case(
        'Councilwoman Janet Ruiz and Ana Ortiz clashed on Monday. "It is a safety issue," she said.',
        [('D', 'It is a safety issue,', 58, 79, 'said', 'she', None)],
    ),
    Case(
        'Mrs. Helen Ross and Mrs. Ana Ortiz arrived on Monday. "We are happy to be home," she said.',
        [('D', 'We are happy to be home,', 55, 79, 'said', 'she', None)],
    ),
    # 6. a name set off by commas after a role speaks when an article in lower case opens its title; beside it the bare
    # name, a capitalised article that opens the name itself (the paper's name), and a role set off by commas (the
    # role's noun speaks)
    Case(
        'The bishop, the Rt Rev. Paul Mercer, said the church would stay open.',
        [('R', 'the church would stay open', 42, 68, 'said', 'Paul Mercer', None)],
    ),
    Case(
        'The bishop, the Rev. Paul Mercer, said the church would stay open.',
        [('R', 'the church would stay open', 39, 65, 'said', 'Paul Mercer', None)],
    ),
    Case(
        'The bishop, Paul Mercer, said the church would stay open.',
        [('R', 'the church would stay open', 30, 56, 'said', 'Paul Mercer', None)],
    ),
    Case(
        "He showed a video of a gesture the mayor made to reporters, as one of them, The Harbour Post's Ana Ruiz, "
        'reported.',
        [
            (
                'R', 'He showed a video of a gesture the mayor made to reporters, as one of them', 0, 74, 'reported',
                "Ana Ruiz", None,  # (spk52: the publication's possessive owns her, no part of her name)
            ),
        ],
    ),
    Case(
        'The bishop, the head of the diocese, said the church would stay open.',
        [('R', 'the church would stay open', 42, 68, 'said', 'The bishop', None)],
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_quotes(case: Case) -> None:
    assert quotes_of(case) == case.expected
