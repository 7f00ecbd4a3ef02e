"""Checks of set 21 (run after make.py): truth keys and enums against set 18, the input-kind and type mix, the
manifest, and every invented name grepped against samples/ (the concurrent sets 19, 20 and 22 are not read)."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
SAMPLES = OUT.parent

NAMES = [
    "鴇沢", "晴之", "紗希", "柾人", "鴇沢板金", "杉箸", "あんず賃貸保証", "しだれ野", "コーポりんご並木", "りんご並木", "こぶし野",
    "みつばち通り", "薬袋", "かもめ坂法律事務所", "柘植野", "瑛司", "篤志", "義明", "静江", "みさき台会", "みさき台中央病院",
    "ききょう原", "ひさかた銀行", "ひのもと学資支援機構", "すいれん堀", "あせび坂", "あかげら銀行", "みずがね債権回収", "そらまめモバイル",
    "はまちどり橋", "樽見", "あまつかぜ公共放送協会", "あけの星法律事務所", "榎戸", "ひのきの森", "てんりゅうオートファイナンス",
    "いなだに自動車", "しらさぎ通", "しらびそ銀行", "軽部", "はぎの郷農業協同組合", "はぎの郷", "笹生", "忠明", "つきみ野カード", "つきみ野",
    "あさなぎ埠頭", "生駒谷", "砂押", "七五三", "みすず信用保証協会", "くりのき台", "簗瀬", "みはらし信用金庫", "すげの原",
    "えんれい職員共済会", "うずらの司法書士事務所", "うずらの坂", "鶉野", "千晶", "纐纈", "小夜子", "廿日出", "一戸", "康裕", "王生",
    "冬馬", "しもまち坂", "箕浦", "睦美", "飛鳥田", "通信料金債権回収センター",
]


def main() -> None:
    ok = True
    ref = json.loads(next((SAMPLES / "proxy18").glob("*.truth.json")).read_text())

    def shape(d):
        return {k: shape(v) if isinstance(v, dict) else None for k, v in d.items()}

    enums = {"document_type": {"collection_notice", "assignment_notice", "acceleration_notice", "payment_order",
                               "payment_order_enforceable", "lawsuit", "settlement_proposal", "other"},
             "status": {"licensed", "license_mismatch", "not_licensed", "unverified", "closed", "not_applicable"}}
    kinds, types, stats = Counter(), Counter(), Counter()
    for f in sorted(OUT.glob("ad*.truth.json")):
        t = json.loads(f.read_text())
        if shape(t) != shape(ref) or list(t) != list(ref):
            print("KEYS differ", f.name)
            ok = False
        assert t["document_type"] in enums["document_type"], f
        assert t["registry"]["status"] in enums["status"], f
        assert t["template"].startswith("proxy21_"), f
        kinds[t["input_kind"]] += 1
        types[t["document_type"]] += 1
        stats[t["registry"]["status"]] += 1
        a = t["amounts"]
        parts = [v for k, v in a.items() if k != "total" and v is not None]
        if len(parts) > 1:
            assert sum(parts) == a["total"], f
        for v in a.values():
            assert v is None or (isinstance(v, int) and v > 0), f
    want = {"pdf_text": 2, "pdf_text_2page": 2, "vertical_pdf": 1, "pdf_scan": 2, "scan_png": 2, "fax_tiff": 2,
            "vertical_scan": 1, "photo_jpeg": 2, "photo_heic": 1, "photo_exif_rotated": 1}
    assert dict(kinds) == want, kinds
    assert set(types) == enums["document_type"], types
    assert sum(types.values()) == 16
    rows = list(csv.DictReader((OUT / "manifest.csv").open(encoding="utf-8")))
    assert len(rows) == 16 and all(r["file"].startswith("ad") for r in rows)
    print("kinds", dict(kinds))
    print("types", dict(types))
    print("statuses", dict(stats))
    for w in NAMES:
        r = subprocess.run(["grep", "-rlI", "--exclude-dir=proxy19", "--exclude-dir=proxy20", "--exclude-dir=proxy21",
                            "--exclude-dir=proxy22", "--", w, str(SAMPLES)], capture_output=True, text=True)
        if r.stdout.strip():
            print("NAME occurs in samples:", w, r.stdout.split()[:3])
            ok = False
    print("names checked:", len(NAMES))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
