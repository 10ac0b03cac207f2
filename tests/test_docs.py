"""Every code block in `README.md` and `docs/` runs.

- ```` ```python ```` blocks that start with `>>>` are doctests: pytest runs them through
  `--doctest-glob=*.md` (see `pyproject.toml`); this module checks that setting is in place.
- Other ```` ```python ```` blocks run in order, one module per page, in a scratch folder that
  holds the bundled example and the schema, so a page may define a class in one block and use
  it in the next.  A block after `<!-- needs: schema_version -->` must fail until `to_dict()`
  gives the JSON form 2.
- ```` ```json ```` blocks must parse.
- ```` ```sh ```` blocks either run the `newsparse` command (each line is run with this Python,
  in a folder holding the files the examples name, and must exit 0) or install the package; install lines are the README's
  fresh-machine commands, which `.ci/run` runs in its own fresh environments.  A line that runs
  `../shared/eval/score.py` runs when the shared data is beside the project.
- ```` ```text ```` blocks are diagrams and shapes, not code.  A fence with no language fails.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
FENCE = re.compile(r"^```([\w-]*)[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
LANGUAGES = {"python", "json", "sh", "text"}
#: What an install line of a ```sh block may run (the README's fresh-machine commands and pip lines).
INSTALL = re.compile(r"^(python3 -m venv \S+ && )?\S*pip install (-e )?\S+( && .+)?$")
#: A comment line before a python block that says it needs the JSON form 2 (`schema_version`).
NEEDS_FORM_2 = "<!-- needs: schema_version -->"
HAS_FORM_2 = __import__("newsparse").Article("").to_dict().get("schema_version", 1) >= 2


def blocks(page: Path) -> list[tuple[str, str, int, str]]:
    """(language, code, line number, the text just before the fence) of each fenced block."""
    text = page.read_text(encoding="utf-8")
    return [
        (m[1], m[2], text.count("\n", 0, m.start()) + 1, text[max(0, m.start() - 80) : m.start()])
        for m in FENCE.finditer(text)
    ]


def page_id(page: Path) -> str:
    return str(page.relative_to(ROOT))


def test_pages_found() -> None:
    assert ROOT / "README.md" in PAGES and ROOT / "docs" / "index.md" in PAGES


def test_readme_tells_what_it_is_and_the_pip_line_before_checkout_commands() -> None:
    # On a package index page the reader has no checkout: what newsparse does and how to install
    # it from the index come before any command that needs the repository's files.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.index("```")
    assert readme.index("newsparse turns the plain text of a news article") < readme.index("`pip install newsparse`") < first_block
    assert "checkout" not in readme[:first_block].split("`pip install newsparse`")[0]


def test_markdown_doctests_are_collected() -> None:
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"README.md", "docs"' in config and "--doctest-glob=*.md" in config


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_every_fence_names_a_known_language(page: Path) -> None:
    assert [(line, lang) for lang, _, line, _ in blocks(page) if lang not in LANGUAGES] == []


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the files the command examples name: the bundled example under its own
    name and as ``article.txt``, ``a.txt`` and ``b.txt``, and the JSON Schema."""
    folder = tmp_path_factory.mktemp("cli-examples")
    example = (ROOT / "examples" / "wire-article.txt").read_bytes()
    (folder / "examples").mkdir()
    for name in ("examples/wire-article.txt", "article.txt", "a.txt", "b.txt"):
        (folder / name).write_bytes(example)
    (folder / "docs" / "schema").mkdir(parents=True)
    schema = ROOT / "docs" / "schema" / "article.schema.json"
    (folder / "docs" / "schema" / schema.name).write_bytes(schema.read_bytes())
    return folder


@pytest.mark.parametrize("page", [p for p in PAGES if any(b[0] == "python" for b in blocks(p))], ids=page_id)
def test_python_blocks_run(page: Path, monkeypatch: pytest.MonkeyPatch, workdir: Path) -> None:
    monkeypatch.chdir(workdir)
    name = "newsparse_docs_" + re.sub(r"\W", "_", page_id(page))
    module = types.ModuleType(name)  # a real module, so classes defined in a page can be pickled
    monkeypatch.setitem(sys.modules, name, module)
    for lang, code, line, before in blocks(page):
        if lang != "python" or code.lstrip().startswith(">>>"):
            continue
        if NEEDS_FORM_2 in before and not HAS_FORM_2:
            with pytest.raises(Exception):  # noqa: B017 - any failure: the code is for form 2
                exec(compile(code, f"{page}:{line}", "exec"), module.__dict__)
            continue
        exec(compile(code, f"{page}:{line}", "exec"), module.__dict__)


@pytest.mark.parametrize("page", [p for p in PAGES if any(b[0] == "json" for b in blocks(p))], ids=page_id)
def test_json_blocks_parse(page: Path) -> None:
    for lang, code, _, _ in blocks(page):
        if lang == "json":
            json.loads(code)


def command_lines() -> list[tuple[str, str]]:
    found = []
    for page in PAGES:
        for lang, code, line, _ in blocks(page):
            if lang != "sh":
                continue
            for number, command in enumerate(code.splitlines()):
                command = command.split("  #", 1)[0].strip()
                if command and not command.startswith("#"):
                    found.append((f"{page_id(page)}:{line + 1 + number}", command))
    return found


ALL_COMMANDS = command_lines()
COMMANDS = [c for c in ALL_COMMANDS if not INSTALL.match(c[1])]
INSTALLS = sorted({c[1] for c in ALL_COMMANDS if INSTALL.match(c[1])})


def test_install_lines_are_the_ones_ci_checks() -> None:
    """The install lines are the README's two fresh-machine commands and plain pip lines; .ci/run
    installs in fresh environments, builds and installs the wheel, runs its command on the
    bundled example and runs the README's test command."""
    readme = next(code for lang, code, _, _ in blocks(ROOT / "README.md") if lang == "sh").strip().splitlines()
    assert sorted({*readme, "pip install newsparse", "pip install ."}) == INSTALLS
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme[1].endswith("python -m pytest -q") and "\npython -m pytest -q\n" in ci
    assert "examples/wire-article.txt" in readme[0] and '/venv/bin/newsparse" examples/wire-article.txt' in ci
    assert "python3 -m venv .ci-venv" in ci and 'python3 -m venv "$scratch/venv"' in ci


@pytest.mark.parametrize(("where", "command"), COMMANDS, ids=[c[0] for c in COMMANDS])
def test_sh_lines_run(where: str, command: str, workdir: Path) -> None:
    words = shlex.split(command)
    if words[:2] == ["python", "../shared/eval/score.py"]:
        if not (ROOT.parent / "shared" / "eval" / "score.py").is_file():
            pytest.skip("the shared evaluation data is not beside the project")
        done = subprocess.run([sys.executable, *words[1:]], cwd=ROOT, capture_output=True, text=True, timeout=300,
                              env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        assert done.returncode == 0 and "quote_f1" in done.stdout, f"{where}: {done.stdout}{done.stderr}"
        return
    assert "newsparse" in words, f"{where}: a sh line must run newsparse or install it: {command}"
    runner = f"{shlex.quote(sys.executable)} -m newsparse"
    line = re.sub(r"(^|\| *)newsparse\b", lambda m: m[1] + runner, command)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(["bash", "-c", line], capture_output=True, text=True, env=env, timeout=120, cwd=workdir)
    assert done.returncode == 0, f"{where}: {command}\n{done.stderr}"
    assert done.stdout.strip(), f"{where}: printed nothing"


@pytest.mark.parametrize(("encoding", "headline", "span"), [
    ([], "Storm hits coast", [0, 16]),  # a UTF-8 byte order mark dropped, as the Command line page says
    (["--encoding", "utf-8-sig"], "Storm hits coast", [0, 16]),
])
def test_cli_page_tells_the_truth_about_a_byte_order_mark(tmp_path: Path, encoding: list[str], headline: str, span: list[int]) -> None:
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert "a UTF-8 byte order mark at the start of a file is dropped" in page and "--encoding utf-8-sig" in page
    article = tmp_path / "notepad.txt"
    article.write_bytes("\ufeffStorm hits coast\r\n\r\nBy Ana Ruiz\r\n\r\nThe sea broke through the dunes on Monday night.\r\n".encode())
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-m", "newsparse", *encoding, str(article)], capture_output=True, env=env, timeout=60)
    assert done.returncode == 0
    data = json.loads(done.stdout.decode("utf-8"))
    assert (data["headline"]["text"], data["headline"]["span"]) == (headline, span)
