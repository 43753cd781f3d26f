"""Text before any entity: decoding and splitting dumps into articles, dates, the folding shared
by parsing, extraction, identity and search, and escaping for terminals."""
