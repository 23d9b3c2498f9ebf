"""The best tag path of natasha's named-entity tagger, found with fewer array operations.

slovnet's CRF.decode takes each step's best scores through np.indices and fancy indexing and
walks the path back one array lookup a token: a dozen small array calls a token, a quarter of
the tagger's time. The maximum over the same axis is the very number at the argmax, and the
walk back reads the same indexes from a list, so the tags are identical.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from slovnet.exec.model import CRF


class FastCRF(CRF):  # type: ignore[misc]
    """slovnet's CRF with the same transitions and a cheaper decode."""

    def decode(self, emissions: Any, mask: Any) -> list[Any]:
        batch_size, seq_len, _ = emissions.shape
        emissions = emissions.swapaxes(1, 0)
        mask = mask.swapaxes(1, 0)
        transitions = self.transitions.array
        history = []
        score = emissions[0]  # batch x tags
        padded = not mask.all()  # a lone text (the tagger is given one at a time) has no padding
        for index in range(1, seq_len):
            # the same sums in the same order as slovnet's: previous + transition + emission
            step = score[:, :, None] + transitions + emissions[index][:, None, :]
            history.append(step.argmax(-2))
            score = np.where(mask[index][:, None], step.max(-2), score) if padded else step.max(-2)
        sizes = (mask.sum(0) - 1).tolist()
        steps = np.stack(history).swapaxes(1, 0).tolist() if history else [[] for _ in range(batch_size)]
        batch = []
        for row in range(batch_size):
            best = int(score[row].argmax())
            tags = [best]
            for indexes in reversed(steps[row][:sizes[row]]):
                best = indexes[best]
                tags.append(best)
            tags.reverse()
            batch.append(np.array(tags))
        return batch


def faster(ner: Any) -> Any:
    """natasha's NER tagger `ner` with its CRF decoding through FastCRF."""
    head = ner.infer.model.head
    head.crf = FastCRF(head.crf.transitions)
    return ner
