"""Function words of English, French and Arabic that more than one rule reads, one list each.

Determiners begin a noun phrase ("the", "son", "une"); relative pronouns open a relative clause
("which", "qui", "التي"); auxiliaries right before a participle make it a main verb ("was
signed", "a signé"). Each language keeps its own list: the French "a" and "est" are no English
words.
"""

from __future__ import annotations

DETERMINERS: dict[str, frozenset[str]] = {
    "en": frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these", "those"}),
    "fr": frozenset({"le", "la", "les", "leur", "leurs", "son", "sa", "ses", "un", "une", "ce",
                     "cet", "cette", "ces", "notre", "nos"}),
}
# The French definite articles (a name can begin with one: "Le Maroc").
DEFINITE_ARTICLES_FR = frozenset({"le", "la", "les"})
RELATIVES: dict[str, frozenset[str]] = {
    "en": frozenset({"which", "who", "whom"}),
    "fr": frozenset({"qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"}),
    "ar": frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي",
                     "اللواتي"}),
}
AUXILIARIES: dict[str, frozenset[str]] = {
    "en": frozenset({"was", "were", "is", "are", "be", "been", "being", "has", "have", "had"}),
    "fr": frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "été", "est", "sont",
                     "était", "étaient", "sera", "seront", "fut", "furent", "ayant", "étant"}),
}
