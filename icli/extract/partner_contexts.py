"""Bodies a text names only where the article does not make them partners (docs/contract.md):
someone's former or honorary post, a parent named in a description of another body, an honorary
degree, a prize won, a prize's winner or the school of a prize's winner, a comparison with what
another body did. Each is read from the
words right before the body's name (and, for "as X did" and "X won the Prize", right after
it), or from the list of winners it is an item of, at every place the text names it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from icli.extract import country_tables, gazetteer
from icli.extract.mention import Mention
from icli.extract.partner_acting import acting_en
from icli.extract.patterns import ending_at, literal_not_after
from icli.extract.winners_en import LIST_ITEM, WINNER_STEMS, WINNERS
from icli.text.date_clauses import SENTENCE_STOP, last_end_before
from icli.text.normalize import arabic_word_key

_BEFORE = 80  # characters before a name where its context is read
_SENTENCE_BEFORE = 600  # characters before a name where its sentence's opening words are read


@dataclass(frozen=True, slots=True)
class _Contexts:
    """One language's contexts: `before` ends right before the name (group `prize` when the
    context holds only for a prize, group `winner` only for a listed winner, group `awardee`
    only after words of a prize in its sentence, group `did` only when `did` follows the name,
    group `honorary` unless `hosted` follows it, group `setting` unless the text names the body
    again by its head noun after it, group `sitting` as `setting` and only before `meeting`, a
    meeting's words: "the 40th X General Conference"; group `founded` only before `since`, a
    year: "founded by X in 1979"); `winners` announces winners (in the sentence
    before the winner's name), `won` follows a winner's
    apposition ("…, a student at X, won …"), `prize` is a prize's head word, `did` is what
    follows a body in a comparison, `hosted` says the body hosted the ceremony ("… hosted on
    its campus"). Group `source` (a reporting verb, "according to", "selon", a source line
    "Source:") holds only for a news agency (`agency` in its name), as does `reports` (the same
    reporting verbs) after an agency that opens its clause ("…, the X News Agency reported").
    Arabic only: group `backer` ("بدعم من") only after the winners are named
    (`winners_named`, in the sentence before) and no organizing verb after them (`organizes`:
    "الفائزين بجائزة … التي تنظمها بدعم من X" backs the organizer). English and French only: `after` follows a body
    that won a prize ("X in Niger won this Prize"), a body whose member states are meant ("OIC
    Member States") or a body whose document its name opens ("UNESCO Tentative List"), `listed`
    opens a list of winners (the last sentence before its first item) unless `partners` follows its last word of winners ("The Prize, whose winners …, is
    organized with the following partners:"). English only: `named` names winners as its sentence's
    complement ("The winners were: X; Y", "The winners include X"; not "were announced by X"): the
    bodies after it in the sentence are winners or their backers; `named_stems`, words one of which
    a text holds where `named` can match (a plain search first). All: `acts` follows a body that acts in a relative clause of its own ("X (ACR), which
    co-organized the workshop"), where no context before it holds. English only: a body whose name
    says it is a news agency (`news`) is a partner only where the sentence naming it tells it
    acting (`acting`, partner_acting.acting_en), at some place where no other context holds."""

    before: re.Pattern[str]
    winners: re.Pattern[str]
    won: re.Pattern[str]
    prize: re.Pattern[str]
    did: re.Pattern[str]
    hosted: re.Pattern[str]
    agency: re.Pattern[str] = re.compile("(?!)")
    reports: re.Pattern[str] = re.compile("(?!)")
    winners_named: re.Pattern[str] = re.compile("(?!)")
    after: re.Pattern[str] = re.compile("(?!)")
    listed: re.Pattern[str] = re.compile("(?!)")
    acts: re.Pattern[str] = re.compile("(?!)")
    partners: re.Pattern[str] = re.compile("(?!)")
    organizes: re.Pattern[str] = re.compile("(?!)")
    named: re.Pattern[str] = re.compile("(?!)")
    named_stems: tuple[str, ...] = ()
    meeting: re.Pattern[str] = re.compile("(?!)")
    since: re.Pattern[str] = re.compile("(?!)")
    news: re.Pattern[str] = re.compile("(?!)")
    acting: Callable[[str, int, int], bool] = lambda text, at, end: False


# The verbs a news agency reports with, as a participle ("reported by X", "rapporté par X") and,
# in English and French, after the agency ("X reported", "X a rapporté"; in English also in the
# present, "X cites Y"), in French also before it ("a rapporté l’agence X").
_EN_REPORTING = (r"(?:reported|quoted|cited|carried|relayed|covered|said|stated"
                 r"|reports|quotes|cites|carries|relays|covers|says|states)")
_FR_REPORTING = r"(?:(?:relay|rapport|cit)(?:ée?s?|e)|relaie|repris)"
# The name opens its clause (a sentence, a line, or after a comma), "the" or "l’" before it.
_OPENS_CLAUSE = re.compile(r"(?:^|[.,;:!?\n])\s*(?:[Tt]he\s+|[Ll][’']\s*|[Ll][ae]\s+)?$")

_EN = _Contexts(
    before=re.compile(
        # a former post: its words only, no "and", "current", "now" nor a participle between
        # ("a former minister invited by X", "former minister and current President of X")
        # (one \b before the branches that open with a word, not one in each: the engine tries
        # every position of the window, and now leaves most after one test)
        r"(?:\b(?:(?:[Ff]ormer|[Ee]x-|(?:[Pp]reviously|[Ff]ormerly|[Oo]nce) (?:served|worked) as)"
        r"(?:[\s\-]+(?!(?:and|but|current|currently|now|[a-z]+ed)\b)[\w\-]+){0,6}?\s+(?:of|at|in|from)"
        r"|(?P<honorary>[Hh]onorary[\w\s\-]{0,40}?\b(?:of|at|in|from|by))"
        r"|(?:[Ss]imilar to|[Uu]nlike|[Cc]omparable to)(?: the [a-z][a-z\s]{0,25}? (?:of|by))?"
        # a background clause: the body is a complement of what the event follows, not its actor
        # ("in line with the resolutions of X", "the list of X", "Agenda 2063 of X")
        r"|(?i:resolutions?|decisions?|framework|list|agenda(?:\s+\d{4})?|charter|standards"
        r"|recommendations|guidelines|member\s+states|member\s+countries|member\s+universities)\s+of"
        # a parent named in a description of another body ("an organization affiliated to X",
        # "Y, an affiliate of X", "a specialized institution of X", "operates under the aegis of
        # X", "an organization operating under X"; not "held under the aegis of X"), or its
        # founder with the year after it
        # (group `founded`, read with `since`: "Y was founded by X in 1979")
        r"|[Aa]ffiliated\s+(?:to|with)|(?:[Aa]n?|[Ii]ts)\s+(?:affiliate|subsidiary)\s+of"
        r"|[Ss]peciali[sz]ed\s+(?:institutions?|organs?|agenc(?:y|ies)|bod(?:y|ies))\s+of"
        r"|(?:operat|work|function)(?:es|s|ing|ed)\s+under(?:\s+the\s+(?:aegis|auspices|umbrella)\s+of)?"
        r"|(?P<founded>(?:founded|established|created|set\s+up)\s+by)"
        # the setting: a session or meeting of the body on whose sidelines the event is held
        # ("on the sidelines of the 27th session of the General Conference of X"; not "… of
        # the visit of the delegation of X", nor "the forum held by X")
        r"|(?P<setting>[Oo]n\s+the\s+(?:sidelines|margins?)\s+of(?:\s+(?:the|its|of|[\w\-]*\d[\w\-]*"
        r"|sessions?|meetings?|[A-Z][\w’'\-]*)){0,9}?\s+of)"
        # … or right before the body's name, its meeting's words after it ("on the sidelines of the
        # 40th X General Conference": group `sitting`, read with `meeting`)
        r"|(?P<sitting>[Oo]n\s+the\s+(?:sidelines|margins?)\s+of\s+the(?:\s+[\w\-]*\d[\w\-]*)?)"
        # the body a mission is accredited to ("Permanent Delegate to X", "Director of the Office
        # of the Y Fund to the X"): only capitalized words and "of", "the", "for", "on", "and", "in" between
        r"|(?:[Dd]elegate|[Rr]epresentative|[Aa]mbassador|[Oo]bserver|[Ee]nvoy|[Oo]ffice)"
        r"(?:\s+(?:of|the|for|on|and|in|[A-Z][\w’'\-]*)){0,10}?\s+to"
        r"|(?P<prize>(?:won|wins|winning|winners? of|laureates? of|recipients? of|awarded|received"
        r"|receiving|granted)(?: with)?)"
        r"|(?P<awardee>(?:awarded|presented|granted|went|goes)\s+to)"
        # a news agency cited as the source ("According to X News Agency", "reported by X")
        # or a dateline's bracket after the place that opens a paragraph ("Doha (XNA) - …")
        r"|(?P<source>[Aa]ccording\s+to|[Ss]ources?\s*:|" + _EN_REPORTING + r"\s+by"
        r"|(?:^|\n)[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}\s*\())"
        r"|(?P<winner>,\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:teacher|student|pupil|learner|researcher)s?"
        r"\s+(?:at|of|from|in)"
        r"|(?P<person>\b[A-Z][\w’'\-]+(?:\s+(?:[A-Z][\w’'\-]+|bin|ibn|al|el|de|ben)){1,4})\s*[,(]"
        r"(?:\s*from)?)"
        r"|(?P<did>\b[Aa]s))(?:\s+|(?<=\())(?:the\s+)?$"),
    winners=re.compile(r"\b(?:[Ww]inn(?:er|ing)s?|[Ll]aureates?|[Aa]wardees?|[Pp]rizes?|[Aa]wards?)\b"),
    won=re.compile(r"[^.;:]{0,40}?,\s+(?:won|wins|has won|took|was awarded|received)\b"),
    prize=re.compile(r"\b(?:Prize|Award|Medal|Trophy)\b"),
    did=re.compile(r"\s+(?:did|does|(?:has|had|have) done|(?:has |had |have )?(?:decided|resolved|recommended"
                   r"|stipulated|called for))\b"),
    hosted=re.compile(r"\b(?:hosted|held|organi[sz]ed)\s+(?:on|at|in|by)\s+(?:its|the university)\b"),
    # the body's member states ("OIC Member States"); a document of the body's whose name it opens
    # ("the UN Framework Convention on …", "UNESCO Tentative List"); or its acronym in brackets, its
    # place ("in the Republic of Niger"), then the verb: "was awarded", not "awarded" (a giver: "X
    # awarded the Prize to …"), and a prize named
    after=re.compile(
        r"\s+[Mm]ember\s+(?:[Ss]tates|[Cc]ountries|[Uu]niversities)\b|"
        r"(?:[’']s)?(?:\s+[A-Z][\w’'\-]*){0,4}?\s+(?:Convention|List|Charter|Declaration|Agenda|Goals|Register)s?\b|"
        r"(?:\s*\([^()]{1,40}\))?(?:,?\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'\-]*){0,4})?"
        r",?\s+(?:(?:was|were|has been|had been|is)\s+awarded|(?:(?:has|had|have)\b)?(?:,\s*[^,.;]{1,30},)?"
        r"\s*(?:won|wins|received|receives|clinched|obtained))\s+(?:the\s+|this\s+|its\s+|an?\s+)?"
        r"(?:(?:[A-Z0-9][\w’'\-]*|of|for|and|the)\s+){0,8}?(?:Prize|Award|Medal|Trophy|prize|award)s?\b"),
    listed=WINNERS,
    agency=re.compile(r"\b(?:Agency|News|Press)\b"),
    reports=re.compile(r"(?:\s*\([^()]{1,40}\))?,?\s+(?:has\s+|had\s+)?" + _EN_REPORTING + r"\b"),
    meeting=re.compile(r"(?:[’']s)?\s+(?:(?:General|Annual|Ministerial|Executive|Extraordinary|Ordinary|Regular)\s+)*"
                       r"(?:Conference|Council|Board|Assembly|Summit|Meetings?|Sessions?|Congress|Forum)\b"),
    # "winners were: …", "the winners include …"; not a passive ("were announced by X", "are
    # chosen by X"); read only in a text holding one of `WINNER_STEMS`
    named=re.compile(r"(?:inners?|aureates?|wardees?|ecipients?)\s+(?:were|are|include[sd]?)\b"
                     r"(?!\s+(?:(?:also|being|to|then)\b|[a-z]+(?:ed|en)\b))"),
    named_stems=WINNER_STEMS,
    # a year after a founder's name ("founded by X (XO) in May 1979", "…, since 2015")
    since=re.compile(r"(?:\s*\([^()]{1,40}\))?,?\s+(?:in|since)\s+(?:(?:[A-Z][a-z]+|\d{1,2})\s+){0,2}"
                     r"(?:1[89]|20)\d\d\b"),
    news=re.compile(r"\b(?:News|Press)\b"),
    acting=acting_en,
    partners=re.compile(r"\b(?:[Pp]artners?|[Ss]ponsors?)\b"),
    acts=re.compile(
        r"(?:\s*\([^()]{1,40}\))?,\s+(?:which|who)\s+(?:(?:has|had|have|also|jointly)\s+)*"
        r"(?:co-?)?(?:organi[sz]ed|hosted|sponsored|funded|financed|supported|signed|launched|convened"
        r"|implemented)\b"),
)
_FR = _Contexts(
    before=re.compile(
        r"(?:\b(?:[Aa]ncien(?:ne)?|[Ee]x-)"
        r"(?:[\s\-]+(?!(?:et|mais|actuel(?:le)?|actuellement|aujourd)\b)[\w\-]+){0,6}?\s+(?:de|du|des|à)"
        r"|(?P<honorary>\b[Hh]onoraire[\w\s\-]{0,40}?(?:\bde|\bdu|\bdes|\bà)"
        r"|\bhonoris causa\s+(?:de|du|des|à|décerné par)|\bd[’']honneur\s+(?:de|du|des|à))"
        r"|\b(?:[Ss]imilaire|[Ss]emblable|[Cc]omparable|[Aa]nalogue)s?\s+(?:à|aux?)"
        r"(?:\s+(?:celui|celle|ceux|celles)\s+(?:de|du|des|mené\w*\s+par|lancé\w*\s+par))?"
        r"|\b(?:[Cc]ontrairement|[Àà] la différence)\s+(?:à|au|aux|de|du|des)"
        r"|\b(?i:résolutions?|décisions?|cadre|liste|agenda(?:\s+\d{4})?|charte|normes"
        r"|recommandations|orientations|[ÉéEe]tats\s+membres|pays\s+membres)"
        r"(?:\s+(?:adoptée?s?|prises?|émise?s?)\s+par|\s+(?:de|du|des))"  # "la résolution adoptée par X"
        r"|\b[Ee]n\s+marge\s+(?:de|du|des|d[’'])(?:\s*(?:la|le|les|l[’']|de|du|des|d[’']|au|aux"
        r"|[\w\-]*\d[\w\-]*|sessions?|réunions?|travaux|sommet|[A-Z][\w’'\-]*|islamiques?"
        r"|générale?|exécutif|ministérielle)){0,12}?\s+(?:de|du|des|d[’'])"
        r"|\bà l[’']\s*(?:instar|image)\s+(?:de|du|des)"
        r"|\bcomme l[’']\s*(?:a|ont|avait|avaient) fait"
        r"|(?P<prize>\b(?:lauréate?s?|gagnante?s?|vainqueurs?|récipiendaires?)\s+(?:de|du|des)"
        r"|\b(?:remporté|reçu|obtenu|décroché)\s+(?:le|la|les))"
        r"|(?P<awardee>\b(?:décerné|attribué|remis|octroyé)e?s?\s+(?:à|au|aux))"
        # a news agency cited as the source ("relayé par l’agence X", "selon l’agence X")
        r"|(?P<source>\b(?:[Ss]elon|[Dd][’']après|[Ss]ources?\s*:|" + _FR_REPORTING + r"(?:\s+par)?))"
        r"|(?P<winner>,\s+(?:une?\s+)?(?:enseignante?|institut(?:eur|rice)|étudiante?|élève|chercheu(?:r|se))s?"
        r"\s+(?:à|au|de|du|dans)"
        r"|(?P<person>\b[A-Z][\w’'\-]+(?:\s+(?:[A-Z][\w’'\-]+|bin|ibn|al|el|de|ben)){1,4})\s*[,(])"
        r")\s*(?:la\s+|le\s+|l[’']\s*)?$"),
    winners=re.compile(r"(?i)\b(?:lauréat|gagnant|vainqueur|prix|primé)"),
    won=re.compile(r"[^.;:]{0,40}?,\s+(?:a remporté|remporte|a obtenu|a reçu|a décroché)\b"),
    prize=re.compile(r"\b(?:Prix|Médaille|Trophée)\b"),
    did=re.compile(r"(?!)"),
    hosted=re.compile(r"\b(?:organisée?|tenue?|accueillie?)\s+(?:sur|dans|à|par)\s+(?:son|sa|ses|l[’']université)\b"),
    after=re.compile(
        r"(?:\s*\([^()]{1,40}\))?(?:,?\s+(?:de|du|au|en)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})?"
        r",?\s+(?:a|ont|avait|avaient)\s+(?:remporté|obtenu|reçu|décroché|gagné)\s+"
        r"(?:le|la|les|ce|cette|un|une)\s+(?:[\w’'\-]+\s+){0,3}?(?:[Pp]rix|[Mm]édaille|[Tt]rophée)\b"),
    listed=re.compile(r"(?i)\b(?:lauréat|gagnant|vainqueur)"),
    agency=re.compile(r"\b(?:[Aa]gence|Presse)\b"),
    reports=re.compile(r"(?:\s*\([^()]{1,40}\))?,?\s+(?:a\s+|avait\s+)?" + _FR_REPORTING + r"\b"),
    partners=re.compile(r"\b(?:[Pp]artenaires?|[Ss]ponsors?|[Pp]arrains?)\b"),
    acts=re.compile(
        r"(?:\s*\([^()]{1,40}\))?,\s+qui\s+(?:a|ont|avait|avaient)\s+(?:aussi\s+|également\s+)?"
        r"(?:co-?)?(?:organisé|accueilli|parrainé|financé|soutenu|signé|lancé|tenu|mis en œuvre)"),
)

_AR = _Contexts(
    before=re.compile(
        "(?:(?:السابق|السابقة)\\s+(?:ل|في\\s+|ب|من\\s+)?"
        "|(?P<honorary>(?:الفخري|الفخرية)\\s+(?:ل|في\\s+|ب|من\\s+)?)"
        "|(?:على غرار|أسوة ب|على نهج|كما فعلت|كما فعل)\\s*"
        "|(?:قرارات|قرار|توصيات|ميثاق|معايير|أجندة|قائمة|لائحة|إطار|إدراج)(?:\\s+(?:ال)?صادرة?\\s+(?:عن|من))?"
        "\\s+[\"«“]?"  # "للقرار الصادر عن X": X's decision the event follows
        "|الأعضاء\\s+(?:ب|في\\s+)"  # "الدول الأعضاء بمنظمة …": member states of, not the body
        "|(?P<source>(?:تلقته|تلقتها|أوردته|أوردتها|نقلته|نقلتها|نشرته|نشرتها|ذكرت|أفادت|نقلت|حسب|بحسب"
        "|أشارت|أوضحت|قالت|أضافت|أكدت"  # an agency's speech is its report ("وأشارت وكالة الأنباء …")
        "|نقلا عن)\\s+(?:ال\\S+\\s+)?|المصدر\\s*:\\s*)"  # "في بيان تلقته وكالة الأنباء …", "ونقلت الخبر وكالة …"
        # (a definite object between: not "حسب توصيات X", X's recommendations)
        "|(?P<backer>بدعم\\s+من\\s+)"  # "الفائزون هم: مشروع …، بدعم من X": a winning project's backer
        "|(?P<winner>(?:ال)?(?:معلم|معلمة|طالب|طالبة|تلميذ|تلميذة|باحث|باحثة)\\s+(?:في\\s+|ب))"
        "|(?P<prize>(?:الحائز|الحائزة|الحاصل|الحاصلة|الفائز|الفائزة)\\s+(?:على|ب)\\s+|فاز\\S*\\s+ب))$"),
    winners=re.compile("فاز|الفائز|جائز|جوائز|المتوج"),
    won=re.compile("(?!)"),
    prize=re.compile("جائزة|وسام"),
    did=re.compile("(?!)"),
    hosted=re.compile("(?:أقيم|نظم|احتضن)\\S*\\s+(?:\\S+\\s+){0,3}?(?:في\\s+)?(?:حرمها|مقرها)"),
    agency=gazetteer.NEWS_AGENCY_AR,
    winners_named=re.compile("فاز|الفائز|المتوج"),
    organizes=re.compile("(?<!\\S)(?:و|ف)?(?:[تي]?نظم|تنظيم|[تي]?رعى|رعت|أطلق|[تي]طلق)"),
    acts=re.compile("(?:\\s*\\([^()]{1,40}\\))?،\\s*(?:التي|الذي)\\s+(?:شارك|نظم|استضاف|احتضن|مول|دعم|رعى|وقع|أطلق|عقد)"),
)

CONTEXTS = {"en": _EN, "fr": _FR, "ar": _AR}


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The start and end of the sentence around text[at]."""
    start = last_end_before(SENTENCE_STOP, text, at)
    end = SENTENCE_STOP.search(text, at)
    return start, end.start() if end else len(text)


def _no_partner_at(text: str, at: int, end: int, name: str, contexts: _Contexts) -> bool:
    """Whether the body named at text[at:end] stands in a context that makes it no partner."""
    if contexts.acts.match(text, end):  # "… of X, which co-organized the workshop": X acts
        return False
    if _reports(text, at, end, name, contexts):  # "…, the X News Agency reported."
        return True
    if (contexts.after.match(text, end) or _in_winners_list(text, at, contexts)
            or _after_winners_named(text, at, contexts)):
        return True
    found = ending_at(contexts.before, text, max(0, at - _BEFORE), at)
    if found is None:
        return False
    if found.group("prize") is not None:
        return bool(contexts.prize.search(name))
    if found.groupdict().get("source") is not None:
        return bool(contexts.agency.search(name))
    start, stop = _sentence(text, at)
    if found.groupdict().get("backer") is not None:
        named = list(contexts.winners_named.finditer(text, start, found.start()))
        return bool(named) and not contexts.organizes.search(text, named[-1].end(), found.start())
    if found.groupdict().get("awardee") is not None:  # "the Prize was awarded to X"
        return bool(contexts.winners.search(text, start, found.start()))
    if found.groupdict().get("person") is not None and not _a_person(found.group("person")):
        return False  # "…, Qatar University, Cairo University": a list of bodies, no winner's
    if found.group("winner") is not None:  # a listed winner: after the winners, or won after
        return bool(contexts.winners.search(text, start, found.start()) or contexts.won.match(text, end, stop))
    if found.group("honorary") is not None:  # "… from X at a ceremony hosted on its campus"
        return not contexts.hosted.search(text, end, stop)
    if found.groupdict().get("setting") is not None:  # "… of X in Muscat, ICESCO signed … with the Bank"
        return not _named_by_head_after(text, end, name)
    if found.groupdict().get("sitting") is not None:  # "… of the 40th X General Conference"
        return bool(contexts.meeting.match(text, end)) and not _named_by_head_after(text, end, name)
    if found.groupdict().get("founded") is not None:  # "… was founded by X in 1979"
        return bool(contexts.since.match(text, end))
    if "did" in found.groupdict() and found.group("did") is not None:
        return bool(contexts.did.match(text, end))
    return True


def _reports(text: str, at: int, end: int, name: str, contexts: _Contexts) -> bool:
    """Whether the body named at text[at:end] is a news agency that opens its clause and reports
    ("…, the X News Agency (XNA) reported.", "L’Agence X a rapporté"); not "the Director of the X
    News Agency said" (the agency a complement)."""
    return (contexts.reports.match(text, end) is not None and bool(contexts.agency.search(name))
            and _OPENS_CLAUSE.search(text, max(0, at - 8), at) is not None)


def _in_winners_list(text: str, at: int, contexts: _Contexts) -> bool:
    """Whether text[at] is in an item of a bulleted or numbered list whose opening sentence (the
    last before its first item) announces winners ("The winners are:\n• Amina Bello, X
    School, Ghana."): each item is a winner, the bodies in it winners or their schools. An
    opening that names partners after its winners' words introduces partners ("The Prize,
    whose winners …, is organized with the following partners:")."""
    start = text.rfind("\n", 0, at) + 1
    if not LIST_ITEM.match(text, start):
        return False
    for _ in range(60):  # back over the list's items and blank lines to the line opening it
        if start == 0:
            return False
        line = text.rfind("\n", 0, start - 1) + 1
        if text[line : start - 1].strip() and not LIST_ITEM.match(text, line):
            opening = max(line, last_end_before(SENTENCE_STOP, text, start - 1))
            winners = list(contexts.listed.finditer(text, opening, start - 1))
            return bool(winners) and not contexts.partners.search(text, winners[-1].end(), start - 1)
        start = line
    return False


def _after_winners_named(text: str, at: int, contexts: _Contexts) -> bool:
    """Whether text[at] follows, in its sentence, words that name winners as the sentence's
    complement ("The three winners were: the X Foundation in …; …", "This year’s winners were the
    projects …, which is supported by X"): a winner or a winning project's backer."""
    low = max(0, at - _SENTENCE_BEFORE)
    if not any(text.find(stem, low, at) >= 0 for stem in contexts.named_stems):  # most bodies: no winners
        return False
    return contexts.named.search(text, max(low, last_end_before(SENTENCE_STOP, text, at)), at) is not None


# Heads that name ICESCO itself when a text says "the Organization".
_OWN_HEADS = frozenset({"Organization", "Organisation"})


def _named_by_head_after(text: str, end: int, name: str) -> bool:
    """Whether the text, after text[end], names the body again by its head noun alone ("the
    Islamic Development Bank Group" … "with the Bank")."""
    heads = [w for w in name.split() if w in gazetteer.ORG_HEADS and w not in _OWN_HEADS]
    return any(re.search(rf"\bthe\s+{w}\b(?!\s+(?:of|for)\b)", text[end:]) for w in heads)


def _a_person(words: str) -> bool:
    """Whether capitalized words before a body's name are a person's ("Amina Bello, X School in
    Kano"), not a body's or a place's ("Qatar University, X", "in Kano, Nigeria, X")."""
    return not any(w in gazetteer.ORG_HEADS or w in gazetteer.NOT_NAME_WORDS
                   or w in country_tables.country_names() for w in words.split())


_BRACKET = re.compile(r"\s*[(\[]\s*")  # between a name and its acronym given in brackets


def only_where_no_partner(partner: Mention, text: str, language: str) -> bool:
    """Whether a body is named only where the article does not make it a partner: after a
    former or honorary post ("Irina Bokova, former Director-General of UNESCO", rule
    `partner.*.past-post`), an honorary degree ("an honorary doctorate from the University of
    X", unless X hosted its ceremony), as a prize won ("won the X Prize"), as a prize's winner
    ("the Prize was awarded to X", "X in Niger won this Prize", an item of a list of winners),
    as the school of a listed winner ("The winners are: Amina Bello, a teacher at X School";
    "Amina Bello, from X"; "Amina Bello, a student at X, won the Prize"), in a background clause ("in line with
    the resolutions of X", its acronym in brackets after it counting as X), as the body whose
    member states are meant ("the Member States of X") or whose session is only the setting
    ("on the sidelines of the 27th session of X"), as a news agency cited as a source, as a
    winning project's backer, or in a comparison ("unlike X", "similar to the one run by X",
    "as X did", "à l’instar de X", "similaire à celui de X", "على غرار X"); never where X acts
    in its own relative clause ("X, which co-organized the workshop")."""
    contexts = CONTEXTS[language]
    news = contexts.news.search(partner.name) is not None
    if not news and not (ending_at(contexts.before, text, max(0, partner.start - _BEFORE), partner.start)
            or contexts.after.match(text, partner.end) or contexts.reports.match(text, partner.end)
            or _in_winners_list(text, partner.start, contexts)
            or _after_winners_named(text, partner.start, contexts)):
        return False  # where it was found, no such context around it: most bodies stop here
    return all(_no_partner_at(text, at, end, partner.name, contexts)
               or (news and not contexts.acting(text, at, end)) for at, end in named_places(partner, text, language))


def named_places(partner: Mention, text: str, language: str) -> set[tuple[int, int]]:
    """Where `text` names a body, by its name, the form the text used, its acronym or another
    form: (start, end) spans, an acronym in brackets right after a name not counted apart ("X
    (ACRONYM)": the acronym is X's own place)."""
    names = {partner.name, partner.alias, partner.code or "", *partner.variants} - {""}
    places = {m.span(m.lastindex or 0) for n in names for m in re.finditer(_written(n, language), text)}
    ends = {end for _, end in places}
    return {(at, end) for at, end in places if not any(_BRACKET.fullmatch(text, e, at) for e in ends if e <= at)}


_EITHER_SPELLING = re.compile(r"(?<=gani)[sz](?=ation)")  # in a name's pattern: both spellings


def _written(name: str, language: str) -> str:
    """A pattern of `name` as the text writes it, its last group the name: a word of its own, its
    head "Organization" in either spelling ("Organisation"), or in Arabic also glued to a
    conjunction or a preposition ("بمنظمة …", "للجنة …" for "اللجنة …")."""
    if language != "ar":
        return f"({_EITHER_SPELLING.sub('[sz]', literal_not_after(name))})"
    short = f"|ل?({re.escape(name[1:])})" if name.startswith("ال") else ""
    return rf"(?<!\w)[وف]?(?:[بلك]?({re.escape(name)}){short})"


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
    if partner.code or len(partner.name.split()) != 2:
        return False  # (most names: their words are not keyed)
    words = [arabic_word_key(w).casefold() for w in partner.name.split()]
    return bool(set(words) & _GENERIC_HEADS) and bool(set(words) & _GENERIC_ADJECTIVES)


# A ministry's head word (French accents kept; Arabic as arabic_word_key folds it), and the
# words between a head and its portfolio.
_MINISTRY_HEADS = frozenset({"ministry", "ministère", "وزاره"})
_PORTFOLIO_LINKS = frozenset({"of", "the", "for", "de", "du", "des", "la", "le", "l’", "l'"})
_ELIDED = re.compile(r"^[lLdD][’']")


def generic_ministry(partner: Mention, countries: Callable[[str], list[Mention]]) -> bool:
    """Whether a partner is a ministry named by a portfolio of one word alone, under each of
    its names, with no country (`countries`: the language's country reader) and no acronym
    ("the Ministry of Education", "le ministère de l’Éducation", "وزارة التربية"): a name many
    states' ministries bear, which says no one's. A portfolio of more words names one
    ("Ministry of Culture and Youth")."""
    names = {partner.name, *partner.variants}
    return (not partner.code and all(_one_portfolio(n.split()) for n in names)
            and not any(countries(n) for n in names))


def _one_portfolio(words: list[str]) -> bool:
    """Whether a name's words are a ministry's head and one word of portfolio."""
    if arabic_word_key(words[0]).casefold() not in _MINISTRY_HEADS:
        return False
    rest = [_ELIDED.sub("", w) for w in words[1:] if w.casefold() not in _PORTFOLIO_LINKS]
    return len([w for w in rest if w]) == 1
