"""A cookie banner is the site's, found by its shape: short lines and buttons at the page's
edge, before the title or under the text. A paragraph of the article that speaks of cookies,
consent and preferences (a news item about a privacy policy) stays in the article, and a
paragraph led by a dateline is never furniture (issue 21, reviewer's regression R6). The
texts are written for the tests in the shapes such pages take."""

from __future__ import annotations

import pytest

from icli.text.parse import parse_dump

TITLE = "ICESCO Publishes New Rules for Its Online Services"
POLICY = ("The Board of ICESCO approved rules for the Organization's portals, under which the "
          "portals place cookies only with the consent of visitors, who may accept or refuse "
          "them and change their preferences whenever they wish.")
MORE = "Speakers welcomed the rules as a clear step for the member states."
BANNER = "We use cookies to make your visit easier. By browsing on, you agree to our Privacy Policy."


def test_a_paragraph_on_a_cookie_policy_stays_in_the_article() -> None:
    (article,) = parse_dump(f"{TITLE}\nTuesday, 1 December 2026 | Rabat\n{POLICY}\n{MORE}\n").articles
    assert article.body == [POLICY, MORE]


def test_a_dateline_led_paragraph_on_cookies_stays_with_its_date() -> None:
    lead = ("Tunis, 2 décembre 2026 - Le Conseil de l'ICESCO a adopté des règles : ses portails "
            "utilisent des cookies uniquement avec le consentement des visiteurs, qui peuvent "
            "les accepter ou les refuser.")
    (article,) = parse_dump(f"Nouvelles règles pour les portails de l'ICESCO\n{lead}\n").articles
    assert (article.date, article.body) == ("2026-12-02", [lead])


@pytest.mark.parametrize("text", [
    f"{BANNER}\nAccept\n{TITLE}\n1 December 2026\n{MORE}\n",
    f"Home | News\n{BANNER}\n{TITLE}\n1 December 2026\n{MORE}\n",
    f"{TITLE}\n1 December 2026\n{MORE}\n{BANNER}\nAccept\n",
    f"{TITLE}\n1 December 2026\n{MORE}\n{BANNER}\n",
    f"Privacy\n{BANNER}\nI agree\n{TITLE}\n1 December 2026\n{MORE}\n",
])
def test_a_banner_at_the_page_s_edge_is_removed(text: str) -> None:
    article = parse_dump(text).articles[-1]
    assert (article.title, article.body) == (TITLE, [MORE])


@pytest.mark.parametrize(("head", "title", "more"), [
    ("Accepter les cookies\nParamètres des cookies\nNous utilisons des cookies pour faciliter "
     "votre visite. En poursuivant, vous acceptez notre politique de confidentialité.",
     "L'ICESCO ouvre un bureau régional à Tachkent", "Le bureau soutiendra les projets du patrimoine."),
    ("Accept cookies\nCookie settings\n" + BANNER, TITLE, MORE),
    ("Privacy and cookies\n" + BANNER + "\nI agree", TITLE, MORE),
])
def test_a_banner_s_settings_line_is_no_title(head: str, title: str, more: str) -> None:
    """"Paramètres des cookies" over the banner is the banner's, as "Cookie settings" and a
    banner's heading ("Privacy and cookies") are."""
    (article,) = parse_dump(f"{head}\n{title}\nPublié le 1 décembre 2026\n{more}\n").articles
    assert (article.title, article.body) == (title, [more])
