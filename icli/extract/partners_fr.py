"""Partner organizations named in a French text: a head noun and its name, and acronyms."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from icli.extract import country_tables, gazetteer
from icli.extract.countries import extract_countries_fr
from icli.extract.mention import Mention
from icli.extract.partner_acronyms_fr import ACRONYM_AFTER_FR
from icli.extract.partner_acronyms_fr import acronym_after as _acronym_after
from icli.extract.partner_acronyms_fr import acronym_item as _acronym_item
from icli.extract.partner_acronyms_fr import bracketed_acronym as _bracketed_acronym
from icli.extract.partner_acronyms_fr import elided_acronym as _elided_acronym
from icli.extract.partner_acronyms_fr import to_acronym_fr as _to_acronym_fr
from icli.extract.partner_name_ends import fr_word as _fr_word
from icli.extract.partner_name_ends import name_ends_fr
from icli.extract.partner_owners import Owners, named_as_owner, owner_of_unit_fr
from icli.extract.patterns import CAPITALS, is_acronym
from icli.text.function_words import DETERMINERS
from icli.text.normalize import name_norm
from icli.text.time_phrases import may_open_time, opens_time

# A French word with its elided article or preposition ("l’Éducation", "d’Irak"), or punctuation.
_FR_TOKEN = re.compile(r"(?:[ldLD][’'])?[\w\-]+|[^\s\w]")
_OF_ANOTHER_FR = re.compile(r"\s+(?:de\s+l[’']\s*|du\s+|de\s+la\s+)(?=[A-Z])")  # "… (MOST) de l’UNESCO"
# After a short name (a head and one word): "dans le monde islamique" makes it one of
# ICESCO's own centres or committees ("Centre du patrimoine dans le monde islamique").
_IN_ISLAMIC_WORLD_FR = re.compile(r"[ \t]+dans le monde islamique\b")
# An acronym of four letters or more after an elided article ("l’AZERTAC"): a body's, when the
# text uses it more than once.
_ELIDED_ACRONYM = re.compile(r"(?<![\w-])[lL][’']([A-Z]{4,12})(?![\w-])")
# Capitalized words right before an opening bracket: "Israel Chemicals (".
_NAMED_BEFORE_BRACKET = re.compile(r"((?:[A-Z][\w\-]*[ \t]){0,3}[A-Z][\w\-]*)[ \t]*\($")
# ICESCO as the owner at the end of a unit's name: "Centre de traduction de l’ICESCO".
_OWNER_IN_NAME_FR = re.compile(r"\s+(?:de|du|des)\s+(?:l[’']\s*)?(?:ICESCO|ISESCO)\b")
# After a body's name (a few words on): it belongs to ICESCO ("… relevant de l’ICESCO").
_CLAUSE_END = re.compile(r"[.!?…;](?:\s|$)")  # a sentence or clause ends
_OWNED_AFTER_FR = re.compile(r"(?:[ \t]+[\w\-’']+){0,3}?[ \t,]+(?:relevant|dépendant|affiliée?|rattachée?)"
                             r"[ \t]+(?:de|à)[ \t]+l[’'][ \t]*(?:ICESCO|ISESCO|Organisation)\b")


def _word_in_capitals(acronym: str) -> bool:
    """Whether an all-capitals word is a common word of a body's or an event's name written
    in capitals ("l’EXPO", "l’UNIVERSITÉ"), not an acronym."""
    word = acronym.casefold()
    return (word.capitalize() in gazetteer.EVENT_HEADS or word.capitalize() in gazetteer.ORG_HEADS
            or word in gazetteer.ORG_HEADS_FR or word in gazetteer.UNIT_HEADS_FR)


def _fr_fits(token: str, after_connector: bool = False) -> bool:
    """Whether a word (not a connector) continues a French organization's name after its head:
    a capital, a known name word or demonym, an adjective ("turciques", "éducative"), or after
    a connector any lower-case noun ("du partenariat", "des échanges")."""
    word = _fr_word(token)
    lowered = word.casefold()
    return (word[:1] in CAPITALS or lowered in gazetteer.ORG_NAME_WORDS_FR
            or lowered in country_tables.demonyms_fr_ar()["fr"] or word[:1].isdigit()
            or word[:1].islower() and len(word) > 3 and word.replace("-", "").isalpha()
            and lowered not in gazetteer.NOT_ORG_NAME_WORDS_FR
            and (after_connector or lowered.endswith(gazetteer.ADJECTIVE_ENDINGS_FR)))


def _adjective_fr(token: str) -> bool:
    """Whether a token is a lower-case adjective ("social", "culturel")."""
    return token[:1].islower() and token.isalpha() and len(token) > 3 and (
        token.casefold().endswith(gazetteer.ADJECTIVE_ENDINGS_FR))


def _adjective_list_fr(tokens: list[re.Match[str]], comma: int) -> bool:
    """Whether the comma at tokens[comma] starts a list of adjectives closed by "et" and one
    more adjective ("Conseil économique, social et culturel"): one name's list, not a
    description after the name ("la fondation X, partenaire de …")."""
    j = comma + 1
    while j < min(len(tokens), comma + 8) and (tokens[j].group() == "," or _adjective_fr(tokens[j].group())):
        j += 1
    return (j > comma + 1 and j + 1 < len(tokens) and tokens[j].group() == "et"
            and _adjective_fr(tokens[j + 1].group()))


def _fr_connector(token: str) -> bool:
    """Whether a token joins a French name's words ("de", "pour", "et", "d’", "l’" + a word that
    fits none); not an elided pronoun before a verb ("l’a présenté")."""
    word = _fr_word(token)
    return token.casefold() in gazetteer.ORG_CONNECTORS_FR or (
        word != token and token[:1] in "dl" and not _fr_fits(token)
        and not (token[:1] == "l" and word.islower() and len(word) <= 2))


def _fr_name_end(text: str, tokens: list[re.Match[str]], head: int) -> int:
    """The index of the last token of the French name whose head is tokens[head]: words that
    fit a name, connectors between them ("de l’", "pour", "et"), and a comma only inside a
    list closed by "et" ("de la culture, des arts et des lettres"); never across a line."""
    last = head
    i = head + 1
    connector = after_et = False
    while i < len(tokens) and "\n" not in text[tokens[i - 1].end() : tokens[i].start()]:
        token = tokens[i].group()
        if name_ends_fr(tokens, i, head):
            break  # "… de la jeunesse le Docteur X", "pour l’année 2016", "et du président de …"
        if token == ",":
            closing = next((j for j in range(i + 1, min(len(tokens), i + 8))
                            if tokens[j].group() in (",", ".", ";", "(", ")", "et")), None)
            if (closing is None or tokens[closing].group() not in (",", "et")
                    or i + 1 == closing or not (_fr_connector(tokens[i + 1].group())
                                                or _elided_acronym(tokens[i + 1].group())
                                                or _adjective_list_fr(tokens, i))
                    or _acronym_item(tokens, i)
                    or not all(_fr_fits(t.group(), True) or _fr_connector(t.group())
                               for t in tokens[i + 1 : closing])
                    or _body_in(tokens[i + 1 : closing])):
                break  # a list of domains goes on with "des …", "la …"; a person's name or
                # another body ("…, la Fondation X et …") not
            i += 1
            continue
        if i + 1 < len(tokens) and may_open_time(token) and opens_time(
                token, (t.group() for t in tokens[i + 1 : i + 5])):
            break  # "du ministère de la Culture de Jordanie le 5 mai", "les 20 et 21"
        if token in _PERSON_TITLES_FR and i + 1 < len(tokens) and (
                tokens[i + 1].group() == "." or tokens[i + 1].group()[:1] in CAPITALS):
            break  # "du Niger M. Malam Ligari Maïrou": a person's name after the body's
        if token == "et" and (last == head or is_acronym(tokens[last].group())):
            break  # "l’Organisation et le Gabon": "et" right after a head joins two things, and
            # after an acronym naming the body, which ends it ("le Groupe OCP et Israel
            # Chemicals"; not a complement's: "pour l’UNESCO, l’ICESCO et l’ALECSO")
        if _elided_infinitive_fr(token) or (
                connector and tokens[i - 1].group().casefold() in ("de", "pour") and _infinitive_fr(token)
                and i + 2 < len(tokens) and tokens[i + 1].group() == "et" and _elided_infinitive_fr(tokens[i + 2].group())):
            break  # "l’Organisation d’avoir remporté", "de l’Organisation de renforcer et d’activer": verbs
            # (not "Maison de savoir", "Centre de loisir": nouns)
        if token == "et" and _second_body_fr(tokens, i):
            break  # "du ministère de l’Éducation nationale et de la Commission …": two bodies
        if (connector and i + 1 < len(tokens) and tokens[i - 1].group().casefold() in ("de", "d’", "d'", "pour")
                and tokens[i].group()[:1].islower()
                and tokens[i + 1].group().casefold() in DETERMINERS["fr"]):
            break  # "… de poursuivre leur collaboration": a verb and its object, not the name
        if (token.casefold() in _NAME_PARTICLES_FR and i + 1 < len(tokens)
                and tokens[i + 1].group()[:1] in CAPITALS and last == i - 1
                and tokens[i - 1].group()[:1] in CAPITALS):
            i += 1  # "Centre … Roi Abdallah ben Abdelaziz pour …": a person's name goes on
            continue
        if _fr_connector(token):  # ("et de …" is a name's complement again: "et de télévision")
            after_et = token == "et" or after_et and token.casefold() not in ("de", "du", "des")
            i, connector = i + 1, True
            continue
        if not _fr_fits(token, connector and (not after_et or token[:2].casefold() in ("d’", "d'"))) and not (
                _plural_pair_fr(tokens, head, i) and last == i - 1):
            break  # (after "et", a lower-case word must be a name's: "et feront" ends it)
        if (not connector and token[:1] in CAPITALS and tokens[i - 1].group()[:1].islower()
                and i > head + 1 and _fr_connector(tokens[i - 2].group())
                and i + 1 < len(tokens) and tokens[i + 1].group()[:1] in CAPITALS):
            break  # "chambre des représentants Habib El Malki": a person's name after the body's
        last, connector, after_et = i, False, False
        i += 1
    if (last + 2 < len(tokens) and tokens[last + 1].group() in ("de", "contre")
            and (last == head or tokens[last].group()[:1].islower())
            and "\n" not in text[tokens[last].end() : tokens[last + 2].start()]):
        noun = tokens[last + 2].group()
        word = _fr_word(noun)
        if word != noun and word[:1].islower() and len(word) > 2 and word.replace("-", "").isalpha() and (
                word.casefold() not in gazetteer.NOT_ORG_NAME_WORDS_FR):
            last += 2  # "Agence nationale de l’eau", "… de lutte contre l’analphabétisme": an elided noun ends the name
    elif last + 1 < len(tokens) and (last == head or tokens[last].group()[:1].islower()) and "\n" not in text[
            tokens[last].end() : tokens[last + 1].start()]:
        noun = tokens[last + 1].group()
        word = _fr_word(noun)
        if (noun[:2].casefold() in ("d’", "d'") and word[:1].islower() and len(word) > 3 and word.isalpha()
                and not _elided_infinitive_fr(noun) and word.casefold() not in gazetteer.NOT_ORG_NAME_WORDS_FR):
            last += 1  # "Banque africaine d’investissement" (not "… d’organiser": an infinitive)
    return last


def _programme_fr(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Whether tokens[i] heads a programme named with its acronym ("Programme arabe du Golfe
    pour le développement (AGFUND)"): a body, as in Arabic; else an activity, and so is
    another body's programme ("Programme … (MOST) de l’UNESCO": it folds into that body)."""
    if tokens[i].group() != "Programme":
        return False
    after = ACRONYM_AFTER_FR.match(text, tokens[_fr_name_end(text, tokens, i)].end())
    return (after is not None and _bracketed_acronym(after.group(1)) is not None
            and not _OF_ANOTHER_FR.match(text, after.end()))


def _ministers_conference_fr(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Whether tokens[i] heads a standing conference of ministers named with its acronym ("la
    Conférence des Ministres de l’Éducation de la Francophonie (CONFEMEN)"): a body, as a
    programme with its acronym is; not one of its sessions ("la 12e session de la Conférence
    des ministres …", "la 3e Conférence des ministres …"), nor a conference with an adjective
    ("Conférence islamique des ministres de la Culture": the gathering)."""
    if (tokens[i].group() not in ("Conférence", "conférence") or len(tokens) < i + 3
            or [t.group().casefold() for t in tokens[i + 1 : i + 3]] != ["des", "ministres"]
            or _SESSION_BEFORE_FR.search(text, max(0, tokens[i].start() - 30), tokens[i].start())):
        return False
    after = ACRONYM_AFTER_FR.match(text, tokens[_fr_name_end(text, tokens, i)].end())
    return (after is not None and _bracketed_acronym(after.group(1)) is not None
            and not _MEETING_AFTER_FR.match(text, after.end()))


# A meeting told right after a conference's acronym ("(CMC), tenue à", "(CMC) se réunira",
# "(CMC), qui s’est réunie", "(CMC), organisée par"): the gathering, an event, not the body.
_MEETING_AFTER_FR = re.compile(r",?\s*(?:qui\s+)?(?:(?:se|s[’'](?:est|était))\s+)?"
                               r"(?:tenue|réunie|organisée|ouverte|déroulée|réunira|réunit|tiendra"
                               r"|tient|déroulera|aura\s+lieu|a\s+eu\s+lieu)\b", re.IGNORECASE)


# A session or an edition right before a conference's name ("la 12e session de la", "la 3e").
_SESSION_BEFORE_FR = re.compile(r"(?:\b(?:session|édition|réunion)s?\s+(?:de\s+la|des)|\d+\s*(?:e|è|ème|er|re)"
                                r"|\b(?:première|deuxième|troisième))\s+$", re.IGNORECASE)


def _state_body_fr(name: str) -> bool:
    """Whether a name in lower case is a state's body, named by its demonym after the head (and
    "national(e)") and followed by its complement ("commission nationale tunisienne pour
    l’éducation, la science et la culture", "ministère marocain de la culture")."""
    words = name.casefold().split()
    at = 2 if words[1:2] in (["nationale"], ["national"]) else 1
    return len(words) > at + 2 and words[at] in country_tables.demonyms_fr_ar()["fr"]


def _plural_pair_fr(tokens: list[re.Match[str]], head: int, i: int) -> bool:
    """Whether tokens[i] ends a two-word lower-case plural after a connector ("des études
    andalouses", "des jeunes inventeurs"): both words plural (-s, -x), the first right after
    the connector; the noun and its adjective agree, so the second is the name's too."""
    if i < head + 3 or not _fr_connector(tokens[i - 2].group()):
        return False
    first, second = tokens[i - 1].group(), tokens[i].group()
    return all(w[:1].islower() and w.isalpha() and len(w) > 3 and w.endswith(("s", "x"))
               and w.casefold() not in gazetteer.NOT_ORG_NAME_WORDS_FR
               and w.casefold() not in _NOT_PLURALS_FR for w in (first, second))


# Words ending in -s that are no plural noun or adjective: prepositions, adverbs, pronouns.
_NOT_PLURALS_FR = frozenset({"dans", "sous", "vers", "sans", "depuis", "plus", "moins", "très",
                             "puis", "alors", "tous", "toutes", "mais", "dont", "nous", "vous",
                             "ceux", "chez", "lors", "jamais", "parmi", "après", "auprès"})


# Heads of bodies that gather others, never an event's organ: "Organisation de la conférence
# islamique" is a body, "bureau de la Conférence générale" an organ of the conference.
_GATHERING_HEADS_FR = frozenset({"organisation", "union", "ligue", "fédération", "association", "alliance"})
# Particles inside a person's name a body is named after ("Roi Abdallah ben Abdelaziz"): the
# words that say "son of" (gazetteer.SON_OF), and the Maghreb's "ben" and "ould".
_NAME_PARTICLES_FR = gazetteer.SON_OF | {"ben", "ould"}
# Titles before a person's name ("du Niger M. Malam …"): the name of the body has ended.
_PERSON_TITLES_FR = frozenset({"M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr"})
# Auxiliary verbs: after "d’" an infinitive, never a name's complement ("d’avoir remporté").
_AUXILIARIES_FR = frozenset({"avoir", "être"})


def _infinitive_fr(word: str) -> bool:
    """Whether a lower-case word reads as an infinitive ("organiser", "accueillir")."""
    return word[:1].islower() and word.endswith(("er", "ir"))


def _elided_infinitive_fr(token: str) -> bool:
    """Whether a token is an elided "d’" + an infinitive ("d’avoir", "d’être", "d’organiser",
    "d’accueillir"): the sentence's verb, never a name's complement ("d’investissement")."""
    word = _fr_word(token)
    return word != token and (word.casefold() in _AUXILIARIES_FR or token[:2].casefold() in ("d’", "d'")
                              and _infinitive_fr(word))


def _second_body_fr(tokens: list[re.Match[str]], et: int) -> bool:
    """Whether "et" at tokens[et] starts a second body: an article, then an organization's
    head ("et de la Commission", "et du Conseil", "et l’Université"); an acronym after a word
    that is none ("la Culture et l’UNESCO", not "pour l’UNESCO et l’ICESCO"); or a capitalized
    name with an English head ("et Qatar Airways")."""
    j = et + 1
    while j < min(len(tokens), et + 4) and tokens[j].group().casefold() in ("de", "du", "des", "la", "le", "les"):
        j += 1
    if j >= len(tokens):
        return False
    token = tokens[j].group()
    word = _fr_word(token)
    if word.casefold() in gazetteer.ORG_HEADS_FR and (j > et + 1 or word != token):
        return True
    before = _fr_word(tokens[et - 1].group())
    if is_acronym(word) and (not is_acronym(before) or set(before) <= set("IVXLC")):
        return True  # ("Fondation Mohammed VI et l’UNESCO": a regnal number is no acronym)
    return j == et + 1 and token[:1] in CAPITALS and any(
        t.group() in gazetteer.ORG_HEADS for t in tokens[j + 1 : j + 3])


def _body_in(tokens: list[re.Match[str]]) -> bool:
    """Whether tokens hold an organization's head ("la Fondation X") or a gathering's
    ("la Conférence parlementaire …"): an item of a list after a comma that is another body,
    not a domain of the name ("la culture, les arts et …")."""
    return any(_fr_word(t.group()).casefold() in gazetteer.ORG_HEADS_FR
               or _fr_word(t.group()).casefold() in _GATHERING_EVENTS_FR for t in tokens)


# Gatherings that name a standing body as well as a meeting ("la Conférence parlementaire
# internationale", "le Congrès …"): never a domain in a list of a name's complements.
_GATHERING_EVENTS_FR = frozenset({"conférence", "congrès", "forum", "sommet"})


def _inner_body_fr(tokens: list[re.Match[str]], head: int, last: int) -> int | None:
    """The index of a second body's head inside a name whose own head is written in lower case:
    "comité des ministres … de l’Organisation …", "bureau régional du Fonds …" are organs of that
    body, which is the partner ("… de l’organisation": of a body named before). A capitalized
    head keeps its name ("Conseil économique … du Niger", "Union des Conseils …"), and a plural
    after "des" is a list, not a body."""
    if not tokens[head].group()[:1].islower() and _fr_word(tokens[head].group()) == tokens[head].group():
        return None
    if _fr_word(tokens[head].group())[:1].isupper():
        return None
    for k in range(head + 1, min(len(tokens), last + 3)):  # (a lower-case body ends the name)
        token = tokens[k].group()
        word = _fr_word(token)
        if word.casefold() in gazetteer.ORG_HEADS_FR and (
                word != token and tokens[k - 1].group().casefold() == "de"
                or tokens[k - 1].group().casefold() == "du"
                or tokens[k - 1].group().casefold() == "la" and tokens[k - 2].group().casefold() == "de"):
            return k
    return None


def _own_kind_fr(text: str, tokens: list[re.Match[str]], head: int, name: str, end: int) -> bool:
    """Whether a body of one of ICESCO's own kinds ("Centre de …") is ICESCO's: in an article
    naming ICESCO, a head and its complement ("de", "du", "pour" …, not an adjective: "Centre
    national …", "Centre international …" are others') whose name holds no proper name (no
    capital after the head), no acronym and no country, so nothing says it is another's
    ("Centre de traduction et de publication", "Centre de la langue arabe"; not "Centre des
    médias de Bakou" nor "Centre … (CAFRAD)"): rule partner.fr.own-kind."""
    return (head + 1 < len(tokens) and _fr_connector(tokens[head + 1].group())
            and not any(c.isupper() for c in name[1:]) and _acronym_after(text, end) is None
            and not extract_countries_fr(name) and gazetteer.mentions_icesco(text))


# Capitalized French words that open a sentence, never an English name's first word.
_FUNCTION_WORDS_FR = frozenset({"le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "en",
                                "dans", "et", "pour", "par", "sur", "avec", "ce", "cette", "ces",
                                "son", "sa", "ses", "leur", "lors", "selon", "après", "avant"})


@lru_cache(maxsize=1)
def _english_names_fr() -> re.Pattern[str]:
    """A body a French text names in English: capitalized words ending with an English head
    that is no French word ("Saudi Basic Industries Corporation", "Saudi Airlines")."""
    heads = sorted(h for h in gazetteer.ORG_HEADS
                   if h.casefold() not in gazetteer.ORG_HEADS_FR and h[:1].isupper() and h.isalpha())
    return re.compile(r"(?<![\w’'-])((?:[A-Z][\w\-]*\s){1,6}(?:" + "|".join(heads) + r"))(?![\w-])")


def _fr_acronym_key(acronym: str) -> str:
    """A French acronym's partner key: its English counterpart's where the two differ (PNUD is
    UNDP), so a body is one partner in both languages."""
    return name_norm(gazetteer.english_acronym(acronym))


def extract_partners_fr(text: str) -> list[Mention]:
    """Organizations a French text names: a head noun (ministère, Université, Commission,
    Chambre, …) followed by its name, with its acronym in parentheses, and known or defined
    acronyms alone; not ICESCO's own organs, events and prizes, nor a head with no name."""
    tokens = list(_FR_TOKEN.finditer(text))
    found: dict[str, Mention] = {}
    defined: dict[str, str] = {}
    spans: list[tuple[int, int]] = []  # where the names taken stand
    heads: dict[str, int] = {}  # the heads of the names taken → where the last one ends
    own_units: set[str] = set()  # names the text gives ICESCO's units ("X de l’ICESCO"), as name_norm
    owners = Owners()  # bodies named only as another's owner ("… relevant de la Fondation X")
    i = 0
    while i < len(tokens):
        word = _fr_word(tokens[i].group())
        if (word.casefold() not in gazetteer.ORG_HEADS_FR and not _programme_fr(text, tokens, i)
                and not _ministers_conference_fr(text, tokens, i)
                or i and tokens[i - 1].group() == "-"):
            i += 1
            continue
        last = _to_acronym_fr(tokens, i, _fr_name_end(text, tokens, i))
        start, end = tokens[i].start(), tokens[last].end()
        name = _fr_word(text[start:end]) if tokens[i].group() != word else text[start:end]
        before = [_fr_word(t.group()).casefold() for t in tokens[max(0, i - 3) : i]]
        head, i = i, last + 1
        inner = _inner_body_fr(tokens, head, last)
        if inner is not None:
            i = inner  # "comité des ministres … de l’Organisation de la conférence islamique": that body
            continue
        if last == head or last == head + 1 and name[:1].islower() and (
                tokens[last].group().casefold() in country_tables.demonyms_fr_ar()["fr"]):
            continue  # a head alone, or with a demonym: "le ministère", "l’université marocaine"
        if any(b in gazetteer.NOT_PARTNER_HEADS_FR for b in before[-2:]) and not _acronym_after(text, end):
            continue  # "Forum de l’Union des universités …": inside an event's name (but a body
            # with its own acronym is one: "Conférence de l’Union parlementaire … (UPCI)")
        complement = next((t for t in tokens[head + 1 : last + 1]
                           if not _fr_connector(t.group())), None)
        if complement and (
                _fr_word(complement.group()).casefold() in gazetteer.NOT_PARTNER_HEADS_FR
                and word.casefold() not in _GATHERING_HEADS_FR
                or _fr_word(text[complement.start() : end]).startswith(gazetteer.OWN_ORGANS_FR)):
            continue  # "bureau de la Conférence générale": an organ of an event or of ICESCO
        if (name[:1] + name[1:].casefold()).startswith(gazetteer.OWN_ORGANS_FR):  # ("Conseil Exécutif")
            i = head + 1  # "Conseil exécutif de l’Organisation arabe …": the body it is an organ of
            continue
        if any(own in name_norm(name.split(" pour ")[0]) for own in gazetteer.OWN_NAMES):
            if (owned := _OWNER_IN_NAME_FR.search(name)) is not None:
                own_units.add(name_norm(name[: owned.start()]))  # "Centre X de l’ICESCO": "Centre X" too
            continue  # (after "pour", ICESCO is whom a body serves: "Commission … pour l’ICESCO")
        if not any(c.isupper() for c in name) and not _state_body_fr(name):
            continue  # "centre d’enseignement de la langue arabe": no proper name
        words = [_fr_word(t.group()) for t in tokens[head + 1 : last + 1]
                 if not _fr_connector(t.group())]
        if words == ["Organisation"]:
            continue  # "centre de l’Organisation": ICESCO's own
        if word.casefold() in gazetteer.GROUP_HEADS_FR and _fr_connector(tokens[head + 1].group()) and all(
                is_acronym(w) for w in words):
            continue  # "Groupe de la BID": the acronym's body, found by it (not "Groupe OCP": its name)
        if word.casefold() in gazetteer.UNIT_HEADS_FR and (any(is_acronym(w) for w in words) or (
                word.casefold() != "bureau" and not extract_countries_fr(name))):
            continue
        if word.casefold() in gazetteer.OWN_KIND_HEADS_FR and _own_kind_fr(text, tokens, head, name, end):
            continue  # "Centre de traduction et de publication": ICESCO's own
        if _OWNED_AFTER_FR.match(text, end) or len(words) == 1 and _IN_ISLAMIC_WORLD_FR.match(text, end):
            continue  # "Centre de la langue arabe … relevant de l’ICESCO", "Centre du patrimoine
            # dans le monde islamique": ICESCO's own
        acronym = _acronym_after(text, end)
        if (not acronym and word.casefold() in heads and _fr_connector(tokens[head + 1].group())
                and not any(c.isupper() for c in name[len(word):])
                and _CLAUSE_END.search(text, heads[word.casefold()], start)):
            continue  # "l’Union pour le groupe asiatique": the Union named in an earlier clause,
            # and this sentence's words after it (a name of lower-case words has an adjective
            # first); in one clause, "l’Institut X et l’Institut y" are two bodies
        heads[word.casefold()] = end
        spans.append((start, end))
        if acronym and acronym.casefold() in gazetteer.OWN_NAMES:
            continue  # "Organisation du monde islmique … (ISESCO)": ICESCO, however misspelt
        if acronym:
            defined[acronym] = name
        key = _fr_acronym_key(acronym) if acronym else name_norm(name)
        if acronym:
            found.pop(name_norm(name), None)  # the same name without its acronym (a title)
        elif any(m.code and name_norm(m.name) == key for m in found.values()):
            continue
        owners.note(key, named_as_owner(text, start, "fr") and not owner_of_unit_fr(tokens, head))
        found.setdefault(key, Mention("partner", key, name, acronym, None, name, start, end, rule="partner.fr.name"))
    for match in _english_names_fr().finditer(text):  # "la Saudi Basic Industries Corporation"
        words = match.group(1).split()
        while len(words) > 1 and (words[0].casefold() in _FUNCTION_WORDS_FR
                                  or words[0].casefold() in gazetteer.ORG_HEADS_FR):
            words = words[1:]  # "Dans …", "La Fondation …": French words, not the English name
        end = match.end(1)
        name = " ".join(words)
        start = end - len(name) if text[end - len(name) : end] == name else match.start(1)
        bracketed = _NAMED_BEFORE_BRACKET.search(text, max(0, start - 60), start)
        if bracketed and is_acronym(words[0]) and text.startswith(")", end) and words[0].startswith(
                "".join(w[0] for w in bracketed.group(1).split())[:2]):  # not "Ahmed Kamal (OCP …)"
            # "Israel Chemicals (ICL Group)": the body is the name before the bracket (its
            # initials begin the acronym), the acronym the short name's first word (rule
            # partner.fr.bracketed-short-name)
            key = _fr_acronym_key(words[0])
            spans.append((bracketed.start(1), end + 1))
            found.setdefault(key, Mention("partner", key, bracketed.group(1), words[0], None, bracketed.group(1),
                                          bracketed.start(1), bracketed.end(1), rule="partner.fr.bracketed-short-name"))
            continue
        if (len(words) < 2 or words[0].casefold() in gazetteer.OWN_NAMES
                or any(start < b and a < end for a, b in spans)):
            continue
        acronym_match = ACRONYM_AFTER_FR.match(text, end)
        acronym = acronym_match.group(1) if acronym_match and is_acronym(acronym_match.group(1)) else None
        if acronym:
            defined[acronym] = name
        key = _fr_acronym_key(acronym) if acronym else name_norm(name)
        spans.append((start, end))
        found.setdefault(key, Mention("partner", key, name, acronym, None, name, start, end,
                                      rule="partner.fr.english-name"))
    for acronym, uses in Counter(_ELIDED_ACRONYM.findall(text)).items():
        if (uses > 1 and acronym not in defined and acronym.casefold() not in gazetteer.OWN_NAMES
                and country_tables.real_country(acronym) is None and not _word_in_capitals(acronym)):
            defined[acronym] = acronym  # "avec l’AZERTAC" twice: a body the text names by its acronym
    for match in re.finditer(r"(?<![\w-])([A-Z][A-Za-z0-9]{1,11})(?![\w-])", text):
        acronym = gazetteer.title_case_acronym(match.group(1), text[max(0, match.start() - 40):match.start()],
                                               text[match.end():match.end() + 40]) or match.group(1)  # "l’Unesco"
        full = (defined.get(acronym) or gazetteer.PARTNER_ACRONYMS_FR.get(acronym, ("", ""))[1]
                or gazetteer.PARTNER_ACRONYMS.get(acronym))
        key = _fr_acronym_key(acronym)
        if full and not any(a <= match.start() < b for a, b in spans):
            if text[match.start() - 1 : match.start()] != "(":  # (its acronym named elsewhere)
                owners.note(key, False)
            found.setdefault(key, Mention("partner", key, full, acronym, None, acronym, *match.span(),
                                          rule="partner.fr.acronym"))
    codes = {m.code for m in found.values() if m.code}
    return [m for m in found.values() if name_norm(m.name) not in own_units and not owners.only_owner(m.key)
            and not (m.rule == "partner.fr.english-name" and m.name.split()[0] in codes
                     and all(w in gazetteer.ORG_HEADS for w in m.name.split()[1:]))]  # "ICL Group": ICL's


