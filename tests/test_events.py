from __future__ import annotations

from pathlib import Path

import pytest

from khabar import analyze
from khabar.events import lexicon


def events_of(text: str, published: str = "2024-03-05") -> list[tuple[str, str | None, str | None, str | None, str]]:
    a = analyze(text, published=published, title="")
    return [(e.type, e.mode, e.source and (e.source.name or e.source.text), e.target and (e.target.name or e.target.text),
             e.modality) for e in a.events]


def test_seed_events(seed_text: str) -> None:
    a = analyze(seed_text, published="2023-09-14")
    got = [(e.type, e.source and e.source.name, e.target and e.target.name, e.trigger.text, e.modality) for e in a.events]
    assert ("REQUEST", "Kim Jong Un", "Vladimir Putin", "आमंत्रित किया", "asserted") in got
    assert any(t == "AGREE" and s == "Vladimir Putin" for t, s, *_ in got)
    assert any(t == "MOBILIZE" and trig.startswith("मिसाइलें दागीं") for t, _s, _t, trig, _m in got)
    aid = next(e for e in a.events if e.type == "AID")
    assert aid.source is not None and aid.source.code == "RUS" and aid.target is not None and aid.target.code == "PRK"
    assert aid.modality == "hypothetical"
    assert any(e.type == "SUPPORT" and e.trigger.text.startswith("प्रशंसा") for e in a.events)
    boiler_start = len(a.text)
    assert all(e.trigger.end <= boiler_start for e in a.events)
    putin = next(e for e in a.events if e.source and e.source.name == "Vladimir Putin")
    assert putin.source is not None and putin.source.code == "RUSGOV"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("पुलिस ने प्रदर्शनकारियों को हिरासत में लिया।", ("COERCE", "arrest", "police", "protesters", "asserted")),
        ("सेना ने दो मिसाइलें दागीं।", ("MOBILIZE", "weapons", "army", None, "asserted")),
        ("अदालत ने उसे दोषी ठहराया।", ("SANCTION", "convict", "court", None, "asserted")),
        ("रूस हमला कर सकता है।", ("ASSAULT", None, "Russia", None, "hypothetical")),
        ("भारत चीन पर प्रतिबंध लगाएगा।", ("SANCTION", None, "India", "China", "future")),
    ],
)
def test_roles_and_modality(text: str, expected: tuple[str, str | None, str | None, str | None, str]) -> None:
    assert expected in events_of(text)


def test_negation() -> None:
    a = analyze("राष्ट्रपति ने न्योता स्वीकार नहीं किया।", published="2024-03-05", title="")
    assert [(e.type, e.negated) for e in a.events] == [("AGREE", True)]


def test_no_event_in_plain_statements() -> None:
    assert events_of("दिल्ली में आज मौसम साफ रहा और तापमान 25 डिग्री दर्ज किया गया।") == []


def test_users_extend_the_lexicon_without_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plover.tsv").write_text("PROTEST\tdemo\tकैंडल मार्च {निकाल}\n", encoding="utf-8")
    monkeypatch.setenv("KHABAR_HOME", str(tmp_path))
    lexicon.cache_clear()
    try:
        assert ("PROTEST", "demo") in [(t, m) for t, m, *_ in events_of("छात्रों ने कैंडल मार्च निकाला।")]
    finally:
        monkeypatch.delenv("KHABAR_HOME")
        lexicon.cache_clear()
