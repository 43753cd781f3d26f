"""Whether a country word fused into a body's name gives the country (the lead's ruling of
session 22, one rule for English and French): it does when the body is a state's (English: a
government head right after the demonym, en.json `government_heads`: "Moroccan Ministry of
Culture", "Italian Agency for Development Cooperation"; French reads a demonym inside any body's
name so already: "ministère marocain", "Agence italienne de coopération"), and not in a cultural brand's proper name ("British Council", "Russian House":
no government head; "Institut français", "Maison russe": a brand's head, fr.json `brand_heads`,
right before the demonym); a country after the name ("… of Niger", "… du Niger") is read as
any country is."""

from __future__ import annotations

from icli.extract import gazetteer


def government_head(head: str) -> bool:
    """Whether an English body's head word right after a demonym makes it a state's ("Agency",
    "Ministry", "Authority"; not "Council", "House", "Foundation")."""
    return head in gazetteer.GOVERNMENT_HEADS


def brand_head_fr(head: str) -> bool:
    """Whether a French body's head word, with a demonym right after it, makes a cultural
    brand's proper name ("Institut" of "Institut français", "Maison" of "Maison russe")."""
    return head.casefold() in gazetteer.BRAND_HEADS_FR
