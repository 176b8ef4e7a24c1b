"""Every command and option of the CLI is documented in the README."""

from __future__ import annotations

import argparse

from conftest import ROOT

from kg.cli import _build_parser


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_command_and_option_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = _subparsers(_build_parser())
    assert {"build", "query", "report", "serve"} <= set(commands)
    for name, sub in commands.items():
        assert f"kg {name}" in readme, name
        for action in sub._actions:
            for option in action.option_strings:
                if option in ("-h", "--help"):
                    continue
                assert option in readme, f"kg {name} {option} is not in the README"


def test_exit_codes_are_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    help_text = _build_parser().format_help()
    for text in (readme, help_text):
        assert "0 success" in " ".join(text.split()) or "0  success" in text
        assert "some inputs failed but the rest were built" in " ".join(text.split())
