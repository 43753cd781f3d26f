"""The grammar of Arabic role phrases, names and organization names, on short texts written for
these tests: the word after a name particle, compound first names, roles in apposition after a
verb and a title, a role that belongs to the next name, chains of offices, a second person
coordinated with "و", the sentence's place after a role, an acronym closing a role; and where
an organization's name ends (a demonstrative, an ordinal, an event, a second party), organs of
another body, programmes named with their acronym, and descriptions that name no body."""

from __future__ import annotations

from icli.extract.article import extract
from icli.text.parse import ParsedArticle


def _mentions(kind: str, *paragraphs: str) -> list:
    article = ParsedArticle(title="عنوان للاختبار", body=list(paragraphs), language="ar")
    return [m for m in extract(article) if m.kind == kind]


def people(*paragraphs: str) -> dict[str, str | None]:
    """{name: role} of the named people extracted from a short Arabic article."""
    return {m.name: m.role for m in _mentions("person", *paragraphs) if m.name}


def partners(*paragraphs: str) -> list[str]:
    """The partners' names extracted from a short Arabic article."""
    return [m.name for m in _mentions("partner", *paragraphs)]


def test_the_word_after_a_name_particle_is_a_name_s_even_when_it_is_a_role_word() -> None:
    assert people("استقبل وزير الصحة منير ولد أمين، صباح اليوم، الوفد الزائر.") == {
        "منير ولد أمين": "وزير الصحة"}


def test_a_compound_first_name_and_bin_do_not_count_against_a_name_s_length() -> None:
    assert people("ووقع الاتفاقية عبد الرحيم بن سعيد الكتاني، رئيس الجمعية الوطنية للمسرح.") == {
        "عبد الرحيم بن سعيد الكتاني": "رئيس الجمعية الوطنية للمسرح"}


def test_a_role_in_apposition_after_a_verb_and_a_title() -> None:
    found = people("شاركت معالي وزيرة البيئة والتنمية المستدامة، السيدة سلوى القاسمي، في الندوة.")
    assert found == {"سلوى القاسمي": "وزيرة البيئة والتنمية المستدامة"}


def test_a_title_that_is_a_role_word_starts_the_role_in_apposition() -> None:
    found = people("واستقبل الوزير، صباح اليوم، السفير فوق العادة لجمهورية السنغال، السيد عمر "
                   "جوب.")
    assert found == {"عمر جوب": "السفير فوق العادة لجمهورية السنغال"}


def test_a_role_between_two_names_belongs_to_the_second_when_the_first_has_one_before() -> None:
    found = people("التقى رئيس الجامعة، الدكتور فهد السالمي، مدير عام المنظمة العربية للتنمية "
                   "الإدارية، عبد الكريم النعيمي، في مكتبه.")
    assert found == {"فهد السالمي": "رئيس الجامعة",
                     "عبد الكريم النعيمي": "مدير عام المنظمة العربية للتنمية الإدارية"}


def test_the_adjective_general_after_a_second_role_word() -> None:
    found = people("وقال سمير العلوي نائب مدير عام المكتب الوطني للسياحة إن البرنامج ناجح.")
    assert found == {"سمير العلوي": "نائب مدير عام المكتب الوطني للسياحة"}


def test_a_second_person_coordinated_before_a_role_with_the_article() -> None:
    found = people("وحضر اللقاء الدكتور رشيد بناني وزير الصحة والهادي العماري المستشار القانوني "
                   "للوزير.")
    assert found == {"رشيد بناني": "وزير الصحة", "الهادي العماري": "المستشار القانوني للوزير"}


def test_the_sentence_s_place_after_a_role_that_named_its_state() -> None:
    found = people("وبحث السيد كمال الحسني، وزير الفلاحة بالجمهورية التونسية في جنيف يوم الاثنين، "
                   "سبل التعاون.",
                   "وحضر السيد نبيل الراشد، سفير المملكة المغربية في القاهرة، الجلسة.")
    assert found == {"كمال الحسني": "وزير الفلاحة بالجمهورية التونسية",
                     "نبيل الراشد": "سفير المملكة المغربية في القاهرة"}


def test_a_subject_named_by_its_role_is_not_part_of_the_next_person_s_role() -> None:
    found = people("استقبل المدير العام للمنظمة وزير الثقافة الغامبي موسى جالو، بمقر المنظمة.")
    assert found == {"موسى جالو": "وزير الثقافة الغامبي"}


def test_a_role_closed_by_its_body_s_acronym_before_the_name() -> None:
    found = people("وقال المدير التنفيذي لصندوق التنمية الزراعية (صتز) خالد المري، إن المشروع بدأ.")
    assert found == {"خالد المري": "المدير التنفيذي لصندوق التنمية الزراعية (صتز)"}


def test_a_day_of_the_week_is_never_a_name() -> None:
    assert people("استقبل وزير التجارة، اليوم الخميس بالعاصمة، سفير المملكة.") == {}


def test_a_programme_is_a_partner_when_named_with_its_acronym() -> None:
    assert partners("ووقعت المنظمة مذكرة تفاهم مع برنامج الساحل للتنمية الريفية «بسار» في داكار.",
                    "ويمول برنامج الساحل للتنمية الريفية ثلاثة مشاريع.") == [
        "برنامج الساحل للتنمية الريفية"]
    assert partners("وقال المدير التنفيذي لبرنامج الساحل للتنمية الريفية (بسار) إن المشروع بدأ.") == [
        "برنامج الساحل للتنمية الريفية"]
    assert partners("وناقش الطرفان برنامج التعاون الثقافي للسنوات المقبلة.") == []


def test_a_name_ends_before_a_demonstrative_an_ordinal_an_event_and_a_second_party() -> None:
    assert partners("وأشاد بالدعم الذي تقدمه وزارة الثقافة الأردنية لهذا المشروع.") == [
        "وزارة الثقافة الأردنية"]
    assert partners("واختتم اجتماع الجمعية الوطنية للصحة الثالث أعماله.") == [
        "الجمعية الوطنية للصحة"]
    assert partners("ونظمت جامعة الملك فيصل الندوة الدولية للغة العربية.") == ["جامعة الملك فيصل"]
    assert partners("واستضافت جامعة الحسن الثاني بالدار البيضاء، أمس، اللقاء.") == [
        "جامعة الحسن الثاني بالدار البيضاء"]
    assert partners("ووقعت الاتفاقية بين جامعة الزيتونة والجمهورية التونسية.") == ["جامعة الزيتونة"]


def test_an_organ_of_another_body_is_that_body() -> None:
    assert partners("وشارك الوفد في اجتماع مجلس مديري المصرف العربي للتنمية في تونس.") == [
        "المصرف العربي للتنمية"]


def test_descriptions_that_name_no_body() -> None:
    assert partners("وقد أصبحت الجامعة مؤسسة مرموقة في المنطقة.") == []
    assert partners("وعقدت اللجنة المشتركة بين البلدين اجتماعها.") == []
    assert partners("ويُنشر البيان على شبكة الإنترنت غدا.") == []
    assert partners("واجتمعت لجنة الجائزة أمس في الرياض.") == []


def test_a_first_name_with_the_article_and_a_nisba_family_name_after_a_title() -> None:
    found = people("وشارك في الاجتماع الدكتور المهدي الزرهوني، خبير المياه، والأستاذ أنور "
                   "التلمساني، من قسم الإعلام.")
    assert found == {"المهدي الزرهوني": "خبير المياه", "أنور التلمساني": None}


def test_a_first_name_that_is_a_role_word_before_a_nisba_family_name() -> None:
    assert people("وحضر الجلسة الأستاذ أمين الزياني، من إدارة الشؤون القانونية.") == {
        "أمين الزياني": None}
    assert people("وحضرت السيدة وزيرة الشؤون الثقافية الجلسة.") == {}


def test_a_role_word_with_no_article_governs_the_words_after_it() -> None:
    assert people("وحضر الاجتماع مدير إدارة البحوث، والدكتورة سلمى حداد، خبيرة التعليم.") == {
        "سلمى حداد": "خبيرة التعليم"}


def test_a_three_word_name_after_its_role_before_a_preposition() -> None:
    found = people("ووقع الاتفاقية المدير التنفيذي محمد علي النقبي عن الصندوق.")
    assert found == {"محمد علي النقبي": "المدير التنفيذي"}


def test_words_after_a_name_named_before_are_the_sentence_s() -> None:
    found = people("التقى الدكتور كريم حداد، وزير الفلاحة، وفد المنظمة.",
                   "وأكد الدكتور كريم حداد استعداد بلاده للتعاون.")
    assert found == {"كريم حداد": "وزير الفلاحة"}


def test_an_attendee_list_with_dashes_and_a_prayer_after_a_name() -> None:
    found = people("وجرى اللقاء بحضور السادة:\nـ سيدي ولد أحمد، وزير الصيد\n– يحيى ولد بلال مدير "
                   "ديوان الوزير")
    assert found == {"سيدي ولد أحمد": "وزير الصيد", "يحيى ولد بلال": "مدير ديوان الوزير"}
    found = people("وقال معالي الشيخ حمد بن سالم آل نهيان حفظه الله، رئيس هيئة الثقافة، إن "
                   "المعرض ناجح.")
    assert found == {"حمد بن سالم آل نهيان": "رئيس هيئة الثقافة"}


def test_a_role_joined_by_and_before_a_title_and_a_name() -> None:
    found = people("وحضر الحفل رئيس الجامعة الأستاذ الدكتور ماهر القيسي، ومستشار الجامعة الدكتور "
                   "زياد حمدان، ومساعد الرئيس للشؤون الدولية الدكتورة ليلى سمارة.")
    assert found == {"ماهر القيسي": "رئيس الجامعة", "زياد حمدان": "مستشار الجامعة",
                     "ليلى سمارة": "مساعد الرئيس للشؤون الدولية"}


def test_a_quote_opened_in_a_role_closes_in_it() -> None:
    found = people("استقبلت الوزيرة الدكتور وليد السعدي الأمين العام للاتحاد العربي “إتحاد”، لبحث "
                   "التعاون.")
    assert found["وليد السعدي"] == "الأمين العام للاتحاد العربي “إتحاد”"


def test_a_nisba_family_name_before_a_role_with_the_article() -> None:
    found = people("تم التوقيع بحضور الدكتور المهدي الزرهوني الملحق الثقافي بالسفارة.")
    assert found == {"المهدي الزرهوني": "الملحق الثقافي بالسفارة"}


def test_a_name_after_its_role_ends_before_the_day() -> None:
    assert people("استقبل وزير الخارجية رامي سعدون اليوم الأحد وفد المنظمة.") == {
        "رامي سعدون": "وزير الخارجية"}


def test_an_organization_s_name_ends_before_and_a_title() -> None:
    assert partners("ووقع رئيس جامعة النيلين الوطنية والدكتور سمير عبده الاتفاقية.") == [
        "جامعة النيلين الوطنية"]
