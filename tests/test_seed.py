"""The seed article (../shared/seed), as issue 2 states what it must give."""

from __future__ import annotations

import json
import subprocess

from khabar.evaluation.foundation import SEED_HEADINGS, SEED_SENTENCE_ENDS


def test_seed_through_the_command_line(seed_text: str, khabar_exe: str) -> None:
    record = json.dumps({"id": "seed", "text": seed_text, "published": "2023-09-14"}, ensure_ascii=False)
    result = subprocess.run([khabar_exe, "analyze"], input=record, capture_output=True, text=True, check=True,
                            timeout=120)
    a = json.loads(result.stdout)
    text = a["text"]
    assert a["lang"] == "hi"
    assert a["published"] == "2023-09-14"
    assert len(a["boilerplate"]) == 3
    assert a["boilerplate"][0].startswith("ये भी पढ़ें : महात्मा गांधी")
    assert a["boilerplate"][1].startswith('ये भी पढ़ें : "रूस की लड़ाई')
    assert a["boilerplate"][2].startswith("NDTV.in पर ताज़ातरीन")
    assert "ये भी पढ़ें" not in text
    assert "NDTV.in" not in text
    assert [text[s:e] for s, e in a["headings"]] == list(SEED_HEADINGS)
    sentences = [text[s:e] for s, e in a["sentences"]]
    assert len(sentences) == 11
    for sentence, end in zip(sentences, SEED_SENTENCE_ENDS, strict=True):
        assert sentence.endswith(end)
        assert sentence.count(".") - sentence.count('."') <= 1 or "6.5" in sentence
    for hs, he in a["headings"]:
        assert all(e <= hs or s >= he for s, e in a["sentences"])
    assert sentences[0].startswith("रूसी राष्ट्रपति")
    assert sentences[3].startswith("पुतिन ने इस निमंत्रण")
