"""The platform a Chinese text says news was posted on is no party.

"国家航天局在微信公众号发布的推送", "在其抖音官方账号上发布": WeChat or Douyin is where the body
spoke, not a side of what it told. Such a mention, followed by the word for an account or a
channel on it, stays a side word (side_words.AFFILIATION), so its sentence keeps its side.
"""

from __future__ import annotations

import re

from techties.entities.gazetteer import Mention
from techties.entities.side_words import as_side_words
from techties.model.lexicon import simplify

# right after the platform: the account or channel on it
ZH_ACCOUNT = re.compile(r"^(?:的)?(?:官方)?(?:公众号|公众平台|账号|帐号|频道|群组|小程序)")
LOOK = 8  # characters after the platform in which the account word stands


def channels_of_posts(sentence: str, lang: str | None, mentions: list[Mention],
                      offset: int = 0) -> list[Mention]:
    """`mentions` with each platform named as the channel of a post made a side word."""
    if lang != "zh":
        return mentions

    def channel(m: Mention) -> bool:
        end = m.end - offset
        return bool(ZH_ACCOUNT.match(simplify(sentence[end:end + LOOK])))

    return as_side_words(mentions, channel)
