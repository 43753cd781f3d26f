"""Keep pydantic out of plain command runs.

Typer 0.29 coerces every parameter through a pydantic TypeAdapter; importing pydantic alone
costs about 60 ms per run, a third of a query's whole-process time. icli's parameters are plain
str, int, Path and list[str], which need no such machinery, so they get a direct coercion here.
Anything else, or a Typer whose internals differ, keeps Typer's own coercion.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional


def install() -> None:
    """Route plain parameters around pydantic; a no-op if Typer's internals are not as expected."""
    try:
        from typer import _coercion, core
        from typer._click.exceptions import BadParameter
    except ImportError:
        return
    original = getattr(core, "build_runtime_param", None)
    base = getattr(_coercion, "RuntimeParam", None)
    if original is None or base is None:
        return
    plain: dict[Any, type] = {
        str: str, int: int, bool: bool, Path: Path, Optional[str]: str, Optional[int]: int,
        Optional[Path]: Path, list[str]: list,
    }

    class PlainRuntimeParam(base):  # type: ignore[misc, valid-type]
        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            target = plain[self.annotation]
            if target is int:
                try:
                    return int(value)
                except (TypeError, ValueError):
                    raise BadParameter(f"{value!r} is not a valid integer.", ctx=ctx,
                                       param=param) from None
            return list(value) if target is list else target(value)

    def build(descriptor: Any) -> Any:
        if (descriptor.file_annotation is None and descriptor.annotation in plain
                and descriptor.parameter_info.min is None
                and descriptor.parameter_info.max is None):
            return PlainRuntimeParam(parameter_info=descriptor.parameter_info,
                                     annotation=descriptor.annotation)
        return original(descriptor)

    core.build_runtime_param = build
