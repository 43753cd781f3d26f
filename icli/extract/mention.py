"""A mention: one person, country or partner named in one article, as extraction found it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Mention:
    """One entity named in one article."""

    kind: str  # "person" | "country" | "partner"
    key: str
    name: str
    code: str | None = None  # ISO alpha-3 for countries, acronym for partners
    role: str | None = None  # as the article states it (docs/contract.md)
    alias: str = ""  # the form the text used
    start: int = 0
    end: int = 0
    variants: set[str] = field(default_factory=set)  # other forms in the same article
    rule: str = ""  # the name of the rule that found it (`icli show --why`; docs/entities.md)
    office: str | None = None  # the role in one spelling, what identity compares (people_en.office_of)

    def __reduce__(self) -> tuple[type, tuple]:
        """Pickle as a plain tuple (mentions cross from the workers to the writer)."""
        return (Mention, (self.kind, self.key, self.name, self.code, self.role, self.alias,
                          self.start, self.end, self.variants, self.rule, self.office))
