"""People (with roles), countries and partner organizations named in an article.

`article.extract` runs one extractor per language; `people`, `countries` and `partners` hold the
rules, `gazetteer` the word lists, `identity` the pure rules of which mentions are one entity.
Importing this package loads nothing: queries import `identity` alone, without the extractors.
"""
