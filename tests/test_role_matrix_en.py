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

XFAIL = {
    "frame-14": "a name with no honorific and no role beside it is not read as a name (no list "
                "of first names): the subject of 'said' alone is missed",
    "frame-15": "'Rector of the University of Sfax Leila Haddadi': with no comma, capitalized "
                "words after a university's name are read as going on with that name",
}


@pytest.mark.parametrize(("text", "expected"), MATRIX.params(XFAIL))
def test_english_role_matrix(text: str, expected: dict[str, str | None]) -> None:
    assert people("en", text) == expected
