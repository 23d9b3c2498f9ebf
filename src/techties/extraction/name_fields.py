"""The field words inside the name of a party outside the knowledge base.

"Rostec signed an agreement with China's Zhongda Robotics Group on 5G base stations": the
firm's name says what the firm makes, not what the deal is about. A firm the knowledge base
does not know is named by what it was once set up to do, and its deal with the other side is
often something else; the fields of the sentence are read outside such names (English, where
these names are found by their shape). A sentence left with no field of its own takes that of
its neighbours or of the story, as one that named none would.
"""

from __future__ import annotations

from techties.extraction.signals import SentenceSignals

PREFIX = "domains:"


def fields_outside_new_names(s: SentenceSignals) -> None:
    """Drop from `s.domains` the field cues that lie inside names outside the knowledge base."""
    names = [(m.start, m.end) for m in s.mentions if m.kind == "unresolved" and m.actor is None]
    if not names:
        return
    for a, b, label in s.cue_spans:
        if label.startswith(PREFIX) and any(x <= a and b <= y for x, y in names):
            s.domains[label[len(PREFIX):]] -= 1
    s.domains = +s.domains
