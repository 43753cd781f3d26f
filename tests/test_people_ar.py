"""Arabic people and their roles on short texts written for these tests: a person after a
demonym, royal styles and long "بن" chains, titles with no name, names in quotes, roles in
apposition before an honorific, roles governed by a preposition, roles that a second clause
or the delegation would split, national commissions' officials, and places named after a
person."""

from __future__ import annotations

from icli.extract.article import extract
from icli.text.parse import ParsedArticle


def people(*paragraphs: str) -> dict[str, str | None]:
    """{name: role} of the people extracted from a short Arabic article."""
    article = ParsedArticle(title="عنوان للاختبار", body=list(paragraphs), language="ar")
    return {m.name: m.role for m in extract(article) if m.kind == "person" and m.name}


def rules(*paragraphs: str) -> dict[str, str]:
    """{name: rule} of the people extracted from a short Arabic article."""
    article = ParsedArticle(title="عنوان للاختبار", body=list(paragraphs), language="ar")
    return {m.name: m.rule for m in extract(article) if m.kind == "person" and m.name}


def test_a_person_after_a_role_and_its_demonym_before_a_preposition() -> None:
    found = people("وثمّن الوفد دعم الرئيس الموريتاني محمد ولد أحمد على مبادرته الأخيرة.")
    assert found == {"محمد ولد أحمد": "الرئيس الموريتاني"}


def test_two_words_after_a_role_and_its_demonym_are_no_name_without_a_particle() -> None:
    assert people("وبحث وزير الثقافة الأردني تطوير الشراكة مع المنظمة.") == {}


def test_royal_styles_glued_to_a_preposition_and_long_chains_of_bin() -> None:
    found = people("ووجه الوزير شكره لصاحب السمو الملكي الأمير سلطان بن فهد بن عبد الرحمن آل "
                   "سعود أمير منطقة الرياض وسمو ولي عهده وسمو النائب الثاني على الدعم.")
    assert found == {"سلطان بن فهد بن عبد الرحمن آل سعود": "أمير منطقة الرياض"}


def test_the_father_s_name_inside_a_son_s_name_is_another_person() -> None:
    found = people("استقبل الملك فهد بن عبد الرحمن آل سعود الوفد، وحضر اللقاء الأمير خالد بن "
                   "فهد بن عبد الرحمن آل سعود.")
    assert set(found) == {"فهد بن عبد الرحمن آل سعود", "خالد بن فهد بن عبد الرحمن آل سعود"}


def test_a_compound_first_name_inside_a_name_and_no_family_name_lost() -> None:
    found = people("وحضر معالي الدكتور حسن بن نور الدين العطار، وزير الثقافة والإعلام، الحفل.",
                   "وشارك الشيخ سعد بن محمد آل الشيخ في الجلسة.")
    assert found["حسن بن نور الدين العطار"] == "وزير الثقافة والإعلام"
    assert "سعد بن محمد آل الشيخ" in found


def test_a_title_with_no_name_is_no_person() -> None:
    assert people("ورفع المدير العام الشكر إلى سمو ولي العهد وسمو النائب الثاني.") == {}


def test_a_name_in_quotes_after_its_role() -> None:
    text = 'وقالت الخبيرة "سلمى ناصر العلي" إن المشروع يخدم المدارس الريفية.'
    assert people(text) == {"سلمى ناصر العلي": "الخبيرة"}
    assert rules(text) == {"سلمى ناصر العلي": "person.ar.role-then-quoted-name"}


def test_words_in_quotes_after_a_noun_are_no_name() -> None:
    assert people('وأطلقت المنظمة مشروع "جسور المعرفة" في ثلاث دول.') == {}


def test_a_national_commission_official_named_in_apposition_to_the_role() -> None:
    found = people("أشاد مرشح الأردن، الأمين العام للجنة الوطنية الأردنية للتربية والثقافة "
                   "والعلوم، د. رامي الزعبي، بالقرار.",
                   "وقدمت الدكتورة منى سالم الحربي أمين عام اللجنة الوطنية، عرضا عن البرنامج.")
    assert found == {"رامي الزعبي": "الأمين العام للجنة الوطنية الأردنية للتربية والثقافة والعلوم",
                     "منى سالم الحربي": "أمين عام اللجنة الوطنية"}


def test_a_role_governed_by_a_preposition_right_before_its_holder() -> None:
    found = people("ويأتي البرنامج في إطار رؤية للمدير العام الجديد للمنظمة الدكتور فهد العتيبي.")
    assert found == {"فهد العتيبي": "المدير العام الجديد للمنظمة"}


def test_a_role_ends_before_the_delegation_and_before_a_second_clause() -> None:
    found = people("اجتمع الوزير مع رئيس الهيئة والوفد المرافق له الدكتور ماجد السالم.",
                   "والتقى الدكتور فهد العمري، رئيس الجامعة الأهلية وذلك على هامش المؤتمر.")
    assert found == {"ماجد السالم": "رئيس الهيئة", "فهد العمري": "رئيس الجامعة الأهلية"}


def test_a_role_ends_before_the_next_person_s_honorific() -> None:
    found = people("وأناب سمير فؤاد الهاشمي وزير الثقافة الدكتور علي حمدان، مدير الآثار، لتمثيله.")
    assert found == {"سمير فؤاد الهاشمي": "وزير الثقافة", "علي حمدان": "مدير الآثار"}


def test_the_role_before_says_more_than_the_honorific() -> None:
    assert people("وجرى اللقاء بحضور السفير الأردني بالرباط السفير حازم الخطيب.") == {
        "حازم الخطيب": "السفير الأردني بالرباط"}


def test_places_and_prizes_named_after_a_person_are_no_people() -> None:
    assert people("ويقام المنتدى في مدينة الملك عبدالله الاقتصادية، وتمنح جائزة الشيخ زايد "
                  "للكتاب في ختامه.") == {}


def test_participles_a_preposition_and_that_open_no_name() -> None:
    assert people("وعقد المجلس دورته تحت رعاية الرئيس التونسي، مؤكدا أنها تعكس اهتمام الرئيس "
                  "والحكومة بالمنظمة.") == {}


def test_a_place_glued_to_a_preposition_is_no_name() -> None:
    assert people("وحضر الحفل مدير الأكاديمية الجهوية للتربية والتكوين لجهة سوس ماسة والمدير "
                  "الإقليمي للتعليم.") == {}


def test_icesco_s_long_name_with_its_acronym_after_a_dash_or_in_quotes() -> None:
    found = people("رفع المدير العام للمنظمة الإسلامية للتربية والعلوم والثقافة - إيسيسكو الدكتور "
                   "عبد الله ناصر الكعبي شكره للحكومة.",
                   'ووقع الاتفاق وزير الخارجية، والمدير العام لمنظمة العالم الإسلامي للتربية '
                   'والعلوم والثقافة "إيسيسكو"، حمد بن علي الراشد، على هامش القمة.')
    assert found == {
        "عبد الله ناصر الكعبي": "المدير العام للمنظمة الإسلامية للتربية والعلوم والثقافة - إيسيسكو",
        "حمد بن علي الراشد": 'المدير العام لمنظمة العالم الإسلامي للتربية والعلوم والثقافة "إيسيسكو"'}


def test_programme_specialists_and_late_and_reigning_sovereigns() -> None:
    found = people("وتمثل المنظمة الدكتورة نورة بامحمد، اختصاصية برامج في إدارة التربية.",
                   "واستحضر الخطاب ذكرى جلالة المغفور له الحسن الثاني، وزار الوفد جلالة السلطان "
                   "قابوس بن سعيد في مسقط.")
    assert found == {"نورة بامحمد": "اختصاصية برامج في إدارة التربية", "الحسن الثاني": None,
                     "قابوس بن سعيد": None}  # a royal title is no role


def test_a_role_after_a_comma_runs_through_a_quoted_name_after_a_glued_preposition() -> None:
    found = people('وحضر اللقاء الدكتور ياسر العمري، نائب المدير العام لـ"إيسيسكو"، وعدد من الخبراء.')
    assert found == {"ياسر العمري": 'نائب المدير العام لـ"إيسيسكو"'}


def test_two_roles_of_one_person_before_the_name_when_the_first_ends_with_a_demonym() -> None:
    found = people("وأشاد وزير الثقافة والشباب الأردني رئيس اللجنة الوطنية الدكتور سامر "
                   "النعيمي بالبرنامج.",
                   "واستقبل المدير العام للمنظمة رئيس جامعة الزيتونة الدكتور هشام القروي.")
    assert found == {"سامر النعيمي": "وزير الثقافة والشباب الأردني رئيس اللجنة الوطنية",
                     "هشام القروي": "رئيس جامعة الزيتونة"}


def test_a_titled_name_with_a_definite_word_inside_runs_to_the_comma_before_its_role() -> None:
    found = people("واستقبل المدير العام الأستاذ سامر نصر الله حسن عواد، رئيس الجمعية العربية للإعلام، "
                   "وحضر اللقاء السيد أبو بكر الصديق حمدون، وزير التعليم في جمهورية النيجر.")
    assert found == {"سامر نصر الله حسن عواد": "رئيس الجمعية العربية للإعلام",
                     "أبو بكر الصديق حمدون": "وزير التعليم في جمهورية النيجر"}


def test_a_definite_word_or_no_role_after_the_comma_still_ends_a_titled_name() -> None:
    found = people("وقال الدكتور سامي الهادي اليوم، إن التعاون مهم، وشارك السيد أبو بكر الصديق حمدون، "
                   "في الجلسة.")
    assert found == {"سامي الهادي": None, "أبو بكر الصديق": None}


def test_a_quoted_name_after_a_glued_or_detached_preposition_stays_in_the_role() -> None:
    found = people("وقال المدير العام لـ “إيسيسكو” سامي الهادي إن الندوة ناجحة.",
                   "وأشرفت عليها الدكتورة سلمى حداد، المشرفة على مديرية العلوم ب”إيسيسكو”، توزيع الكتب.")
    assert found == {"سامي الهادي": "المدير العام لـ “إيسيسكو”",
                     "سلمى حداد": "المشرفة على مديرية العلوم ب”إيسيسكو”"}


def test_every_sahib_style_of_a_listed_honorific_is_a_title() -> None:
    found = people("وشاركت صاحبة الفخامة سلمى حسن الدباغ، الرئيسة السابقة لجمهورية موريشيوس، "
                   "وحضر صاحب المعالي سامي الهادي، وزير التربية، وصاحب السعادة مراد العلي، سفير تونس.")
    assert found == {"سلمى حسن الدباغ": "الرئيسة السابقة لجمهورية موريشيوس", "سامي الهادي": "وزير التربية",
                     "مراد العلي": "سفير تونس"}


def test_the_delegation_a_verb_receives_ends_the_name_and_the_role_before_it() -> None:
    assert people("استقبل الرئيس قاسم جومارت توكاييف الوفد.") == {"قاسم جومارت توكاييف": "الرئيس"}
    assert people("استقبل الرئيس قاسم جومارت توكاييف الوفد في أستانا.") == {"قاسم جومارت توكاييف": "الرئيس"}
    assert people("استقبل وزير الثقافة أحمد علي الوفد.") == {"أحمد علي": "وزير الثقافة"}
    assert people("استقبل الدكتور سالم بن محمد المالك المدير العام للإيسيسكو الوفد الأردني، وبحث معه التعاون.") == {
        "سالم بن محمد المالك": "المدير العام للإيسيسكو"}
    assert people("وحضر الدكتور سالم بن محمد المالك رئيس الوفد الأردني.") == {
        "سالم بن محمد المالك": "رئيس الوفد الأردني"}


def test_a_title_or_a_feminine_noun_and_its_adjective_after_a_name_is_the_verb_s_object() -> None:
    assert people("التقى المدير العام سالم المالك السفير.") == {"سالم المالك": "المدير العام"}
    assert people("وألقى السلطان هيثم بن طارق كلمة مسجلة في الافتتاح.") == {"هيثم بن طارق": None}
    assert people("وألقى السلطان هيثم بن طارق العطية كلمة مسجلة.") == {"هيثم بن طارق العطية": None}
