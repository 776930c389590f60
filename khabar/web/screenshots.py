"""``python -m khabar.web.screenshots``: the README's screenshots of the story and entity pages
(and the river and an article), taken by Debian's Chromium from a server over a store (by
default the demo's, built as ``python -m khabar.web.demo`` builds it)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import quote

from khabar.store.store import open_store
from khabar.web.browser import chromium
from khabar.web.server import running
from khabar.web.settings import Settings

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def choose(db: str) -> dict[str, str]:
    """A Hindi story with several articles, its most mentioned entity, and one of its articles."""
    with open_store(db) as store:
        story = store.execute(
            "SELECT s.id FROM stories s WHERE s.n_articles >= 2 AND EXISTS (SELECT 1 FROM articles a WHERE "
            "a.story = s.id AND a.lang = 'hi') ORDER BY s.n_articles DESC, s.id LIMIT 1") or store.execute(
            "SELECT id FROM stories ORDER BY n_articles DESC, id LIMIT 1")
        sid = str(story[0][0])
        entity = store.execute(
            "SELECT e.key FROM entities e JOIN articles a ON a.aid = e.aid WHERE a.lang = 'hi' AND e.label = 'PER' "
            "GROUP BY e.key ORDER BY COUNT(*) DESC, e.key LIMIT 1")
        article = store.execute("SELECT id FROM articles WHERE story = ? AND lang = 'hi' ORDER BY aid LIMIT 1",
                                (sid,)) or store.execute("SELECT id FROM articles ORDER BY aid LIMIT 1")
    return {"river": "/", "story": f"/story/{quote(sid, safe='')}",
            "entity": f"/entity/{quote(str(entity[0][0]), safe='')}" if entity else "/",
            "article": f"/article/{quote(str(article[0][0]), safe='')}"}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m khabar.web.screenshots", description=__doc__)
    p.add_argument("--db", default="demo.db")
    p.add_argument("--out", type=Path, default=OUT)
    args = p.parse_args(argv)
    if not Path(args.db).exists():
        print(f"no store at {args.db}: run python -m khabar.web.demo --check first", file=sys.stderr)  # noqa: T201
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with running(Settings(db=args.db)) as url, chromium() as browser:
        page = browser.new_page(viewport={"width": 1100, "height": 800}, locale="hi-IN")
        for name, path in choose(args.db).items():
            page.goto(url + path)
            target = args.out / f"{name}.png"
            page.screenshot(path=str(target), full_page=False)
            print(f"{target}  <- {url}{path}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
