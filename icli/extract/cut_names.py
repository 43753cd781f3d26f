"""Names cut where the text is cut: a title made of an untitled page's first sentence ends
with an ellipsis ("… et Dr Karim Benali…"), and a saved page may stop mid-word ("De même,
Dr Bena"). Such a name is the person named whole elsewhere in the article, or nobody."""

from __future__ import annotations

from icli.extract.identity import person_key
from icli.extract.mention import Mention

_ELLIPSES = ("…", "...")


def without_cut_names(mentions: list[Mention], last_paragraph: str) -> list[Mention]:
    """`mentions` with each person's name freed of a trailing ellipsis, and without a person
    whose name is cut (it ends with an ellipsis, or it ends the article's last paragraph) when
    it is another person's name or that name cut mid-word (_cut_from)."""
    people = [m for m in mentions if m.kind == "person" and m.name]
    ending = last_paragraph.rstrip()
    cut = [m for m in people if m.name.endswith(_ELLIPSES) or ending.endswith(m.name)]
    if not cut:
        return mentions
    dropped: set[int] = set()
    for mention in cut:
        name = mention.name.rstrip(".…").rstrip()
        others = [m.name.split() for m in people if m is not mention]
        if not name or any(words == name.split() or _cut_from(name.split(), words) for words in others):
            dropped.add(id(mention))
        elif name != mention.name:
            mention.name = mention.alias = name
            mention.key = person_key(name)
    return [m for m in mentions if id(m) not in dropped]


def _cut_from(words: list[str], other: list[str]) -> bool:
    """Whether `words` are a run of `other`'s words whose last word is cut mid-word: "Karim
    Bena" and "Bena" of "Karim Benali", not "Mohamed Ali" of "Alioune Diop"."""
    *before, last = words
    return any(other[i].startswith(last) and other[i] != last and other[i - len(before):i] == before
               for i in range(len(before), len(other)))
