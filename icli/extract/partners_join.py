"""One body named in two ways in one article: its partner mentions joined, the other names
kept as variants of the one chosen."""

from __future__ import annotations

from collections.abc import Callable

from icli.extract.identity import partner_country_key
from icli.extract.mention import Mention
from icli.text.normalize import name_norm


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


def join_country_variants(partners: list[Mention],
                          countries: Callable[[str], list[Mention]]) -> list[Mention]:
    """One mention per body named with its country in two ways in one article: "ministère
    tunisien de l’Éducation" = "ministère de l’Éducation de la République tunisienne",
    "UAE Embassy" = "Embassy of the United Arab Emirates", "السفارة الإماراتية" = "سفارة دولة
    الإمارات العربية المتحدة". The name kept is the longest; the others become its variants.
    `countries` finds the countries in a name (the article language's extractor)."""
    kept: dict[tuple[str, str], Mention] = {}
    joined: list[Mention] = []
    for mention in partners:
        named = countries(mention.name)
        if len(named) != 1:
            joined.append(mention)
            continue
        country = named[0]
        rest = partner_country_key(mention.name, country.start, country.end, country.code or "")
        if not mention.code:
            mention.key = rest  # the same body in another article, named the other way
        other = kept.get((rest, country.code or ""))
        if other is None:
            kept[(rest, country.code or "")] = mention
            joined.append(mention)
            continue
        longer, shorter = (other, mention) if len(other.name) >= len(mention.name) else (mention, other)
        longer.variants |= {shorter.name} | shorter.variants
        if longer is mention:
            joined[joined.index(other)] = mention
            kept[(rest, country.code or "")] = mention
    return joined


def join_prefixes(partners: list[Mention]) -> list[Mention]:
    """A name that begins another name of the same article is that body ("جامعة محمد الخامس",
    "جامعة محمد الخامس بالرباط"; "Assemblée nationale", "Assemblée nationale du Niger")."""
    norms = [(name_norm(m.name), m) for m in partners]
    kept: list[Mention] = []
    for norm, mention in norms:
        longer = next((m for n, m in norms if n != norm and n.startswith(norm)), None)
        if longer is None or mention.code and mention.code != longer.code:
            kept.append(mention)
        else:
            longer.variants |= {mention.name} | mention.variants
    return kept
