"""Train the name recogniser's models (names_ko.crfsuite, names_en.crfsuite) from annotated sentences.

    python reader/core/facts/data/train_names_model.py            # train on every set, write the models
    python reader/core/facts/data/train_names_model.py --cv       # leave one set out at a time, print P/R
                                                                  # (the rules, the model alone, the app)
    python reader/core/facts/data/train_names_model.py --cv --cv-sets names_train_a,names_train_b

Training data (tests/facts/): the held-out gold sets 1-9 and gold_names.jsonl (every name annotated,
numbers too) and train/names_train_*.jsonl (names only). The rules were tuned on held-outs 1-9 and
written with gold_names, so on those sentences what the rules found says nothing honest about how far
to trust them: there the model sees no rule features. The names_train sets were written blind to the
rules and are the sentences from which the model learns to weigh what the rules found.

Deterministic (CRFsuite's L-BFGS), so the same data gives the same model. Run at development time;
the app only reads the model files. Needs python-crfsuite (a runtime dependency) and nothing else.
Writes each model's kept features (names_<lang>.attributes.json) beside it.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT))

from reader.core.facts import recogniser as R  # noqa: E402
from reader.core.facts.extract import _with_model, extract_facts  # noqa: E402
from reader.core.facts.names import _default_glossary  # noqa: E402

TESTS = ROOT / "tests" / "facts"
TUNED = ["gold_heldout.jsonl"] + [f"gold_heldout{i}.jsonl" for i in range(2, 10)] + ["gold_names.jsonl"]
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}


def sets() -> dict[str, Path]:
    out = {name.removesuffix(".jsonl"): TESTS / name for name in TUNED}
    for path in sorted((TESTS / "train").glob("names_train_*.jsonl")):
        out[path.stem] = path
    return out


def gold_spans(text: str, facts: list[dict]) -> list[tuple[int, int, str]]:
    """Offsets of the gold names, each found after the previous fact (facts are in order)."""
    spans, pos = [], 0
    for g in facts:
        at = text.find(g["text"], pos)
        if at < 0:
            at = text.find(g["text"])
        if g["kind"] in R.LABELS:
            spans.append((at, at + len(g["text"]), g["kind"]))
        pos = at + 1
    return spans


def load(name: str, path: Path) -> list[dict]:
    honest = name.startswith("names_train")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        ex = json.loads(line)
        text, lang = ex["text"], ex["lang"]
        gold = gold_spans(text, ex["facts"])
        rules = extract_facts(text, lang, ex.get("date"), model=False)
        toks, x = R.sequence(text, lang, rules if honest else None)
        ex.update(set=name, toks=toks, gold=gold, rules=rules, y=R.bio(toks, gold), x=x)
        out.append(ex)
    return out


def train(examples: list[dict], path: Path, params=PARAMS, attributes: Path | None = None) -> None:
    """Train with CRFsuite, write the model to ``path`` and the features it kept to ``attributes``
    (the tagger hands CRFsuite only those)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for ex in examples:
        trainer.append(ex["x"], ex["y"])
    trainer.set_params(params)
    trainer.train(str(path))
    if attributes is not None:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        attributes.write_text(json.dumps(sorted(tagger.info().attributes), ensure_ascii=False, indent=0) + "\n",
                              encoding="utf-8")


def predict(tagger, ex: dict, mode: str) -> list[tuple[str, int, int]]:
    """Names as the app shows them ("app": extract._with_model, the model reading the rules' facts,
    with its threshold and vetoes) or the model's names alone ("model")."""
    rules = copy.deepcopy(ex["rules"])
    if mode == "model":
        found = R.recognise(ex["text"], ex["lang"], rules, tagger=tagger)
        return [(k, s, e) for k, s, e, _p in found]
    facts = _with_model(ex["text"], ex["lang"], rules, _default_glossary(), tagger=tagger)
    return [(f.kind, f.start, f.end) for f in facts if f.kind in R.LABELS]


def score(examples, predictions) -> dict:
    c = Counter()
    for ex, pred in zip(examples, predictions):
        gold = Counter((k, ex["text"][s:e]) for s, e, k in ex["gold"])
        got = Counter((k, ex["text"][s:e]) for k, s, e in pred)
        for key in got:
            c[(ex["lang"], key[0], "tp")] += min(got[key], gold[key])
        for key, n in got.items():
            c[(ex["lang"], key[0], "pred")] += n
        for key, n in gold.items():
            c[(ex["lang"], key[0], "gold")] += n
    return c


def table(counts: Counter, label: str) -> None:
    def pr(keys):
        tp = sum(counts[k + ("tp",)] for k in keys)
        p = sum(counts[k + ("pred",)] for k in keys)
        g = sum(counts[k + ("gold",)] for k in keys)
        return f"{tp / p if p else 0:.2f}/{tp / g if g else 0:.2f} ({g})"

    cells = [f"{lang} {kind[:3]} {pr([(lang, kind)])}" for lang in ("ko", "en") for kind in R.LABELS]
    allk = [(lang, kind) for lang in ("ko", "en") for kind in R.LABELS]
    print(f"{label:<28} names {pr(allk)} | " + " | ".join(cells))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cv", action="store_true", help="leave one set out at a time and print span P/R")
    ap.add_argument("--cv-sets", help="comma-separated set names to leave out (default: the names_train sets)")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--only", help="comma-separated set names to train on (default: all)")
    args = ap.parse_args(argv)
    params = dict(PARAMS, c1=args.c1, c2=args.c2)
    all_sets = sets()
    if args.only:
        all_sets = {k: v for k, v in all_sets.items() if k in args.only.split(",")}
    data = {name: load(name, path) for name, path in all_sets.items()}
    print("sets:", ", ".join(f"{k} {len(v)}" for k, v in data.items()))
    if not args.cv:
        for lang in ("ko", "en"):
            exs = [ex for v in data.values() for ex in v if ex["lang"] == lang]
            train(exs, R.model_path(lang), params, R.attributes_path(lang))
            print(f"{lang}: {len(exs)} sentences -> {R.model_path(lang)} ({R.model_path(lang).stat().st_size // 1024} KiB)")
        return 0
    import tempfile

    import pycrfsuite

    held = args.cv_sets.split(",") if args.cv_sets else [k for k in data if k.startswith("names_train")]
    totals: dict[str, Counter] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in held:
            test = data[name]
            preds_rules = [[(f.kind, f.start, f.end) for f in ex["rules"] if f.kind in R.LABELS] for ex in test]
            preds = {"model": [], "app": []}
            taggers = {}
            for lang in ("ko", "en"):
                exs = [ex for k, v in data.items() if k != name for ex in v if ex["lang"] == lang]
                path = Path(tmp) / f"{name}_{lang}.crfsuite"
                train(exs, path, params)
                tagger = pycrfsuite.Tagger()
                tagger.open(str(path))
                taggers[lang] = R.Tagger(tagger, lang)
            for ex in test:
                for mode, out in preds.items():
                    out.append(predict(taggers[ex["lang"]], ex, mode))
            scores = {"rules": score(test, preds_rules), **{m: score(test, p) for m, p in preds.items()}}
            for mode, counts in scores.items():
                totals.setdefault(mode, Counter()).update(counts)
                table(counts, f"{name} {mode}")
    for mode, counts in totals.items():
        table(counts, f"ALL {mode}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
