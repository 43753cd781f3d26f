"""People (with roles), countries and partner organizations named in an article.

`article.extract` runs one extractor per language; `people_*`, `countries` and `partners_*` hold
the rules (one module per language), `gazetteer` names the word lists (data/<language>.json,
read by `words`), `country_tables` the country names, `identity` the pure rules of which
mentions are one entity.
Importing this package loads nothing: queries import `identity` alone, without the extractors.
"""
