"""The acts a news title names (an award, a signing, a participation, a meeting, condolences,
a celebration, a launch or opening, a closing) in English, French and Arabic: two titles that each name acts and none
in common report two items of one day (extract.versions tells stories apart by them)."""

from __future__ import annotations

import re
from functools import lru_cache

from icli.text.normalize import ARABIC_LETTER, arabic_fold

_WORD = re.compile(r"[\w\u0621-\u064a]+")


@lru_cache(maxsize=8)
def title_tokens(title: str) -> list[str]:
    """A title's words, lower-cased, an Arabic title folded (arabic_fold)."""
    return _WORD.findall((arabic_fold(title) if ARABIC_LETTER.search(title)
                          else title).casefold())


# What a title says happened, by the words that name it in the three languages (an Arabic word
# folded, as arabic_fold writes it). Only acts that tell two items of one day apart: a speech at
# a congress and the medal given there, a colloquium and the agreement signed at its close. The
# generic ones ("holds", "organizes", "تعقد") name no act.
_ACTS = {
    "award": "medal medals prize prizes award awards awarded honors honours honored honoured "
             "decorated decoration trophy médaille médailles prix décoration décore décoré "
             "décorée distinction trophée وسام اوسمه جائزه جوائز يكرم تكرم تكريم يقلد درع",
    "signing": "sign signs signed signing agreement agreements memorandum memorandums mou "
               "signe signent signé signée signés signature accord accords mémorandum protocole "
               "يوقع توقع يوقعان توقعان توقيع اتفاقيه اتفاقيات اتفاق مذكره بروتوكول",
    "participation": "participates participate participated attends attended participe "
                     "participent assiste يشارك تشارك يشاركان تشاركان شارك شاركت",
    "meeting": "receives received meets met discuss discusses discussed explore explores review "
               "reviews visits visit talks reçoit recoit rencontre rencontrent entretient "
               "entretiennent discutent discute examinent examine examen visite visitent "
               "يستقبل تستقبل استقبل يلتقي تلتقي التقي يبحث تبحث يبحثان تبحثان بحث يزور تزور "
               "زياره يناقش تناقش مباحثات لقاء",
    "condolence": "condolences condoléances تعزيه يعزي تعازي",
    "celebration": "celebrates celebrate celebrated commemorates célèbre célèbrent commémore "
                   "تحتفي يحتفي تحتفل يحتفل تحتفيان احتفاء احتفال احتفاليه",
    "launch": "launches launch launched opens opened opening kicks begins inaugurates "
              "inaugurated lance lancent lancement ouverture ouvre inaugure démarre démarrent "
              "تطلق يطلق تطلقان يطلقان اطلاق انطلاق تنطلق ينطلق افتتاح يفتتح تفتتح",
    "closing": "concludes concluded closes closing ends ended clôture clôt clôturent conclu conclut achève "
               "achèvent termine اختتام يختتم تختتم اختتمت ختام",
}
_ACT_WORDS = {word: act for act, words in _ACTS.items() for word in words.split()}
# "takes part", "prend part": part is an act after these.
_TAKE = frozenset("take takes took taking prend prennent pris prendre".split())
_ARABIC_PROCLITIC = re.compile("^[وف]?[بل]?(?:ال)?(?=...)")


def title_acts(title: str) -> frozenset[str]:
    """The acts a title names (_ACTS: "award", "signing", "participation", "meeting",
    "condolence", "celebration", "launch", "closing") in any of the three languages: two titles that each
    name acts and none in common report two items ("President presents the DG with a medal",
    "Le DG participe au congrès")."""
    words = title_tokens(title)
    acts = set()
    for at, word in enumerate(words):
        act = _ACT_WORDS.get(word)
        if act is None and ARABIC_LETTER.match(word):
            act = _ACT_WORDS.get(_ARABIC_PROCLITIC.sub("", word))
        if act is None and word == "part" and at and words[at - 1] in _TAKE:
            act = "participation"
        if act:
            acts.add(act)
    return frozenset(acts)


# A title that is only an agency's date line ("Bakou, 24 décembre, AZERTAC"): it names no act.
_DATELINE_TITLE = re.compile(r"[^\W\d][^,\d]*, \d{1,2}(?:er)? [^\W\d]+(?: \d{4})?, [A-Z]{2,}[\w -]*")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def story_acts(title: str, text: str) -> frozenset[str]:
    """The acts a story's title names (title_acts); for a title that is only an agency's date
    line, those the first sentence after it names ("Bakou, 24 décembre, AZERTAC" / "Le Conseil
    exécutif … a conclu … ses travaux": a closing), so that the session's close in French stays
    apart from its opening in Arabic the same day."""
    if not _DATELINE_TITLE.fullmatch(title):
        return title_acts(title)
    lead = text[len(title):].lstrip() if text.startswith(title) else text
    return title_acts(_SENTENCE_END.split(lead, maxsplit=1)[0])
