"""People (with roles), countries and partner organizations named in one article.

Fast rules and word lists (icli.extract.gazetteer), no statistical model: honorific- and role-anchored
name patterns (people_en.py, people_fr.py, people_ar.py), a phrase lookup for countries
(countries.py), and organization-name patterns with acronym resolution (partners_en.py,
partners_fr.py, partners_ar.py). Each language has its own extractor in
`EXTRACTORS`; articles in a language without one get no entities rather than wrong ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from icli.extract import gazetteer
from icli.extract.countries import extract_countries, extract_countries_fr
from icli.extract.countries_ar import extract_countries_ar
from icli.extract.country_tables import real_country
from icli.extract.cut_names import without_cut_names
from icli.extract.head_by_role import head_by_role, head_by_role_ar, head_by_role_fr
from icli.extract.mention import Mention
from icli.extract.partner_acting import acting_somewhere_ar, acting_somewhere_fr, french_names, roles_taking_part_fr
from icli.extract.partner_contexts import generic_ministry, generic_name, only_where_no_partner
from icli.extract.partner_history import without_history_only
from icli.extract.partner_owners import units_folded_fr
from icli.extract.partners_ar import extract_partners_ar
from icli.extract.partners_ar_after import newspaper_staff_ar, outside_roles_ar
from icli.extract.partners_en import extract_partners
from icli.extract.partners_en_edges import without_parts
from icli.extract.partners_en_headless import extract_headless
from icli.extract.partners_en_joined import plural_bodies
from icli.extract.partners_fr import extract_partners_fr
from icli.extract.partners_join import join_country_variants, join_prefixes, join_short_forms
from icli.extract.patterns import CAPITAL, positions
from icli.extract.people_ar import extract_people_ar
from icli.extract.people_en import extract_people
from icli.extract.people_fr import extract_people_fr
from icli.extract.role_words_ar import without_and_ar
from icli.text.escape import C0_C1, as_shown
from icli.text.normalize import arabic_letter_variants
from icli.text.parse import ParsedArticle
from icli.text.time_phrases import without_time

# Bump when parsing or extraction changes: a plain `icli ingest` then re-reads stored articles.
EXTRACTOR_VERSION = 301

_OWN_LONG_NAME = re.compile(  # starts with a literal word, so the engine scans fast
    r"Islamic\s+(?:World\s+)?(?:Education(?:al)?,?\s+Scien(?:tific|ce),?\s+(?:and|&)\s+Cultur(?:al|e)\s+"
    r"Organi[sz]ation|Organi[sz]ation\s+for\s+Education,?\s+Science,?\s+and\s+Culture)"
    r"(?:\s*\((ICESCO|ISESCO)\))?"
)
# Calques of ICESCO's Arabic name that name the Islamic World last or after the head ("the
# Educational, Scientific and Cultural Organization of the Islamic World", "the Organization of
# the Islamic World for Education, Science and Culture"): read only in a text holding `_CALQUE`
# (their patterns, which the engine cannot scan for one literal, cost 4% of extraction).
_CALQUE = "ation of the Islamic World"
_OWN_CALQUE_EN = (
    r"(?:Educational,?\s+Scientific,?\s+(?:and|&)\s+Cultural\s+Organi[sz]ation\s+of\s+the\s+Islamic\s+World"
    r"|Organi[sz]ation\s+of\s+the\s+Islamic\s+World\s+for\s+Education,?\s+Science,?\s+and\s+Culture)"
    r"(?:\s*\((?:ICESCO|ISESCO)\))?")
_PARTICLE_GAP = re.compile(rf"\b(Al|El|al|el)-\s+(?={CAPITAL})")  # "Al- Malik"
_HYPHEN_GAP = re.compile(rf"(\w) -(?={CAPITAL}\w)")  # "Director -General"
# A title glued to the words around it by a lost space: "comprisedMr Walid", "MsMuna Saeed".
_GLUED_TITLE = re.compile(r"M(?:rs|r|s)(?=[A-Z][a-z]| [A-Z][a-z])")  # a literal start scans fast


# Marks around or after a word that are never part of a name: footnote marks ("Karimov[1]",
# "Ahmed*", "Lee¹", "Said†") and markdown emphasis ("**Omar Said**", "_Sara Lee_").
# (with the control characters escape.as_shown removes: one scan finds either)
_MARK_CHARS = re.compile(f"[*_\\[¹²³⁰⁴-⁹†‡{C0_C1}]")
_MARKS = re.compile(r"(?<=\w)(?:\[(?:\d{1,3}|[a-z]|[ivx]{1,4})\]|\*{1,3}|[¹²³⁰⁴-⁹]+|[†‡]+)"
                    r"|(?<![\w*])\*{1,3}(?=\w)|(?<!\w)_{1,2}(?=\w)|(?<=\w)_{1,2}(?!\w)")


def _without_marks(text: str) -> str:
    """`text` without control characters and terminal escape sequences (escape.as_shown) and
    without footnote and emphasis marks (_MARKS), after one quick check for either."""
    return _MARKS.sub("", as_shown(text)) if _MARK_CHARS.search(text) else text


def _unglued(match: re.Match[str], text: str) -> str:
    """A title with the spaces it lost put back: before it after a lower-case letter
    ("comprisedMr"), after it before a capital ("MsMuna"); as it was otherwise."""
    title, start, end = match.group(), match.start(), match.end()
    before = " " if start and text[start - 1].islower() else ""
    glued_after = text[end : end + 1] != " "
    if glued_after and start and (text[start - 1].isalnum() and not before or text[start - 1] == "."):
        return title  # inside a word ("AlMsMarak") or after a dot
    return before + title + (" " if glued_after else "")


# ICESCO's long name with its acronym after it, or the acronym alone: shortened to the acronym
# for the extractors, with "the" before it. Both alternatives start with a literal letter (no
# group before it), so the engine scans for "I" instead of trying every position.
_OWN_NAME_EN = re.compile(rf"{_OWN_LONG_NAME.pattern}|ICESCO|ISESCO")
_OWN_NAME_OR_CALQUE_EN = re.compile(rf"{_OWN_CALQUE_EN}|{_OWN_NAME_EN.pattern}")  # (ICESCO: "World" in it)


def _own_acronym(match: re.Match[str], after_the: bool) -> str | None:
    """ICESCO, or ISESCO for the old name ("Islamic Educational, ...") without an acronym; the
    acronym alone only when "the" comes before it (None: left as it is)."""
    if match.group() in ("ICESCO", "ISESCO"):  # the acronym alone
        return match.group() if after_the else None
    return match.group(1) or ("ICESCO" if "World" in match.group() else "ISESCO")


@dataclass(slots=True)
class Prepared:
    """Text as the extractors read it, and where ICESCO's names in it were shortened."""

    text: str
    shortened: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, as written)

    def shorten(self, pattern: re.Pattern[str],
                short: Callable[[re.Match[str], bool], str | None], the: bool = False) -> None:
        """Replace each match of `pattern` (with the "the " or "The " before it, when `the`) by
        `short(match, whether "the" was before it)` (None: leave it), remembering what it
        replaced."""
        pieces, at, shift = [], 0, 0
        for match in pattern.finditer(self.text):
            start = match.start()
            after_the = the and start - 4 >= at and self.text[start - 4 : start] in ("the ", "The ")
            replacement = short(match, after_the)
            if replacement is None:
                continue
            start -= 4 if after_the else 0
            pieces += [self.text[at:start], replacement]
            self.shortened.append((start + shift, start + shift + len(replacement),
                                   self.text[start : match.end()]))
            shift += len(replacement) - (match.end() - start)
            at = match.end()
        if pieces:
            self.text = "".join(pieces) + self.text[at:]

    def as_written(self, phrase: str, near: int) -> str:
        """`phrase`, read in the text near `near`, with ICESCO's names inside it as the article
        wrote them ("Director-General of ICESCO" → "Director-General of the Islamic World
        Educational, Scientific and Cultural Organization (ICESCO)"); as it is when it holds
        none or is not in the text as such (a role made of words apart, "King of Morocco")."""
        if not any(self.text[start:end] in phrase for start, end, _ in self.shortened):
            return phrase
        found = [(at, at + len(phrase)) for at in positions(self.text, phrase)] or [
            m.span() for m in re.finditer(r"\s+".join(map(re.escape, phrase.split())), self.text)]
        if not found:
            return phrase
        start, end = min(found, key=lambda span: abs(span[0] - near))
        pieces, at = [], start
        for short_start, short_end, written in self.shortened:
            if short_start >= start and short_end <= end:
                pieces += [self.text[at:short_start], written]
                at = short_end
        return " ".join(("".join(pieces) + self.text[at:end]).split()) if pieces else phrase


def prepare(text: str) -> Prepared:
    """Text as the extractors read it: footnote and emphasis marks removed, copy artefacts
    mended, ICESCO's long name shortened (remembered: roles are given back as written)."""
    text = _without_marks(text)
    if "Mr" in text or "Ms" in text:
        text = _GLUED_TITLE.sub(lambda m: _unglued(m, text), text)
    if "- " in text:
        text = _PARTICLE_GAP.sub(r"\1-", text)
    if " -" in text:
        text = _HYPHEN_GAP.sub(r"\1-", text)
    prepared = Prepared(text)
    if "Islamic" in text and "Education" in text:
        prepared.shorten(_OWN_NAME_OR_CALQUE_EN if _CALQUE in text else _OWN_NAME_EN, _own_acronym, the=True)
    return prepared


def _as_stated(people: list[Mention], prepared: Prepared, lead: Callable[[str], str]) -> None:
    """People's roles as the article states them: ICESCO's names as written (Prepared.as_written),
    without what `lead` leaves out of a role's start and without a phrase of time after it
    (docs/contract.md: "Minister of Culture on 5 May 2026" → "Minister of Culture"); the office
    (what identity compares) is the role as read when the extractor gave none, without that time."""
    for mention in people:
        if mention.role:
            mention.office = without_time(mention.office or mention.role)
            mention.role = lead(without_time(prepared.as_written(mention.role, mention.start)))


_ARTICLE_EN = re.compile(r"^(?:[Tt]he|an?|An)\s+")
_ARTICLE_FR = re.compile(r"^(?:(?:[Ll]es?|[Ll]a|[Uu]ne?)\s+|[Ll][’'])")


def _without_article(article: re.Pattern[str]) -> Callable[[str], str]:
    """A role without the leading article `article` matches."""
    return lambda role: article.sub("", role, count=1)


@lru_cache(maxsize=8192)
def _countries_in_name(name: str) -> list[Mention]:
    """The countries an English organization's name holds (read only: the list is shared)."""
    return extract_countries(name, [])


def _not_states(partners: list[Mention]) -> list[Mention]:
    """Partners without those whose name of two words or more is a state's ("Fédération de
    Russie", "الاتحاد الروسي"): a country, which the country extractor reads."""
    return [m for m in partners if len(m.name.split()) < 2 or real_country(m.name) is None]


def _heading(article: ParsedArticle) -> list[str]:
    """The article's title and subtitle as entities are read in them: a title taken from the
    text (`title_from_text`: its first sentence, perhaps cut) is not read again."""
    title = None if article.title_from_text else article.title
    return [line for line in (title, article.subtitle) if line]


def extract_english(article: ParsedArticle) -> list[Mention]:
    """All entity mentions of an English article."""
    prepared = prepare("\n".join(article.body))
    body = prepared.text
    heading = prepare("\n".join(_heading(article))).text
    partners = extract_partners(body)
    known = {m.key for m in partners}
    plural = [m for m in plural_bodies(body, extract_partners) if m.key not in known]
    if plural:  # "the Malian and Ugandan National Commissions for …"
        partners = without_parts(partners + plural)
    known = {m.key for m in partners}
    partners += [m for m in extract_partners(heading, acronyms_only=True) if m.key not in known]
    partners = _not_states(join_country_variants(join_short_forms(partners), _countries_in_name,
                                                       body))
    org_spans = [(m.start, m.end) for m in partners if m.alias != m.code]
    people = extract_people(body, org_spans)
    known = {m.key for m in partners}
    partners += [m for m in people  # "Sheikh X for Scientific Excellence"
                 if m.kind == "partner" and m.key not in known]
    people = [m for m in people if m.kind == "person"]
    partners += extract_headless(body, [(m.start, m.end) for m in partners + people])
    partners = [m for m in partners if not _only_after_titles_en(m, body)
                and not only_where_no_partner(m, body, "en")
                and not generic_name(m) and not generic_ministry(m, _countries_in_name)]
    partners = without_history_only(partners, body, article.date)
    countries = extract_countries(body, _people_spans(body, people), org_spans)
    seen = {m.key for m in countries}
    heading_bodies = [(m.start, m.end) for m in extract_partners(heading)]  # "Georgia State University"
    countries += [m for m in extract_countries(heading, [], heading_bodies, fused_only=True) if m.key not in seen]
    by_role = head_by_role(body + "\n" + heading, people)
    _as_stated(people, prepared, _without_article(_ARTICLE_EN))
    return people + by_role + countries + partners


# A head of mission's or a minister's title and the words that may follow it before the body it
# heads is named ("Chargé d’affaires a.i. of the Libyan Embassy", "Minister at the Ministry").
_TITLE_BEFORE_EN = {
    "Embassy": re.compile(r"\b(?:[Aa]mbassadors?|[Cc]harg[ée]e? [dD][’']\s?[Aa]ffaires|[Cc]onsul|[Ee]nvoy)"
                          r"(?:[ ,]+(?:a\.i\.|of|at|to|in|the|[A-Z][\w’'\-]*))*[ ,]+$"),
    "Ministry": re.compile(r"\b[Mm]inisters?(?:[ ,]+(?:of|at|to|in|the|[A-Z][\w’'\-]*))*[ ,]+$"),
}


# A minister's title and a further title of the same person, right before the body that title
# heads ("Minister of Higher Education and Chairman of the X National Commission", "Minister of
# Foreign Affairs, Chairman of the …"); no "the" before the further title (not a second person).
# (It starts with a literal, so the engine scans fast; "inister" is M's or m's.)
_MINISTER_S_OTHER_TITLE = re.compile(
    r"inisters?\s+(?:of|for)\b[^.;:()]{0,160}?(?:,|\band)\s+(?:Chairman|Chairperson|Chairwoman"
    r"|Chair|President|Head)\s+of\s+(?:the\s+)?$")


# A national commission named after the title of the chair of a statutory organ (Executive
# Council, General Conference): the member state's seat at ICESCO's own meeting, not a partner
# ("Chairman of the Executive Council of ICESCO, Secretary General of the X National Commission").
_ORGAN_CHAIR_BEFORE = re.compile(
    r"(?:Executive Council|General Conference)[^.;()]{0,40}?(?:,|\band)\s+(?:Secretary[- ]General"
    r"|President|Chair\w*)\s+of\s+(?:the\s+)?$")


def _only_after_titles_en(partner: Mention, text: str) -> bool:
    """Whether an embassy or a ministry is named only in a head of mission's or a minister's
    title ("Chargé d’affaires of the Libyan Embassy"), or any body only in a minister's further
    title ("Minister of Culture and Chairman of the X Commission"): the title alone makes no
    partner (rule `partner.en.title-alone`); an official of it who takes part ("Director … at
    the Ministry of Foreign Affairs") does; a national commission only after the title of a
    chair of ICESCO's statutory organ (_ORGAN_CHAIR_BEFORE) neither."""
    titles = [(t, 80) for head, t in _TITLE_BEFORE_EN.items() if head in partner.name.split()]
    if "inister" in text:
        titles.append((_MINISTER_S_OTHER_TITLE, 240))
    if "National Commission" in partner.name and ("Executive Council" in text or "General Conference" in text):
        titles.append((_ORGAN_CHAIR_BEFORE, 120))
    if not titles:
        return False  # no title to look for: the places where it is named are not read
    places = [at for n in {partner.name, *partner.variants} for at in positions(text, n, apart=True)]
    return bool(places) and all(any(title.search(text, max(0, at - reach), at) for title, reach in titles)
                                for at in places)


# ICESCO's French names open so; any space may be a line break (a hard-wrapped page).
_OWN_NAME_OPENS_FR = r"[lL][’']Organisation\s+"
_OWN_LONG_NAME_FR = re.compile(  # "l’Organisation du Monde Islamique pour l’Éducation, …"
    _OWN_NAME_OPENS_FR + r"du\s+[Mm]onde\s+[Ii]slamique\s+(?:pour|de)\s+[lL][’']([ÉéEe])ducation,?\s+"
    r"(?:les|la|de\s+la|des)\s+[Ss]ciences?\s+et\s+(?:la|les|de\s+la)\s+[Cc]ultures?(?:\s*\((ICESCO|ISESCO)\))?"
)
_OWN_LONG_NAME_AR = re.compile(  # "لمنظمة العالم الإسلامي للتربية والعلوم والثقافة (إيسيسكو)", "… «إيسيسكو»"
    f"(?<![\u0621-\u064a])([وب]?)(?:(ل?){arabic_letter_variants('منظمة العالم الإسلامي')}"
    f"|(ال|لل){arabic_letter_variants('منظمة الإسلامية')}) {arabic_letter_variants('للتربية والعلوم والثقافة')}"
    f"(?:\\s*[(\\-\"«“]\\s*(?:ال)?{arabic_letter_variants('إيسيسكو')}(?:\\s*[)\\-\"»”])?)?"
)  # also its former name, "المنظمة الإسلامية للتربية والعلوم والثقافة -إيسيسكو-"; any hamza,
# alef maqsura or ta marbuta ("منظمة العالم الاسلامى للتربيه …")


# ICESCO's former French name: "l’Organisation islamique pour l’éducation, les sciences et la
# culture (ISESCO)", also "… de l’éducation, de la science et de la culture".
_FORMER_LONG_NAME_FR = re.compile(
    _OWN_NAME_OPENS_FR + r"[Ii]slamique\s+(?:pour|de)\s+[lL][’'][ÉéEe]ducation,?\s+(?:les|la|de\s+la|des)\s+"
    r"[Ss]ciences?\s+et\s+(?:la|les|de\s+la)\s+[Cc]ultures?(?:\s*\((?:ICESCO|ISESCO)\))?"
)
# The first words of either name, down to "l’éducation" at least (group 1: the current name's
# "du Monde").
_OWN_NAME_START_FR = (r"[lL][’']Organisation\s+(du\s+[Mm]onde\s+)?[Ii]slamique\s+(?:pour|de)\s+"
                      r"[lL][’'][ÉéEe]ducation(?:,?\s+(?:les|la|de\s+la|des)\s+[Ss]ciences?(?:\s+et)?)?")
# Either name cut by an ellipsis or by the text's end (a title the site shortened: "… à
# l'Organisation islamique pour l'éducation…"; a page saved cut).
_CUT_NAME_FR = re.compile(_OWN_NAME_START_FR + r"(?=\s*(?:…|\.\.\.|$))")
# A body's name that is either name cut anywhere ("Organisation du Monde Islamique pour
# l’Éducation" where a role ran on as "…, les Sciences"; "l’OIF et l’Organisation du monde
# islamique ont signé", before "pour"): ICESCO, never a partner.
_OWN_NAME_CUT_FR = re.compile(_OWN_NAME_START_FR + r"(?:\s+(?:la|les|de\s+la)(?:\s+[Cc]ultures?)?)?"
                              r"|[lL][’']Organisation\s+(?:du\s+[Mm]onde\s+)?[Ii]slamique(?:\s+(?:pour|de))?")


# ICESCO's current or former French long name (group 2: its acronym after it).
_OWN_NAME_FR = re.compile(f"{_OWN_LONG_NAME_FR.pattern}|{_FORMER_LONG_NAME_FR.pattern}")


def prepare_fr(text: str) -> Prepared:
    """French text as the extractors read it: ICESCO's current and former long names shortened
    to l’ICESCO and l’ISESCO, also wrapped over lines or cut by an ellipsis or the text's end
    (remembered: roles are given back as written); footnote and emphasis marks removed. (Named
    with no article inside a bracket, it is left as written and is no partner.)"""
    prepared = Prepared(_without_marks(text))
    if "slamique" in text:
        prepared.shorten(_OWN_NAME_FR, lambda m, _: "l’" + (
            (m.group(2) or "ICESCO") if m.group(1) is not None else "ISESCO"))
        prepared.shorten(_CUT_NAME_FR, lambda m, _: "l’ICESCO" if m.group(1) else "l’ISESCO")
    return prepared


def prepare_ar(text: str) -> Prepared:
    """Arabic text as the extractors read it: ICESCO's long name, current or former (ISESCO's),
    shortened ("للإيسيسكو"; remembered: roles are given back as written); footnote and
    emphasis marks removed."""
    prepared = Prepared(_without_marks(text))
    if "والعلوم والثقاف" in text:
        prepared.shorten(_OWN_LONG_NAME_AR, lambda m, _: m.group(1) + (
            "للإيسيسكو" if m.group(2) or m.group(3) == "لل" else "الإيسيسكو"))
    return prepared


def names_own_long(value: str) -> bool:
    """Whether a name typed is ICESCO's (or ISESCO's) long name in English, French or Arabic,
    current or former, with its acronym or not, as prepare, prepare_fr and prepare_ar shorten
    it in an article ("Islamic World Educational, Scientific and Cultural Organization",
    "Organisation du monde islamique pour l’éducation, …", "منظمة العالم الإسلامي للتربية
    والعلوم والثقافة"): ICESCO itself, never a partner (store.lookup)."""
    typed = " ".join(value.split())
    french = prepare_fr(typed if typed[:2].casefold() in ("l’", "l'") else "l’" + typed).text
    return (prepare(typed).text in ("ICESCO", "ISESCO") or french in ("l’ICESCO", "l’ISESCO")
            or gazetteer.names_icesco(prepare_ar(typed).text))


def _spans_of(text: str, partners: list[Mention]) -> list[tuple[int, int]]:
    """Where each partner's names (not acronyms) stand in the text, every occurrence, also as
    the text wrote them ("للجنة …" for "اللجنة …")."""
    names = {n for m in partners for n in {m.name, m.alias, *m.variants} if n != m.code}
    return [(at, at + len(name)) for name in names for at in positions(text, name, apart=True)]


def _people_spans(text: str, people: list[Mention]) -> list[tuple[int, int]]:
    """Where the people stand: each mention, and every other occurrence of a name of two words
    or more ("Mme Zineb Iraqi" again, unrolled: a country word in it is the person's)."""
    names = {n for m in people for n in {m.name, m.alias, *m.variants} if " " in n.strip()}
    return [(m.start, m.end) for m in people] + [
        (at, at + len(name)) for name in names for at in positions(text, name, apart=True)]


def extract_french(article: ParsedArticle) -> list[Mention]:
    """All entity mentions of a French article."""
    prepared = prepare_fr("\n".join([*_heading(article), *article.body]))
    text = prepared.text
    partners = _not_states(join_prefixes(join_country_variants(extract_partners_fr(text),
                                                               extract_countries_fr, text)))
    spans = _spans_of(text, partners)
    people = extract_people_fr(text, spans)
    countries = extract_countries_fr(text, _people_spans(text, people), spans)
    roles = [m.role for m in people if m.role]
    bodies = sorted({name for m in partners for name in french_names(m)}, key=len, reverse=True)
    taking_part = roles_taking_part_fr(people, text)
    partners = [m for m in partners if not _only_in_roles_fr(m, text, roles)
                and not _OWN_NAME_FR.fullmatch("l’" + m.name)  # "l’ISESCO (Organisation …)"
                and not _OWN_NAME_CUT_FR.fullmatch("l’" + m.name)
                and not only_where_no_partner(m, text, "fr")
                and not generic_name(m) and not generic_ministry(m, extract_countries_fr)
                and acting_somewhere_fr(m, text, bodies, taking_part)]
    partners = units_folded_fr(partners, text, french_names)
    _as_stated(people, prepared, _without_article(_ARTICLE_FR))
    return people + head_by_role_fr(text, people) + countries + partners


def _only_in_roles_fr(partner: Mention, text: str, roles: list[str]) -> bool:
    """Whether a French partner is named only inside the roles of a minister or a head of
    mission: an embassy or a ministry anywhere in such a role ("chargé d’affaires à l’ambassade
    du Royaume de Bahreïn": the title alone stands for the country, not a partner of its own; an
    official of it who takes part, "directrice des programmes au ministère …", makes it one, as
    in English, also as the further title of a head of mission, "ambassadeur, directeur de la
    coopération au ministère …"), any other body in a minister's further title ("ministre de la Culture,
    Président de la Commission nationale X": the minister comes as minister, not for X; as
    English _MINISTER_S_OTHER_TITLE). Another official's further title is left alone ("le
    mémorandum signé par M. X, sous-secrétaire du ministère …, vice-président de la Commission
    nationale Y": X may sign for Y), nor a body another official's role, the title or a
    sentence names by a shorter name ("la secrétaire générale de la Commission nationale
    marocaine", "L’ICESCO et la Commission nationale marocaine signent un accord")."""
    if partner.name.casefold().startswith(gazetteer.AFFILIATION_HEADS_FR):
        titles = [role[:_further_title_fr(role)] for role in roles if _TITLE_ROLE_FR.match(role)]
        return text.count(partner.name) <= sum(role.count(partner.name) for role in titles)
    further = sum(role[at:].count(partner.name) for role in roles
                  if _MINISTER_ROLE_FR.match(role) and (at := _further_title_fr(role)) is not None)
    if not 0 < further or text.count(partner.name) > further:
        return False
    rest = text
    for role in sorted(roles, key=len, reverse=True):
        rest = rest.replace(role, " ")
    return not _shorter_name_in_fr(partner.name, rest) and not any(
        _shorter_name_in_fr(partner.name, role) for role in roles if not _MINISTER_ROLE_FR.match(role))


def _shorter_name_in_fr(name: str, role: str) -> bool:
    """Whether `role` names the body `name` by its first three words or more, without its full
    name ("secrétaire générale de la Commission nationale marocaine" for "Commission nationale
    marocaine pour l'éducation, …"): an official of the body, who takes part for it. A shorter
    name ends on a word of its own, not a connector ("Commission nationale des" names no one)."""
    words = name.split()
    return name not in role and any(
        re.search(rf"{re.escape(' '.join(words[:n]).rstrip(','))}(?![\w’'])", role)
        for n in range(len(words) - 1, 2, -1)
        if words[n - 1].rstrip(",").casefold() not in gazetteer.ORG_CONNECTORS_FR)


def _further_title_fr(role: str) -> int | None:
    """Where a second title of a French role starts (", Président de …", " et président de …"),
    or None: a comma or "et" followed by a role word, not a ministry's next portfolio (", de la
    Formation …")."""
    for match in _TITLE_JOIN_FR.finditer(role):
        if match.group(1).casefold() in gazetteer.ROLE_WORDS_FR:
            return match.start()
    return None


# A comma, "et" or both, then a word: where a French role may go on to a further title.
_TITLE_JOIN_FR = re.compile(r"(?:,(?:\s+et)?|\bet)\s+([^\W\d_][\w\-]*)")


# A minister's title, at the start of a French role.
_MINISTER_ROLE_FR = re.compile(r"(?i)(?:vice-|premier |première )?ministre\b")
# A minister's or a head of mission's title, at the start of a French role.
_TITLE_ROLE_FR = re.compile(r"(?i)(?:(?:vice-|premier |première )?ministre|ambassad(?:eur|rice)"
                            r"|charg[ée]e? d[’']affaires|consul|envoy[ée]|secr[ée]taire d[’'][ée]tat"
                            r"|sous-secr[ée]taire)")


def extract_arabic(article: ParsedArticle) -> list[Mention]:
    """All entity mentions of an Arabic article."""
    prepared = prepare_ar("\n".join([*_heading(article), *article.body]))
    text = prepared.text
    partners = _not_states(join_prefixes(join_country_variants(extract_partners_ar(text),
                                                               extract_countries_ar, text)))
    spans = _spans_of(text, partners)
    people = extract_people_ar(text, spans)
    countries = extract_countries_ar(text, _people_spans(text, people), spans)
    partners = [m for m in outside_roles_ar(text, partners, [m.role or "" for m in people])
                if not only_where_no_partner(m, text, "ar") and not generic_name(m)
                and not generic_ministry(m, extract_countries_ar) and not newspaper_staff_ar(m)
                and acting_somewhere_ar(m, text)]
    _as_stated(people, prepared, without_and_ar)  # (Arabic glues its article)
    return people + head_by_role_ar(text, people) + countries + partners


# The extractor of each language (ISO 639-1 code).
EXTRACTORS: dict[str, Callable[[ParsedArticle], list[Mention]]] = {
    "en": extract_english, "fr": extract_french, "ar": extract_arabic}


def extract(article: ParsedArticle) -> list[Mention]:
    """All entity mentions of an article (none in a language without an extractor), without
    names cut where the text is cut (cut_names)."""
    extractor = EXTRACTORS.get(article.language)
    if extractor is None:
        return []
    return without_cut_names(extractor(article), article.body[-1] if article.body else "")
