"""RSS 2.0 and Atom feeds, from files and from URLs: one raw document per entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from techties.sources import iter_raw_documents

from .helpers import read_all
from .localserver import LocalServer

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Tech cooperation</title>
    <link>https://news.example.org/</link>
    <language>ru-RU</language>
    <item>
      <title>Ростех и китайская компания испытают беспилотник</title>
      <link>https://news.example.org/drone</link>
      <guid isPermaLink="false">news-drone-1</guid>
      <pubDate>Wed, 14 Aug 2019 23:30:00 +0300</pubDate>
      <description>&lt;p&gt;Испытания пройдут осенью в Казани.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Без идентификатора</title>
      <link>{link}</link>
      <description>Совместный центр по спутниковой навигации откроется в Харбине.</description>
    </item>
  </channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Lab news</title>
  <id>urn:lab-news</id>
  <updated>2021-06-02T10:00:00Z</updated>
  <entry>
    <title>Joint quantum lab opens in Hefei</title>
    <id>urn:lab-news:quantum-hefei</id>
    <link href="https://lab.example.org/quantum-hefei"/>
    <updated>2021-06-02T10:00:00Z</updated>
    <summary>A short summary.</summary>
    <content type="html">&lt;p&gt;A Russian institute and a Chinese university opened
      a quantum communication laboratory in Hefei.&lt;/p&gt;
      &lt;p&gt;It will test fibre links.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain text entry</title>
    <id>urn:lab-news:plain</id>
    <published>2021-05-20T08:00:00+08:00</published>
    <content type="text">Engineers from both countries met in Novosibirsk.</content>
  </entry>
</feed>
"""


def test_rss_file_gives_one_document_per_entry(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text(RSS.format(link="https://news.example.org/satnav"), encoding="utf-8")
    docs, errors = read_all(path)
    assert not errors
    assert [d.locator for d in docs] == ["news-drone-1", "https://news.example.org/satnav"]
    drone = docs[0]
    assert drone.title == "Ростех и китайская компания испытают беспилотник"
    assert drone.url == "https://news.example.org/drone"
    assert drone.published == "Wed, 14 Aug 2019 23:30:00 +0300"
    assert drone.lang == "ru-RU"
    assert drone.html == "<p>Испытания пройдут осенью в Казани.</p>"
    assert drone.source == str(path) and drone.source_kind == "feed"
    assert drone.key == f"{path}#news-drone-1"


def test_atom_file_reads_content_and_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "lab.atom"
    path.write_text(ATOM, encoding="utf-8")
    docs, errors = read_all(path)
    assert not errors
    quantum, plain = docs
    assert quantum.locator == "urn:lab-news:quantum-hefei"
    assert quantum.url == "https://lab.example.org/quantum-hefei"
    assert "quantum" in (quantum.html or "") and "fibre links" in (quantum.html or "")
    assert quantum.published == "2021-06-02T10:00:00Z"
    assert plain.text == "Engineers from both countries met in Novosibirsk." and plain.html is None
    assert plain.published == "2021-05-20T08:00:00+08:00"


def test_feed_is_recognised_by_content(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_text(ATOM, encoding="utf-8")
    docs, _ = read_all(path)
    assert len(docs) == 2


def test_xml_that_is_no_feed_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>',
                    encoding="utf-8")
    _, errors = read_all(path)
    assert len(errors) == 1 and errors[0].message.startswith("no feed entries")


def test_feed_from_url(server: LocalServer) -> None:
    url = server.route("/feed", ATOM, headers={"Content-Type": "application/atom+xml"})
    docs, errors = read_all(url, allow_private=True)
    assert not errors
    assert [d.key for d in docs] == [f"{url}#urn:lab-news:quantum-hefei",
                                     f"{url}#urn:lab-news:plain"]
    assert all(d.source == url for d in docs)


def test_page_from_url(server: LocalServer) -> None:
    page = "<html><body><p>Станция запущена.</p></body></html>".encode("cp1251")
    url = server.route("/article", page,
                       headers={"Content-Type": "text/html; charset=windows-1251"})
    docs, errors = read_all(url, allow_private=True)
    assert not errors
    assert docs[0].html and "Станция запущена." in docs[0].html
    assert docs[0].source == docs[0].key == url and docs[0].source_kind == "url"


def test_refused_url_is_an_item_error_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("still read", encoding="utf-8")
    items = list(iter_raw_documents(["http://10.0.0.1/feed", str(tmp_path / "a.txt")]))
    assert "refused private address" in str(items[0])
    assert getattr(items[1], "text", None) == "still read"


@pytest.mark.parametrize("follow", [False, True])
def test_following_feed_links(server: LocalServer, follow: bool) -> None:
    page = server.route("/satnav", "<html><body><article><p>The full story about satellite "
                                   "navigation.</p></article></body></html>",
                        headers={"Content-Type": "text/html"})
    server.route("/drone", status=404)
    feed = RSS.format(link=page).replace("https://news.example.org/drone", server.url("/drone"))
    url = server.route("/rss", feed, headers={"Content-Type": "application/rss+xml"})
    docs, errors = read_all(url, allow_private=True, follow_feed_links=follow)
    if not follow:
        assert len(docs) == 2 and not errors
        assert "/satnav" not in [path for path, _ in server.requests]
        return
    assert [e.source for e in errors] == [f"{url}#news-drone-1"]
    assert errors[0].message == "HTTP 404 Not Found"
    (satnav,) = docs
    assert satnav.key == f"{url}#{page}" and satnav.url == page
    assert satnav.html and "full story" in satnav.html and satnav.title == "Без идентификатора"
