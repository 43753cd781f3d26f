"""The grammar matrix of partner bodies (see test_partner_matrix) in French and Arabic: kinds of
bodies crossed with frames, bodies joined by et/و, owners ("التابعة ل"), where a name ends
("برئاسة", a date, a city), what is no partner, and countries (Korean demonyms, languages).
Bodies invented or generic; expected partners and countries written by hand from the contract."""

from __future__ import annotations

import re

import pytest

from tests.test_partner_matrix import Row, cases, check

# (kind, article: "le"/"la"/"l’"/"les", name as written, countries)
BODIES_FR = [
    ("ministere-du-pays", "le", "ministère de l’Éducation nationale du Sénégal", {"SEN"}),
    ("ministere-demonyme", "le", "ministère tunisien des Affaires culturelles", {"TUN"}),
    ("universite-de-ville", "l’", "Université Al Qalam de Kénitra", set()),
    ("universite-nom-propre", "l’", "Université Ibn Hazm des sciences humaines", set()),
    ("commission-nationale", "la",
     "Commission nationale gabonaise pour l’Éducation, la Science et la Culture", {"GAB"}),
    ("fondation", "la", "Fondation Horizons du Savoir", set()),
    ("agence", "l’", "Agence nationale de lutte contre l’analphabétisme", set()),
    ("banque", "la", "Banque africaine pour l’innovation rurale", set()),
    ("fonds", "le", "Fonds de solidarité pour l’école rurale", set()),
    ("conseil", "le", "Conseil supérieur des arts du Sahel", set()),
    ("academie", "l’", "Académie des sciences du Levant", set()),
    ("musee", "le", "Musée national des civilisations sahariennes", set()),
    ("bibliotheque-du-pays", "la", "Bibliothèque nationale du Royaume du Maroc", {"MAR"}),
    ("groupe", "le", "Groupe Atlas Horizons", set()),
    ("institut", "l’", "Institut des études andalouses", set()),
    ("centre-pas-icesco", "le", "Centre Al-Hikma d’études stratégiques", set()),
    ("association", "l’", "Association des jeunes inventeurs", set()),
    ("ambassade", "l’", "Ambassade du Royaume de Thaïlande", {"THA"}),
    ("chambre-du-pays", "la", "Chambre de commerce et d’industrie du Koweït", {"KWT"}),
]


def with_article(preposition: str, article: str, name: str) -> str:
    """`name` after a preposition ("", "de", "à") and its article, contracted as French writes it."""
    joined = {("de", "le"): "du ", ("à", "le"): "au ", ("de", "les"): "des ", ("à", "les"): "aux "}
    if (preposition, article) in joined:
        return joined[preposition, article] + name
    spaced = article if article.endswith("’") else article + " "
    return (f"{preposition} " if preposition else "") + spaced + name


# Frames: {X} the body with its article, {de X} after "de", {à X} after "à".
FRAMES_FR = [
    ("memorandum", "L’ICESCO a signé un mémorandum d’entente avec {X} mardi dernier."),
    ("en-partenariat-a-ville", "Le colloque a été organisé en partenariat avec {X} à Rabat."),
    ("organise-par", "L’exposition, organisée par {X}, a ouvert ses portes la semaine dernière."),
    ("avec-le-soutien", "Avec le soutien {de X}, l’Organisation a lancé un programme de formation."),
    ("sous-l-egide", "Le forum se tient sous l’égide {de X} et de l’ICESCO."),
    ("delegation-de", "Une délégation {de X}, conduite par son président, a été reçue au siège de l’ICESCO."),
    ("sujet-date", "{X} a accueilli la séance de clôture le 14 mai 2024."),
    ("personne-pour", "Mme Karima Bensaïd, directrice des programmes {à X}, a pris part à la réunion."),
]


def _fill(template: str, article: str, name: str) -> str:
    text = (template.replace("{de X}", with_article("de", article, name))
            .replace("{à X}", with_article("à", article, name))
            .replace("{X}", with_article("", article, name)))
    return text[:1].upper() + text[1:]


KIND_ROWS_FR: list[Row] = [(f"kind-x-frame-fr-{kind}-{frame}", _fill(template, article, name), {name}, countries)
                for kind, article, name, countries in BODIES_FR for frame, template in FRAMES_FR]

_FR = {kind: (article, name, countries) for kind, article, name, countries in BODIES_FR}
_PAIRS_FR = [("ministere-du-pays", "fondation"), ("universite-de-ville", "banque"),
             ("commission-nationale", "musee"), ("groupe", "association"), ("fonds", "institut")]
PAIR_ROWS_FR: list[Row] = [
    (f"pair-fr-{frame}-{a}-{b}",
     template.replace("{X}", with_article("", *_FR[a][:2])).replace("{Y}", with_article("", *_FR[b][:2])),
     {_FR[a][1], _FR[b][1]}, _FR[a][2] | _FR[b][2])
    for a, b in _PAIRS_FR for frame, template in [
        ("cooperation-x-et-y", "Le forum a été organisé en coopération avec {X} et {Y}."),
        ("x-et-y-ont-signe", "Ont signé la déclaration : {X} et {Y}.")]]

OTHER_ROWS_FR: list[Row] = [
    ("boundary-fr-date", "L’ICESCO a reçu la Fondation Horizons du Savoir le 3 mars 2025 à Rabat.",
     {"Fondation Horizons du Savoir"}, set()),
    ("boundary-fr-person", "Le Conseil supérieur des arts du Sahel, représenté par M. Omar Kabbaj, a signé l’accord.",
     {"Conseil supérieur des arts du Sahel"}, set()),
    ("acronym-fr-defined-then-alone",
     "L’Organisation arabe des études hydrauliques (OAEH) a signé un accord avec l’ICESCO. L’OAEH a remercié l’ICESCO.",
     {"Organisation arabe des études hydrauliques"}, set()),
    ("not-fr-icesco-centre", "Le Centre de l’ICESCO pour la prospective stratégique a organisé un séminaire.",
     set(), set()),
    ("not-fr-icesco-full-name",
     "L’Organisation du monde islamique pour l’éducation, les sciences et la culture (ICESCO) a tenu un forum.",
     set(), set()),
    ("not-fr-isesco-old-name",
     "L’Organisation islamique pour l’éducation, les sciences et la culture (ISESCO) a organisé le séminaire.",
     set(), set()),
    ("not-fr-sector-prize", "Le Secteur de l’éducation de l’ICESCO a lancé le Prix des jeunes poètes.",
     set(), set()),
    ("not-fr-generic-ministry", "Le ministère a salué l’initiative.", set(), set()),
    ("not-fr-minister-title", "Le ministre de la Culture du Mali, M. Ousmane Diarra, a reçu le Directeur général.",
     set(), {"MLI"}),
    ("not-fr-event", "La Conférence internationale sur la sécurité hydrique s’est ouverte à Rabat.", set(), set()),
    ("country-fr-korean", "La délégation coréenne a visité le siège de l’Organisation.", set(), {"KOR"}),
    ("country-fr-language", "Le livre a été traduit en turc et en ourdou.", set(), set()),
    ("country-fr-demonym-body", "Le ministère égyptien de la Culture a signé un accord avec l’ICESCO.",
     {"ministère égyptien de la Culture"}, {"EGY"}),
]

BODIES_AR = [
    ("وزارة-بجمهورية", "وزارة التعليم العالي بجمهورية طاجيكستان", {"TJK"}),
    ("وزارة-نسبة", "وزارة الثقافة المصرية", {"EGY"}),
    ("جامعة-صفة", "جامعة النخيل الدولية", set()),
    ("الجامعة-للعلوم", "الجامعة الإسلامية للعلوم التطبيقية", set()),
    ("لجنة-وطنية", "اللجنة الوطنية الموريتانية للتربية والثقافة والعلوم", {"MRT"}),
    ("مؤسسة", "مؤسسة الأمل للتنمية المستدامة", set()),
    ("وكالة", "الوكالة الوطنية لمحو الأمية", set()),
    ("بنك", "البنك العربي للتنمية الريفية", set()),
    ("صندوق", "صندوق التضامن للمدارس الريفية", set()),
    ("مجلس", "المجلس الأعلى لفنون الخط", set()),
    ("أكاديمية", "أكاديمية العلوم المشرقية", set()),
    ("متحف", "متحف الحضارات الصحراوية", set()),
    ("مكتبة", "مكتبة النور العامة", set()),
    ("مجموعة", "مجموعة الفجر القابضة", set()),
    ("جمعية", "جمعية أصدقاء الكتاب", set()),
    ("معهد", "المعهد العالي للدراسات الأندلسية", set()),
    ("مركز-ليس-للإيسيسكو", "مركز الحكمة للدراسات الاستراتيجية", set()),
    ("سفارة", "سفارة مملكة تايلاند", {"THA"}),
    ("غرفة-بدولة", "غرفة التجارة والصناعة بدولة الكويت", {"KWT"}),
]

FRAMES_AR = [
    ("مذكرة-تفاهم", "وقعت الإيسيسكو مذكرة تفاهم مع {X} يوم الثلاثاء الماضي."),
    ("بالتعاون-مع-في-مدينة", "نظمت الإيسيسكو الندوة بالتعاون مع {X} في الرباط."),
    ("وفد-برئاسة", "استقبل المدير العام للإيسيسكو وفدا من {X} برئاسة الدكتور سالم العمري."),
    ("ممثلون-عن", "وشارك في الاجتماع ممثلون عن {X}."),
    ("بحضور-وعدد", "وعقد اللقاء بحضور ممثلين عن {X} وعدد من الخبراء."),
    ("تحت-رعاية", "تحت رعاية {X}، انطلقت أعمال الملتقى."),
    ("بين-x-والإيسيسكو", "عقدت الندوة بتنظيم مشترك بين {X} والإيسيسكو."),
    ("زيارة-في-مدينة", "زار المدير العام {X} في مدينة الدار البيضاء."),
]

KIND_ROWS_AR: list[Row] = [(f"kind-x-frame-ar-{kind}-{frame}", template.replace("{X}", name), {name}, countries)
                for kind, name, countries in BODIES_AR for frame, template in FRAMES_AR]

_AR = {kind: (name, countries) for kind, name, countries in BODIES_AR}
_PAIRS_AR = [("وزارة-بجمهورية", "مؤسسة"), ("جامعة-صفة", "بنك"), ("لجنة-وطنية", "متحف"),
             ("مجموعة", "جمعية"), ("صندوق", "معهد")]
PAIR_ROWS_AR: list[Row] = [
    (f"pair-ar-{frame}-{a}-{b}", template.replace("{X}", _AR[a][0]).replace("{Y}", _AR[b][0]),
     {_AR[a][0], _AR[b][0]}, _AR[a][1] | _AR[b][1])
    for a, b in _PAIRS_AR for frame, template in [
        ("بالتعاون-مع-x-وy", "نظمت الإيسيسكو المنتدى بالتعاون مع {X} و{Y}."),
        ("بمشاركة-x-وy", "انطلقت الدورة بمشاركة {X} و{Y} في العاصمة.")]]

OTHER_ROWS_AR: list[Row] = [
    ("owner-ar-التابعة-ل", "نظمت كلية الآداب التابعة لجامعة النخيل الدولية ندوة علمية.",
     {"جامعة النخيل الدولية"}, set()),
    ("boundary-ar-برئاسة", "التقى المدير العام وفد مؤسسة الأمل للتنمية المستدامة برئاسة رئيسها.",
     {"مؤسسة الأمل للتنمية المستدامة"}, set()),
    ("boundary-ar-date", "وقعت الإيسيسكو اتفاقية مع مكتبة النور العامة في 3 مارس 2025.",
     {"مكتبة النور العامة"}, set()),
    ("not-ar-icesco-centre", "نظم مركز الإيسيسكو للغة العربية للناطقين بغيرها دورة تدريبية.", set(), set()),
    ("not-ar-sector-prize", "أطلق قطاع التربية في الإيسيسكو جائزة الإيسيسكو للشعراء الشباب.", set(), set()),
    ("not-ar-isesco-old-name", "نظمت المنظمة الإسلامية للتربية والعلوم والثقافة ندوة حول التراث.", set(), set()),
    ("not-ar-generic-ministry", "رحبت الوزارة بالمبادرة.", set(), set()),
    ("not-ar-minister-title", "استقبل وزير الثقافة في جمهورية مالي المدير العام للإيسيسكو.", set(), {"MLI"}),
    ("not-ar-event", "افتتح المؤتمر الدولي للأمن المائي في الرباط.", set(), set()),
    ("country-ar-korean", "زار وفد كوري مقر المنظمة.", set(), {"KOR"}),
    ("country-ar-language", "ترجم الكتاب إلى اللغة التركية.", set(), set()),
]

# What icli does not meet yet, by family (each case stays, a strict xfail).
_GAP_REASONS = {
    "مركز-ليس-للإيسيسكو": "an indefinite مركز with definite words only, in an article naming ICESCO, is "
                          "read as ICESCO's own centre (partner.ar.own-kind): nothing in the words tells "
                          "another's centre from ICESCO's",
}
# ICESCO named in the sentence and no place right after the centre's name ("… في الرباط" tells it apart).
_ICESCO_NAMED_NO_PLACE = re.compile(r"^(?!.*الاستراتيجية في ).*إيسيسكو")
GAPS: dict[str, str] = {
    case_id: reason
    for case_id, text, *_ in KIND_ROWS_FR + PAIR_ROWS_FR + KIND_ROWS_AR for kind, reason in _GAP_REASONS.items()
    if f"-{kind}-" in case_id and (kind != "مركز-ليس-للإيسيسكو" or _ICESCO_NAMED_NO_PLACE.search(text))}


@pytest.mark.parametrize(("text", "partners", "countries"), cases(KIND_ROWS_FR + PAIR_ROWS_FR + OTHER_ROWS_FR, GAPS))
def test_french(text: str, partners: set[str], countries: set[str]) -> None:
    check("fr", text, partners, countries)


@pytest.mark.parametrize(("text", "partners", "countries"), cases(KIND_ROWS_AR + PAIR_ROWS_AR + OTHER_ROWS_AR, GAPS))
def test_arabic(text: str, partners: set[str], countries: set[str]) -> None:
    check("ar", text, partners, countries)
