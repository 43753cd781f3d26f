"""Partners that are not partners, and partner names that run on (issue 21, precision): a
matrix of sentences written for the test, in English, French and Arabic, each with the
partners the contract counts (name → acronym), written by hand before icli ran. Families: a
body whose name runs on into the sentence or takes in a second body, a prize won, an honorary
degree, a prize winner's school, a comparison or background clause, a name holding an
honorific and a person, a year, a plural noun phrase or only a generic head. A case icli does
not meet yet is a strict xfail with its reason (`GAPS`), never deleted."""

from __future__ import annotations

import pytest

from icli.extract.article import extract
from icli.text.normalize import name_norm
from icli.text.parse import ParsedArticle

TITLES = {"en": "A title written for the test", "fr": "Un titre écrit pour le test",
          "ar": "عنوان مكتوب للاختبار"}

Row = tuple[str, str, str, dict[str, str | None]]

ROWS_EN: list[Row] = [
    ("en-runon-of-first", "en", "ICESCO signed an agreement with the Gulf of Guinea Commission in Rabat.",
     {"Gulf of Guinea Commission": None}),
    ("en-runon-of-first-2", "en", "The Horn of Africa Development Institute hosted the workshop in Djibouti.",
     {"Horn of Africa Development Institute": None}),
    ("en-prize-won", "en", "Dr. Omar Said, who won the King Faisal Prize for Service to Islam in 2010, "
     "gave a lecture.", {}),
    ("en-prize-laureate", "en", "Dr. Omar Said, a laureate of the Sultan Qaboos Prize for Culture, gave "
     "a lecture at the University of Tunis.", {"University of Tunis": None}),
    ("en-prize-awarded", "en", "She was awarded the Zayed Award for Human Fraternity last year and spoke "
     "at the forum.", {}),
    ("en-honorary-doctorate", "en", "Dr. Omar Said, who holds an honorary doctorate from the University "
     "of Nouakchott, gave a lecture.", {}),
    ("en-honorary-doctorate-giver", "en", "The University of Sfax conferred an honorary doctorate on the "
     "Director-General of ICESCO.", {"University of Sfax": None}),
    ("en-honorary-member", "en", "He is an honorary member of the Arab Academy of Sciences and spoke at "
     "the forum.", {}),
    ("en-winner-school-list", "en", "The winners are: Amina Bello, a teacher at Al-Nour Secondary School, "
     "Nigeria; and Lina Haddad, a student at the University of Jordan, Jordan.", {}),
    ("en-winner-school-brackets", "en", "ICESCO announced the winners of the Prize for Teaching: Amina "
     "Bello, a teacher at Green Hills Primary School (Ghana), won first place.", {}),
    ("en-winner-school-include", "en", "The winners include Omar Diallo, a student at Cheikh Anta Diop "
     "University, Senegal, and Sara Ali, a teacher at Al-Amal School, Egypt.", {}),
    ("en-winner-school-host-kept", "en", "The ceremony, held at the University of Jordan, honoured the "
     "winners: Amina Bello, a teacher at Al-Nour Secondary School, Nigeria.", {"University of Jordan": None}),
    ("en-school-awarded", "en", "The first prize went to Al-Amal Secondary School, Morocco, for its "
     "reading club.", {}),
    ("en-awarded-to-body", "en", "At the close of the session, the 2021 Prize for Reading was awarded to the "
     "Al-Huda Women’s Association (Republic of Guinea).", {}),
    ("en-body-wins-prize", "en", "Al-Amal Centre for Adult Literacy in Niger wins the 2019 Prize for Literacy "
     "and Non-formal Education.", {}),
    ("en-body-won-this-prize", "en", "In 2017, the Bright Future Institute for Girls (BFIG) in the Federal "
     "Republic of Ghana won this Prize, which went to an English-speaking Member State.", {}),
    ("en-body-was-awarded-prize", "en", "The Al-Amal Centre in the Republic of Niger was awarded the Reading "
     "Prize in recognition of its work.", {}),
    ("en-winners-bulleted", "en", "The winners are:\n\n• Amina Bello Musa, Green Valley School, Republic of "
     "Ghana. (Children category)\n\n• Omar Diallo Sow, Faculty of Arts – University of Dakar, Senegal. "
     "(Youth category)", {}),
    ("en-prize-giver-kept", "en", "The Al-Noor Foundation awarded the Prize for Young Researchers to three "
     "students from Dakar.", {"Al-Noor Foundation": None}),
    ("en-received-delegation-kept", "en", "Cairo University received the delegation of the Prize committee "
     "and hosted the ceremony.", {"Cairo University": None}),
    ("en-bulleted-partners-kept", "en", "The winners were honoured in Rabat. The ceremony was organized with:"
     "\n\n• Qatar University, Doha.\n\n• The Al-Noor Foundation, Kano.",
     {"Qatar University": None, "Al-Noor Foundation": None}),
    ("en-winners-word-partners-list-kept", "en", "ICESCO launched the Award for Young Writers in Amman. The "
     "Award, whose laureates will be named in May, is organized with the following partners:\n• Al-Noor "
     "Foundation for Culture (ANFC)\n• Gulf Council for Vocational Training (GCVT)\nEntries close in June.",
     {"Al-Noor Foundation for Culture": "ANFC", "Gulf Council for Vocational Training": "GCVT"}),
    ("en-participant-kept", "en", "Didar Taminov, Director at the Ministry of Foreign Affairs of "
     "Kazakhstan, took part in the meeting.", {"Ministry of Foreign Affairs of Kazakhstan": None}),
    ("en-former-post", "en", "Mr. Karim Nour, former Director-General of UNESCO, attended the meeting.", {}),
    ("en-former-served", "en", "Dr. Salma Idrissi, who previously served as Rector of Mohammed V "
     "University, delivered the keynote.", {}),
    ("en-comparison-as-did", "en", "The list will grow, as UNESCO did in 2003 with its convention on "
     "heritage.", {}),
    ("en-comparison-just-as", "en", "Just as the Arab League did in 2010, ICESCO launched a plan with the "
     "Islamic Development Bank.", {"Islamic Development Bank": "IsDB"}),
    ("en-comparison-similar", "en", "The initiative is similar to the programme of the World Bank "
     "launched in 2015.", {}),
    ("en-comparison-possessive", "en", "The plan follows a model like the African Union’s Agenda 2063 "
     "for the continent.", {}),
    ("en-honorific-in-name", "en", "Chairman of the Board of Trustees of the Al-Noor Foundation Sheikh "
     "Saad bin Ali opened the forum.", {"Al-Noor Foundation": None}),
    ("en-organ-before-body", "en", "The Board of Governors of the Sahel Development Fund approved the "
     "grant.", {"Sahel Development Fund": None}),
    ("en-honorific-after-head", "en", "The Director-General met the head of the Al-Noor Foundation "
     "Sheikh Saad bin Ali in Rabat.", {"Al-Noor Foundation": None}),
    ("en-style-opens-name-kept", "en", "ICESCO signed an agreement with the Sheikh Zayed Foundation in "
     "Rabat.", {"Sheikh Zayed Foundation": None}),
    ("en-generic-head", "en", "The Islamic Organization welcomed the delegates.", {}),
    ("en-generic-head-acronym-kept", "en", "The Islamic Organization (IOX) welcomed the delegates.",
     {"Islamic Organization": "IOX"}),
    ("en-background-resolutions", "en", "ICESCO held the meeting in Rabat in line with the resolutions of the "
     "Organization of Islamic Cooperation.", {}),
    ("en-background-decisions", "en", "The conference took place in Rabat, in accordance with the decisions of "
     "the Council of Arab Ministers of Culture.", {}),
    ("en-background-agenda", "en", "ICESCO launched the plan within the framework of the Agenda 2063 of the "
     "African Union.", {}),
    ("en-background-standards", "en", "The programme follows the standards of the International Organization "
     "for Standardization.", {}),
    ("en-background-list", "en", "The site joined the list of the World Heritage Committee last year, and "
     "ICESCO organized a ceremony.", {}),
    ("en-background-had-decided", "en", "The meeting was held as UNESCO's Executive Council had decided in "
     "2019.", {}),
    ("en-background-acronym-after", "en", "In line with the recommendations of the World Health "
     "Organization (WHO), the schools reopened in Dakar.", {}),
    ("en-winner-school-from", "en", "ICESCO announced the winners of the Reading Prize: Aisha Bello, from "
     "Al-Noor International School, and Omar Diallo, from Dakar Model School.", {}),
    ("en-background-acting-elsewhere-kept", "en", "ICESCO held the forum in partnership with the African "
     "Union, in line with the resolutions of the African Union.", {"African Union": None}),
    ("en-background-framework-partner-kept", "en", "The forum was held within the framework of the "
     "cooperation between ICESCO and the Islamic Development Bank.", {"Islamic Development Bank": "IsDB"}),
    ("en-member-states", "en", "The training programme serves the Member States of the Gulf Council for "
     "Vocational Training (GCVT-TP) in Rabat.", {}),
    ("en-member-states-partner-kept", "en", "ICESCO and the Gulf Council for Vocational Training held a "
     "workshop for the member states of the Gulf Council for Vocational Training.",
     {"Gulf Council for Vocational Training": None}),
    ("en-member-states-acts-kept", "en", "ICESCO held a seminar in Amman for teachers from the member states "
     "of the Gulf Council for Vocational Training (GCVT), which co-organized the seminar and hosted it at its "
     "offices.", {"Gulf Council for Vocational Training": "GCVT"}),
    ("en-member-states-which-not-acting", "en", "The seminar served teachers from the member states of the "
     "Gulf Council for Vocational Training, which face a shortage of trainers.", {}),
    ("en-member-states-after", "en", "The workshop is intended for experts from several OIC Member States.", {}),
    ("en-member-states-after-kept", "en", "ICESCO and the OIC trained experts from several OIC Member States.",
     {"Organization of Islamic Cooperation": "OIC"}),
    ("en-sidelines-session", "en", "ICESCO and the Ministry of Culture of Oman signed the programme on the "
     "sidelines of the 27th session of the General Conference of the Gulf Cultural Organization in Muscat.",
     {"Ministry of Culture of Oman": None}),
    ("en-sidelines-visit-kept", "en", "On the sidelines of the visit of the delegation of the Gulf Cultural "
     "Organization to Rabat, ICESCO signed an agreement.", {"Gulf Cultural Organization": None}),
    ("en-sidelines-held-by-kept", "en", "ICESCO signed the agreement on the sidelines of the forum held by "
     "the Gulf Cultural Organization in Muscat.", {"Gulf Cultural Organization": None}),
    ("en-natcom-in-council-chair-title", "en", "Dr. Karim Nour, Chairman of the Executive Council of ICESCO, "
     "Secretary General of the Omani National Commission for Education, Culture and Science, addressed the "
     "Council.", {}),
    ("en-natcom-signatory-kept", "en", "ICESCO and the Omani National Commission for Education, Culture and "
     "Science signed an agreement in Muscat.", {"Omani National Commission for Education, Culture and Science": None}),
    ("en-sidelines-head-noun-kept", "en", "On the sidelines of the 2025 Annual Meetings of the Gulf "
     "Development Bank Group in Muscat, ICESCO signed a memorandum of understanding with the Bank on school "
     "libraries.", {"Gulf Development Bank Group": None}),
    ("en-sidelines-other-head", "en", "On the sidelines of the 2025 Annual Meetings of the Gulf Development "
     "Bank in Muscat, ICESCO and the Ministry of Culture of Oman signed the programme with the Union.",
     {"Ministry of Culture of Oman": None}),
    ("en-acronym-spelt-out", "en", "ICESCO signed an agreement with UNESCO (United Nations Educational, "
     "Scientific and Cultural Organization) in Paris.",
     {"United Nations Educational, Scientific and Cultural Organization": "UNESCO"}),
    ("en-acronym-spelt-out-unknown", "en", "ICESCO signed an agreement with the ASTF (Arab Science and "
     "Technology Foundation) in Sharjah.", {"Arab Science and Technology Foundation": "ASTF"}),
    ("en-acronym-spelt-out-mentioned", "en", "The Director-General recalled the role of UNESCO (United Nations "
     "Educational, Scientific and Cultural Organization) in heritage.", {}),
    ("en-winner-list-in-country", "en", "The winners are Amina Bello, a teacher at Al-Nour School in Kano, "
     "Nigeria, and Lina Haddad, a teacher at Al-Amal School in Amman, Jordan.", {}),
    ("en-winner-list-apposition", "en", "The prize was awarded to Omar Diallo, University of Sarajevo, Bosnia "
     "and Herzegovina, and Sara Ali, Cairo University, Egypt.", {}),
    ("en-winner-list-brackets", "en", "ICESCO announced the winners of the prize: Amina Bello (Al-Nour School "
     "in Kano, Nigeria), Lina Haddad (Al-Amal School in Amman, Jordan).", {}),
    ("en-winner-list-semicolons", "en", "ICESCO announced the winners of the prize: Amina Bello, Al-Nour School "
     "in Kano, Nigeria; Lina Haddad, Al-Amal School in Amman, Jordan.", {}),
    ("en-winner-list-bodies-kept", "en", "The winners were honoured at a ceremony attended by representatives "
     "of Qatar University, Cairo University and the Al-Noor Foundation.",
     {"Qatar University": None, "Cairo University": None, "Al-Noor Foundation": None}),
    ("en-winner-list-host-kept", "en", "The prize, launched with the King Salman Foundation, went to Amina "
     "Bello, Al-Nour School, Nigeria, and was presented at Cairo University.",
     {"King Salman Foundation": None, "Cairo University": None}),
    ("en-apposition-no-winner-kept", "en", "Dr. Omar Said, Cairo University, gave a lecture at the forum.",
     {"Cairo University": None}),
    ("en-news-agency-according", "en", "According to Gulf News Agency, ICESCO opened nominations for the "
     "Prize until 15 April.", {}),
    ("en-news-agency-reported-by", "en", "The statement, reported by the Sahel Press Agency, called on member "
     "states to protect heritage.", {}),
    ("en-news-agency-partner-kept", "en", "ICESCO and the Gulf News Agency signed an agreement on training "
     "journalists.", {"Gulf News Agency": None}),
    ("en-source-not-agency-kept", "en", "According to the University of Dakar, the workshop trained 40 teachers.",
     {"University of Dakar": None}),
    ("en-news-agency-acting-later-kept", "en", "According to the plan, the workshop was organized by the Gulf "
     "News Agency in Doha.", {"Gulf News Agency": None}),
    ("en-news-agency-subject-reported", "en", "ICESCO opened a heritage workshop in Nouakchott on Monday, the "
     "Sahel News Agency (SNA) reported.", {}),
    ("en-news-agency-subject-said", "en", "The Gulf Press Agency said the workshop trained 40 teachers.", {}),
    ("en-news-agency-subject-covered", "en", "The Gulf Press Agency (GPA) covered the signing of the agreement.", {}),
    ("en-news-agency-source-line", "en", "ICESCO opened a heritage workshop in Nouakchott.\n\nSource: Sahel News "
     "Agency (SNA)", {}),
    ("en-news-agency-subject-signed-kept", "en", "The Gulf Press Agency (GPA) signed an agreement with ICESCO on "
     "training journalists.", {"Gulf Press Agency": "GPA"}),
    ("en-news-agency-director-said-kept", "en", "The Director of the Gulf Press Agency said the agreement with "
     "ICESCO would train journalists.", {"Gulf Press Agency": None}),
    ("en-source-line-not-agency-kept", "en", "ICESCO opened the workshop.\n\nSource: University of Dakar",
     {"University of Dakar": None}),
    # a news agency is a partner only where a sentence naming it tells an act (issue #21)
    ("en-news-agency-cites", "en", "The heritage committee met in Dakar on Monday, Sahel News Agency cites the "
     "national television.", {}),
    ("en-news-agency-syndication", "en", "(WIRE- Gulf News Agency (GNA)) DOHA, March 3 (GNA) -- ICESCO opened a "
     "heritage workshop for 40 teachers in Doha on Monday.", {}),
    ("en-news-agency-dateline", "en", "Niamey (SNA) - ICESCO signed a cooperation agreement with the "
     "University of Tunis.\n\nThe Sahel News Agency (SNA) reported that the agreement was signed by the "
     "two parties.", {"University of Tunis": None}),
    ("en-news-agency-credit-line", "en", "ICESCO opened a heritage workshop for 40 teachers in Doha.\n\n"
     "Gulf News Agency (GNA)", {}),
    ("en-news-agency-hosted-kept", "en", "The Gulf News Agency (GNA) hosted the ICESCO workshop for 40 "
     "journalists in Doha.", {"Gulf News Agency": "GNA"}),
    ("en-news-agency-acts-elsewhere-kept", "en", "ICESCO opened a media workshop in Doha, Gulf News Agency "
     "cites the ministry.\n\nThe workshop was organized in partnership with the Gulf News Agency.",
     {"Gulf News Agency": None}),
    # an act's shapes: working "in coordination with" it, a fellow party of ICESCO's, a person
    # taking part for it named by a role right before it
    ("en-news-agency-coordination-kept", "en", "The heritage course was held in coordination with the "
     "Sahel News Agency (SNA) at its offices in Niamey.", {"Sahel News Agency": "SNA"}),
    ("en-news-agency-with-icesco-kept", "en", "ICESCO and the Federation of Gulf News Agencies (FGNA) "
     "launched a media campaign on heritage day.", {"Federation of Gulf News Agencies": "FGNA"}),
    ("en-news-agency-director-kept", "en", "The Director of the Sahel Press Agency (SPA), Mr. Idrissa "
     "Kone, delivered a speech at the forum.", {"Sahel Press Agency": "SPA"}),
    ("en-agency-not-news-kept", "en", "ICESCO opened a workshop with the Sahel Agency for Literacy in Niamey.",
     {"Sahel Agency for Literacy": None}),
]

ROWS_FR: list[Row] = [
    ("fr-runon-verbal-noun", "fr", "L’accord prévoit également l’organisation d’une école d’été avec "
     "l’Agence française de développement (AFD) à Rabat.", {"Agence française de développement": "AFD"}),
    ("fr-runon-verbal-noun-2", "fr", "Le texte prévoit l’organisation d’un colloque avec la Banque "
     "islamique de développement (BID).", {"Banque islamique de développement": "BID"}),
    ("fr-two-bodies-roles", "fr", "La réunion s’est tenue en présence du directeur de l’Institut Pasteur "
     "de Dakar et du président de la Fondation Mohammed VI pour les sciences.",
     {"Institut Pasteur de Dakar": None, "Fondation Mohammed VI pour les sciences": None}),
    ("fr-two-bodies-acronym", "fr", "Le projet bénéficie du soutien du Fonds de solidarité islamique et du "
     "Programme arabe du Golfe pour le développement (AGFUND).",
     {"Fonds de solidarité islamique": None, "Programme arabe du Golfe pour le développement": "AGFUND"}),
    ("fr-honorific-in-name", "fr", "Le président du Conseil supérieur de la jeunesse le Docteur Karim Nour "
     "a pris la parole.", {"Conseil supérieur de la jeunesse": None}),
    ("fr-year-in-name", "fr", "Le plan d’action de l’Organisation arabe pour l’éducation pour l’année "
     "2016 a été présenté.", {"Organisation arabe pour l’éducation": None}),
    ("fr-year-in-name-2", "fr", "La Fédération internationale de judo pour l’année 2016 a organisé la "
     "rencontre.", {"Fédération internationale de judo": None}),
    ("fr-comma-plural", "fr", "Le Conseil Exécutif de l’Organisation, des ministres et des experts ont "
     "débattu.", {}),
    ("fr-comma-plural-2", "fr", "Ont pris part à la réunion l’Organisation mondiale de la santé, des "
     "ministres de la jeunesse et des sports.", {"Organisation mondiale de la santé": None}),
    ("fr-comma-plural-3", "fr", "Ont pris part à la réunion la Ligue arabe, des experts et des chercheurs.",
     {"Ligue arabe": None}),
    ("fr-comma-fields-kept", "fr", "Le ministère de la Jeunesse, des Sports et des Loisirs du Niger a "
     "organisé la rencontre.", {"ministère de la Jeunesse, des Sports et des Loisirs du Niger": None}),
    ("fr-programme-alone", "fr", "Le projet bénéficie du soutien du Programme arabe du Golfe pour le "
     "développement (AGFUND).", {"Programme arabe du Golfe pour le développement": "AGFUND"}),
    ("fr-generic-head", "fr", "L’Organisation islamique a tenu sa réunion.", {}),
    ("fr-former-post", "fr", "M. Karim Nour, ancien Directeur général de l’UNESCO, a pris la parole.", {}),
    ("fr-prize-laureate", "fr", "Le Dr Omar Saïd, lauréat du Prix Roi Fayçal pour le service de l’islam, "
     "a donné une conférence.", {}),
    ("fr-honorary-doctorate", "fr", "Le Pr Omar Saïd, docteur honoris causa de l’Université de Nouakchott, "
     "a donné une conférence.", {}),
    ("fr-honorary-doctorate-giver", "fr", "L’Université Mohammed V a décerné un doctorat honoris causa au "
     "Directeur général.", {"Université Mohammed V": None}),
    ("fr-winner-school", "fr", "Les lauréats sont : Amina Bello, enseignante à l’École secondaire Al-Nour, "
     "Nigeria ; et Lina Haddad, étudiante à l’Université de Jordanie, Jordanie.", {}),
    ("fr-comparison-instar", "fr", "Le programme suit un modèle, à l’instar de l’Union africaine et de son "
     "Agenda 2063.", {}),
    ("fr-comparison-comme", "fr", "La liste s’allongera, comme l’a fait l’UNESCO en 2003.", {}),
    ("fr-participant-kept", "fr", "Mme Salma Idrissi, directrice au ministère des Affaires étrangères du "
     "Maroc, a participé à la réunion.", {"ministère des Affaires étrangères du Maroc": None}),
    ("fr-background-agenda", "fr", "L’ICESCO a organisé la rencontre dans le cadre de l’Agenda 2063 de "
     "l’Union africaine.", {}),
    ("fr-background-resolutions", "fr", "La réunion s’est tenue conformément aux résolutions de "
     "l’Organisation de la coopération islamique.", {}),
    ("fr-background-framework-partner-kept", "fr", "La réunion s’est tenue dans le cadre de la coopération "
     "entre l’ICESCO et la Banque islamique de développement.", {"Banque islamique de développement": None}),
    ("fr-winner-list-apposition", "fr", "Les lauréats sont Amina Bello, École Al-Nour de Kano, Nigeria, et "
     "Lina Haddad, Université de Jordanie, Jordanie.", {}),
    ("fr-awarded-to-body", "fr", "Le Prix de la lecture 2021 a été décerné à l’Association Al-Houda pour "
     "les femmes (Guinée).", {}),
    ("fr-body-won-prize", "fr", "L’Association Al-Amal pour l’alphabétisation a remporté le Prix de "
     "l’alphabétisation en 2019.", {}),
    ("fr-prize-giver-kept", "fr", "La Fondation Al-Noor a décerné le Prix des jeunes chercheurs à trois "
     "étudiants.", {"Fondation Al-Noor": None}),
    ("fr-member-states", "fr", "Il a souhaité à l’institution de fournir aux États membres de l’Union "
     "arabe des sciences un appui de qualité.", {}),
    ("fr-member-states-acts-kept", "fr", "L’ICESCO a tenu à Amman un séminaire pour des enseignants des États "
     "membres de l’Union arabe des sciences (UAS), qui a co-organisé le séminaire et l’a accueilli à son "
     "siège.", {"Union arabe des sciences": "UAS"}),
    ("fr-en-marge-session", "fr", "L’annexe a été signée, en marge de la 15e session de la Conférence au "
     "sommet de l’Union arabe des sciences, par le ministre.", {}),
    ("fr-en-marge-visit-kept", "fr", "En marge de la visite de la délégation de l’Union arabe des sciences, "
     "l’ICESCO a signé un accord.", {"Union arabe des sciences": None}),
    ("fr-own-name-in-brackets", "fr", "Les délégations prennent part à la Conférence générale de l’ISESCO "
     "(Organisation Islamique pour l'Education, les Sciences et la Culture ) à Rabat.", {}),
    ("fr-own-name-wrapped", "fr", "Dr Karim Nour, Directeur général de\nl’Organisation du Monde Islamique pour "
     "l’Éducation, les Sciences\net la Culture (ICESCO), a reçu l’ambassadeur.", {}),
    ("fr-own-name-cut", "fr", "Le Maroc a réaffirmé son soutien constant à l'Organisation islamique pour "
     "l'éducation…", {}),
    ("fr-own-name-cut-at-end", "fr", "Dr Karim Nour, Directeur général de l’Organisation du Monde Islamique "
     "pour l’Éducation, les Sciences et", {}),
    ("fr-own-name-cut-other-kept", "fr", "Le Maroc a signé un accord avec l’Organisation arabe pour "
     "l’éducation…", {"Organisation arabe pour l’éducation": None}),
    ("fr-winner-list-bodies-kept", "fr", "Le prix a été remis en présence de l’Université Cadi Ayyad, de "
     "l’Université Mohammed V et de la Fondation Al-Noor.",
     {"Université Cadi Ayyad": None, "Université Mohammed V": None, "Fondation Al-Noor": None}),
    ("fr-news-agency-relayed", "fr", "Le communiqué de l’ICESCO, relayé par l’agence Sahel Presse, appelle à "
     "protéger le patrimoine.", {}),
    ("fr-news-agency-selon", "fr", "Selon l’Agence Maghreb Presse, l’ICESCO a ouvert les candidatures.", {}),
    ("fr-news-agency-partner-kept", "fr", "L’ICESCO et l’Agence Maghreb Presse ont signé un accord de formation.",
     {"Agence Maghreb Presse": None}),
    ("fr-source-not-agency-kept", "fr", "Selon l’Université de Dakar, qui l’a organisé, l’atelier a formé 40 "
     "enseignants.", {"Université de Dakar": None}),  # (a French source must act: "selon" alone is none)
    ("fr-news-agency-verb-before", "fr", "L’ICESCO a ouvert un atelier sur le patrimoine, a rapporté l’agence "
     "Sahel Presse (ASP).", {}),
    ("fr-news-agency-source-line", "fr", "L’ICESCO a ouvert un atelier sur le patrimoine.\n\nSource : Agence "
     "Sahel Presse", {}),
    ("fr-news-agency-subject", "fr", "L’Agence Sahel Presse a rapporté que l’ICESCO avait ouvert l’atelier.", {}),
    ("fr-news-agency-co-organizer-kept", "fr", "L’atelier a été co-organisé par l’ICESCO et l’Agence Sahel Presse "
     "(ASP).", {"Agence Sahel Presse": "ASP"}),
]

ROWS_AR: list[Row] = [
    ("ar-two-bodies-after-name", "ar", "وقعت الإيسيسكو اتفاقية مع جامعة الأمير سلطان ومؤسسة الشيخ زايد أمس.",
     {"جامعة الأمير سلطان": None, "مؤسسة الشيخ زايد": None}),
    ("ar-two-bodies-kept", "ar", "نظمت الإيسيسكو الندوة بالتعاون مع جامعة الملك سعود ومؤسسة محمد بن راشد "
     "آل مكتوم للمعرفة.", {"جامعة الملك سعود": None, "مؤسسة محمد بن راشد آل مكتوم للمعرفة": None}),
    ("ar-name-after-sidi", "ar", "زار الوفد جامعة سيدي محمد بن عبد الله في فاس.",
     {"جامعة سيدي محمد بن عبد الله": None}),
    ("ar-name-after-qadi", "ar", "استقبل المدير العام وفدا من جامعة القاضي عياض في مراكش.",
     {"جامعة القاضي عياض": None}),
    ("ar-name-after-qadi-role", "ar", "شارك في اللقاء رئيس جامعة القاضي عياض الدكتور أحمد سالم.",
     {"جامعة القاضي عياض": None}),
    ("ar-name-after-moulay", "ar", "وقعت الإيسيسكو اتفاقية مع جامعة مولاي إسماعيل أمس.",
     {"جامعة مولاي إسماعيل": None}),
    ("ar-role-complement", "ar", "شارك في اللقاء نائب مدير جامعة الكويت للشؤون العلمية الدكتور أحمد سالم.",
     {"جامعة الكويت": None}),
    ("ar-role-complement-2", "ar", "التقى المدير العام بمدير جامعة الكويت للشؤون الإدارية.",
     {"جامعة الكويت": None}),
    ("ar-affairs-council-kept", "ar", "نظم المجلس الأعلى للشؤون الإسلامية الندوة.",
     {"المجلس الأعلى للشؤون الإسلامية": None}),
    ("ar-prize-won", "ar", "الدكتور عمر سعيد الحائز على جائزة الملك فيصل لخدمة الإسلام ألقى محاضرة.", {}),
    ("ar-prize-won-2", "ar", "فاز الدكتور عمر سعيد بجائزة الشيخ زايد للكتاب.", {}),
    ("ar-honorary-doctorate", "ar", "حصل الدكتور عمر سعيد على الدكتوراه الفخرية من جامعة نواكشوط.", {}),
    ("ar-honorary-doctorate-giver", "ar", "منحت جامعة نواكشوط الدكتوراه الفخرية للمدير العام.",
     {"جامعة نواكشوط": None}),
    ("ar-former-post", "ar", "حضر اللقاء السيد كريم نور المدير العام السابق لليونسكو.", {}),
    ("ar-winner-school", "ar", "وفاز بالجائزة كل من أمينة بلو، المعلمة في مدرسة النور الثانوية بنيجيريا، "
     "ولينا حداد، الطالبة في الجامعة الأردنية.", {}),
    ("ar-comparison-ghirar", "ar", "وتسير الخطة على غرار الاتحاد الأفريقي في أجندته.", {}),
    ("ar-comparison-kama", "ar", "وسيتم توسيع القائمة كما فعلت اليونسكو عام 2003.", {}),
    ("ar-generic-head", "ar", "شاركت المنظمة الإسلامية بالجهود.", {}),
    ("ar-background-resolutions", "ar", "عقدت الإيسيسكو الاجتماع وفق قرارات منظمة التعاون الإسلامي.", {}),
    ("ar-background-resolutions-2", "ar", "عقدت الإيسيسكو الاجتماع تنفيذا لقرارات منظمة التعاون الإسلامي.", {}),
    ("ar-background-list", "ar", "وهنأ المدير العام المغرب بمناسبة إدراج الموقع على قائمة لجنة التراث العالمي.", {}),
    ("ar-background-inscribed-by", "ar", "وهنأ المدير العام المغرب بمناسبة إدراج لجنة التراث العالمي الموقع "
     "في قائمتها.", {}),
    ("ar-background-partner-kept", "ar", "وقعت الإيسيسكو اتفاقية مع منظمة التعاون الإسلامي.",
     {"منظمة التعاون الإسلامي": None}),
    ("ar-background-list-quoted", "ar", 'وسجلت الإيسيسكو الموقع على لائحة "اليونسكو" للتراث الإنساني.', {}),
    ("ar-background-list-lai7a", "ar", "وسجلت الإيسيسكو الموقع على لائحة اليونسكو للتراث الإنساني.", {}),
    ("ar-background-member-states", "ar", "وتشمل المبادرة المواقع التراثية في الدول الأعضاء بمنظمة التعاون "
     "الإسلامي.", {}),
    ("ar-background-member-states-kept", "ar", "وقعت الإيسيسكو اتفاقية مع منظمة التعاون الإسلامي لدعم "
     "الدول الأعضاء في منظمة التعاون الإسلامي.", {"منظمة التعاون الإسلامي": None}),
    ("ar-background-member-states-glued-kept", "ar", "وناقشت الورشة قدرات الدول الأعضاء بمنظمة التعاون "
     "الإسلامي، وقد عقدتها الأمانة العامة لمنظمة التعاون الإسلامي.", {"منظمة التعاون الإسلامي": None}),
    ("ar-member-states-acts-kept", "ar", "عقدت الإيسيسكو في عمان ندوة لفائدة معلمين من الدول الأعضاء في "
     "المنظمة الخليجية للتدريب المهني (مخت)، التي شاركت في تنظيم الندوة واستضافتها بمقرها.",
     {"المنظمة الخليجية للتدريب المهني": None}),
    ("ar-news-agency-source", "ar", "وقالت الوزارة في بيان تلقته وكالة الأنباء الموريتانية إن اللقاء تناول "
     "التعاون.", {}),
    ("ar-news-agency-speech", "ar", "ووقعت الإيسيسكو مذكرة تفاهم مع جامعة الواحة الدولية. وأشارت وكالة "
     "الأنباء الموريتانية (ومأ) إلى أن المذكرة تشمل التعليم.", {"جامعة الواحة الدولية": None}),
    ("ar-news-agency-source-according", "ar", "وحسب وكالة الأنباء الموريتانية، تناول اللقاء التعاون.", {}),
    ("ar-news-agency-word-between", "ar", "وافتتحت الإيسيسكو ورشة للتراث، ونقلت الخبر وكالة الأنباء "
     "الموريتانية.", {}),
    ("ar-news-agency-source-line", "ar", "وافتتحت الإيسيسكو ورشة للتراث.\n\nالمصدر: وكالة الأنباء الموريتانية",
     {}),
    ("ar-source-background-between", "ar", "وطبقت الإيسيسكو الإجراءات حسب توصيات منظمة الصحة العالمية.", {}),
    ("ar-news-agency-word-between-acting-kept", "ar", "ووقعت الاتفاقية وكالة الأنباء الموريتانية والإيسيسكو.",
     {"وكالة الأنباء الموريتانية": None}),
    ("ar-news-agency-partner-kept", "ar", "ووقعت الإيسيسكو مذكرة تفاهم مع وكالة الأنباء الموريتانية.",
     {"وكالة الأنباء الموريتانية": None}),
    ("ar-source-not-agency-kept", "ar", "وحسب وزارة الثقافة الموريتانية، وقعت الوزارة مع الإيسيسكو اتفاقية.",
     {"وزارة الثقافة الموريتانية": None}),
    ("ar-national-commission-unesco-icesco", "ar", "عقدت الإيسيسكو دورة تدريبية بشراكة مع اللجنة الوطنية "
     "الكاميرونية لليونسكو والإيسيسكو، لفائدة المسؤولين.", {"اللجنة الوطنية الكاميرونية لليونسكو والإيسيسكو": None}),
    ("ar-national-commission-unesco-icesco-in-list", "ar", "وذلك بالتعاون مع وزارة الثقافة النيجرية، واللجنة "
     "الوطنية لليونسكو والإيسيسكو.", {"وزارة الثقافة النيجرية": None, "اللجنة الوطنية لليونسكو والإيسيسكو": None}),
    ("ar-unit-of-icesco-not-partner", "ar", "وقدم مركز الترجمة للإيسيسكو عرضا عن أنشطته.", {}),
    ("ar-winner-backer", "ar", 'وأعلنت الإيسيسكو أن الفائزين هم: مشروع "النور" لتعليم الكبار، بدعم من مؤسسة '
     'الأمل للتنمية المستدامة، ومشروع "الغد" بدعم من جمعية أصدقاء الكتاب.', {}),
    ("ar-backer-of-organizer-kept", "ar", "أعلنت الإيسيسكو أسماء الفائزين بجائزة الكتابة التي تنظمها بدعم "
     "من مؤسسة الأمل للتنمية المستدامة، في حفل أقيم بتونس.", {"مؤسسة الأمل للتنمية المستدامة": None}),
    ("ar-backer-kept", "ar", "ونظمت الإيسيسكو الملتقى بدعم من مؤسسة الأمل للتنمية المستدامة.",
     {"مؤسسة الأمل للتنمية المستدامة": None}),
]

# What icli does not meet yet (each case stays, a strict xfail).
GAPS: dict[str, str] = {
    "en-acronym-spelt-out-mentioned": "a body merely mentioned: a known acronym is counted wherever it is "
                                      "named (what the sentence makes of it is not read)",
    "ar-generic-head": "the name runs on into the sentence ('المنظمة الإسلامية بالجهود': 'ب' + a "
                       "definite noun goes on as a complement), so it is no head and adjective alone",
}


def found(language: str, text: str) -> dict[str, str | None]:
    """The partners icli finds in `text`: name (compared by name_norm) → acronym."""
    article = ParsedArticle(title=TITLES[language], body=[text], language=language)
    return {name_norm(m.name): m.code for m in extract(article) if m.kind == "partner"}


@pytest.mark.parametrize(("language", "text", "partners"), [
    pytest.param(language, text, partners, id=case_id,
                 marks=[pytest.mark.xfail(strict=True, reason=GAPS[case_id])] if case_id in GAPS else [])
    for case_id, language, text, partners in ROWS_EN + ROWS_FR + ROWS_AR])
def test_partners_counted_by_the_contract(language: str, text: str, partners: dict[str, str | None]) -> None:
    assert found(language, text) == {name_norm(name): acronym for name, acronym in partners.items()}, text


# Issue 27: the contexts before a body are tried once, backwards from the body's name
# (patterns.ending_at), before the search that tries every position of the window.
CONTEXT_TEXTS = [
    ("en", "Irina Bokova, former Director-General of UNESCO, and the honorary doctorate from the "
           "University of Karu, unlike the Bank, in line with the resolutions of the OIC, as the Fund, "
           "on the sidelines of the 27th session of the General Conference of the League, won the "
           "Award, awarded to the Centre, Amina Bello, a teacher at the school (from the School)."),
    ("fr", "L’ancienne directrice générale de l’UNESCO, docteur honoris causa de l’Université, "
           "contrairement à la Banque, en marge de la 27e session de la Conférence générale de la "
           "Ligue, à l’instar de la Fondation, lauréate du Prix, décerné à l’École."),
    ("ar", "المدير العام السابق لليونسكو، والدكتوراه الفخرية من الجامعة، على غرار البنك، قرارات "
           "المنظمة، الدول الأعضاء في المنظمة، بدعم من الصندوق، الفائز بجائزة الشارقة."),
]


@pytest.mark.parametrize(("language", "text"), CONTEXT_TEXTS)
def test_a_context_tried_backwards_is_found_where_the_search_finds_it(language: str, text: str) -> None:
    from icli.extract.partner_contexts import _BEFORE, CONTEXTS
    from icli.extract.patterns import ending_at

    before = CONTEXTS[language].before
    found = 0
    for end in range(len(text) + 1):
        expected = before.search(text, max(0, end - _BEFORE), end)
        got = ending_at(before, text, max(0, end - _BEFORE), end)
        assert (got and (got.span(), got.groups())) == (expected and (expected.span(), expected.groups()))
        found += expected is not None
    assert found >= 8


def test_a_unit_named_at_icesco_is_icesco_s_own_not_the_venue_s_guests() -> None:
    def partners(text: str) -> list[str]:
        article = ParsedArticle(title="A title for the test", body=[text], language="en")
        return [m.name for m in extract(article) if m.kind == "partner"]

    assert partners("Dr. Lina Haddad, Director of the Manuscripts Centre at ICESCO, opened the day.") == []
    assert partners("The Calligraphy Centre at ICESCO organized the course with the University "
                    "of Sfax.") == ["University of Sfax"]
    # a body that meets at ICESCO's seat stays a partner
    assert partners("The Arab Centre for Heritage Studies signed the agreement at ICESCO "
                    "headquarters.") == ["Arab Centre for Heritage Studies"]
