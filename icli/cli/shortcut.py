"""The start-up shortcut: a plain invocation parsed with the table `icli/cli/cli_spec.json`
(generated from the Typer definition by `icli.cli.app.write_shortcut_spec`, `make spec`), so
that it runs without importing Typer."""

from __future__ import annotations

import json
import os
from typing import Any

SPEC_FILE = os.path.join(os.path.dirname(__file__), "cli_spec.json")


def parse(args: list[str]) -> tuple[str, dict[str, Any]] | None:
    """(command, parameters as the Typer command would get them) for a plain invocation;
    None for anything to leave to Typer."""
    try:
        with open(SPEC_FILE, encoding="utf-8") as stream:
            spec = json.load(stream)
    except OSError:  # installed without it: Typer parses everything
        return None
    root: dict[str, Any] = {}
    index = 0
    while index < len(args) and args[index].startswith("-"):
        index = _option(args, index, spec["root"], root, set())
        if index < 0:
            return None
    if index == len(args) or args[index] not in spec["commands"]:
        return None
    name, command = args[index], spec["commands"][args[index]]
    params = {entry["name"]: entry["default"] for entry in command["options"].values()}
    given: set[str] = set()
    positional: list[str] = []
    index += 1
    while index < len(args):
        if args[index].startswith("-") and args[index] != "-":
            index = _option(args, index, command["options"], params, given)
            if index < 0:
                return None
        else:
            positional.append(args[index])
            index += 1
    if not _arguments(command["arguments"], positional, params):
        return None
    if params.get("db") is None and root.get("db") is not None:
        params["db"] = root["db"]
    if set(root) - {"db"}:
        return None
    return name, params


def unknown_option(args: list[str]) -> tuple[str, str, str] | None:
    """(command, option, the word after it) for the first option that `args`' command does not
    have, as Typer would refuse it (long options whole, `-n5` as `-n 5`, nothing after `--`);
    None when every option is known, the command is not in the table or there is no table."""
    try:
        with open(SPEC_FILE, encoding="utf-8") as stream:
            spec = json.load(stream)
    except OSError:
        return None
    command, options = "", spec["root"]
    index = 0
    while index < len(args) and args[index] != "--":
        token, equals, _ = args[index].partition("=")
        index += 1
        if not token.startswith("-") or token == "-":
            if command:
                continue
            if token not in spec["commands"]:
                return None
            command, options = token, spec["commands"][token]["options"]
        elif token in ("-h", "--help"):
            continue
        elif token in options:
            index += 0 if equals or options[token]["flag"] else 1
        elif not token.startswith("--") and token[:2] in options:
            continue  # -n5
        else:
            after = args[index - 1].partition("=")[2] if equals else " ".join(args[index:index + 1])
            return command, token, after
    return None


def _option(args: list[str], index: int, options: dict[str, Any], params: dict[str, Any],
            given: set[str]) -> int:
    """Read the option at args[index] into params; the next index, or -1 to leave to Typer."""
    token, equals, value = args[index].partition("=")
    entry = options.get(token)
    if entry is None or token in ("-h", "--help"):
        return -1
    key = entry["name"]
    if entry["flag"]:
        if equals:
            return -1
        params[key] = True
        return index + 1
    if not equals:
        index += 1
        if index == len(args):
            return -1
        value = args[index]
    if value.startswith("-") and value != "-":
        return -1
    parsed: str | int = value
    if entry["int"]:
        try:
            parsed = int(value)
        except ValueError:
            return -1
    if entry["multiple"]:
        params[key] = [*(params.get(key) or ()), parsed]
    elif key in given:
        return -1  # given twice: Typer's answer
    else:
        params[key] = parsed
    given.add(key)
    return index + 1


def _arguments(arguments: list[dict[str, Any]], values: list[str], params: dict[str, Any]) -> bool:
    """Assign positional values to the command's arguments (one each; nargs -1 takes the rest,
    at least one); False when they do not fit."""
    for position, argument in enumerate(arguments):
        if argument["nargs"] == -1:
            taken, values = values[:], []
            if not taken or position != len(arguments) - 1:
                return False
        elif values:
            taken, values = values[:1], values[1:]
        else:
            return False
        parsed: list[str] | list[int] = taken
        if argument["int"]:
            try:
                parsed = [int(item) for item in taken]
            except ValueError:
                return False
        params[argument["name"]] = parsed if argument["nargs"] == -1 else parsed[0]
    return not values
