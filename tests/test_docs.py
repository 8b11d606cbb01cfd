"""Docs are tested: every command has help ending in an example and a section in docs/cli.md, and
docs/errors.md matches the error catalogue (``dateline.errors.ErrorCode``) code for code, word for word.

When a code is added to the catalogue, regenerate the page and fill in the new "What to do" lines:

    python tests/test_docs.py      # rewrites docs/errors.md, keeping the advice already written
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
CLI_DOC = ROOT / "docs" / "cli.md"
ERRORS_DOC = ROOT / "docs" / "errors.md"
TODO = "TODO: say what to do."


GROUPS = (
    ("E1", "Record errors (E1xx)", "One input record is unusable: it is reported (and quarantined by `ingest`) with "
     "this code, and the run goes on."),
    ("E2", "Store errors (E2xx)", "The store cannot be opened, written or queried as asked; the command stops."),
    (("E30", "E31"), "Usage errors (E30x, E31x)", "The command's arguments are wrong; the command stops with `Error: ...` and "
     "exit status 1."),
    ("E34", "Web API errors (E34x)", "Returned by the REST API in its error envelope, with an HTTP status."),
)
INTRO = """\
Every message dateline shows has a stable code, defined in `src/dateline/errors.py`. The CLI prints
`Error: <message>` on stderr and exits 1; record errors appear in the output instead (`extract` prints
`{"error": {"code", "message"}}`, `ingest` keeps the record in the store's quarantine table). In Python,
every error is a `dateline.errors.DatelineError` with `.code`. Placeholders in braces are filled in.
This page is checked against the catalogue by `tests/test_docs.py`; regenerate it with
`python tests/test_docs.py`."""
SECTION = re.compile(r"^### (E\d{3})\n+```text\n(.*?)\n```\n+What to do: (.+?)(?=\n#|\Z)", re.M | re.S)


def catalogue() -> dict[str, str]:
    from dateline.errors import ErrorCode

    return {name: getattr(ErrorCode, name) for name in sorted(vars(ErrorCode)) if re.fullmatch(r"E\d{3}", name)}


def documented(text: str) -> dict[str, tuple[str, str]]:
    """``code -> (message, advice)`` from docs/errors.md."""
    return {m.group(1): (m.group(2), " ".join(m.group(3).split())) for m in SECTION.finditer(text)}


def render(codes: dict[str, str], advice: dict[str, str]) -> str:
    out = ["# Error catalogue", "", INTRO, ""]
    for prefix, title, intro in GROUPS:
        members = [code for code in codes if code.startswith(prefix)]
        if not members:
            continue
        out += [f"## {title}", "", intro, ""]
        for code in members:
            out += [f"### {code}", "", "```text", codes[code], "```", "", f"What to do: {advice.get(code, TODO)}", ""]
    return "\n".join(out)


def test_errors_doc_matches_the_catalogue() -> None:
    codes = catalogue()
    docs = documented(ERRORS_DOC.read_text(encoding="utf-8"))
    missing = sorted(set(codes) - set(docs))
    extra = sorted(set(docs) - set(codes))
    changed = sorted(code for code in set(codes) & set(docs) if docs[code][0] != codes[code])
    assert not (missing or extra or changed), (
        f"docs/errors.md is out of sync: missing {missing}, not in errors.py {extra}, message changed {changed}; "
        "run `python tests/test_docs.py` and write the advice")


def test_every_error_has_advice() -> None:
    docs = documented(ERRORS_DOC.read_text(encoding="utf-8"))
    assert docs
    assert not [code for code, (_, advice) in docs.items() if not advice or advice == TODO]


def test_every_code_group_is_known() -> None:
    assert all(any(code.startswith(prefix) for prefix, _, _ in GROUPS) for code in catalogue())


# --- the CLI ------------------------------------------------------------------------------------------

def commands() -> list[str]:
    """Every command, with a group's subcommands as "group sub" (e.g. "eval time")."""
    import click

    from dateline.cli import cli

    names = []
    for name, command in cli.commands.items():
        names.append(name)
        if isinstance(command, click.Group):
            names += [f"{name} {sub}" for sub in command.commands]
    return sorted(names)


def test_the_cli_has_its_commands() -> None:
    assert {"extract", "ingest", "events", "export"} <= set(commands())


@pytest.mark.parametrize("command", [None, *commands()])
def test_help_ends_with_an_example(command: str | None) -> None:
    from dateline.cli import cli

    result = CliRunner().invoke(cli, [*command.split(), "--help"] if command else ["--help"])
    assert result.exit_code == 0
    text = result.output.rstrip()
    assert "Example:" in text, f"`dateline {command} --help` has no Example:"
    tail = text.rsplit("Example:", 1)[1]
    example_lines = [line for line in tail.splitlines() if line.strip()]
    assert example_lines and all(line.strip().startswith(("dateline ", "cat ", "python ")) for line in example_lines)
    if command:
        assert text.splitlines()[2].strip(), f"`dateline {command}` has no description"


@pytest.mark.parametrize("command", commands())
def test_every_command_has_a_section_in_cli_doc(command: str) -> None:
    text = CLI_DOC.read_text(encoding="utf-8")
    match = re.search(rf"^## `?dateline {command}`?\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"docs/cli.md has no `## dateline {command}` section"
    section = match.group(1)
    assert "CLI:" in section and "In Python:" in section, f"section {command} must pair CLI: and In Python:"
    assert f"dateline {command} " in section


if __name__ == "__main__":
    existing = documented(ERRORS_DOC.read_text(encoding="utf-8")) if ERRORS_DOC.exists() else {}
    ERRORS_DOC.write_text(render(catalogue(), {code: advice for code, (_, advice) in existing.items()}),
                          encoding="utf-8")
    print(f"wrote {ERRORS_DOC}", file=sys.stderr)
