"""bench/versions.py on saved pages: a page that fails to ingest is reported and the rest of
its part is scored."""

from __future__ import annotations

import re
from pathlib import Path

from bench.versions import evaluate_pages

EN = """    ICESCO and the Oyelaran Foundation Sign a Memorandum on Rural Libraries

    14 May 2025

    ICESCO and the Oyelaran Foundation signed a memorandum of understanding in Rabat on 14 May \
2025 to open 120 rural libraries in Nigeria and Ghana over 3 years.

    Dr. Kemi Oyelaran, President of the Foundation, said the first 40 libraries would open in \
Nigeria.
"""
FR = """    L’ICESCO et la Fondation Oyelaran signent un mémorandum sur les bibliothèques rurales

    14 mai 2025

    L’ICESCO et la Fondation Oyelaran ont signé à Rabat, le 14 mai 2025, un mémorandum \
d’entente pour ouvrir 120 bibliothèques rurales au Nigeria et au Ghana en 3 ans.

    Dr Kemi Oyelaran, présidente de la Fondation, a indiqué que les 40 premières bibliothèques \
ouvriraient au Nigeria.
"""


def test_a_page_that_fails_to_ingest_is_reported_and_the_rest_scored(tmp_path: Path) -> None:
    (tmp_path / "lib-en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "lib-fr.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "lib-ar.txt").write_bytes(b"\x00\x01binary, not a saved page\x00")
    result = evaluate_pages(tmp_path, {"lib": [["lib-en", "lib-fr", "lib-ar"]]})
    assert [entry["page"] for entry in result["failed"]] == ["lib-ar"]
    assert "binary" in result["failed"][0]["error"]
    assert (result["stories"], result["gold"], result["correct"]) == (2, 1, 1)
    assert result["missed"] == [] and result["wrong"] == []


FR_UNDATED = """    Bibliothèques : l’ICESCO veut élargir l’accès à la lecture

    Mercredi, l’ICESCO a réuni à Rabat des experts de la lecture publique pour parler des \
bibliothèques de quartier.
"""


def test_why_says_how_the_linker_reads_each_pair_that_disagrees(tmp_path: Path) -> None:
    (tmp_path / "lib-en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "lib-fr.txt").write_text(FR_UNDATED, encoding="utf-8")
    result = evaluate_pages(tmp_path, {"lib": [["lib-en", "lib-fr"]]}, why=True)
    assert result["missed"] == [["lib-en", "lib-fr"]]
    en, fr, pair = result["why"][("lib-en", "lib-fr")]
    assert en.startswith("lib-en: #") and " en 2025-05-14 «ICESCO and the Oyelaran" in en
    assert fr.startswith("lib-fr: #") and " fr undated «Bibliothèques" in fr
    assert re.fullmatch(r"#\d+-#\d+ #\d+ undated: \d+\.\d, \d strong \(6\.0 and 3 needed\): .+",
                        pair), pair
    assert "why" not in evaluate_pages(tmp_path, {"lib": [["lib-en", "lib-fr"]]})
