"""A titled Arabic name that goes on, past a word that would end it, to the comma before its role."""

from __future__ import annotations

import re

from icli.extract.names_ar import honorific_ar, is_verb_ar, not_a_name_word_ar
from icli.extract.roles_ar import role_after_ar
from icli.extract.word_forms_ar import definite_ar
from icli.text.normalize import ARABIC_WORD

# One or two words, then the comma ("… محمد دياب، "): group 1 holds the words.
_WORDS_TO_COMMA_AR = re.compile(rf"[ \u00a0]+((?:{ARABIC_WORD.pattern})(?:[ \u00a0]+(?:{ARABIC_WORD.pattern}))?)[ \u00a0]*[،,]")


def name_to_role_ar(text: str, start: int, name: str, end: int) -> tuple[str, int]:
    """The name after a title, with the one or two words between where `name_at_ar` ended it
    and a comma followed by a role ("الدكتور وليد خلف الله محمد دياب، رئيس …", "السيد أبو بكر
    الصديق شرومة، وزير …": a definite word inside a name), when each can be a name's word with
    no article (no role, country, stop word, verb, title, "و" or a definite noun: "الدكتور أ
    الوفد،" is the verb's object); else the name as it was."""
    if not name or role_after_ar(text, end) is not None:
        return name, end
    rest = _WORDS_TO_COMMA_AR.match(text, end)
    if rest is None or any(not_a_name_word_ar(w) or is_verb_ar(w) or honorific_ar(w) or definite_ar(w)
                           or w[:1] == "و" for w in rest.group(1).split()):
        return name, end
    if role_after_ar(text, rest.end(1)) is None:
        return name, end
    return text[start : rest.end(1)], rest.end(1)
