"""`BodyParser.continues`: when a hard-wrapped line goes on into the next one."""

from __future__ import annotations

import pytest

from newsparse import BodyParser
from newsparse.lines import split_lines

# (previous line, next line, whether the next line continues the previous one's sentence)
CONTINUES = [
    # a sentence left open, the next line in lower case
    ("The minister said on Tuesday that the plan would", "go ahead despite protests from farmers.", True),
    # a narrow column: a short line of three words or more still goes on
    ("The minister said", "on Tuesday that the plan would go ahead.", True),
    # a sentence closed in the punctuation of any script does not go on, whatever follows
    ("The minister said on Tuesday that the plan would go ahead.", "despite protests, officials said.", False),
    ("北京周二下起了大雨，官员说城里的许多道路已经关闭了，气象部门说大雨将持续到周四。", "rain fell again on friday", False),
    ("नई दिल्ली में मंगलवार को भारी बारिश हुई और अधिकारियों ने कहा कि सड़कें बंद हैं।", "rain fell again", False),
    ("The minister called the plan «a delay that helps nobody»", "and left the room.", False),
    # a closing quotation mark after the sentence's end closes it too
    ('"We will rebuild the bridge by the summer," the mayor said."', "officials added later.", False),
]


@pytest.mark.parametrize(("previous", "following", "expected"), CONTINUES)
def test_continues(previous: str, following: str, expected: bool) -> None:
    first, second = split_lines(f"{previous}\n{following}")
    assert BodyParser().continues(first, second) is expected
