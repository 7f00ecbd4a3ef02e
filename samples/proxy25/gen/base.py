"""Set 25 ("court papers in full"): the cases shared by several letters, and small drawing helpers for court papers
(a clerk's line with the 職印 stamped over the name, a court's 受付印, a hearing-date guard).

Seven households, each a case:
  A 鶴房 遥斗   card debt bought by SMBC債権回収 (real, 10): 訴え at 川越簡裁 (ハ) — cover letter ah01,
                第2回期日呼出状 ah07, 和解条項案 ah12
  B 麻績 芽依   consumer loan bought by オリックス債権回収 (real, 11): 熊谷簡裁 (ロ) — 支払督促 ah02,
                仮執行宣言付 ah04, 強制執行予告 ah15, 地裁熊谷支部 (ル) 債権差押命令 ah09
  C 禰宜田 健志 bank loan, guarantor おみなえし信用保証: bank 喪失通知 ah11, 訴訟予告 ah16, 地裁姫路支部 (ワ) ah05,
                lawyer's letter after the judgment ah10
  D 閏間 澄江   loan bought by アルファ債権回収 (real, 101): 浜松簡裁 (ロ) 支払督促 ah03, letter after 督促異議 ah13
  E 宇留賀 紘一 shopping credit: 堺簡裁 少額訴訟 (少コ) ah06
  F 嘉数 杏奈   credit union's 民事調停 at 四日市簡裁 (ノ) ah08
  G 渡嘉敷 雅臣 bank loan in a pending 地裁立川支部 (ワ) case, sold to an invented servicer: 譲渡通知 ah14
"""
from __future__ import annotations

import re
from datetime import date as D
from datetime import timedelta

import holidays
from common import PT_MM, RED, Box, Text, late, text_width

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal, VText

fw = fullwidth
ONE = timedelta(1)
_JP = holidays.Japan(years=range(2025, 2027))


def court_day(d: D) -> D:
    """A hearing, an answer deadline or a court paper's date: never a weekend or a public holiday."""
    assert d.weekday() < 5 and d not in _JP, d
    return d


def era(d: D, full: bool = False) -> str:
    s = f"令和{d.year - 2018}年{d.month}月{d.day}日"
    return fw(s) if full else s


def west(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def clerk(p, x, y, lead: str, name: str, seal: str, seed: int, size=11.0, font="serif", sz=13.0, dx=0.0):
    """`lead` then the clerk's `name` at baseline y; the square 職印 is stamped OVER the name (its centre on the
    last character), as the court's ink lands on the printed name."""
    p.add(Text(x, y, lead + name, size, font))
    w_lead = text_width(lead, size, font)
    w_name = text_width(name, size, font)
    cx = x + w_lead + w_name * 0.72 + dx
    p.add(Seal(cx, y - size * PT_MM * 0.35, sz, "square", seal, angle=0, seed=seed))


def uketsuke(p, x, y, court: str, d: D, num: str):
    """The court's 受付印 on a 訴状: a red framed box with the court, the date and the case number alone."""
    w, h = 44, 21
    p.add(Box(x, y, w, h, 0.5, RED))
    p.add(Text(x + w / 2, y + 5.5, court, 7.5, "sans", "c", RED))
    p.add(Text(x + w / 2, y + 11.5, f"{d.year - 2018}.{d.month}.{d.day}　受付", 8.5, "sans", "c", RED))
    p.add(Text(x + w / 2, y + 18.0, num, 10, "sans-bold", "c", RED))


# --- A: 鶴房 遥斗, SMBC債権回収 (譲受 from つわぶきカード), 川越簡易裁判所 令和8年(ハ)第456号 -------------------------
A_P, A_I, A_R = 684_300, 12_480, 18.0
A_ACC, A_LAST, A_ASSIGN = D(2025, 7, 10), D(2025, 4, 28), D(2025, 10, 31)
A_SUED = court_day(D(2026, 2, 16))
A_L = late(A_P, A_R, A_ACC + ONE, A_SUED)
A_T = A_P + A_I + A_L
A_CASE = "令和8年(ハ)第456号"
A_CASE_FW = "令和８年（ハ）第４５６号"
A_FIRST = court_day(D(2026, 3, 25))  # 第1回口頭弁論期日 (not a letter of this set; named in ah07)
A_SECOND = court_day(D(2026, 5, 13))

# --- B: 麻績 芽依, オリックス債権回収 (譲受 from まんさくローン), 熊谷簡易裁判所 令和7年(ロ)第1187号 ---------------------
B_P, B_I, B_R = 415_870, 6_905, 20.0
B_ACC, B_LAST, B_ASSIGN = D(2025, 6, 5), D(2025, 3, 3), D(2025, 9, 30)
B_FILED, B_ORDER, B_SERVED = court_day(D(2025, 12, 8)), court_day(D(2025, 12, 12)), D(2025, 12, 16)
B_KARI_FILED, B_KARI = court_day(D(2026, 1, 7)), court_day(D(2026, 1, 14))
B_L = late(B_P, B_R, B_ACC + ONE, B_FILED)
B_C1_PARTS = (2_500, 1_082, 800)  # 申立手数料, 支払督促正本送達費用, 申立書作成及び提出費用
B_C1 = sum(B_C1_PARTS)
B_C2 = 1_094
B_CASE = "令和7年(ロ)第1187号"

# --- C: 禰宜田 健志, いすのき銀行 → おみなえし信用保証 (代位弁済), 神戸地方裁判所姫路支部 令和8年(ワ)第78号 ------------------
C_P0, C_I0, C_R = 1_873_450, 17_780, 14.6  # the bank's 残元金 and 未払利息
C_ACC, C_LAST, C_SUB = D(2025, 6, 12), D(2025, 3, 27), D(2025, 8, 20)
C_SUB_AMT = C_P0 + C_I0 + late(C_P0, C_R, C_ACC + ONE, C_SUB)  # 代位弁済額 = 求償元金
C_SUED, C_CALL = court_day(D(2026, 1, 20)), court_day(D(2026, 2, 3))
C_HEAR, C_ANSWER = court_day(D(2026, 3, 4)), court_day(D(2026, 2, 25))
C_JUDG = court_day(D(2026, 3, 18))
C_CASE = "令和8年(ワ)第78号"

# --- D: 閏間 澄江, アルファ債権回収 (譲受 from あざみファイナンス), 浜松簡易裁判所 令和8年(ロ)第123号 ---------------------
D_P, D_I, D_R = 296_540, 4_118, 15.0
D_ACC, D_LAST, D_ASSIGN = D(2025, 8, 7), D(2025, 5, 12), D(2025, 11, 28)
D_FILED, D_ORDER = court_day(D(2026, 2, 24)), court_day(D(2026, 3, 2))
D_L = late(D_P, D_R, D_ACC + ONE, D_FILED)
D_C_PARTS = (1_500, 1_082, 800)
D_C = sum(D_C_PARTS)
D_CASE = "令和8年(ロ)第123号"


_NUM = "0-9０-９〇一二三四五六七八九十百千万億元"
_RUNS = [
    re.compile(r"(令和|平成)[^年]{1,3}年[^月]{1,3}月[^日]{1,3}日"),
    re.compile(f"金[{_NUM},，]+円"),
    re.compile(f"[{_NUM}][{_NUM},，．.・－\\-（）()]*[{_NUM}]"),
    re.compile(f"第[{_NUM}]+[条号項]"),
    re.compile(r"[Ａ-Ｚ]+[０-９－]+"),
]


def vstrict(pages) -> None:
    """Stricter than common.vcheck: no 縦書き column may end inside an era date (also between 令 and 和), an amount
    「金…円」, a digit run with its separators (a phone number, an account number), a 「第…号」 or a Latin code."""
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            s, k = a.s + b.s, len(a.s)
            for rx in _RUNS:
                for m in rx.finditer(s):
                    assert not (m.start() < k < m.end()), f"column breaks inside {m.group()!r}: …{a.s[-8:]} | {b.s[:8]}…"
