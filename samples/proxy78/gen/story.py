"""Set 78: the seven debts whose figures carry over from letter to letter, and small spelling helpers.

A 芹川 (card → オリックス債権回収): ci09 申立予告, ci01 支払督促 + 督促異議申立書, ci11 和解案 after the 督促異議.
B 日詰 (bank card loan → しぎ野信用保証): ci15 縦書き 代位弁済通知, ci02 支払督促 (求償金).
C 軽米 (霧降クレジット): ci12 法的手続移行予告 by fax, ci03 仮執行宣言付支払督促, ci13 白嶺債権回収's 譲受通知.
D 杭瀬 (千曲川ローン → 白嶺債権回収): ci04 仮執行宣言付支払督促.
E 蘆名 (遠賀銀行, through lawyers): ci10 縦書き 訴訟予告, ci05 地裁支部 (ワ) 呼出状 + 訴状 + 答弁書, ci08 判決.
F 行木 (湊川ファイナンス): ci06 少額訴訟 呼出状.
G 来住 (那珂湊クレジット → SMBC債権回収): ci07 簡裁 (ハ) 呼出状, ci14 和解に代わる決定.
"""
from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from samples.letters.fmt import fullwidth, kanji_number

fw = fullwidth
ONE = timedelta(1)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def rdate(d: D) -> str:
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def hdate(d: D) -> str:
    return f"平成{d.year - 1988}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# A 芹川 智恵: card debt bought by オリックス債権回収 (real, 11)
A_P, A_I, A_R = 418_260, 12_904, 14.6
A_LAST, A_ACC, A_ASSIGN = D(2025, 1, 27), D(2025, 3, 27), D(2025, 7, 31)
A_REF = "ST-0418-2607"
A_CASE_RO = "令和8年(ロ)第306号"
A_CASE_HA = "令和8年(ハ)第142号"
A_FILED, A_ORDER, A_FIX = D(2026, 2, 9), D(2026, 2, 20), D(2026, 2, 5)
A_COST = 4_660
# B 日詰 康弘: bank card loan, 代位弁済 by しぎ野信用保証
B_S, B_SP, B_SI, B_R = 1_284_637, 1_243_500, 41_137, 14.6
B_LAST, B_ACC, B_SUB = D(2025, 5, 26), D(2025, 8, 5), D(2025, 9, 12)
B_FIX, B_COST = D(2025, 12, 3), 8_150
# C 軽米 由香里: 霧降クレジット, 仮執行宣言, then sold to 白嶺債権回収
C_P, C_I, C_R = 652_900, 21_340, 14.6
C_LAST, C_ACC = D(2025, 3, 27), D(2025, 6, 27)
C_FIX, C_C1, C_C2 = D(2025, 10, 20), 5_880, 1_150
C_CASE = "令和7年(ロ)第1204号"
C_ASSIGN = D(2026, 2, 27)
# D 杭瀬 修: 千曲川ローン → 白嶺債権回収
D_P, D_I, D_R = 286_400, 4_118, 20.0
D_LAST, D_ACC, D_ASSIGN = D(2024, 8, 20), D(2024, 11, 20), D(2025, 6, 30)
D_FIX, D_C1, D_C2 = D(2025, 10, 6), 3_730, 1_080
# E 蘆名 隆之: 遠賀銀行 フリーローン, through 設楽原・浅芽法律事務所
E_P, E_I, E_R = 1_862_400, 38_215, 14.0
E_LAST, E_ACC = D(2025, 4, 25), D(2025, 7, 10)
E_FIX = D(2025, 11, 10)
E_CASE = "令和7年(ワ)第1086号"
# F 行木 真理子: 湊川ファイナンス, 少額訴訟
F_P, F_I, F_R = 348_000, 6_280, 20.0
F_LAST, F_ACC, F_FIX = D(2025, 6, 30), D(2025, 9, 2), D(2026, 3, 25)
# G 来住 健太: 那珂湊クレジット → SMBC債権回収 (real, 10)
G_P, G_I, G_R = 512_300, 15_870, 18.0
G_LAST, G_ACC, G_ASSIGN, G_FIX = D(2025, 2, 27), D(2025, 5, 28), D(2025, 9, 30), D(2026, 1, 20)
G_CASE = "令和8年(ハ)第58号"
