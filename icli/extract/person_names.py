"""Latin-script people's names in English and French text: the name that starts at a position, the
capitalized words of a name that ends at one, the roles written before a name and the words
that open a role, the commas inside a list of a role's complement, and capitalized words that
are no person (titles, offices, misspelt countries)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from icli.extract import country_tables, gazetteer
from icli.extract.patterns import CAPITAL, CAPITALS, ROLE_QUALIFIER, by_first_letter, overlaps, trie_pattern
from icli.text.dates import WEEKDAYS

TOKEN = re.compile(r"\S+")  # a word as whitespace separates it
_NAME_WORD = rf"{CAPITAL}(?:[\w’'\-]+|\.)"  # a word or an initial
# Its look-behind (no word character, dot, apostrophe or hyphen before the name) follows the
# first capital, so that the engine scans for a capital instead of trying every position.
_NAME_BEFORE = re.compile(
    rf"({CAPITAL}(?<![\w.’'-].)(?:[\w’'\-]+|\.)(?:\s+(?:{_NAME_WORD}|"
    rf"bin|bint|ibn|al|el|Al|El|Ould|ould|de|van|Abu|Abd|[ae]l-{CAPITAL}[\w’'\-]+)){{1,5}})$"
)
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
_REGNAL = re.compile(r"[IVX]{3,5}")  # a regnal number of three letters or more ("III", "VIII")


def _is_initial(token: str) -> bool:
    """'M.', as in 'Salim M. AlMalik'."""
    return len(token) == 2 and token[1] == "." and token[0] in CAPITALS


_VOWELS = frozenset("AEIOUYÀÂÉÈÊËÎÏÔÛÙÜ")


def capitals_surname(word: str) -> bool:
    """Whether a word in capitals is a surname written in capitals ("DABUR", "BABA-MOUSSA"): three
    letters or more with a vowel, and no acronym of a body icli knows (ICESCO, UNESCO, SESRIC…)."""
    return (len(word) >= 3 and all(part.isalpha() for part in word.split("-"))
            and not _VOWELS.isdisjoint(word)
            and word not in gazetteer.PARTNER_ACRONYMS and word not in gazetteer.PARTNER_ACRONYMS_FR
            and not gazetteer.names_icesco(word))


# Capitalized role words that end a name they follow with no comma (the role after it starts).
ROLE_HEADS = frozenset({
    "Director", "Minister", "Secretary", "Chairman", "Rector", "Ambassador", "Directeur",
    "Directrice", "Ministre", "Secrétaire", "Président", "Présidente", "Recteur", "Rectrice",
    "Ambassadeur", "Ambassadrice", "Coordinateur", "Coordinatrice", "Représentant",
    "Représentante"})


# A comma inside a list of fields or portfolios in a role's or a body's complement ("Commission
# for Education, Culture, and Science", "Minister of Foreign Affairs, African Cooperation, and
# Moroccan Expatriates of …"): it ends neither a role nor a name. The items are one to three
# capitalized words (no honorific, no role word: "…, and Ambassador X" is another person), the
# last after "and"; the list ends at punctuation or a preposition, and one of its items ends
# with a common noun's suffix ("Cooperation", "Culture", "Training", "Affairs",
# "Organization"), which people's names do not ("…, Ahmed Khalil and Omar Said attended"). Single words before "and" with no capital
# after them make a list too ("of Culture, Youth and Sports"), and so do items of which one
# opens with "the", as no person's name does ("for Europe, the Middle East, and Africa"): that
# match runs to the list's end.
_NOT_AN_ITEM = by_first_letter(sorted({*gazetteer.HONORIFIC_WORDS, *gazetteer.ROLE_WORDS}))
_ITEM_WORD = r"[A-Z][a-z’'\-]+"
_ITEM = rf"(?!{_NOT_AN_ITEM}\b){_ITEM_WORD}(?:\s+(?!{_NOT_AN_ITEM}\b){_ITEM_WORD}){{0,2}}"
# The endings of common nouns, which people's names do not have ("Training", "University"), and
# of plural nouns ("Affairs", "Relations", "Expatriates").
_NOUN_ENDINGS = ("tion", "sion", "ment", "ure", "ity", "try", "ies", "ics", "ism", "nce", "ing",
                 "ship", "ness")
_ENDINGS = (*_NOUN_ENDINGS, "ons", "rs", "ts", "es")


def a_noun(word: str) -> bool:
    """Whether a capitalized word ends as a common noun does, singular or plural ("Training",
    "Commissions", "Business"): no word of a person's name."""
    return word.endswith(_NOUN_ENDINGS) or word.endswith("s") and word[:-1].endswith(_NOUN_ENDINGS)


_END_OF_LIST = r"(?=[,.;:)]|\s+\(|\s+(?:of|for|in|at|to|with)\s|\s*$)"
_NOUN_ITEM = rf"(?:{_ITEM_WORD}\s+){{0,2}}{_ITEM_WORD}(?:{'|'.join(_ENDINGS)})(?![\w’'-])"
LIST_COMMA_EN = re.compile(
    rf",\s+(?=(?:{_ITEM},\s+){{0,4}}{_NOUN_ITEM}|(?:{_ITEM},\s+){{0,4}}{_ITEM},?\s+and\s+{_NOUN_ITEM})"
    rf"(?=(?:{_ITEM},\s+){{0,4}}{_ITEM},?\s+and\s+{_ITEM}{_END_OF_LIST})"
    rf"|(?:{'|'.join(f'(?<={e})' for e in _ENDINGS)}),\s+(?=and\s+{_ITEM}{_END_OF_LIST})"
    r"|,\s+(?=(?:[A-Z][a-z]+,?\s+)?and\s+[A-Z][a-z]+(?![\w.’'-])(?!\s+[A-Z]))"
    rf"|,\s+(?:the\s+{_ITEM},?\s+and\s+(?:the\s+)?{_ITEM}|{_ITEM},?\s+and\s+the\s+{_ITEM})"
    rf"{_END_OF_LIST}")


@lru_cache(maxsize=1)
def portfolio_words() -> frozenset[str]:
    """The capitalized words of ministers' portfolios in English ("Foreign", "Affairs",
    "Education"), which a minister's title holds before the minister's name."""
    words = {w.capitalize() for names in gazetteer.PORTFOLIOS.values() for name in names
             if name.isascii() for w in name.split()}
    return frozenset(words)


# Two to four capitalized words that a comma, "and" or the sentence's end follows.
_NAME_LIKE = re.compile(r"(?:[A-Z][\w’'\-]*\.?\s+){1,3}[A-Z][\w’'\-]*(?=[,.;]|\s+and\s|\s*$)")


def a_name_next(text: str, at: int) -> bool:
    """Whether a person's name with no honorific starts at `at` after a role's comma ("…,
    Director of Planning, Ali Said, and …"): words of a name, none a role's, a portfolio's or a
    common noun ("Small Business", "Social and Environmental Council" go on with the role), nor a
    country's name ("Minister of Culture, Saudi Arabia, said": the role's country)."""
    name = _NAME_LIKE.match(text, at)
    return name is not None and not any(
        w in gazetteer.ROLE_WORDS or w in portfolio_words() or a_noun(w)
        or w in gazetteer.NOT_NAME_WORDS for w in name.group().split()) and not (
        country_tables.country_phrases().get(tuple(name.group().replace("’", "'").split())))


_DETERMINER_FR = r"(?:les|la|le|l’|l'|des|du|de la|de l’|de l')\s*"
# A comma inside an enumeration of a French role or body ("pour l’éducation, les sciences et la
# culture", "de la santé, des affaires humanitaires et du développement social", "de
# l’Enseignement supérieur, de la Recherche scientifique, du Transfert de technologies et de
# l’Éducation nationale"): each item a determiner and one to four words, no role word among them
# ("…, la ministre de la Culture et le ministre …" are people), the last after "et".
_NOT_A_ROLE_FR = rf"(?!(?i:{trie_pattern(sorted(gazetteer.ROLE_WORDS_FR))})(?![\w’'-]))"
_LIST_ITEM_FR = (rf"{_DETERMINER_FR}{_NOT_A_ROLE_FR}[^\W\d_][\w’'-]*"
                 rf"(?:\s+{_NOT_A_ROLE_FR}[^\W\d_][\w’'-]*){{0,3}}")
LIST_COMMA_FR = re.compile(
    rf",\s+(?={_LIST_ITEM_FR}(?:,\s+{_LIST_ITEM_FR}){{0,4}}\s+et\s+{_DETERMINER_FR}\w)")


def _country_after(words: list[str]) -> int:
    """Where a particle opens a country's name that ends `words` ("Kofi Mensah du Ghana", "Awa
    Diop de la République du Sénégal"): that particle's index, 0 if none does."""
    for at in range(2, len(words) - 1):
        if words[at].casefold() in gazetteer.NAME_PARTICLES:
            rest = words[at + 1 :]
            while rest and rest[0].casefold() in gazetteer.NAME_PARTICLES:
                rest = rest[1:]
            country = " ".join(rest)
            if country in country_tables.country_names_fr() or country in country_tables.country_names():
                return at
    return 0


# Honorifics of a private person, which never lead a place's name (as "King", "Sheikh" do) and
# are never a word inside a name.
PERSONAL_HONORIFICS = frozenset({"Dr", "Mr", "Ms", "Mrs", "Miss", "Prof", "Professor", "Eng", "Mme", "Mlle",
                                 "Madam"})
PERSONAL_HONORIFIC = re.compile(rf"\b(?:{'|'.join(sorted(PERSONAL_HONORIFICS))})\b")


def name_at(text: str, start: int) -> tuple[str, int]:
    """The person's name that starts at `start` and where it ends; '' when none does."""
    words: list[str] = []
    ends: list[int] = []  # where each word ends
    end = start
    for match in TOKEN.finditer(text, start, min(len(text), start + 160)):
        token = match.group()
        if words and "\n" in text[end : match.start()]:
            break  # a name never crosses a line's end (a title, then its text's first word)
        if _is_initial(token):
            words.append(token)
            end = match.end()
            ends.append(end)
            continue
        core = token.rstrip(",.;:)”\"!?")
        stop = core != token
        if core.endswith(("’s", "'s")):  # (one test for the words with neither)
            for suffix in ("’s", "'s"):
                if core.endswith(suffix):
                    core, stop = core[: -len(suffix)], True
        lowered = core.casefold()
        if words and (core in ROLE_HEADS or core in PERSONAL_HONORIFICS):
            break  # "M. Habib Sanogo Directeur général de …": the role starts; "President AIOU
            # Dr X": another name starts
        if lowered in gazetteer.NAME_PARTICLES or core[:3] in ("al-", "el-") and core[3:4] in CAPITALS:
            words.append(core)
        elif core[:1] in CAPITALS and core not in gazetteer.NOT_NAME_WORDS and not core.isupper():
            words.append(core)
        elif core[:1] in CAPITALS and core.isupper() and (
                len(core) <= 2 and core not in ("HE",) or words and _REGNAL.fullmatch(core)):
            words.append(core)  # "Mohammed VI", "Abdullah III": a short capital in a name
        elif core.isupper() and capitals_surname(core):
            words.append(core)  # "S.E. M. Nebil DABUR", "Dr Salim Mohammed ALMALIK"
        else:
            break
        end = match.start() + len(core)
        ends.append(end)
        if stop:
            break
    if len(words) > 3 and (cut := _country_after(words)):  # "M. Kofi Mensah du Ghana": the name ends before "du"
        words, end = words[:cut], ends[cut - 1]
    while words and words[-1].casefold() in gazetteer.NAME_PARTICLES:
        words.pop()
    while words and words[0].casefold() in gazetteer.SON_OF:
        words.pop(0)
    name = " ".join(words)
    return (name, end) if _TWO_LETTERS.search(name) else ("", start)


def words_before(text: str, position: int, taken: list[tuple[int, int]]
                  ) -> tuple[list[str], int, int] | None:
    """The capitalized words of a name ending right before `position` (searched in its last six
    words within 90 characters), where they start and end; None if none, or inside a `taken`
    span."""
    match = _NAME_BEFORE.search(text, last_words(text, max(0, position - 90), position), position)
    if match is None or overlaps(match.start(1), taken):
        return None
    return match.group(1).split(), match.start(1), match.end(1)


def last_words(text: str, start: int, end: int) -> int:
    """Where the last six words of text[start:end] begin (words as split by whitespace).

    A _NAME_BEFORE match is at most six words separated by spaces, so it starts there or
    later: searching from there finds the same match, with fewer positions tried.
    """
    window = text[start:end]
    before = window.rsplit(None, 6)
    if len(before) < 7:
        return start
    rest = window[len(before[0]) :]
    return end - len(rest.lstrip())



# A parenthesis that stays in the role before it: one to four capitalized words closed
# (patterns.ROLE_QUALIFIER: "Permanent Secretary (Higher Education)", "(BIE- Unesco) à Genève").
_QUALIFIER_IN_BRACKETS = re.compile(rf"\s\(({ROLE_QUALIFIER})\)")
# A picture's caption in brackets after a role ("Minister of Culture (Left)", "(Photo)"): where
# the person stands in the picture, never the role's.
_IN_THE_PICTURE = re.compile(r"(?i)(?:(?:far|second|third)(?: from)? )?(?:left|right|centre|center|middle|"
                             r"photo|file photo|file|archive|pictured|[LRC])")


def past_role_qualifier(rest: str, at: int) -> int | None:
    """Where reading a role goes on when the parenthesis at `at` holds a qualifier of it
    (_QUALIFIER_IN_BRACKETS): after its closing bracket. None when the parenthesis ends the
    role: a clause, a country's name alone ("(Royaume d’Arabie Saoudite)": the body's place) or
    a picture's caption ("(Left)", "(Photo)")."""
    match = _QUALIFIER_IN_BRACKETS.match(rest, at)
    if match is None or country_tables.real_country(match.group(1)) or _IN_THE_PICTURE.fullmatch(match.group(1)):
        return None
    return match.end()


# Where a clause starts, read backwards from a name: a semicolon, a colon, a line's start, a
# list's bullet, an opening parenthesis or a sentence's end.
# (not an acronym in parentheses, "(ISESCO)", nor a parenthesis after one: "ISESCO (…)"). Each
# alternative starts with a literal character (the look-behind after the parenthesis), so the
# engine scans for those six characters instead of trying every position.
_CLAUSE_START = re.compile(r";|:|\n|•|\((?<![A-Z]{2}\s\()(?![A-Z]{2,}\))|\.\s")


# A role that ends with a capitalized word or a body's acronym right before a name with no comma
# between them ("Director General of ISESCO Dr X", "Minister of Foreign Affairs of Morocco
# H.E. Mr X", "directeur général de l’ICESCO le Dr X"). A match is the last word before the
# final space: searched from the space before that word (the engine tries every position).
_NO_COMMA_BEFORE = re.compile(
    r"(?<![\w’'\-])(?:[ld][’'])?(?!(?:The|Le|La|Les)\s)[A-Z][\w’'\-]*\)? $")


# A clause's opening preposition (English or French): a role inside the phrase it opens, with
# no verb between them, is no apposition to a name right after it ("At the invitation of the
# Director-General of X Mr Y visited …", "Lors de la réunion avec le directeur de X M. Y a …").
_INTRODUCTORY = re.compile(
    r"(?:At|After|Following|During|On|In|Upon|Before|Under|Within|Amid|"
    r"À|Au|Aux|Après|Lors|Pendant|Suite|Sur|Dans|Avant|En|Sous|Dès)\s")
# A participle in lower case ("chaired by the Minister of X Dr Y", "présidée par …"): a verb.
_PARTICIPLE = re.compile(r"(?<![\w’'\-])[a-zà-ÿ]+(?:ed|ée?s?)(?![\w’'\-])")


# A dateline's place that opens a clause before a comma: one capitalized word ("Jeddah").
_DATELINE = re.compile(rf"\s*{CAPITAL}[\w’'\-]+\s*")
# An opening phrase of time or place before a comma ("On Monday", "On 3 May 2023", "In Addis
# Ababa", "On Tuesday morning"): a preposition, then capitalized words or numbers, no honorific.
_OPENERS = ("On ", "In ", "At ", "Last ", "Earlier ", "This ")
_OPENING_PHRASE = re.compile(rf"\s*(?:On|In|At|Last|Earlier|This)(?:\s+(?:{CAPITAL}[a-zà-ÿ]+"
                             rf"|\d{{1,4}}(?:st|nd|rd|th)?|morning|afternoon|evening|of|the)(?=\s|$)){{1,5}}\s*")


# An opening phrase of the speaker's own part or words ("For his part", "In her opening speech",
# "In his address at the opening session of …"): a preposition, then a possessive.
_OWN_PART = re.compile(r"\s*(?:For|In|On|During)\s+(?:his|her|their)\s")


def _opens_before_a_role(part: str) -> bool:
    """Whether a clause's first part before a comma is a dateline's place, an opening phrase
    of time or place, or of the speaker's own part: a role right after it opens the clause
    ("On Monday, Minister of X, Y", "For his part, Chairman of Y Dr. Z")."""
    return bool(_DATELINE.fullmatch(part) or _OWN_PART.match(part)
                or part.lstrip().startswith(_OPENERS) and _OPENING_PHRASE.fullmatch(part))


def _segments(clause: str, list_comma: re.Pattern[str]) -> list[str]:
    """The comma-separated parts of a clause (commas inside a list, `list_comma`, kept)."""
    parts, start = [], 0
    for comma in re.finditer(r",\s+", clause):
        if not list_comma.match(clause, comma.start()):
            parts.append(clause[start : comma.start()])
            start = comma.end()
    parts.append(clause[start:])
    return parts


def _role_start_in(segment: str, starts: re.Pattern[str],
                   noun_phrase: Callable[[str], str]) -> int | None:
    """Where the longest role (`starts`) that runs to the end of `segment` as one noun phrase
    starts: at the segment's start or after a lower-case word (a verb or a preposition:
    "received the Director General of ISESCO", "by ISESCO Director General"); None if no role
    ends the segment."""
    for word in TOKEN.finditer(segment):
        at = word.start()
        previous = segment[:at].split()
        if previous and not previous[-1][:1].islower() and not previous[-1].endswith(")"):
            continue  # (after a parenthesis: "Jeddah (Agency, 2021) The Secretary General of …")
        if starts.match(segment, at):
            tail = " ".join(segment[at:].split())
            if noun_phrase(tail) == tail:
                return at
    return None


def roles_before(text: str, start: int, starts: re.Pattern[str],
                 noun_phrase: Callable[[str], str], list_comma: re.Pattern[str],
                 article: re.Pattern[str]) -> list[str] | None:
    """The roles written before a name that starts at `start` after a comma, nearest last
    ("the President of the 12th General Conference, Minister of Culture of …, Mr …"); None if
    there is none. A role matches `starts` and is one noun phrase (`noun_phrase`).

    The first role opens the clause, or follows an article (`article`) or a lower-case word; a
    role that opens a part after a comma with none of these, with no role before it, is the
    role of the person named before ("Dr. X, Director of Y, Mr Z": not Mr Z's)."""
    before = text[max(0, start - 300) : start]
    if before.endswith(", "):
        clause = before[:-2]
    elif _NO_COMMA_BEFORE.search(before, before.rfind(" ", 0, len(before) - 2) + 1):
        # "Director General of ISESCO Dr X": no comma, one role
        cuts = list(_CLAUSE_START.finditer(before, 0, len(before) - 1))
        parts = _segments(before[cuts[-1].end() if cuts else 0 : -1], list_comma)
        at = _role_start_in(parts[-1], starts, noun_phrase)
        opens = (len(parts) == 1 or len(parts) == 2 and _opens_before_a_role(parts[0])) and (
            bool(cuts) or start <= 300)
        if at is None or not (at or article.match(parts[-1], at) or opens):
            return None
        if at and _INTRODUCTORY.match(parts[-1]) and not _PARTICIPLE.search(parts[-1], 0, at):
            return None  # "Following the visit of the Minister of X Dr. Y said": Y is the subject
        return [" ".join(parts[-1][at:].split())]
    else:
        return None
    cuts = list(_CLAUSE_START.finditer(clause))
    opens = bool(cuts) or start <= 300
    parts = _segments(clause[cuts[-1].end() :] if cuts else clause, list_comma)
    roles: list[str] = []
    for n in range(len(parts) - 1, -1, -1):
        at = _role_start_in(parts[n], starts, noun_phrase)
        if at is None:
            return None
        roles.insert(0, " ".join(parts[n][at:].split()))
        if at or article.match(parts[n], at) or (n == 0 or n == 1 and _opens_before_a_role(parts[0])) and opens:
            return roles  # (after a dateline's place: "Damascus, Minister of Education, Dr. X")
    return None


# Words never in a person's name: roles (except those also in names: "King Abdullah"),
# organizations' and events' heads, offices' words.
_NOT_IN_A_NAME = frozenset(
    (gazetteer.ROLE_WORDS - gazetteer.ROLE_WORDS_IN_NAMES) | gazetteer.ORG_HEADS
    | gazetteer.EVENT_HEADS | gazetteer.OFFICE_WORDS)


@lru_cache(maxsize=8192)
def not_a_person(name: str) -> bool:
    """Whether capitalized words read as a name are a title, an office, a prize or an
    organization ("Senior Desk Officer", "International Cooperation", "Faisal International
    Prize"), hold a weekday ("Tuesday Ahmed Karim": a date, then a name) or are a misspelt
    country ("Burkina Fasso")."""
    words = name.split()
    return (any(w in _NOT_IN_A_NAME or w.casefold() in WEEKDAYS for w in words)
            or _misspelt_country(name))


@lru_cache(maxsize=1)
def _countries_by_first_letters() -> dict[str, list[str]]:
    """Country names of two words or more by the first four letters of their first word."""
    table: dict[str, list[str]] = {}
    for country in country_tables.country_names():
        if " " in country:
            table.setdefault(country[:4].casefold(), []).append(country)
    return table


def _misspelt_country(name: str) -> bool:
    """Whether a name of two words or more is spelled almost as a country's ("Burkina Fasso")."""
    import difflib

    near = _countries_by_first_letters().get(name[:4].casefold(), [])
    return " " in name and any(
        difflib.SequenceMatcher(None, name.casefold(), country.casefold()).ratio() >= 0.85
        for country in near)


_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Z][\w’'\-]*) $")
_ORDINALS = frozenset({"Second", "Third", "Fourth", "Fifth"})  # "First" is a role word
_PREFIX_BEFORE = re.compile(r"(?:^|(?<=\s))[A-Z][a-z]+-$")


# An adjective's ending in "-al" ("Federal", "Regional", "National"): it stays in a role before it.
_ADJECTIVE = re.compile(r"[a-z]al$")


def role_lead(text: str, start: int) -> int:
    """Where a role that starts at `start` begins with the capitalized words written before it:
    up to two role words, demonyms, acronyms or adjectives in "-al", a country's or a body's
    possessive ("Prime Minister", "Egyptian Minister", "UN Secretary-General", "Federal
    Minister", "Senegal's Minister")."""
    prefix = _PREFIX_BEFORE.search(text, max(0, start - 12), start)
    if prefix:  # "Vice-President", "Co-Chair"
        start = prefix.start()
    for _ in range(2):
        word = _WORD_BEFORE.search(text, max(0, start - 30), start)
        owner = word.group(1).replace("’", "'").removesuffix("'s") if word else ""
        if word is None or not (word.group(1).isupper() or word.group(1) in gazetteer.ROLE_WORDS
                                or word.group(1) in _ORDINALS or _ADJECTIVE.search(word.group(1))
                                or country_tables.country_phrases().get((word.group(1),))
                                or owner != word.group(1) and (
                                    owner.isupper() or country_tables.country_phrases().get((owner,)))):
            break
        start = word.start(1)
    return start
