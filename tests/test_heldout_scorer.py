"""bench/heldout.py on a tiny invented set: one right, one miss and one false hit per kind."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.heldout import main, score

PAGE = """ICESCO Director-General Receives Minister of Culture of Belgium

12 March 2025

Dr. Salim M. AlMalik, Director-General of the Islamic World Educational, Scientific and \
Cultural Organization (ICESCO), received Mr. Tomas Verhallen, Minister of Culture of the \
Kingdom of Belgium, at ICESCO Headquarters in Rabat.

The meeting was attended by Ms. Leila Benkirane, Director of Partnerships at the Arab Open \
University (AOU), and by representatives of the Islamic Development Bank (IsDB).

ICESCO also signed a memorandum of understanding with the Qatar Foundation.

Mr. Verhallen praised the cooperation between ICESCO and the Moroccan and Senegalese \
institutions.

Latest articles
"""

GOLD: dict[str, list[dict[str, object]]] = {"articles": [
    {"file": "one.txt", "title_start": "ICESCO Director-General Receives", "language": "en",
     "date": "2025-03-11", "date_also": ["2025-03-12"],                 # the second is right
     "people": [
         {"name": "Salim M. AlMalik", "aliases": ["AlMalik"],
          "role": "Director-General of the Islamic World Educational, Scientific and "
                  "Cultural Organization (ICESCO)"},                     # right, role right
         {"name": "Tom Verhallen", "aliases": ["Tomas Verhallen"],
          "role": "Minister of Culture"},                                # right by alias, role wrong
         {"name": "Omar Haddad", "role": None, "aliases": []}],          # missed
     "countries": ["BEL", "MAR", "TUR"],                                 # TUR missed, SEN false
     "partners": [
         {"name": "Arab Open University", "acronym": "AOU", "aliases": []},
         {"name": "Fondation du Qatar", "acronym": None, "aliases": ["Qatar Foundation"]},
         {"name": "United Nations Educational, Scientific and Cultural Organization",
          "acronym": "UNESCO", "aliases": []}]},                         # missed; IsDB false
    {"file": "one.txt", "title_start": "Un titre qui n'existe pas", "language": "fr",
     "date": "2025-03-13", "people": [{"name": "Anne Dupré", "role": None, "aliases": []}],
     "countries": ["FRA"], "partners": []},
]}


def test_heldout_scorer_counts(tmp_path: Path, capsys) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "one.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "gold-test.json").write_text(json.dumps(GOLD), encoding="utf-8")
    tallies, show = score(tmp_path, str(Path(sys.executable).parent / "icli"))
    en, fr, total = tallies["en"], tallies["fr"], tallies["all"]
    assert en.kinds["people"] == {"found": 3, "correct": 2, "gold": 3, "recalled": 2}
    assert en.kinds["countries"] == {"found": 3, "correct": 2, "gold": 3, "recalled": 2}
    assert en.kinds["partners"] == {"found": 3, "correct": 2, "gold": 3, "recalled": 2}
    assert en.roles == [1, 2] and en.dates == [1, 1] and (en.articles, en.unmatched) == (1, 0)
    # an unmatched article: its entities and date are all missed
    assert fr.kinds["people"] == {"found": 0, "correct": 0, "gold": 1, "recalled": 0}
    assert fr.dates == [0, 1] and (fr.articles, fr.unmatched) == (1, 1)
    assert total.kinds["countries"]["gold"] == 4 and total.dates == [1, 2]
    assert total.prf("people") == (2 / 3, 2 / 4, 2 * (2 / 3) * (2 / 4) / (2 / 3 + 2 / 4))
    assert any("person false hit: 'Leila Benkirane'" in line for line in show)
    assert any("person missed: 'Omar Haddad'" in line for line in show)
    assert any("country false hit: SEN" in line for line in show)
    assert any("partner false hit: 'Islamic Development Bank'" in line for line in show)
    assert any("partner missed: 'United Nations Educational" in line for line in show)
    assert any("role of 'Tom Verhallen'" in line for line in show)
    main([str(tmp_path), "--show"])
    out = capsys.readouterr().out
    assert "| all | people | 4 | 3 | 2 | 0.667 | 0.500 | 0.571 |" in out
    assert "| en | roles right | 2 | | 1 | 0.500 | | |" in out
    assert "no exported article matches" in out


def test_heldout_scorer_matches_a_lone_article_with_another_title(tmp_path: Path) -> None:
    """A file holding one gold article and one exported article is scored even when icli
    titles it otherwise (counted under "titles differ"); two gold articles in one file are
    never matched that way."""
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "one.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "pages" / "two.txt").write_text(PAGE, encoding="utf-8")
    lone = dict(GOLD["articles"][1], file="two.txt", language="en")
    (tmp_path / "gold-test.json").write_text(json.dumps({"articles": [
        GOLD["articles"][0], GOLD["articles"][1], lone]}), encoding="utf-8")
    tallies, show = score(tmp_path, str(Path(sys.executable).parent / "icli"))
    en, fr = tallies["en"], tallies["fr"]
    assert (en.articles, en.unmatched, en.retitled) == (2, 0, 1)
    assert (fr.articles, fr.unmatched, fr.retitled) == (1, 1, 0)
    assert en.kinds["people"]["found"] == 3 + 3        # the lone article's entities are scored
    assert any(line.startswith("two.txt «Un titre") and "title differs" in line for line in show)
