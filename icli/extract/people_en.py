"""People named in an English text, with the role the text gives them."""

from __future__ import annotations

import re
from functools import lru_cache

from icli.extract import country_tables, gazetteer
from icli.extract.honorific_chains import given_name_title, honorific_chain, honorific_start
from icli.extract.honorific_roles_en import head_of_state_role, honorific_role, role_into_honorific
from icli.extract.identity import (
    people_in_article,
    person_key,
)
from icli.extract.inside_phrase_en import inside_a_phrase
from icli.extract.lower_roles_en import LOWER_HEAD, LOWER_ROLE_BEFORE_START, lower_head_before
from icli.extract.mention import Mention
from icli.extract.names_after_roles_en import acronyms_then_names, roles_comma_names
from icli.extract.next_person import and_named_next, named_next, next_person_at
from icli.extract.patterns import (
    CAPITAL,
    MAX_MENTIONS,
    by_first_letter,
    comma_or_parenthesis,
    literal_starts,
    overlaps,
    trie_pattern,
    word_starts,
)
from icli.extract.person_names import (
    LIST_COMMA_EN,
    PERSONAL_HONORIFIC,
    a_name_next,
    a_noun,
    name_at,
    not_a_person,
    past_role_qualifier,
    portfolio_words,
    role_lead,
    roles_before,
    words_before,
)
from icli.extract.role_phrase_en import noun_phrase
from icli.extract.royal_bodies import royal_after_head, royal_body
from icli.extract.shared_roles import share_roles
from icli.extract.speakers import speakers
from icli.extract.winners_en import listed_winners, winners_with_countries
from icli.text.dates import WEEKDAYS
from icli.text.normalize import name_norm

# An honorific and a space, or its dot glued to the name ("Dr.Kamal").
_AFTER_HONORIFIC = rf"(?:\s+|(?<=\.)(?={CAPITAL}))"
_HONORIFIC = by_first_letter(gazetteer.HONORIFIC_WORDS) + _AFTER_HONORIFIC
# An honorific that starts a word (checked by word_starts: not after a letter or a dot).
_HONORIFIC_CHAIN = re.compile(honorific_chain(gazetteer.HONORIFIC_WORDS, _AFTER_HONORIFIC)
                              + rf"(?={CAPITAL}|al-|el-)")
_HONORIFIC_CHAIN_STARTS = re.compile(honorific_start(gazetteer.HONORIFIC_WORDS))
_ROLE_WORD = trie_pattern(gazetteer.ROLE_WORDS)
# A role's first words: articles, "former", then up to two capitalized words before a role
# word ("Federal Minister", "ISESCO Director General").
_ROLE_START = re.compile(rf"^(?:(?:the|a|an|former)\s+)*(?:{CAPITAL}[\w’'\-]*\s+){{0,2}}"
                         rf"{_ROLE_WORD}\b")
# (an honorific's dot inside a role is no sentence's end: "Adviser to Dr. X", "Assistant to H.E.
# the Minister"; nor a qualifier in brackets between a role's head and its complement: "Deputy
# Vice-Chancellor (Research) of …"; after the role's end, person_names.past_role_qualifier)
_ROLE_END = re.compile(  # also before another person: ", Ambassador Khalid …"
    r",\s+(?=[a-z])(?!in\s+charge\s+of\s|responsible\s+for\s|ex[ -]officio\s)|,\s+(?:and|who|which)\b|,\s+(?=(?:Dr|Mr|Ms|Mrs|Prof|Eng|Amb|H\.\s?E|HH)\b)"
    rf"|,\s+(?=(?:{_HONORIFIC}){CAPITAL}[\w’'\-]*(?:\s+|,))"
    r"|;|\.(?<!a\.i\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!H\.E\.)\s|\.$|\s\((?![A-Z]{2,}\))(?![\w ]{1,30}\)\s+(?:of|for|at)\s)|,\s[–—](?:\s|$)|\s[–—](?:\s|$)|$"
)  # (every branch opens with a character, the look-behinds after it: SRE then rejects a position
# by that character instead of trying six look-behinds at each one; 17 → 7 µs a search)
# "Leyla Hasanova, Head of ...", "Leyla Hasanova (Head of ...)": found from the role backwards
# (roles are rarer than capitals).
_ROLE_NEXT = (r"(?=(?:(?:the|a|an|former)\s+)?(?:(?:[A-Z][\w’'\-]*\s+){0,2}" + _ROLE_WORD
              + r"|(?:" + LOWER_HEAD + r")(?=\s+(?:of|at|in|for|to)\s))\b)")  # "X, professor of …"
_COMMA_ROLE = re.compile(r",\s+" + _ROLE_NEXT)
_PARENTHESIS_ROLE = re.compile(r"\s\(" + _ROLE_NEXT)
# A body's acronym right before a head's title ("UNESCO Director General", "ICESCO’s DG").
_OWNER_BEFORE = re.compile(r"\b[A-Z]{2,}(?:’s|'s)?\s+$")
# A head's title written in two words ("Director General"), which also heads nouns ("the Director
# General Message"): one capitalized word after it is a name only after a body's acronym.
_SPACED_TITLE = re.compile(r"(?:Director|Secretary) General\s*$")


def _role_after(text: str, end: int) -> Role | None:
    """The role given right after a name, and its office: 'Dr. X, Director-General of ICESCO,
    met ...'; its first word may be in lower case ('former director-general of UNESCO')."""
    if text.startswith(" (", end):
        return _role_in_parentheses(text, end + 2)
    capacity = _CAPACITY.match(text, end)  # ", in his capacity as President of …", " as …"
    if not (capacity or text.startswith(", ", end)):
        return None
    rest = text[capacity.end() if capacity else end + 2 : end + 300]
    if not (_ROLE_START.match(rest) or _ROLE_START.match(_first_word_capitalized(rest))) or (
            named_next(rest, _HONORIFIC_CHAIN)):  # "X, Ambassador Y and …": Y is the next person
        return None
    stop = _ROLE_END.search(rest)
    while stop and (goes_on := (inside := LIST_COMMA_EN.match(rest, stop.start())) and max(stop.end(), inside.end())
                    or past_role_qualifier(rest, stop.start())):  # "for Education, Culture, and Science"
        stop = _ROLE_END.search(rest, goes_on)
    phrase_end = stop.start() if stop else len(rest)
    for comma in _COMMA.finditer(rest, 0, phrase_end):  # "…, Director of Planning, Ali Said,"
        if a_name_next(rest, comma.end()):
            phrase_end = comma.start()
            break
    joint = and_named_next(rest, 0, phrase_end, _HONORIFIC_CHAIN)  # "… affairs and Ambassador Y as …"
    if joint is None:  # "…, Vice Chairman of X and Y, Ambassador of Z": Y's role is Y's
        joint = next_person_at(rest, 0, phrase_end, _HONORIFIC_CHAIN, _ROLE_START.match, "en")
    if joint is not None:
        phrase_end = joint
    phrase = rest[:phrase_end]
    role = noun_phrase(phrase).strip(" ,")
    if _LOWER_ROLE.match(phrase) and role != phrase.strip(" ,"):
        return None  # "Dr. X, the minister expressed …": the subject of the next clause
    return _stated(role, role) if 3 <= len(role) <= 250 else None


def _role_text_after(text: str, end: int) -> str | None:
    """The role given right after a name, as written (_role_after without its office)."""
    after = _role_after(text, end)
    return after[0] if after else None


def _role_in_parentheses(text: str, start: int) -> Role | None:
    """A role in parentheses right after a name ("Mr. X (Minister of Culture of Senegal)
    opened …"): the whole of what they hold, if it is one role's noun phrase."""
    close = text.find(")", start, start + 250)
    inside = text[start:close] if close > 0 else ""
    if "(" in inside or not (_ROLE_START.match(inside) or _ROLE_START.match(_first_word_capitalized(inside))):
        return None
    role = inside.strip()
    return _stated(role, role) if noun_phrase(role) == role else None


_COMMA = re.compile(r",\s+")
# Words that give a person's capacity before the role: "Dr. X, in his capacity as President of
# …", "Dr. X, as President of …", "signed by Dr. X as President of …", "Mr. X, who serves as …",
# "Dr. X was appointed as Director of …", after the country or the body the name is given with
# ("Ambassador X of Uganda as …", "Ambassador Y from Sudan was elected …").
_CAPACITY = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+(?:of\s+)?){0,3}[A-Z][\w’'\-]*(?=\s+(?:as|was|has)\s))?"
                       r",?\s+(?:in\s+(?:his|her|their)\s+capacity\s+as|as"
                       r"|who\s+(?:serves|served|acts|acted|works)\s+as"
                       r"|(?:was|has\s+been|had\s+been)\s+(?:appointed|elected|re-elected|named)(?:\s+as)?)"
                       r"\s+(?=\S)")
# A role in lower case after an article ("the minister", "the director"): a verb after it makes
# it the subject of a new clause, not the role of the name before.
_LOWER_ROLE = re.compile(rf"(?:the|a|an)\s+(?:{CAPITAL}[\w’'\-]*\s+)?[a-z]")


def _first_word_capitalized(phrase: str) -> str:
    """`phrase` with its first word after an article (or "former") capitalized: a role written
    in lower case ("a member of", "former director-general of") read as a role's start."""
    lead = re.match(r"(?:(?:the|a|an|former)\s+)*", phrase)
    at = lead.end() if lead else 0
    demonym = _DEMONYM_FIRST.match(phrase, at)  # "the Iraqi ambassador in Cairo"
    if demonym:
        at = demonym.end()
    return phrase[:at] + phrase[at : at + 1].upper() + phrase[at + 1 :]


# A capitalized word and a space before a role word in lower case ("Iraqi ambassador").
_DEMONYM_FIRST = re.compile(rf"{CAPITAL}[\w’'\-]*\s+(?=[a-z])")


# A role written before a name: articles and possessives ("the", "its"), "former", "acting", up to three
# capitalized words, a role word.
_ROLE_BEFORE_START = re.compile(
    rf"(?:(?:the|The|its|his|her|their|a|an|former|Former|acting)\s+)*(?:{CAPITAL}[\w’'\-]*\s+){{0,3}}"
    rf"{_ROLE_WORD}\b")
_OPENS_WITH_ARTICLE = re.compile(r"(?:the|The|its|his|her|their)\s")


def _role_before(text: str, start: int) -> Role | None:
    """The role written before a name and a comma (person_names.roles_before): "The President
    of the Republic of Azerbaijan, Mr Ilham Aliyev", "delivered by ISESCO Director General, Dr
    …", every role of a chain ("the President of …, Minister of Culture of …, Mr …")."""
    roles = roles_before(text, start, _ROLE_BEFORE_START, noun_phrase, LIST_COMMA_EN,
                         _OPENS_WITH_ARTICLE)
    if roles is None and lower_head_before(text, start):  # "the Iraqi ambassador in Cairo, X"
        roles = roles_before(text, start, LOWER_ROLE_BEFORE_START, noun_phrase, LIST_COMMA_EN,
                             _OPENS_WITH_ARTICLE)
    role = office = ", ".join(roles or ())
    if role.startswith("its "):  # "(ICESCO), represented by its Director-General, Dr. …"
        owner = _OWNER.search(text, max(0, start - 300), text.rfind(role, 0, start))
        office = f"{role} of {owner.group(1)}" if owner else role
    return _stated(role, office) if 3 <= len(role) <= 250 else None


# The body "its" stands for in a role before a name: an acronym, then a few lower-case words
# ("ICESCO, represented by its Director-General").
_OWNER = re.compile(r"\b([A-Z]{2,})\)?,?(?:\s+[a-z]+){0,3}\s+$")


# A role and its office (office_of): what a person's role is as stated, and what identity compares.
Role = tuple[str, str]


def _stated(role: str, office: str) -> Role:
    """A role as the article states it, and the office of `office` (the same words, or with the
    body "its" stands for: "its Director-General" of UNESCO)."""
    return role, office_of(office)


@lru_cache(maxsize=8192)
def office_of(role: str) -> str:
    """The office a role names, in one spelling, for identity only (a stored role stays as the
    article states it): 'ICESCO’s Director General', 'ICESCO DG' → 'Director-General of ICESCO'."""
    role = re.sub(r"^(?:[Tt]he|an?|An|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+", "", role)
    role = re.sub(r"\b(Director|Secretary)[ -]General\b", r"\1-General", role)
    role = re.sub(r"\bDG\b", "Director-General", role)  # "ICESCO DG"
    # the owner's long name given after the role, shortened by article.prepare: "Director
    # General of ISESCO (ISESCO)", "ISESCO Director General (ISESCO)"
    role = re.sub(r"\b([A-Z]{2,})\s*\(\1\)", r"\1", role)
    role = re.sub(r"^(([A-Z]{2,})\S*\s.*?)\s*\(\2\)$", r"\1", role)
    owner = re.match(r"^([A-Z]{2,}[A-Za-z]*)(?:’s|'s)?\s+(.+)$", role)
    if owner and _ROLE_START.match(owner.group(2)) and " of " not in owner.group(2):
        role = f"{owner.group(2)} of {owner.group(1)}"
    return role[0].upper() + role[1:]


# Prepositions that open a phrase of place or time at a clause's start: the capitalized words
# after them name a place ("In Addis Ababa, Minister of Culture, …"), not a person.
_PLACE_PREPOSITIONS = frozenset({"In", "At", "From"})


def extract_people(text: str, skip: list[tuple[int, int]]) -> list[Mention]:
    """Named people with the role the text gives them, one mention per identity, and the
    bodies named after a sheikh or a royal ("Sheikh X for Scientific Excellence": partner
    mentions, no person).

    Names inside the `skip` spans (organizations such as "King Salman ... Center") are ignored.
    """
    found: list[Mention] = []
    taken = list(skip)
    for match in word_starts(_HONORIFIC_CHAIN, text, ".", _HONORIFIC_CHAIN_STARTS):
        if len(found) >= MAX_MENTIONS:
            break
        if overlaps(match.start(), skip) or royal_after_head(match.group(), text, match.start(), "en"):
            continue  # "the Grand Mosque of Sheikh Zayed": the building's name
        name, end = name_at(text, match.end())
        if " " not in name and _SPACED_TITLE.search(match.group()) and not _OWNER_BEFORE.search(
                text, max(0, match.start() - 20), match.start()):
            continue  # "the Director General Message", "the Secretary General Spokesman"
        if (given := given_name_title(match.group())) is not None and name:
            name, end = name_at(text, match.start() + given)  # "Prof. Emir X": his first name
        if name and royal_body(match.group(), name, text, end):
            continue  # "King Khalid University", "King Fahd Hospital": a body's name
        if not name or not_a_person(name) and not _NAMED_AFTER.match(text, end) or (
                " " not in name and _HONORIFIC_NEXT.match(text, end)):
            continue  # a title's words after an honorific that is a role ("Ambassador
            # Extraordinary and Plenipotentiary of …") are left to the role's rules; "President
            # AIOU Dr X": a role's word, then the person's honorific
        taken.append((match.start(), end))
        named_after = _NAMED_AFTER.match(text, end)
        if named_after and _BODY_NAMERS.search(match.group()):  # a body named after a sheikh
            body = text[match.start() : named_after.end()]
            found.append(Mention("partner", name_norm(body), body, None, None, body,
                                 match.start(), named_after.end(), rule="partner.en.named-after-person"))
        if named_after or not (gazetteer.PLACE_WORDS.isdisjoint(name.split())
                               or PERSONAL_HONORIFIC.search(match.group())):
            continue  # "Sheikh X for Scientific Excellence", "King Abdullah Economic City"; not
            # "Ms. June Park": after a personal honorific a place word is a surname
        if not_a_person(name):
            continue
        after = _role_after(text, end)
        if (after and text.startswith(after[0], end + 2) and _ROLE_NEXT_NAME.match(text, end + 2 + len(after[0]))
                and (own := _role_before(text, match.start()))
                and not text[: text.rfind(own[0], 0, match.start())].rstrip().endswith(",")):
            after = None  # "of A's Director, Dr X, B's Rector, Dr Y": the role after X is Y's (not in
            # "Dr W, A's Director, Dr X, B's Rector, Dr Y": then each role follows its name)
        elif after and _CAPACITY.match(text, end) and _role_before(text, match.start()):
            after = None  # "the appointment of ISESCO Director General, Dr X, as Secretary General
            # of …": his role, then the capacity he is given
        role, office = after or _role_before(text, match.start()) or (None, None)
        if after is None and role is not None and (whole := role_into_honorific(text, match, role)):
            role, office = _stated(whole, whole)  # "Deputy Minister Mr. X", not "Deputy"
        if role is None and given is None and (implied := honorific_role(text, match, end)):
            role, office = _stated(implied, implied)
        found.append(Mention("person", person_key(name), name, None, role, name, match.start(), end,
                             rule="person.en.honorific", office=office))
    for comma in comma_or_parenthesis(_COMMA_ROLE, _PARENTHESIS_ROLE, text):
        if len(found) >= MAX_MENTIONS:
            break
        before = words_before(text, comma.start(), taken)
        if before is None:
            continue
        words, _, name_end = before
        place = bool(words) and words[0] in _PLACE_PREPOSITIONS  # "In Addis Ababa, Minister of …"
        while words and words[0] in gazetteer.NOT_NAME_WORDS:
            words.pop(0)
        if place or len(words) < 2 or any(w in gazetteer.NOT_NAME_WORDS or w.isupper() and len(w) > 2
                                 for w in words):
            continue
        name = " ".join(words)
        if (name in country_tables.country_names() or not_a_person(name)
                or inside_a_phrase(text, name_end - len(name), _HONORIFIC_CHAIN, _ROLE_START) and gazetteer.SON_OF.isdisjoint(words)):
            continue
        role, office = _role_after(text, name_end) or (None, None)
        found.append(Mention("person", person_key(name), name, None, role, name,
                             name_end - len(name), name_end, rule="person.en.name-comma-role",
                             office=office))
    found.extend(winners_with_countries(text, taken, MAX_MENTIONS - len(found)))
    found.extend(listed_winners(text, taken + [(m.start, m.end) for m in found]))
    if " of " in text or " for " in text:
        _roles_then_names(text, taken + [(m.start, m.end) for m in found] + skip, found)
    _occupations_then_names(text, taken + [(m.start, m.end) for m in found] + skip, found)
    acronyms_then_names(text, taken + [(m.start, m.end) for m in found] + skip, found, _role_before)
    if ", " in text:
        roles_comma_names(text, taken + [(m.start, m.end) for m in found] + skip, found, _role_before)
    found.extend(speakers(text, taken + [(m.start, m.end) for m in found] + skip, "en"))
    bodies = list({m.key: m for m in reversed(found) if m.kind == "partner"}.values())[::-1]
    people = [m for m in found if m.kind == "person"]
    for person in share_roles(text, people, "en", _role_text_after):
        person.office = office_of(person.role or "")
    _without_names(text, people)
    ordered = sorted(people, key=lambda m: m.start)
    return people_in_article(ordered, text) + bodies


def _without_names(text: str, people: list[Mention]) -> None:
    """One person, one role: a role read before a name that holds another person's name and
    "and" keeps what follows them ("Minister of Culture Ali Omar and Director of X, Dr. Y" is
    Dr. Y's "Director of X"); one that holds another's name and a comma, or that lies inside
    the role given after another's name (or holds this one's name), is that person's, not this
    one's ("Mr X, Ambassador to Y and his country's Delegate to Z, Dr. W said": no role for
    Dr. W), except a head of state's title right before this one's name ("Mr X, Adviser to His
    Majesty King Y": King Y's role is "King")."""
    for person in people:
        if not person.role:
            continue
        for other in people:  # named within the role's length before the person
            if (other.role and other.end < person.start < other.end + 2 + len(other.role)
                    and text.startswith(", " + other.role, other.end)):
                title = text.endswith(person.name, 0, person.end) and head_of_state_role(
                    text[person.start : person.end - len(person.name)])
                person.role, person.office = _stated(title, title) if title else (None, None)
                break  # "Mr X, Adviser to King Y, …": inside X's role; King Y's own is "King"
            if not (person.role and person.start - len(person.role) - 9 < other.start < person.start):
                continue
            if (cut := person.role.find(f" {other.name} and ")) >= 0:
                role = person.role[cut + len(other.name) + 6 :]
                person.role, person.office = _stated(role, role)
            elif (f" {other.name}, " in f" {person.role}" or other.role
                  and other.role.endswith(person.role) and text.startswith(", " + other.role, other.end)):
                person.role = person.office = None  # also a person named inside it ("Mr X,
                # Adviser to King Y, President of Z": Z is X's, not King Y's)


# A role with its complement and a name after it, no comma between them: "the Minister of
# Foreign Affairs of Uzbekistan Bakhtiyor Saidov met …", "Iranian Minister of Education Mohammad
# Bathaei and …"; two qualifiers joined by "and" may come between the role word and its
# complement ("Ambassador Extraordinary and Plenipotentiary of X to Y"). The complement's last capitalized words hold a country or a portfolio, then
# the name.
_CAP_WORD = r"[A-Z][\w’'\-]*"
_ROLE_OF_THEN_NAME = re.compile(
    rf"{_ROLE_WORD}(?:\s+{_CAP_WORD}\s+and\s+{_CAP_WORD}(?=\s+(?:of|to)\s))?(?:\s+(?:of|for|to)\s+(?:the\s+)?{_CAP_WORD}"
    rf"(?:\s+(?:and\s+(?!{_ROLE_WORD}\b))?{_CAP_WORD})*)+"
    r"(?=\s+[a-z]|[,.;:]|\s*$)")
# An organization's or a unit's head word right before the last complement: the capitalized
# words after that complement go on with the body's name (a place: "… and Tourism Abu Dhabi").
_BODY_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(gazetteer.ORG_HEADS | gazetteer.UNIT_HEADS))
                          + r") $")
_LAST_COMPLEMENT = re.compile(r"\s(?:of|for|to)\s+(?:the\s+)?(?!.*\s(?:of|for|to)\s)")


def _name_after_complement(words: list[str]) -> int:
    """How many of a complement's capitalized words are a country or a portfolio, with a name of
    two to four words after them; 0 if none are. A complement that ends with a common noun
    ("Education and Professional Training", "Cairo University", "Strategic Studies") holds
    every word before a name with none."""
    phrases = country_tables.country_phrases()
    for cut in range(len(words) - 2, 0, -1):
        head, name = words[:cut], words[cut:]
        if len(name) > 4 or head[-1] == "and" or any(
                w == "and" or w in gazetteer.NOT_NAME_WORDS or w in portfolio_words()
                or a_noun(w) for w in name):
            continue
        if (phrases.get(tuple(w.replace("’", "'") for w in head))
                or all(w in portfolio_words() or w == "and" for w in head)
                or head[-1] in portfolio_words() or a_noun(head[-1])):
            return cut
    return 0


def _roles_then_names(text: str, taken: list[tuple[int, int]], found: list[Mention]) -> None:
    """Add the people named right after their role with no comma (_ROLE_OF_THEN_NAME), role
    first ("Egyptian Minister of Education"), and end the role of a person named before at the
    comma before such a role (one person, one role)."""
    for match in word_starts(_ROLE_OF_THEN_NAME, text):
        if len(found) >= MAX_MENTIONS:
            break
        if overlaps(match.start(), taken):
            continue
        complement = _LAST_COMPLEMENT.search(match.group())
        if complement is None or _BODY_BEFORE.search(match.group(), 0, complement.start() + 1):
            continue  # "Chairman of the Department of Culture and Tourism Abu Dhabi": the body's name
        words = match.group()[complement.end():].split()
        end = match.end()
        while words and words[-1].casefold() in WEEKDAYS:  # "… Hussain Monday appreciated"
            end = text.rindex(words.pop(), 0, end)
        end = len(text[:end].rstrip())
        cut = _name_after_complement(words)
        if not cut:
            continue
        name = " ".join(words[cut:])
        name_start = end - len(name)
        if text[name_start:end] != name or not_a_person(name) or overlaps(name_start, taken):
            continue
        role_start = role_lead(text, match.start())
        role = text[role_start:name_start].strip()
        if royal_body(role, name, text, end):
            continue  # "Director of King Fahd Hospital": not "Fahd Hospital", "Director of King"
        for person in found:  # "Dr X, Secretary General of ISESCO, Iranian Minister of …"
            if person.kind == "person" and person.role and person.end < role_start < person.end + 3 + len(person.role):
                kept = text[person.end : role_start].strip(" ,")
                if kept and person.role.startswith(kept):
                    person.role, person.office = _stated(kept, kept)
        found.append(Mention("person", person_key(name), name, None, role, name, name_start,
                             end, rule="person.en.role-then-name", office=office_of(role)))
        taken.append((role_start, end))


# "Saudi journalist Jamal Khashoggi", "the poet Amina Said": an occupation in lower case
# (en.json's `occupations`), a demonym or nothing before it, then the name.
# An occupation in lower case before a capital; the capitalized word right before it (its
# demonym, if it is one) is read apart. The occupations are found as literals
# (patterns.literal_starts): the engine's scan for their first letters, lower-case ones found
# everywhere, took 36 µs of a 2,000-character text, the literal searches about 20.
_OCCUPATION_THEN_NAME = re.compile(
    rf"(?P<occupation>{trie_pattern(gazetteer.OCCUPATIONS)})\s+(?={CAPITAL})")
_CAP_WORD_BEFORE = re.compile(rf"(?<![\w’'\-])({_CAP_WORD})\s+$")


def _occupations_then_names(text: str, taken: list[tuple[int, int]], found: list[Mention]) -> None:
    """Add the people named right after their occupation in lower case, with the occupation
    (and its demonym) as their role."""
    for match in literal_starts(_OCCUPATION_THEN_NAME, gazetteer.OCCUPATIONS, text):
        name, end = name_at(text, match.end())
        if (len(name.split()) < 2 or not_a_person(name) or overlaps(match.end(), taken)
                or any(w in gazetteer.NOT_NAME_WORDS or w.isupper() and len(w) > 2
                       for w in name.split())):
            continue
        before = _CAP_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        demonym = before.group(1) if before else None
        if demonym and country_tables.country_phrases().get((demonym.replace("’", "'"),)):
            role = f"{demonym} {match.group('occupation')}"
        else:
            role = match.group("occupation")
        found.append(Mention("person", person_key(name), name, None, role, name, match.end(),
                             end, rule="person.en.occupation-then-name", office=office_of(role)))
        taken.append((before.start(1) if before else match.start(), end))


# A personal honorific after a space: another person's name starts; after a comma: a role just
# read is that person's.
_HONORIFIC_NEXT = re.compile(r"\s+" + PERSONAL_HONORIFIC.pattern)
_ROLE_NEXT_NAME = re.compile(r",\s+" + PERSONAL_HONORIFIC.pattern)
# After a name, "for" and capitalized words: an organization or prize named after that person.
_NAMED_AFTER = re.compile(
    rf"\s+for(?!\s+(?:His|Her|Their|Its)\b)(?:\s+(?:{CAPITAL}[\w’'\-]+|and|of|the)){{1,8}}(?<!\sand)(?<!\sof)(?<!\sthe)")
# Titles whose bearers give their names to bodies ("the Sheikh X for Scientific Excellence").
_BODY_NAMERS = re.compile(r"Sheikh|Shaikh|King|Prince|Emir|Sultan")
