"""Partners named by an Arabic word that transcribes their Latin acronym ("إرسيكا" for
IRCICA, "يونيسف" for UNICEF): store.lookup's rule 3 across scripts for a partner's acronym."""

from __future__ import annotations

import sqlite3
from typing import Any

from icli.extract.known_partners import known_acronyms
from icli.extract.typed_across import sounds_like_acronym
from icli.store.sql import mentioned
from icli.text.normalize import ARABIC_LETTER


def partners_sounding(conn: sqlite3.Connection,
                      typed: str) -> tuple[list[dict[str, Any]], list[str]]:
    """For one Arabic word `typed`: the archive's partners whose acronym it may be read as
    (typed_across.sounds_like_acronym), most mentioned first, and the
    well-known partners' acronyms (known_partners) it may be read as; ([], []) otherwise."""
    typed = typed.strip()
    if len(typed.split()) != 1 or not ARABIC_LETTER.search(typed):
        return [], []
    stored = [{"id": entity_id, "name": name, "articles": articles}
              for entity_id, name, articles, acronym in conn.execute(f"""
        SELECT id, name, articles, code
        FROM entities
        WHERE kind = 'partner'
          AND code IS NOT NULL
          AND {mentioned('entities')}
        ORDER BY articles DESC, name
    """) if sounds_like_acronym(typed, acronym)]
    return stored, [acronym for acronym in known_acronyms() if sounds_like_acronym(typed, acronym)]
