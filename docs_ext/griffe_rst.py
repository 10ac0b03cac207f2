"""A griffe extension for the docs site: newsparse's docstrings are written for Sphinx-style
readers (``:class:`Span```, double-backquoted code, bare ``>>>`` examples); this turns them into
the Markdown that mkdocstrings renders.  Used by ``mkdocs.yml`` only, never by the package."""

from __future__ import annotations

import re
from typing import Any

import griffe

ROLE = re.compile(r":(?:class|func|meth|attr|mod|data|exc|obj):`~?([^`]+)`")
DOUBLE = re.compile(r"``(.+?)``")


def to_markdown(text: str) -> str:
    """Roles and double backquotes as Markdown code; each unindented run of ``>>>`` lines fenced."""
    text = DOUBLE.sub(lambda m: f"`{m[1]}`", ROLE.sub(lambda m: f"`{m[1]}`", text))
    out: list[str] = []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith(">>>"):  # an indented run is a literal block already
            block = []
            while index < len(lines) and lines[index].strip():
                block.append(lines[index])
                index += 1
            out += ["```python", *block, "```"]
            continue
        if line.rstrip().endswith("::") and not line.rstrip().endswith(":::"):
            line = line.rstrip()[:-1]  # reST's "text::" announcing a literal block
        out.append(line)
        index += 1
    return "\n".join(out)


class SphinxToMarkdown(griffe.Extension):
    """Rewrites every docstring once, when griffe has loaded its object."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = to_markdown(obj.docstring.value)
