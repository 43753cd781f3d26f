"""Bodies a text names only where the article does not make them partners (docs/contract.md):
someone's former or honorary post, an honorary degree, a prize won, the school of a prize's
winner, a comparison with what another body did. Each is read from the words right before
the body's name (and, for "as X did", right after it), at every place the text names it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from icli.extract.mention import Mention
from icli.text.normalize import arabic_word_key

_BEFORE = 80  # characters before a name where its context is read


@dataclass(frozen=True, slots=True)
class _Contexts:
    """One language's contexts: `before` ends right before the name (group `prize` when the
    context holds only for a prize, group `winner` only in a text announcing winners, group
    `did` only when `did` follows the name); `winners` announces winners, `prize` is a prize's
    head word, `did` is what follows a body in a comparison."""

    before: re.Pattern[str]
    winners: re.Pattern[str]
    prize: re.Pattern[str]
    did: re.Pattern[str]


_EN = _Contexts(
    before=re.compile(
        r"(?:\b(?:[Ff]ormer|[Hh]onorary|[Ee]x-|(?:[Pp]reviously|[Ff]ormerly|[Oo]nce) (?:served|worked) as)"
        r"[\w\s\-]{0,40}?\b(?:of|at|in|from|by)"
        r"|\b(?:[Ss]imilar to|[Uu]nlike|[Cc]omparable to)(?: the [a-z][a-z\s]{0,25}? of)?"
        r"|(?P<prize>\b(?:won|wins|winning|winners? of|laureates? of|recipients? of|awarded|received"
        r"|receiving|granted)(?: with)?)"
        r"|(?P<winner>,\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:teacher|student|pupil|learner|researcher)s?"
        r"\s+(?:at|of|from|in))"
        r"|(?P<did>\b[Aa]s))\s+(?:the\s+)?$"),
    winners=re.compile(r"\b(?:[Ww]inn(?:er|ing)s?|[Ll]aureates?|[Aa]wardees?|[Pp]rizes?|[Aa]wards?)\b"),
    prize=re.compile(r"\b(?:Prize|Award|Medal|Trophy)\b"),
    did=re.compile(r"\s+(?:did|does|has done|had done|have done)\b"),
)
_FR = _Contexts(
    before=re.compile(
        r"(?:\b(?:[Aa]ncien(?:ne)?|[Hh]onoraire|[Ee]x-)[\w\s\-]{0,40}?(?:\bde|\bdu|\bdes|\bà)"
        r"|\bhonoris causa\s+(?:de|du|des|à|décerné par)"
        r"|\bà l[’']\s*(?:instar|image)\s+(?:de|du|des)"
        r"|\bcomme l[’']\s*(?:a|ont|avait|avaient) fait"
        r"|(?P<prize>\b(?:lauréate?s?|gagnante?s?|vainqueurs?|récipiendaires?)\s+(?:de|du|des)"
        r"|\b(?:remporté|reçu|obtenu|décroché)\s+(?:le|la|les))"
        r"|(?P<winner>,\s+(?:une?\s+)?(?:enseignante?|institut(?:eur|rice)|étudiante?|élève|chercheu(?:r|se))s?"
        r"\s+(?:à|au|de|du|dans))"
        r")\s*(?:la\s+|le\s+|l[’']\s*)?$"),
    winners=re.compile(r"(?i)\b(?:lauréat|gagnant|vainqueur|prix|primé)"),
    prize=re.compile(r"\b(?:Prix|Médaille|Trophée)\b"),
    did=re.compile(r"(?!)"),
)

_AR = _Contexts(
    before=re.compile(
        "(?:(?:السابق|السابقة|الفخري|الفخرية)\\s+(?:ل|في\\s+|ب|من\\s+)?"
        "|(?:على غرار|أسوة ب|على نهج|كما فعلت|كما فعل)\\s*"
        "|(?P<winner>(?:ال)?(?:معلم|معلمة|طالب|طالبة|تلميذ|تلميذة|باحث|باحثة)\\s+(?:في\\s+|ب))"
        "|(?P<prize>(?:الحائز|الحائزة|الحاصل|الحاصلة|الفائز|الفائزة)\\s+(?:على|ب)\\s+|فاز\\S*\\s+ب))$"),
    winners=re.compile("فاز|الفائز|جائز|جوائز|المتوج"),
    prize=re.compile("جائزة|وسام"),
    did=re.compile("(?!)"),
)

CONTEXTS = {"en": _EN, "fr": _FR, "ar": _AR}


def _no_partner_at(text: str, at: int, end: int, name: str, contexts: _Contexts) -> bool:
    """Whether the body named at text[at:end] stands in a context that makes it no partner."""
    found = contexts.before.search(text, max(0, at - _BEFORE), at)
    if found is None:
        return False
    if found.group("prize") is not None:
        return bool(contexts.prize.search(name))
    if found.group("winner") is not None:
        return bool(contexts.winners.search(text))
    if "did" in found.groupdict() and found.group("did") is not None:
        return bool(contexts.did.match(text, end))
    return True


def only_where_no_partner(partner: Mention, text: str, language: str) -> bool:
    """Whether a body is named only where the article does not make it a partner: after a
    former or honorary post ("Irina Bokova, former Director-General of UNESCO", rule
    `partner.*.past-post`), an honorary degree ("an honorary doctorate from the University of
    X"), as a prize won ("won the X Prize"), as the school of a winner listed in a text that
    announces winners ("Amina Bello, a teacher at X School, Nigeria"), or in a comparison
    ("unlike X", "as X did", "à l’instar de X", "على غرار X")."""
    contexts = CONTEXTS[language]
    if not contexts.before.search(text, max(0, partner.start - _BEFORE), partner.start):
        return False  # where it was found, no such context before it: most bodies stop here
    names = {partner.name, partner.alias, partner.code or "", *partner.variants} - {""}
    places = {(m.start(), m.end()) for n in names for m in re.finditer(rf"(?<!\w){re.escape(n)}", text)}
    return all(_no_partner_at(text, at, end, partner.name, contexts) for at, end in places)


# An organization's head and one generic adjective: no body's proper name ("the Islamic
# Organization", "l’Organisation islamique"), however capitalized (folded as arabic_word_key
# folds Arabic; English and French casefolded).
_GENERIC_HEADS = frozenset({"organization", "organisation", "منظمه"})
_GENERIC_ADJECTIVES = frozenset({"islamic", "international", "regional", "intergovernmental", "islamique",
                                 "internationale", "régionale", "intergouvernementale", "اسلاميه", "دوليه",
                                 "اقليميه"})


def generic_name(partner: Mention) -> bool:
    """Whether a partner's name, given no acronym, is only a head and a generic adjective, in
    either order ("Islamic Organization", "Organisation islamique", "المنظمة الإسلامية")."""
    words = [arabic_word_key(w).casefold() for w in partner.name.split()]
    return (not partner.code and len(words) == 2
            and bool(set(words) & _GENERIC_HEADS) and bool(set(words) & _GENERIC_ADJECTIVES))
