"""People named in a French text, with the role the text gives them."""

from __future__ import annotations

import re

from icli.extract import country_tables, gazetteer
from icli.extract.countries import names_a_country_fr, whole_country_fr
from icli.extract.honorific_chains import honorific_chain, honorific_start, name_start
from icli.extract.identity import people_in_article, person_key
from icli.extract.mention import Mention
from icli.extract.name_brackets import after_country_bracket_fr
from icli.extract.next_person import next_person_at
from icli.extract.patterns import (
    CAPITAL,
    MAX_MENTIONS,
    comma_or_parenthesis,
    overlaps,
    trie_pattern,
    word_starts,
)
from icli.extract.person_names import (
    LIST_COMMA_FR,
    ROLE_HEADS,
    capitals_surname,
    name_at,
    past_role_qualifier,
    roles_before,
    words_before,
)
from icli.extract.role_complements_fr import (
    ROLE_ADJECTIVES_FR,
    name_start_after_role_fr,
    portfolio_words_fr,
    role_then_name_fr,
)
from icli.extract.role_owners_fr import ends_with_name_fr, head_of_state_fr
from icli.extract.role_phrase_fr import ROLE_ADJECTIVE_FR, ROLE_END_FR, ROLE_START_FR, noun_phrase_fr
from icli.extract.role_right_before_fr import role_right_before_fr
from icli.extract.royal_bodies import royal_after_head
from icli.extract.shared_roles import share_roles
from icli.extract.speakers import speakers

# (an honorific's dot may be glued to the name: "S.E.M.Karim Saadi")
_HONORIFIC_CHAIN_FR = re.compile(
    honorific_chain(gazetteer.HONORIFIC_WORDS_FR, rf"(?:\s+|(?<=\.)(?={CAPITAL}))") + rf"(?={CAPITAL})")
_HONORIFIC_CHAIN_STARTS_FR = re.compile(honorific_start(gazetteer.HONORIFIC_WORDS_FR))


def role_after_fr(text: str, end: int) -> str | None:
    """The role given after a name in French: "M. X, ministre de l’Éducation, a reçu …"; after
    a parenthesis that holds the person's country ("M. X (Sénégal), président de …")."""
    end = after_country_bracket_fr(text, end) or end
    if text.startswith(" (", end):
        return _role_in_parentheses_fr(text, end + 2)
    rest = text[end + text.startswith(" ,", end) : end + 300]  # "M. X KONATE , Ministre …"
    if capacity := _CAPACITY_FR.match(rest):  # "M. X, en sa qualité de Président de …"
        rest = ", " + rest[capacity.end() :]
    if rest.startswith(" ") and rest[1:].split(" ", 1)[0] in ROLE_HEADS:
        rest = "," + rest  # "M. Habib Sanogo Directeur général de …": no comma before the role
    possessive = _POSSESSIVE_FR.match(rest, 2)  # "…, son Directeur général": kept, as "its" is
    if not rest.startswith(", ") or not ROLE_START_FR.match(rest, possessive.end() if possessive else 2):
        return None
    stop = ROLE_END_FR.search(rest, 2)
    while stop and (goes_on := LIST_COMMA_FR.match(rest, stop.start()) and stop.end()  # "pour l’éducation, les"
                    or past_role_qualifier(rest, stop.start())):  # "(BIE- Unesco)"
        stop = ROLE_END_FR.search(rest, goes_on)
    phrase = rest[2 : stop.start() if stop else len(rest)]
    if stop and (joint := next_person_at(rest, 2, stop.start(), _HONORIFIC_CHAIN_FR, ROLE_START_FR.match,
                                         "fr")) is not None:
        phrase, stop = rest[2:joint], None  # "…, maire de X et Y, directeur de …": Y's own role
    role = noun_phrase_fr(phrase).strip()
    if _LOWER_ROLE_FR.match(phrase) and role != phrase.strip():
        return None  # "M. X, le secrétaire général a lu …": the subject of the next clause
    if stop and role == rest[2 : stop.start()].strip():
        role += _chained_role_fr(rest, stop)
    return role if 3 <= len(role) <= 250 else None


# Words that give a person's capacity before the role after a name: "M. X, en sa qualité de
# Président de …", "Mme Y, en tant que ministre de …", "M. X, élu nouveau Secrétaire général …",
# "M. X au poste de Directeur …".
_CAPACITY_FR = re.compile(r",?\s+(?:en\s+(?:sa|leur)\s+qualité\s+d(?:e\s+|[’'])|en\s+tant\s+que\s+"
                          r"|(?:ré)?élue?\s+|nommée?\s+|au\s+poste\s+d(?:e\s+|[’']))")
# A role in lower case after an article ("le secrétaire général", "la ministre"): a verb after it
# makes it the subject of a new clause, not the role of the name before.
_LOWER_ROLE_FR = re.compile(r"(?:le|la|l’|l')\s*[a-zà-ÿœ]")


def _role_in_parentheses_fr(text: str, start: int) -> str | None:
    """A role in parentheses right after a name ("M. X (ministre de la Culture du Mali) a
    ouvert …"): the whole of what they hold, without its article, if it is one noun phrase."""
    close = text.find(")", start, start + 250)
    inside = text[start:close].strip() if close > 0 else ""
    if "(" in inside or not ROLE_START_FR.match(inside) or noun_phrase_fr(inside) != inside:
        return None
    return _ARTICLE_FR.sub("", inside, count=1)


# A second role joined to the first by a comma ("…, Président de la Commission", "…, et
# président de la Commission nationale …"), with no article ("…, et la ministre de la Santé"
# is another person's): the same person's, unless a name follows it.
_CHAINED_FR = re.compile(r",\s+(?:et\s+)?(?!(?:le|la)\s|l[’'])(?=" + ROLE_START_FR.pattern + ")",
                         re.IGNORECASE)
_NAME_NEXT_FR = re.compile(rf",\s+(?:{_HONORIFIC_CHAIN_FR.pattern})?{CAPITAL}")
# A role word right before a capitalized word that is not one of its adjectives: a name follows
# ("et l’Ambassadeur Kubanychbek …"), so what the comma opens is another person.
_NAMED_AFTER_ROLE_FR = re.compile(
    r",\s+(?:et\s+)?" + ROLE_START_FR.pattern + r"\s+(?!(?:"
    + "|".join(sorted(ROLE_ADJECTIVES_FR)) + rf")\b)(?-i:{CAPITAL})", re.IGNORECASE)


def _chained_role_fr(rest: str, stop: re.Match[str] | None) -> str:
    """The roles that go on after a role's comma ("Ministre de …, Président de la Commission,
    Porte-parole officiel du Gouvernement"), as written from that comma, each up to a comma or
    the clause's end; none that a name follows (that role is the next person's)."""
    chained = ""
    while (stop and _CHAINED_FR.match(rest, stop.start())
           and not _NAMED_AFTER_ROLE_FR.match(rest, stop.start())):
        following = ROLE_END_FR.search(rest, stop.end())
        while following and (goes_on := LIST_COMMA_FR.match(rest, following.start()) and following.end()
                              or past_role_qualifier(rest, following.start())):
            following = ROLE_END_FR.search(rest, goes_on)
        end = following.start() if following else len(rest)
        if end == len(rest) == 300 or (not _CHAINED_FR.match(rest, end)
                                       and _NAME_NEXT_FR.match(rest, end)
                                       and not _named_with_role_fr(rest, end)):
            break
        joint = next_person_at(rest, stop.end(), end, _HONORIFIC_CHAIN_FR, ROLE_START_FR.match, "fr")
        part = rest[stop.start() : end if joint is None else joint]  # "…, directeur de X et Y,
        phrase = noun_phrase_fr(part)  # chef de …": Y's own role
        chained += phrase.rstrip()
        if phrase != part or joint is not None:
            break
        stop = following
    return chained


def _named_with_role_fr(rest: str, comma: int) -> bool:
    """Whether the comma at `comma` opens a person named with an honorific, or with two words
    or more and none, and given a role after the name ("…, Dr Younes X, ministre de …", "…,
    Mohamed Ould X, ambassadeur, …"): a role before that comma is then the previous person's,
    not this one's."""
    chain = _HONORIFIC_CHAIN_FR.match(rest, comma + 2)
    name, end = name_at(rest, chain.end() if chain else comma + 2)
    if not name or chain is None and " " not in name:
        return False
    return rest.startswith(", ", end) and bool(ROLE_START_FR.match(rest, end + 2))


def _role_before_fr(text: str, start: int) -> str | None:
    """The role written before a French name and a comma ("le Directeur général de l'ICCROM,
    M. Webber Ndoro"), read as person_names.roles_before reads it; without its article. An
    article before the honorific goes with it ("le ministre de …, le Pr. X", "le directeur
    général de l’ICESCO le Dr X")."""
    article = _ARTICLE_BEFORE_FR.search(text, max(0, start - 4), start)
    if article:
        start = article.start()
    roles = roles_before(text, start, ROLE_START_FR, noun_phrase_fr, LIST_COMMA_FR,
                         _ARTICLE_FR)
    role = ", ".join(_ARTICLE_FR.sub("", r, count=1) for r in roles or ())
    at = text.rfind(roles[0], 0, start) if roles else -1
    if at > 0 and (possessive := _POSSESSIVE_BEFORE_FR.search(text, max(0, at - 6), at)):
        role = possessive.group() + role  # "L’ICESCO et son Directeur général, le Dr X"
    return role if 3 <= len(role) <= 200 else None


# A possessive determiner before a role, kept in it as English keeps "its" ("son Directeur
# général", "sa représentante"; docs/entities.md, Roles).
_POSSESSIVE_FR = re.compile(r"(?:son|sa|leur)\s+", re.IGNORECASE)
_POSSESSIVE_BEFORE_FR = re.compile(r"(?<![\w’'])(?:[Ss]on|[Ss]a|[Ll]eur) $")


_ARTICLE_FR = re.compile(r"^(?:le|la|les|l’|l')\s*", re.IGNORECASE)
_ARTICLE_BEFORE_FR = re.compile(r"(?<=\s)(?:le|la) $")


def extract_people_fr(text: str, skip: list[tuple[int, int]]) -> list[Mention]:
    """Named people of a French text, with their role: after an honorific (Dr, M., Mme, S.E.,
    S.E.M., Pr) with the role given after the name, or after their role and a comma ("le
    ministre des Affaires étrangères, Nasser Bourita"); one mention per identity."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    reached = 0
    for match in word_starts(_HONORIFIC_CHAIN_FR, text, ".", _HONORIFIC_CHAIN_STARTS_FR):
        if (match.start() < reached or overlaps(match.start(), skip)
                or royal_after_head(match.group(), text, match.start(), "fr")):
            continue  # "Université Cheikh Anta Diop": the body's name
        between = role_then_name_fr(text, match.end())  # "S.E. Haut Représentant Karim Saadi"
        name, end = name_at(text, between[1] if between else name_start(match))
        if not name or all(w.casefold() in gazetteer.ROLE_WORDS_FR for w in name.split()) or (
                not match.group()[-1].isspace() and (" " not in name or name[1] == ".")):
            continue  # "Ambassadeur Haut Représentant …": role words, no name; "M.Sc.", "M.A.": none
        reached = end
        taken.append((match.start(), end))
        role = (role_after_fr(text, end) or _role_before_fr(text, match.start())
                or role_right_before_fr(text, match.start()) or (between[0] if between else None))
        found.append(Mention("person", person_key(name), name, None, role,
                             name, match.start(), end, rule="person.fr.honorific"))
        if role is None:  # "Sa Majesté le Roi Mohammed VI a reçu …": his title
            found[-1].role = head_of_state_fr(text, found[-1])
        joined = _AND_NAME_FR.match(text, end) if _PLURAL_HONORIFIC_FR.match(match.group()) else None
        second, second_end = name_at(text, joined.end()) if joined else ("", end)
        if joined and len(second.split()) >= 2:  # "Maîtres A B et C D": two people
            reached = second_end
            taken.append((joined.start(), second_end))
            found.append(Mention("person", person_key(second), second, None,
                                 role_after_fr(text, second_end), second, joined.end(),
                                 second_end, rule="person.fr.honorific"))
    for match in word_starts(_ROLE_THEN_NAME_FR, text):
        if len(found) >= MAX_MENTIONS:
            break
        chain = _HONORIFIC_CHAIN_FR.match(text, match.end())  # "…, S.E. M. Mamadou …"
        name, end = name_at(text, chain.end() if chain else match.end())
        if (len(name.split()) < 2 or overlaps(match.end(), taken) or overlaps(match.end(), skip)
                or any(w in gazetteer.NOT_NAME_WORDS or w.isupper() and len(w) > 2
                       or w.casefold() in gazetteer.ROLE_WORDS_FR for w in name.split())
                or whole_country_fr(name) or names_a_country_fr(name)
                or overlaps(match.end("role") - 1, taken)):
            continue  # "le Roi Mohammed VI, Souverain du Royaume du Maroc": no name after it
        role = _last_role_fr(text[max(0, match.start("role") - 12) : match.end("role")].strip())
        if role is None:
            continue
        role = _chain_before_fr(text, text.rfind(role, 0, match.end("role"))) + role
        found.append(Mention("person", person_key(name), name, None, role, name, match.end(), end, rule="person.fr.role-comma-name"))
    # role words after an article, scanned once for the two rules that read them
    led = [(word, lead) for word in _ROLE_WORD_FR.finditer(text)
           if (lead := _lead_fr(text, word.start())) is not None]
    for word, lead in led:
        if len(found) >= MAX_MENTIONS:
            break
        role_match = None if lead[1] else _ROLE_WORD_THEN_NAME_FR.match(text, lead[0])
        if role_match is None:
            continue
        name, end = name_at(text, role_match.end())
        words = name.split()
        if (len(words) < 2 or overlaps(role_match.end(), taken) or overlaps(role_match.end(), skip)
                or overlaps(end - 1, taken) or names_a_country_fr(name)
                or any(w in gazetteer.NOT_NAME_WORDS or w.isupper() and len(w) > 2
                       or w.casefold() in gazetteer.ROLE_WORDS_FR
                       or w.casefold() in gazetteer.ORG_HEADS_FR for w in words)
                or whole_country_fr(name)):
            continue
        adjective = role_match.group("adjective")
        if adjective and adjective not in country_tables.demonyms_fr_ar()["fr"]:
            continue  # "le ministre reçoit Ahmed Ali": a verb, not the role's adjective
        role = " ".join(role_match.group("role").split())
        if noun_phrase_fr(role) != role:
            continue  # "le ministre a reçu Ahmed Ali": a verb, so no role right before the name
        if not _ARTICLE_FR.match(text[end + 2 : end + 5]):  # "le préfet X, le président … Y": Y's
            role = role_after_fr(text, end) or role  # "l’ambassadeur X, ambassadeur de …"
        taken.append((role_match.start(), end))
        found.append(Mention("person", person_key(name), name, None, role, name,
                             role_match.end(), end, rule="person.fr.role-word-then-name"))
    _roles_with_complement_then_names_fr(text, led, taken, skip, found)
    if ", " in text or " (" in text:
        found.extend(_names_then_roles_fr(text, taken + [(m.start, m.end) for m in found] + skip))
    found.extend(speakers(text, taken + [(m.start, m.end) for m in found] + skip, "fr"))
    # One person, one role: a role that ends with another's name, or holds an earlier name and a
    # comma ("l’Ambassadeur X, Délégué de …, le Dr Y"), is theirs; so is the tail of an earlier
    # person's role read again before this one's name, but not a role written after this one's
    # name ("M. X, Premier Conseiller, M. Y, Conseiller"), nor one that ends with a head of
    # state ("conseiller de Sa Majesté le Roi X", "conseiller du Président Y"); this one's role
    # is then the one written after its name, if any ("…, Karim Saadi, directeur de …").
    for person in found:
        if person.role and any(
                other.name and (ends_with_name_fr(text, person.role, other)
                                or other.start < person.start and (
                                    f" {other.name}, " in f" {person.role}"
                                    or other.role and other.role.endswith(person.role)
                                    and text.startswith(", " + other.role, other.end)
                                    and not text.startswith(", " + person.role, person.end)))
                for other in found if other is not person):
            after = role_after_fr(text, person.end)
            person.role = after if after != person.role else None
    for person in found:  # a head of state named inside another's role: that title is theirs
        if any(other.role and other.end < person.start < other.end + 2 + len(other.role)
               and text.startswith(", " + other.role, other.end)
               for other in found if other is not person):
            person.role = head_of_state_fr(text, person)
    share_roles(text, found, "fr", role_after_fr)
    return people_in_article(sorted(found, key=lambda m: m.start), text)


# "Alaa Shalaby, Président de l’Organisation …": a name with no honorific, a comma (or a
# parenthesis), its role.
_ROLE_NEXT_FR = (r"(?=(?:(?:le|la|l’|l')\s*)?" + ROLE_ADJECTIVE_FR + "(?:"
                 + trie_pattern(sorted(gazetteer.ROLE_WORDS_FR)) + r")(?![\w-]))")
_COMMA_ROLE_FR = re.compile(r",\s+" + _ROLE_NEXT_FR, re.IGNORECASE)
_PARENTHESIS_ROLE_FR = re.compile(r"\s\(" + _ROLE_NEXT_FR, re.IGNORECASE)


# A word that is an elided article and a common noun ("L’académicien", "D’après"): never a
# word of a name.
_ELIDED_NOUN_FR = re.compile(r"[LlDd][’'][a-zàâçéèêëîïôûùüÿœ]")


def _names_then_roles_fr(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """French people named with no honorific and their role after a comma: two to four
    capitalized words, none an organization's or an event's head, nor a country."""
    found: list[Mention] = []
    for comma in comma_or_parenthesis(_COMMA_ROLE_FR, _PARENTHESIS_ROLE_FR, text):
        at = comma.start() - (text[comma.start() - 1 : comma.start()] == " ")  # "X KONATE , Ministre"
        before = words_before(text, at, taken)
        if before is None:
            continue
        words, start, end = before
        if "\n" in text[start:end]:  # a paragraph's first words: the name starts on its line
            start = text.rindex("\n", start, end) + 1
            words = text[start:end].split()
        if overlaps(end - 1, taken):
            continue  # named with an honorific already
        while words and _ELIDED_NOUN_FR.match(words[0]):  # "L’académicien Abel Maharramov"
            start += len(words.pop(0)) + 1
        given = [w for w in words if w.casefold() not in gazetteer.NAME_PARTICLES]  # "Jean de Dieu …"
        if not 2 <= len(given) <= 4 or any(  # a surname in capitals after a given name: "Ali KONATE"
                w in gazetteer.NOT_NAME_WORDS or w.isupper() and len(w) > 2
                and not (words[0].istitle() and i and capitals_surname(w))
                or w.casefold() in gazetteer.ORG_HEADS_FR or w.casefold() in gazetteer.ROLE_WORDS_FR
                or w.casefold() in gazetteer.NOT_PARTNER_HEADS_FR for i, w in enumerate(words)):
            continue
        name = " ".join(words)
        honorific = _HONORIFIC_CHAIN_FR.match(name + " X")
        if whole_country_fr(name) or honorific and honorific.end() > len(name):
            continue  # "Son Excellence, le ministre …": an honorific, no name
        found.append(Mention("person", person_key(name), name, None, role_after_fr(text, end),
                             name, start, end, rule="person.fr.name-comma-role"))
    return found


# "le roi Mohammed VI", "le président Kaïs Saïed", "son directeur général Salim …", "le président
# de la chambre des représentants Habib …": an article or "son"/"sa", a role word, an adjective
# and a complement in lower case, then the name.
_ROLE_WORD_THEN_NAME_FR = re.compile(  # lower case: "le Président X" is an honorific's
    r"(?:[Ll]e|[Ll]a|[Ll][’']|[Dd]u|[Aa]u|[Ss]on|[Ss]a)\s*(?P<role>(?:"
    + trie_pattern(sorted(gazetteer.ROLE_WORDS_FR)) + r")"
    r"(?:\s+(?:général|générale|adjoint|adjointe|délégué|déléguée))?"
    r"(?:\s+(?P<adjective>[a-zà-ÿœ]+))?"  # a demonym: "l’écrivain marocain Abdelilah …"
    r"(?:\s+(?:de|du|des|d’|d')\s*(?:[a-zà-ÿœ’'-]+\s+){0,7}"
    r"(?!(?:la|le|les|de|du|des|d’|d'|l’|l')\s)[a-zà-ÿœ’'-]+)?)"
    rf"\s+(?={CAPITAL})")


# A role word in any case ("Secrétaire général", "ministre", "Vice-présidente"), not inside a
# word; what stands before it is read apart (_lead_fr).
_ROLE_WORD_FR = re.compile(r"(?<![\w-])" + trie_pattern(sorted(
    {w for word in gazetteer.ROLE_WORDS_FR for w in (word, word[0].upper() + word[1:])}))
    + r"(?![\w-])")
# Before the role word: an article, a contraction or a possessive, and at most one adjective
# ("la Grande chancelière", "la première Vice-présidente", "le nouveau ministre").
_LEADS_FR = frozenset({"le", "la", "du", "au", "son", "sa"})
_ELIDED_ARTICLES_FR = ("l’", "l'", "L’", "L'")
_LEAD_ADJECTIVES_FR = frozenset({"grand", "grande", "nouvel", "nouvelle", "nouveau", "ancien",
                                 "ancienne"})


def _lead_fr(text: str, start: int) -> tuple[int, str] | None:
    """Where the words that lead a role word at `start` begin (_LEADS_FR, or an elided "l’",
    then an adjective at most), and the adjective as written with its space; None if none."""
    if text[start - 2 : start] in _ELIDED_ARTICLES_FR:
        return start - 2, ""
    before = text[max(0, start - 24) : start]
    words = before.split()
    if not before[-1:].isspace() or not words:
        return None
    at = text.rfind(words[-1], 0, start)
    if words[-1].casefold() in _LEADS_FR:
        return at, ""
    if words[-1].casefold() in _LEAD_ADJECTIVES_FR and len(words) > 1 and (
            words[-2].casefold() in _LEADS_FR or words[-2][-2:] in _ELIDED_ARTICLES_FR):
        return text.rfind(words[-2], 0, at), words[-1] + " "
    if words[-1][:2] in _ELIDED_ARTICLES_FR and words[-1][2:].casefold() in _LEAD_ADJECTIVES_FR:
        return at, words[-1][2:] + " "  # "l’ancien ministre"
    return None  # a word right before: not after a space
# Two capitalized words in a row before a comma, a semicolon or a line's end: a name may follow.
_PARTICLE_FR = "|".join(sorted((re.escape(p) for p in gazetteer.NAME_PARTICLES if p.isalpha()),
                               key=len, reverse=True))
_TWO_CAPITALS_NEXT = re.compile(  # a name's particle may come between them ("Faisal bin Khalid")
    rf"[^,;:\n]{{0,160}}?(?<![\w’'-]){CAPITAL}[\w’'-]+ +(?:(?:{_PARTICLE_FR}) +)?{CAPITAL}")


def _roles_with_complement_then_names_fr(
        text: str, led: list[tuple[re.Match[str], tuple[int, str]]], taken: list[tuple[int, int]],
        skip: list[tuple[int, int]], found: list[Mention]) -> None:
    """Add the people named right after their role and its complement with no comma ("le
    Secrétaire général de la CONFEMEN Jacques Boureima Ky", "la ministre ivoirienne de
    l’éducation nationale Kandia …"): an article before the role (_lead_fr), a name of two to
    four words after it (name_start_after_role_fr); the role as written, without its article.
    `led`: the role words after an article and where their lead starts."""
    for match, lead in led:
        if len(found) >= MAX_MENTIONS:
            break
        if overlaps(match.start(), taken) or overlaps(match.start(), skip):
            continue
        if not _TWO_CAPITALS_NEXT.match(text, match.end()):
            continue  # no name's two words before the clause ends
        name_start = name_start_after_role_fr(text, match.end())
        if name_start is None or overlaps(name_start, taken):
            continue
        name, end = name_at(text, name_start)
        words = name.split()
        if (not 2 <= len(words) <= 4
                or words[0].casefold() in country_tables.demonyms_fr_ar()["fr"]
                or any(w in gazetteer.NOT_NAME_WORDS or w.casefold() in gazetteer.ROLE_WORDS_FR
                       or w.casefold() in gazetteer.ORG_HEADS_FR
                       or w.casefold() in portfolio_words_fr() for w in words)
                or whole_country_fr(name) or names_a_country_fr(name)):
            continue  # "de l’Agence Tunisienne de la Jeunesse": the body's name goes on
        if any(_lead_fr(text, later.start())
               for later in _ROLE_WORD_FR.finditer(text, match.end(), name_start)):
            continue  # "au représentant du Secrétaire général de l’OIF X": the last role's
        role = " ".join((lead[1] + text[match.start() : name_start]).split()).rstrip(",")
        if noun_phrase_fr(role) != role:
            continue
        if " " not in role and role[:1].isupper() and text.endswith(", ", 0, lead[0]):
            role = _role_before_fr(text, lead[0]) or role  # a title after a stated role and
            # a comma: "le ministre …, le Prince X"
        taken.append((lead[0], end))
        found.append(Mention("person", person_key(name), name, None, role, name, name_start, end,
                             rule="person.fr.role-complement-then-name"))


# "le ministre des Affaires étrangères, Nasser Bourita": a role, a comma, then the name.
# (a comma inside an enumeration stays in the role: "le ministre des Affaires étrangères, de la
# coopération africaine et des Marocains résidant à l’étranger, Nasser Bourita")
_ROLE_THEN_NAME_FR = re.compile(
    r"(?:(?:le|la|l’|l')\s*)?(?P<role>(?:" + trie_pattern(sorted(gazetteer.ROLE_WORDS_FR))
    + rf")(?![\w-])(?:[^,.;:\n()]|{LIST_COMMA_FR.pattern}|\((?-i:[A-Z]{{2,}})\)){{0,160}}),\s+(?-i:(?={CAPITAL}))",
    re.IGNORECASE)


# A plural honorific ("MM.", "Maîtres", "Messieurs", "Mesdames") names two people joined by "et".
_PLURAL_HONORIFIC_FR = re.compile(r"(?:MM\.|Mmes|Ma[iî]tres|Messieurs|Mesdames)\s")
_AND_NAME_FR = re.compile(rf" et (?={CAPITAL})")


def _chain_before_fr(text: str, role_at: int) -> str:
    """The roles written before a role that a comma and a name follow, as a chain of the same
    person's ("représenté par son ministre d’État, ministre de l’Intérieur, X" → "ministre
    d’État, "): from the last role word after an article or a possessive in the clause, with
    nothing of a verb; "" if none. A role that opens the clause after a comma with no article
    is the previous person's, not part of this chain."""
    before = text[max(0, role_at - 130) : role_at]
    if not before.endswith(", "):
        return ""
    clause_at = max(before.rfind(c, 0, len(before) - 2) for c in ",;:.\n(") + 1
    for word in reversed(list(_ROLE_WORD_FR.finditer(before, clause_at, len(before) - 2))):
        lead = _lead_fr(before, word.start())
        if lead is None:
            continue
        prev = lead[1] + before[word.start() : -2]
        return prev + ", " if noun_phrase_fr(prev) == prev else ""
    return ""


def _last_role_fr(phrase: str) -> str | None:
    """The role that ends a French phrase before a comma and a name, with nothing of a verb
    ("le roi a salué les efforts de l’ex-directeur général" → "ex-directeur général")."""
    for start in ROLE_START_FR.finditer(phrase):
        tail = _ARTICLE_FR.sub("", phrase[start.start() :], count=1)
        if noun_phrase_fr(tail) == tail:
            return tail
    return None
