"""One thing named in English, French and Arabic, as the versions linker compares it: pure
functions, no storage.

- `script_skeleton`: a surname as the consonants both scripts write it with, so "البراك" and
  "Al-Barrak" agree, and `name_skeleton`: a whole name so, its articles kept ("محمد العبسي" and
  "Mohamed Al-Absi", "محمد زين العابدين" and "Mohamed Zinelabidine");
- `partner_keys`: the keys a partner is known by in any language (its English acronym, its
  acronym in the table of well-known partners (`known_partners`), a body that exists once per
  country: offices.body_signature);
- `title_words`: the names a Latin-script title writes, which an English and a French title of
  one item share ("Marrakech"), and `title_sounds`: the consonants of the names any title
  writes, which an Arabic and a Latin-script title of one item share ("موندياكولت",
  "Mondiacult");
- `name_runs`: the consonants of two or three names a text writes one after the other, which an
  Arabic and a Latin-script version share when the extractor did not read the person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from icli.extract import country_tables, gazetteer
from icli.extract.gazetteer import english_acronym
from icli.extract.known_partners import partner_of_name
from icli.extract.name_consonants import (
    ARABIC_ARTICLE_START,
    ARABIC_CONSONANTS,
    ARABIC_PARTICLES,
    LATIN_ARTICLE,
    LATIN_ARTICLES,
    LATIN_DIGRAPHS,
    LATIN_DROP,
    LATIN_PARTICLES,
    NOT_CONSONANT,
    consonants_of,
    name_words,
)
from icli.extract.offices import body_signature
from icli.text.dates import MONTHS, WEEKDAYS
from icli.text.normalize import (
    ARABIC_LETTER,
    ARABIC_WORD,
    arabic_fold,
    arabic_word_key,
    plain,
)

# Skeletons too common to tell people apart (Mohammed, Ahmed, Abdallah, Hassan).
_COMMON_SKELETONS = {"mhmd", "hmd", "bdlh", "bdl", "hsn"}


@lru_cache(maxsize=65536)
def script_skeleton(surname: str) -> str:
    """A surname as the consonants both scripts write it with, so an Arabic surname and its
    Latin transcriptions agree ("البراك", "Al-Barrak", "albarrak" → "brk"; "تامينوف",
    "Taminov" → "tmnf"): the article dropped, vowels, semivowels, ʿayn, hamza and a final h
    dropped, a letter written twice once. '' when fewer than three consonants are left or the
    skeleton is too common to tell people apart."""
    skeleton = consonants_of(surname)
    return skeleton if len(skeleton) >= 3 and skeleton not in _COMMON_SKELETONS else ""


def names_agree(one: str, other: str) -> bool:
    """Whether two full names (two words or more, particles such as bin/بن set aside) may be
    one person's, every part of them agreeing, middle names too: in one script, the same
    spelling but for case, accents, hyphens and spaces, the article's spelling (El-/Al-),
    letters written twice and ou for u ("Omar Al-Zoubi", "Omar Al-Zubi"; "Ali Hassan" is not
    "Ali Hussein"); across scripts, the same consonants (however few: "Omar Al-Zoubi" and
    "عمر الزعبي" are "mr" and "zb") with the y an Arabic name writes inside a word (ي:
    "حسين", "حيدر") matched by a y its Latin transcription writes (ei, ai, ay, ee, y, or an i
    that may stand for it): "Hussein" is "حسين", "Hassan" is not. Too weak to say who someone
    is among many: read only for the one person each of two versions of one item names that
    the other does not (version_joins.same_person)."""
    words, other_words = name_words(one), name_words(other)
    if len(words) < 2 or len(other_words) < 2:
        return False
    arabic, other_arabic = bool(ARABIC_LETTER.search(one)), bool(ARABIC_LETTER.search(other))
    if arabic == other_arabic:
        return _spelled(words, arabic) == _spelled(other_words, arabic)
    written, latin = (words, other_words) if arabic else (other_words, words)
    # the articles left out on both sides ("Zoubi", "الزعبي"), or kept as an l on both
    # ("Zinelabidine", "زين العابدين")
    return any(_across(written, latin, article) for article in (False, True))


def _across(written: list[str], latin: list[str], article: bool) -> bool:
    """Whether an Arabic name's words and a Latin name's agree by their letters, articles
    left out or kept as an l."""
    letters = "".join(_arabic_letters(word, article) for word in written)
    return bool(letters) and re.fullmatch(
        "".join(_latin_letters(word, article) for word in latin), letters) is not None


_LATIN_VOWELS = re.compile(r"[aeiouy]+|[bdfghjklmnrstz]|[^aeiouybdfghjklmnrstz]")


def _spelled(words: list[str], arabic: bool) -> str:
    """A name's words as one script's spellings of it compare: Arabic folded, Latin without
    case, accents, hyphens, its articles' e (El-/Al-), letters written twice and ou for u."""
    if arabic:
        return "".join(arabic_fold(word) for word in words)
    text = re.sub(r"(?:^|(?<=\s))el(?=[-’' ]|\w{3})", "al", plain(" ".join(words)))
    text = re.sub(r"[^a-z]", "", text).replace("ou", "u")
    return re.sub(r"(.)\1+", r"\1", text)


def _arabic_letters(word: str, article: bool) -> str:
    """An Arabic word of a name as its consonants (script_skeleton's letters), with a ي inside
    it (not first, not last) as y; a final h dropped; its article left out, or kept as an l."""
    key = arabic_word_key(word)
    if article and ARABIC_ARTICLE_START.match(word):
        return "l" + _arabic_letters(key, False)
    letters = "".join("y" if letter == "ي" and 0 < i < len(key) - 1
                      else letter.translate(ARABIC_CONSONANTS) for i, letter in enumerate(key))
    return re.sub(r"(.)\1+", r"\1", NOT_CONSONANT.sub("", letters)).removesuffix("h")


def _latin_letters(word: str, article: bool) -> str:
    """A Latin-script word of a name as a pattern of the Arabic letters it may stand for
    (_arabic_letters): its consonants, and inside the word a y for ei, ai, ay, ee or y and an
    optional one for another i; its first and last vowels, and other vowels, left out; an
    article (Al-, El, a word of its own or glued) left out, or kept as an l."""
    if plain(word) in LATIN_ARTICLES:
        return "l" if article else ""
    folded = LATIN_ARTICLE.sub("l" if article else "", plain(word))
    for written, consonant in LATIN_DIGRAPHS:
        folded = folded.replace(written, consonant)
    parts = _LATIN_VOWELS.findall(re.sub(r"([^aeiouy])\1+", r"\1", folded))
    pattern = []
    for i, part in enumerate(parts):
        if part[0] not in "aeiouy":
            pattern.append(part if part in "bdfghjklmnrstz" else "")
        elif 0 < i < len(parts) - 1:
            pattern.append("y" if "y" in part or "ee" in part or re.search("[ae]i", part)
                           else "y?" if "i" in part else "")
    return "".join(pattern).removesuffix("h")


# A whole name's skeleton says who someone is only with this many consonants (a first name and
# a short surname, "Mohamed Al-Absi": "mhmdlbs"); fewer, and two people share it too often.
MIN_NAME_CONSONANTS = 6


@lru_cache(maxsize=65536)
def name_skeleton(name: str) -> str:
    """A whole name of two words or more as the consonants both scripts write it with, every
    word's article kept as an l ("محمد العبسي", "Mohamed Al-Absi", "Mohammed Al-Absi" →
    "mhmdlbs"; "محمد زين العابدين", "Mohamed Zinelabidine", "Mohamed Zine El Abidine" →
    "mhmdznlbdn"); letters as script_skeleton reads them. '' for one word or fewer than
    MIN_NAME_CONSONANTS consonants. A short surname ("العبسي") says nothing alone; with the
    first name it does."""
    words = name.split()
    if len(words) < 2:
        return ""
    if ARABIC_LETTER.search(name):
        letters = "".join(NOT_CONSONANT.sub("", ARABIC_ARTICLE_START.sub("ل", arabic_fold(
            word)).translate(ARABIC_CONSONANTS)) for word in words)
    else:
        folded = plain(name)
        for written, consonant in LATIN_DIGRAPHS:
            folded = folded.replace(written, consonant)
        letters = LATIN_DROP.sub("", folded)
    skeleton = re.sub(r"(.)\1+", r"\1", letters)
    return skeleton if len(skeleton) >= MIN_NAME_CONSONANTS else ""


# Names written one after the other in a Latin-script text: capitalized words, a particle
# between them allowed (LATIN_PARTICLES and LATIN_ARTICLES as words: "bin", "ould", "El").
_RUN_PARTICLES = "|".join(sorted((re.escape(word) for word in LATIN_PARTICLES | LATIN_ARTICLES
                                  if word.isalpha() and word.isascii()), key=len, reverse=True))
_LATIN_RUN = re.compile(rf"[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+(?:(?i:{_RUN_PARTICLES})\s+)?"
                        r"[A-ZÀ-ÖØ-Þ][\w’'-]*)+")


@lru_cache(maxsize=8192)
def name_runs(text: str) -> frozenset[str]:
    """The consonants (script_skeleton's letters) of every two or three names a text writes one
    after the other, for an Arabic and a Latin-script version of one item to share a name the
    extractor read in neither or in one only ("عمر فاروق دوغان", "S.E. M. Omer Faruk Dogan":
    "frkdgn"): a Latin-script text's capitalized words, an Arabic text's every word, particles
    (bin, بن) skipped; each word of two consonants or more and none as common as Mohammed's or
    ICESCO's leaders' (named in most stories), MIN_NAME_CONSONANTS together."""
    if ARABIC_LETTER.search(text):
        runs = [ARABIC_WORD.findall(text)]
    else:
        runs = [run.split() for run in _LATIN_RUN.findall(text)]
    found = set()
    for words in runs:
        letters = [letter for letter in map(_run_letters, words) if letter is not None]
        for at in range(len(letters) - 1):
            two = letters[at] + letters[at + 1] if letters[at] and letters[at + 1] else ""
            if two:
                if len(two) >= MIN_NAME_CONSONANTS:
                    found.add(two)
                if at + 2 < len(letters) and letters[at + 2] and len(
                        three := two + letters[at + 2]) >= MIN_NAME_CONSONANTS:
                    found.add(three)
    return frozenset(found)


def shared_runs(one: frozenset[str], other: frozenset[str], people: Iterable[str]) -> list[str]:
    """The name runs (name_runs) two texts in different scripts both write, other than those of
    `people` (the names as written of the people they are already found to share): one at most,
    the run of two or three words of one name counted once."""
    found = one & other
    if found:
        found -= {run for name in people for run in name_runs(name)}
    return sorted(found)[:1]


@lru_cache(maxsize=65536)
def _run_letters(word: str) -> str | None:
    """A word's consonants as name_runs counts them: None for a particle (skipped), '' for
    fewer than two, or a common name's or a leader's (a run stops there)."""
    if word in ARABIC_PARTICLES or plain(word) in LATIN_PARTICLES | LATIN_ARTICLES:
        return None
    letters = consonants_of(word)
    return "" if len(letters) < 2 or letters in _COMMON_SKELETONS or letters in _leader_letters() else letters


@lru_cache(maxsize=1)
def _leader_letters() -> frozenset[str]:
    """The consonants of the words of ICESCO's leaders' names, in both scripts."""
    return frozenset(consonants_of(word) for name in gazetteer.LEADERSHIP_ARABIC.items()
                     for written in name for word in written.split())


# --- partners across languages -----------------------------------------------------------------


@lru_cache(maxsize=65536)
def partner_keys(name: str, acronym: str | None) -> frozenset[str]:
    """The keys a partner is known by in any language: its acronym in English ("OCI" →
    "OIC"), the acronym its name has in the table of well-known partners ("Ligue des États
    arabes", "جامعة الدول العربية" → "LAS"), and what its name says of a body that exists once
    per country (offices.body_signature): a national commission or embassy with its country
    ("national commission ARE"), a ministry by each portfolio ("ministry of culture"; the
    country is left to the stories' countries, often unnamed in the ministry's name)."""
    keys = set()
    if acronym:
        keys.add(english_acronym(acronym))
    known = partner_of_name(name)
    if known:
        keys.add(known)
    signature = body_signature(name)
    if signature:
        body, portfolios, country = signature
        if body == "ministry":
            keys |= {f"ministry of {portfolio}" for portfolio in portfolios}
        elif country:
            keys.add(f"{body.replace('-', ' ')} {country}")
    return frozenset(keys)


# --- names both Latin-script titles hold --------------------------------------------------------

_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# Capitalized words titles use for what is not a name of its own (and ICESCO's seat, Rabat).
_NOT_TITLE_NAMES = {
    "icesco", "isesco", "rabat", "director", "general", "directeur", "directrice", "conference",
    "forum", "festival", "council", "conseil", "organization", "organisation", "islamic",
    "islamique", "world", "monde", "international", "internationale", "prize", "prix", "award",
    "center", "centre", "program", "programme", "culture", "cultural", "science", "sciences",
    "education", "day", "journee", "chair", "chaire", "university", "universite", "member",
    "states", "etats", "membres", "capital", "capitale", "summit", "sommet", "session",
    "executive", "ministry", "ministere", "minister", "ministre", "commission", "national",
    "nationale", "committee", "comite", "president", "presidente", "declaration", "charter",
    "charte", "report", "rapport", "statement", "communique", "recommendations",
    "recommandations", "heritage", "patrimoine", "ambassador", "ambassadeur", "arabic", "arabe",
    "language", "langue", "week", "semaine", "year", "annee", "union", "league", "ligue",
}


_ELIDED = re.compile(r"^[ld]'")
_ELIDED_IN = re.compile(r"(?<!\w)[ld]'")


def title_words(title: str, language: str | None) -> frozenset[str]:
    """The words a title writes capitalized past its first word, without accents or case, in
    a Latin-script title (English capitalizes every word of a title, French only names): a
    word of four letters or more both an English and a French title hold is a name both give
    ("Marrakech", "CanSat"); common title words (_NOT_TITLE_NAMES) left out. The caller blanks
    the countries and people the title names, counted as such."""
    if language not in ("en", "fr") or ARABIC_LETTER.search(title):
        return frozenset()
    words = [word for word in _TITLE_WORD.findall(title)[1:] if word[:1].isupper()]
    folded = plain(" ".join(words)).replace("’", "'")
    found = {_ELIDED.sub("", word) for word in folded.split()}
    return frozenset(word for word in found if len(word) >= 4 and word not in _NOT_TITLE_NAMES)


# A title word's skeleton names something only with this many consonants ("Marrakech": "mrks").
MIN_TITLE_CONSONANTS = 4


def title_sounds(title: str, words: Iterable[str]) -> frozenset[str]:
    """The consonants (script_skeleton) of the names a title writes, for an Arabic and a
    Latin-script title of one item to share ("موندياكولت 2025", "Mondiacult 2025" → "mndklt";
    "بمراكش", "Marrakech" → "mrks"): an Arabic title's every word (without its article and what
    is glued before it, and as `unglued` gives it), else `words` (the title's title_words), each of MIN_TITLE_CONSONANTS
    consonants or more. The caller blanks the countries and people the title names."""
    if ARABIC_LETTER.search(title):
        words = [form for word in ARABIC_WORD.findall(title) for form in unglued(word)]
    return frozenset(skeleton for skeleton in map(script_skeleton, words)
                     if len(skeleton) >= MIN_TITLE_CONSONANTS)


# A conjunction (و, ف) and a preposition (ب, ل, ك) glued before an Arabic word without its
# article: "بمراكش" (in Marrakech), "وباكو" (and Baku). At least four letters are left.
_GLUED = re.compile(r"^[وف]?[بلك]?(?=[^\W\d_]{4})")


def unglued(word: str) -> tuple[str, ...]:
    """An Arabic word as written and, when it begins with a conjunction or a preposition glued
    to it (_GLUED), without them: "بمراكش" → ("بمراكش", "مراكش"). A Latin name matches the
    form whose consonants it has (a word whose first letter is its own, "برشلونة", gives a
    second form no name has but by chance)."""
    match = _GLUED.match(word)
    return (word, word[match.end():]) if match and match.end() else (word,)


@lru_cache(maxsize=1)
def _not_lead_names() -> frozenset[str]:
    """The consonants of the words of country names and demonyms (English, French, Arabic),
    months and weekdays: counted as countries and dates, not again as names."""
    return frozenset(filter(None, map(script_skeleton, _country_and_date_words(arabic=True))))


def _country_and_date_words(arabic: bool) -> list[str]:
    """The words of country names and demonyms (English, French, and Arabic when `arabic`),
    months and weekdays."""
    words = [word for phrase in country_tables.country_phrases() for word in phrase]
    names = (*country_tables.country_names_fr(),
             *(country_tables.country_names_ar_written() if arabic else ()), *MONTHS, *WEEKDAYS)
    return words + [word for name in names for word in name.split()]


@lru_cache(maxsize=8192)
def lead_sounds(text: str) -> frozenset[str]:
    """The consonants (script_skeleton) of the names a story's title and lead write, for an
    Arabic and a Latin-script version of one item to share a name neither title gives (a
    partner "Manahile" / "مناهل": "mnhl"): an Arabic text's every word (also `unglued`: "بمراكش"
    is "mrks"), a Latin-script text's
    words written capitalized (common title words left out), each of MIN_TITLE_CONSONANTS
    consonants or more; not a country's, a month's or a weekday's (_not_lead_names), nor an
    Arabic word that is one without what is glued before it (_not_lead_name)."""
    if ARABIC_LETTER.search(text):
        forms = map(unglued, ARABIC_WORD.findall(text))
        sounds = map(_name_sound, (form for word in forms  # "بكازاخستان": a country still
                                   if not any(map(_not_lead_name, word)) for form in word))
    else:
        sounds = map(_name_sound, _CAPITALIZED.findall(text))
    return frozenset(sounds) - {""}


@lru_cache(maxsize=1)
def _not_lead_words() -> frozenset[str]:
    """The words of country names and demonyms (English, French), months and weekdays, without
    accents or case: counted as countries and dates, not again as names."""
    return frozenset(plain(word) for word in _country_and_date_words(arabic=False))


@lru_cache(maxsize=8192)
def lead_words(text: str) -> frozenset[str]:
    """The names a Latin-script story's title and lead write, for an English and a French
    version of one item to share a name neither title gives (a partner "the Space Foundation"
    / "l'American Space Foundation": "space", "foundation"): its words written capitalized,
    four letters or more, without accents or case, each part of a hyphenated word apart; not
    the first word of a line or a sentence, an acronym (a partner, counted as such), a common
    title word (_NOT_TITLE_NAMES), a country's, a month's or a weekday's word. Empty for an
    Arabic text."""
    if ARABIC_LETTER.search(text):
        return frozenset()
    written = [word for word in _CAPITALIZED_INSIDE.findall(text) if not word.isupper()]
    folded = plain(" ".join(written)).replace("’", "'").replace("-", " ")
    words = set(_ELIDED_IN.sub("", folded).split()) - _NOT_TITLE_NAMES - _not_lead_words()
    return frozenset(word for word in words if len(word) >= 4 and word.isalpha())


# A word written capitalized, four letters or more, inside a sentence: after a space that
# follows a word or a comma, or after an opening bracket or quote (not the first word of the
# text, of a line or of a sentence).
_CAPITALIZED_INSIDE = re.compile(r"(?:(?<=[^.!?:\s] )|(?<=[(«“\"]))[A-ZÀ-ÖØ-Þ][\w’'-]{3,}")


def _not_lead_name(word: str) -> bool:
    """Whether a word is a country's, a month's or a weekday's: by its consonants
    (_not_lead_names) when it has MIN_TITLE_CONSONANTS of them, else only as written (fewer
    consonants agree by chance: "كينارد" without its "ك", taken for a glued preposition,
    sounds like "Nord"; "بمصر" without its "ب" is still "مصر")."""
    skeleton = script_skeleton(word)
    if len(skeleton) >= MIN_TITLE_CONSONANTS:
        return skeleton in _not_lead_names()
    return word in _country_and_date_written()


@lru_cache(maxsize=1)
def _country_and_date_written() -> frozenset[str]:
    """The words of country names and demonyms, months and weekdays, as written."""
    return frozenset(_country_and_date_words(arabic=True))


# A word written capitalized, four letters or more (no \b first: a class of first letters lets
# the engine scan for them instead of trying every position).
_CAPITALIZED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]{3,}")


@lru_cache(maxsize=65536)
def _name_sound(word: str) -> str:
    """A lead word's consonants as lead_sounds counts them ('' when they do not count)."""
    if not ARABIC_LETTER.match(word) and plain(word) in _NOT_TITLE_NAMES:
        return ""
    skeleton = script_skeleton(word)
    if len(skeleton) < MIN_TITLE_CONSONANTS or skeleton in _not_lead_names():
        return ""
    return skeleton


def sounding(title: str, sound: str) -> list[str]:
    """The words of a title, as written, whose consonants (script_skeleton) are `sound`: what
    a shared title sound stands for ("Mondiacult", "موندياكولت")."""
    words = ARABIC_WORD.findall(title) if ARABIC_LETTER.search(title) else _TITLE_WORD.findall(title)
    return [word for word in words if script_skeleton(word) == sound]
