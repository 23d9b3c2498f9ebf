"""发布 or 发表 with a news noun after it ("发布消息", "发表声明") reports news: no deed of the event."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.stage import sentence_stages
from techties.extraction.tense import published_news


def test_publishing_news_but_not_a_product() -> None:
    assert published_news("州政府发布消息称", 3)
    assert published_news("新聞處發表了聲明", 3)  # traditional characters
    assert not published_news("华为发布新款服务器", 2)


def test_a_statement_published_tells_no_deed() -> None:
    s = read_signals("卡卢加州政府发布消息，州政府与一家中国车企商谈合资建厂。", "zh")[0]
    assert "implemented" not in sentence_stages(s.sentence.text, s.sentence.start, s.cue_spans)
    launched = read_signals("华为在莫斯科发布了新款服务器。", "zh")[0]
    assert sentence_stages(launched.sentence.text, launched.sentence.start, launched.cue_spans)["implemented"]
