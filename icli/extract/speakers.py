"""People named with no honorific and no role as the subject of a verb of speech ("Amina Khalid
said that …", "In her speech, Amina Khalid stressed …", "“…,” Kofi Mensah said", "“…,” said
Kofi Mensah.", "Awa Diop a déclaré …"): two to four capitalized words that open a clause, none a word of a body, a place,
an office, a field, a country or a demonym, nor a word the article also writes in lower case
(a common word: "Human Rights Watch" beside "human rights"), and together not the name of a
country's region, province or emirate in any language ("Abu Dhabi", "Rabat-Salé-Kénitra",
"Makkah Al-Mukarramah")."""

from __future__ import annotations

import re
from functools import lru_cache

from icli.extract import country_tables, gazetteer, subdivisions
from icli.extract.countries import names_a_country_fr, whole_country_fr
from icli.extract.identity import person_key
from icli.extract.mention import Mention
from icli.extract.patterns import literal_not_after, overlaps, trie_pattern
from icli.extract.person_names import a_noun, name_at, not_a_person, words_before
from icli.text.function_words import DEFINITE_ARTICLES_FR

# Words a verb of speech may follow before it: "also said", "a déclaré", "a également souligné".
_LEADS = {"en": r"(?:(?:also|further)\s+)?", "fr": r"(?:a\s+(?:(?:également|aussi)\s+)?)?"}
# What a clause's first word follows (spaces aside), besides the text's start: a line's end, a
# stop, a comma, a colon, a semicolon or a closing quotation mark.
_CLAUSE_ENDS = "\n.,;:!?”\"»)"
_OPENING = re.compile(r"([^ \t])[ \t]*\Z")  # the last character before spaces


# French articles opening a clause: the words after them are a noun's, not a name.
_ARTICLES_FR = frozenset(article.capitalize() for article in DEFINITE_ARTICLES_FR)


@lru_cache(maxsize=2)
def _verbs(language: str) -> re.Pattern[str]:
    """A space, then a verb of speech of `language` (en.json's and fr.json's `speech_verbs`).
    (Spaces as \\s\\s*, not \\s+: a pattern that opens with one space lets SRE scan for it and
    try the verbs at spaces only, not at every position; a third faster.)"""
    verbs = gazetteer.SPEECH_VERBS if language == "en" else gazetteer.SPEECH_VERBS_FR
    return re.compile(r"\s\s*" + _LEADS[language] + trie_pattern(sorted(verbs)) + r"(?![\w-])")


@lru_cache(maxsize=1)
def _not_a_name_word() -> frozenset[str]:
    """Capitalized words that never make a speaker's name: a sentence's openers, words of
    bodies, places, states, venues and fields, in English and French."""
    return (gazetteer.NOT_NAME_WORDS | gazetteer.GENERIC_ORG_WORDS | gazetteer.STATE_WORDS
            | gazetteer.PLACE_WORDS | gazetteer.UNIT_HEADS | gazetteer.VENUE_WORDS
            | gazetteer.FIELD_WORDS | gazetteer.LEADING_NOISE)


def _a_name(words: list[str], language: str) -> bool:
    """Whether capitalized words before a verb of speech read as a person's name."""
    name = " ".join(words)
    capitalized = [w for w in words if w[:1].isupper()]
    if not 2 <= len(capitalized) <= 4 or not_a_person(name) or words[0][:3].casefold() in ("al-", "el-"):
        return False  # a name opens with a given name, a body often with its article ("Al-Azhar …")
    phrases = country_tables.country_phrases()
    if any(w in _not_a_name_word() or a_noun(w) or not w.replace("-", "").replace("’", "").replace("'", "").isalpha()
           or w.isupper() or phrases.get((w,)) or w.casefold() in gazetteer.ORG_HEADS_FR
           or w.casefold() in gazetteer.ROLE_WORDS_FR for w in words):
        return False  # "United Nations", "Moroccan Government", "Human Rights Council"
    if subdivisions.a_subdivision(name):
        return False  # "Abu Dhabi", "Rabat Salé Kénitra", "Makkah Al-Mukarramah"
    if language == "fr":
        return not (whole_country_fr(name) or names_a_country_fr(name))
    return name not in country_tables.country_names()


def _common_word(words: list[str], text: str) -> bool:
    """Whether the article also writes one of `words` in lower case: a common word of its
    language, no word of a name ("Human Rights Watch said …" in a text on human rights)."""
    return any(re.search(literal_not_after(word.lower(), r"[\w-]") + r"(?![\w-])", text) for word in words)


def speakers(text: str, taken: list[tuple[int, int]], language: str) -> list[Mention]:
    """The people named with no honorific and no role as a verb of speech's subject at a
    clause's start, outside the `taken` spans; no role."""
    found: list[Mention] = []
    for verb in _verbs(language).finditer(text):
        before = words_before(text, verb.start(), taken)
        if before is None:
            continue
        words, start, end = before
        opening = _OPENING.search(text, max(0, start - 40), start)  # what the words follow
        while words and (words[0] in gazetteer.NOT_NAME_WORDS or words[0] in gazetteer.LEADING_NOISE
                         or words[0] in _ARTICLES_FR  # "Meanwhile Amina Khalid", "Le Maroc"
                         or "\n" in text[start:end]):  # a title's last word, then the line
            if "\n" in text[start:end]:
                opening = None  # the words open a line
            start += len(words.pop(0))
            while text[start : start + 1].isspace():
                start += 1
        if (not words or end != verb.start() or overlaps(end - 1, taken)
                or opening and opening.group(1) not in _CLAUSE_ENDS or not _a_name(words, language)
                or _common_word(words, text)):
            continue
        name = " ".join(words)
        found.append(Mention("person", person_key(name), name, None, None, name, start, end,
                             rule=f"person.{language}.speaker"))
        taken.append((start, end))
    quotes = [quote for pattern in _QUOTE_THEN_VERB[language] for quote in pattern.finditer(text)]
    for quote in sorted(quotes, key=lambda quote: quote.start()):  # "“…,” said Amina Khalid."
        name, end = name_at(text, quote.end())
        if (name and not overlaps(quote.end(), taken) and _NAME_ENDS.match(text, end)
                and _a_name(name.split(), language) and not _common_word(name.split(), text)):
            found.append(Mention("person", person_key(name), name, None, None, name, quote.end(),
                                 end, rule=f"person.{language}.speaker"))
            taken.append((quote.end(), end))
    return found


# A closing quotation mark, a comma, then a verb of speech before the speaker's name: "“…,”
# said Amina Khalid.", "« … », a déclaré Awa Diop." (One pattern for each English quotation
# mark, each opening with its literal character, which the engine scans for fast; one opening
# with the class of both tested every character: 14 µs of a 2,000-character text.)
_QUOTE_THEN_VERB = {
    "en": [re.compile(quote + r",?\s+(?:said|added|stated|noted|explained|stressed)\s+") for quote in "”\""],
    "fr": [re.compile(r"»\s*,\s+a\s+(?:déclaré|ajouté|indiqué|souligné|précisé|expliqué)\s+")],
}
# What ends a speaker's name after the verb: a stop, a comma, a semicolon or the text's end.
_NAME_ENDS = re.compile(r"[.,;]|\s*$")
