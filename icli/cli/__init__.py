"""The command line: the Typer app, the entry point and its start-up shortcut, requests, each
command's body, output formats, paths and date arguments."""
