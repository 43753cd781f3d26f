"""The package's layers, read from every module's imports (at the top or inside functions):
cli → store → extract → text, then the base (icli/__init__.py, icli/errors.py, icli/choices.py).
A module imports only its own layer or those below it, and no two modules import each other,
even indirectly."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "icli"
LAYERS = {"cli": 4, "store": 3, "extract": 2, "text": 1}
BASE = 0


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its __init__.py)."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


MODULES = _modules()


def _layer(module: str) -> int:
    if module == "icli.__main__":
        return LAYERS["cli"]
    parts = module.split(".")
    return LAYERS.get(parts[1], BASE) if len(parts) > 1 else BASE


def _imports(module: str) -> set[str]:
    """The package's modules that `module` imports (`from icli.x import y` counts as icli.x.y
    where y is a module, else as icli.x)."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in MODULES
                     else node.module for alias in node.names]
        else:
            continue
        found.update(name for name in names if name in MODULES and name != module)
    return found


GRAPH = {module: _imports(module) for module in MODULES}


def test_the_layers_exist() -> None:
    for layer in LAYERS:
        assert f"icli.{layer}" in MODULES, f"icli/{layer}/ is missing"
    assert any(_imports(module) for module in MODULES), "no import was read: the test is broken"


def upward(graph: dict[str, set[str]]) -> list[str]:
    """Each import of a module from a layer above its own."""
    return [f"{module} imports {target}" for module, targets in graph.items()
            for target in targets if _layer(target) > _layer(module)]


def circles(graph: dict[str, set[str]]) -> list[str]:
    """Each chain of imports that leads from a module back to itself."""
    found = []
    for start in graph:
        stack: list[tuple[str, tuple[str, ...]]] = [(start, (start,))]
        seen: set[str] = set()
        while stack:
            module, path = stack.pop()
            for target in graph.get(module, ()):
                if target == start:
                    found.append(" → ".join((*path, start)))
                elif target not in seen:
                    seen.add(target)
                    stack.append((target, (*path, target)))
    return found


def test_imports_only_run_downward() -> None:
    assert upward(GRAPH) == []


def test_no_import_circle() -> None:
    assert circles(GRAPH) == []


def test_the_checks_catch_an_upward_import_and_a_circle() -> None:
    """The two rules themselves, on a graph that breaks both."""
    graph = {"icli.text.parse": {"icli.store.connection"},
             "icli.store.connection": {"icli.store.articles"},
             "icli.store.articles": {"icli.store.connection", "icli.errors"}, "icli.errors": set()}
    assert upward(graph) == ["icli.text.parse imports icli.store.connection"]
    assert "icli.store.connection → icli.store.articles → icli.store.connection" in circles(graph)
    assert "icli.extract.identity" in GRAPH["icli.store.lookup"], "lookups use identity"


MAX_LINES = 500


def _lines(module: str) -> int:
    return len(MODULES[module].read_text(encoding="utf-8").splitlines())


def test_no_module_is_over_500_lines() -> None:
    assert sorted(module for module in MODULES if _lines(module) > MAX_LINES) == []


def test_docs_design_lists_every_module() -> None:
    """docs/design.md's table says each module's one job: a new module gets its row."""
    table = (PACKAGE.parent / "docs" / "design.md").read_text(encoding="utf-8")
    modules = sorted(str(path.relative_to(PACKAGE.parent)) for path in PACKAGE.rglob("*.py")
                     if path.name != "__init__.py")
    assert [m for m in modules if f"| `{m}` |" not in table] == []
