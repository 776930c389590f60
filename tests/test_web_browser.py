"""The web interface in a real browser (Debian's Chromium, headless, through Playwright) against
the real server of test_web: river, story, entity, article, a Hindi search, the watch list. A
screenshot of each page is kept ($KHABAR_SCREENSHOTS, else pytest's temporary folder)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web import ATTACK, Site, pages, site  # noqa: F401 (fixture)

from khabar.web.browser import chromium, chromium_path


def _need_browser() -> None:
    missing = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing = "the playwright package is not installed"
    if missing is None and chromium_path() is None:
        missing = "chromium is not installed (scripts/install_browser.sh)"
    if missing:
        if os.environ.get("CI"):
            pytest.fail(missing + " in CI")
        pytest.skip(missing)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _need_browser()
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    env = os.environ.get("KHABAR_SCREENSHOTS")
    if env:
        Path(env).mkdir(parents=True, exist_ok=True)
        return Path(env)
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1200, "height": 900}, locale="hi-IN")
    p = ctx.new_page()
    p.set_default_timeout(15_000)
    dialogs: list[str] = []

    def on_dialog(d: Any) -> None:
        dialogs.append(d.message)
        d.dismiss()

    p.on("dialog", on_dialog)
    yield p
    assert dialogs == [], f"a script ran: {dialogs}"
    ctx.close()


def _visit(page: Any, site: Site, name: str, shots: Path) -> Any:  # noqa: F811
    response = page.goto(site.url + pages(site)[name])
    assert response.status == 200
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert page.evaluate("document.scripts.length") == 0
    page.screenshot(path=str(shots / f"{name.replace(' ', '-')}.png"), full_page=True)
    return page


def test_river(page: Any, site: Site, shots: Path) -> None:  # noqa: F811
    _visit(page, site, "river", shots)
    cards = page.locator(".story-card")
    assert cards.count() >= 5
    assert page.locator(".story-card .outlet").count() > 0
    assert ATTACK in page.locator("body").inner_text()  # the title shown as text
    page.locator(".story-card h2 a").first.click()
    assert "/story/" in page.url


def test_story(page: Any, site: Site, shots: Path) -> None:  # noqa: F811
    _visit(page, site, "big story", shots)
    assert page.locator("ol.articles li").count() >= 1
    assert page.locator("svg.chart rect.bar").count() >= 1
    assert page.locator("h2", has_text="Entities").is_visible()
    _visit(page, site, "story", shots)
    assert ATTACK in page.locator("h1").inner_text()


def test_entity(page: Any, site: Site, shots: Path) -> None:  # noqa: F811
    _visit(page, site, "entity", shots)
    assert page.locator("svg.chart rect.bar").count() >= 1
    assert page.locator("ol.articles li").count() >= 1
    _visit(page, site, "crafted entity", shots)
    assert "onerror=alert(2)" in page.locator("h1").inner_text()


def test_article_highlights_and_devanagari_font(page: Any, site: Site, shots: Path) -> None:  # noqa: F811
    _visit(page, site, "article", shots)
    text = page.locator("article .text").inner_text()
    assert ATTACK in text and "नरेंद्र मोदी" in text
    mark = page.locator("article .text a.mark").first
    assert "PER" in (mark.get_attribute("title") or "") or "LOC" in (mark.get_attribute("title") or "")
    fonts = rendered_fonts_of(page, "article .text")
    assert any("Devanagari" in f for f in fonts), fonts
    _visit(page, site, "crafted article", shots)


def rendered_fonts_of(page: Any, selector: str) -> list[str]:
    from khabar.web.browser import rendered_fonts

    return rendered_fonts(page, selector)


def test_hindi_search(page: Any, site: Site, shots: Path) -> None:  # noqa: F811
    page.goto(site.url + "/search")
    page.fill("form.search input[name=q]", site.hindi_word)
    page.select_option("form.search select[name=lang]", "hi")
    page.click("form.search button[type=submit]")
    page.wait_for_url("**/search?*")
    hits = page.locator("ol.hits li a[lang=hi]")
    assert hits.count() >= 1
    page.screenshot(path=str(shots / "hindi-search.png"), full_page=True)
    assert page.evaluate("document.scripts.length") == 0


def test_watch_list(page: Any, site: Site, shots: Path) -> None:  # noqa: F811
    _visit(page, site, "watch", shots)
    assert page.locator("section.watch h2", has_text="query: alert").count() == 1
    assert ATTACK in page.locator("section.watch").first.inner_text()
