"""Small inputs for the batch tests (test_batch*.py), written for the project: every sentence is
original. No tests here; the name keeps it among the batch test files."""

from __future__ import annotations

import io
import json
from pathlib import Path

SENTENCES = (
    "नगर निगम ने सोमवार को बताया कि पुराने बाज़ार की सड़कों की मरम्मत अगले सप्ताह से शुरू होगी।",
    "ज़िला अस्पताल में नई जाँच मशीन लगाई गई है और अब मरीज़ों को शहर से बाहर नहीं जाना पड़ेगा।",
    "स्कूल की हॉकी टीम ने राज्य स्तर की प्रतियोगिता में दूसरा स्थान हासिल किया।",
    'परिवहन मंत्री ने कहा, "हम नई बसें दिसंबर तक सड़कों पर उतार देंगे।"',
    "किसानों ने बताया कि इस बार बारिश समय पर हुई और धान की फ़सल अच्छी रहने की उम्मीद है।",
    "The library on the river road will stay open until nine in the evening from next month.",
    "प्रधानमंत्री नरेंद्र मोदी ने शुक्रवार को मुंबई में रूस के राष्ट्रपति व्लादिमीर पुतिन से मुलाक़ात की।",
)


def article_text(n: int) -> str:
    """A short article of three paragraphs, different for every ``n``."""
    first = SENTENCES[n % len(SENTENCES)]
    second = SENTENCES[(n + 2) % len(SENTENCES)]
    return f"{first}\nयह ख़बर संख्या {n} है और इसमें {n + 3} लोगों का ज़िक्र है।\n{second}"


def write_jsonl(path: Path, count: int, *, bad: bool = True) -> Path:
    """``count`` good records, and (with ``bad``) a malformed line, an empty article and a
    non-object in the middle; one record has no id, one no date."""
    lines = []
    for n in range(count):
        record: dict[str, object] = {"id": f"j{n:03d}", "text": article_text(n), "published": f"2024-03-{n % 3 + 1:02d}"}
        if n == 1:
            del record["id"]
        if n == 2:
            del record["published"]
        lines.append(json.dumps(record, ensure_ascii=False))
        if bad and n == count // 2:
            lines.append('{"id": "broken", "text": "आधी पंक्ति')
            lines.append(json.dumps({"id": "blank", "text": "   \n  "}))
            lines.append("[1, 2, 3]")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_csv(path: Path, count: int) -> Path:
    """A CSV shaped like the newsonair files: UTF-16 with a byte-order mark, dates as "Mar 05,
    2024", paragraphs as a Python list literal."""
    out = io.StringIO()
    out.write("time,date,title,link,data\n")
    for n in range(count):
        paragraphs = repr(article_text(100 + n).split("\n")).replace('"', '""')
        out.write(f'6:1{n % 10}PM,"Mar 0{n % 3 + 4}, 2024",शीर्षक {n},http://example.org/c/{n},"{paragraphs}"\n')
    path.write_bytes(out.getvalue().encode("utf-16"))
    return path


def write_parquet(path: Path, count: int, *, row_group_size: int = 2) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({
        "doc": [f"p{n:03d}" for n in range(count)],
        "body": [article_text(200 + n) for n in range(count)],
        "day": [f"2024-04-{n % 2 + 1:02d}" for n in range(count)],
    })
    pq.write_table(table, path, row_group_size=row_group_size)
    return path


def write_warc(path: Path, pages: int) -> Path:
    """A gzipped WARC: one HTML response per page, plus a request and an image response that
    batch must skip."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in range(pages):
            url = f"http://example.org/news/{n}"
            body = "".join(f"<p>{line}</p>" for line in article_text(300 + n).split("\n"))
            html = (f"<html><head><title>खबर {n}</title></head><body><article><h1>खबर {n}</h1>{body}"
                    "</article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("http://example.org/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG...."), http_headers=image))
    return path
