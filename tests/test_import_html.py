"""The saved-page extractor: main article only, clean Markdown, metadata, offline, robust."""

import json
import re
import socket
from pathlib import Path

import pytest

from reader.core.importing.html import extract_html
from reader.core.importing.model import Extracted

FIXTURES = Path(__file__).parent / "fixtures"

CHROME_PAGE = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Ferry line adds night crossings | Harbour Times</title>
<meta name="description" content="Two extra sailings a night from June.">
<meta name="keywords" content="ferries, transport; tourism">
<meta name="author" content="Nora Quill">
<meta property="og:title" content="Ferry line adds night crossings">
<meta property="og:site_name" content="Harbour Times">
<meta property="og:url" content="https://harbourtimes.example/news/ferry-night-crossings">
<meta property="og:image" content="/img/ferry.jpg">
<meta property="article:published_time" content="2024-04-02T08:15:00+01:00">
<meta property="article:tag" content="Ferries">
<script>var tracking = "Share on Facebook";</script>
<style>.x { color: red }</style>
</head>
<body>
<div class="cookie-banner">We use cookies on this site. <button>Accept cookies</button></div>
<header><nav><a href="/">Front page</a> <a href="/sport">Sport section</a></nav></header>
<article>
  <h1>Ferry line adds night crossings</h1>
  <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
  <p>The island ferry company will run two extra crossings every night from June, its operations
  director said on Tuesday, after a winter in which late trains regularly missed the last boat.</p>
  <h2>Timetable changes</h2>
  <p>The new sailings leave the mainland at <em>22:40</em> and <strong>00:10</strong>:</p>
  <ul><li>both sailings carry cars and foot passengers</li><li>cabins are not available</li></ul>
  <blockquote><p>We kept hearing from nurses who could not get home after a late shift.</p></blockquote>
  <p>Fares are unchanged; details are on the <a href="/timetables/summer">summer timetable page</a>
  and the <a href="https://ferry.example/fares">operator's fares list</a>.</p>
  <figure><img src="/img/ferry-deck.jpg" alt="The car deck"><figcaption>The car deck of the larger vessel.</figcaption></figure>
  <p>The company expects about 300 passengers a night on the new crossings in their first summer.</p>
</article>
<section class="related"><h3>Related articles</h3><ul><li><a href="/a">Bridge tolls to rise in autumn</a></li></ul></section>
<section id="comments"><h3>Comments</h3><p>Finally, I have waited years for a late boat home to the island.</p></section>
<aside><h3>Most read</h3><ol><li><a href="/b">Storm closes coastal path</a></li></ol></aside>
<footer><p>© 2024 Harbour Times Ltd. All rights reserved.</p><a href="#top">Scroll to top</a></footer>
</body>
</html>"""

JSONLD_PAGE = """<html><head>
<title>Heat pump grants extended to flats - Green Homes Weekly</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Green Homes Weekly"},
  {"@type": "NewsArticle", "headline": "Heat pump grants extended to flats",
   "datePublished": "2023-12-05", "inLanguage": "en-GB",
   "url": "https://greenhomes.example/2023/12/heat-pump-flats",
   "description": "Landlords of flats can now apply.",
   "author": [{"@type": "Person", "name": "Ruth Adeyemi"}, {"@type": "Person", "name": "Li Wei"}],
   "publisher": {"@type": "Organization", "name": "Green Homes Weekly"},
   "keywords": ["energy", "housing"],
   "image": {"@type": "ImageObject", "url": "https://greenhomes.example/img/pump.jpg"}}]}
</script></head>
<body><div class="story">
<p>The government has extended its heat pump grant to blocks of flats, a change campaigners had
requested for two years, and landlords may apply from January.</p>
<p>Applications will be handled by local councils, which will check that each building has space
for outdoor units before releasing the money.</p>
</div></body></html>"""

KOREAN_PAGE = """<!DOCTYPE html><html lang="ko-KR"><head><meta charset="utf-8">
<title>도서관 야간 개방 확대 | 한결일보</title>
<meta property="og:title" content="도서관 야간 개방 확대">
<meta property="og:site_name" content="한결일보">
<meta property="article:published_time" content="2024-09-01T10:00:00+09:00">
</head><body>
<div id="gnb"><a href="/">홈</a> <a href="/society">사회</a> <a href="/all">전체기사</a></div>
<div class="article-head"><h2>도서관 야간 개방 확대</h2><div class="byline">최민서 기자 · 입력 2024.09.01 10:00</div>
<div class="sns-share"><a href="#">페이스북 공유하기</a> <a href="#">공유하기</a></div></div>
<div id="articleBody">
시립 도서관 다섯 곳이 다음 달부터 평일 밤 10시까지 문을 연다.<br><br>
시는 시범 운영 기간에 야간 이용자가 하루 평균 <b>400명</b>을 넘었다며 이같이 밝혔다.<br><br>
<h3>열람실 좌석 예약제 도입</h3>
<ul><li>온라인으로 좌석을 미리 예약할 수 있다</li><li>미사용 예약은 30분 뒤 자동 취소된다</li></ul>
<blockquote>밤에도 공부할 곳이 생겨서 반갑습니다.</blockquote>
<p>최민서 기자 ms@hangyeol.example</p>
<p>&lt;저작권자 © 한결일보, 무단전재 및 재배포 금지&gt;</p>
</div>
<div class="rank"><h3>많이 본 뉴스</h3><ol><li><a href="/1">가을 축제 일정 확정</a></li></ol></div>
<a href="#" class="go-top">맨 위로</a>
</body></html>"""


def plain(md: str) -> str:
    md = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", md)
    return re.sub(r"\s+", " ", md.replace("*", "").replace("\\", ""))


# --------------------------------------------------------------------------- body


def test_chrome_is_removed():
    md = extract_html(CHROME_PAGE).markdown
    for chrome in ("cookies", "Front page", "Sport section", "Share on", "Related articles", "Bridge tolls",
                   "Comments", "waited years", "Most read", "Storm closes", "All rights reserved",
                   "Scroll to top", "tracking", "color: red"):
        assert chrome not in md, chrome
    assert "after a winter in which late trains regularly missed the last boat" in plain(md)


def test_structure_is_kept_as_commonmark():
    md = extract_html(CHROME_PAGE).markdown
    assert "## Timetable changes" in md.splitlines()
    assert "- both sailings carry cars and foot passengers" in md.splitlines()
    assert "> We kept hearing from nurses who could not get home after a late shift." in md.splitlines()
    assert "*22:40*" in md and "**00:10**" in md


def test_links_are_absolute_and_images_dropped():
    md = extract_html(CHROME_PAGE).markdown
    assert "[summer timetable page](https://harbourtimes.example/timetables/summer)" in md
    assert "[operator's fares list](https://ferry.example/fares)" in md
    assert "ferry-deck.jpg" not in md and "![" not in md
    assert "The car deck of the larger vessel." in md  # the caption stays as text


def test_title_is_not_repeated_in_body():
    result = extract_html(CHROME_PAGE)
    assert result.title == "Ferry line adds night crossings"
    assert result.title not in result.markdown
    assert not result.markdown.startswith("#")


def test_whitespace_is_normalised():
    page = CHROME_PAGE.replace("two extra crossings", "two&nbsp;extra   crossings\u00a0")
    md = extract_html(page).markdown
    assert "\u00a0" not in md
    assert "\n\n\n" not in md
    assert all(line == line.rstrip() for line in md.splitlines())
    assert "two extra crossings" in md


# --------------------------------------------------------------------------- metadata


def test_metadata_from_meta_tags():
    r = extract_html(CHROME_PAGE)
    assert isinstance(r, Extracted)
    assert r.format == "html"
    assert r.author == "Nora Quill"
    assert r.published == "2024-04-02T08:15:00+01:00"
    assert r.source == "Harbour Times"
    assert r.url == "https://harbourtimes.example/news/ferry-night-crossings"
    assert r.lang == "en"
    assert r.summary == "Two extra sailings a night from June."
    assert r.tags == ["Ferries", "transport", "tourism"]  # article:tag first, duplicates dropped
    assert r.image == "https://harbourtimes.example/img/ferry.jpg"


def test_metadata_from_json_ld():
    r = extract_html(JSONLD_PAGE)
    assert r.title == "Heat pump grants extended to flats"
    assert r.author == "Ruth Adeyemi, Li Wei"
    assert r.published == "2023-12-05"
    assert r.source == "Green Homes Weekly"
    assert r.url == "https://greenhomes.example/2023/12/heat-pump-flats"
    assert r.lang == "en"
    assert r.tags == ["energy", "housing"]
    assert r.summary == "Landlords of flats can now apply."
    assert r.image == "https://greenhomes.example/img/pump.jpg"
    assert "extended its heat pump grant to blocks of flats" in r.markdown


@pytest.mark.parametrize(
    "head, lang",
    [
        ('<html lang="ko-KR">', "ko"),
        ('<html lang="EN_gb">', "en"),
        ('<html><head><meta http-equiv="content-language" content="ko"></head>', "ko"),
        ('<html><head><meta property="og:locale" content="ko_KR"></head>', "ko"),
        ("<html>", ""),
    ],
)
def test_lang_is_normalised(head, lang):
    page = head + "<body><p>" + "Some body text for the page. " * 5 + "</p></body></html>"
    assert extract_html(page).lang == lang


@pytest.mark.parametrize(
    "meta, expected",
    [
        ('<meta property="article:published_time" content="2024-02-11 09:12">', "2024-02-11T09:12:00"),
        ('<meta name="date" content="2024.02.11">', "2024-02-11"),
        ('<meta name="pubdate" content="20240211">', "2024-02-11"),
        ("<time datetime='2024-02-11T09:12:00Z'>11 Feb</time>", "2024-02-11T09:12:00+00:00"),
    ],
)
def test_published_is_iso(meta, expected):
    page = f"<html><head>{meta}</head><body>{meta}<p>" + "Body text of the story. " * 5 + "</p></body></html>"
    assert extract_html(page).published == expected


def test_title_suffix_is_stripped_without_og():
    page = ("<html><head><title>Harbour dredging starts - Valley Courier</title></head><body>"
            "<h1>Harbour dredging starts</h1><p>" + "Dredgers arrived on Monday. " * 5 + "</p></body></html>")
    r = extract_html(page)
    assert r.title == "Harbour dredging starts"
    assert r.source == "Valley Courier"


# --------------------------------------------------------------------------- robustness


def test_korean_page():
    r = extract_html(KOREAN_PAGE)
    assert r.title == "도서관 야간 개방 확대"
    assert r.lang == "ko"
    assert r.source == "한결일보"
    assert r.author == "최민서"
    assert r.published.startswith("2024-09-01")
    lines = r.markdown.splitlines()
    assert lines[0] == "시립 도서관 다섯 곳이 다음 달부터 평일 밤 10시까지 문을 연다."
    assert "시는 시범 운영 기간에 야간 이용자가 하루 평균 **400명**을 넘었다며 이같이 밝혔다." in lines
    assert "### 열람실 좌석 예약제 도입" in lines
    assert "- 온라인으로 좌석을 미리 예약할 수 있다" in lines
    assert "> 밤에도 공부할 곳이 생겨서 반갑습니다." in lines
    for chrome in ("전체기사", "공유하기", "입력 2024", "무단전재", "많이 본 뉴스", "맨 위로", "ms@hangyeol"):
        assert chrome not in r.markdown, chrome


def test_broken_html_does_not_raise():
    page = ("<title>Pier reopens</title><div><p>The pier reopened <b>on Sunday after <i>repairs</b> to its"
            " decking.</div></div></span><p>Anglers were back by noon.<table><tr><td><p>Tickets for the pier cost two pounds for adults and are free for children under twelve."
            "</td></table></html></body><p>More work is planned for the winter months.")
    r = extract_html(page)
    text = plain(r.markdown)
    assert "The pier reopened on Sunday after repairs to its decking." in text
    assert "Anglers were back by noon." in text
    assert "Tickets for the pier cost two pounds for adults" in text
    assert "<" not in r.markdown and "|" not in r.markdown  # no tags, no layout table


def test_fragment_without_html_or_body():
    r = extract_html("<p>Only a paragraph, nothing else on the page.</p>")
    assert r.markdown == "Only a paragraph, nothing else on the page."


@pytest.mark.parametrize(
    "page",
    ["", "   \n ", "<html><body></body></html>", "<!-- nothing -->",
     "<html><head><title>Title only</title><script>var x = 1;</script></head><body><img src='a.png'></body></html>"],
)
def test_page_without_text_raises(page):
    with pytest.raises(ValueError, match="no article text found in the page"):
        extract_html(page)


def test_falls_back_to_whole_body_when_extractor_finds_little():
    page = "<html><body><nav><a href='/'>Home</a></nav><span>Tiny note.</span></body></html>"
    assert "Tiny note." in extract_html(page).markdown


def test_no_network_access(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the extractor tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    # a page that is nothing but a URL, and pages full of URLs, must still be handled offline
    assert extract_html("https://example.com/some/article").markdown == "https://example.com/some/article"
    assert extract_html(CHROME_PAGE).title
    assert extract_html(JSONLD_PAGE).url


# --------------------------------------------------------------------------- colleague's fixtures

FIXTURE_PAGES = sorted(p.stem for p in FIXTURES.glob("*.html") if p.with_suffix(".expected.json").exists())


@pytest.mark.parametrize("name", FIXTURE_PAGES)
def test_fixture_pages(name):
    expected = json.loads((FIXTURES / name).with_suffix(".expected.json").read_text(encoding="utf-8"))
    r = extract_html((FIXTURES / f"{name}.html").read_text(encoding="utf-8"), source_path=name)
    for key in ("title", "author", "source", "url"):
        if key in expected:
            assert getattr(r, key) == expected[key], key
    if "published" in expected:  # we keep the time when the page gives one
        assert r.published[:10] == expected["published"][:10]
    if "lang" in expected:  # only the declared language: detection happens later in the importer
        assert r.lang in (expected["lang"], "")
    lines = r.markdown.splitlines()
    for heading in expected.get("headings", []):
        assert any(re.fullmatch(r"#{1,6} " + re.escape(heading), ln) for ln in lines), heading
    text = plain(r.markdown)
    for phrase in expected.get("must_contain", []):
        assert phrase in text or phrase in r.markdown, phrase
    for phrase in expected.get("must_not_contain", []):
        assert phrase not in r.markdown, phrase
