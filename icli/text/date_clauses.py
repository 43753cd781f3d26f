"""Whether a date in article text belongs to a clause about another, earlier event.

"the agreement signed on 14 January 2021", "ICESCO, founded on 3 May 1982,", "la première
édition lancée le 1er septembre 2021", "الاتفاقية الموقعة يوم 3 مارس 2018", "which was launched
on 2 February 2020": a participle or relative clause that dates a past event the article only
refers to. `icli.text.dates` ranks such a date below every date of a main clause.
"""

from __future__ import annotations

import re

# The words of such clauses, one list per language (English, French, Arabic).
# Past participles that, with no auxiliary before them, open a clause about another event.
PARTICIPLES: dict[str, list[str]] = {
    "en": ["signed", "concluded", "founded", "established", "launched", "adopted", "held",
           "organized", "organised", "convened", "created", "inaugurated", "approved", "issued",
           "ratified", "initiated"],
    # each also with its feminine and plural endings (-e, -s, -es)
    "fr": ["signé", "conclu", "fondé", "créé", "lancé", "adopté", "tenu", "organisé", "établi",
           "inauguré", "approuvé", "ratifié", "paraphé", "publié"],
    # adjectives of the noun they follow ("الاتفاقية الموقعة"): never a main verb
    "ar": ["الموقعة", "الموقع", "المبرمة", "المبرم", "المنعقدة", "المنعقد", "المعتمدة", "المعتمد",
           "الصادرة", "الصادر", "المقامة", "المقام", "المطلقة", "المطلق"],
}
# Of those, and of the verbs of a relative clause, the ones that tell a founding: a founding
# date in such a clause is never the event's ("ICESCO, founded on 3 May 1982, …").
FOUNDING: dict[str, list[str]] = {
    "en": ["founded", "established"],
    "fr": ["fondé", "créé"],
    "ar": ["تأسست", "تأسس", "أسست", "أنشئت", "أنشئ"],
}
# Pronouns that open a relative clause ("which was signed on", "qui s'est tenue le", "التي
# تأسست في").
RELATIVES: dict[str, list[str]] = {
    "en": ["which", "who", "whom"],
    "fr": ["qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"],
    "ar": ["التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي"],
}
# Auxiliaries right before a participle make it the main verb ("was signed", "a signé", "s'est
# tenue").
AUXILIARIES: dict[str, list[str]] = {
    "en": ["was", "were", "is", "are", "be", "been", "being", "has", "have", "had"],
    "fr": ["a", "ont", "avait", "avaient", "aura", "auront", "été", "est", "sont", "était",
           "étaient", "sera", "seront", "fut", "furent", "ayant", "étant"],
}
# English only (French and Arabic mark the main verb themselves): a preposition opening the
# clause puts a participle after it in a phrase ("Within the framework of the agreement signed
# on", "After the success of the edition launched on").
OPENING_PREPOSITIONS = ["within", "after", "following", "under", "pursuant", "in", "as", "building",
                        "based", "according", "further", "upon", "since", "during", "recalling",
                        "given", "with", "through", "for", "from", "to", "by", "at", "of"]
# Words right after a participle that put its event in the past ("held last year on").
PAST_MARKERS: dict[str, list[str]] = {
    "en": ["last year", "last month", "last week", "previously", "earlier"],
    "fr": ["l'an dernier", "l'année dernière", "le mois dernier", "précédemment"],
    "ar": ["العام الماضي", "السنة الماضية", "الشهر الماضي", "سابقا"],
}
# Words that begin a noun phrase: one right after the date is the object of a main verb
# ("ICESCO launched on 15 September 2022 the second edition").
DETERMINERS = ["the", "a", "an", "its", "their", "his", "her", "this", "these", "those"]

_WORD = re.compile(r"[^\W\d_]+")
_FRENCH_ENDINGS = ("", "e", "s", "es")
_PARTICIPLE_LANGUAGE = {word: language for language, words in PARTICIPLES.items()
                        for stem in words
                        for word in ([stem + e for e in _FRENCH_ENDINGS] if language == "fr"
                                     else [stem])}
_FOUNDING = {word for words in FOUNDING.values() for stem in words
             for word in (stem + e for e in _FRENCH_ENDINGS)}
_RELATIVES = {word for words in RELATIVES.values() for word in words}
_AUXILIARIES = {word for words in AUXILIARIES.values() for word in words}
_CLAUSE_WORDS = {*_PARTICIPLE_LANGUAGE, *_RELATIVES}
_PAST_MARKER = re.compile(
    r"\s*(?:" + "|".join(re.escape(m).replace("'", "['’]") for words in PAST_MARKERS.values()
                         for m in words) + r")\b", re.IGNORECASE)
_OBJECT_NEXT = re.compile(r"\s*(?:" + "|".join(DETERMINERS) + r")\s", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_BOUNDARIES = ",;:.!?()[]\n،؛"
_REACH = 10  # words at most between the clause's first word and the date
_SEGMENT = 240  # characters looked back for the clause's start
_NEAR = 120  # characters that hold `_REACH` words and more

PAST, FOUNDED = 1, 2  # what `past_clause` finds


def clause_segment(text: str, at: int) -> int:
    """Where the stretch of `text` that ends at `at` begins: after the last comma, stop,
    colon, semicolon or parenthesis (Arabic comma and semicolon too), at most `_SEGMENT` back."""
    start = max(0, at - _SEGMENT)
    return max(start, *(text.rfind(mark, start, at) + 1 for mark in _BOUNDARIES))


def past_clause(text: str, at: int, end: int) -> tuple[int, int] | None:
    """(PAST or FOUNDED, where the clause begins) when the date at `at`..`end` of `text` is in
    a clause about another event within its stretch (`clause_segment`); else None.

    A relative pronoun ("which", "qui", "التي") or a participle of `PARTICIPLES` with no
    auxiliary right before it opens such a clause within `_REACH` words of the date and after
    any earlier date. An English participle is a main verb when a noun phrase follows the date
    ("launched on 15 September 2022 the second edition") or when its subject opens the sentence
    ("The two sides signed on"); it opens a clause when it opens a stretch after a comma (",
    founded on": one that opens the sentence tells the sentence's own event, in any language),
    after a preposition that opens the stretch ("Within the framework of the agreement signed
    on"), after an earlier date or a noun phrase that is not the subject ("renewed the
    memorandum signed on"), or before "last year".
    """
    words = [(m.start(), m.group().lower())
             for m in _WORD.finditer(text, max(0, at - _NEAR), at)][-_REACH:]
    if not any(word in _CLAUSE_WORDS for _, word in words):
        return None  # (most dates: none of the work below)
    start = clause_segment(text, at)
    years = [year.end() for year in _YEAR.finditer(text, start, at)]
    since = years[-1] if years else start  # a clause before an earlier date is that date's
    words = [(position, word) for position, word in words if position >= since]
    first = _WORD.search(text, start, at)
    clause = next((p for p, w in reversed(words) if w in _RELATIVES), None)
    if clause is None:
        clause = _participle_clause(text, start, end, words, first)
    if clause is None:
        return None
    founding = any(w in _FOUNDING for p, w in words if p >= clause)
    return (FOUNDED if founding else PAST), clause


def _participle_clause(text: str, start: int, end: int, words: list[tuple[int, str]],
                       first: re.Match[str] | None) -> int | None:
    """Where the last participle before the date opens a clause, or None (none there, or it is
    the main verb)."""
    for index in range(len(words) - 1, -1, -1):
        position, word = words[index]
        language = _PARTICIPLE_LANGUAGE.get(word)
        if language is None:
            continue
        before = [w for _, w in words[:index] if not w.endswith(("ly", "ment"))]
        if before and before[-1] in _AUXILIARIES:
            return None  # a main verb: "was signed on", "a été signé le"
        if first is not None and first.start() == position and _opens_sentence(text, start):
            return None  # "Launched on 1 April 2025, the initiative …": the sentence's own event
        if language != "en" or _english_clause(text, start, position, word, end, first):
            return position
        return None
    return None


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the stretch beginning at `start` opens a sentence (not after a comma, a
    semicolon or a parenthesis)."""
    return start == 0 or text[start - 1] not in ",;()[]،؛"


def _english_clause(text: str, start: int, position: int, word: str, end: int,
                    first: re.Match[str] | None) -> bool:
    """Whether the English participle `word` at `position` opens a clause (see `past_clause`)."""
    after_participle = position + len(word)
    if _PAST_MARKER.match(text, after_participle):
        return True
    if _OBJECT_NEXT.match(text, end):
        return False  # "ICESCO held on 22 March 2022 a workshop": the main verb
    if first is None or first.start() == position:
        return True  # the stretch opens with it: ", founded on 3 May 1982,"
    if first.group().lower() in OPENING_PREPOSITIONS or _YEAR.search(text, start, position):
        return True
    # the noun phrase before it: the last one not inside another ("the Minister of the
    # Kingdom", "ICESCO and the university"); a subject if it opens the stretch
    before = [w.lower() for w in _WORD.findall(text, start, position)]
    heads = [i for i, w in enumerate(before)
             if w in DETERMINERS and (i == 0 or before[i - 1] not in ("of", "and"))]
    return bool(heads) and heads[-1] > 0
