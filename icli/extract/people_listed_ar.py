"""People an Arabic text lists with no title: prize winners with their country ("رجاء خالد
عايش، من فلسطين"), and names after words that open a list ("هما …", "كل من …")."""

from __future__ import annotations

import re

from icli.extract import country_tables, gazetteer
from icli.extract.identity import person_key
from icli.extract.mention import Mention
from icli.extract.names_ar import is_stop_ar, not_a_name_word_ar
from icli.extract.patterns import Spans
from icli.extract.role_words_ar import role_word_ar
from icli.extract.roles_ar import role_after_ar
from icli.text.normalize import ARABIC_WORD

# "رجاء خالد عايش، من فلسطين،": a comma, "من" and up to three words before punctuation.
_FROM_COUNTRY_AR = re.compile(
    r"[،,][ \u00a0]*من[ \u00a0]+([^،,.:;\n()]{2,40}?)[ \u00a0]*(?=[،,.:;\n]|$)")


def listed_with_country_ar(text: str, words: list[re.Match[str]], taken: Spans
                           ) -> list[Mention]:
    """People listed with their country and no title, as prize winners are ("المرتبة الأولى:
    رجاء خالد عايش، من فلسطين، فيلم …، ومحمد إحساني، من إيران"): two to four name words
    between the start of the item and "، من" and a country."""
    found: list[Mention] = []
    for listed in _FROM_COUNTRY_AR.finditer(text) if "من " in text else ():
        country = tuple(country_tables.country_word_key_ar(w)
                        for w in ARABIC_WORD.findall(listed.group(1)))
        if country not in country_tables.country_names_ar():
            continue
        before = text[max(0, listed.start() - 60) : listed.start()]
        cut = max(before.rfind(c) for c in ":-–—•،,\n")
        if cut < 0:
            continue  # no list item starts within reach
        item = before[cut + 1 :]
        name = item.strip()
        start = listed.start() - len(item) + (len(item) - len(item.lstrip()))
        if name[:1] == "و" and name.split()[0] not in gazetteer.NAME_PARTICLES_AR:
            name, start = name[1:], start + 1  # "ومحمد إحساني": "و" joins the list's items
        names = name.split()
        if not 2 <= len(names) <= 4 or start in taken or any(
                not_a_name_word_ar(w) and w not in gazetteer.NAME_PARTICLES_AR or not ARABIC_WORD.fullmatch(w)
                for w in names):
            continue
        found.append(Mention("person", person_key(name), name, None, None, name, start,
                             start + len(name), rule="person.ar.listed-with-country"))
    return found


# Words that open a list of people ("هما", "هم", "كل من"), then the list up to the sentence's end
# ("فهم" is rather a noun, "understanding": only "كل من" takes "ف").
_LIST_OPENER_AR = re.compile(r"(?<![\w])(?:و?(?:هما|هم)|(?:و|ف)?كل[ \u00a0]+من)[ \u00a0]*:?[ \u00a0]+([^.\n؟!]{4,300})")
_ITEM_SEP_AR = re.compile(r"[ \u00a0]*[،,][ \u00a0]*")


def listed_after_opener_ar(text: str, taken: Spans, with_roles: bool) -> list[Mention]:
    """People listed with no title after words that open a list ("… هما فاطمة الزهراء رزاق،
    وأسماء كريمي على التوالي", "فكل من لينا بوتنفيت، وسلمى …، فزن"): each item two to four
    name words, "و" joining the items; the list ends at the first item that is no name. A role
    after a name's comma is that name's ("كل من أ، وزير الثقافة، ب، وزير …": the next item
    needs no "و"), a titled name found before is passed with its role. The lists where some
    name has a role when `with_roles`, the others when not."""
    found: list[Mention] = []
    for opener in _LIST_OPENER_AR.finditer(text) if ("هم" in text or "كل من" in text) else ():
        listed = _listed_ar(text, opener, taken)
        if any(m.role for m in listed) == with_roles:
            found.extend(listed)
    return found


def _listed_ar(text: str, opener: re.Match[str], taken: Spans) -> list[Mention]:
    """The people of one list after its opener (listed_after_opener_ar)."""
    found: list[Mention] = []
    position, role_end, named_end = opener.start(1), opener.start(1), -1
    after_role = False  # the item before was a role: this one needs no "و"
    for part in _ITEM_SEP_AR.split(opener.group(1)):
        start = position
        position += len(part)
        end = position  # where the item ends, before its comma
        separator = _ITEM_SEP_AR.match(text, position)
        position = separator.end() if separator else position
        if start < role_end:
            continue  # an item inside the role before ("…، وزير …، رئيس …،")
        words = part.split()
        if words and role_word_ar(words[0]) and named_end >= 0:
            role = role_after_ar(text, named_end)
            if role is None:
                break
            if found and found[-1].end == named_end:
                found[-1].role = role
            role_end, named_end, after_role = text.find(role, named_end) + len(role), -1, True
            continue  # a titled name's role was read with it
        if start in taken:
            named_end, after_role = end, False
            continue  # a titled name, read before
        joined = bool(words) and words[0][:1] == "و" and words[0] not in gazetteer.NAME_PARTICLES_AR
        if start != opener.start(1) and not joined and not after_role:
            break  # after the first item, "و" opens each item: "…، فزن بجوائز" is none
        if joined:
            words[0], start = words[0][1:], start + 1
        name_words: list[str] = []
        for word in words:
            if is_stop_ar(word):
                break
            name_words.append(word)
        if not 2 <= len(name_words) <= 4 or start in taken or any(
                not ARABIC_WORD.fullmatch(w) or not_a_name_word_ar(w)
                and w not in gazetteer.NAME_PARTICLES_AR for w in name_words):
            break
        name = " ".join(name_words)
        found.append(Mention("person", person_key(name), name, None, None, name, start,
                             start + len(name), rule="person.ar.listed"))
        named_end, after_role = start + len(name), False
    return found
