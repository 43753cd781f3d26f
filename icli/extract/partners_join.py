"""One body named in two ways in one article: its partner mentions joined, the other names
kept as variants of the one chosen."""

from __future__ import annotations

import re
from collections.abc import Callable

from icli.extract.identity import partner_country_key
from icli.extract.mention import Mention
from icli.text.date_clauses import sentence_of
from icli.text.normalize import name_norm

_SHORTEST_REST = 12  # letters of a name less its country that can be another name's start
_ARABIC_LAM_ARTICLE = re.compile(r"(?<!\S)لل")  # "للفرنكوفونية": ل + the article
NAMED_AGAIN = "+named-again"  # ends the rule of a body named again with no country


def join_short_forms(partners: list[Mention]) -> list[Mention]:
    """One mention per body called by its owner's name and its head in one article:
    "Oracle Center" is "Oracle’s Research and Development Center" when both appear."""
    kept: list[Mention] = []
    for mention in partners:
        words = mention.name.split()
        longer = None
        if len(words) == 2 and not mention.code:
            owner, head = words
            longer = next((m for m in partners if m is not mention and m.name.split()[-1] == head
                           and m.name.split()[0] in (owner, owner + "’s", owner + "'s")
                           and len(m.name.split()) > 2), None)
        if longer is None:
            kept.append(mention)
        else:
            longer.variants |= {mention.name} | mention.variants
    return kept


def join_country_variants(partners: list[Mention], countries: Callable[[str], list[Mention]],
                          text: str = "") -> list[Mention]:
    """One mention per body named with its country in two ways in one article: "ministère
    tunisien de l’Éducation" = "ministère de l’Éducation de la République tunisienne",
    "UAE Embassy" = "Embassy of the United Arab Emirates", "السفارة الإماراتية" = "سفارة دولة
    الإمارات العربية المتحدة"; also when one name less its country begins the other's ("وزارة
    التعليم العالي التونسية" = "وزارة التعليم العالي والبحث العلمي في الجمهورية التونسية"). The
    name kept is the longest; the others become its variants.
    `countries` finds the countries in a name (the article language's extractor); `text` is
    the text the mentions' offsets point into (`_without_country_again` reads it)."""
    kept: dict[tuple[str, str], Mention] = {}
    joined: list[Mention] = []
    countryless: list[Mention] = []
    for mention in partners:
        named = countries(mention.name)
        if len(named) != 1:
            joined.append(mention)
            if not named and not mention.code:
                countryless.append(mention)
            continue
        country = named[0]
        rest = partner_country_key(mention.name, country.start, country.end, country.code or "")
        if not mention.code:
            mention.key = rest  # the same body in another article, named the other way
        other = kept.get((rest, country.code or "")) or next(
            (m for (r, c), m in kept.items() if c == (country.code or "") and r != rest
             and _one_begins_other(r.partition("@")[0], rest.partition("@")[0])),
            None)  # "وزارة التعليم العالي التونسية" = "… العالي والبحث العلمي في الجمهورية التونسية"
        if other is None:
            kept[(rest, country.code or "")] = mention
            joined.append(mention)
            continue
        longer, shorter = (other, mention) if len(other.name) >= len(mention.name) else (mention, other)
        longer.variants |= {shorter.name} | shorter.variants
        if longer is mention:  # the longer name takes the shorter's place, under each key it had
            joined[next(i for i, m in enumerate(joined) if m is other)] = mention
            for key, m in kept.items():
                if m is other:
                    kept[key] = mention
            kept[(rest, country.code or "")] = mention
    return _without_country_again(joined, countryless, kept, countries, text)


def _without_country_again(joined: list[Mention], countryless: list[Mention],
                           kept: dict[tuple[str, str], Mention],
                           countries: Callable[[str], list[Mention]], text: str) -> list[Mention]:
    """`joined` less the names with no country that are one body's name less its country
    ("sa Commission nationale pour l’éducation, …" after "la Commission nationale saoudienne
    pour …"; "the Ministry of Culture and Heritage" after "the Senegalese Ministry of Culture
    and Heritage"), which that body stands for in this article: its rule says so
    (NAMED_AGAIN, `show --why`), but the name is not its variant, for a name with no country
    says whose it is only in its article. A name that two bodies' names less their countries
    equal (two states' ministries) stays, and so does one whose sentence names another country
    before it ("Le Tchad était représenté par sa Commission nationale …": Chad's)."""
    by_rest: dict[str, list[tuple[str, Mention]]] = {}
    for (rest, code), mention in kept.items():
        by_rest.setdefault(rest.partition("@")[0], []).append((code, mention))
    dropped = []
    for mention in countryless:
        bodies = by_rest.get(name_norm(mention.name).removeprefix("ال"), [])
        if len(bodies) != 1:
            continue
        code, body = bodies[0]
        before = text[sentence_of(text, mention.start):mention.start] if text else ""
        if any(c.code != code for c in countries(before)):
            continue
        if not body.rule.endswith(NAMED_AGAIN):
            body.rule += NAMED_AGAIN
        dropped.append(mention)
    return [m for m in joined if not any(m is d for d in dropped)]


def _one_begins_other(a: str, b: str) -> bool:
    """Whether one of two name keys begins the other, the shorter long enough to be a name."""
    return min(len(a), len(b)) >= _SHORTEST_REST and (a.startswith(b) or b.startswith(a))


def join_prefixes(partners: list[Mention]) -> list[Mention]:
    """A name that begins another name of the same article is that body ("جامعة محمد الخامس",
    "جامعة محمد الخامس بالرباط"; "Assemblée nationale", "Assemblée nationale du Niger"); in
    Arabic "لل" and "ال" starting a word compare as one ("الوكالة الجامعية للفرنكوفونية" =
    "الوكالة الجامعية الفرنكوفونية")."""
    norms = [(name_norm(_ARABIC_LAM_ARTICLE.sub("ال", m.name)), m) for m in partners]
    kept: list[Mention] = []
    for index, (norm, mention) in enumerate(norms):
        longer = next((m for k, (n, m) in enumerate(norms)
                       if n != norm and n.startswith(norm) or n == norm and k < index), None)
        if longer is None or mention.code and mention.code != longer.code:
            kept.append(mention)
        else:
            longer.variants |= {mention.name} | mention.variants
    return kept
