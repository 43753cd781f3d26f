"""A hard-wrapped page is rejoined by the widths its lines were printed at, counted before
normalization takes out the tatweel and the invisible marks an editor counted (issue 21: a
wrapped Arabic page whose words were stretched gave one article per paragraph)."""

from __future__ import annotations

import textwrap

import pytest

from icli.text.lines import removed_widths
from icli.text.parse import parse_dump

TITLE = "الإيـسـيـسـكـو تطلق برنامجا لتدريب معلمي اللغة العربية في غرب إفريقيا"
PARAGRAPHS = [
    "أطلقت منظمة العالم الإسلامي للتربية والعلوم والثقافة \"الإيـسـيـسـكـو\" برنامجا "
    "تدريبيا لفائدة معلمي اللغة العربية في غرب إفريقيا، يستفيد منه مئتا معلم ومعلمة من "
    "خمس دول، على مدى ثلاثة أشهر في مراكز المنظمة الإقليمية.",
    "ويهدف البرنامج إلى تطويـر مهارات المعلمين في طرائق التدريس الحديثة وتوظيف الوسائل "
    "الرقمية في الفصل، وفق مناهج أعدها خبراء المنظمة بالتعاون مع الجامعات الشريكة فـي "
    "المنطقة.",
    "وأوضحت المنظمة أن المتدربين سيحصلون في نهاية البرنامج على شهادات معتمدة، وأن "
    "الدورة المقبلة ستفتح أبوابها أمام المعلمين فـي شرق إفريقيا خلال العام القادم.",
]


def _wrapped(width: int, mark: str = "") -> str:
    """The page as an editor wraps it at `width` columns, every line opened by `mark`."""
    blocks = [TITLE, "12 مارس 2025", *PARAGRAPHS]
    return "\n\n".join("\n".join(mark + line for line in textwrap.wrap(block, width))
                       for block in blocks) + "\n"


@pytest.mark.parametrize("width", [60, 66, 72, 80, 90])
def test_a_wrapped_arabic_page_with_stretched_words_is_one_article(width: int) -> None:
    dump = parse_dump(_wrapped(width))
    assert len(dump.articles) == 1
    article = dump.articles[0]
    assert article.date == "2025-03-12"
    assert len(article.body) == len(PARAGRAPHS)
    assert article.body[-1].endswith("خلال العام القادم.")
    assert "\u0640" not in " ".join(article.body)  # the tatweel inside a word is still removed


@pytest.mark.parametrize("width", [60, 72])
def test_invisible_marks_count_in_a_wrapped_line(width: int) -> None:
    dump = parse_dump(_wrapped(width, mark="\u200f"))  # a right-to-left mark opens each line
    assert len(dump.articles) == 1
    assert len(dump.articles[0].body) == len(PARAGRAPHS)


def test_removed_widths_counts_each_line_and_its_first_word() -> None:
    saved = "فـي أمـس الحاجة\nنص بلا تطويل\n\n\u200fكلمة"
    normal = "في أمس الحاجة\nنص بلا تطويل\n\nكلمة"
    assert removed_widths(saved, normal) == [(2, 1), (0, 0), (0, 0), (1, 1)]
    assert removed_widths(normal, normal) is None


# Two articles wrapped at 60 columns with no blank line between blocks: each title (its
# stretched word counted) fills its line, so the place line's first word would not have fitted.
_NO_BLANKS = [
    ("الإيسيسكو تعقد ندوة حول تدريـــس العلوم الإسلامية في نواكشوط", "نواكشوط، 14 نوفمبر 2024",
     "عقدت منظمة العالم الإسلامي للتربية والعلوم والثقافة (إيسيسكو) ندوة علمية حول تدريس "
     "العلوم الإسلامية في المدارس، بمشاركة ثلاثين أستاذا من موريتانيا والسنغال ومالي، وذلك "
     "ضمن خطتها لدعم المؤسسات التعليمية في الدول الأعضاء."),
    ("المدير العام للإيسيسكو يلتقي وزيـــر التعليم الموريتاني", "الرباط، 18 نوفمبر 2024",
     "التقى المدير العام للإيسيسكو وزير التعليم في موريتانيا، وبحث الجانبان سبل تطوير "
     "التعاون في مجالات التعليم والتدريب المهني وتأهيل المعلمين."),
]


def test_a_place_dateline_is_never_joined_to_a_full_wrapped_title() -> None:
    text = "\n".join(line for article in _NO_BLANKS for block in article
                     for line in textwrap.wrap(block, 60)) + "\n"
    dump = parse_dump(text)
    assert [(a.title, a.date) for a in dump.articles] == [
        ("الإيسيسكو تعقد ندوة حول تدريس العلوم الإسلامية في نواكشوط", "2024-11-14"),
        ("المدير العام للإيسيسكو يلتقي وزير التعليم الموريتاني", "2024-11-18"),
    ]
    assert [a.body for a in dump.articles] == [[article[2]] for article in _NO_BLANKS]
