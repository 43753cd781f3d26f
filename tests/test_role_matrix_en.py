"""A grammar matrix of the shapes in which an English page states a person and a role (issue 21,
helper gram-en13): honorifics, forms of a role phrase, positions of the role against the name,
sentence frames around them, long and double roles, and shapes icli missed on real pages. Each
case is a sentence written for this test with invented names from several regions; its
expectation is written by hand from docs/contract.md ('What counts as an entity'): the name as
written without honorifics, the role as the whole noun phrase without a leading article and
nothing of the verb, place or time. A case icli does not meet yet is a strict xfail with its
reason (XFAIL), so the matrix is also a map of the limits."""

from __future__ import annotations

import pytest

from tests.role_matrix import Matrix
from tests.test_roles import people

MATRIX = Matrix()
case = MATRIX.case


# --- honorifics × two roles × role after / role before the name ----------------------------------
HONORIFICS = ["", "Mr. ", "Ms. ", "Dr. ", "Prof. ", "H.E. ", "Ambassador ", "Sheikh ", "Dr ",
              "H.E. Dr. "]
HONORIFIC_ROLES = [("Nurlan Abenov", "Permanent Delegate of the Republic of Kazakhstan to ICESCO"),
                   ("Fatou Ndiaye", "Minister of Culture of the Republic of Senegal")]
for hon in HONORIFICS:
    for name, role in HONORIFIC_ROLES:
        case("honorific", f"{hon}{name}, {role}, opened the forum in Dakar on 14 March 2023.",
             {name: role})
        case("honorific", f"The {role}, {hon}{name}, opened the forum in Dakar on 14 March 2023.",
             {name: role})

# --- forms of a role phrase, after the name and before it ----------------------------------------
# (role, takes "the" before it at the start of a sentence)
ROLE_FORMS = [
    ("Minister of Culture and Tourism of the Republic of Azerbaijan", True),
    ("Secretary-General of the Union of Arab Universities", True),
    ("UNESCO's Assistant Director-General for Education", False),
    ("Indonesia's Minister of Religious Affairs", False),
    ("Moroccan Minister of Youth, Culture and Communication", True),
    ("Ambassador of Malaysia to the Kingdom of Morocco", True),
    ("Minister of Higher Education, Scientific Research and Innovation of Burkina Faso", True),
    ("President of the National Council for Science and Technology", True),
    ("former Prime Minister of Mali", True),
    ("Deputy Minister of Foreign Affairs of Kazakhstan", True),
    ("acting Rector of the University of Nouakchott", True),
    ("Secretary of State for Higher Education of Portugal", True),
    ("Ambassador Extraordinary and Plenipotentiary of the Republic of Kazakhstan to the Kingdom "
     "of Morocco", True),
    ("Ambassador of Niger to Morocco, Tunisia and Mauritania", True),
    ("Chairperson of the Board of Trustees of the Qatar Foundation for Education", True),
    ("Director of Cultural Heritage at the Ministry of Culture of Jordan", True),
    ("Head of the Education Sector at ICESCO", True),
    ("Vice-President of the Islamic Development Bank", True),
    ("Permanent Representative of Türkiye to the Organization of Islamic Cooperation (OIC)", True),
    ("Assistant Secretary-General for Science and Technology of the OIC", True),
]
FORM_NAMES = ["Siti Rahmawati", "Ousmane Diallo", "Tariq bin Saeed Al-Harbi", "Aigerim Bekova",
              "Yusuf Demirci"]
for i, (role, article) in enumerate(ROLE_FORMS):
    name = FORM_NAMES[i % len(FORM_NAMES)]
    hon = ["Dr. ", "Mr. ", "", "Ms. ", "H.E. "][i % 5]
    case("role-form", f"{hon}{name}, {role}, chaired the session in Rabat on Monday.",
         {name: role})
    lead = ("The " + role) if article else role[0].upper() + role[1:]
    expected_role = role if article or role[0].isupper() else role[0].upper() + role[1:]
    case("role-form", f"{lead}, {hon}{name}, chaired the session in Rabat on Monday.",
         {name: expected_role})

# --- positions of a role against a name ---------------------------------------------------------
case("position", "Dr. Leila Haddadi, the Rector of the University of Sfax, opened the forum.",
     {"Leila Haddadi": "Rector of the University of Sfax"})
case("position", "The forum was opened by the Rector of the University of Sfax, Prof. Leila "
     "Haddadi, on Monday.", {"Leila Haddadi": "Rector of the University of Sfax"})
case("position", "The Minister of Culture of Senegal Mr. Ousmane Diallo opened the forum.",
     {"Ousmane Diallo": "Minister of Culture of Senegal"})
case("position", "Senegal's Minister of Culture Ousmane Diallo opened the forum.",
     {"Ousmane Diallo": "Senegal's Minister of Culture"})
case("position", "Senegalese Minister of Culture Ousmane Diallo opened the forum.",
     {"Ousmane Diallo": "Senegalese Minister of Culture"})
case("position", "Mr. Ousmane Diallo (Minister of Culture of Senegal) opened the forum.",
     {"Ousmane Diallo": "Minister of Culture of Senegal"})
case("position", "Ousmane Diallo, Minister of Culture of Senegal, opened the forum.",
     {"Ousmane Diallo": "Minister of Culture of Senegal"})
case("position", "Minister of Culture of Senegal, Ousmane Diallo, opened the forum.",
     {"Ousmane Diallo": "Minister of Culture of Senegal"})
case("position", "Education Minister Dr. Amina Yusuf Danjuma opened the forum.",
     {"Amina Yusuf Danjuma": "Education Minister"})
case("position", "UNESCO Director-General Marta Lindqvist opened the forum.",
     {"Marta Lindqvist": "UNESCO Director-General"})
case("position", "Kazakh Ambassador Nurlan Abenov opened the forum.",
     {"Nurlan Abenov": "Kazakh Ambassador"})
case("position", "The forum heard Indonesian Minister of Religious Affairs Siti Rahmawati.",
     {"Siti Rahmawati": "Indonesian Minister of Religious Affairs"})
case("position", "The forum was chaired by Prof. Leila Haddadi, Rector of the University of "
     "Sfax, and by Mr. Nurlan Abenov, Ambassador of Kazakhstan to Tunisia.",
     {"Leila Haddadi": "Rector of the University of Sfax",
      "Nurlan Abenov": "Ambassador of Kazakhstan to Tunisia"})
case("position", "Rector of the University of Sfax Prof. Leila Haddadi opened the forum.",
     {"Leila Haddadi": "Rector of the University of Sfax"})

# --- sentence frames around "Dr. Leila Haddadi, Rector of the University of Sfax" ---------------
P, ROLE = "Dr. Leila Haddadi, Rector of the University of Sfax", "Rector of the University of Sfax"
FRAMES = [
    "{p}, opened the forum in Sfax on Monday, 3 April 2023.",
    "ICESCO received {p}, at its headquarters in Rabat on Wednesday.",
    "The delegation met with {p}, on the sidelines of the conference.",
    "The Organization welcomed {p}, who visited the Calligraphy Center.",
    "The ceremony took place in the presence of {p}, and several ambassadors.",
    "On behalf of {p}, Mr. Omar Sefrioui delivered a speech.",
    "“Education is a right, not a privilege,” said {p}.",
    "In her speech, {p}, stressed the role of universities.",
    "According to {p}, the plan covers ten countries.",
    "The closing speech was delivered by {p}.",
    "{p}, said that the plan covers ten countries.",
]
for frame in FRAMES:
    expected: dict[str, str | None] = {"Leila Haddadi": ROLE}
    if "Omar Sefrioui" in frame:
        expected["Omar Sefrioui"] = None
    case("frame", frame.format(p=P), expected)
case("frame", "The ceremony was attended by Dr. Leila Haddadi, Rector of the University of Sfax, "
     "Mr. Nurlan Abenov, Ambassador of Kazakhstan to Tunisia, and Ms. Siti Rahmawati, Director "
     "of the National Library of Indonesia.",
     {"Leila Haddadi": "Rector of the University of Sfax",
      "Nurlan Abenov": "Ambassador of Kazakhstan to Tunisia",
      "Siti Rahmawati": "Director of the National Library of Indonesia"})
case("frame", "The ceremony was attended by Dr. Leila Haddadi, Mr. Nurlan Abenov and Ms. Siti "
     "Rahmawati.", {"Leila Haddadi": None, "Nurlan Abenov": None, "Siti Rahmawati": None})
case("frame", "Leila Haddadi said the plan covers ten countries.", {"Leila Haddadi": None})
case("frame", "“We are ready,” Rector of the University of Sfax Leila Haddadi said.",
     {"Leila Haddadi": ROLE})
case("frame", "On Tuesday, the Rector of the University of Sfax, Dr. Leila Haddadi, opened the "
     "forum.", {"Leila Haddadi": ROLE})

# --- long and double roles ----------------------------------------------------------------------
case("long-double", "Mr. Paul Mba, Ambassador of Gabon to Morocco and his country's Permanent "
     "Delegate to ICESCO, attended the meeting.",
     {"Paul Mba": "Ambassador of Gabon to Morocco and his country's Permanent Delegate to ICESCO"})
case("long-double", "Ms. Hawa Kamara, Minister of Youth and her Deputy, Mr. Sahr Bangura, "
     "attended the meeting.", {"Hawa Kamara": "Minister of Youth", "Sahr Bangura": "her Deputy"})
case("long-double", "Dr. Javad Rahimi, Deputy Director-General of ICESCO and Head of the Science "
     "Sector, attended the meeting.",
     {"Javad Rahimi": "Deputy Director-General of ICESCO and Head of the Science Sector"})
case("long-double", "Mr. Malick Sow, Secretary of State for Youth and Sports of Senegal, attended "
     "the meeting.", {"Malick Sow": "Secretary of State for Youth and Sports of Senegal"})
case("long-double", "Dr. Rania Saber, acting Director-General of the Arab Institute for "
     "Statistics, attended the meeting.",
     {"Rania Saber": "acting Director-General of the Arab Institute for Statistics"})
case("long-double", "Mr. Omar Kettani, Minister of Education, Culture, Youth and Sports of the "
     "Union of the Comoros, attended the meeting.",
     {"Omar Kettani": "Minister of Education, Culture, Youth and Sports of the Union of the "
                      "Comoros"})
case("long-double", "Mr. Lamine Barry, former Minister of Culture and current Ambassador of "
     "Guinea to Egypt, attended the meeting.",
     {"Lamine Barry": "former Minister of Culture and current Ambassador of Guinea to Egypt"})
case("long-double", "Ms. Noor Hamdan, Minister of Culture, and Mr. Ziad Karam, Minister of "
     "Education, attended the meeting.",
     {"Noor Hamdan": "Minister of Culture", "Ziad Karam": "Minister of Education"})
case("long-double", "The meeting was attended by the Minister of Culture, Ms. Noor Hamdan, and "
     "the Minister of Education, Mr. Ziad Karam.",
     {"Noor Hamdan": "Minister of Culture", "Ziad Karam": "Minister of Education"})

# --- shapes missed on real pages (written anew) -------------------------------------------------
case("known-miss", "The ceremony was attended by the Iraqi ambassador in Cairo, Karim Mansour.",
     {"Karim Mansour": "Iraqi ambassador in Cairo"})
case("known-miss", "Also present was the UNESCO representative, Marie Dupont.",
     {"Marie Dupont": "UNESCO representative"})
case("known-miss", "On Monday, Minister of Culture, Rashid Al-Nuaimi, opened the exhibition.",
     {"Rashid Al-Nuaimi": "Minister of Culture"})
case("known-miss", "Culture Minister Aigerim Bekova opened the exhibition.",
     {"Aigerim Bekova": "Culture Minister"})
case("known-miss", "Ambassador Extraordinary and Plenipotentiary of Japan to Morocco, Mr. Kenji "
     "Morita, attended the exhibition.",
     {"Kenji Morita": "Ambassador Extraordinary and Plenipotentiary of Japan to Morocco"})
case("known-miss", "The exhibition was visited by the Ambassador Extraordinary and "
     "Plenipotentiary of Japan to Morocco Kenji Morita.",
     {"Kenji Morita": "Ambassador Extraordinary and Plenipotentiary of Japan to Morocco"})
case("known-miss", "Mr. Idris Benomar, Adviser to King Hassan II, attended the exhibition.",
     {"Idris Benomar": "Adviser to King Hassan II", "Hassan II": "King"})

# --- round 2 (written before icli ran on them): more honorifics, inner words, names ------------
case("round2", "Her Excellency Sheikha Mariam Al-Suwaidi, Minister of Community Development of "
     "the United Arab Emirates, opened the forum.",
     {"Mariam Al-Suwaidi": "Minister of Community Development of the United Arab Emirates"})
case("round2", "Prof. Dr. Emre Yildiz, Rector of Ankara University, opened the forum.",
     {"Emre Yildiz": "Rector of Ankara University"})
case("round2", "Dr. Salma K. Nuruddin, Director of Education at ICESCO, opened the forum.",
     {"Salma K. Nuruddin": "Director of Education at ICESCO"})
case("round2", "Mr. Jean-Pierre Mbemba, Chargé d'Affaires a.i. of the Embassy of Gabon in Rabat, "
     "opened the forum.",
     {"Jean-Pierre Mbemba": "Chargé d'Affaires a.i. of the Embassy of Gabon in Rabat"})
case("round2", "Ms. Hind Benali, Head of the Unit in charge of Cultural Diplomacy, opened the "
     "forum.", {"Hind Benali": "Head of the Unit in charge of Cultural Diplomacy"})
case("round2", "Mr. Omar Touré, Adviser in charge of Partnerships at the Ministry of Education of "
     "Mali, opened the forum.",
     {"Omar Touré": "Adviser in charge of Partnerships at the Ministry of Education of Mali"})
case("round2", "The forum was opened by Dr. Aisha Bello, Vice-Chancellor of Bayero University, and "
     "Prof. Musa Garba, Dean of the Faculty of Arts.",
     {"Aisha Bello": "Vice-Chancellor of Bayero University",
      "Musa Garba": "Dean of the Faculty of Arts"})
case("round2", "Mr. Rustam Karimov, Chairman of the National Commission of Uzbekistan for "
     "UNESCO, ICESCO and ALECSO, opened the forum.",
     {"Rustam Karimov": "Chairman of the National Commission of Uzbekistan for UNESCO, ICESCO "
                        "and ALECSO"})
case("round2", "Speaking on behalf of the Minister of Culture of Chad, Mr. Idriss Abakar, Head "
     "of the Heritage Department, thanked the Organization.",
     {"Idriss Abakar": "Head of the Heritage Department"})
case("round2", "ICESCO's Director-General received Dr. Nasser Al-Amri, Undersecretary of the "
     "Ministry of Heritage of Oman, at the headquarters.",
     {"Nasser Al-Amri": "Undersecretary of the Ministry of Heritage of Oman"})
case("round2", "Mr. Koffi Mensah, Togo's Ambassador to Morocco and Dean of the African "
     "Diplomatic Corps, attended.",
     {"Koffi Mensah": "Togo's Ambassador to Morocco and Dean of the African Diplomatic Corps"})
case("round2", "Dr. Farrukh Tashkentov, a professor at the University of Samarkand, gave a "
     "lecture.", {"Farrukh Tashkentov": "professor at the University of Samarkand"})
case("round2", "The lecture was given by Farrukh Tashkentov, professor of history at the "
     "University of Samarkand.",
     {"Farrukh Tashkentov": "professor of history at the University of Samarkand"})
case("round2", "Also present were Dr. Lina Farah, Mr. Yusuf Demirci and Ms. Siti Rahmawati, "
     "experts in heritage.", {"Lina Farah": None, "Yusuf Demirci": None, "Siti Rahmawati": None})
case("round2", "The Deputy Director-General, Dr. Javad Rahimi, opened the forum.",
     {"Javad Rahimi": "Deputy Director-General"})
case("round2", "President of the Republic of Senegal Macky Ndour received the delegation.",
     {"Macky Ndour": "President of the Republic of Senegal"})
case("round2", "The delegation met H.E. Mr. Anar Guliyev, Minister of Culture of the Republic "
     "of Azerbaijan, on Tuesday.",
     {"Anar Guliyev": "Minister of Culture of the Republic of Azerbaijan"})
case("round2", "The Saudi Minister of Culture, Prince Faisal bin Khalid, opened the forum.",
     {"Faisal bin Khalid": "Saudi Minister of Culture"})

# --- shapes added after the first run (the rules written for the families above reach them) ------
case("added", "In Addis Ababa, Minister of Culture, Rashid Al-Nuaimi, opened the exhibition.",
     {"Rashid Al-Nuaimi": "Minister of Culture"})
case("added", "Ousmane Diallo (Minister of Culture of Senegal) opened the forum.",
     {"Ousmane Diallo": "Minister of Culture of Senegal"})
case("added", "Mr. Ousmane Diallo (ICESCO) opened the forum.", {"Ousmane Diallo": None})
case("added", "The Iraqi ambassador in Cairo, Dr. Karim Mansour, spoke first.",
     {"Karim Mansour": "Iraqi ambassador in Cairo"})
case("added", "UNESCO's Director of Culture Ousmane Diallo opened the forum.",
     {"Ousmane Diallo": "UNESCO's Director of Culture"})
case("added", "Kazakh Foreign Affairs Minister Nurlan Abenov opened the forum.",
     {"Nurlan Abenov": "Kazakh Foreign Affairs Minister"})
case("added", "Yesterday President Nurlan Abenov opened the forum.",
     {"Nurlan Abenov": "President"})

# a headline read as a paragraph: its verb is never part of a name
case("added", "ICESCO Director-General Receives Jordan Ambassador", {})
case("added", "Deputy Director-General Meets Chad Delegation in Rabat", {})

# --- round 3 (gram-en14; written before icli ran on them): known misses of the held-out pages
# in new words, honorifics, "as"/"in his capacity as", complements, verbs and times, lists ----
case("known-miss", "The delegation included Ms. June Park, Program Officer at the Korea "
     "Foundation, and Mr. Daniel Cho.",
     {"June Park": "Program Officer at the Korea Foundation", "Daniel Cho": None})
case("known-miss", "Ms. June Park, Program Officer at the Korea Foundation, attended the meeting.",
     {"June Park": "Program Officer at the Korea Foundation"})
case("known-miss", "Mr. Ali Reza, Adviser to Dr. Omar Sefrioui, attended the meeting.",
     {"Ali Reza": "Adviser to Dr. Omar Sefrioui", "Omar Sefrioui": None})
case("known-miss", "Amina Khalid said that the plan covers ten countries.",
     {"Amina Khalid": None})
case("known-miss", "In her speech, Amina Khalid stressed the role of universities.",
     {"Amina Khalid": None})
case("known-miss", "Tariq Mansour noted that the programme covers ten countries.",
     {"Tariq Mansour": None})
case("known-miss", "“Heritage unites us,” Kofi Mensah said.", {"Kofi Mensah": None})

case("round3", "Eng. Khalid Mansour, Director of Planning at the Ministry of Education of Jordan, "
     "attended the workshop.",
     {"Khalid Mansour": "Director of Planning at the Ministry of Education of Jordan"})
case("round3", "Mrs. Zainab Olawale, Executive Director of the Lagos Heritage Foundation, opened "
     "the workshop.", {"Zainab Olawale": "Executive Director of the Lagos Heritage Foundation"})
case("round3", "Professor Tahir Qureshi, Vice-Chancellor of the University of the Punjab, opened "
     "the workshop.", {"Tahir Qureshi": "Vice-Chancellor of the University of the Punjab"})
case("round3", "His Excellency Dr. Kamal Hassan, Minister of Education of Egypt, opened the "
     "workshop.", {"Kamal Hassan": "Minister of Education of Egypt"})
case("round3", "H.E. Ambassador Leyla Mammadova, Permanent Delegate of Azerbaijan to ICESCO, "
     "opened the workshop.",
     {"Leyla Mammadova": "Permanent Delegate of Azerbaijan to ICESCO"})
case("round3", "Dr. Omar Haidari, in his capacity as President of the Afghan Academy of "
     "Sciences, signed the agreement.",
     {"Omar Haidari": "President of the Afghan Academy of Sciences"})
case("round3", "Ms. Rehana Begum, in her capacity as Chair of the Executive Council, opened the "
     "session.", {"Rehana Begum": "Chair of the Executive Council"})
case("round3", "Dr. Omar Haidari, as President of the Afghan Academy of Sciences, signed the "
     "agreement.", {"Omar Haidari": "President of the Afghan Academy of Sciences"})
case("round3", "The agreement was signed by Dr. Omar Haidari as President of the Afghan Academy "
     "of Sciences.", {"Omar Haidari": "President of the Afghan Academy of Sciences"})
case("round3", "Mr. Bakhyt Seitkali, who serves as Director of the National Museum of "
     "Kazakhstan, guided the delegation.",
     {"Bakhyt Seitkali": "Director of the National Museum of Kazakhstan"})
case("round3", "Dr. Amal Yousef, Director of the Center for Arabic Language Studies at Qatar "
     "University, gave a lecture.",
     {"Amal Yousef": "Director of the Center for Arabic Language Studies at Qatar University"})
case("round3", "Mr. Tomás Herrera, Coordinator for Latin America and the Caribbean at UNESCO, "
     "gave a lecture.",
     {"Tomás Herrera": "Coordinator for Latin America and the Caribbean at UNESCO"})
case("round3", "Ms. Aida Suleimenova, Head of International Relations at the Kazakh Ministry of "
     "Culture and Sports, gave a lecture.",
     {"Aida Suleimenova": "Head of International Relations at the Kazakh Ministry of Culture "
                          "and Sports"})
case("round3", "Dr. Yaw Boateng, Ghanaian Deputy Minister of Education, gave a lecture.",
     {"Yaw Boateng": "Ghanaian Deputy Minister of Education"})
case("round3", "Mr. Hamza Yilmaz, Turkish Ambassador to Morocco, gave a lecture.",
     {"Hamza Yilmaz": "Turkish Ambassador to Morocco"})
case("round3", "Mr. Daniel Cho, Program Manager for Culture and Education at the Korea "
     "International Cooperation Agency (KOICA), gave a lecture.",
     {"Daniel Cho": "Program Manager for Culture and Education at the Korea International "
                    "Cooperation Agency (KOICA)"})
case("round3", "Dr. Leila Haddadi, Rector of the University of Sfax, yesterday inaugurated the "
     "library.", {"Leila Haddadi": "Rector of the University of Sfax"})
case("round3", "Mr. Ousmane Diallo, Minister of Culture of Senegal, today launched the festival.",
     {"Ousmane Diallo": "Minister of Culture of Senegal"})
case("round3", "Mr. Ousmane Diallo, Minister of Culture of Senegal, on Tuesday launched the "
     "festival.", {"Ousmane Diallo": "Minister of Culture of Senegal"})
case("round3", "Prof. Aigerim Bekova, Director of the Institute of History, has announced the "
     "results.", {"Aigerim Bekova": "Director of the Institute of History"})
case("round3", "The Secretary-General of the Arab League, Mr. Hossam Zaher, welcomed the "
     "initiative.", {"Hossam Zaher": "Secretary-General of the Arab League"})
case("round3", "Morocco's Minister of Youth, Culture and Communication, Karim Benjelloun, opened "
     "the fair.", {"Karim Benjelloun": "Morocco's Minister of Youth, Culture and Communication"})
case("round3", "ICESCO's Deputy Director-General, Dr. Javad Rahimi, opened the fair.",
     {"Javad Rahimi": "ICESCO's Deputy Director-General"})
case("round3", "Chairperson of the Board, Ms. Aisha Bello, opened the fair.",
     {"Aisha Bello": "Chairperson of the Board"})
case("round3", "The agreement was signed by ICESCO's Director-General, Dr. Hassan Idrissi, and "
     "the President of the University of Tunis, Prof. Sami Ben Salah.",
     {"Hassan Idrissi": "ICESCO's Director-General",
      "Sami Ben Salah": "President of the University of Tunis"})
case("round3", "The panel included Dr. Sami Ben Salah (Tunisia), Ms. Aida Suleimenova "
     "(Kazakhstan) and Mr. Tomás Herrera (Chile).",
     {"Sami Ben Salah": None, "Aida Suleimenova": None, "Tomás Herrera": None})
case("round3", "Speakers included Prof. Emre Yildiz, Rector of Ankara University; Dr. Amal "
     "Yousef, Director of the Center for Arabic Language Studies; and Mr. Daniel Cho, Program "
     "Manager at KOICA.",
     {"Emre Yildiz": "Rector of Ankara University",
      "Amal Yousef": "Director of the Center for Arabic Language Studies",
      "Daniel Cho": "Program Manager at KOICA"})
case("round3", "The jury comprised Prof. Emre Yildiz (chair), Dr. Amal Yousef and Mr. Daniel Cho.",
     {"Emre Yildiz": "chair", "Amal Yousef": None, "Daniel Cho": None})
case("round3", "Dr. Abdoulaye Ould Cheikh Sidiya, Minister of Culture of Mauritania, opened the "
     "fair.", {"Abdoulaye Ould Cheikh Sidiya": "Minister of Culture of Mauritania"})
case("round3", "Mr. Nguyen Van Minh, Vice-Minister of Education of Viet Nam, opened the fair.",
     {"Nguyen Van Minh": "Vice-Minister of Education of Viet Nam"})
case("round3", "Ms. Maria dos Santos, Director of Heritage of Mozambique, opened the fair.",
     {"Maria dos Santos": "Director of Heritage of Mozambique"})
case("round3", "Dr. Hamid Al Hashimi, Advisor to the Minister of Culture of the UAE, opened the "
     "fair.", {"Hamid Al Hashimi": "Advisor to the Minister of Culture of the UAE"})
case("round3", "Prof. Ahmad bin Yusof, Deputy Vice-Chancellor (Research) of Universiti Malaya, "
     "opened the fair.",
     {"Ahmad bin Yusof": "Deputy Vice-Chancellor (Research) of Universiti Malaya"})
case("round3", "Ms. Hana Saleh, Assistant to H.E. the Minister of Culture, attended the meeting.",
     {"Hana Saleh": "Assistant to H.E. the Minister of Culture"})
case("round3", "Mr. Karim Saadi, Chief of Staff of the Minister of Culture, attended the meeting.",
     {"Karim Saadi": "Chief of Staff of the Minister of Culture"})
case("round3", "Ms. Farida Nazarova, member of the Parliament of Tajikistan, attended the meeting.",
     {"Farida Nazarova": "member of the Parliament of Tajikistan"})
case("round3", "Dr. Kwame Asante, a researcher at the University of Ghana, presented a paper.",
     {"Kwame Asante": "researcher at the University of Ghana"})
case("round3", "Mr. Sardor Umarov, founder of the Silk Road Heritage Foundation, presented a "
     "paper.", {"Sardor Umarov": "founder of the Silk Road Heritage Foundation"})
case("round3", "Ms. Aylin Kaya, Türkiye's Deputy Minister of Culture and Tourism, presented a "
     "paper.", {"Aylin Kaya": "Türkiye's Deputy Minister of Culture and Tourism"})
case("round3", "Dr. Nadia Karimi, Senior Expert in Education Policy at the OIC, presented a "
     "paper.", {"Nadia Karimi": "Senior Expert in Education Policy at the OIC"})
case("round3", "Later in the session, Kofi Mensah and Aigerim Bekova presented the report.",
     {"Kofi Mensah": None, "Aigerim Bekova": None})
case("round3", "Mr. Kofi Mensah, Ghana's Ambassador to Morocco, and Ms. Aigerim Bekova, "
     "Kazakhstan's Ambassador to Morocco, presented the report.",
     {"Kofi Mensah": "Ghana's Ambassador to Morocco",
      "Aigerim Bekova": "Kazakhstan's Ambassador to Morocco"})

# a verb of speech after capitalized words that name no person: no one
case("speaker-not", "The Executive Council noted the progress made.", {})
case("speaker-not", "Saudi Arabia stressed the role of universities.", {})
case("speaker-not", "The United Nations said that the plan covers ten countries.", {})
case("speaker-not", "In Rabat, Education Ministers stressed the role of schools.", {})
case("speaker-not", "On Monday, Kazakh Officials said the plan covers ten countries.", {})
case("speaker-not", "Al-Azhar Al-Sharif praised the initiative.", {})
case("speaker-not", "Islamic Summit Conference stressed the role of education.", {})
case("speaker-not", "The minister and Amina Khalid said the plan covers ten countries.", {})
case("speaker-not", "Human Rights Watch stated that the plan covers ten countries.", {})
case("speaker-not", "Abu Dhabi said it would host the forum.", {})
# issue 21: a region's, a province's or an emirate's name (pycountry's subdivisions, any
# language), a holy city's honorific name, words the article also writes in lower case
case("speaker-not", "Rabat Salé Kénitra said it would host the forum.", {})
case("speaker-not", "Makkah Al-Mukarramah said it would welcome the pilgrims in June.", {})
case("speaker-not", "Human Rights Watch said that its report on human rights covers ten "
     "countries.", {})
case("speaker-not", "The forum on the new watch list opened. Human Rights Watch stated that the "
     "plan covers ten countries.", {})
case("speaker", "Amina Khalid said that the plan covers ten countries.", {"Amina Khalid": None})
case("speaker", "The forum opened in Dubai. Kofi Mensah said that the plan covers ten countries.",
     {"Kofi Mensah": None})
case("known-miss", "Meanwhile Amina Khalid also stressed the role of universities.",
     {"Amina Khalid": None})
case("known-miss", "The report, Tariq Mansour said, covers ten countries.", {"Tariq Mansour": None})

# --- round 4 (gram-en14; written before icli ran on them): roles inside longer sentences ---------
case("round4", "The meeting was chaired by Dr. Nadia Karimi, ICESCO Director of Education, in the "
     "presence of Mr. Ali Reza.", {"Nadia Karimi": "ICESCO Director of Education", "Ali Reza": None})
case("round4", "Speaking at the opening, Prof. Emre Yildiz, Rector of Ankara University, said that "
     "the plan covers ten countries.", {"Emre Yildiz": "Rector of Ankara University"})
case("round4", "Ms. Aida Suleimenova, who heads the Department of Culture, welcomed the "
     "delegation.", {"Aida Suleimenova": None})
case("round4", "Dr. Yaw Boateng, Ghana's Minister of Education and Chairman of the Board of the "
     "Ghana Education Service, opened the conference.",
     {"Yaw Boateng": "Ghana's Minister of Education and Chairman of the Board of the Ghana "
                     "Education Service"})
case("round4", "Mr. Tomás Herrera, Director, UNESCO Office in Rabat, opened the conference.",
     {"Tomás Herrera": "Director, UNESCO Office in Rabat"})
case("round4", "H.E. Sheikh Hamad bin Khalifa Al-Thani, Chairman of Qatar Museums, opened the "
     "conference.", {"Hamad bin Khalifa Al-Thani": "Chairman of Qatar Museums"})
case("round4", "The Director of the Education Sector at ICESCO, Dr. Nadia Karimi, opened the "
     "conference.", {"Nadia Karimi": "Director of the Education Sector at ICESCO"})
case("round4", "Dr. Nadia Karimi, ICESCO's Director of Education, and Mr. Ali Reza, Director of "
     "Culture, opened the conference.",
     {"Nadia Karimi": "ICESCO's Director of Education", "Ali Reza": "Director of Culture"})
case("round4", "Mr. Ali Reza, Director of Culture, on behalf of Dr. Nadia Karimi, opened the "
     "conference.", {"Ali Reza": "Director of Culture", "Nadia Karimi": None})
case("round4", "Mr. Daniel Cho, Korea's Vice Minister of Culture, Sports and Tourism, opened the "
     "conference.", {"Daniel Cho": "Korea's Vice Minister of Culture, Sports and Tourism"})
case("round4", "ICESCO Director-General Dr. Hassan Idrissi received Mr. Daniel Cho, Korea's Vice "
     "Minister of Culture, on Tuesday.",
     {"Hassan Idrissi": "ICESCO Director-General", "Daniel Cho": "Korea's Vice Minister of Culture"})
case("round4", "Ms. Zainab Olawale, Nigeria's first female Minister of Culture, opened the "
     "conference.", {"Zainab Olawale": "Nigeria's first female Minister of Culture"})
case("round4", "The conference was addressed by Mr. Karim Saadi, the Chief Executive Officer of the "
     "Saudi Heritage Commission.",
     {"Karim Saadi": "Chief Executive Officer of the Saudi Heritage Commission"})
case("round4", "Dr. Amal Yousef, Dean of the College of Arts and Sciences at Qatar University, "
     "opened the conference.",
     {"Amal Yousef": "Dean of the College of Arts and Sciences at Qatar University"})
case("round4", "Engineer Khalid Mansour, Secretary General of the Jordanian National Commission for "
     "Education, Culture and Science, opened the conference.",
     {"Khalid Mansour": "Secretary General of the Jordanian National Commission for Education, "
                        "Culture and Science"})
case("round4", "Mr. Ali Reza, the Organization's Director of Culture, opened the conference.",
     {"Ali Reza": "Organization's Director of Culture"})
case("round4", "Ms. Sara Ahmadi, an expert in cultural heritage, presented the report.",
     {"Sara Ahmadi": "expert in cultural heritage"})

# --- round 5 (gram-en14): shapes of stored pages told in new words ------------------------------
case("round5", "The opening was followed by the address of Tariq Mansour, Secretary-General of the "
     "National Commission, where he stated that the forum matters.",
     {"Tariq Mansour": "Secretary-General of the National Commission"})
case("round5", "The ceremony was held in the presence of Tariq Mansour, Minister of Culture of "
     "Jordan.", {"Tariq Mansour": "Minister of Culture of Jordan"})
case("round5", "“We are ready,” said Amina Khalid.", {"Amina Khalid": None})
# issue 27: each quotation mark has its own pattern now; both still open the phrase
case("speaker", '"We are ready," noted Amina Khalid. “We agree”, added Kofi Mensah.',
     {"Amina Khalid": None, "Kofi Mensah": None})
case("round5", "“We are ready,” said Amina Khalid, Director of Culture at the Ministry of "
     "Education.", {"Amina Khalid": "Director of Culture at the Ministry of Education"})
case("round5", "The speech of the Minister of Higher Education and Scientific Research, Tariq "
     "Mansour, was read.",
     {"Tariq Mansour": "Minister of Higher Education and Scientific Research"})
case("round5", "Foreign Minister Karim Saadi on Friday stressed that peace is essential.",
     {"Karim Saadi": "Foreign Minister"})

# --- issue 21: acronym roles, winners listed with no honorific, possessives --------------------
case("issue21", "ICESCO DG Dr. Hassan Idrissi opened the forum.", {"Hassan Idrissi": "ICESCO DG"})
case("issue21", "Dr. Hassan Idrissi, ICESCO DG, opened the forum.", {"Hassan Idrissi": "ICESCO DG"})
case("issue21", "The two winners are Kofi Mensah Boateng of Ghana and Tariq Ali Mansour of "
     "Nigeria.", {"Kofi Mensah Boateng": None, "Tariq Ali Mansour": None})
case("issue21", "The jury announced the two winners, Mr Kofi Mensah Boateng of Ghana and Mr Tariq "
     "Ali Mansour of Nigeria.", {"Kofi Mensah Boateng": None, "Tariq Ali Mansour": None})
case("issue21", "The winner, Abdou Razak Guy KAMBOGO of Chad, received the prize.",
     {"Abdou Razak Guy KAMBOGO": None})
case("issue21", "ICESCO was represented by Dr. Hassan Idrissi, its Director-General.",
     {"Hassan Idrissi": "its Director-General"})
case("issue21", "Dr. Hassan Idrissi, Director-General of the Organization, opened the forum.",
     {"Hassan Idrissi": "Director-General of the Organization"})
case("issue21", "Al-Madinah Al-Munawwarah, Saudi Arabia, hosted the forum on Monday.", {})
case("issue21", "The winners are Kofi Mensah of Ghana and Abu Dhabi of the United Arab Emirates.",
     {"Kofi Mensah": None})

# --- issue 21 (roles20): a qualifier in brackets stays in the role; a clause or a country ends it -
case("bracket", "Dr. Azmi bin Karim, Permanent Secretary (Higher Education), Ministry of Education, "
     "opened the forum.",
     {"Azmi bin Karim": "Permanent Secretary (Higher Education), Ministry of Education"})
case("bracket", "Ms. Lina Haddad, Director of the Regional Bureau for Education (RBE- Unesco) in "
     "Dakar, opened the forum.",
     {"Lina Haddad": "Director of the Regional Bureau for Education (RBE- Unesco) in Dakar"})
case("bracket", "Ms. Lina Haddad, Director of the National Heritage Institute (Tunisia), opened the "
     "forum.", {"Lina Haddad": "Director of the National Heritage Institute"})
case("bracket", "Ms. Lina Haddad, Director of the Institute (which was founded in 1990), opened the "
     "forum.", {"Lina Haddad": "Director of the Institute"})
case("bracket", "Mr. Yusuf Adeyemi, Minister of Culture (Left), cut the ribbon.",
     {"Yusuf Adeyemi": "Minister of Culture"})  # a picture's caption, not the role's
case("bracket", "Ms. Lina Haddad, Director of the Heritage Institute (Photo), opened the forum.",
     {"Lina Haddad": "Director of the Heritage Institute"})
# --- issue 21 (roles20): role words the lists lacked ---------------------------------------------
case("role-word", "The delegation included Mr Kofi Mensah, the National Correspondent of the Ghana "
     "National Commission.", {"Kofi Mensah": "National Correspondent of the Ghana National Commission"})
case("role-word", "Mr. Emad Karimi, Co-Founder of DataLab, addressed the panel.",
     {"Emad Karimi": "Co-Founder of DataLab"})

XFAIL = {
    "frame-15": "'Rector of the University of Sfax Leila Haddadi': with no comma, capitalized "
                "words after a university's name are read as going on with that name",
    "round3-41": "bare names with an ordinary verb ('presented') are not read as names: no list "
                 "of first names",
    "speaker-not-9": "a body's name of plain words before a verb of speech ('Human Rights Watch "
                     "stated') reads as a speaker when the article writes none of its words in "
                     "lower case: nothing else says they are common words",
}


@pytest.mark.parametrize(("text", "expected"), MATRIX.params(XFAIL))
def test_english_role_matrix(text: str, expected: dict[str, str | None]) -> None:
    assert people("en", text) == expected
