"""Arabic partners and countries by rules of Arabic grammar (issue 21, ar11): where a body's name
ends (a region after its "ل" complement, an adjective that does not agree, "و" + a second
party or a clause, an indefinite head and its adjective), organs named with their body, and
countries as nisba adjectives and in lists; each on sentences written for the test."""

from __future__ import annotations

from icli.extract.article import extract
from icli.text.parse import ParsedArticle


def mentions(*paragraphs: str) -> list:
    return extract(ParsedArticle(title="عنوان للاختبار", body=list(paragraphs), language="ar"))


def partners(*paragraphs: str) -> set[str]:
    return {m.name for m in mentions(*paragraphs) if m.kind == "partner"}


def codes(*paragraphs: str) -> set[str]:
    return {m.code for m in mentions(*paragraphs) if m.kind == "country"}


def test_a_region_after_the_name_s_complement_belongs_to_the_name() -> None:
    assert partners("وقعت المنظمة اتفاقا مع الصندوق العربي للتعاون الزراعي في آسيا أمس.") == {
        "الصندوق العربي للتعاون الزراعي في آسيا"}
    assert partners("شارك البنك الأهلي للتنمية الريفية في شمال إفريقيا في الندوة.") == {
        "البنك الأهلي للتنمية الريفية في شمال إفريقيا"}


def test_a_city_after_the_name_and_a_region_without_a_complement_are_the_sentence_s() -> None:
    assert partners("اجتمع الصندوق العربي للتعاون الزراعي في الرباط أمس.") == {
        "الصندوق العربي للتعاون الزراعي"}
    assert partners("وتنظم مؤسسة النور في آسيا دورات منذ سنوات.") == {"مؤسسة النور"}
    # a region that is no continent, or a country after a compass word, is the sentence's
    assert partners("ترعى هيئة الخليج للتنمية الريفية في العالم العربي مشاريع كثيرة.") == {
        "هيئة الخليج للتنمية الريفية"}
    assert partners("يشارك الصندوق الأهلي للتنمية الزراعية في جنوب السودان منذ سنوات.") == {
        "الصندوق الأهلي للتنمية الزراعية"}


def test_an_indefinite_head_and_its_indefinite_adjective_describe_a_body() -> None:
    assert partners("والرابطة هيئة خيرية مكلفة بدعم الأيتام في البلاد.") == set()
    assert partners("وهي جمعية أهلية تأسست عام 1990.") == set()


def test_and_with_a_clause_or_a_country_ends_the_name() -> None:
    assert partners("وعقدت الرابطة الوطنية للكتاب والذي تأسس حديثا اجتماعها.") == {
        "الرابطة الوطنية للكتاب"}
    assert partners("وبحث الجانبان التعاون بين المعهد والسنغال في المجالات التربوية.") == set()
    assert codes("وبحث الجانبان التعاون بين المعهد والسنغال في المجالات التربوية.") == {"SEN"}


def test_a_masculine_adjective_does_not_agree_with_a_feminine_head() -> None:
    assert partners("وعرضت أمينة السر تقرير للجنة العام الماضي على الأعضاء.") == set()
    assert partners("وحضر الاجتماع ممثل عن الهيئة العامة للكتاب.") == {"الهيئة العامة للكتاب"}


def test_an_organ_named_with_its_body_is_the_body_and_alone_is_none() -> None:
    assert partners("عقدت الجمعية العمومية للرابطة الوطنية للكتاب اجتماعها السنوي.") == {
        "الرابطة الوطنية للكتاب"}
    assert partners("وناقش الاجتماع الثالث لمجلس الإدارة لعام 2020 الميزانية.") == set()


def test_a_national_body_glued_to_la_is_a_partner_outside_roles() -> None:
    found = partners("عقدت المنظمة اجتماعا مع اللجنة الوطنية التشادية للتربية والعلوم والثقافة، "
                     "وشكر الوزير للجنة الوطنية التشادية للتربية والعلوم والثقافة جهودها.")
    assert found == {"اللجنة الوطنية التشادية للتربية والعلوم والثقافة"}


def test_a_national_commission_s_nisba_names_its_country() -> None:
    assert codes("شاركت اللجنة الوطنية التشادية للتربية والعلوم والثقافة في الاجتماع.") == {"TCD"}


def test_a_nisba_derived_from_any_country_s_name() -> None:
    assert codes("استقبل المدير وفدا من الجامعات البرتغالية والباحثين الأرجنتينيين.") == {
        "PRT", "ARG"}
    assert codes("وصدر الكتاب بالبرتغالية.") == set()  # a language


def test_a_demonym_that_does_not_agree_with_the_word_before_is_a_family_name() -> None:
    # definite after indefinite: the last word of a name, not an adjective
    assert codes("زار وفد من مركز سعيد البرتغالي للبحوث مقر المنظمة.") == set()
    assert codes("وقعت المنظمة اتفاقا مع مؤسسة البرتغالي للتعليم.") == set()
    # definite after definite, indefinite after indefinite: an adjective
    assert codes("استقبل المدير العام الوفد البرتغالي المشارك.") == {"PRT"}
    assert codes("شارك وفد برتغالي في الندوة.") == {"PRT"}


def test_an_ambiguous_country_word_in_a_list_of_countries() -> None:
    assert codes("يشارك خبراء من الدول التالية: بنين، وتشاد، والنيجر، ومالي.") == {
        "BEN", "TCD", "NER", "MLI"}
    assert codes("وناقش المجلس الشؤون الإدارية والمالية وتقرير بنين المدارس.") == set()


def people(*paragraphs: str) -> dict[str, str | None]:
    return {m.name: m.role for m in mentions(*paragraphs) if m.kind == "person" and m.name}


def test_a_participle_is_a_role_only_with_its_complement() -> None:
    assert people("وأكد أن منهجها الجديد القائم على الحوار يخدم الشعوب.") == {}
    assert people("وبحث سبل دعم البحث القائم بين الجامعتين.") == {}
    assert people("وحضر اللقاء السيد جون سميث، القائم بالأعمال في سفارة كندا.") == {
        "جون سميث": "القائم بالأعمال في سفارة كندا"}


def test_understanding_is_no_list_of_people() -> None:
    assert people("وتهدف الدورة إلى مزيد من فهم القضايا الثقافية والتربوية في القارة.") == {}
    assert people("وفاز بالجائزة باحثان هما سعاد المنصوري، وكريم البناني.") == {
        "سعاد المنصوري": None, "كريم البناني": None}


def test_a_compound_first_name_before_a_role_after_and_with_a_stop_word() -> None:
    assert people("وبحضور عبد الكريم ناصر المدير العام للصندوق، افتتح الاجتماع.") == {
        "عبد الكريم ناصر": "المدير العام للصندوق"}


def test_a_first_and_family_name_after_a_role_before_a_preposition() -> None:
    assert people("دعا وزير الصحة والسكان كريم الهاشمي إلى تعزيز الوقاية.") == {
        "كريم الهاشمي": "وزير الصحة والسكان"}
    assert people("وبحث وزير الثقافة الأردني تطوير الشراكة مع المنظمة.") == {}  # a verbal noun
    assert people("وألقى مدير الإعلام إعلام الجمهور على المنصة.") == {}


def test_an_idafa_chain_runs_through_indefinite_nouns_to_its_definite_one() -> None:
    assert people("وشارك في اللقاء أمين سر الرابطة الوطنية للكتاب، يوسف الحمدان، إلى جانب الخبراء.") == {
        "يوسف الحمدان": "أمين سر الرابطة الوطنية للكتاب"}


def test_a_name_in_quotes_after_its_title_and_its_role_after() -> None:
    assert people('كما يحضره السيد "ماركو بيلي"، مدير البرامج في المنظمة الدولية للهجرة.') == {
        "ماركو بيلي": "مدير البرامج في المنظمة الدولية للهجرة"}


def test_a_role_joined_by_and_before_its_holder_s_title() -> None:
    found = people("حضر اللقاء الدكتور سامي العلي، وزير الصحة، والمدير العام لمعهد البحوث البحرية، "
                   "الدكتورة هدى الكبيسي، وعدد من الخبراء.")
    assert found == {"سامي العلي": "وزير الصحة", "هدى الكبيسي": "المدير العام لمعهد البحوث البحرية"}


def test_a_role_after_a_name_and_a_colon() -> None:
    assert people("الأمين العام: الدكتورة سلمى الراشد : أستاذة التاريخ بجامعة الزيتونة.") == {
        "سلمى الراشد": "أستاذة التاريخ بجامعة الزيتونة"}


def test_a_nisba_family_name_after_a_two_word_first_name_stays_in_the_name() -> None:
    """"فاطمة الزهراء" and "محمد الأمين" are first names of two words (the second with the
    article, "الأمين" also a role word): the nisba after them ends the name, and the role after
    the comma is theirs, not the role of the host named before them."""
    assert people("استقبل رئيس الجامعة السيدة خديجة الزهراء التازي، سفيرة تونس.") == {
        "خديجة الزهراء التازي": "سفيرة تونس"}
    assert people("شارك السيد أحمد الأمين الودغيري، وزير الشباب، في الندوة.").get(
        "أحمد الأمين الودغيري") == "وزير الشباب"
    # "الأمين العام" after a first name is still a role
    assert "أحمد" in people("حضر السيد أحمد الأمين العام للاتحاد.")


def test_a_verb_s_masculine_subject_is_not_the_role_of_the_woman_after_it() -> None:
    """"استقبل المدير العام السيدة …": the verb, its subject (a masculine role), its object (a
    woman's title and name); a role in apposition before her title agrees with it, and a
    masculine role in a list may be hers."""
    assert people("استقبل رئيس المجلس السيدة سلمى الحديدي في مكتبه.") == {"سلمى الحديدي": None}
    assert people("وحضرت وزيرة الثقافة السيدة سلمى الحديدي الحفل.") == {
        "سلمى الحديدي": "وزيرة الثقافة"}
    assert people("وحضر الحفل عميد الكلية، ومساعد الرئيس الدكتورة سلمى الحديدي.") == {
        "سلمى الحديدي": "مساعد الرئيس"}


def test_a_demonym_after_a_noun_with_a_pronoun_and_icesco_s_name_after_a_noun() -> None:
    """A noun with an attached pronoun is definite ("نظيره الماليزي": Malaysia); a noun and
    ICESCO's name after a role are no first and family name ("ندوة الإيسيسكو")."""
    assert codes("والتقى الوزير نظيره الماليزي في الرباط.") == {"MYS"}
    assert people("وافتتح رئيس المجلس ندوة الإيسيسكو في الرباط.") == {}


def test_a_word_opening_with_waw_after_a_role_is_a_second_person_only_with_a_role() -> None:
    """"و" + a name after a role is a second person when the text gives that person a role;
    a noun whose first letter is و ("ورشة العمل") loses nothing."""
    assert people("وافتتح نائب الرئيس ورشة العمل، بكلمة رحب فيها بالضيوف.") == {}
    assert people("وحضر مستشار الوزير وسعيد الناصري، مدير المتحف، الحفل.") == {
        "سعيد الناصري": "مدير المتحف"}


def test_a_noun_and_its_complement_after_a_masculine_role_are_no_name() -> None:
    """After a masculine role with no comma, a feminine noun and a definite word that is no
    nisba ("جلسة العمل", "جائزة الإبداع") are the verb's object; a woman after a feminine role
    and a nisba family name are still people."""
    assert people("وترأس مدير المعهد جلسة النقاش، التي خصصت للتقييم.") == {}
    assert people("وتسلم رئيس النادي جائزة التميز، في حفل كبير.") == {}
    assert people("وحضرت وزيرة الصحة نادية الكتاني، الحفل.") == {"نادية الكتاني": "وزيرة الصحة"}
    assert people("وحضر وزير الصحة حمزة الشرقاوي، الحفل.") == {"حمزة الشرقاوي": "وزير الصحة"}
    # a man's first name ending in ة, then a family name that is no nisba: still a person
    assert people("وتحدث الباحث عبيدة الخطيب عن التجربة.") == {"عبيدة الخطيب": "الباحث"}
    assert people("وشارك في الجلسة الخبير التربوي أسامة المنصور.") == {
        "أسامة المنصور": "الخبير التربوي"}


def test_a_nisba_after_a_role_title_is_the_role_s_adjective() -> None:
    """"السفير السويدي": a definite nisba after a title that is a role agrees with it: the
    role's country, no person named السويدي."""
    assert people("وحضر السفير السويدي حفل الافتتاح.") == {}
    assert codes("وحضر السفير السويدي حفل الافتتاح.") == {"SWE"}
    assert people("وحضر السفير خالد السويدي حفل الافتتاح.") == {"خالد السويدي": "السفير"}


def test_icesco_s_head_after_a_verb_is_its_subject_not_the_role_of_the_one_received() -> None:
    """"استقبل المدير العام للإيسيسكو الدكتور X": the head is the verb's subject, X the
    object, unless X is one of ICESCO's leaders or is given the role elsewhere."""
    assert people("استقبل المدير العام للإيسيسكو الدكتور كمال الفاسي في مقر المنظمة.") == {
        "كمال الفاسي": None}
    assert people("استقبل المدير العام للإيسيسكو الدكتور كمال الفاسي أمس. وأكد الدكتور كمال "
                  "الفاسي، المدير العام للإيسيسكو، أهمية التعاون.") == {
        "كمال الفاسي": "المدير العام للإيسيسكو"}
    assert people("استقبل المدير العام للإيسيسكو الدكتور سالم بن محمد المالك الوفد.") == {
        "سالم بن محمد المالك": "المدير العام للإيسيسكو"}
    # another body's head after the verb is still the one named
    assert people("استقبل المدير العام للألكسو الدكتور كمال الفاسي الوفد.") == {
        "كمال الفاسي": "المدير العام للألكسو"}


def test_a_role_after_a_name_ends_before_that_clause() -> None:
    """A role after a name and a comma ends before "إن/أن" that opens the sentence's clause."""
    assert people("وقال الدكتور كمال الفاسي، رئيس الجامعة إن التعاون مهم.") == {
        "كمال الفاسي": "رئيس الجامعة"}


def test_and_with_a_preposition_written_without_its_hamza_is_no_role() -> None:
    """"والى" before a role word is "و" + "إلى" written without its hamza, not the governor
    ("والي"): the role of the person after "والى وزير الثقافة الدكتور …" is the minister's."""
    assert people("وسلم الدرع الى رئيس البلدية والى وزير الصحة الدكتور كريم الساعدي والى "
                  "محافظ المدينة الدكتور سامي الحلبي.") == {
        "كريم الساعدي": "وزير الصحة", "سامي الحلبي": "محافظ المدينة"}
    # the governor, also written "والى", is a role before no other role word
    assert people("بحث الوزير مع سامي الحلبي، والى جهة الشمال، برنامج الزيارة.") == {
        "سامي الحلبي": "والى جهة الشمال"}


def test_a_title_word_after_a_name_particle_is_part_of_the_name() -> None:
    """"ولد الشيخ": "الشيخ" after a name particle is a word of the name, not a title whose
    role would be read off the words before it."""
    assert people("استقبل الرئيس أحمد ولد الشيخ المختار، مساء أمس، الوفد.") == {
        "أحمد ولد الشيخ المختار": "الرئيس"}


def test_closed_class_prepositions_and_a_verb_with_its_pronoun_end_a_name() -> None:
    """"أثناء", "حسب" (prepositions) and a verb with an object pronoun ("حضره") are no words
    of a name."""
    assert people("وقدمت المنظمة الوسام الى المهندس كريم الساعدي رئيس مجلس الوزراء فى البلاد "
                  "أثناء انطلاق الاحتفالات التى أقيمت فى المدينة.") == {
        "كريم الساعدي": "رئيس مجلس الوزراء فى البلاد"}
    assert people("وأوضح الدكتور كريم الساعدي، حسب بيان إعلامي من الوزارة، أن اللقاء مهم.") == {
        "كريم الساعدي": None}
    assert people("وعقد الوفد لقاء مع المديرة، حضره السادة مدير الديوان ومدير المالية.") == {}


def test_a_family_name_glued_to_bin_follows_a_first_name_with_the_article() -> None:
    """"المحجوب بنسعيد،": a first name with the article, then a family name that glues "بن"."""
    assert people("ويمثل المنظمة الدكتور المختار بنعلي، خبير البرامج.") == {
        "المختار بنعلي": "خبير البرامج"}


def test_a_compound_first_name_with_allah_before_its_role() -> None:
    """"سيف الله الأصرم، رئيس …": a word and "الله" are one first name."""
    assert people("وفي السياق ذاته، التقى نصر الله الحمداني، رئيس البلدية، الوفد.") == {
        "نصر الله الحمداني": "رئيس البلدية"}


def test_a_place_with_a_pronoun_ends_a_role_and_a_body_s_name() -> None:
    """"بمكتبه" (a place that refers back to a person of the sentence) is neither the role's
    complement nor a word of the body's name."""
    found = mentions("التقى الدكتور كريم الساعدي رئيس جامعة الزيتونة بمكتبه، الوفد.")
    assert {m.name: m.role for m in found if m.kind == "person"} == {
        "كريم الساعدي": "رئيس جامعة الزيتونة"}
    assert {m.name for m in found if m.kind == "partner"} == {"جامعة الزيتونة"}


def test_an_adverbial_on_someone_s_behalf_ends_a_role() -> None:
    """"بالنيابة عن …" (a definite verbal noun glued to ب, then its preposition) is the
    sentence's, not the role's complement."""
    assert people("وسلم الدرع السيد كريم الساعدي مدير الشؤون الثقافية بالنيابة عن الوزير.") == {
        "كريم الساعدي": "مدير الشؤون الثقافية"}


def test_a_noun_with_its_pronoun_and_its_adjective_are_no_name_and_role() -> None:
    """"ولي عهده الأمين": a noun with a possessive pronoun is definite, the definite word after
    it its adjective; no person whose role is "الأمين"."""
    assert people("ونقل الوزير تحيات الملك، وولي عهده الأمين، إلى المؤتمر.") == {}


def test_and_a_role_with_a_possessive_before_a_name_is_that_person_s_role_alone() -> None:
    """"وزيرة التعليم ونائبها الأستاذ X": X is her deputy, not the minister."""
    assert people("وحضرت وزيرة الصحة ونائبها الأستاذ عمر الزين الحفل.") == {"عمر الزين": "نائبها"}


def test_an_embassy_named_only_in_a_charge_d_affaires_title_is_no_partner_in_either_spelling() -> None:
    """"القائم بالأعمال" is also written "القائم بأعمال …": the embassy after it is the title's."""
    for title in ("القائم بالأعمال في سفارة", "القائم بأعمال سفارة"):
        text = f"وشارك في اللقاء السيد كريم التازي، {title} جمهورية تونس بالرباط."
        assert partners(text) == set(), title
    assert partners("وشارك في اللقاء السيد كريم التازي، مدير الشؤون الثقافية بسفارة جمهورية تونس بالرباط.") == {
        "سفارة جمهورية تونس بالرباط"}
