"""The word lists extraction matches: people's titles, particles and roles, organizations'
head nouns and acronyms, ICESCO's own names, offices and portfolios (country names and
demonyms are in country_tables.py).

Lists that depend on the language of the text say which in their section: English ones are
unmarked, French and Arabic ones are named with their code (`HONORIFIC_WORDS_FR`, `REGNAL_AR`).
Standard library only at import (queries read the name lists).
"""

from __future__ import annotations

import re
from functools import lru_cache

# --- people (English) --------------------------------------------------------------------------

# Particles that belong to a surname ("Al Qasimi", "El Gebaly", "Ould Amar", "van Dijk").
SURNAME_PARTICLES = {"al", "el", "al-", "el-", "de", "da", "du", "van", "von", "der", "ould",
                     "abu", "bou", "ben", "le", "la", "di", "del"}
# Particles anywhere in a name that never start or end one ("bin", "bint").
NAME_PARTICLES = SURNAME_PARTICLES | {"bin", "bint", "ibn", "abd", "binti", "ould"}
# Particles a name never starts with.
NAME_START_NOT = {"bin", "bint", "ibn", "binti"}

# Titles before a name (regular expressions: dots optional, spaces inside some).
HONORIFIC_WORDS = [
    r"Dr\.?", r"Mr\.?", r"Ms\.?", r"Mrs\.?", r"Miss", r"Prof\.?", r"Eng\.?", r"Amb\.?",
    r"Mme\.?", r"Mlle\.?", r"Pr\.?", r"H\.\s?E\.?", r"HE", r"HH", r"HRH", r"H\.\s?H\.?",
    r"His Excellency", r"Her Excellency", r"His Highness", r"Her Highness",
    r"His Royal Highness", r"Her Royal Highness", r"His Majesty", r"Her Majesty", r"Professor",
    r"Doctor", r"Ambassador", r"Sheikh", r"Sheikha", r"Shaikh", r"Shaikha", r"Sayyid",
    r"Sayyida", r"President", r"Vice-President", r"Vice President", r"Minister",
    r"Prime Minister", r"Rais", r"Imam", r"Judge", r"Prince", r"Princess", r"Queen", r"King",
    r"Emir", r"Madam", r"Engineer", r"Senator", r"Mayor", r"Governor", r"Secretary-General",
    r"Director-General", r"Deputy Director-General",
]
# Words that can start a role given after a name ("Dr. X, Director-General of ICESCO").
ROLE_WORDS = {
    "Director", "Director-General", "Deputy", "Head", "Minister", "Ambassador", "President",
    "Vice", "Secretary", "Secretary-General", "Chairman", "Chairwoman", "Chairperson", "Chair",
    "Chief", "CEO", "Founder", "Co-founder", "Rector", "Dean", "Professor", "Advisor", "Adviser",
    "Expert", "Governor", "Mayor", "Member", "Permanent", "Representative", "Consul",
    "Coordinator", "Manager", "Executive", "Assistant", "Undersecretary", "Under-Secretary",
    "Speaker", "Prime", "First", "Crown", "Emir", "King", "Commissioner", "Researcher",
    "Specialist", "Officer", "Counsellor", "Counselor", "Spokesperson", "Rais", "Editor",
    "Lecturer", "Delegate", "Envoy", "Mufti", "Imam", "Senior", "Acting", "Honorary", "Former",
    "Grand", "Supervisor", "Consultant", "Leader", "Partner", "Programme", "Program", "Project",
    "Strategy", "Chargé", "Charge",
}
# Capitalized words that never belong to a person's name.
NOT_NAME_WORDS = {
    "The", "In", "On", "At", "And", "Of", "For", "During", "With", "From", "By", "This", "ICESCO",
    "ISESCO", "Organization", "University", "Ministry", "Kingdom", "Republic", "State", "Member",
    "States", "Islamic", "World", "Meanwhile", "Moreover", "Furthermore", "Also", "Both", "His",
    "Her", "Their", "Its", "Under", "Following", "After", "Before", "Besides", "Additionally",
    "Center", "Centre", "Council", "Sector", "Department", "General", "Secretariat",
}
# Words of places' names: a name holding one is no person ("King Fahd Cultural City").
PLACE_WORDS = {
    "City", "Street", "Avenue", "Square", "Park", "Airport", "Port", "Road", "District",
    "Province", "Palace", "Hall", "Mosque", "Tower", "Island", "Stadium", "Bridge", "Village",
    "Oasis", "Valley", "Gardens", "Boulevard", "Campus", "Museum", "Hotel",
}
# ICESCO's head: named by role alone, he is whoever held the role at the article's date.
OWN_HEAD_ROLES = ("Director-General of ICESCO", "Director-General of ISESCO")
# ICESCO's (ISESCO's until 2020) Directors-General and their terms of office: first and last
# day (None: still in office). A role named alone links to the holder on the article's date,
# never to anyone outside their term.
OWN_HEADS: tuple[tuple[str, str | None, str | None], ...] = (
    ("Abdulaziz Othman Altwaijri", "1991-01-01", "2019-04-30"),
    ("Salim M. AlMalik", "2019-05-01", None),
)

# A country word followed by one of these is part of an organization's or a place's name
# ("Kuwait Airways", "the Jordan River").
NOT_COUNTRY_AFTER = {
    "airways", "airlines", "university", "bank", "fund", "petroleum", "news", "times", "post",
    "ocean", "sea", "peninsula", "gulf", "language", "languages", "speaking", "speakers",
    "translation", "version", "edition", "national", "river",
}

# Well-known organizations by acronym, for acronyms used without being spelled out.
PARTNER_ACRONYMS: dict[str, str] = {
    "ALECSO": "Arab League Educational, Cultural and Scientific Organization",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "UNDP": "United Nations Development Programme",
    "UNICEF": "United Nations Children's Fund",
    "UNHCR": "United Nations High Commissioner for Refugees",
    "UNRWA": "United Nations Relief and Works Agency for Palestine Refugees",
    "UNEP": "United Nations Environment Programme",
    "UNIDO": "United Nations Industrial Development Organization",
    "UNAOC": "United Nations Alliance of Civilizations",
    "UN": "United Nations",
    "OIC": "Organization of Islamic Cooperation",
    "IsDB": "Islamic Development Bank",
    "IOFS": "Islamic Organization for Food Security",
    "IRCICA": "Research Centre for Islamic History, Art and Culture",
    "KAICIID": "King Abdullah bin Abdulaziz International Centre for Interreligious and "
    "Intercultural Dialogue",
    "ABEGS": "Arab Bureau of Education for the Gulf States",
    "GCC": "Gulf Cooperation Council",
    "ASEAN": "Association of Southeast Asian Nations",
    "FAO": "Food and Agriculture Organization",
    "WIPO": "World Intellectual Property Organization",
    "WFP": "World Food Programme",
    "ITU": "International Telecommunication Union",
    "TÜBİTAK": "Scientific and Technological Research Council of Türkiye",
    "TIKA": "Turkish Cooperation and Coordination Agency",
    "KSrelief": "King Salman Humanitarian Aid and Relief Centre",
    "USAID": "United States Agency for International Development",
    "JICA": "Japan International Cooperation Agency",
    "KOICA": "Korea International Cooperation Agency",
    "AOU": "Arab Open University",
}

# ICESCO itself under its current and former names: never a partner.
OWN_NAMES = {"icesco", "isesco"}

# --- organizations (English) -------------------------------------------------------------------

# ICESCO's own centres, named without "ICESCO’s": never partners (any spelling of Centre).
OWN_BODIES = ("Islamic World Heritage Centre", "Calligraphy and Manuscripts Centre",
              "Arabic Language Centre for Non-Native Speakers")

# English names of ICESCO's organs: a name starting with one of these is never a partner.
OWN_ORGANS = ("Executive Council", "General Conference", "Islamic World Heritage Committee")

# Head nouns of organizations' names.
ORG_HEADS = {
    "University", "Ministry", "Foundation", "Organization", "Organisation", "Center", "Centre",
    "Institute", "Academy", "Council", "Bank", "Fund", "Agency", "Authority", "Commission",
    "Company", "Corporation", "Association", "Federation", "Union", "League", "Embassy",
    "Museum", "Library", "Society", "Network", "Alliance", "Chamber", "Committee", "Bureau",
    "Airways", "Airlines", "Group", "School", "College", "Observatory", "Parliament", "Court",
    "Board", "Trust", "Administration", "Innovations", "Technologies", "Directorate", "Coalition",
    "Assembly", "House", "Senate",
}
# Heads that name an organization only with their complement ("House of Councilors").
HEADS_WITH_COMPLEMENT = {"House"}
# Words that alone before a head make no name ("National Commission", "General Secretariat").
GENERIC_ORG_WORDS = {
    "National", "General", "Supreme", "Higher", "High", "Executive", "Permanent", "Joint",
    "Central", "Regional", "International", "Federal", "Public", "Technical", "Scientific",
    "Advisory", "Organizing", "Organising", "Preparatory", "Steering", "Standing",
}
# Words before "Center" or "Hall" that make a venue, not a partner ("Expo Center").
VENUE_WORDS = {"Expo", "Exhibition", "Exhibitions", "Convention", "Conference", "Congress",
               "Events", "Trade", "Fair", "Fairs"}
# Named things that are not organizations: events, programmes, prizes.
EVENT_HEADS = {
    "Festival", "Fair", "Forum", "Conference", "Congress", "Summit", "Workshop", "Session", "Week",
    "Day", "Award", "Prize", "Contest", "Competition", "Initiative", "Project", "Programme",
    "Program", "Training", "Exhibition", "Campaign", "Course", "Index", "Report", "Strategy",
    "Plan", "Olympiad", "Biennale", "Symposium", "Seminar",
}
# Small words inside an organization's name ("Ministry of Culture", "Dar al Hadith").
NAME_CONNECTORS = {"of", "for", "and", "the", "on", "de", "des", "du", "la", "&", "al", "el",
                   "bin", "bint", "ibn"}
# Words after an organization's head noun ("Ministry of ...").
HEAD_STOPPERS = {"of", "for", "on", "in", "to"}
# Capitalized words before an organization's name that are not part of it.
LEADING_NOISE = {
    "The", "A", "An", "In", "At", "During", "On", "With", "And", "Both", "This", "Its", "Their",
    "His", "Her", "Our", "Meanwhile", "Moreover", "Furthermore", "Also", "Under", "By", "From",
    "For", "To", "As", "Following", "Prior", "Through", "Between", "Among", "While", "Within",
}
# Words ending in -ing that are not verbs (a name may start with them).
NOT_GERUNDS = {"King", "Beijing", "Spring", "Wing", "Ring"}
# "ICESCO’s X", "the Organization’s X": X is one of ICESCO's units, not a partner.
OWNER_WORDS = {"ICESCO’s", "ICESCO's", "Organization’s", "Organization's", "ISESCO’s", "ISESCO's"}


@lru_cache(maxsize=1)
def acronyms_by_name() -> dict[str, str]:
    """A well-known organization's full name (org_norm) → its acronym."""
    return {org_norm(full): acronym for acronym, full in PARTNER_ACRONYMS.items()}


_THE = re.compile(r"\bthe\b")
_SPELLINGS = (("organisation", "organization"), ("centre", "center"), ("programme", "program"))


@lru_cache(maxsize=8192)
def org_norm(name: str) -> str:
    """An organization's name compared: name_norm with British and American spellings as one
    ("Organisation of Islamic Cooperation" = "Organization of Islamic Cooperation") and "the"
    left out ("Federation of the Universities of the Islamic World")."""
    from icli.text.normalize import name_norm

    norm = name_norm(_THE.sub(" ", name) if "the" in name else name)
    for british, american in _SPELLINGS:
        norm = norm.replace(british, american)
    return norm


# --- French ------------------------------------------------------------------------------------

# Titles before a name ("Dr Salim M. AlMalik", "S.E. M. Mamadou Saliou Camara", "S.E.M. X").
HONORIFIC_WORDS_FR = [
    r"Dr\.?", r"Docteur", r"Docteure", r"M\.", r"MM\.", r"Mme", r"Mmes", r"Mlle", r"Pr\.?",
    r"Professeur", r"Professeure", r"S\.\s?E\.\s?M\.", r"S\.\s?E\.?", r"S\.\s?A\.\s?R\.?",
    r"S\.\s?M\.?",
    r"Son Excellence", r"Sa Majesté", r"Son Altesse", r"Cheikh", r"Cheikha", r"Ambassadeur",
    r"Ambassadrice", r"Ministre", r"Président", r"Présidente", r"Maître", r"Ing\.?",
]
# Words that start a role given after a name ("…, ministre de l’Éducation"), lower case.
ROLE_WORDS_FR = {
    "directeur", "directrice", "ministre", "vice-ministre", "ambassadeur", "ambassadrice",
    "président", "présidente", "vice-président", "vice-présidente", "premier", "première",
    "secrétaire", "sous-secrétaire", "recteur", "rectrice", "doyen", "doyenne", "chef", "cheffe",
    "expert", "experte", "conseiller", "conseillère", "coordinateur", "coordinatrice",
    "responsable", "délégué", "déléguée", "représentant", "représentante", "gouverneur", "maire",
    "professeur", "professeure", "chercheur", "chercheuse", "fondateur", "fondatrice", "membre",
    "consul", "chargé", "chargée", "porte-parole", "commissaire", "haut", "haute", "adjoint",
    "adjointe", "envoyé", "envoyée", "sous-directeur", "sous-directrice", "administrateur",
    "administratrice", "député", "députée", "sénateur", "sénatrice", "roi", "émir", "prince",
}
# Organizations' head nouns in French (matched with any case of the first letter).
ORG_HEADS_FR = {
    "ministère", "université", "commission", "conseil", "assemblée", "chambre", "bureau",
    "agence", "fondation", "association", "institut", "centre", "organisation", "académie",
    "office", "ambassade", "union", "fédération", "banque", "fonds", "observatoire", "ligue",
    "parlement", "sénat", "haut-commissariat",
    "alliance", "réseau", "école", "musée", "bibliothèque", "comité", "autorité", "société",
}
# Well-known bodies whose French acronym differs from the English one: French acronym →
# (English acronym, French name).
PARTNER_ACRONYMS_FR: dict[str, tuple[str, str]] = {
    "PNUD": ("UNDP", "Programme des Nations unies pour le développement"),
    "OCI": ("OIC", "Organisation de la coopération islamique"),
    "BID": ("IsDB", "Banque islamique de développement"),
    "PNUE": ("UNEP", "Programme des Nations unies pour l’environnement"),
    "ONUDI": ("UNIDO", "Organisation des Nations unies pour le développement industriel"),
    "HCR": ("UNHCR", "Haut-Commissariat des Nations unies pour les réfugiés"),
    "OMPI": ("WIPO", "Organisation mondiale de la propriété intellectuelle"),
    "PAM": ("WFP", "Programme alimentaire mondial"),
    "UIT": ("ITU", "Union internationale des télécommunications"),
    "CCG": ("GCC", "Conseil de coopération du Golfe"),
    "OIAS": ("IOFS", "Organisation islamique pour la sécurité alimentaire"),
    "ONU": ("UN", "Organisation des Nations unies"),
}


def english_acronym(acronym: str) -> str:
    """The English acronym of a body whose French one differs ("PNUD" → "UNDP"), else the
    acronym as given: one partner key in both languages, and one lookup for either."""
    return PARTNER_ACRONYMS_FR.get(acronym, (acronym, ""))[0]


# Heads of the state bodies an official speaks for: named only in a role, not partners.
AFFILIATION_HEADS_FR = ("ambassade", "ministère")
# Lower-case words inside an organization's French name after its head.
ORG_NAME_WORDS_FR = {
    "national", "nationale", "nationaux", "nationales", "international", "internationale",
    "régional", "régionale", "supérieur", "supérieure", "scientifique", "scientifiques",
    "pré-universitaire", "économique", "social", "sociale", "culturel", "culturelle",
    "islamique", "arabe", "africain", "africaine", "mondial", "mondiale", "populaire",
    "représentants", "députés", "conseillers", "éducation", "science", "sciences", "culture",
    "arts", "lettres", "recherche", "enseignement", "alphabétisation", "jeunesse", "sports",
    "patrimoine", "tourisme", "antiquités", "communication", "formation", "professionnelle",
    "innovation", "affaires", "étrangères", "coopération", "développement", "santé",
    "environnement", "technologie", "technologies", "information", "numérique", "religieuses",
    "habous", "famille", "femme", "femmes", "enfance", "emploi", "travail", "agriculture",
    "finances", "économie", "intérieur", "justice", "langue", "langues", "droits", "homme",
    "polytechnique", "ouverte", "virtuelle", "migrations", "francophonie", "nations", "unies",
}
# Endings of French adjectives, which continue an organization's name in lower case
# ("Organisation des États turciques", "pour la performance éducative").
ADJECTIVE_ENDINGS_FR = (
    "ique", "iques", "ien", "iens", "ienne", "iennes", "éen", "éens", "éenne", "éennes", "al",
    "ale", "ales", "aux", "el", "elle", "elles", "els", "if", "ifs", "ive", "ives", "aire",
    "aires", "ain", "aine", "ains", "aines", "ais", "aise", "aises",
)
# Lower-case words that never continue an organization's name, though they look as if they could.
NOT_ORG_NAME_WORDS_FR = {
    "première", "premier", "fois", "cadre", "occasion", "suite", "part", "sein", "lors", "afin",
    "ainsi", "également", "notamment", "mais", "mardi", "lundi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche", "matin", "soir", "mal", "tel", "telle", "quel", "quelle", "annuel",
    "annuelle", "prochain", "prochaine", "dernier", "dernière", "actuel", "actuelle", "local",
    "spécial", "principal", "général", "générale", "total", "final", "finale", "initial",
    "essentiel", "essentielle", "officiel", "officielle", "jamais", "frais",
}
# Connectors inside an organization's French name ("de l’", "pour", "et").
ORG_CONNECTORS_FR = {"de", "du", "des", "la", "le", "les", "pour", "et"}
# Head nouns of ICESCO's own organs and things that are not partners, in French.
NOT_PARTNER_HEADS_FR = {
    "secteur", "prix", "liste", "programme", "forum", "festival", "conférence", "congrès",
    "sommet", "atelier", "séminaire", "colloque", "salon", "semaine", "journée", "concours",
    "initiative", "projet", "plan", "stratégie", "groupe", "campagne", "exposition",
}
# French names of ICESCO's organs: a name starting with one of these is never a partner.
OWN_ORGANS_FR = ("Conseil exécutif", "Conférence générale", "Comité du patrimoine",
                 "Secrétariat général", "Direction générale")

# --- Arabic ------------------------------------------------------------------------------------

# Titles before a name, as whole words ("الدكتور سالم بن محمد المالك", "معالي الدكتورة رنا الخطيب").
HONORIFIC_WORDS_AR = [
    "الدكتور", "الدكتورة", "د.", "معالي", "سعادة", "السيد", "السيدة", "الأستاذ", "الأستاذة",
    "الأستاذ الدكتور", "فخامة", "سمو", "صاحب السمو", "صاحبة السمو", "صاحب السمو الملكي",
    "صاحب الجلالة", "جلالة", "عطوفة", "الشيخ", "الشيخة", "المهندس", "المهندسة", "البروفيسور",
    "سماحة", "الآنسة", "السفير", "السفيرة", "الملك", "الملكة", "الأمير", "الأميرة",
]
# Honorifics that are also the person's role when the text gives no other ("الملك").
HONORIFIC_ROLES_AR = ("الملك", "الملكة", "الأمير", "الأميرة", "السفير", "السفيرة")
# Regnal numbers after a sovereign's name ("محمد السادس"): part of the name, never an alias.
REGNAL_AR = {"اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"}
# Words that start a role after a name ("…، وزيرة الثقافة"), as folded keys (arabic_word_key).
ROLE_WORDS_AR = {
    "مدير", "مديره", "نايب", "وزير", "وزيره", "سفير", "سفيره", "رييس", "رييسه", "امين",
    "مستشار", "مستشاره", "خبير", "خبيره", "مندوب", "مندوبه", "قايم", "عميد", "عميده", "استاذ",
    "استاذه", "منسق", "منسقه", "ممثل", "ممثله", "محافظ", "عضو", "كاتب", "وكيل", "مساعد",
    "امير", "ملك", "قنصل", "باحث", "باحثه", "مفوض", "نايبه", "والي", "سكرتير", "ملحق",
    "حاكم", "مسوول", "مسووله", "كاتبه", "مشرف", "مشرفه",
}
# ICESCO's head: "المدير العام" (not after نائب), as folded keys of its two words.
OWN_HEAD_AR = ("مدير", "عام")
# Organizations' head nouns, as folded keys.
ORG_HEADS_AR = {
    "وزاره", "جامعه", "لجنه", "مجلس", "هييه", "موسسه", "جمعيه", "منظمه", "مكتب", "مركز",
    "معهد", "اكاديميه", "سفاره", "اتحاد", "ديوان", "بنك", "صندوق", "وكاله", "رابطه", "غرفه",
    "برلمان", "كليه", "مرصد", "متحف", "مكتبه", "شبكه", "مجمع", "هيىه", "مصرف",
}
# Generic heads that only refer back to a body named before when followed by a demonym or
# nothing ("المؤسسة الكورية"), and organs of another body ("الجمعية العامة للجنة …").
ORGAN_WORDS_AR = {"جمعيه عامه", "مجلس تنفيذي", "مكتب تنفيذي", "امانه عامه", "مجلس اداره",
                  "هييه عامه"}
# ICESCO's former names in Arabic, as folded word keys: ICESCO itself, never a partner.
OWN_NAMES_AR = (("منظمه", "اسلاميه", "تربيه", "علوم", "ثقافه"),
                ("منظمه", "عالم", "اسلامي", "تربيه", "علوم", "ثقافه"))
# Organizations Arabic pages name by their acronym alone, after the dual "منظمتي" or anywhere.
ACRONYMS_AR = {"يونسكو": "UNESCO", "الكسو": "ALECSO", "يونيسف": "UNICEF", "فاو": "FAO"}
# Before an organization's head, these make it part of another name (an event, a prize).
NOT_PARTNER_BEFORE_AR = {
    "منتدي", "مهرجان", "موتمر", "موتمرات", "قمه", "ندوه", "ورشه", "جايزه", "برنامج", "مبادره",
    "مسابقه", "معرض", "اسبوع", "يوم", "دوره", "قايمه", "مشروع",
}
# Words that end an Arabic organization's name (prepositions, adverbs), as folded keys.
NAME_STOPS_AR = {
    "في", "من", "علي", "الي", "عن", "مع", "حول", "خلال", "بعد", "قبل", "عند", "لدي", "حيث", "ثم",
    "الذي", "التي", "الذين", "يوم", "بحضور", "بمشاركه", "بالتعاون", "بالشراكه", "بالتنسيق", "او",
    "كما", "وقد", "ان", "انه", "بين", "منذ", "لبحث", "بهدف", "امس", "غدا", "ضمن", "ذلك", "هذا",
    "هذه", "تلك", "هو", "هي", "هم", "عبر", "لدعم", "اجل", "نحو", "دون", "غير", "كل", "جميع",
}
# Prepositions as written, also glued to "و" ("وإلى" is not the role word "والي").
PREPOSITIONS_AR = {"إلى", "على", "في", "من", "عن", "مع", "لدى", "حول", "خلال", "بعد", "قبل"}
# Words that fold like a stop word but are names as written ("علي", not the preposition "على").
NAMES_NOT_STOPS_AR = {"علي"}
# Verbs that open ICESCO's Arabic news sentences, as folded keys: a name never runs across one
# ("استقبل فؤاد المنصوري رئيس الحكومة").
VERBS_AR = {
    "استقبل", "يستقبل", "تستقبل", "بحث", "يبحث", "تبحث", "التقي", "يلتقي", "تلتقي", "اكد", "يوكد",
    "توكد", "اشاد", "يشيد", "تشيد", "وقع", "يوقع", "توقع", "وقعت", "شارك", "يشارك", "تشارك",
    "القي", "يلقي", "افتتح", "يفتتح", "تفتتح", "زار", "يزور", "قدم", "يقدم", "تقدم", "اشار",
    "يشير", "دعا", "يدعو", "اعلن", "يعلن", "تعلن", "حضر", "يحضر", "اوضح", "يوضح", "نوه", "ثمن",
    "عقد", "يعقد", "تعقد", "نظم", "ينظم", "تنظم", "اطلق", "يطلق", "تطلق", "تسلم", "سلم", "قال",
    "يقول", "اختتم", "استعرض", "يستعرض", "اعرب", "يعرب", "تراس", "يتراس", "راس",
    "هنا", "يهني", "شهد", "يشهد", "تشهد", "ناقش", "يناقش", "اجري", "يجري", "كرم", "يكرم",
    "تكرم", "منح", "يمنح", "رحب", "يرحب", "عبر", "يعبر", "جدد", "يجدد", "اكدت", "اشادت", "قالت",
    "استقبلت", "بحثت", "شاركت", "التقت", "اعلنت", "نظمت", "عقدت", "اطلقت", "افتتحت", "قدمت",
}
# Words inside a role that stay in it though indefinite ("سفير جمهورية مالي لدى المغرب"): a
# preposition keeps the role open for its object.
ROLE_LINKS_AR = {"لدي", "في", "عن", "بين"}
# Places a role is held in ("والي جهة فاس مكناس"): the role runs to the end of its clause.
ROLE_PLACES_AR = {"جهه", "ولايه", "اقليم", "محافظه", "منطقه", "مدينه", "عماله", "بلديه"}
# Words that may follow "في" inside an organization's name ("وزارة … في جمهورية أذربيجان").
STATE_WORDS_AR = {"جمهوريه", "مملكه", "دوله", "سلطنه", "اماره", "امارات"}
# First names of two words ("عبد الإله" is one first name).
ARABIC_COMPOUND_FIRST = {"عبد", "أبو", "ابو"}

# ICESCO's own leaders in Arabic → their English names: the one transliteration table, used
# only for ICESCO's leadership (anyone else is joined across scripts only by role and date).
LEADERSHIP_ARABIC: dict[str, str] = {
    "سالم بن محمد المالك": "Salim M. AlMalik",
    "عبد الإله بنعرفة": "Abdelilah Benarafa",
    "عبد العزيز بن عثمان التويجري": "Abdulaziz Othman Altwaijri",
}

# A French country word after one of these names a river or a language, not the state.
NOT_COUNTRY_AFTER_FR = {"fleuve", "rivière", "langue", "langues"}

# --- roles across languages --------------------------------------------------------------------

# Offices that name one holder per country (and portfolio, for ministers), in each language:
# the same office at the same country on the same dates is one person across scripts.
OFFICES: dict[str, tuple[str, ...]] = {
    "prime-minister": ("prime minister", "premier ministre", "رئيس الحكومة", "رئيس الوزراء",
                       "رئيسة الحكومة", "رئيس مجلس الوزراء"),
    "head-of-state": ("president of the republic", "président de la république",
                      "رئيس الجمهورية", "رئيسة الجمهورية", "رئيس جمهورية", "رئيسة جمهورية"),
    "minister": ("minister", "ministre", "وزير", "وزيرة"),
    "ambassador": ("ambassador", "ambassadeur", "ambassadrice", "سفير", "سفيرة"),
}
# Ministers' portfolios in each language ("Minister of Culture" = "وزيرة الثقافة").
PORTFOLIOS: dict[str, tuple[str, ...]] = {
    "culture": ("culture", "cultural affairs", "affaires culturelles", "الثقافة",
                "الشؤون الثقافية"),
    "education": ("education", "national education", "éducation", "éducation nationale",
                  "التربية", "التربية الوطنية", "التعليم", "التربية والتعليم"),
    "higher-education": ("higher education", "enseignement supérieur", "التعليم العالي"),
    "science": ("science", "sciences", "scientific research", "recherche scientifique", "العلوم",
                "البحث العلمي"),
    "foreign-affairs": ("foreign affairs", "affaires étrangères", "الخارجية",
                        "الشؤون الخارجية"),
    "religious-affairs": ("religious affairs", "awqaf", "islamic affairs", "affaires religieuses",
                          "habous", "الأوقاف", "الشؤون الدينية", "الشؤون الإسلامية"),
    "youth": ("youth", "jeunesse", "الشباب"),
    "sports": ("sports", "sport", "الرياضة"),
    "tourism": ("tourism", "tourisme", "السياحة"),
    "health": ("health", "santé", "الصحة"),
    "communication": ("communication", "information", "media", "الاتصال", "الإعلام"),
    "heritage": ("heritage", "patrimoine", "التراث", "الآثار", "antiquities", "antiquités"),
}
