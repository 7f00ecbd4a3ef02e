"""Proxy set 84: the figures of the seven debts that carry over from letter to letter, and small spelling helpers.

Every amount that a later letter repeats is computed here once (late damages with proxykit.late)."""
from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import late

from samples.letters.fmt import fullwidth, kanji_number

fw = fullwidth
ONE = timedelta(1)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def weekday_ok(*ds: D) -> None:
    for d in ds:
        assert d.weekday() < 5, d


# --- 栃窪 (bank card loan → guarantee company 求償金): co11 (代位弁済通知), co01 (七尾簡裁 支払督促), co03 (仮執行宣言付)
TK_BANK, TK_GUAR = "株式会社手取川銀行", "能登ひかり保証株式会社"
TK_P0, TK_I0 = 1_198_300, 38_180          # the bank's 元金 and 利息 inside the 代位弁済額 (history)
TK_P = TK_P0 + TK_I0                       # 求償金元金 = 代位弁済額 1,236,480
TK_R = 14.6
TK_LAST, TK_ACC, TK_SUBRO = D(2025, 4, 25), D(2025, 7, 2), D(2025, 8, 20)
TK_FILED, TK_ORDER, TK_SERVED, TK_DECL = D(2025, 11, 5), D(2025, 11, 12), D(2025, 11, 17), D(2025, 12, 10)
TK_L = late(TK_P, TK_R, TK_SUBRO + ONE, TK_FILED)
TK_C1a, TK_C1b = 6_000, 1_082             # 申立手数料 + 送達費用
TK_C1 = TK_C1a + TK_C1b
TK_C2 = 1_190                              # 仮執行宣言の手続費用
TK_CASE = "令和7年(ロ)第521号"

# --- 越阪部 (card → real servicer アルファ債権回収 101): co13 (譲受通知), co08 (法的手続予告), co02 (宇部簡裁 支払督促)
OS_CARD, OS_SERV = "株式会社碧海カード", "アルファ債権回収株式会社"
OS_P, OS_I, OS_R = 384_215, 12_870, 18.0
OS_LAST, OS_ACC, OS_ASSIGN = D(2025, 2, 27), D(2025, 5, 7), D(2025, 9, 30)
OS_FILED, OS_ORDER = D(2026, 2, 17), D(2026, 2, 24)
OS_C = 2_500 + 1_130                       # 申立手数料 + 送達費用 (printed as one row)
OS_CASE = "令和8年(ロ)第64号"

# --- 笹館 (bank card loan, the bank itself): co04 (須崎簡裁 仮執行宣言付支払督促), co14 (強制執行予告 by fax)
SD_BANK = "株式会社土佐清水銀行"
SD_P, SD_I, SD_R = 918_000, 6_742, 14.0
SD_LAST, SD_ACC = D(2025, 3, 10), D(2025, 6, 10)
SD_FILED, SD_ORDER, SD_SERVED, SD_DECL = D(2025, 9, 16), D(2025, 9, 22), D(2025, 9, 26), D(2025, 10, 20)
SD_L = late(SD_P, SD_R, SD_ACC + ONE, SD_FILED)
SD_C1, SD_C2 = 5_140, 1_290
SD_CASE = "令和7年(ロ)第288号"

# --- 宮脇 (bank loan through two lawyers, 地裁): co12 (縦書き 催告書), co06 (松江地裁 (ワ)), co09 (和解案 by fax)
MW_BANK, MW_LAW = "株式会社宍道湖銀行", "芦原・渕上法律事務所"
MW_P, MW_I, MW_R = 2_846_500, 21_310, 14.0
MW_LAST, MW_ACC = D(2025, 4, 30), D(2025, 7, 15)
MW_SUED, MW_CALL, MW_HEAR, MW_ANS = D(2025, 12, 3), D(2025, 12, 15), D(2026, 1, 27), D(2026, 1, 20)
MW_L = late(MW_P, MW_R, MW_ACC + ONE, MW_SUED)
MW_CASE = "令和7年(ワ)第318号"

# --- 布目 (consumer loan, 簡裁 (ハ)): co05 (呼出状 + 訴状), co10 (取下げのご報告 after payment)
NM_CO = "株式会社燕ファイナンス"
NM_P, NM_I, NM_R = 612_400, 9_860, 20.0
NM_LAST, NM_ACC = D(2025, 5, 26), D(2025, 8, 5)
NM_SUED, NM_CALL, NM_HEAR, NM_ANS = D(2026, 2, 20), D(2026, 3, 4), D(2026, 4, 8), D(2026, 4, 1)
NM_L = late(NM_P, NM_R, NM_ACC + ONE, NM_SUED)
NM_CASE = "令和8年(ハ)第143号"

# --- 久津間 (立替金, 少額訴訟): co07
KZ_CO = "沖津信販株式会社"
KZ_P, KZ_I, KZ_R = 312_600, 8_940, 3.0
KZ_LAST, KZ_ACC = D(2025, 9, 27), D(2025, 11, 28)
KZ_SUED, KZ_CALL, KZ_HEAR, KZ_ANS = D(2026, 4, 14), D(2026, 4, 21), D(2026, 5, 26), D(2026, 5, 19)
KZ_L = late(KZ_P, KZ_R, KZ_ACC + ONE, KZ_SUED)
KZ_CASE = "令和8年(少コ)第12号"

# --- 荻堂 (consumer loan → INVENTED servicer 暁嶺債権回収): co16 (岩見沢簡裁 支払督促)
OG_ORIG, OG_SERV = "笹川クレジット株式会社", "暁嶺債権回収株式会社"
OG_P, OG_I, OG_R = 248_930, 4_120, 20.0
OG_LAST, OG_ACC, OG_ASSIGN = D(2024, 12, 27), D(2025, 3, 4), D(2025, 10, 15)
OG_FILED, OG_ORDER = D(2026, 5, 11), D(2026, 5, 18)
OG_L = late(OG_P, OG_R, OG_ACC + ONE, OG_FILED)
OG_C = 3_970
OG_CASE = "令和8年(ロ)第203号"

weekday_ok(TK_ORDER, TK_SERVED, TK_DECL, OS_ORDER, SD_ORDER, SD_SERVED, SD_DECL, MW_CALL, MW_HEAR, MW_ANS,
           NM_CALL, NM_HEAR, NM_ANS, KZ_CALL, KZ_HEAR, KZ_ANS, OG_ORDER)
assert TK_P0 + TK_I0 == TK_P == 1_236_480 and TK_C1a + TK_C1b == TK_C1 == 7_082
assert OS_C == 3_630 and SD_C1 + SD_C2 == 6_430
