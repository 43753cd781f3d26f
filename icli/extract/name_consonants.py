"""A name's letters read as the consonants both scripts write it with, the one reading the
versions linker (`across`) and the lookups across scripts (`typed_across`) share: each
script's letters as their consonant (vowels, semivowels, ʿayn, hamza and a final h dropped),
its articles and its particles, and the vowels a word writes between its consonants.
"""

from __future__ import annotations

import re
from functools import lru_cache

from icli.extract import gazetteer
from icli.extract.identity import strip_honorifics
from icli.text.normalize import ARABIC_LETTER, ARABIC_MARKS, arabic_word_key, plain

# Latin letters and digraphs, and Arabic letters, as the consonant each is written for; vowels,
# semivowels, ʿayn and hamza are dropped (their transcriptions vary most), and a final h
# (ta marbuta, "Abdullah").
LATIN_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"),
                  ("ph", "f"), ("q", "k"), ("c", "k"), ("v", "f"), ("p", "b"), ("x", "ks"))
LATIN_DROP = re.compile(r"[^bdfghjklmnrstz]")
ARABIC_CONSONANTS = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d", "ر": "r",
    "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f",
    "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "پ": "b", "ڤ": "f", "گ": "g",
    "چ": "j"})
NOT_CONSONANT = re.compile(r"[^a-z]")
LATIN_ARTICLE = re.compile(r"^[ae]l[-\s’']?(?=\w{3})")  # at a Latin name's start: Al-, El
LATIN_ARTICLES = {"al", "el", "al-", "el-"}  # the Latin article written as a word of its own
# The Arabic article as its own consonant: kept in a whole name, where Latin transcriptions write
# it too, glued or apart ("Zinelabidine", "Zine El Abidine", "زين العابدين").
ARABIC_ARTICLE_START = re.compile("^(?:ال|لل)(?=..)")
# Words of a name that one script writes and the other may leave out or glue to the next word.
ARABIC_PARTICLES = gazetteer.SURNAME_PARTICLES_AR
LATIN_PARTICLES = gazetteer.PATRONYMICS  # "bin", "ben", "ould", "mint" … ("ابن" too)


def _letters(text: str, arabic: bool) -> str:
    """A word (Arabic) or a name (Latin) as its consonants are read from: Arabic folded
    (arabic_word_key: marks and article gone), Latin without case, accents and its article,
    each digraph as the consonant it writes."""
    if arabic:
        return arabic_word_key(text)
    folded = LATIN_ARTICLE.sub("", plain(text))
    for written, consonant in LATIN_DIGRAPHS:
        folded = folded.replace(written, consonant)
    return folded


def _consonant_letters(letters: str, arabic: bool) -> str:
    """The consonants among `letters` (_letters' reading), the others dropped."""
    return (NOT_CONSONANT.sub("", letters.translate(ARABIC_CONSONANTS)) if arabic
            else LATIN_DROP.sub("", letters))


@lru_cache(maxsize=65536)
def consonants_of(name: str) -> str:
    """A name's consonants (an article at its start dropped, each Arabic word's article too),
    a letter written twice once, a final h dropped, however few: "Haddad" and "حداد" → "hd"."""
    arabic = bool(ARABIC_LETTER.search(name))
    letters = "".join(_consonant_letters(_letters(part, arabic), arabic)
                      for part in (name.split() if arabic else [name]))
    return re.sub(r"(.)\1+", r"\1", letters).removesuffix("h")


@lru_cache(maxsize=65536)
def vowel_slots(word: str) -> tuple[str, list[str]]:
    """A word's consonants as `consonants_of` reads them, letter by letter from the same reading,
    and the letters of each slot around them (before the first consonant, after each): Latin
    vowels and w, y; Arabic ا و ي ع ء (folded, but a final ى kept); a final h dropped from the
    consonants leaves an "h" in the last slot ("Fatima", "فاطمة": "ftm", last slot "a", "h")."""
    arabic = bool(ARABIC_LETTER.search(word))
    letters = _letters(word, arabic)
    if arabic and ARABIC_MARKS.sub("", word).endswith("ى"):  # an a, or an i some pages write so
        letters = letters[:-1] + "ى"
    read: list[str] = []
    slots = [""]
    for letter in letters:
        consonant = _consonant_letters(letter, arabic)
        if consonant and not (read and read[-1] == consonant):
            read.append(consonant)
            slots.append("")
        elif not consonant and letter.isalpha():
            slots[-1] += letter
    if read and read[-1] == "h":
        read.pop()
        tail = slots.pop()
        slots[-1] += "h" + tail
    return "".join(read), slots


def name_words(name: str) -> list[str]:
    """A name's words, honorifics and particles set aside (particles in either script)."""
    return [word for word in strip_honorifics(name).split()
            if word not in ARABIC_PARTICLES and plain(word) not in LATIN_PARTICLES]
