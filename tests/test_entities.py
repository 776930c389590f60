from __future__ import annotations

from khabar import analyze
from khabar.entities import find_entities

SEED_NAMES = {
    "व्लादिमीर पुतिन": "Vladimir Putin", "पुतिन": "Vladimir Putin", "किम जोंग उन": "Kim Jong Un", "किम": "Kim Jong Un",
    "उत्तर कोरिया": "North Korea", "डीपीआरके": "North Korea", "रूस": "Russia", "केसीएनए": "Korean Central News Agency",
    "प्योंगयांग": "Pyongyang", "यूक्रेन": "Ukraine", "मॉस्को": "Moscow", "वाशिंगटन": "Washington, D.C.",
    "संयुक्त राष्ट्र सुरक्षा परिषद": "United Nations Security Council",
}


def test_seed_entities(seed_text: str) -> None:
    a = analyze(seed_text, published="2023-09-14")
    found = {(e.text, e.name) for e in a.entities}
    for surface, name in SEED_NAMES.items():
        assert (surface, name) in found, surface
    labels = {e.text: e.label for e in a.entities}
    assert labels["व्लादिमीर पुतिन"] == "PER" and labels["केसीएनए"] == "ORG" and labels["मॉस्को"] == "LOC"
    assert labels.get("मैथ्यू मिलर") == "PER"
    for demonym in ("रूसी", "अमेरिकी", "दक्षिण कोरियाई", "कोरियाई"):
        assert demonym not in labels
    for e in a.entities:
        assert a.text[e.start:e.end] == e.text


def test_spelling_variants_link_to_one_entity() -> None:
    text = "ब्लादिमीर पुतिन ने कहा कि किम जोंग-उन जल्द आएंगे। वॉशिंगटन और वाशिंगटन दोनों एक हैं। भाजपा और बीजेपी एक ही दल है।"
    names = {e.text: e.name for e in find_entities(text)}
    assert names["ब्लादिमीर पुतिन"] == "Vladimir Putin"
    assert names["वॉशिंगटन"] == names["वाशिंगटन"] == "Washington, D.C."
    assert names["भाजपा"] == names["बीजेपी"] == "Bharatiya Janata Party"
    assert "Kim Jong Un" in names.values()


def test_place_before_police_is_an_organisation() -> None:
    ents = find_entities("दिल्ली पुलिस ने दो लोगों को गिरफ्तार किया।")
    assert [(e.text, e.label, e.name) for e in ents] == [("दिल्ली पुलिस", "ORG", "Delhi Police")]


def test_unknown_names_stay_unlinked() -> None:
    ents = find_entities("गांव के सरपंच रामखिलावन चौरसिया ने बताया कि सड़क बन गई है।")
    assert all(e.id is None for e in ents if "रामखिलावन" in e.text)
