"""Page furniture: the lines a saved icesco.org page carries around its articles.

The translation disclaimer and feedback widget of a page's header, the lines that end a page's
content (navigation follows them), buttons, links to other articles and tags ("Read also:",
"Tags: …"), menu lines and breadcrumb trails, a cookie banner, in English,
French and Arabic. Pure functions on one line; `parse` removes what they find.
"""

from __future__ import annotations

import re

from icli.text.dates import parse_dateline
from icli.text.place_datelines import parse_place_dateline

# A page's header: the translation disclaimer and the feedback widget (English, French, Arabic).
# They can also reappear anywhere; wherever they stand they are removed, and they start a page.
_HEADER = (
    r"disclaimer\s*:.*google translate.*"
    r"|your opinion|user feedback|votre avis|commentaires des utilisateurs|رأيك|تعليقات المستخدمين"
    r"|overall,? how satisfied are you (?:about|with) the website\s*\??"
    r"|dans l'ensemble,? dans quelle mesure êtes-vous satisfait du site web\s*\??"
    r"|(?:extremely|très|extrêmement) (?:dissatisfied|insatisfait) (?:extremely|très|extrêmement) "
    r"(?:satisfied|satisfait)"
    r"|.{0,30}(?:مدى رضاك|راض[ٍي]? (?:للغاية|جدا|تماما)).{0,60}"
)
_HEADER_RE = re.compile(rf"^(?:{_HEADER})$", re.IGNORECASE)
# Lines that end a page: what follows them, up to the next page's start, is navigation (the
# links of a news site's related posts too: "Related Post", "أخبار ذات صلة").
_END_MARKERS = re.compile(
    r"^(?:latest articles|skip to content|derniers articles|آخر المقالات|أحدث المقالات"
    r"|related (?:posts?|articles|news)|articles (?:similaires|connexes)|(?:أخبار|مقالات) ذات صلة"
    r"|latest news|most read|dernières (?:actualités|nouvelles)|les plus lus|آخر الأخبار|الأكثر قراءة"
    r"|you (?:may|might) also like|vous (?:aimerez|pourriez aimer) (?:aussi|également)"
    r"|قد يعجبك (?:أيضا|ايضا|أيضاً)|leave a (?:reply|comment)|laisser un commentaire|اترك (?:ردا?|تعليقا)"
    r"|(?:\d+ )?(?:comments?|commentaires?)|التعليقات|\d+ تعليقا?ت?"
    r"|by messaging icesco,? you agree to our terms.*|alem ai assistant)$",
    re.IGNORECASE,
)
# The social networks a share bar names ("Facebook Twitter LinkedIn", "فيسبوك تويتر واتساب").
_SOCIAL = (r"facebook|twitter|x|linkedin|whatsapp|telegram|instagram|youtube|email|e-mail|print"
           r"|imprimer|فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تيليجرام|تلغرام|لينكد إن|انستغرام|يوتيوب|طباعة")
# Buttons removed where they stand ("Read More" ends an old listing's teaser, not the page), a
# news site's text-to-speech button too, its label often printed twice, a cookie banner's and a
# listing's "Load more".
_BUTTONS = re.compile(r"^(?:read more|lire la suite|اقرأ المزيد|share|partager"
                      r"|accept(?: all(?: cookies)?)?|reject all|(?:tout )?accepter|tout refuser"
                      r"|موافق|أوافق|قبول الكل|learn more|en savoir plus|got it!?|j'ai compris"
                      r"|i (?:agree|accept)|j'accepte"
                      r"|(?:load|show|see) more|(?:voir|afficher|charger) plus|(?:عرض|تحميل) المزيد|المزيد"
                      r"|(?:share|partager)(?: (?:this|this article|on|via|sur|cet article))?\s*:?"
                      r"|(?:شارك|مشاركة)(?: (?:هذا الخبر|الخبر|المقال|هذا المقال|على))?\s*:?"
                      rf"|(?:{_SOCIAL})(?:\s*[|•·,]?\s*(?:{_SOCIAL}))*"
                      r"|(?:(?:listen to (?:this|the) article|[ée]couter (?:cet |l')article"
                      r"|استمع (?:إلى ال|الى ال|لل)(?:مقال|خبر))\s*)+)$", re.IGNORECASE)
# Links to other articles and an article's tags: "Read also:", "Previous article:", "Article
# suivant :", "المقال السابق:" (a heading: the headlines right
# below it are links) or "Read also: <headline>", "Tags: Manuscripts, Saudi Arabia" (the links on
# the line), either after the arrow some pages print before it (">>Lire aussi : …"). Without a
# colon only the heading alone ("Read also the report" is a sentence).
_LINK_HEADINGS = (r"read also|see also|(?:à )?lire aussi|voir aussi|[اإ]قرأ أيض(?:اً|ًا|ا)"
                  r"|(?:previous|next) (?:article|post|news)|(?:article|billet) (?:précédent|suivant)"
                  r"|(?:المقال|الخبر|المقالة) (?:السابق|التالي)(?:ة)?")
_LINK_LABELS = r"read more|tags|mots[- ]clés|étiquettes|الوسوم|كلمات مفتاحية"
_LINKS = re.compile(rf"^(?:>>|»)?\s*(?:(?:{_LINK_HEADINGS})\s*:?|(?:{_LINK_HEADINGS}|{_LINK_LABELS})\s*:\s*"
                    r"(?P<links>.*))$", re.IGNORECASE)
# Lines a browser or a reader adds around a page, and a page's footer: a printed page's header
# and footer ("12/7/26, 10:15 AM <title> - ICESCO": a comma or AM/PM after the date, which a
# date line with a time has not, or the site's name last: "07/12/2026 10:15 <title> - ICESCO";
# "https://… 1/2", "Page 1 of 2"), a reader
# view's site and reading time ("icesco.org", "3–4 minutes", "5 min read"), a listing's page
# numbers ("1 2 3 … 120 Next »", "« Précédent 1 2 Suivant »") and a copyright line.
_PAGE_FRAME = re.compile(
    r"^(?:\d{1,2}/\d{1,2}/\d{2,4}(?:,\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?)"
    r"\s+\S.*|\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}\s+\S.*\s[-–|]\s*(?:icesco|isesco|الإيسيسكو)"
    r"|(?:https?://|www\.)\S+\s+\d{1,3}\s*/\s*\d{1,3}|(?:page|صفحة)\s+\d+\s+(?:of|sur|من|/)\s+\d+"
    r"|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|net|int|ma|sa|info)"
    r"|\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s+(?:minutes?|min(?:\.|utes)?(?:\s+(?:read|de lecture))?|دقائق|دقيقة)"
    r"|(?:«\s*)?(?:previous|prev|précédent|السابق)?\s*\d{1,4}(?:\s+(?:\d{1,4}|…|\.\.\.))+"
    r"\s*(?:next|suivant|التالي)?\s*»?"
    r"|(?:©|copyright\b|\(c\)\s).{0,150}|.{0,120}(?:all rights reserved|tous droits réservés"
    r"|جميع الحقوق محفوظة).{0,40})$",
    re.IGNORECASE,
)
# The site's navigation words: menu entries and the steps of a breadcrumb trail.
_NAVIGATION = (
    r"home|homepage|accueil|page d'accueil|الرئيسية|الصفحة الرئيسية"
    r"|news|latest news|news updates?|actualités?|à la une|الأخبار|آخر الأخبار|المستجدات"
    r"|media cent(?:er|re)|centre des médias|médias|المركز الإعلامي"
    r"|press releases?|communiqués(?: de presse)?|البيانات الصحفية"
    r"|events|événements|activities|activités|الفعاليات|الأنشطة"
    r"|about(?: us| icesco)?|à propos(?: de l'icesco)?|من نحن|contact(?: us)?|contactez-nous|اتصل بنا"
)
_NAVIGATION_RE = re.compile(rf"(?:{_NAVIGATION})", re.IGNORECASE)
# A menu line: navigation words alone ("Home", "Media Center", "Accueil | Actualités").
_MENU = re.compile(rf"^(?:{_NAVIGATION})(?:\s*[|•·]?\s*(?:{_NAVIGATION}))*$", re.IGNORECASE)
# The steps of a breadcrumb trail ("Home > News > …", "Accueil / Actualités / …").
_TRAIL_SEPARATORS = "›>»<‹/|"
_TRAIL_STEP = re.compile(r"\s*[›>»<‹/|]\s*")
_LONG_FURNITURE = ("disclaimer", "by messaging icesco")  # the patterns with no length bound
# The translation disclaimer, the first line of every saved page of the current site; a copy
# wrapped at a narrow width holds it in pieces.
_DISCLAIMER = ("disclaimer: you are using google translate. the icesco is not responsible for the "
               "accuracy of the information in the translated language .")
_LONGEST_SHORT_FURNITURE = 160  # what the other patterns can match is shorter
# A cookie banner: a line that speaks of cookies in the banner's own words, the site or "we" as
# who uses them or the reader's consent ("We use cookies to … Accept", "This website uses
# cookies …", "Nous utilisons des cookies …", "… privacy policy", "نستخدم ملفات تعريف الارتباط …
# موافق"); not prose that names cookies and a use ("Children baked cookies and learned about the
# use of …"), and the banner's heading and settings lines ("Privacy and cookies", "Cookie
# settings", "Paramètres des cookies"). The word for cookies is looked for first.
_COOKIE_USE = re.compile(r"\b(?:accept|agree|consent|preferences|privacy policy|cookies? (?:policy|settings)"
                         r"|privacy (?:and|&) cookies|(?:vie privée|confidentialité) et cookies"
                         r"|we use\b|(?:this|our) (?:web)?site\b|nous utilisons|(?:ce|notre) site\b"
                         r"|politique de confidentialité|(?:paramètres|préférences|gestion) des cookies)|موافق|توافق|قبول|الموافقة|هذا الموقع|نستخدم",
                         re.IGNORECASE)


def normalized(line: str) -> str:
    """A line as compared against the furniture patterns."""
    return " ".join(line.replace("’", "'").replace("‘", "'").replace("ʼ", "'").split())


def furniture(line: str) -> str | None:
    """'header', 'end', 'button', 'links' (a heading over links to other articles), 'link' (a
    line of such links or tags), 'navigation' (a menu line, a breadcrumb trail), 'cookies' (a
    cookie banner) or 'frame' (a print or reader view's lines, page numbers, a copyright) for a
    line of page furniture, None for content."""
    if len(line) > 300:
        return None  # page furniture is short, but for three notices
    if ("ookie" in line or "الارتباط" in line or "الكوكيز" in line) and _COOKIE_USE.search(line):
        return "cookies"
    if len(line) > _LONGEST_SHORT_FURNITURE and not line[:20].lower().startswith(_LONG_FURNITURE):
        return None
    plain = normalized(line)
    if _HEADER_RE.match(plain):
        return "header"
    if plain[:1] in "Dd" and plain.casefold().startswith("disclaimer"):
        if _DISCLAIMER.startswith(plain.casefold()):
            return "header"  # the disclaimer's first piece
    if _END_MARKERS.match(plain):
        return "end"
    links = _LINKS.match(plain)
    if links:
        return "link" if links["links"] else "links"
    if _BUTTONS.match(plain):
        return "button"
    if _PAGE_FRAME.match(plain):
        return "frame"
    if _navigation(plain):
        return "navigation"
    return None


def _navigation(plain: str) -> bool:
    """Whether a line is a menu line or a breadcrumb trail: steps separated by "›", ">", "/"
    (…) whose first step, or last in a trail copied right to left, is a navigation word."""
    if len(plain) > 120:
        return False
    if _MENU.match(plain):
        return True
    if not any(char in plain for char in _TRAIL_SEPARATORS) or "://" in plain \
            or plain[:4].casefold() == "www.":
        return False  # (a web address is content)
    steps = _TRAIL_STEP.split(plain)
    return len(steps) > 1 and bool(_NAVIGATION_RE.fullmatch(steps[0])
                                   or _NAVIGATION_RE.fullmatch(steps[-1]))


_TEASER_BUTTONS = ("read more", "lire la suite", "اقرأ المزيد")  # after a teaser's "..."


def cut_button(line: str) -> str:
    """A listing's teaser without the button printed on its line after its "..." ("… in
    Niamey... Read More", "… à Niamey... Lire la suite"); any other line as it is."""
    if line[-1:] not in "eEد":
        return line
    tail = line[-14:].casefold()
    for button in _TEASER_BUTTONS:
        if tail.endswith(button):
            teaser = line[:-len(button)].rstrip()
            return teaser if teaser.endswith(("...", "…")) else line
    return line


_DATELINE_DASH = re.compile(r"\s[-–—]\s")


def page_furniture(line: str, lines: list[str], at: int, after_text: bool) -> str | None:
    """`furniture` of the line `lines[at]`, but for a cookie banner that is a paragraph of the
    article: a banner stands at the page's edge, before the title or (`after_text`) with
    only furniture or nothing below it, and never opens with a dateline ("Rabat, 3 December
    2026 - …")."""
    kind = furniture(line)
    if kind != "cookies":
        return kind
    lead = _DATELINE_DASH.split(line[:80], maxsplit=1)
    if len(lead) > 1 and (parse_place_dateline(lead[0]) or parse_dateline(lead[0])):
        return None
    if not after_text:
        return kind
    below = next((other.strip() for other in lines[at + 1:] if other.strip()), None)
    return kind if below is None or furniture(below) else None


def is_boilerplate(line: str) -> bool:
    """True for page furniture: translation disclaimer, feedback widget, page ends, buttons,
    menu lines, breadcrumb trails and cookie banners."""
    return furniture(line.strip()) is not None


def starts_disclaimer(line: str) -> bool:
    """Whether a furniture line is the translation disclaimer (or its first piece)."""
    return line[:10].casefold() == "disclaimer"


def rest_of_disclaimer(line: str) -> bool:
    """Whether a line is a later piece of a wrapped translation disclaimer."""
    return len(line) < len(_DISCLAIMER) and normalized(line).casefold() in _DISCLAIMER
