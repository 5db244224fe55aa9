"""docs/cli.md and the command's own help agree: every option and choice the parser
knows is documented, and every option the page names exists."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import newsseed
from newsseed._cli import _build_parser

PAGE = (Path(__file__).parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = _build_parser()
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {"": parser, **sub.choices}


def _options() -> set[str]:
    return {
        option
        for command in _commands().values()
        for action in command._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    }


def test_every_option_of_the_command_is_documented() -> None:
    missing = sorted(
        option for option in _options() if not re.search(rf"(?<![\w-]){option}(?![\w-])", PAGE)
    )
    assert not missing, f"options docs/cli.md does not name: {missing}"


def test_every_option_the_page_names_exists() -> None:
    named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*[a-z]", PAGE))
    unknown = sorted(named - _options() - {"--help"})
    assert not unknown, f"options docs/cli.md names that the command lacks: {unknown}"


def test_the_choices_of_each_option_are_documented() -> None:
    for command in _commands().values():
        for action in command._actions:
            if action.choices and action.option_strings:
                shown = "|".join(map(str, action.choices))
                assert f"`{action.option_strings[-1]} {shown}`" in PAGE or all(
                    f"`{choice}`" in PAGE for choice in action.choices
                ), (action.option_strings, shown)
    assert "|".join(newsseed.CorpusOptions.PRESETS) in PAGE
