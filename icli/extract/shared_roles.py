"""A role stated once for two people joined by "and"/"et" ("Dr. A and Dr. B, both professors at
…", "M. A et M. B, tous deux professeurs à …"): each one's, as written. The contract's role is
the role "as the article states it for that person": the article states it for both, in the
plural it writes ("professors at the University of Jordan"), which icli does not rewrite."""

from __future__ import annotations

import re
from collections.abc import Callable

from icli.extract.mention import Mention

# ", both " / ", tous deux ", ", toutes les deux " after the second name, then the role.
_BOTH = {"en": re.compile(r",\s+both\s+(?=[a-z])"),
         "fr": re.compile(r",\s+(?:tous|toutes)\s+(?:les\s+)?deux\s+(?=[a-zà-ÿ])")}
_AND = {"en": re.compile(r"\s+and\s+"), "fr": re.compile(r"\s+et\s+")}


def share_roles(text: str, people: list[Mention], language: str,
                role_after: Callable[[str, int], str | None]) -> list[Mention]:
    """Give the role after "both"/"tous deux" to the two people named right before it and
    joined by "and"/"et", when neither has a role; `role_after(text, end)` reads the language's
    role after a name's comma, tried with the role's plural first word made singular ("professors"
    → "professor") and given back as written. The mentions given a role."""
    given: list[Mention] = []
    named = [m for m in people if m.kind == "person" and m.name]
    for both in _BOTH[language].finditer(text):
        second = next((m for m in named if m.end == both.start()), None)
        first = second and next((m for m in named if m.end < second.start
                                 and _AND[language].fullmatch(text, m.end, second.start)), None)
        if not (second and first) or first.role or second.role:
            continue
        head = text[both.end() :].split(" ", 1)[0]
        single = head[:-1] if head.endswith("s") else head
        role = role_after(text[: both.start()] + ", " + single + text[both.end() + len(head) :],
                          both.start())
        if role and role.startswith(single):
            first.role = second.role = head + role[len(single) :]
            given += [first, second]
    return given
