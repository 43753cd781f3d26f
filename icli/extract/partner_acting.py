"""Whether a sentence tells a body acting: organizing, hosting, signing, partnering, sponsoring,
supporting, taking part, attending, receiving, visiting, meeting ("in cooperation with", "a
delegation of", "at the invitation of"). English only, and read only for a news agency
(partner_contexts.only_where_no_partner): an agency named where no sentence tells an act is
the source that carried the story, not a partner. Speech ("said", "stated") is no act here: a
news agency's speech is its report."""

from __future__ import annotations

import re

# The words of an act (case-insensitive stems; one \b before the alternation, so the engine
# leaves most positions after one test).
ACTING_EN = re.compile(
    r"(?i)\b(?:(?:co-?)?organi[sz](?:e|es|ed|ing|ers?)|host(?:s|ed|ing)?|sign(?:s|ed|ing|ator(?:y|ies))?"
    r"|agreements?|memorand(?:um|a)|mou|partner(?:s|ship|ships|ed|ing)?|cooperat(?:e|es|ed|ing|ion)"
    r"|collaborat(?:e|es|ed|ing|ion)|sponsor(?:s|ed|ing|ship)?|patronage|auspices|support(?:s|ed|ing)?"
    r"|funded|financed|participat(?:e|es|ed|ing|ion|ants?)|(?:take|takes|took|taking)\s+part"
    r"|attend(?:s|ed|ing|ance)?|receiv(?:e|es|ed|ing)|visit(?:s|ed|ing)?|delegations?|invitation"
    r"|meets?|met|meeting\s+with|convened?)\b")

