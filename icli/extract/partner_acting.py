"""Whether a body acts where the text names it: organizing, hosting, signing, partnering,
sponsoring, supporting, taking part, attending, receiving, visiting, meeting ("in cooperation
with", "in coordination with", "a delegation of", "at the invitation of").

English (acting_en) is read only for a news agency (partner_contexts.only_where_no_partner): an
agency named where no sentence tells an act is the source that carried the story, not a partner;
speech ("said", "stated") is no act there, a news agency's speech being its report. An act is
also a body named as ICESCO's fellow party ("ICESCO and the X launched …") and a person taking
part for the body, named by a role right before it ("The Director of the X, Mr. Y, delivered a
speech").

Arabic (acting_somewhere_ar) is read for every body: a partner of an Arabic article is a body
some sentence naming it shows acting, its people speaking included, or that the text names
right after "مع" (with), the counterpart of what the sentence tells, or "مقر" (the seat of), the
venue.

French (acting_somewhere_fr) is read for every body the same way: an act's word in a sentence
naming it, outside the body's own names, the body named right after "avec" (with) or "siège
de" (the seat of), or named in the role of a person the article names (who takes part for it). English bodies at large are not gated: there the gate lost more right partners
than wrong ones."""

from __future__ import annotations

import re
from collections.abc import Collection

from icli.extract import gazetteer
from icli.extract.mention import Mention
from icli.extract.offices import past_role
from icli.extract.patterns import by_first_letter, ending_at, positions, trie_pattern, word_starts
from icli.extract.people_fr import role_after_fr
from icli.text.date_clauses import SENTENCE_STOP, last_end_before

# The English words of an act (case-insensitive stems; one \b before the alternation, so the
# engine leaves most positions after one test).
ACTING_EN = re.compile(
    r"(?i)\b(?:(?:co-?)?organi[sz](?:e|es|ed|ing|ers?)|host(?:s|ed|ing)?|sign(?:s|ed|ing|ator(?:y|ies))?"
    r"|agreements?|memorand(?:um|a)|mou|partner(?:s|ship|ships|ed|ing)?|cooperat(?:e|es|ed|ing|ion)"
    r"|coordinat(?:e|es|ed|ing|ion)|(?:association|conjunction)\s+with"
    r"|collaborat(?:e|es|ed|ing|ion)|sponsor(?:s|ed|ing|ship)?|patronage|auspices|support(?:s|ed|ing)?"
    r"|funded|financed|participat(?:e|es|ed|ing|ion|ants?)|(?:take|takes|took|taking)\s+part"
    r"|attend(?:s|ed|ing|ance)?|receiv(?:e|es|ed|ing)|visit(?:s|ed|ing)?|delegations?|invitation"
    r"|meets?|met|meeting\s+with|convened?)\b")
# A body named as ICESCO's fellow party, right before or after its name (its acronym in brackets
# between): "ICESCO and the X", "X (XA) and ICESCO".
_WITH_OWN_BEFORE_EN = re.compile(r"\b(?:ICESCO|ISESCO)\s+and\s+(?:the\s+)?$")
_WITH_OWN_AFTER_EN = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+and\s+(?:ICESCO|ISESCO)\b")
# A role right before a body's name, its holder taking part for the body: "The Director of the X".
_PERSON_OF_EN = re.compile(rf"\b(?:{trie_pattern(gazetteer.ROLE_WORDS)})\s+of\s+(?:the\s+)?$")
_BEFORE_EN = 40  # characters before a name where those words are read


def acting_en(text: str, at: int, end: int) -> bool:
    """Whether the English sentence naming a body at text[at:end] tells it acting: a word of an
    act in the sentence, the body named with ICESCO as one party, or a person of the body's
    named by a role right before its name."""
    start = last_end_before(SENTENCE_STOP, text, at)
    stop = SENTENCE_STOP.search(text, end)
    low = max(start, at - _BEFORE_EN)
    return (ACTING_EN.search(text, start, stop.start() if stop else len(text)) is not None
            or ending_at(_WITH_OWN_BEFORE_EN, text, low, at) is not None
            or _WITH_OWN_AFTER_EN.match(text, end) is not None
            or ending_at(_PERSON_OF_EN, text, low, at) is not None)

_LETTER_AR = re.compile(r"[\u0621-\u064a]")

# The Arabic words of an act, each led by a literal letter (grouped by it, so the engine tries one
# group at a position); the prefixes a word may carry glued before it are _PREFIX_AR's.
_ACTING_AR = re.compile(by_first_letter([
    r"نظم(?:ت|ه|ها|ان|ون)?", r"تنظم(?:ت|ه|ها|ان|ون)?", r"ينظم(?:ت|ه|ها|ان|ون)?", r"تنظيم\w*",
    r"التعاون\s+مع", r"تعاون\s+مع", r"شراك\w*", r"شارك\w*", r"تشارك\w*", r"يشارك\w*", r"مشارك\w*",
    r"ستضيف\w*", r"تستضيف\w*", r"يستضيف\w*", r"استضاف\w*", r"حتضن\w*", r"تحتضن\w*", r"يحتضن\w*",
    r"احتضن\w*", r"وقع\w*", r"توقع\w*", r"يوقع\w*", r"توقيع", r"اتفاقي\w*", r"مذكر[ةه]",
    r"رعاي[ةه]", r"ترعى", r"يرعى", r"استقبل\w*", r"تستقبل\w*", r"يستقبل\w*", r"زيار\w*", r"تزور",
    r"يزور", r"زار\w*", r"وفد\w*", r"دعو[ةه]", r"لتقي\w*", r"تلتقي\w*", r"يلتقي\w*", r"التقى\w*",
    r"لقاء\w*", r"دعم\w*", r"حضر\w*", r"تحضر\w*", r"يحضر\w*", r"حضور", r"عقد\w*", r"تعقد\w*",
    r"يعقد\w*", r"أطلق\w*", r"اطلق\w*", r"تطلق\w*", r"يطلق\w*", r"افتتح\w*", r"تفتتح\w*",
    r"يفتتح\w*", r"اجتمع\w*", r"اجتماع\w*", r"تجتمع\w*", r"يجتمع\w*", r"أعلن\w*", r"اعلن\w*",
    r"تعلن\w*", r"يعلن\w*", r"منح\w*", r"تمنح\w*", r"يمنح\w*", r"تبحث\w*", r"يبحث\w*", r"كلم[ةه]",
    r"ألق[ىت]", r"الق[ىت]", r"أكد\w*", r"اكد\w*", r"أشار\w*", r"اشار\w*", r"قال\w*", r"أوضح\w*",
    r"اوضح\w*", r"محاضر[ةه]", r"متحدث\w*"]) + r"(?![\u0621-\u064a])")
# What may be glued before an act's word: a conjunction, a preposition, the article.
_PREFIX_AR = re.compile(r"[وف]?[بل]?(?:ال)?")
# The words right before a name that make the body a counterpart or a venue: "مع" (with) or
# "ومع"; "مقر" (the seat of) after a preposition telling the event is there ("بمقر", "لمقر",
# "في مقر", "إلى مقر", "من مقر"), not one telling a place near it ("قرب مقر", "أمام مقر").
_BEFORE_NAME_AR = re.compile(
    r"(?:^|[^\u0621-\u064a])(?:و?مع|[وف]?[بل]مقر|و?(?:في|[إا]لى|من)\s+مقر)\s+$")


def acting_somewhere_ar(partner: Mention, text: str) -> bool:
    """Whether some sentence of the Arabic `text` that names the partner (by its name, the form
    the text used, its acronym or another form) holds an act (_ACTING_AR) or names it right
    after "مع" or "مقر". A name is found as a plain string, without its first letter where that is the
    article's alif ("للجنة" writes "اللجنة" after "ل"): a literal find, where a pattern with a
    leading look-behind cost 3% of an Arabic article's extraction."""
    names = {partner.name, partner.alias, partner.code or "", *partner.variants} - {""}
    for name in names:
        core = name[1:] if name.startswith("ال") else name
        found = text.find(core)
        while found >= 0:
            start = last_end_before(SENTENCE_STOP, text, found)
            stop = SENTENCE_STOP.search(text, found + len(core))
            end = stop.start() if stop else len(text)
            if _after_with_or_seat(text, found) or _holds_act(text, start, end):
                return True
            found = text.find(core, end)
    return False


def _word_start(text: str, at: int) -> int:
    """The start of the Arabic word that holds position `at` (`at` itself at a word's start)."""
    while at > 0 and _LETTER_AR.match(text[at - 1]):
        at -= 1
    return at


def _after_with_or_seat(text: str, at: int) -> bool:
    """Whether the word holding `at` (a name's start) comes right after "مع" (with) or "مقر"
    (the seat of: the body is the venue, which the contract counts as a host)."""
    start = _word_start(text, at)
    return bool(_BEFORE_NAME_AR.search(text, max(0, start - 12), start))


def _holds_act(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds an act's word, with only _PREFIX_AR's letters glued before
    it: the words are found by the engine's scan for their first letters (no look-behind tried
    at every position), and the prefix checked where one is found."""
    position = start
    while match := _ACTING_AR.search(text, position, end):
        found = match.start()
        if _PREFIX_AR.fullmatch(text, _word_start(text, found), found):
            return True
        position = found + 1
    return False



# The French words of an act, in lower case (a body's name capitalizes its words, and the
# names of the bodies a text names are blanked before the search), each led by a literal letter (grouped by it): organizing, hosting,
# signing, an agreement, partnership, cooperation, sponsoring, support, funding, taking part,
# attending, representing, presenting, visiting, receiving, a delegation, an invitation,
# meeting, holding, opening, launching, announcing, granting, presiding (not "président", the
# noun), and a person of the body speaking ("a souligné", "a pris la parole").
_ACTING_FR = re.compile(by_first_letter([
    r"organis(?:e|es|ent|é|ée|és|ées|er|ant|ateurs?|atrices?)", r"co-?organis\w*", r"accueil\w*",
    r"hôtes?", r"abrit\w*", r"sign(?:ent|é|ée|és|ées|er|ature|ataires?)", r"accords?", r"mémorand\w*",
    r"partenai\w*", r"partenariat\w*", r"coopér\w*", r"collabor\w*", r"coordin\w*", r"parrain\w*",
    r"égide", r"auspices", r"patronage", r"souten\w*", r"soutien\w*", r"soutenu\w*", r"financ\w*",
    r"particip\w*", r"pris part", r"prend part", r"prendre part", r"assist(?:é|ée|és|ées|er|e|ent|ait|aient)",
    r"présen\w*", r"représent\w*", r"présid(?:e|é|ée|és|ées|er|ait|aient|ant|ence)", r"visit\w*",
    r"reçu\w*", r"recev\w*", r"reçoi\w*", r"délégation\w*", r"invit\w*", r"rencontr\w*",
    r"entretien\w*", r"réuni\w*", r"séances?", r"tenu\w*", r"ouvr\w*", r"ouvert\w*", r"lanc\w*",
    r"inaugur\w*", r"annonc\w*", r"décern\w*", r"remis\w*", r"conférence\w*", r"déclar\w*",
    r"soulign\w*", r"affirm\w*", r"indiqu\w*", r"parl(?:e|é|er|ait|ant)", r"paroles?",
    r"allocution\w*", r"discours", r"intervention\w*"]) + r"(?!\w)")
# Right before a name: the counterpart of what the sentence tells ("avec"), ICESCO's fellow
# party ("l’ICESCO et l’X") or the venue ("au siège de"), an article between. ("Selon l’X" is
# none: a body cited as the source of a figure or a view does not act in the event.)
_BEFORE_NAME_FR = re.compile(r"(?:\bavec|\b(?:ICESCO|ISESCO)\s+et|\bsiège\s+(?:de|du|des))"
                             r"\s+(?:la\s+|le\s+|les\s+|l[’']\s*)?$")
_BEFORE_NAME_SPAN_FR = 30  # characters before a name where those words are read


def _in_role(name: str, role: str, bodies: Collection[str]) -> bool:
    """Whether a role names a body under `name`, as a word of its own and outside the longer
    names of `bodies` ("pour l’UNESCO" inside "Commission nationale pour l’UNESCO" is not
    UNESCO's)."""
    if name not in role:
        return False
    for body in bodies:
        if len(body) > len(name) and name in body:
            role = role.replace(body, " ")
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", role) is not None


# Right before a person's name, courtesy titles between: a source cited ("Selon M. X, …",
# "D’après Mme Y") or, group `late`, a person who died ("feu M. X"): no one taking part.
_NO_PART_BEFORE_FR = re.compile(r"\b(?:(?P<late>[Ff]eue?)|[Ss]elon|[Dd][’']après)\s+(?:(?:"
                                + "|".join(gazetteer.COURTESY_HONORIFICS_FR) + r")\s*)*$")
_NO_PART_SPAN_FR = 40  # characters before a name where those words are read


def roles_taking_part_fr(people: Collection[Mention], text: str) -> list[str]:
    """The roles of the people of a French text who may take part in its event, the one given
    at each place the text names them ("Pr. X, Président du Comité …" and later "X, Président
    de l’Université Y": Y too): not a person named only as a source cited ("Selon M. X,
    directeur de Y, 30 % …": Y takes no part through X), nor a late one ("feu M. X, fondateur
    de Y"), wherever the text names them."""
    roles = []
    for person in people:
        names = {n for n in {person.name, person.alias, *person.variants} if " " in n.strip()}
        spans = [(at, at + len(n)) for n in names for at in positions(text, n, apart=True)]
        starts = [person.start] + [at for at, _ in spans]
        before = [_NO_PART_BEFORE_FR.search(text, max(0, at - _NO_PART_SPAN_FR), at) for at in starts]
        if any(b and b.group("late") for b in before) or all(before):
            continue
        others = {role_after_fr(text, end) for at, end in spans if at != person.start}
        roles += [role for role in [person.role, *others - {person.role}] if role]
    return roles


def french_names(partner: Mention) -> set[str]:
    """The names a French text may write a partner under: its name, the form the text used, its
    other forms, its acronym in capitals and in title case ("Unesco")."""
    return {partner.name, partner.alias, partner.code or "", (partner.code or "").capitalize(),
            *partner.variants} - {""}


def acting_somewhere_fr(partner: Mention, text: str, bodies: Collection[str],
                        roles: Collection[str] = ()) -> bool:
    """Whether some sentence of the French `text` that names the partner (french_names) holds
    an act (_ACTING_FR) outside the names of `bodies` (every partner's names: "Organisation de
    la coopération islamique" tells no act), or names it right after "avec", "ICESCO et" or
    "siège de"; or whether one of the `roles` of the article's people, held now, names
    it ("le secrétaire général de la Commission nationale X, M. Y": Y takes part for it). A
    body named only in passing (a history, a comparison, another body's members) is no
    partner; one the text never writes under those names is not judged (kept)."""
    names = french_names(partner)
    if any(_in_role(name, role, bodies) for role in roles if not past_role(role) for name in names):
        return True
    named = False
    for name in names:
        found = text.find(name)
        while found >= 0:
            named = True
            start = last_end_before(SENTENCE_STOP, text, found)
            stop = SENTENCE_STOP.search(text, found + len(name))
            end = stop.start() if stop else len(text)
            sentence = text[start:end]
            for body in bodies:
                sentence = sentence.replace(body, " ")
            if (ending_at(_BEFORE_NAME_FR, text, max(0, found - _BEFORE_NAME_SPAN_FR), found) is not None
                    or next(word_starts(_ACTING_FR, sentence), None) is not None):
                return True
            found = text.find(name, end)
    return not named
