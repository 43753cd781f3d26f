"""Shapes of partner sentences the grammar matrices (test_partner_matrix*.py) do not cross, in
English, French and Arabic (issue 21): three bodies listed with and/et/و, a body named in a
person's role ("Rector of X University" makes X University a partner; a minister's title alone
does not), a long name with its acronym in brackets, a ministry "of"/"in" a country, bodies whose
name holds a country word ("Egyptian Red Crescent", "Qatar Foundation": partners, no country
by the contract's fused-name rule), and ICESCO's own units (never partners) in new shapes.
Every body and person is invented; expected partners and countries were written by hand from
the contract before icli ran. A case icli does not meet yet is a strict xfail with its reason."""

from __future__ import annotations

import pytest

from tests.test_partner_matrix import Row, cases, check

EN: list[Row] = [
    ("en-list-three-and", "ICESCO signed agreements with the Amal Horizons Foundation, Kestrel Hill "
     "University and the Sahel Investment Bank.",
     {"Amal Horizons Foundation", "Kestrel Hill University", "Sahel Investment Bank"}, set()),
    ("en-list-serial-comma", "The forum was organized by the Nizam Academy of Sciences, the Oasis "
     "Heritage Museum, and the Zaytuna Public Library.",
     {"Nizam Academy of Sciences", "Oasis Heritage Museum", "Zaytuna Public Library"}, set()),
    ("en-between-x-and-y", "The agreement between the Crescent Fund for Rural Schools and the "
     "Institute of Andalusian Studies was signed at ICESCO headquarters.",
     {"Crescent Fund for Rural Schools", "Institute of Andalusian Studies"}, set()),
    ("en-list-two-ministries", "The meeting gathered the Ministry of Education of Chad and the "
     "Ministry of Culture of Niger.",
     {"Ministry of Education of Chad", "Ministry of Culture of Niger"}, {"TCD", "NER"}),
    ("en-list-own-centre-and-body", "ICESCO’s Center for Civilizational Dialogue and the Amal "
     "Horizons Foundation organized the seminar.", {"Amal Horizons Foundation"}, set()),
    ("en-role-rector", "Prof. Hamid Benali, Rector of Kestrel Hill University, opened the seminar "
     "held with ICESCO.", {"Kestrel Hill University"}, set()),
    ("en-role-president-before-name", "The President of the Amal Horizons Foundation, Dr. Leila "
     "Mansour, signed the agreement.", {"Amal Horizons Foundation"}, set()),
    ("en-role-dean-faculty-at", "Dr. Yusuf Kamara, Dean of the Faculty of Arts at Kestrel Hill "
     "University, gave a lecture.", {"Kestrel Hill University"}, set()),
    ("en-role-secretary-general-commission", "Mr. Ali Diop, Secretary-General of the Senegalese "
     "National Commission for Education, Science and Culture, took part in the meeting.",
     {"Senegalese National Commission for Education, Science and Culture"}, {"SEN"}),
    ("en-role-minister-title-alone", "H.E. Ms. Aisha Bello, Minister of Education of Nigeria, "
     "received the ICESCO delegation.", set(), {"NGA"}),
    ("en-acronym-long-name", "ICESCO and the Islamic Development Fund for Water and Agriculture "
     "(IDFWA) launched a joint programme.",
     {"Islamic Development Fund for Water and Agriculture"}, set()),
    ("en-acronym-union-co-organized", "The International Union of Manuscript Conservators (IUMC) "
     "co-organized the workshop with ICESCO.", {"International Union of Manuscript Conservators"},
     set()),
    ("en-acronym-then-alone", "ICESCO signed a memorandum with the African Network for Teacher "
     "Education (ANTE). Under the memorandum, ANTE will train 500 teachers.",
     {"African Network for Teacher Education"}, set()),
    ("en-ministry-of-y-of-state", "ICESCO and the Ministry of Awqaf and Islamic Affairs of the State "
     "of Kuwait signed an agreement.",
     {"Ministry of Awqaf and Islamic Affairs of the State of Kuwait"}, {"KWT"}),
    ("en-ministry-of-y-in-kingdom", "A delegation from the Ministry of National Education in the "
     "Kingdom of Morocco visited ICESCO.",
     {"Ministry of National Education in the Kingdom of Morocco"}, {"MAR"}),
    ("en-country-red-crescent", "ICESCO and the Egyptian Red Crescent distributed school kits in "
     "Cairo.", {"Egyptian Red Crescent"}, set()),
    ("en-country-qatar-foundation", "The Qatar Foundation hosted the ICESCO forum on education.",
     {"Qatar Foundation"}, set()),
    ("en-country-company", "The Saudi Electricity Company sponsored the ICESCO competition.",
     {"Saudi Electricity Company"}, set()),
    ("en-not-own-regional-office-city", "The ICESCO Regional Office in Tashkent organized a training "
     "course for museum curators.", set(), set()),
    ("en-not-own-organization-s-center", "ICESCO announced that the Organization’s Arabic Language "
     "Center for Non-Native Speakers launched a new course.", set(), set()),
    ("en-not-own-sector-at", "The Social and Human Sciences Sector at ICESCO held a webinar on "
     "youth.", set(), set()),
    ("en-not-own-programme", "The ICESCO Programme for Young Scientists awarded ten grants.", set(),
     set()),
    ("en-not-own-heritage-committee", "The Islamic World Heritage Committee of ICESCO inscribed "
     "twelve new sites.", set(), set()),
]

FR: list[Row] = [
    ("fr-liste-trois-et", "L’ICESCO a signé des accords avec la Fondation Horizons du Savoir, "
     "l’Université Al Qalam de Kénitra et la Banque africaine pour l’innovation rurale.",
     {"Fondation Horizons du Savoir", "Université Al Qalam de Kénitra",
      "Banque africaine pour l’innovation rurale"}, set()),
    ("fr-liste-partenariat-trois", "Le colloque a été organisé en partenariat avec l’Académie des "
     "sciences du Levant, le Groupe Atlas Horizons et l’Association des jeunes inventeurs.",
     {"Académie des sciences du Levant", "Groupe Atlas Horizons", "Association des jeunes inventeurs"},
     set()),
    ("fr-entre-x-et-y", "L’accord entre le Musée national des civilisations sahariennes et "
     "l’Institut des études andalouses a été signé au siège de l’ICESCO.",
     {"Musée national des civilisations sahariennes", "Institut des études andalouses"}, set()),
    ("fr-liste-deux-ministeres", "La réunion a rassemblé le ministère de l’Éducation du Tchad et le "
     "ministère de la Culture du Niger.",
     {"ministère de l’Éducation du Tchad", "ministère de la Culture du Niger"}, {"TCD", "NER"}),
    ("fr-centre-propre-et-fondation", "Le Centre de l’ICESCO pour le dialogue des civilisations et "
     "la Fondation Horizons du Savoir ont organisé le séminaire.", {"Fondation Horizons du Savoir"},
     set()),
    ("fr-role-recteur", "M. Hamid Benali, recteur de l’Université Al Qalam de Kénitra, a ouvert le "
     "séminaire.", {"Université Al Qalam de Kénitra"}, set()),
    ("fr-role-president-avant-nom", "Le président de la Fondation Horizons du Savoir, M. Karim Tazi, "
     "a signé l’accord avec l’ICESCO.", {"Fondation Horizons du Savoir"}, set()),
    ("fr-role-doyen-faculte", "M. Youssouf Kamara, doyen de la Faculté des lettres de l’Université "
     "Al Qalam de Kénitra, a donné une conférence.", {"Université Al Qalam de Kénitra"}, set()),
    ("fr-role-secretaire-commission", "Mme Awa Ndiaye, secrétaire générale de la Commission "
     "nationale sénégalaise pour l’éducation, la science et la culture, a pris part à la réunion.",
     {"Commission nationale sénégalaise pour l’éducation, la science et la culture"}, {"SEN"}),
    ("fr-role-ministre-seul", "Le ministre de l’Éducation nationale du Niger, M. Amadou Issa, a reçu "
     "la délégation de l’ICESCO.", set(), {"NER"}),
    ("fr-sigle-apres-nom", "L’ICESCO et l’Union internationale des restaurateurs de manuscrits "
     "(UIRM) ont organisé un atelier.", {"Union internationale des restaurateurs de manuscrits"},
     set()),
    ("fr-sigle-repris", "L’ICESCO a signé un mémorandum avec le Réseau africain pour la formation "
     "des enseignants (RAFE). Le RAFE formera 500 enseignants.",
     {"Réseau africain pour la formation des enseignants"}, set()),
    ("fr-ministere-de-la-republique", "L’ICESCO et le ministère des Affaires religieuses de la "
     "République de Djibouti ont signé un accord.",
     {"ministère des Affaires religieuses de la République de Djibouti"}, {"DJI"}),
    ("fr-ministere-du-pays-delegation", "Une délégation du ministère de la Culture du Burkina Faso a "
     "visité l’ICESCO.", {"ministère de la Culture du Burkina Faso"}, {"BFA"}),
    ("fr-pays-croissant-rouge", "L’ICESCO et le Croissant-Rouge égyptien ont distribué des "
     "fournitures scolaires.", {"Croissant-Rouge égyptien"}, set()),
    ("fr-pays-compagnie", "La Compagnie saoudienne d’électricité a parrainé le concours de "
     "l’ICESCO.", {"Compagnie saoudienne d’électricité"}, set()),
    ("fr-pas-bureau-regional-ville", "Le Bureau régional de l’ICESCO à Tachkent a organisé une "
     "formation pour les conservateurs de musées.", set(), set()),
    ("fr-pas-centre-langue", "Le Centre de l’ICESCO pour l’enseignement de la langue arabe aux "
     "non-arabophones a lancé un nouveau cours.", set(), set()),
    ("fr-pas-secteur", "Le Secteur des sciences humaines et sociales de l’ICESCO a tenu un webinaire "
     "sur la jeunesse.", set(), set()),
    ("fr-pas-prix", "L’ICESCO a décerné le Prix ICESCO de la recherche scientifique à trois "
     "chercheuses.", set(), set()),
]

AR: list[Row] = [
    ("ar-list-three-و", "وقعت الإيسيسكو اتفاقيات مع مؤسسة الأمل للتنمية المستدامة وجامعة النخيل "
     "الدولية والبنك العربي للتنمية الريفية.",
     {"مؤسسة الأمل للتنمية المستدامة", "جامعة النخيل الدولية", "البنك العربي للتنمية الريفية"}, set()),
    ("ar-list-comma-و", "شارك في الملتقى متحف الحضارات الصحراوية، ومكتبة النور العامة، وجمعية "
     "أصدقاء الكتاب.", {"متحف الحضارات الصحراوية", "مكتبة النور العامة", "جمعية أصدقاء الكتاب"},
     set()),
    ("ar-between-x-and-y", "وقعت الاتفاقية بين أكاديمية العلوم المشرقية والمعهد العالي للدراسات "
     "الأندلسية في مقر الإيسيسكو.", {"أكاديمية العلوم المشرقية", "المعهد العالي للدراسات الأندلسية"},
     set()),
    ("ar-participation-three", "انطلقت الدورة بمشاركة صندوق التضامن للمدارس الريفية ومجموعة الفجر "
     "القابضة والوكالة الوطنية لمحو الأمية.",
     {"صندوق التضامن للمدارس الريفية", "مجموعة الفجر القابضة", "الوكالة الوطنية لمحو الأمية"}, set()),
    ("ar-list-two-ministries", "جمع الاجتماع وزارة التربية في جمهورية تشاد ووزارة الثقافة في "
     "جمهورية النيجر.", {"وزارة التربية في جمهورية تشاد", "وزارة الثقافة في جمهورية النيجر"},
     {"TCD", "NER"}),
    ("ar-own-centre-and-body", "أطلق مركز الإيسيسكو للحوار الحضاري ومؤسسة الأمل للتنمية المستدامة "
     "برنامجا جديدا.", {"مؤسسة الأمل للتنمية المستدامة"}, set()),
    ("ar-role-rector", "افتتح الدكتور حامد بنعلي، رئيس جامعة النخيل الدولية، الندوة بالتعاون مع "
     "الإيسيسكو.", {"جامعة النخيل الدولية"}, set()),
    ("ar-role-president-before-name", "وقع رئيس مؤسسة الأمل للتنمية المستدامة، الدكتور كريم الطاهري، "
     "الاتفاقية مع الإيسيسكو.", {"مؤسسة الأمل للتنمية المستدامة"}, set()),
    ("ar-role-dean-faculty", "ألقى الدكتور يوسف كمارا، عميد كلية الآداب بجامعة النخيل الدولية، "
     "محاضرة في الندوة.", {"جامعة النخيل الدولية"}, set()),
    ("ar-role-secretary-general-commission", "وشارك في الاجتماع السيد علي ديوب، الأمين العام للجنة "
     "الوطنية السنغالية للتربية والعلوم والثقافة.",
     {"اللجنة الوطنية السنغالية للتربية والعلوم والثقافة"}, {"SEN"}),
    ("ar-role-minister-title-alone", "استقبلت وزيرة التربية في جمهورية النيجر، السيدة عائشة بيلو، "
     "وفد الإيسيسكو.", set(), {"NER"}),
    ("ar-acronym-latin", "نظمت الإيسيسكو والاتحاد الدولي لمرممي المخطوطات (IUMC) ورشة تدريبية.",
     {"الاتحاد الدولي لمرممي المخطوطات"}, set()),
    ("ar-ministry-بدولة-run-on", "وقعت الإيسيسكو ووزارة الأوقاف والشؤون الإسلامية بدولة الكويت "
     "اتفاقية تعاون.", {"وزارة الأوقاف والشؤون الإسلامية بدولة الكويت"}, {"KWT"}),
    ("ar-ministry-في-run-on", "وقعت وزارة التربية الوطنية في جمهورية مالي اتفاقية تعاون مع "
     "الإيسيسكو.", {"وزارة التربية الوطنية في جمهورية مالي"}, {"MLI"}),
    ("ar-council-بالمملكة", "استقبل المدير العام وفدا من المجلس الأعلى للتعليم بالمملكة الأردنية "
     "الهاشمية.", {"المجلس الأعلى للتعليم بالمملكة الأردنية الهاشمية"}, {"JOR"}),
    ("ar-country-red-crescent", "وزعت الإيسيسكو والهلال الأحمر المصري حقائب مدرسية في القاهرة.",
     {"الهلال الأحمر المصري"}, set()),
    ("ar-country-qatar-foundation", "استضافت مؤسسة قطر منتدى الإيسيسكو حول التعليم.",
     {"مؤسسة قطر"}, set()),
    ("ar-not-own-regional-office", "نظم مكتب الإيسيسكو الإقليمي في طشقند دورة تدريبية لأمناء "
     "المتاحف.", set(), set()),
    ("ar-not-own-sector", "عقد قطاع العلوم الإنسانية والاجتماعية بالإيسيسكو ندوة افتراضية حول "
     "الشباب.", set(), set()),
    ("ar-not-own-prize", "منحت الإيسيسكو جائزة الإيسيسكو للبحث العلمي لثلاث باحثات.", set(), set()),
]

# What icli does not meet yet (each case stays, a strict xfail with its reason).
_ANY_BODY_S_ADJECTIVE = ("French counts a demonym inside any body's name as its country (countries.py, "
                         "rule country.fr.in-organization: 'ministère marocain', and so 'Compagnie "
                         "saoudienne'); the contract's fused-name rule ('Russian House') says no: the "
                         "lead to decide")
GAPS: dict[str, str] = {
    "fr-pays-croissant-rouge": _ANY_BODY_S_ADJECTIVE,
    "fr-pays-compagnie": _ANY_BODY_S_ADJECTIVE,
    "ar-country-red-crescent": "'الهلال' is no head of a body's name in partners_ar.py (it is also the "
                               "moon's crescent: 'رؤية الهلال'); only 'الهلال الأحمر' would be one",
}


@pytest.mark.parametrize(("text", "partners", "countries"), cases(EN, GAPS))
def test_english_shapes(text: str, partners: set[str], countries: set[str]) -> None:
    check("en", text, partners, countries)


@pytest.mark.parametrize(("text", "partners", "countries"), cases(FR, GAPS))
def test_french_shapes(text: str, partners: set[str], countries: set[str]) -> None:
    check("fr", text, partners, countries)


@pytest.mark.parametrize(("text", "partners", "countries"), cases(AR, GAPS))
def test_arabic_shapes(text: str, partners: set[str], countries: set[str]) -> None:
    check("ar", text, partners, countries)
