"""What the words right before a date in article text say of it: an event cue ("held on",
"yesterday"), a plain "on", a deadline, an end date or a future event (never the article's
event), the day an event closed. `icli.text.dates` ranks each date by them.
"""

from __future__ import annotations

import re

from icli.text.date_clauses import SEGMENT, sentence_of

EVENT_CUES = re.compile(
    r"\b(?:held|took place|organi[sz]ed|convened|hosted|launched|signed|met|received|opened|"
    r"began|started|inaugurated|yesterday|today|tenue?s?|a eu lieu|organisée?s?|le)"
    r"\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
# An Arabic verb in the future ("ستعقد", "سينظم", "ستنطلق").
_FUTURE_AR = r"(?:سي|ست)(?:عقد|نظم|قام|نطلق|نعقد|تم|شارك|ستضيف|حتضن)\w*"
PLAIN_ON = re.compile(r"\b(?:on|from|dated|of)\s*,?\s*$", re.IGNORECASE)
# Before a deadline or an end date ("until", "close on", "jusqu'au", "حتى"; "deadline",
# "date limite", "آخر أجل" anywhere before it in its clause: "The deadline for proposals is"), or
# a future event ("will be held on", "se tiendra le", "ستعقد ... يوم", "tomorrow, Sunday,",
# "demain", "غدا الأحد ("), or a photo's credit ("Photo archive: ", "Photo: archive, ", "Photo
# d’archives : ", "صورة أرشيفية: ": the day the photo was taken).
NOT_EVENT = re.compile(
    r"(?:\b(?:no later than|not later than|until|till|before|by|expires?|valid|"
    r"extends? to|ends?|ending|closes?|closing|due|jusqu['’]?(?:au|à)|avant le|au plus tard|"
    r"حتى|قبل|أقصاه)\b[:\s,]*(?:on\s+|le\s+|يوم\s+)?$)"
    r"|(?:\b(?:deadlines?|date\s+limite|closing\s+date|آخر أجل|الموعد النهائي)\b[^.;!?\n,،]*$)"
    r"|(?:\b(?:will|shall|to be|scheduled|upcoming|next|aura lieu|se tiendr(?:a|ont)|"
    rf"prévue?s?|prochaine?|tomorrow|demain|غدا|غدًا|{_FUTURE_AR}|المقبلة?)"
    r"\b\W+(?:\w+\W+){0,4}$)"
    # ... or held later, with words of a place between and no past verb ("the next session will
    # be held in Jakarta, Indonesia, on"; not "which will be held every year, opened on")
    r"|(?:\b(?:will|shall)\s+(?:be\s+held|take\s+place|be\s+hosted|be\s+organi[sz]ed)\b"
    r"[^\w.;!?\n]+(?:(?![^\W\d_]+ed\b)[^\W\d_]+[^\w.;!?\n]+){0,6}$)"
    r"|(?:\b(?:archive\s+)?(?:photo|صورة)(?:\s+(?:archive|d['’]archives?|أرشيفية))?\s*:\s*"
    r"(?:(?:archives?|أرشيف)\s*[:,]\s*)?$)",
    re.IGNORECASE,
)

# A verb in the future anywhere in the date's sentence before it ("ICESCO will hold the third
# edition of its forum in Rabat on", "Tunisia will host the Forum of Arts, Crafts, and Heritage
# on", "l'ICESCO organisera … le", "ستنظم الإيسيسكو … يوم"): in lower case ("camera", "opera"
# are too short to be a French future), and no past verb after it ("the network will grow and
# met again on", "L'ICESCO poursuivra son soutien, a annoncé … le").
_FUTURE = re.compile(
    r"\b(?:will|shall)\s+(?:not\s+)?(?:be\s+)?[a-z]+\b"
    r"|\b(?:sera|seront|aura|auront|fera|feront"
    r"|[a-zàâçéèêëîïôûùüÿœ]{4,}(?:era|eront|ira|iront|dra|dront))\b"
    rf"|{_FUTURE_AR}")
_PAST_VERB = re.compile(r"\b(?:[a-z]+ed|took|held|met|began|said|told"
                        r"|(?:a|ont)\s+(?:été\s+)?[a-zàâçéèêëîïôûùüÿœ]+é(?:e|s|es)?)\b")

# Before the day an event closed ("closed on", "s’est clôturé le", "a clôturé, samedi"): the
# event's end, which dates an article only when its text gives no other date, and never a day
# written without its year.
CLOSING = re.compile(r"\b(?:closed|clôtur\w*)\b[:\s,]*(?:on\s+|le\s+)?$", re.IGNORECASE)


# An Arabic sentence opening with a verb of holding in the present ("يعقد المؤتمر العام دورته …
# يومي", "تنظم الإيسيسكو … يوم"): an announcement, unless it says the day is today ("اليوم").
_HOLDS_AR = re.compile(r"[يت](?:عقد|نظم|حتضن|ستضيف|نطلق|قيم)(?!\w)")
_OPENING_AR = re.compile(r"[\s\"«(]*[وف]?")
_TODAY_AR = re.compile(r"اليوم|الآن|حاليا")


def future_before(text: str, at: int) -> bool:
    """Whether a verb in the future stands in the sentence before the date at `at` of `text`
    (at most `SEGMENT` characters back), with no past verb after it (`_FUTURE`), or the
    sentence opens with an Arabic verb of holding in the present and does not say today
    (`_HOLDS_AR`)."""
    future = None
    for future in _FUTURE.finditer(text, max(0, at - SEGMENT), at):
        pass
    if future is not None and future.start() >= sentence_of(text, at) \
            and not _PAST_VERB.search(text, future.end(), at):
        return True
    if _HOLDS_AR.search(text, max(0, at - SEGMENT), at) is None:
        return False
    opening = _OPENING_AR.match(text, sentence_of(text, at))  # (it always matches)
    start = opening.end() if opening else at
    return _HOLDS_AR.match(text, start) is not None and _TODAY_AR.search(text, start, at) is None


def opens_in_future(body: list[str]) -> bool:
    """Whether the first sentence of an article's body tells its event in the future, with no
    past verb in it (`future_before`: "ICESCO will hold the forum in Baku."; not "The ministers
    met and will meet again")."""
    lead = (body[0] if body else "").split(". ")[0].rstrip(" .")
    return future_before(lead, len(lead)) and _PAST_VERB.search(lead) is None
