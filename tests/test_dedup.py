"""Near-duplicates: a lightly edited copy is found, a different article is not."""

from __future__ import annotations

from pathlib import Path

from khabar.corpus import dedup
from khabar.corpus.ingest import ingest
from khabar.corpus.sources import Item
from khabar.io.records import Record
from khabar.store import open_store

BASE = ("नगर निगम ने शहर के पुराने बाजार में नई सड़क बनाने का काम आज शुरू किया। निगम आयुक्त ने बताया कि यह काम "
        "तीन महीने में पूरा होगा और इस पर बारह करोड़ रुपये खर्च होंगे। व्यापारियों ने कहा कि निर्माण के दौरान दुकानें "
        "खुली रहेंगी और यातायात के लिए दूसरा रास्ता बनाया गया है। स्थानीय निवासियों ने इस फैसले का स्वागत किया।")
EDITED = BASE.replace("आज", "सोमवार को").replace("स्वागत किया।", "स्वागत किया है।")
OTHER = ("जिले के सरकारी विद्यालयों में कल से सर्दियों की छुट्टियाँ शुरू होंगी। शिक्षा अधिकारी ने सभी प्रधानाचार्यों "
         "को आदेश भेजा है कि परीक्षा की तैयारी के लिए अतिरिक्त कक्षाएँ जनवरी में लगाई जाएँ।")


def test_signature_similarity() -> None:
    a, b, c = dedup.signature(BASE), dedup.signature(EDITED), dedup.signature(OTHER)
    assert a is not None and b is not None and c is not None
    assert dedup.similarity(a, b) >= dedup.THRESHOLD
    assert dedup.similarity(a, c) < 0.2
    assert dedup.signature("") is None


def test_duplicate_of_in_store(tmp_path: Path) -> None:
    items = [Item(Record(id=i, content=t, lang="hi", published="2024-02-01", source=s), "test")
             for i, t, s in (("orig", BASE, "a"), ("copy", EDITED, "b"), ("other", OTHER, "a"))]
    with open_store(str(tmp_path / "d.db")) as store:
        ingest(store, items)
        dup = dict(store.execute("SELECT id, duplicate_of FROM articles"))
        assert dup == {"orig": None, "copy": "orig", "other": None}
        story = dict(store.execute("SELECT id, story FROM articles"))
        assert story["copy"] == story["orig"] != story["other"]
