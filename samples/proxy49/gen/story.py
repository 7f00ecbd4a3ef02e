"""The households of set 49 and the figures that carry over from letter to letter inside one household.

萱沼 (競売, 松江): たかせ銀行 → たかせ信用保証 (代位弁済, 競売申立て, 配当) → アルファ債権回収 (譲受, 一括請求, 和解).
駒木根 (任意売却, 岩国): のびたき銀行 → さしば住宅保証 (代位弁済, 任意売却の充当) → 暁星債権回収 (invented; 譲受,
支払督促, 仮執行宣言, 強制執行予告).
鱒淵 / 笈川 (競売, 盛岡): しろたえ銀行 (喪失, 保証人への通知, 配当, 譲渡) → アウロラ債権回収 (保証人への請求, 訴え).
黍原 (任意売却, 諫早): かのこ信用金庫 alone.
Late damages: principal × rate × days / 365, both ends counted, rounded down (proxykit.late)."""
from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import late

ONE = timedelta(1)

# --- 萱沼 household (bf01–bf06) ------------------------------------------------------------------------------
A_LOAN_DAY, A_LOAN = D(2015, 6, 19), 26_800_000
A_LAST = D(2025, 3, 27)          # 最終ご返済日
A_WARN = D(2025, 6, 20)          # 催告書
A_ACC = D(2025, 7, 4)            # 催告期限 = 喪失「の経過をもって」
A_P, A_I = 19_846_210, 38_402    # 残元金, 未収利息 (3/28–7/4)
A_BANK_R = 14.0
A_SUB = D(2025, 9, 26)           # 代位弁済日
A_S = A_P + A_I + late(A_P, A_BANK_R, A_ACC + ONE, A_SUB)   # 代位弁済額 = 求償元金
A_R = 14.6                       # 求償債権の損害金率
A_DECIDE = D(2025, 11, 14)       # 競売開始決定
A_CASE = "令和7年(ケ)第58号"
A_SALE_PRICE = 14_280_000
A_COSTS = 773_740                # 執行費用
A_DIVDAY = D(2026, 4, 22)        # 配当期日
A_DIV = A_SALE_PRICE - A_COSTS   # 配当額 to たかせ信用保証 (順位1)
A_TAX = 186_300                  # 松江市 交付要求 (順位2, 配当 0)
A_L1 = late(A_S, A_R, A_SUB + ONE, A_DIVDAY)       # 損害金 to the 配当期日 (充当 first)
assert A_DIV > A_L1
A_P2 = A_S - (A_DIV - A_L1)      # 配当金充当後の残元金
A_ASSIGN = D(2026, 5, 29)        # たかせ信用保証 → アルファ債権回収

# --- 駒木根 household (bf07–bf11) ----------------------------------------------------------------------------
B_LOAN_DAY, B_LOAN = D(2018, 3, 23), 22_400_000
B_LAST = D(2025, 1, 27)
B_ACC = D(2025, 4, 25)
B_P, B_I = 18_972_300, 41_118
B_SUB = D(2025, 6, 13)
B_S = B_P + B_I + late(B_P, 14.0, B_ACC + ONE, B_SUB)
B_R = 14.0
B_SALE = D(2025, 10, 31)         # 任意売却 決済日
B_PRICE = 13_600_000
B_DEDUCT = [("仲介手数料（消費税込）", 514_800), ("抵当権抹消登記費用", 62_400), ("滞納固定資産税等", 84_600),
            ("転居費用（配分）", 300_000)]
B_APPLY = B_PRICE - sum(v for _, v in B_DEDUCT)      # 求償債権への充当額
B_L1 = late(B_S, B_R, B_SUB + ONE, B_SALE)
assert B_APPLY > B_L1
B_P2 = B_S - (B_APPLY - B_L1)    # 充当後の求償元金
B_ASSIGN = D(2026, 1, 30)        # さしば住宅保証 → 暁星債権回収
B_CASE = "令和8年(ロ)第214号"
B_PO_DAY = D(2026, 4, 10)        # 支払督促
B_PO_CUT = D(2026, 3, 31)        # 確定損害金の終期
B_PO_L = late(B_P2, B_R, B_SALE + ONE, B_PO_CUT)
B_FEE_PARTS = [("申立手数料", 22_000), ("支払督促正本送達費用", 1_120), ("支払督促発付通知費用", 110),
               ("申立書作成及び提出費用", 800), ("資格証明書手数料", 600)]
B_PO_COST = sum(v for _, v in B_FEE_PARTS)
B_PO_SERVED = D(2026, 4, 14)
B_KARI_DAY = D(2026, 5, 15)      # 仮執行宣言
B_KARI_APPLY = D(2026, 5, 7)
B_KARI_COST = 1_204

# --- 鱒淵 / 笈川 household (bf12–bf14, bf16) --------------------------------------------------------------------
C_LOAN_DAY, C_LOAN = D(2012, 10, 26), 31_500_000
C_LAST = D(2025, 5, 26)
C_WARN = D(2025, 8, 15)
C_ACC = D(2025, 8, 29)
C_P, C_I = 21_604_880, 52_336
C_R = 14.0
C_CASE = "令和7年(ケ)第131号"
C_DIVDAY = D(2026, 3, 24)
C_DIV = 15_918_000
C_L1 = late(C_P, C_R, C_ACC + ONE, C_DIVDAY)
assert C_DIV > C_L1 + C_I
C_P2 = C_P - (C_DIV - C_L1 - C_I)
C_ASSIGN = D(2026, 4, 30)        # しろたえ銀行 → アウロラ債権回収
C_AS_L = late(C_P2, C_R, C_DIVDAY + ONE, C_ASSIGN)

# --- 黍原 household (bf15) -------------------------------------------------------------------------------------
D_LAST, D_ACC = D(2025, 6, 30), D(2025, 9, 12)
D_SALE = D(2026, 1, 16)
D_R = 14.5
