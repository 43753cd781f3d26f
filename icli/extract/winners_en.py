"""People listed as winners in an English text, with no honorific: with their country after
the name, or as the items of a list that words announcing winners open."""

from __future__ import annotations

import re

from icli.extract import country_tables, gazetteer, subdivisions
from icli.extract.identity import person_key
from icli.extract.mention import Mention
from icli.extract.patterns import overlaps, positions
from icli.extract.person_names import name_at, not_a_person, words_before

# A person listed with a country and no honorific: "Amina Bello, Nigeria, for her series …"
# (group 2), or as an item of a list ("First Prize: Lina Haddad, Morocco.", "…; and Omar Said
# (Egypt)", "• Ali Musa, from Chad, student at …").
_WITH_COUNTRY = (r"(?:from\s+)?((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|the)){0,5})"
                 r"(?:(, for (?:his|her|their) )|(?=\)|[,.;](?:\s|$)|\s*$))")
# After ", " or " (": two patterns, each starting with a literal character the engine scans
# for (one pattern for both tried a match at every space: 30 µs of a 2,000-character text).
_AFTER_COMMA = re.compile(r",\s+" + _WITH_COUNTRY, re.MULTILINE)
_IN_PARENTHESES = re.compile(r"\((?<=\s\()" + _WITH_COUNTRY, re.MULTILINE)


# An item of a numbered or bulleted list ("1. ", "2) ", "• "), and words that announce a list of
# winners ("The winners are:", "Winners for the teens category are from Europe and Asia:").
LIST_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[•▪●◦*–—-])[ \t]+(?=[A-Z])", re.MULTILINE)
WINNERS = re.compile(r"\b(?:[Ww]inners?|[Ll]aureates?|[Aa]wardees?|[Rr]ecipients?)\b")
WINNER_STEMS = ("inner", "aureate", "wardee", "ecipient")


def listed_winners(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """People listed with no honorific as the items of a list of winners, each a name and a
    comma ("1. Amina Bello, Al-Nour School, Chad."): the list follows, within 600 characters,
    words that announce winners; an item that names an organization or a country is none.
    Then the winners named each with "of" and a country (_winners_of_countries)."""
    found: list[Mention] = []
    if not any(word in text for word in WINNER_STEMS):  # a plain search first: most texts
        return found                                        # announce no winners
    first = WINNERS.search(text)
    if first is None:
        return found
    for item in LIST_ITEM.finditer(text, first.end()):
        if overlaps(item.end(), taken) or not WINNERS.search(text, max(0, item.start() - 600),
                                                             item.start()):
            continue
        name, end = name_at(text, item.end())
        words = name.split()
        if (not text.startswith(",", end) or not 2 <= len(words) <= 6
                or any(w in gazetteer.NOT_NAME_WORDS or w in gazetteer.PLACE_WORDS
                       or w.isupper() and len(w) > 2 for w in words)
                or not_a_person(name) or name in country_tables.country_names()):
            continue
        found.append(Mention("person", person_key(name), name, None, None, name, item.end(), end,
                             rule="person.en.listed-winner"))
    return found + _winners_of_countries(text, taken + [(m.start, m.end) for m in found])


def _opens_an_item(text: str, start: int) -> bool:
    """Whether a name at `start` opens an item of a list: at a line's start or after a colon, a
    semicolon, a bullet or a dash, then "and" at most."""
    line = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
    if line == "and" or line.endswith(" and"):
        line = line[:-3].rstrip()
    return not line or line[-1] in ":;•–—-"


def winners_with_countries(text: str, taken: list[tuple[int, int]], limit: int) -> list[Mention]:
    """People listed with a country after the name and no honorific ("Amina Bello, Nigeria,
    for her series …", "First Prize: Lina Haddad, Morocco."), at most `limit`."""
    found: list[Mention] = []
    for listed in sorted([*_AFTER_COMMA.finditer(text), *_IN_PARENTHESES.finditer(text)],
                         key=lambda listed: listed.start()):
        if len(found) >= limit:
            break
        country = listed.group(1).removeprefix("the ").replace("’", "'")
        if not country_tables.country_phrases().get(tuple(re.findall(r"[\w']+", country))):
            continue
        name_end = listed.start() - 1 if text[listed.start()] == "(" else listed.start()
        before = words_before(text, name_end, taken)
        if before is None:
            continue
        words, name_start, name_end = before
        given = [w for w in words if w.casefold() not in gazetteer.NAME_PARTICLES]  # "Amal bint …"
        if not 2 <= len(given) <= 4 or any(w in gazetteer.NOT_NAME_WORDS or w.isupper()
                                           or w in gazetteer.PLACE_WORDS for w in words):
            continue
        if not (listed.group(2) or _opens_an_item(text, name_start)):
            continue  # "Abu Dhabi, UAE": a place, unless the name opens an item of a list
        name = " ".join(words)
        if subdivisions.a_subdivision(name):
            continue  # "Al-Madinah Al-Munawwarah, Saudi Arabia, hosted …" opening a line
        found.append(Mention("person", person_key(name), name, None, None, name,
                             name_start, name_end, rule="person.en.winner-with-country"))
    return found


# Words announcing winners right before the first name ("the two winners are ", "The winner, "),
# a name's "of" and its country ("Kofi Mensah of Ghana"), and what comes between two winners.
_ANNOUNCED = re.compile(r"(?:[Ww]inners?|[Ll]aureates?|[Aa]wardees?|[Rr]ecipients?)"
                        r"(?:\s+(?:are|were|is|was))?\s*[:,]?\s+(?=[A-Z])")
_OF_COUNTRY = re.compile(r" of\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|the)){0,5}?)"
                         r"(?=[,.;)]|\s+and\s|\s*$)")
_NEXT_ITEM = re.compile(r"(?:,\s+and|,|\s+and)\s+(?=[A-Z])")


def _winners_of_countries(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """People named with no honorific as winners, each with "of" and a country ("The two
    winners are Kofi Mensah of Ghana and Aigerim Bekova of Kazakhstan", "The winner, Abdou
    Razak Guy KAMBOGO of Chad, received …"): right after the words announcing winners, then
    after each such winner and "and" or a comma. Read only in a text that announces winners
    (listed_winners): four searches of the whole text are as long as the rest of this rule."""
    found: list[Mention] = []
    for stem_at in sorted(at - 1 for stem in WINNER_STEMS for at in positions(text, stem) if at):
        announced = _ANNOUNCED.match(text, stem_at)  # tried where a stem is: no scan by SRE
        if announced is None:
            continue
        at = announced.end()
        while not overlaps(at, taken):
            name, end = name_at(text, at)
            words = name.split()
            listed = _OF_COUNTRY.match(text, end)
            if (listed is None or not 2 <= len(words) <= 6 or all(w.isupper() for w in words)
                    or not country_tables.country_phrases().get(
                        tuple(re.findall(r"[\w']+", listed.group(1).removeprefix("the ").replace("’", "'"))))
                    or any(w in gazetteer.NOT_NAME_WORDS or w in gazetteer.PLACE_WORDS for w in words)
                    or not_a_person(name) or subdivisions.a_subdivision(name)):
                break
            found.append(Mention("person", person_key(name), name, None, None, name, at, end,
                                 rule="person.en.winner-of-country"))
            taken.append((at, end))
            following = _NEXT_ITEM.match(text, listed.end())
            if following is None:
                break
            at = following.end()
    return found
