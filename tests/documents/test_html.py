"""extract_html keeps the article and drops the page around it."""

from __future__ import annotations

import pytest

from techties.documents import html as html_module
from techties.documents.html import extract_html

BODY = [
    "Engineers from a Chinese satellite maker and a Russian instrument institute have "
    "finished the first joint tests of a star tracker for small spacecraft, the partners said.",
    "The device was tested for three weeks in a thermal vacuum chamber in Novosibirsk and "
    "will fly on a demonstration satellite planned for launch from Jiuquan next spring.",
    "Both sides said they would share the flight data and consider building a small series "
    "of the trackers for commercial customers if the demonstration succeeds.",
]
PAGE = f"""<!DOCTYPE html>
<html><head>
<title>Star tracker passes joint tests | Orbit Weekly</title>
<meta property="article:published_time" content="2022-11-03T08:00:00Z">
</head><body>
<div class="cookies">This site uses cookies. Accept all cookies to continue.</div>
<header><nav><a href="/">Home</a> <a href="/launches">Launches</a>
<a href="/subscribe">Subscribe today and save</a></nav></header>
<main><article>
<h1>Star tracker passes joint tests</h1>
<p>{BODY[0]}</p>
<p>{BODY[1]}</p>
<p>{BODY[2]}</p>
</article>
<aside><h2>Most popular</h2><ul><li><a href="/a">Ten telescopes you can buy this year</a></li>
<li><a href="/b">Why launch prices keep falling</a></li></ul></aside></main>
<footer>© 2015 Orbit Weekly. All rights reserved. <a href="/privacy">Privacy policy</a></footer>
</body></html>"""


def test_only_the_article_body_comes_out() -> None:
    page = extract_html(PAGE)
    for paragraph in BODY:
        assert paragraph in page.text.split("\n")
    for furniture in ("cookies", "Subscribe", "Most popular", "telescopes", "All rights reserved",
                      "Privacy", "Launches"):
        assert furniture not in page.text
    assert page.title == "Star tracker passes joint tests"
    assert page.date == "2022-11-03"


def test_byline_date_when_the_page_has_no_date_metadata() -> None:
    page = """<html><head><title>中俄联合测试星敏感器</title></head><body>
    <nav>首页 航天 国际</nav>
    <h1>中俄联合测试星敏感器</h1>
    <div class="info">2022年11月03日 08:15 来源：本报</div>
    <div class="article"><p>中国一家卫星制造企业与俄罗斯一家仪器研究所
    近日完成了小卫星星敏感器的首次联合测试。该设备在新西伯利亚的热真空试验舱中进行了三周测试，
    计划明年春天搭载技术验证卫星发射。</p>
    <p>双方表示将共享飞行数据，并考虑在验证成功后为商业客户小批量生产该设备。</p></div>
    <footer>版权所有 © 2015</footer></body></html>"""
    extracted = extract_html(page)
    assert extracted.date == "2022-11-03"  # not the copyright year
    assert "星敏感器的首次联合测试" in extracted.text


def test_falls_back_to_the_visible_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_module.trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    page = extract_html('<?xml version="1.0" encoding="utf-8"?>\n' + PAGE)
    lines = page.text.split("\n")
    start = lines.index("Star tracker passes joint tests")
    assert lines[start + 1:start + 4] == BODY
    for furniture in ("Subscribe", "Most popular", "All rights reserved"):
        assert furniture not in page.text
    assert page.title == "Star tracker passes joint tests | Orbit Weekly"


def test_a_page_with_no_text() -> None:
    page = extract_html("<html><body><script>var x = 1;</script></body></html>")
    assert page.text == ""
