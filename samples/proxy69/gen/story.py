"""Set 69: the figures shared by the letters of one debt (principal, rates, 喪失, 譲渡, filing and court dates, case
numbers). Every court date and letter date is a business day (`biz` asserts it); every damage is `late` (principal ×
rate × days / 365, both ends counted, rounded down)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import biz, late, suit_fee

ONE = timedelta(days=1)

# --- A: アルファ債権回収 (real, 101) bought a card claim of みのわクレジット; 柏簡裁 支払督促 (bz02) and 仮執行宣言 (bz03)
AL_P, AL_I, AL_R = 587_300, 21_884, 18.0
AL_LAST, AL_ACC, AL_ASSIGN, AL_NOTICE = D(2025, 2, 27), D(2025, 3, 27), D(2025, 7, 31), D(2025, 8, 5)
AL_FILED, AL_ORDER, AL_SERVED = biz(D(2025, 12, 3)), biz(D(2025, 12, 10)), biz(D(2025, 12, 12))
AL_KARI_APP, AL_KARI = biz(D(2026, 1, 8)), biz(D(2026, 1, 15))
AL_L = late(AL_P, AL_R, AL_ACC + ONE, AL_FILED)
AL_FEE = suit_fee(AL_P + AL_I + AL_L) // 2
AL_COST_PARTS = (AL_FEE, 1_245, 110, 800, 600)  # 申立手数料 / 正本送達 / 発付通知 / 書類作成提出 / 資格証明
AL_C1 = sum(AL_COST_PARTS)
AL_C2 = 1_245
AL_CASE = "令和7年(ロ)第1846号"

# --- B: 石鎚銀行 card loan guaranteed by 燧灘信用保証; 代位弁済 (bz04) and the 西条簡裁 支払督促 for the 求償金 (bz05)
IS_PRIN, IS_INT = 1_152_000, 34_420  # the bank's 元金 / 利息 paid by the guarantor (history inside the 代位弁済額)
IS_P, IS_R = IS_PRIN + IS_INT, 14.6
IS_LAST, IS_ACC, IS_SUB = D(2025, 4, 25), D(2025, 7, 10), biz(D(2025, 9, 19))
IS_FILED, IS_ORDER = biz(D(2025, 11, 26)), biz(D(2025, 12, 4))
IS_L = late(IS_P, IS_R, IS_SUB + ONE, IS_FILED)
IS_COST_PARTS = (suit_fee(IS_P + IS_L) // 2, 1_245, 110, 800, 600)
IS_C = sum(IS_COST_PARTS)
IS_CASE = "令和7年(ロ)第402号"

# --- C: 陶都債権回収 (invented, 第264号) bought a claim of うだつクレジット; its 申立書 copy (bz06), 多治見簡裁 (bz07)
TO_P, TO_I, TO_R = 412_650, 8_930, 14.6
TO_LAST, TO_ACC, TO_ASSIGN = D(2025, 1, 27), D(2025, 4, 10), D(2025, 6, 30)
TO_FILED, TO_ORDER = biz(D(2026, 2, 4)), biz(D(2026, 2, 13))
TO_L = late(TO_P, TO_R, TO_ACC + ONE, TO_FILED)
TO_COST_PARTS = (suit_fee(TO_P + TO_I + TO_L) // 2, 1_245, 110, 800, 600)
TO_C = sum(TO_COST_PARTS)
TO_CASE = "令和8年(ロ)第118号"

# --- D: 洛北信用金庫 証書貸付; 縦書き 催告書 (bz01), 京都地裁 (ワ) 呼出状 + 訴状 (bz09), the lawyers' 和解案 (bz10)
RK_LOAN, RK_P, RK_I, RK_R = 2_400_000, 1_863_200, 14_511, 14.0
RK_LAST, RK_ACC = D(2025, 6, 30), D(2025, 9, 8)
RK_DEMAND, RK_DEMAND_DUE = biz(D(2025, 10, 20)), biz(D(2025, 11, 5))
RK_SOJO, RK_FILED, RK_CALL = biz(D(2026, 1, 16)), biz(D(2026, 1, 19)), biz(D(2026, 2, 3))
RK_HEAR, RK_ANSWER = biz(D(2026, 3, 10)), biz(D(2026, 3, 3))
RK_WAKAI, RK_REPLY, RK_NEXT = biz(D(2026, 3, 17)), biz(D(2026, 4, 3)), biz(D(2026, 4, 14))
RK_CASE = "令和8年(ワ)第187号"

# --- E: さがみ野カード; 平塚簡裁 (ハ) 呼出状 + 訴状 (bz11), then its joint 縦書き 譲渡通知 to オリックス債権回収 (bz12)
SG_P, SG_I, SG_R = 728_450, 16_220, 14.6
SG_LAST, SG_ACC = D(2025, 5, 27), D(2025, 8, 27)
SG_SOJO, SG_FILED, SG_CALL = biz(D(2025, 12, 1)), biz(D(2025, 12, 2)), biz(D(2025, 12, 16))
SG_HEAR, SG_ANSWER = biz(D(2026, 1, 27)), biz(D(2026, 1, 20))
SG_ASSIGN, SG_NOTICE = biz(D(2026, 1, 7)), biz(D(2026, 1, 9))
SG_CASE = "令和7年(ハ)第1207号"

# --- F: 火の国労働金庫 フリーローン; 八代簡裁 支払督促 (bz08)
HK_P, HK_I, HK_R = 934_700, 11_206, 14.0
HK_LAST, HK_ACC = D(2025, 6, 10), D(2025, 9, 10)
HK_FILED, HK_ORDER = biz(D(2026, 1, 21)), biz(D(2026, 1, 28))
HK_L = late(HK_P, HK_R, HK_ACC + ONE, HK_FILED)
HK_COST_PARTS = (suit_fee(HK_P + HK_I + HK_L) // 2, 1_245, 110, 800, 600)
HK_C = sum(HK_COST_PARTS)
HK_CASE = "令和8年(ロ)第29号"

# --- G: くろだいファイナンス 貸金; 大牟田簡裁 少額訴訟 呼出状 (bz13)
KU_P, KU_I, KU_R = 398_000, 6_540, 20.0
KU_LAST, KU_ACC = D(2025, 7, 15), D(2025, 9, 1)
KU_FILED, KU_CALL = biz(D(2026, 3, 9)), biz(D(2026, 3, 19))
KU_HEAR, KU_ANSWER = biz(D(2026, 4, 21)), biz(D(2026, 4, 14))
KU_CASE = "令和8年(少コ)第31号"

# --- H: 印旛ローン保証 (guarantor of a なりた銀行 car loan); its lawyers' 訴訟提起のご通知 (bz14)
IN_P, IN_R = 1_642_880, 14.0
IN_LAST, IN_ACC, IN_SUB = D(2025, 8, 4), D(2025, 11, 10), biz(D(2026, 1, 23))
IN_FILED, IN_LETTER = biz(D(2026, 4, 20)), biz(D(2026, 4, 24))
IN_CASE = "令和8年(ワ)第157号"

# --- I: ニッテレ債権回収 (real, 7) bought a claim of いなみ野クレジット; 加古川簡裁 仮執行宣言付支払督促 (bz15)
NI_P, NI_I, NI_R = 286_900, 4_870, 14.6
NI_LAST, NI_ACC, NI_ASSIGN = D(2025, 8, 27), D(2025, 10, 27), D(2026, 1, 30)
NI_FILED, NI_ORDER, NI_SERVED = biz(D(2026, 3, 30)), biz(D(2026, 4, 7)), biz(D(2026, 4, 10))
NI_KARI_APP, NI_KARI = biz(D(2026, 4, 27)), biz(D(2026, 5, 8))
NI_L = late(NI_P, NI_R, NI_ACC + ONE, NI_FILED)
NI_COST_PARTS = (suit_fee(NI_P + NI_I + NI_L) // 2, 1_245, 110, 800, 600)
NI_C1 = sum(NI_COST_PARTS)
NI_C2 = 1_245
NI_CASE = "令和8年(ロ)第233号"
