"""Stories: reports of one event join across languages; unrelated ones do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.corpus.ingest import ingest
from khabar.corpus.names import skeleton
from khabar.corpus.sources import Item
from khabar.corpus.stories import features
from khabar.io.records import Record
from khabar.pipeline import analyze
from khabar.store import open_store

HI = ("गुवाहाटी में बाढ़ से 27 गांव डूबे",
      "असम के गुवाहाटी जिले में ब्रह्मपुत्र नदी का पानी बढ़ने से 27 गांव डूब गए। प्रशासन ने 1450 लोगों को राहत "
      "शिविरों में पहुंचाया। मुख्यमंत्री हिमंत बिस्वा सरमा ने हालात की समीक्षा की।")
EN = ("Floods submerge 27 villages near Guwahati",
      "Rising waters of the Brahmaputra submerged 27 villages in Assam's Guwahati district. The administration "
      "moved 1450 people to relief camps. Chief Minister Himanta Biswa Sarma reviewed the situation.")
HI_UPDATE = ("गुवाहाटी में बाढ़ से 31 गांव डूबे, 1450 लोग राहत शिविरों में",
             "असम के गुवाहाटी जिले में ब्रह्मपुत्र नदी का पानी बढ़ने से अब 31 गांव डूब गए हैं। प्रशासन ने 1450 लोगों को "
             "राहत शिविरों में पहुंचाया। मुख्यमंत्री हिमंत बिस्वा सरमा ने हालात की समीक्षा की और सेना बुलाई।")
OTHER = ("Chess olympiad opens in Chennai",
         "The chess olympiad opened in Chennai on Thursday with teams from 180 countries. Organisers expect "
         "record attendance over the fortnight.")


def test_skeletons_meet_across_scripts() -> None:
    assert skeleton("हिमंत") == skeleton("Himanta")
    assert skeleton("ब्रह्मपुत्र") == skeleton("Brahmaputra")
    hi = features(analyze(HI[1], title=HI[0], lang="hi"))
    en = features(analyze(EN[1], title=EN[0], lang="en"))
    shared = hi & en
    assert {"n:27", "n:1450", "t:guwahati", "t:assam"} <= shared


def test_story_features_hold_what_happens_not_who_did_it() -> None:
    """Events enter a story's features by type only: a change in who the coder finds as doer or
    target (the coder's roles improve often) leaves the features, and so the stories, as they were."""
    from dataclasses import replace

    from khabar.model import Actor

    article = analyze("विदेश मंत्री ने कल मॉस्को में रूसी विदेश मंत्री से मुलाकात की। पुलिस ने सीमा पर दो तस्करों को "
                      "गिरफ्तार किया।", title="मॉस्को में बातचीत", lang="hi")
    assert len(article.events) >= 2
    other = replace(article, events=tuple(replace(e, source=Actor(text="x", name="someone else"), target=None)
                                          for e in article.events))
    assert features(other) == features(article)
    assert {"v:" + e.type for e in article.events} <= features(article)


def test_names_meet_through_skeletons_and_canonical_names() -> None:
    # खमेनी is in no table, Khamenei is: both give the skeleton "kmn"; entities meet by their
    # canonical name whichever knowledge-base entry (country or Phoenix actor) they were linked to
    hi = features(analyze("ईरान के सर्वोच्च नेता खमेनी ने 1978 के विद्रोह की बरसी पर भाषण दिया।", lang="hi"))
    en = features(analyze("Iran's Supreme Leader Khamenei spoke on the anniversary of the 1978 uprising.", lang="en"))
    assert {"k:kmn", "n:1978"} <= hi & en
    assert any(f.startswith("e:") and not f.startswith(("e:kb:", "e:country:")) for f in hi & en)


def test_common_neutral_features_are_kept_when_rare_words_abound() -> None:
    from khabar.corpus.stories import MAX_FEATURES, ranked_features

    words = {f"w:word{i}": 9.0 for i in range(2 * MAX_FEATURES)}
    idf = {**words, "t:iran": 1.5, "e:iran": 1.2}
    kept = ranked_features(idf, idf)
    assert {"t:iran", "e:iran"} <= set(kept)
    assert len([f for f in kept if f.startswith("w:")]) == MAX_FEATURES


def test_bilingual_reports_share_a_story(tmp_path: Path) -> None:
    rows = [("hi", "h1", HI), ("en", "e1", EN), ("hi", "h2", HI_UPDATE), ("en", "x1", OTHER)]
    items = [Item(Record(id=i, content=t[1], title=t[0], lang=lang, published="2024-07-02", source="s"), "test")
             for lang, i, t in rows]
    with open_store(str(tmp_path / "s.db")) as store:
        ingest(store, items)
        story = dict(store.execute("SELECT id, story FROM articles"))
        assert story["h1"] == story["e1"] == story["h2"] != story["x1"]
        (n, doc) = store.execute("SELECT n_articles, doc FROM stories WHERE id = ?", (story["h1"],))[0]
        assert n == 3 and '"languages": ["en", "hi"]' in doc


def test_headlines_of_one_report() -> None:
    from khabar.corpus.stories import _same_headline, title_words

    first = title_words("गुवाहाटी में बाढ़ से 27 गांव डूबे")
    update = title_words("गुवाहाटी में बाढ़ से अब 31 गांव डूबे, सेना बुलाई गई")
    other = title_words("गुवाहाटी में शतरंज प्रतियोगिता शुरू")
    assert "में" not in first and "गुवाहाटी" in first
    assert _same_headline(first, update)
    assert not _same_headline(first, other)
    assert not _same_headline(frozenset(), frozenset())


@pytest.mark.slow
def test_newsonair_gold_pairs(shared: Path, tmp_path: Path) -> None:
    from khabar.corpus.evaluate import evaluate

    db = tmp_path / "stories.db"
    f = evaluate(str(db))
    with open_store(str(db)) as store:
        # stories merged through an updated report leave no story behind without its articles
        counts = dict(store.execute("SELECT story, COUNT(*) FROM articles GROUP BY story"))
        rows = dict(store.execute("SELECT id, n_articles FROM stories"))
        assert rows == counts
    assert f.cross_joined >= 48, f  # of 55 Hindi-English pairs (48 measured on 2026-11-29, night)
    assert f.cross_first_joined >= 27, f  # of the first 30 (27 measured)
    assert f.update_joined == f.update_total == 5, f
    assert f.false_merge_rate < 0.05, f
    assert f.precision >= 0.9, f
    # chaining, measured where it shows: pairs sampled at random from what the stories merge, read
    # by hand; the newest held-out sample was drawn from this version and never used to fit the
    # pair model: 0.980 of 300 (294), each pair read twice (2026-11-29, second session of the
    # night; the issue asks for 0.95). The two versions before measured 0.963 of 300 (a mean asked
    # of stories from 7 members, with actor-pair features) and 0.9425 of 400 (from 3 members). All
    # the held-out samples, on the pairs this version still merges, each pair counted once: 0.980
    # of 927 (0.9795).
    assert f.latest_merged >= 300 and f.latest_precision >= 0.98, f
    assert f.held_out_merged >= 927 and f.held_out_precision >= 0.979, f


def test_weather_headlines() -> None:
    from khabar.corpus.stories import is_weather

    assert is_weather("लद्दाख और सियाचिन में शीत लहर, पारा शून्य से 19 डिग्री नीचे")
    assert is_weather("Heavy snowfall cuts off Leh from Srinagar")
    assert is_weather("कोहरे के कारण आठ उड़ानें रद्द")
    assert not is_weather("Ukraine and Oman sign a trade pact")  # "rain" inside a word is not rain
    assert not is_weather("दिल्ली में लूट के दो आरोपी गिरफ्तार")  # लूट is not लू
    assert not is_weather(None)


BULLETIN = ("लेह और कारगिल में शीत लहर, पारा शून्य से {n} डिग्री नीचे",
            "लद्दाख के लेह और कारगिल में शीत लहर का प्रकोप जारी है। द्रास में न्यूनतम तापमान शून्य से {n} डिग्री नीचे दर्ज किया "
            "गया। मौसम विभाग ने जोजिला दर्रे पर बर्फबारी की चेतावनी दी है और श्रीनगर-लेह राजमार्ग बंद है।")
BULLETIN_EN = ("Cold wave grips Leh and Kargil, Dras at minus {n} degrees",
               "A cold wave continues in Ladakh's Leh and Kargil. Dras recorded a minimum of minus {n} degrees. "
               "The weather office warned of snowfall on the Zojila pass and the Srinagar-Leh highway is closed.")


LATER = ("कारगिल और लेह में कड़ाके की ठंड, द्रास में पारा शून्य से 24 डिग्री नीचे",
         "लद्दाख में ठंड और बढ़ गई है। कारगिल जिले के द्रास में रात का तापमान शून्य से 24 डिग्री नीचे चला गया और लेह में "
         "पानी की पाइपें जम गईं। जोजिला दर्रे पर ताजा बर्फबारी के बाद श्रीनगर-लेह राजमार्ग दूसरे दिन भी बंद रहा।")
LATER_EN = ("Dras freezes at minus 24 as cold tightens grip on Kargil and Leh",
            "The cold has deepened in Ladakh. Dras in Kargil district fell to minus 24 degrees at night and water "
            "pipes froze in Leh. The Srinagar-Leh highway stayed shut for a second day after fresh snow on Zojila.")


@pytest.mark.parametrize(("days", "together"), [(1, False), (30, True)])
def test_weather_reports_of_different_days_are_different_stories(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  days: int, together: bool) -> None:
    from khabar.corpus import stories

    monkeypatch.setattr(stories, "WEATHER_DAYS", days)
    rows = [("hi", "h1", BULLETIN, 21, "2024-01-04"), ("en", "e1", BULLETIN_EN, 21, "2024-01-04"),
            ("hi", "h2", LATER, 24, "2024-01-06"), ("en", "e2", LATER_EN, 24, "2024-01-06")]
    items = [Item(Record(id=i, content=t[1].format(n=n), title=t[0].format(n=n), lang=lang, published=day,
                         source="s"), "test") for lang, i, t, n, day in rows]
    with open_store(str(tmp_path / "s.db")) as store:
        ingest(store, items)
        story = dict(store.execute("SELECT id, story FROM articles"))
    assert story["h1"] == story["e1"] and story["h2"] == story["e2"]  # one day's reports are one story
    assert (story["h1"] == story["h2"]) is together
