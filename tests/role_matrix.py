"""A matrix of written-before-running test sentences (tests/test_role_matrix_en.py, _fr.py,
_ar_shapes.py, _ar_visitors.py):
cases gathered by family, each a pytest parameter with an id "family-N", strict xfails by id."""

from __future__ import annotations

import pytest

Case = tuple[str, str, dict[str, str | None]]  # (family, text, {name: role})


class Matrix:
    """The cases of one matrix, in the order they were written."""

    def __init__(self) -> None:
        self.cases: list[Case] = []

    def case(self, family: str, text: str, expected: dict[str, str | None]) -> None:
        """Add a sentence of `family` and the people (name → role) it must give."""
        self.cases.append((family, text, expected))

    def params(self, xfail: dict[str, str]) -> list:
        """The cases as pytest parameters "family-N"; those in `xfail` are strict xfails with
        their reason. An id of `xfail` that names no case is an error (ValueError)."""
        counts: dict[str, int] = {}
        params = []
        for family, text, expected in self.cases:
            counts[family] = counts.get(family, 0) + 1
            case_id = f"{family}-{counts[family]}"
            marks = [pytest.mark.xfail(strict=True, reason=xfail[case_id])] if case_id in xfail else []
            params.append(pytest.param(text, expected, id=case_id, marks=marks))
        if unknown := set(xfail) - {param.id for param in params}:
            raise ValueError(f"strict xfails naming no case of the matrix: {sorted(unknown)}")
        return params
