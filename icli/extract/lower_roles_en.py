"""English roles whose role word is written in lower case after a demonym or a body's acronym,
or after "the" with its complement, before a name and a comma ("the Iraqi ambassador in Cairo,
Karim Mansour", "the UNESCO representative, Marie Dupont", "the director of the National Museum,
Pablo Ruiz"): the pattern of such a role's start, and the cheap test that one
stands before a comma (people_en reads the role only then)."""

from __future__ import annotations

import re

from icli.extract import gazetteer
from icli.extract.patterns import CAPITAL, trie_pattern

# Role words that head a role in lower case after a demonym or an acronym ("the Iraqi
# ambassador", "the UNESCO representative"); not those that also name a thing or qualify
# another noun ("the ICESCO program", "the Saudi executive").
_NOT_LOWER_HEADS = frozenset({"crown", "executive", "first", "grand", "honorary", "lady",
                              "partner", "permanent", "program", "programme", "project",
                              "senior", "strategy"})
_LOWER_HEADS = frozenset(w.casefold() for w in gazetteer.ROLE_WORDS) - _NOT_LOWER_HEADS
LOWER_HEAD = trie_pattern(sorted(_LOWER_HEADS))  # (as a regex)
# Such a role before a name: articles, one or two capitalized words, the role word in lower case.
# Or "the", the role word in lower case and its complement ("the secretary of Administrative
# Coordination, Roberto Blasco").
LOWER_ROLE_BEFORE_START = re.compile(
    rf"(?:(?:the|The|its|his|her|their|a|an|former|Former|acting)\s+)*(?:{CAPITAL}[\w’'\-]*\s+){{1,2}}"
    rf"{LOWER_HEAD}\b|(?:the|The)\s+{LOWER_HEAD}(?=\s+(?:of|for)\s+(?:the\s+)?{CAPITAL})")
# A capitalized word and such a role word ("Iraqi ambassador"), or "the", such a role word and
# "of"/"for" before a capitalized word, searched before a comma.
_LOWER_HEAD_AFTER_CAPITAL = re.compile(
    rf"[A-Z][\w’'\-]*\s(?:{LOWER_HEAD})\b|\bthe\s(?:{LOWER_HEAD})\s(?:of|for)\s(?:the\s)?[A-Z]")


def lower_head_before(text: str, start: int) -> bool:
    """Whether a role word in lower case (_LOWER_HEADS) right after a capitalized word, or after
    "the" and before "of"/"for" and a capitalized word, stands among the last words before the
    comma that ends at `start`: only then is a role in lower case looked for (it is rare)."""
    return bool(_LOWER_HEAD_AFTER_CAPITAL.search(text, max(0, start - 60), start - 2))
