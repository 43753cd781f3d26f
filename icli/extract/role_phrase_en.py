"""Where an English role's noun phrase ends: a role given beside a name runs up to the first
lower-case word that is not part of a noun phrase (the sentence's verb, place or time)."""

from __future__ import annotations

import re
from functools import lru_cache

from icli.extract import gazetteer
from icli.extract.patterns import CAPITAL, CAPITALS, trie_pattern
from icli.extract.person_names import TOKEN

_ROLE_WORD = trie_pattern(gazetteer.ROLE_WORDS)

# The words a role may open with before its role word ("the", "a", "former").
_ROLE_LEAD = re.compile(r"\s*(?:(?:[Tt]he|an?|An?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Ff]ormer)\s+)*")


# Hyphenated role words as capitalize() writes them ("Secretary-general").
_ROLE_WORDS_HYPHENATED = frozenset(w.capitalize() for w in gazetteer.ROLE_WORDS if "-" in w)
# Lower-case words that stay in a role when a capitalized word follows them.
_BEFORE_A_CAPITAL = {"with", "from", "first", "second", "third", "former", "new", "acting",
                     "current"}
# A capital next, or "the" and a capital ("Relations with the Parliament").
_CAPITAL_NEXT = re.compile(r" (?:the )?[A-Z]")
# A second role of the same person after "and": a possessive, an owner's noun and a role ("and
# his country's Permanent Delegate to …", "and its Secretary-General").
_POSSESSIVE_ROLE = re.compile(
    rf"(?:his|her|their|its)\s+(?P<owner>[a-z]+(?:’s|'s)\s+)?(?:{CAPITAL}[\w’'\-]*\s+){{0,2}}{_ROLE_WORD}\b")
# A second role of the same person after "and" that opens in lower case ("and former education
# minister of X", "and acting head of Y"): a qualifier, up to two words, a role word in any case.
_LOWER_SECOND_ROLE = re.compile(rf"(?:former|acting|honorary|current)\s+(?:[a-z]+\s+){{0,2}}(?i:{_ROLE_WORD})\b")
# A role held by office over another ("ISESCO Director General, ex officio FUIW’s Secretary General").
_EX_OFFICIO = re.compile(r"ex[ -]officio\s")
# Words that are a sentence's verb after a role written in lower case.
_VERBS = {"is", "was", "were", "are", "has", "had", "have", "met", "said", "gave", "spoke",
          "made", "took", "will", "would", "also", "who", "which", "that", "during", "on", "at",
          # past tenses not ending in "-ed"
          "held", "led", "sent", "paid", "told", "brought", "began", "came", "went", "won", "wrote",
          "saw", "kept", "became", "stood", "heard", "sought", "taught", "chose", "drew"}


def _verb_like(word: str) -> bool:
    """Whether a lower-case word ends a role written in lower case: a verb ("presented",
    "said") or a word that opens a clause."""
    return word.endswith("ed") or word in _VERBS


@lru_cache(maxsize=8192)
def noun_phrase(role: str) -> str:
    """A role up to its first lower-case word that is not part of a noun phrase
    (gazetteer.ROLE_INNER_WORDS): "Director-General (DG) of ICESCO met today" → "Director-General (DG)
    of ICESCO". A role in lower case, or past an owner's "’s", runs on to a verb-like word."""
    lead = _ROLE_LEAD.match(role)
    first = lead.end() if lead else 0
    lower_case = role[first : first + 1].islower()  # "chairman of the board of directors"
    previous, previous_start, start = "", -1, -1
    for word in TOKEN.finditer(role, first):
        token = word.group().strip("(),")
        after_and, previous = previous == "and", token
        previous_start, start = start, word.start()
        if token.endswith(("’s", "'s")) and word.start() != first:
            lower_case = True  # "in charge of ICESCO’s external bodies": the owner's noun follows
        if word.start() == first:
            continue  # the role's own word, in any case ("former director-general of")
        if previous_start == first and token.islower() and token.capitalize() in gazetteer.ROLE_WORDS:
            lower_case = True  # "Iraqi ambassador in Cairo": a demonym, then the role word
            continue
        if not token[:1].islower() or token.casefold() in gazetteer.ROLE_INNER_WORDS:
            continue
        if token[1:2] in ("’", "'") and token[:1] in "dl" and token[2:3] in CAPITALS:
            continue  # "of Côte d'Ivoire", "Ministry of l'Éducation": an elided article in a name
        if after_and and _LOWER_SECOND_ROLE.match(role, word.start()) or _EX_OFFICIO.match(role, word.start()):
            lower_case = True  # "Chairperson of X and former education minister of Y": a second
            continue  # role in lower case runs on to a verb-like word, as a role in lower case does
        if after_and and token.capitalize() in gazetteer.ROLE_WORDS | _ROLE_WORDS_HYPHENATED:
            continue  # "Chairman of X and secretary-general of Y": one role, two offices
        if token.capitalize() in gazetteer.ORG_HEADS and role[previous_start : start].rstrip() == "the":
            continue  # "President of the company", "Vice-Chancellor of the board of Trustees"
        if after_and and (second := _POSSESSIVE_ROLE.match(role, word.start())) and (
                role[second.end():].lstrip()[:1].islower() or second.group("owner")
                and not role[second.end():].lstrip()[:1].isupper()):
            continue  # "Ambassador to Morocco and his country's Permanent Delegate", "… and its
            # Representative to X": one person's; "… and her Deputy Minister Mr. Y", "… and his
            # Deputy, Ms. Y": the next person's role
        if token in _BEFORE_A_CAPITAL and _CAPITAL_NEXT.match(role, word.end()):
            continue  # "Cooperation with ISESCO", "Relations with the Parliament", "first Ambassador"
        if lower_case and not _verb_like(token):
            continue
        role = role[: word.start()]
        break
    words = role.split()
    while words and words[-1] in gazetteer.ROLE_TRAILING_WORDS:
        words.pop()
    return " ".join(words)
