"""All 1,145 newsonair articles: no error, every offset valid, the right language."""

from __future__ import annotations

from pathlib import Path

from khabar import analyze
from khabar.evaluation.corpora import newsonair_all


def test_newsonair(shared: Path) -> None:
    items = newsonair_all()
    assert len(items) == 1145
    for item in items:
        a = analyze(item.text, title=item.title, published=item.published, url=item.url, id=item.id)
        assert a.lang == item.lang, item.id
        assert a.published == item.published
        n = len(a.text)
        assert a.sentences, item.id
        for span in (*a.sentences, *a.paragraphs, *a.headings):
            assert 0 <= span.start < span.end <= n
            assert a.text[span.start:span.end].strip() == a.text[span.start:span.end]
        assert a.source_offsets is not None
        assert len(a.source_offsets) == n
