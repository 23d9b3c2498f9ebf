"""A third state's measure told as the cause of what befell the pair ("受西方制裁影响，合同未能履行"):
the sentence reports the trouble the measure brought, not a shipment the measure charges."""

from __future__ import annotations

import re

from techties.model.lexicon import simplify

# "受(到)美国制裁影响", "由于西方制裁", "因欧美出口管制": the measure is the cause of the clause's
# news. Not "因向俄罗斯供应芯片被制裁" (the reason of the measure), where 因 governs the shipment.
_CAUSE_ZH = re.compile(r"受(?:到)?[^，。；,;]{0,12}(?:制裁|出口管制|管制措施|禁令)[^，。；,;]{0,4}影响"
                       r"|由于[^，。；,;]{0,8}(?:制裁|出口管制|禁令)(?=[，。；,;]|的影响|影响)"
                       r"|因[^，。；,;向]{0,8}(?:制裁|出口管制|禁令)(?=[，。；,;]|的影响|影响)")


def measure_as_cause(text: str, lang: str | None) -> bool:
    """Whether a sentence tells a measure only as the cause of its news (Chinese)."""
    return lang == "zh" and bool(_CAUSE_ZH.search(simplify(text)))
