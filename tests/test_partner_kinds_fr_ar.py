"""French and Arabic partners on the shapes real pages write (issue 21, session 17): each kind
of error found on the development sets, as invented sentences with the partners the contract
asks for (docs/contract.md: an organization acting in the article; one body named once is one
partner; the name where it ends)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.test_partner_matrix import Row, cases, check

# Kind 1: a body named only to say whose the acting body is ("X, relevant de la Fondation Y",
# "X التابعة لرابطة Y") is no partner; the acting body is. A unit (a faculty, a department)
# folds into its owner, which is the partner.
OWNER_ROWS_FR: list[Row] = [
    ("owner-fr-relevant-de", "L’ICESCO a tenu une réunion avec l’Association Horizons du Savoir, active dans "
     "l’enseignement des langues et relevant de la Fondation Nour pour l’éducation.",
     {"Association Horizons du Savoir"}, set()),
    ("owner-fr-affilie-a", "L’Institut Al-Hikma d’études stratégiques, affilié à l’Université Al Qalam de "
     "Kénitra, a signé un accord avec l’ICESCO.", {"Institut Al-Hikma d’études stratégiques"}, set()),
    ("owner-fr-named-again", "L’Association Horizons du Savoir, relevant de la Fondation Nour pour l’éducation, "
     "a signé l’accord. La Fondation Nour pour l’éducation a financé le projet.",
     {"Association Horizons du Savoir", "Fondation Nour pour l’éducation"}, set()),
    # a lower-case adjective ends the acting body's name ("… d’Afrique noire")
    ("owner-fr-adjectif-final", "Le colloque a été organisé par l’Institut fondamental d’Afrique noire, "
     "rattaché à l’Université Cheikh Anta Diop de Dakar.", {"Institut fondamental d’Afrique noire"}, set()),
]
OWNER_ROWS_AR: list[Row] = [
    ("owner-ar-body-of-its-own", "التقى المدير العام ممثلي الهيئة العالمية لتعليم الكبار التابعة لرابطة "
     "الجامعات الأهلية في الرياض.", {"الهيئة العالمية لتعليم الكبار"}, set()),
    ("owner-ar-list", "عقد ممثل الإيسيسكو لقاءات مع المسؤولين في البنك العربي للتنمية الريفية، والهيئة "
     "العالمية لتعليم الكبار التابعة لرابطة الجامعات الأهلية، ومؤسسة الأمل للتنمية المستدامة.",
     {"البنك العربي للتنمية الريفية", "الهيئة العالمية لتعليم الكبار", "مؤسسة الأمل للتنمية المستدامة"}, set()),
    ("owner-ar-faculty", "نظمت كلية الآداب التابعة لجامعة النخيل الدولية ندوة علمية.",
     {"جامعة النخيل الدولية"}, set()),
]

# Kind 2: a state's body named again without its country ("sa Commission nationale pour …" after
# "la Commission nationale saoudienne pour …") is the same partner, not a second one.
AGAIN_ROWS_FR: list[Row] = [
    ("again-fr-commission-sans-pays", "La conférence a été tenue par la Commission nationale gabonaise pour "
     "l’éducation, la science et la culture. Dr AlMalik a salué le Gabon, représenté par sa Commission "
     "nationale pour l’éducation, la science et la culture.",
     {"Commission nationale gabonaise pour l’éducation, la science et la culture"}, {"GAB"}),
    ("again-fr-ministere-sans-pays", "Le ministère sénégalais de la Culture et du Patrimoine a signé l’accord. "
     "Le ministère de la Culture et du Patrimoine accueillera la formation.",
     {"ministère sénégalais de la Culture et du Patrimoine"}, {"SEN"}),
    ("again-fr-deux-pays", "Le ministère sénégalais de la Culture et du Patrimoine et le ministère malien de "
     "la Culture et du Patrimoine ont signé l’accord. Le ministère de la Culture et du Patrimoine accueillera "
     "la formation.", {"ministère sénégalais de la Culture et du Patrimoine",
                       "ministère malien de la Culture et du Patrimoine",
                       "ministère de la Culture et du Patrimoine"}, {"SEN", "MLI"}),
    # "sa" of another state: that state's commission, a second body (never a join across countries).
    ("again-fr-sa-d-un-autre-etat", "La rencontre a été organisée par la Commission nationale gabonaise pour "
     "l’éducation, la science et la culture à Libreville. Le Tchad était représenté par sa Commission "
     "nationale pour l’éducation, la science et la culture.",
     {"Commission nationale gabonaise pour l’éducation, la science et la culture",
      "Commission nationale pour l’éducation, la science et la culture"}, {"GAB", "TCD"}),
]
AGAIN_ROWS_AR: list[Row] = [
    ("again-ar-لجنة-بلا-بلد", "نظمت اللجنة الوطنية الغابونية للتربية والثقافة والعلوم ندوة. وأشاد المدير العام "
     "بجهود اللجنة الوطنية للتربية والثقافة والعلوم في الإعداد لها.",
     {"اللجنة الوطنية الغابونية للتربية والثقافة والعلوم"}, {"GAB"}),
    ("again-ar-دولة-أخرى", "نظمت اللجنة الوطنية الغابونية للتربية والثقافة والعلوم ندوة في ليبرفيل. وشاركت "
     "جمهورية تشاد في الندوة عبر اللجنة الوطنية للتربية والثقافة والعلوم.",
     {"اللجنة الوطنية الغابونية للتربية والثقافة والعلوم", "اللجنة الوطنية للتربية والثقافة والعلوم"},
     {"GAB", "TCD"}),
]

# Kind 3: "et" and a bare article after an item that came after "de" opens a second body ("le
# ministère … de l’Eau et le Secrétariat du Forum"): the items of one name agree ("de l’Eau et de
# l’Assainissement"; "pour l’Éducation, la Science et la Culture").
AND_ROWS_FR: list[Row] = [
    ("and-fr-et-le-apres-de", "Le forum est préparé en coopération entre l’ICESCO, le ministère sénégalais de "
     "l’Hydraulique et le Secrétariat dudit forum.", {"ministère sénégalais de l’Hydraulique"}, {"SEN"}),
    ("and-fr-et-de-apres-de", "Le ministère sénégalais de l’Hydraulique et de l’Assainissement a signé l’accord.",
     {"ministère sénégalais de l’Hydraulique et de l’Assainissement"}, {"SEN"}),
    ("and-fr-et-d-apres-de", "Le Centre de Recherche et d’Innovation pédagogique du Sénégal a signé l’accord.",
     {"Centre de Recherche et d’Innovation pédagogique du Sénégal"}, {"SEN"}),
    ("and-fr-et-la-apres-pour", "La Commission nationale gabonaise pour l’Éducation, la Science et la Culture "
     "a signé l’accord.", {"Commission nationale gabonaise pour l’Éducation, la Science et la Culture"}, {"GAB"}),
]

# Kind 4: a complement of quantity is no name's ("l’Organisation de différentes nationalités": the
# staff of ICESCO; "l’Union de plusieurs associations"): the head is left alone, no partner.
QUANTITY_ROWS_FR: list[Row] = [
    ("quantity-fr-differentes", "La journée a réuni les ambassadeurs et tout le personnel de l’Organisation de "
     "différentes nationalités.", set(), set()),
    ("quantity-fr-plusieurs", "L’Union de plusieurs associations locales a organisé la foire du livre.", set(), set()),
    ("quantity-fr-nom", "L’Union des associations sahéliennes a organisé la foire du livre.",
     {"Union des associations sahéliennes"}, set()),
]

# Kind 5: a body whose decision the event follows is named in a background clause ("تنفيذا للقرار
# الصادر عن X", "conformément à la résolution adoptée par X"): no partner there.
DECISION_ROWS_FR: list[Row] = [
    ("decision-fr-adoptee-par", "Conformément à la résolution adoptée par l’Union des bibliothèques sahéliennes, "
     "l’ICESCO a lancé le programme.", set(), set()),
    ("decision-fr-acteur", "L’Union des bibliothèques sahéliennes a signé un accord avec l’ICESCO.",
     {"Union des bibliothèques sahéliennes"}, set()),
]
DECISION_ROWS_AR: list[Row] = [
    ("decision-ar-الصادر-عن", "وأطلقت الإيسيسكو البرنامج تنفيذا للقرار الصادر عن الاتحاد العربي للمكتبات.",
     set(), set()),
    ("decision-ar-الصادر-من", "وصادق المؤتمر على الميثاق تنفيذا للقرار الصادر من الاتحاد العربي للمكتبات.",
     set(), set()),
    ("decision-ar-فاعل", "وقع الاتحاد العربي للمكتبات اتفاقية تعاون مع الإيسيسكو.", {"الاتحاد العربي للمكتبات"}, set()),
]

# Kind 6: a head and an indefinite adjective before a verb describe a body, they name none ("منظمة
# متخصصة تعمل في …", "هيئة مستقلة تعنى ب…"): the verb ends the words, and the description is left.
DESCRIBED_ROWS_AR: list[Row] = [
    ("described-ar-تعمل", "وتعد الجمعية مؤسسة متخصصة تعمل على نشر القراءة بين الأطفال.", set(), set()),
    ("described-ar-تعنى", "أسست الوزارة هيئة رائدة تعنى بحماية التراث.", set(), set()),
    ("described-ar-اسم", "وقعت الإيسيسكو اتفاقية مع مؤسسة الأمل للتنمية المستدامة التي تعمل في مجال التعليم.",
     {"مؤسسة الأمل للتنمية المستدامة"}, set()),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("text", "partners", "countries"), cases(OWNER_ROWS_FR + AGAIN_ROWS_FR + AND_ROWS_FR + QUANTITY_ROWS_FR + DECISION_ROWS_FR, GAPS))
def test_french(text: str, partners: set[str], countries: set[str]) -> None:
    check("fr", text, partners, countries)


@pytest.mark.parametrize(("text", "partners", "countries"), cases(OWNER_ROWS_AR + AGAIN_ROWS_AR + DECISION_ROWS_AR + DESCRIBED_ROWS_AR, GAPS))
def test_arabic(text: str, partners: set[str], countries: set[str]) -> None:
    check("ar", text, partners, countries)


def test_a_body_named_again_without_its_country_is_joined_in_its_article_only(tmp_path: Path) -> None:
    """The join of "sa Commission nationale pour …" to the Gabonese commission is shown by
    `--why` and never spreads: another article's commission with no country is not Gabon's."""
    dump = tmp_path / "commissions.txt"
    dump.write_text(
        "    La commission gabonaise tient une conférence\n\n"
        "    Le 4 mars 2026, la conférence a été tenue par la Commission nationale gabonaise pour "
        "l’éducation, la science et la culture. Dr AlMalik a salué le Gabon, représenté par sa "
        "Commission nationale pour l’éducation, la science et la culture.\n\n"
        "    Un atelier sur le patrimoine à Rabat\n\n"
        "    Le 9 mars 2026, la Commission nationale pour l’éducation, la science et la culture a "
        "organisé avec l’ICESCO un atelier à Rabat.\n", encoding="utf-8")
    cli = Cli(tmp_path / "archive.db")
    assert cli("ingest", str(dump)).exit_code == 0
    gabon = "Commission nationale gabonaise pour l’éducation, la science et la culture"
    titles = [a["title"] for a in cli.json("partner", gabon)]
    assert titles == ["La commission gabonaise tient une conférence"]
    [article] = [a for a in cli.json("list") if a["title"] == titles[0]]
    shown = json.loads(cli("show", str(article["id"]), "--why", "--json").stdout)
    [why] = [w for w in shown["why"] if w["kind"] == "partner"]
    assert (why["name"], why["rule"]) == (gabon, "partner.fr.name+named-again")
