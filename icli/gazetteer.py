"""Every word list of icli: names, roles, countries (from pycountry), demonyms, organizations.

Lists that depend on the language of the text are English for now and say so in their section;
another language adds its own lists beside them (named with its code, as `HONORIFIC_WORDS_FR`).
Standard library only at import (queries read the name lists); the country tables are built
from pycountry on first use.
"""

from __future__ import annotations

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
    "Strategy",
}
# Capitalized words that never belong to a person's name.
NOT_NAME_WORDS = {
    "The", "In", "On", "At", "And", "Of", "For", "During", "With", "From", "By", "This", "ICESCO",
    "ISESCO", "Organization", "University", "Ministry", "Kingdom", "Republic", "State", "Member",
    "States", "Islamic", "World", "Meanwhile", "Moreover", "Furthermore", "Also", "Both", "His",
    "Her", "Their", "Its", "Under", "Following", "After", "Before", "Besides", "Additionally",
    "Center", "Centre", "Council", "Sector", "Department", "General", "Secretariat",
}
# ICESCO's head: named by role alone, he is whoever held the role at the article's date.
OWN_HEAD_ROLES = ("Director-General of ICESCO", "Director-General of ISESCO")

# Adjectives and demonyms that name a country ("Kazakh Certificate", "Omani Minister").
DEMONYMS: dict[str, str] = {
    "Afghan": "AFG", "Albanian": "ALB", "Algerian": "DZA", "American": "USA", "Argentine": "ARG",
    "Armenian": "ARM", "Australian": "AUS", "Austrian": "AUT", "Azerbaijani": "AZE",
    "Azeri": "AZE", "Bahraini": "BHR", "Bangladeshi": "BGD", "Belgian": "BEL", "Beninese": "BEN",
    "Bosnian": "BIH", "Brazilian": "BRA", "British": "GBR", "Bruneian": "BRN", "Burkinabe": "BFA",
    "Cameroonian": "CMR", "Canadian": "CAN", "Chadian": "TCD", "Chinese": "CHN",
    "Comorian": "COM", "Djiboutian": "DJI", "Dutch": "NLD", "Egyptian": "EGY", "Emirati": "ARE",
    "Ethiopian": "ETH", "French": "FRA", "Gabonese": "GAB", "Gambian": "GMB", "German": "DEU",
    "Ghanaian": "GHA", "Greek": "GRC", "Guinean": "GIN", "Guyanese": "GUY", "Indian": "IND",
    "Indonesian": "IDN", "Iranian": "IRN", "Iraqi": "IRQ", "Israeli": "ISR", "Italian": "ITA",
    "Ivorian": "CIV", "Japanese": "JPN", "Jordanian": "JOR", "Kazakh": "KAZ",
    "Kazakhstani": "KAZ", "Kenyan": "KEN", "Kosovar": "XKX", "Kuwaiti": "KWT", "Kyrgyz": "KGZ",
    "Lebanese": "LBN", "Libyan": "LBY", "Malaysian": "MYS", "Maldivian": "MDV", "Malian": "MLI",
    "Mauritanian": "MRT", "Mexican": "MEX", "Moroccan": "MAR", "Mozambican": "MOZ",
    "Nigerian": "NGA", "Nigerien": "NER", "Norwegian": "NOR", "Omani": "OMN", "Pakistani": "PAK",
    "Palestinian": "PSE", "Portuguese": "PRT", "Qatari": "QAT", "Russian": "RUS", "Saudi": "SAU",
    "Senegalese": "SEN", "Somali": "SOM", "Spanish": "ESP", "Sudanese": "SDN",
    "Surinamese": "SUR", "Swedish": "SWE", "Swiss": "CHE", "Syrian": "SYR", "Tajik": "TJK",
    "Togolese": "TGO", "Tunisian": "TUN", "Turkish": "TUR", "Turkmen": "TKM", "Ugandan": "UGA",
    "Ukrainian": "UKR", "Uzbek": "UZB", "Yemeni": "YEM",
}

# Everyday names pycountry does not list as name, official or common name.
EXTRA_COUNTRY_NAMES: dict[str, str] = {
    "Turkey": "TUR", "Republic of Turkey": "TUR", "Palestine": "PSE", "Iran": "IRN",
    "Russia": "RUS", "Syria": "SYR", "South Korea": "KOR", "North Korea": "PRK", "Vietnam": "VNM",
    "Laos": "LAO", "Moldova": "MDA", "Brunei": "BRN", "Ivory Coast": "CIV", "Cote d'Ivoire": "CIV",
    "Côte d’Ivoire": "CIV", "Czech Republic": "CZE", "Britain": "GBR", "Great Britain": "GBR",
    "UK": "GBR", "USA": "USA", "US": "USA", "UAE": "ARE", "KSA": "SAU", "Kosovo": "XKX",
    "Tanzania": "TZA", "Bolivia": "BOL", "Venezuela": "VEN", "Gambia": "GMB", "The Gambia": "GMB",
    "Sultanate of Oman": "OMN", "Kingdom of Saudi Arabia": "SAU", "Kingdom of Bahrain": "BHR",
    "Hashemite Kingdom of Jordan": "JOR", "State of Qatar": "QAT", "Republic of Iraq": "IRQ",
    "Islamic Republic of Pakistan": "PAK", "Republic of Azerbaijan": "AZE",
    "Republic of Kazakhstan": "KAZ", "Kyrgyz Republic": "KGZ", "Republic of Uzbekistan": "UZB",
    "Republic of Tajikistan": "TJK", "Republic of Yemen": "YEM", "Lebanese Republic": "LBN",
    "Republic of Tunisia": "TUN", "People's Democratic Republic of Algeria": "DZA",
    "Republic of Senegal": "SEN", "Republic of Suriname": "SUR", "Republic of Cameroon": "CMR",
    "Federal Republic of Nigeria": "NGA", "Republic of Indonesia": "IDN", "Republic of Mali": "MLI",
    "Islamic Republic of Mauritania": "MRT", "Republic of Guinea": "GIN", "Macedonia": "MKD",
    "Holland": "NLD", "Swaziland": "SWZ", "Burma": "MMR", "Kingdom of Morocco": "MAR",
}

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

# Head nouns of organizations' names.
ORG_HEADS = {
    "University", "Ministry", "Foundation", "Organization", "Organisation", "Center", "Centre",
    "Institute", "Academy", "Council", "Bank", "Fund", "Agency", "Authority", "Commission",
    "Company", "Corporation", "Association", "Federation", "Union", "League", "Embassy",
    "Museum", "Library", "Society", "Network", "Alliance", "Chamber", "Committee", "Bureau",
    "Airways", "Airlines", "Group", "School", "College", "Observatory", "Parliament", "Court",
    "Board", "Trust", "Administration", "Innovations", "Technologies", "Directorate", "Coalition",
}
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
    """Normalized full name of a well-known organization → its acronym."""
    from icli.identity import name_norm

    return {name_norm(full): acronym for acronym, full in PARTNER_ACRONYMS.items()}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every country name form (short, official, common, extra) → ISO 3166-1 alpha-3 code."""
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            if ", " in value:  # "Korea, Republic of" → "Republic of Korea"
                head, _, tail = value.partition(", ")
                value = f"{tail} {head}"
            names[value.removeprefix("the ")] = country.alpha_3
    names.update(EXTRA_COUNTRY_NAMES)
    return names


@lru_cache(maxsize=1)
def country_display_names() -> dict[str, str]:
    """alpha-3 code → the name shown to users (the common name where pycountry has one)."""
    import pycountry

    shown = {
        c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries
    }
    shown.update({"PSE": "Palestine", "TZA": "Tanzania", "BOL": "Bolivia", "XKX": "Kosovo",
                  "VEN": "Venezuela", "MDA": "Moldova", "RUS": "Russia", "CIV": "Côte d'Ivoire"})
    return shown


@lru_cache(maxsize=1)
def country_phrases() -> dict[tuple[str, ...], str]:
    """Phrases (word tuples, apostrophes as ') that name a country → its code."""
    import re

    phrases: dict[tuple[str, ...], str] = {}
    for name, code in {**country_names(), **DEMONYMS}.items():
        words = tuple(re.findall(r"[\w'’]+", name.replace("’", "'")))
        if words:
            phrases[words] = code
    return phrases


@lru_cache(maxsize=None)
def country_aliases(code: str) -> frozenset[str]:
    """Every form a user may type for a country: names, formal names, demonyms, ISO codes."""
    import pycountry

    aliases = {name for name, c in {**country_names(), **DEMONYMS}.items() if c == code}
    country = pycountry.countries.get(alpha_3=code)
    aliases.add(code)
    if country is not None:
        aliases.add(country.alpha_2)
    return frozenset(aliases)
