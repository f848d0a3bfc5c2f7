"""Train the scorer's learned bidang ranker offline and write ``resources/scorer/ranker_bidang.npz``.

Run: ``uv run python tools/train_scorer_ranker.py [--c C] [--out OUT]`` (scikit-learn is a development
dependency; the application predicts with numpy only, see ``app/core/scorer/ranker.py``).

Training data, and only these:
- the bundled nomenclature: every sub kegiatan, kegiatan and program name, labelled by its bidang;
- the thesaurus terms (written from domain knowledge), labelled by each concept's main bidang;
- the bundled kamus usulan (``resources/kamus``), labelled by the bidang its executing agency holds;
- the team's own labelled sets that are design sets: half A of ``usulan_subkegiatan_tulis.csv``
  (``crc32(id) % 2 == 0``), ``usulan_bebas_contoh.csv``, ``usulan_wilayah_lain.csv``,
  ``usulan_narasi_desain.csv``.
Never the Sukabumi dev set, never half B of the own set, never the held-out written sets
(``usulan_heldout_written.csv``, ``usulan_wilayah_lain_uji.csv``, ``usulan_bebas_uji.csv``).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "bench" / "data"
TRAIN_SETS = (
    ("usulan_subkegiatan_tulis.csv", "A"),
    ("usulan_bebas_contoh.csv", None),
    ("usulan_wilayah_lain.csv", None),
    ("usulan_narasi_desain.csv", None),
)


def _half(row_id: str) -> str:
    return "A" if zlib.crc32(row_id.encode("utf-8")) % 2 == 0 else "B"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--c", type=float, default=8.0, help="inverse regularisation strength")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "resources" / "scorer" / "ranker_bidang.npz"
    )
    args = parser.parse_args()
    os.environ.setdefault("MUSRENBANG_HOME", tempfile.mkdtemp(prefix="train-ranker-"))

    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    from app.core.scorer import Scorer, load_bundled_reference
    from app.core.scorer.inputs import read_kamus_csv, sample_kamus_path
    from app.core.scorer.ranker import N_FEATURES, text_feature_ids

    reference = load_bundled_reference(with_regions=False)
    scorer = Scorer(reference, persist_stems=False)
    bidang = scorer.bidang_codes
    index = {b: i for i, b in enumerate(bidang)}
    texts: list[str] = []
    labels: list[int] = []
    weights: list[float] = []

    def add(text: str, codes: list[str], weight: float) -> None:
        codes = [c for c in codes if c in index]
        if not codes or not text.strip():
            return
        for code in codes:
            texts.append(text)
            labels.append(index[code])
            weights.append(weight / len(codes))

    for code, name in zip(scorer.sub_codes, scorer.sub_names, strict=True):
        add(name, [".".join(code.split(".")[:2])], 0.5)
    for row in reference.nomenclature:
        if row.level in {"kegiatan", "program"} and not row.code.upper().startswith("X"):
            add(row.name, [".".join(row.code.split(".")[:2])], 0.3)
    for concept in scorer.vocab.concepts:
        main = max(concept.bidang, key=lambda kv: kv[1])[0]
        for term in concept.terms:
            add(term, [main], 0.6 if concept.generic else 1.0)
    for item in read_kamus_csv(sample_kamus_path()):
        found = scorer._bidang_of_agency_name(item.agency_name)
        if found:
            add(item.name, [found[0][0]], 1.0)
    for name, half in TRAIN_SETS:
        path = DATA / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for n, row in enumerate(csv.DictReader(handle), start=1):
                rid = row.get("id") or str(n)
                if half is not None and _half(rid) != half:
                    continue
                gold = [c.strip() for c in row["gold_bidang"].split(";") if c.strip()]
                add(row["text"], gold, 2.0)

    rows: list[int] = []
    cols: list[int] = []
    for r, text in enumerate(texts):
        ids = text_feature_ids(scorer.normaliser.analyse(text).content_stems())
        rows.extend([r] * len(ids))
        cols.extend(ids)
    x = csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(texts), N_FEATURES)
    )
    y = np.asarray(labels)
    present = sorted(set(labels))
    model = LogisticRegression(C=args.c, max_iter=300)
    model.fit(x, y, sample_weight=np.asarray(weights))
    coef = np.zeros((len(bidang), N_FEATURES), dtype=np.float64)
    bias = np.full(len(bidang), -30.0)
    for k, cls in enumerate(model.classes_.tolist()):
        coef[cls] = model.coef_[k]
        bias[cls] = model.intercept_[k]
    scale = np.maximum(np.abs(coef).max(axis=1), 1e-9) / 127.0
    q = np.clip(np.rint(coef / scale[:, None]), -127, 127).astype(np.int8).T.copy()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out,
        classes=np.frombuffer(json.dumps(bidang).encode("utf-8"), dtype=np.uint8),
        weights=q,
        scale=scale,
        bias=bias,
    )
    acc = float((model.predict(x) == y).mean())
    print(
        f"{len(texts)} examples, {len(present)} of {len(bidang)} bidang, training accuracy {acc:.3f}; "
        f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
