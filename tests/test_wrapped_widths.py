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


EN_TITLE = "ICESCO Trains Science Teachers from Sahel Countries in Niamey"
EN_PARAGRAPHS = [
    "The Islamic World Educational, Scientific and Cultural Organization (ICESCO) held on "
    "Monday, 3 March 2025, in Niamey a training course for forty science teachers from Mali, "
    "Niger, Chad and Burkina Faso, in cooperation with the national commission of Niger.",
    "Ms. Fatima Diallo, expert of the Science Sector, presented the new laboratory kits that "
    "the Organization designed for rural schools, and the trainers showed how each experiment "
    "can be carried out with cheap materials found in local markets.",
]


def _ragged(blocks: list[str], widths: list[int]) -> str:
    """Each block wrapped line by line at the next of `widths` in turn (a page wrapped
    unevenly: by hand, or from a proportional font), blank lines between the blocks."""
    out, turn = [], 0
    for block in blocks:
        lines, line = [], ""
        for word in block.split():
            if line and len(line) + 1 + len(word) > widths[turn % len(widths)]:
                lines.append(line)
                line, turn = word, turn + 1
            else:
                line = f"{line} {word}" if line else word
        out.append("\n".join([*lines, line]))
    return "\n\n".join(out) + "\n"


@pytest.mark.parametrize(("blocks", "date"), [
    ([EN_TITLE, "3 March 2025", *EN_PARAGRAPHS], "2025-03-03"),
    ([TITLE, "12 مارس 2025", *PARAGRAPHS], "2025-03-12"),
])
def test_a_page_wrapped_unevenly_is_one_article(blocks: list[str], date: str) -> None:
    dump = parse_dump(_ragged(blocks, [58, 80, 66, 74, 61, 79]))
    assert [a.title for a in dump.articles] == [blocks[0].replace("\u0640", "")]
    assert dump.articles[0].date == date
    assert len(dump.articles[0].body) == len(blocks) - 2


def test_unevenly_wrapped_lines_without_blank_lines_are_left_as_they_are() -> None:
    """Without blank lines a title may stand right over its text: only the width rule joins."""
    text = _ragged([EN_TITLE, "3 March 2025", *EN_PARAGRAPHS], [80]).replace("\n\n", "\n")
    assert [a.title for a in parse_dump(text).articles] == [EN_TITLE]


@pytest.mark.parametrize("width", [60, 72])
def test_doubled_spaces_count_in_a_wrapped_line(width: int) -> None:
    """Reading collapses doubled spaces; the editor that wrapped the page counted them."""
    doubled = [p.replace("، ", "،  ").replace(" و", "  و") for p in PARAGRAPHS]
    wrapper = textwrap.TextWrapper(width, replace_whitespace=False)
    text = "\n\n".join("\n".join(wrapper.wrap(b)) for b in [TITLE, "12 مارس 2025", *doubled])
    dump = parse_dump(text + "\n")
    assert len(dump.articles) == 1 and len(dump.articles[0].body) == len(PARAGRAPHS)
