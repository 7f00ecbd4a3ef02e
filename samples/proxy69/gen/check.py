"""Checks of set 69 after `make.py`: truth keys / nesting / enum values against set 18's, the input-kind and type mix,
the manifest, that every printed sum adds up (the truth builder asserts it again), and that no invented name occurs in
another set (samples/ except this folder and the concurrent proxy67, proxy68, proxy70, which are not opened).

    .venv/bin/python samples/proxy69/gen/check.py
"""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
SAMPLES = SET.parent
REF = SAMPLES / "proxy18"

TYPES = {"collection_notice", "assignment_notice", "acceleration_notice", "payment_order", "payment_order_enforceable",
         "lawsuit", "settlement_proposal", "other"}
STATUS = {"licensed", "license_mismatch", "not_licensed", "unverified", "closed", "not_applicable"}
KINDS = {"pdf_text": 2, "pdf_text_2page": 2, "vertical_pdf": 1, "pdf_scan": 2, "scan_png": 2, "fax_tiff": 2,
         "vertical_scan": 1, "photo_jpeg": 2, "photo_heic": 1, "photo_exif_rotated": 1}

# every invented name of the set (companies, banks, courts' streets, people, buildings); grepped against samples/
NAMES = ["栢森", "拓磨", "萱嶋", "桂子", "舳松", "琢朗", "槇納", "忠晴", "小豆澤", "祐里", "白旗", "諒子", "西牟田", "岳人", "賀集", "理沙子", "魚住", "英里佳", "霜越", "嘉寿子", "井伊", "真知子", "明比", "敬三", "板鼻", "文恵", "迫水", "政継", "氏家", "達朗", "市毛", "郁代", "緒方", "章江", "曽田", "泰輔", "楮原", "降旗", "秀穂", "玄蕃", "廻谷", "豊彦", "杉守", "権守", "将臣", "諏合", "衣笠", "光博", "許斐", "朋絵", "豊留", "征四郎", "韮沢", "敦美", "肥沼", "光博", "風早", "茉莉", "青砥", "佳津子", "粕尾", "香苗", "伏木", "洛北信用金庫", "衣笠・許斐法律事務所", "石鎚銀行", "燧灘信用保証", "いしづちカードローン", "陶都債権回収", "うだつクレジット", "みのわクレジット", "さがみ野カード", "火の国労働金庫", "くろだいファイナンス", "印旛ローン保証", "なりた銀行", "風早・青砥法律事務所", "いなみ野クレジット", "民事督促管理センター", "みのかも銀行", "蒼天銀行", "こならの森", "汐風通", "楓台", "紅梅町", "白鷺通", "い草通", "夕凪町", "城址坂", "ひょうたん坂", "もちの木町", "しおまち通", "とくさ町", "うのはな町", "げんげ田", "もみじ川町", "銀杏小路", "しだれ柳通", "ねむの木通", "こでまり台", "しいのき台", "球磨川通", "ふよう台", "かりがね通", "サンライズ白鷺"]
SKIP = {"proxy69", "proxy67", "proxy68", "proxy70"}


def keys(d, prefix=""):
    out = set()
    for k, v in d.items():
        out.add(prefix + k)
        if isinstance(v, dict):
            out |= keys(v, prefix + k + ".")
    return out


def main() -> None:
    ref = json.loads(next(REF.glob("*.truth.json")).read_text(encoding="utf-8"))
    truths = sorted(SET.glob("bz*.truth.json"))
    assert len(truths) == 16, len(truths)
    kinds, types, status = Counter(), Counter(), Counter()
    for t in truths:
        d = json.loads(t.read_text(encoding="utf-8"))
        assert keys(d) == keys(ref), (t.name, keys(d) ^ keys(ref))
        assert d["document_type"] in TYPES and d["registry"]["status"] in STATUS, t.name
        for path in ("amounts.total", "amounts.principal", "amounts.interest", "amounts.late_damages", "amounts.costs"):
            a, b = path.split(".")
            v = d[a][b]
            assert v is None or (isinstance(v, int) and v > 0), (t.name, path, v)
        am = d["amounts"]
        parts = [am[k] for k in ("principal", "interest", "late_damages", "costs") if am[k] is not None]
        if am["total"] is not None and len(parts) > 1:
            assert sum(parts) == am["total"], t.name
        stem = t.name.split(".")[0]
        files = [f for f in SET.glob(stem + ".*") if not f.name.endswith(".truth.json")]
        assert len(files) == 1, files
        kinds[d["input_kind"]] += 1
        types[d["document_type"]] += 1
        status[d["registry"]["status"]] += 1
        assert d["template"].startswith("proxy69_"), t.name
    assert dict(kinds) == KINDS, kinds
    assert set(types) == TYPES, types
    with (SET / "manifest.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 16 and list(rows[0]) == ["file", "input_kind", "document_type", "template", "received"]
    print("types", dict(types))
    print("status", dict(status))
    bad = []
    for n in NAMES:
        cmd = ["grep", "-rlF"] + [f"--exclude-dir={s}" for s in sorted(SKIP)] + ["--", n, str(SAMPLES)]
        hits = subprocess.run(cmd, capture_output=True, text=True).stdout.split()
        if hits:
            bad.append((n, hits[:3]))
    if bad:
        print("names found elsewhere:", bad)
        sys.exit(1)
    print(f"ok: 16 letters, keys as set 18, mix as set 18, {len(NAMES)} names unused elsewhere")


if __name__ == "__main__":
    main()
