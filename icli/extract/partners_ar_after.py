"""What follows reading the partners of an Arabic text: a body named again in short joins its
full name (join_back_references_ar), and a state's body named only in a minister's or a head
of mission's role, or any body named only in a minister's, is no partner (outside_roles_ar)."""

from __future__ import annotations

import re

from icli.extract import country_tables, gazetteer
from icli.extract.mention import Mention
from icli.extract.partners_join import NAMED_AGAIN
from icli.extract.patterns import Spans, positions
from icli.text.date_clauses import sentence_of
from icli.text.normalize import ARABIC_WORD, arabic_word_key

# A minister's or a head of mission's title at the start of an Arabic role (و, ف, ل glued or not;
# "القائم بالأعمال" also written "القائم بأعمال …").
_TITLE_ROLE_AR = re.compile(r"[وف]?ل?(?:ال)?(?:نائب |مساعد )?(?:وزير|سفير|قنصل|قائم ب(?:ال)?[أا]عمال|مبعوث)")
# A minister's or a head of government's title at the start of an Arabic role ("وزير …", "رئيس
# مجلس الوزراء …", "رئيس الوزراء", "رئيس الحكومة"): every body the role names is the portfolio or
# a further title of someone who comes as minister.
_MINISTER_ROLE_AR = re.compile(
    r"[وف]?ل?(?:ال)?(?:نائب )?(?:وزير|رئيس[ \u00a0]+(?:مجلس[ \u00a0]+)?الوزراء|رئيس[ \u00a0]+الحكومة)")


def ar_country_codes(keys: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """The words of a name that are not countries or demonyms, and the countries they name."""
    names, demonyms = country_tables.country_names_ar(), country_tables.demonyms_fr_ar()["ar"]
    rest, codes = [], set()
    for key in keys:
        code = names.get((country_tables.country_word_key_ar(key),)) or demonyms.get(key)
        if code:
            codes.add(code)
        else:
            rest.append(key)
    return tuple(rest), frozenset(codes)


def join_back_references_ar(partners: list[Mention], text: str) -> list[Mention]:
    """One partner per body an Arabic article names again in short: without its country
    ("اللجنة الوطنية للتربية …" after "اللجنة الوطنية الموريتانية للتربية …"), or as its head
    and demonym ("المؤسسة الكورية" after "مؤسسة كوريا-آسيا …"). The short form becomes a
    variant of the full name, except the form with no country: the full name's rule says it
    stands for it in this article (NAMED_AGAIN), for that form says whose it is only there; it
    stays a partner of its own when its sentence names another country before it (text holds
    the mentions' offsets)."""
    full: dict[tuple[str, ...], tuple[Mention, frozenset[str]]] = {}
    by_head: dict[tuple[str, str], Mention] = {}
    parsed = []
    for mention in partners:
        keys = tuple(arabic_word_key(w) for w in ARABIC_WORD.findall(mention.name))
        rest, codes = ar_country_codes(keys)
        parsed.append((mention, keys, rest, codes))
        if codes and mention.code is None:
            full.setdefault(rest, (mention, codes))
            for code in codes:
                by_head.setdefault((keys[0], code), mention)
    kept = []
    for mention, keys, rest, codes in parsed:
        target = None
        if not codes and len(keys) > 1 and rest in full:
            body, body_codes = full[rest]
            if mention.code or _other_country_before(text, mention, body_codes):
                kept.append(mention)
            elif not body.rule.endswith(NAMED_AGAIN):
                body.rule += NAMED_AGAIN
            continue
        if len(keys) == 2 and len(rest) == 1 and len(codes) == 1:
            other = by_head.get((keys[0], next(iter(codes))))
            target = other if other is not mention else None
        if target is None and not codes:
            target = _ar_longer_form(mention, keys, parsed) or _with_family_tail(mention, keys, parsed)
        if target is None or mention.code:
            kept.append(mention)
        else:
            target.variants |= {mention.name} | mention.variants
    return kept


def _other_country_before(text: str, mention: Mention, codes: frozenset[str]) -> bool:
    """Whether the sentence of `mention` names a country not in `codes` before it."""
    before = text[sentence_of(text, mention.start):mention.start]
    keys = tuple(arabic_word_key(w) for w in ARABIC_WORD.findall(before))
    return bool(ar_country_codes(keys)[1] - codes)


def _ar_longer_form(mention: Mention, keys: tuple[str, ...],
                    parsed: list[tuple[Mention, tuple[str, ...], tuple[str, ...], frozenset[str]]],
                    ) -> Mention | None:
    """The one longer name a short one stands for: its head and first word, then at most a
    definite adjective ("مؤسسة حمدان التعليمية" for "مؤسسة حمدان بن راشد آل مكتوم للأداء
    التعليمي المتميز"); None when no name, or more than one, begins so."""
    words = mention.name.split()
    if not 2 <= len(keys) <= 3 or len(keys) == 3 and not words[-1].startswith("ال"):
        return None
    longer = [other for other, other_keys, _, _ in parsed
              if other is not mention and len(other_keys) > len(keys) and other_keys[:2] == keys[:2]]
    return longer[0] if len(longer) == 1 else None


def _with_family_tail(mention: Mention, keys: tuple[str, ...],
                      parsed: list[tuple[Mention, tuple[str, ...], tuple[str, ...], frozenset[str]]],
                      ) -> Mention | None:
    """The one longer name a short one is with a family name's tail ("آل" and a word) left out
    ("مؤسسة حمدان بن راشد للأداء …" for "مؤسسة حمدان بن راشد آل مكتوم للأداء …"); None when no
    name, or more than one, is so."""
    longer = [other for other, other_keys, _, _ in parsed
              if other is not mention and len(other_keys) == len(keys) + 2
              and any(word == "آل" and other_keys[:n] + other_keys[n + 2 :] == keys
                      for n, word in enumerate(ARABIC_WORD.findall(other.name)))]
    return longer[0] if len(longer) == 1 else None


def newspaper_staff_ar(partner: Mention) -> bool:
    """Whether an Arabic partner is a newspaper's own staff named in its byline ("هيئة التحرير":
    the editorial board; ar.json `newspaper_staff`)."""
    return " ".join(map(arabic_word_key, ARABIC_WORD.findall(partner.name))) in gazetteer.NEWSPAPER_STAFF_AR


def outside_roles_ar(text: str, partners: list[Mention], roles: list[str]) -> list[Mention]:
    """The partners of an Arabic text less a state's bodies (a ministry, an embassy … naming a
    country) named only inside the `roles` of a minister or a head of mission ("وزير التربية
    الوطنية بوزارة …", "سفير … بسفارة …"): the title alone stands for the country, not a
    partner. An official of it who takes part ("مديرة التعليم العربي بوزارة التربية الوطنية
    الإيفوارية") makes it one, as in English and French; an international body stays one
    ("… بمنظمة التعاون الإسلامي"), and so does an institute or a university whose head takes
    part ("المدير التنفيذي لمعهد مايلو الأمريكي لعلوم الفضاء"). Less also any body named only
    inside a minister's or a head of government's role ("وزير … رئيس اللجنة الوطنية …", "وزير
    إدارة ديوان رئيس الجمهورية", "رئيس مجلس الوزراء"): the person comes as minister, not for it
    (ruling (a) of session 22, as French _only_in_roles_fr); a body the text names elsewhere stays."""
    spans = _role_spans(text, roles, _TITLE_ROLE_AR)
    ministers = _role_spans(text, roles, _MINISTER_ROLE_AR)

    def outside(name: str) -> bool:  # "اللجنة …" is also written "للجنة …" (ل swallows its alef)
        written = name[1:] if name.startswith("ال") else name
        return any(not spans.covers(at, at + len(written)) for at in positions(text, written, apart=True))

    def in_ministers_only(mention: Mention) -> bool:
        written = {n[1:] if n.startswith("ال") else n for n in {mention.name, *mention.variants}}
        places = [(at, at + len(w)) for w in written for at in positions(text, w, apart=True)]
        return bool(places) and all(ministers.covers(start, end) for start, end in places)

    def national(mention: Mention) -> bool:
        keys = tuple(arabic_word_key(w) for w in ARABIC_WORD.findall(mention.name))
        return bool(keys) and keys[0] in gazetteer.NATIONAL_BODY_HEADS_AR and bool(ar_country_codes(keys)[1])

    return [m for m in partners
            if (not national(m) or any(outside(n) for n in {m.name, *m.variants})) and not in_ministers_only(m)]


def _role_spans(text: str, roles: list[str], title: re.Pattern[str]) -> Spans:
    """Where the text writes the roles that start with `title`."""
    return Spans((at, at + len(role)) for role in set(roles) if role and title.match(role)
                 for at in positions(text, role, apart=True))


