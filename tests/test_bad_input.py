"""Bad input gets a clear error (with a catalogue code), never a traceback; the rest goes on."""

from __future__ import annotations

import codecs
import json
import subprocess
from pathlib import Path

import pytest

from khabar import InputError, analyze
from khabar.io.decode import decode_bytes

KRUTI_DEV = (
    'Hkkjr ljdkj us vkt ubZ ;kstuk dh ?kks"k.kk dh gSA bl ;kstuk esa fdlkuksa dks ykHk feysxk vkSj xkaoksa esa'
    " jkstxkj c<+sxkA"
)


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("", "E001"),
        ("   \n\t \u00a0\u200b ", "E001"),
        (b"%PDF-1.7 binary", "E002"),
        (bytes(range(256)) * 4, "E002"),
        (KRUTI_DEV, "E004"),
        ("क" * 50, None),
    ],
)
def test_errors_have_codes(content: str | bytes, code: str | None) -> None:
    if code is None:
        assert analyze(content).text
        return
    with pytest.raises(InputError) as info:
        analyze(content)
    assert info.value.code == code
    assert str(info.value)


def test_too_large_article_is_refused_with_the_limit_named() -> None:
    with pytest.raises(InputError, match="limit is 1,000") as info:
        analyze("शब्द " * 300, max_chars=1000)
    assert info.value.code == "E007"


def test_utf16_with_bom_and_windows_1252_are_read() -> None:
    text = "सरकार ने योजना बनाई है।"
    assert decode_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le")).text == text
    assert decode_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be")).text == text
    assert decode_bytes(text.encode("utf-16-le")).text == text  # no BOM, recognised by zero bytes
    cp = decode_bytes("The minister’s “plan” costs €5.".encode("cp1252"))
    assert cp.text == "The minister’s “plan” costs €5."
    assert cp.warnings
    assert "Windows-1252" in cp.warnings[0]


def test_bad_published_date_is_a_warning_not_a_loss() -> None:
    a = analyze("पहला वाक्य है।", published="not a date")
    assert a.published is None
    assert any("ISO 8601" in w for w in a.warnings)


def _run(exe: str, args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([exe, "analyze", *args], input=stdin, capture_output=True, timeout=120, check=False)


def test_a_batch_with_every_kind_of_bad_input_goes_on(tmp_path: Path, khabar_exe: str) -> None:
    good = {"id": "good", "text": "यह एक अच्छा लेख है। इसमें दो वाक्य हैं।"}
    lines = [
        json.dumps({"id": "empty", "text": ""}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "kruti", "text": KRUTI_DEV}),
        json.dumps({"id": "big", "text": "news " * 4_200_000}),  # a 21 MB article, over the limit
        json.dumps(good, ensure_ascii=False),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(codecs.BOM_UTF16_LE + "यह UTF-16 में लिखा लेख है।".encode("utf-16-le"))
    result = _run(khabar_exe, [str(path), str(binary), str(utf16), str(tmp_path / "missing.txt")])
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o.get("code") for o in out] == ["E001", "E005", "E006", "E006", "E004", "E007", None, "E002", None,
                                          "E008"]
    assert out[6]["id"] == "good"
    assert len(out[6]["sentences"]) == 2
    assert out[8]["text"] == "यह UTF-16 में लिखा लेख है।"
    assert all(o["error"] for o in out if "code" in o)
