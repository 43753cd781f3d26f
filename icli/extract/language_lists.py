"""Whether a demonym names a language, not its country: after into/in/from or in a list of
languages ("translated into Turkish and French", "Arabic, English, and French")."""

from __future__ import annotations

import re

from icli.extract import country_tables, gazetteer

_WORD_AFTER_SPACES = re.compile(r"\s*([\w'’]+)")  # the next word, past any spaces

# Before a demonym: "into", "in", "from" — a language ("translated into Turkish"), unless a
# word follows it ("in Turkish universities"); in a list of languages ("into Turkish and
# French", "in English, French or Arabic") the same for each.
_A_LANGUAGE = re.compile(r"\b(?:into|in|from)\s+(?:[A-Z][a-z]+(?:\s*,\s*|\s+(?:and|or)\s+))*$")
_LIST_GOES_ON = re.compile(r"(?:\s*,\s*|\s+(?:and|or)\s+)[A-Z][a-z]+")


def is_a_language(text: str, start: int, end: int) -> bool:
    """Whether the demonym at text[start:end] names a language: after into/in/from, alone or in
    a list of such words, and no noun after it or after the list ("into Turkish and French",
    "into Bosnian and Albanian were presented");
    or in a list with a language that is no country's word ("Arabic, English, and French as
    its working languages", "Turkish and Persian"): rule `country.en.language-list`."""
    if _A_LANGUAGE.search(text, max(0, start - 80), start):
        while (more := _LIST_GOES_ON.match(text, end)) is not None:
            end = more.end()
        next_word = _WORD_AFTER_SPACES.match(text, end)  # "into Bosnian and Albanian were …"
        return not (next_word and next_word.group(1) not in gazetteer.NOT_A_NOUN_AFTER_LIST)
    items, after = list_items(text, start, end, _ITEM_BEFORE_EN, _ITEM_AFTER_EN)
    following = _WORD_AFTER_SPACES.match(text, after)
    return (not (following and following.group(1)[:1].islower()
                 and following.group(1) not in gazetteer.NOT_A_NOUN_AFTER_LIST)
            and any(item.casefold() in country_tables.language_names("en")
                    and (item,) not in country_tables.country_phrases() for item in items))


# The items of a list around a word: capitalized words joined by commas, "and", "or".
_ITEM_BEFORE_EN = re.compile(r"([A-Z][a-z]+)(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")
_ITEM_AFTER_EN = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)([A-Z][a-z]+)")

def list_items(text: str, start: int, end: int, before: re.Pattern[str],
                after: re.Pattern[str]) -> tuple[list[str], int]:
    """The other items of the list the word at text[start:end] is in (at most six each side),
    and where the list ends."""
    items = []
    for _ in range(6):
        if not (match := before.search(text, max(0, start - 40), start)):
            break
        items.append(match.group(1))
        start = match.start()
    for _ in range(6):
        if not (match := after.match(text, end)):
            break
        items.append(match.group(1))
        end = match.end()
    return items, end
