"""Whether a date in article text belongs to a clause about another, earlier event.

"the agreement signed on 14 January 2021", "ICESCO, founded on 3 May 1982,", "la première
édition lancée le 1er septembre 2021", "الاتفاقية الموقعة يوم 3 مارس 2018", "which was launched
on 2 February 2020": a participle or relative clause that dates a past event the article only
refers to. `icli.text.dates` ranks such a date below every date of a main clause.
"""

from __future__ import annotations

import re

from icli.text.function_words import AUXILIARIES, DETERMINERS, RELATIVES

# The words of such clauses, one list per language (English, French, Arabic).
# Past participles that, with no auxiliary before them, open a clause about another event.
PARTICIPLES: dict[str, list[str]] = {
    "en": ["signed", "concluded", "founded", "established", "launched", "adopted", "held",
           "organized", "organised", "convened", "created", "inaugurated", "approved", "issued",
           "ratified", "initiated", "proclaimed", "instituted"],
    # each also with its feminine and plural endings (-e, -s, -es)
    "fr": ["signé", "conclu", "fondé", "créé", "lancé", "adopté", "tenu", "organisé", "établi",
           "inauguré", "approuvé", "ratifié", "paraphé", "publié", "institué", "proclamé"],
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
# Verbs of such clauses that tell a document's signing or adoption, or a day's proclamation
# ("the declaration adopted on", "l'accord signé le", "la Journée instituée le", "الاتفاقية
# الموقعة يوم", "الذي اعتمد في"): a date the text gives as background, never the event's
# (`ADOPTED`). Not "concluded" ("concluded its proceedings on": an event's end).
ADOPTING: dict[str, list[str]] = {
    "en": ["signed", "adopted", "ratified", "approved", "issued", "proclaimed", "instituted"],
    # each also with its feminine and plural endings (-e, -s, -es)
    "fr": ["signé", "adopté", "ratifié", "approuvé", "paraphé", "publié", "institué", "proclamé"],
    "ar": ["الموقعة", "الموقع", "المبرمة", "المبرم", "المعتمدة", "المعتمد", "الصادرة", "الصادر",
           "اعتمد", "اعتمدت", "أقر", "أقرت", "أبرم", "أبرمت", "صدر", "صدرت"],
}
# Nouns of a founding ("the anniversary of its founding on", "تأسيسها في"): in lower case only
# (a capitalized "Fondation" names a body).
FOUNDING_NOUNS: dict[str, list[str]] = {
    "en": ["founding"],
    "fr": ["fondation"],
    "ar": ["تأسيس", "تأسيسها", "تأسيسه"],
}
# Verbs of a relative clause that tell an event happening ("which opened on", "qui s'est tenue
# le", "الذي انطلق يوم") with no object after the date: attached to the sentence's own event,
# the clause dates it (`EVENT`).
EVENT_VERBS: dict[str, list[str]] = {
    "en": ["opened", "held", "took", "launched", "began", "started", "convened", "organized",
           "organised", "kicked", "inaugurated", "continued"],
    # each also with its feminine and plural endings (-e, -s, -es); "lieu" for "a eu lieu"
    "fr": ["tenu", "ouvert", "lancé", "déroulé", "organisé", "débuté", "commencé", "lieu",
           "inauguré", "poursuivi"],
    "ar": ["انطلق", "انطلقت", "عقد", "عقدت", "انعقد", "انعقدت", "افتتح", "افتتحت",
           "تواصل", "تواصلت"],
}
# Auxiliaries of the past perfect: a clause with one tells an event before the reported one
# ("which had been held on", "qui s'était tenue le", "On 3 May 2025, ICESCO had organized").
PAST_PERFECT: dict[str, list[str]] = {
    "en": ["had"],
    "fr": ["avait", "avaient", "était", "étaient"],
    "ar": ["كان", "كانت"],
}
# English only (French and Arabic mark the main verb themselves): a preposition opening the
# clause puts a participle after it in a phrase ("Within the framework of the agreement signed
# on", "After the success of the edition launched on").
OPENING_PREPOSITIONS = ["within", "after", "following", "under", "pursuant", "in", "as", "building",
                        "based", "according", "further", "upon", "since", "during", "recalling",
                        "given", "with", "through", "for", "from", "to", "by", "at", "of"]
# A past period: a sentence that opens with one ("Last year, ICESCO trained …", "L'année
# dernière, …", "وفي العام الماضي، …") tells an earlier event, never the article's.
PAST_PERIODS: dict[str, list[str]] = {
    "en": ["last year", "last month", "last week"],
    "fr": ["l'an dernier", "l'année dernière", "le mois dernier"],
    "ar": ["العام الماضي", "السنة الماضية", "الشهر الماضي"],
}
# Words right after a participle that put its event in the past ("held last year on").
PAST_MARKERS: dict[str, list[str]] = {
    language: [*periods, *adverbs] for (language, periods), adverbs in zip(
        PAST_PERIODS.items(), (["previously", "earlier"], ["précédemment"], ["سابقا"]))
}
# A title that tells a founding: the founding it reports is the article's event.
# ... unless it names an anniversary ("… Marks the Anniversary of Its Founding"): the
# celebration is the event, not the founding.
_ANNIVERSARY = re.compile(r"anniversar|ذكرى", re.IGNORECASE)
FOUNDING_TITLE = re.compile(
    r"\b(?:establish\w*|found(?:ed|ing)|launch\w*|creat\w*|cré[ée]\w*|création|fond[ée]e?s?"
    r"|fondation|lanc[ée]\w*|lancement)\b|تأسيس|تأسس|إنشاء|أنشئ|إطلاق|أطلق", re.IGNORECASE)


def tells_founding(title: str) -> bool:
    """Whether `title` tells a founding (`FOUNDING_TITLE`) and names no anniversary."""
    return bool(FOUNDING_TITLE.search(title)) and not _ANNIVERSARY.search(title)


_SENTENCE_END = re.compile(r"[.;!?\n؛](?=\s|$)")
# A sentence's end in running text: a stop not after an abbreviation of one to three letters
# ("Dr.", "Ms.", "H.E."), or a line's end. The look-behinds follow the stop, which they then
# include: the engine scans for the stops, where leading look-behinds were tried at every position.
SENTENCE_STOP = re.compile(r"[.!?؟](?<![A-Z].)(?<![A-Z][a-z].)(?<![A-Z][a-z]{2}.)(?=\s)|\n")

_WORD = re.compile(r"[^\W\d_]+")
_FRENCH_ENDINGS = ("", "e", "s", "es")
_PARTICIPLE_LANGUAGE = {word: language for language, words in PARTICIPLES.items()
                        for stem in words
                        for word in ([stem + e for e in _FRENCH_ENDINGS] if language == "fr"
                                     else [stem])}
_FOUNDING = {word for words in FOUNDING.values() for stem in words
             for word in (stem + e for e in _FRENCH_ENDINGS)}
# Founding verbs and nouns (with an Arabic "و" before them too) → their language.
_FOUNDING_WORDS = {
    prefix + word: language
    for language, stems in ((lang, [*FOUNDING[lang], *FOUNDING_NOUNS[lang]]) for lang in FOUNDING)
    for stem in stems
    for word in ([stem + e for e in _FRENCH_ENDINGS] if language == "fr" else [stem])
    for prefix in (("", "و") if language == "ar" else ("",))
}
_FOUNDING_NEAR = 5  # words at most between a founding word and its date
_RELATIVES = {word: language for language, words in RELATIVES.items() for word in words}
_EVENT_VERBS = {word for language, words in EVENT_VERBS.items() for stem in words
                for word in ([stem + e for e in _FRENCH_ENDINGS] if language == "fr"
                             else [stem])}
_PAST_PERFECT = {word for words in PAST_PERFECT.values() for word in words}
_ADOPTING = {word for language, words in ADOPTING.items() for stem in words
             for word in ([stem + e for e in _FRENCH_ENDINGS] if language == "fr" else [stem])}
# A past-perfect main verb: "ICESCO had organized", "l'ICESCO avait organisé", "s'était tenue",
# "وكانت الإيسيسكو قد نظمت".
_PERFECT = (r"(?:\bhad\s+(?:already\s+)?(?:been|\w+ed|held|met|begun|taken)\b"
            r"|\b(?:avait|avaient)\s+(?:déjà\s+)?\w+[ée]e?s?\b|\bs['’](?:était|étaient)\s"
            r"|(?:كان|كانت)\s+(?:\S+\s+)?قد\s)")
# ... after the date, before its sentence ends, or before it in its stretch
_PAST_PERFECT_AFTER = re.compile(r"[^.;!?\n]{0,80}?" + _PERFECT, re.IGNORECASE)
_PAST_PERFECT_BEFORE = re.compile(_PERFECT + r"[^.;:!?\n,،]{0,80}$", re.IGNORECASE)
_CLAUSE_WORDS = {*_PARTICIPLE_LANGUAGE, *_RELATIVES}
_PAST_MARKER = re.compile(
    r"\s*(?:" + "|".join(re.escape(m).replace("'", "['’]") for words in PAST_MARKERS.values()
                         for m in words) + r")\b", re.IGNORECASE)
# A noun phrase right after the date: the object of a main verb ("ICESCO launched on 15
# September 2022 the second edition", "qui a lancé le 1er février 2024 un plan").
_OBJECT_NEXT = {language: re.compile(r"\s*(?:l['’]|(?:" + "|".join(sorted(words)) + r")\s)"
                                     if language == "fr" else
                                     r"\s*(?:" + "|".join(sorted(words)) + r")\s", re.IGNORECASE)
                for language, words in DETERMINERS.items()}
_YEAR = re.compile(r"(?:19|20)\d\d")
_ACRONYM = re.compile(r"[^\W\d_][\w&.\-]{0,14}")  # one word in brackets: "ICESCO", "إيسيسكو"
_BOUNDARIES = ",;:.!?()[]\n،؛"
_REACH = 10  # words at most between the clause's first word and the date
SEGMENT = 240  # characters looked back for the clause's start
_NEAR = 120  # characters that hold `_REACH` words and more

PAST, FOUNDED, EVENT, ADOPTED = 1, 2, 3, 4  # what `past_clause` finds
# A sentence that opens with a past period, after "And", "In", "وفي" ("Last year,", "وفي العام
# الماضي،").
_OPENS_PAST_PERIOD = re.compile(
    r"\s*(?:(?:and|et|but|mais)\s+)?(?:(?:in|en|during)\s+)?(?:و?في\s+|و)?(?:"
    + "|".join(re.escape(m).replace("'", "['’]") for words in PAST_PERIODS.values()
               for m in words) + r")\b", re.IGNORECASE)


def opens_past_period(text: str, sentence: int) -> bool:
    """Whether the sentence of `text` that begins at `sentence` opens with a past period
    ("Last year, ICESCO trained …": `PAST_PERIODS`)."""
    return _OPENS_PAST_PERIOD.match(text, sentence) is not None


def clause_segment(text: str, at: int) -> int:
    """Where the stretch of `text` that ends at `at` begins: after the last comma, stop,
    colon, semicolon or parenthesis (Arabic comma and semicolon too), at most `SEGMENT` back.
    A one-word parenthesis that closes right before it (a body's acronym after its name: "the
    Council (GECSC) held on") is no boundary: the stretch goes on before it."""
    start = max(0, at - SEGMENT)
    segment = max(start, *(text.rfind(mark, start, at) + 1 for mark in _BOUNDARIES))
    if segment > start and text[segment - 1] == ")":
        opening = text.rfind("(", start, segment)
        inner = text[opening + 1 : segment - 1].strip()
        if opening >= 0 and _ACRONYM.fullmatch(inner):
            return max(start, *(text.rfind(mark, start, opening) + 1 for mark in _BOUNDARIES))
    return segment


def past_clause(text: str, at: int, end: int) -> tuple[int, int] | None:
    """(PAST, FOUNDED, EVENT or ADOPTED, where the clause begins) when the date at `at`..`end` of `text`
    is in a clause about another event within its stretch (`clause_segment`); else None.

    ADOPTED is a clause whose verb is one of `ADOPTING` ("the declaration adopted on").
    EVENT is a relative clause whose verb is one of `EVENT_VERBS` with no past-perfect
    auxiliary ("which opened on"): the caller tells whether it is attached to the sentence's
    own event. A date followed, in its sentence, by a past-perfect main verb is PAST.

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
    founding = _founding_before(text, at, end, words)
    if founding is not None:
        return FOUNDED, founding
    if not any(word in _CLAUSE_WORDS for _, word in words):
        # (most dates: none of the work below)
        return (PAST, at) if _past_perfect(text, at, end) else None
    start = clause_segment(text, at)
    years = [year.end() for year in _YEAR.finditer(text, start, at)]
    since = years[-1] if years else start  # a clause before an earlier date is that date's
    words = [(position, word) for position, word in words if position >= since]
    first = _WORD.search(text, start, at)
    clause, relative = next(((p, w) for p, w in reversed(words) if w in _RELATIVES), (None, ""))
    if clause is None:
        clause = _participle_clause(text, start, end, words, first)
    if clause is None:
        return (PAST, at) if _past_perfect(text, at, end) else None
    verbs = {w for p, w in words if p >= clause}
    if verbs & _FOUNDING:
        return FOUNDED, clause
    if _adopted(text, [(p, w) for p, w in words if p >= clause]):
        return ADOPTED, clause
    if verbs & _PAST_PERFECT or _past_perfect(text, at, end):
        return PAST, clause
    # "which launched on 1 February 2024 a national plan": the clause's subject is its agent,
    # not the event
    object_next = _OBJECT_NEXT.get(_RELATIVES.get(relative, ""))
    event = bool(relative and verbs & _EVENT_VERBS
             and not (object_next is not None and object_next.match(text, end)))
    return (EVENT if event else PAST), clause


def _founding_before(text: str, at: int, end: int, words: list[tuple[int, str]]) -> int | None:
    """Where a founding word stands among the last `_FOUNDING_NEAR` of `words` before the date at
    `at`..`end`, in its stretch and after any earlier year ("The library was founded on 3 May
    1982", "the anniversary of its founding on", "fondée le", "تأسست الجامعة في"); None when
    there is none, or when a noun phrase follows a founding verb's date (the agent's own act:
    "ICESCO established on 3 March 2026 a chair")."""
    for position, word in reversed(words[-_FOUNDING_NEAR:]):
        language = _FOUNDING_WORDS.get(word)
        if language is None:
            continue
        start = clause_segment(text, at)
        if position < start or _YEAR.search(text, position, at):
            return None
        if word.endswith(tuple(FOUNDING_NOUNS[language])):
            return position if text[position].islower() or language == "ar" else None
        object_next = _OBJECT_NEXT.get(language)
        return None if object_next is not None and object_next.match(text, end) else position
    return None


def _adopted(text: str, words: list[tuple[int, str]]) -> bool:
    """Whether the last of a clause's `words` that is one of `ADOPTING` is passive: no object
    after it ("the declaration adopted on", "l'accord signé le 4 mars"; not "the Minister,
    signed a charter on": a main verb after an apposition)."""
    for position, word in reversed(words):
        if word in _ADOPTING:
            after = _OBJECT_NEXT.get(_PARTICIPLE_LANGUAGE.get(word, "ar"))
            found = after.match(text, position + len(word)) if after is not None else None
            return found is None or text[found.end() : found.end() + 1].isdecimal()
    return False


def _past_perfect(text: str, at: int, end: int) -> bool:
    """Whether the date at `at`..`end` of `text` has a past-perfect main verb in its sentence."""
    return bool(_PAST_PERFECT_AFTER.match(text, end)
                or _PAST_PERFECT_BEFORE.search(text, max(0, at - _NEAR), at))


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
        if before and before[-1] in _PAST_PERFECT:
            return position  # "ICESCO had organized on": an event before the reported one
        if before and before[-1] in AUXILIARIES.get(language, ()):
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
    if _OBJECT_NEXT["en"].match(text, end):
        return False  # "ICESCO held on 22 March 2022 a workshop": the main verb
    if first is None or first.start() == position:
        return True  # the stretch opens with it: ", founded on 3 May 1982,"
    if first.group().lower() in OPENING_PREPOSITIONS or _YEAR.search(text, start, position):
        return True
    # the noun phrase before it: the last one not inside another ("the Minister of the
    # Kingdom", "ICESCO and the university"); a subject if it opens the stretch
    before = [w.lower() for w in _WORD.findall(text, start, position)]
    heads = [i for i, w in enumerate(before)
             if w in DETERMINERS["en"] and (i == 0 or before[i - 1] not in ("of", "and"))]
    return bool(heads) and heads[-1] > 0


def sentence_of(text: str, at: int) -> int:
    """Where the sentence of `text` that holds position `at` begins."""
    return last_end_before(_SENTENCE_END, text, at)


def last_end_before(ends: re.Pattern[str], text: str, at: int) -> int:
    """The end of the last match of `ends` (a sentence's end) before `at`, or 0: looked for in
    a window before `at` that grows until one is found (a search from the text's start for
    every date or body made a long paragraph quadratic)."""
    window = 256
    while True:
        low = max(0, at - window)
        found = [m.end() for m in ends.finditer(text, low, at)]
        if found or low == 0:
            return found[-1] if found else 0
        window *= 4
