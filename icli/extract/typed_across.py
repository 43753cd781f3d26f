"""A name typed in one script read against the names written in the other, for lookups: a
typed word held by a word of a name by its consonants and long vowels (held_across: a
candidate, the answer when it is the only one), a name that may be the one typed
(spelled_across: a suggestion), or an Arabic word that may be a Latin acronym read as a word
(sounds_like_acronym: "إرسيكا", IRCICA)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from icli.extract.across import names_agree, script_skeleton
from icli.extract.identity import strip_honorifics
from icli.extract.name_consonants import (
    ARABIC_ARTICLE_START,
    ARABIC_PARTICLES,
    LATIN_ARTICLE,
    LATIN_ARTICLES,
    LATIN_DIGRAPHS,
    LATIN_DROP,
    consonants_of,
    name_words,
    vowel_slots,
)
from icli.extract.name_parts import PARTICLE, ends_in_family_ben, kind_holds, word_kinds
from icli.text.normalize import ARABIC_LETTER, arabic_fold, plain


def spelled_across(typed: str, name: str, kind: str) -> bool:
    """Whether a name typed in one script may be `name` written in the other (a lookup's
    suggestion, never its answer): a person's whole name agreeing (names_agree), or one typed
    word held by a word of the name (held_across, a father's name too: "Karimov", "أنار
    كريموف"; "Khaled", "خالد العمري"); a partner's name holding, among its words' consonants,
    those of every typed word that has three or more ("Al-Azhar", "جامعة الأزهر الشريف").
    False within one script."""
    if bool(ARABIC_LETTER.search(typed)) == bool(ARABIC_LETTER.search(name)):
        return False
    typed_words = name_words(typed) if kind == "person" else typed.split()
    if kind == "person" and len(typed_words) > 1:
        return names_agree(typed, name)
    if kind == "person":
        holds = held_across(typed, fathers=True)
        return holds is not None and holds(name)
    wanted = {skeleton for word in typed_words if (skeleton := script_skeleton(word))}
    return bool(wanted) and wanted <= {script_skeleton(word) for word in name.split()}


def sounds_like_acronym(typed: str, acronym: str) -> bool:
    """Whether one Arabic word `typed` may be a Latin `acronym` read as a word, as Arabic
    transcribes it ("إرسيكا" and IRCICA, "ألكسو" and ALECSO, "يونيسف" and UNICEF): the same
    consonants (consonants_of, the Arabic article optional; the acronym's letters read as
    consonants_of reads a name's, its first two never an article), a c before e, i or y read
    as an s, three consonants at least (fewer say too little: "فاو", FAO)."""
    if len(typed.split()) != 1 or not ARABIC_LETTER.search(typed) or ARABIC_LETTER.search(acronym):
        return False
    letters = _SOFT_C.sub("s", plain(acronym))  # as a word, its first letters no article
    for written, consonant in LATIN_DIGRAPHS:
        letters = letters.replace(written, consonant)
    read = re.sub(r"(.)\1+", r"\1", LATIN_DROP.sub("", letters)).removesuffix("h")
    return len(read) >= 3 and consonants_of(typed) == read


_SOFT_C = re.compile(r"c(?=[eiy])")  # "IRCICA": its first c is an s, as "إرسيكا" writes it


@lru_cache(maxsize=256)
def held_across(typed: str, fathers: bool = False) -> Callable[[str], bool] | None:
    """A test of whether a name written in the other script than the name `typed` holds each
    of its words, by their consonants (consonants_of: "Haddad" and "حداد", "Salim" and "سالم")
    and the long vowels consonants do not show (_vowels_agree: "Mahmoud" is not "محمد"), with
    the same article or none, or typed without the article the name's word has ("Malik" and
    "المالك"; "AlMalik" is not "مالك"), as part of a name is read in one script; an article
    written apart is joined to its word ("Al Habsi"); each by a word of its kind (name_parts: a
    father's name only for one typed after its particle, "Ould Salem" and "ولد سالم", never
    "Salim" and "محمود ولد سالم" unless `fathers`: name_parts.kind_holds; a particle for a
    particle, "بن سالم" is not "Ould Salem"). None when a typed word has fewer than two consonants: it says
    too little."""
    arabic = bool(ARABIC_LETTER.search(typed))
    typed_words = _kinded_words(typed)
    wanted = [_reading(word) for word, _ in typed_words]
    if not wanted or any(len(consonants) < 2 for consonants, _ in wanted):
        return None

    def holds(name: str) -> bool:
        if arabic == bool(ARABIC_LETTER.search(name)):
            return False
        words = _kinded_words(name)
        return all(any(
            kind_holds(kind, typed_kind, fathers) and _reading(word)[0] == consonants
            and (_reading(word)[1] or not typed_article)
            and (_vowels_agree(word, typed_word) if arabic else _vowels_agree(typed_word, word))
            for word, kind in words)
            for (typed_word, typed_kind), (consonants, typed_article) in zip(typed_words, wanted))

    return holds


def words_agree(typed: str, name: str) -> bool:
    """Whether a whole name typed in one script and `name`, written in the other, have as many
    words (_kinded_words) and each typed word agrees with the name's word in its place in the
    long vowels its consonants do not show (_vowels_agree: "Nasr" and "Nasser" are not
    "الناصري", whose final ي is an i), as an answer across scripts needs beyond
    across.names_agree."""
    words, other = _kinded_words(typed), _kinded_words(name)
    if bool(ARABIC_LETTER.search(typed)):
        words, other = other, words
    return len(words) == len(other) and all(
        _vowels_agree(latin, arabic) for (latin, _), (arabic, _) in zip(words, other))


def _vowels_agree(latin: str, arabic: str) -> bool:
    """Whether a Latin word and an Arabic word with the same consonants (consonants_of) agree in
    the vowels consonants do not show, slot by slot (vowel_slots: the letters before the first
    consonant, between two, and after the last): an initial ا or ع is a vowel the Latin word
    writes too, and an initial Latin vowel one the Arabic word writes ("Mira" is not "أميرة");
    a long vowel the Arabic word writes is one its Latin transcription writes too (ي an i, e or
    y, and at the end an i, y or ee, "Amira" is not "العمري"; a final ى any vowel; و an o, u or
    w; ا an a or e: "Mohamed" is not "محمود", "Hassan" not "حسين", "Said" not "سيدي"), and the
    Latin word's long vowels are the Arabic word's (a final i or y a ي or ى, a final a one of ا
    ى ء ة ه, "Sidi" is not "سعيد", "Salma" not "سالم"; ee, ei, ai or ay inside a ي; an ou or oo
    before a last consonant that ends the word a و or ع, "Mahmoud" is not "محمد", where a short
    u elsewhere may be ou: "Mourad" "مراد", "Houda" "هدى")."""
    consonants, latin_slots = vowel_slots(latin)
    arabic_consonants, arabic_slots = vowel_slots(arabic)
    if consonants != arabic_consonants:
        return True
    if set(arabic_slots[0]) & set("اع") and not latin_slots[0]:
        return False
    if _LATIN_VOWEL_START.match(latin_slots[0]) and not arabic_slots[0]:
        return False
    last = len(consonants)
    for k in range(1, last + 1):
        written, long = latin_slots[k], arabic_slots[k]
        final = k == last
        if "ي" in long and not (set(written) & set("iy") or "ee" in written if final
                                else set(written) & set("iey")):
            return False
        if "ى" in long and not written:
            return False
        if "و" in long and not set(written) & set("ouw"):
            return False
        glued = not final and consonants[k] == "l" and long.endswith("ا")  # "عبدالله"
        if "ا" in (long[:-1] if glued else long) and not set(written) & set("ae"):
            return False
        if not final and _LONG_I_LATIN.search(written) and not set(long) & set("يى"):
            return False
        if (k == last - 1 and not latin_slots[last] and _LONG_U_LATIN.search(written)
                and not set(long) & set("وع")):
            return False
        vowels = written.replace("h", "")
        if final and vowels.endswith(("i", "y")) and not set(long) & set("يى"):
            return False
        if final and vowels in ("a", "aa") and not set(long) & set("اىءh"):
            return False
    return True


_LATIN_VOWEL_START = re.compile("[aeiou]")
_LONG_I_LATIN = re.compile("ee|ei|ai|ay")
_LONG_U_LATIN = re.compile("ou|oo")


@lru_cache(maxsize=65536)
def _reading(word: str) -> tuple[str, bool]:
    """A word of a name as held_across compares it: its consonants, and whether it starts
    with an article (Al-, El, ال)."""
    article = (ARABIC_ARTICLE_START.match(word) if ARABIC_LETTER.search(word)
               else LATIN_ARTICLE.match(plain(word)))
    return consonants_of(word), bool(article)


def _kinded_words(name: str) -> list[tuple[str, str]]:
    """A name's words with an article written apart joined to the word after it, "آل" set
    aside, each with its kind (name_parts.word_kinds: a particle that says son or daughter of,
    "bin", "ولد", a father's name after one, a family name after a last "Ben", or a given name
    or surname word)."""
    words = _article_joined(strip_honorifics(name).split())
    kinds = word_kinds([plain(arabic_fold(word)) for word in words], ends_in_family_ben(name))
    return [(word, kind) for word, kind in zip(words, kinds)
            if kind == PARTICLE or word not in ARABIC_PARTICLES]


def _article_joined(words: list[str]) -> list[str]:
    """A name's words with an article written apart joined to the word after it."""
    joined: list[str] = []
    for word in words:
        if joined and (plain(joined[-1]) in LATIN_ARTICLES or joined[-1] == "ال"):
            joined[-1] += word
        else:
            joined.append(word)
    return joined
