"""A JSON Lines file of news items written for the ingest tests: three happenings retold by
many documents over a year (so reports merge into clusters), exact copies under other ids,
lightly edited copies (near duplicates), broken lines and an item without text."""

from __future__ import annotations

import json
import random
from pathlib import Path

HAPPENINGS = [
    ("Rosatom and China National Nuclear Corporation signed a contract to supply fuel assemblies "
     "for a fast neutron reactor in Fujian",
     "China National Nuclear Corporation agreed with Rosatom on the delivery of reactor fuel for its "
     "fast reactor in Fujian"),
    ("Huawei and MTS launched a joint 5G network trial in Moscow",
     "MTS said it had started testing a 5G network built with Huawei equipment in Moscow"),
    ("Roscosmos and the China National Space Administration signed an agreement on a joint lunar "
     "research station",
     "The China National Space Administration and Roscosmos agreed to build a research station on the "
     "Moon together"),
]
SYLLABLES = "ka lo mi ne ta ri su ve do ran tel mor pin gas lek bu zo".split()


def _story(rng: random.Random, i: int, text: str, day: int, month: int) -> dict:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(3))

    # made-up filler words keep the retellings from being near duplicates of each other
    filler = " ".join(" ".join(word() for _ in range(12)).capitalize() + "." for _ in range(6))
    return {"id": f"t{i:03d}", "url": f"https://news.example/{i}", "title": text[:70],
            "published": f"2024-{month:02d}-{day:02d}", "lang": "en",
            "text": f"{text} on {month}/{day}/2024, the parties said.\n{filler}"}


def write_corpus(path: Path, count: int = 60, seed: int = 5) -> Path:
    rng = random.Random(seed)
    lines: list[str] = []
    for i in range(count):
        kind = i % 10
        texts = HAPPENINGS[i % 3]
        month = 1 + (i // 6) % 12
        if kind == 7:
            copy = json.loads(lines[-3])
            copy.update(id=f"t{i:03d}", url=copy["url"] + "?copy")
            lines.append(json.dumps(copy))
        elif kind == 8:
            edited = json.loads(lines[-2])
            edited.update(id=f"t{i:03d}", url=edited["url"] + "?edited",
                          text=edited["text"].replace("the parties said", "officials confirmed"))
            lines.append(json.dumps(edited))
        elif kind == 9:
            broken = '{"id": "broken' + str(i) + '", "text": '  # cut off mid-line
            lines.append(broken if i % 20 == 9 else json.dumps({"id": f"t{i:03d}"}))
        else:
            lines.append(json.dumps(_story(rng, i, texts[i % 2], 3 + i % 20, month)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
