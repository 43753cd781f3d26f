"""Arabic phrases next to a role that are no person (issue 21, session 22): a role's words after
"و", all with the article and the first a verbal noun, before a second role word ("… ومحو الأمية والتعليم المدني رئيس
اللجنة"); a noun with its pronoun right after a role ("للمدير العام دعم بلادها"). Each shape on
sentences written for the test, with the neighbours that stay people; expected answers written
before running."""

from __future__ import annotations

import pytest

from tests.test_roles import people


@pytest.mark.parametrize(("text", "expected"), [
    # the role's words after "و", before a second role word: the role goes on, no person
    ("بحضور الدكتور يوسف كانو، وزير التعليم الأساسي ومحو الأمية والتعليم المدني رئيس اللجنة الوطنية، "
     "والسيد عمر بكر، وزير المالية.",
     {"يوسف كانو": "وزير التعليم الأساسي ومحو الأمية والتعليم المدني رئيس اللجنة الوطنية",
      "عمر بكر": "وزير المالية"}),
    ("ومعه نائب المدير العام، ومدير إدارة الحوار والتعاون الثقافي المشرف على مكتب السفراء، السفير خالد عمر.",
     {"خالد عمر": "مدير إدارة الحوار والتعاون الثقافي المشرف على مكتب السفراء"}),
    # neighbour: a first name with the article after "و" (no verbal noun) is another person
    ("وحضر اللقاء الدكتور رشيد الناصري وزير الصحة والهادي العلوي المستشار الثقافي للوزير.",
     {"رشيد الناصري": "وزير الصحة", "الهادي العلوي": "المستشار الثقافي للوزير"}),
    # neighbours: "و" + a name with a word without the article is another person
    ("وحضر الاجتماع وزير الثقافة والمختار ولد داهي رئيس اللجنة.", {"المختار ولد داهي": "رئيس اللجنة"}),
    ("حضر اللقاء مستشار المدير العام ومحمد زين العابدين، مدير الإدارة.",
     {"محمد زين العابدين": "مدير الإدارة"}),
])
def test_a_roles_words_after_and_are_no_person(text: str, expected: dict[str, str | None]) -> None:
    assert people("ar", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun with its pronoun ("ها", "هم") right after a role: the sentence's object, no name
    ("وأكدت الوزيرة في كلمتها للمدير العام دعم بلادها لجهود المنظمة.", {}),
    ("وأكد الوزراء للمدير العام حرص حكوماتهم على التعاون.", {}),
    # neighbours: a name ending in "ه" ("عبد الله"), a woman's name after her role
    ("وأكد وزير الثقافة محمد عبد الله أهمية التعاون.", {"محمد عبد الله": "وزير الثقافة"}),
    ("التقى المدير العام وزيرة الثقافة مها الخطيب في مكتبها.", {"مها الخطيب": "وزيرة الثقافة"}),
    # neighbours: a family name ending in "هم" after a role not glued to "ل" (issue 21, R4)
    ("وحضر الاجتماع رئيس المركز الوطني للمخطوطات سليم براهم.",
     {"سليم براهم": "رئيس المركز الوطني للمخطوطات"}),
    ("وشارك في الجلسة أمين المكتبة الوطنية للمخطوطات عادل براهم.",
     {"عادل براهم": "أمين المكتبة الوطنية للمخطوطات"}),
])
def test_a_noun_with_its_pronoun_after_a_role_is_no_person(text: str, expected: dict[str, str | None]) -> None:
    assert people("ar", text) == expected
