"""Set 71: the figures that several letters share. Three households carry over from letter to letter (the same
principal, rate, 喪失 date, 代位弁済 date and case number), so the set shows one debt from several senders.

A 葛生 (housing loan, bank → bank-affiliated 保証会社 → servicer 受託): cb01, cb03, cb10, the scam cb15.
B 有限会社九戸精工 (business loan, 信用組合 → 信用保証協会 → servicer 受託 → 地裁支部): cb08, cb04, cb14, cb13.
C 丑田 (free loan, bank → 信販 guarantee → 簡裁 → servicer 譲受): cb09, cb11, cb12, cb16."""
from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import late

ONE = timedelta(1)

# --- A: 葛生篤志, 株式会社ひのきざか銀行 住宅ローン, guarantor ひのきざか保証株式会社 -----------------------------
A_P = 18_746_320                 # 残元金 at the loss of the benefit
A_LAST = D(2025, 6, 27)          # 最終ご返済日
A_WARN = D(2025, 11, 10)         # 催告書
A_ACC = D(2025, 11, 25)          # 催告期限 = 喪失 (「の経過をもって」)
A_IDAYS = (A_ACC - A_LAST).days  # 6/28 … 11/25, both ends
A_I = A_P * 975 * A_IDAYS // (365 * 100_000)  # 未収利息 at the contract rate 年0.975％
A_BRATE = 14.6                   # the bank's 損害金 rate
A_SUB = D(2026, 1, 15)           # 代位弁済日
A_L0 = late(A_P, A_BRATE, A_ACC + ONE, A_SUB)  # the bank's 損害金 paid inside the 代位弁済
A_I0 = A_I + A_L0                # 求償利息 = 代位弁済額のうち利息・損害金
A_S = A_P + A_I0                 # 代位弁済額
A_C = 16_500                     # 代位弁済費用 (抵当権移転の付記登記費用等)
A_GRATE = 14.0                   # the guarantor's rate
A_REF = "HS-26-00158"            # 求償管理番号 of the guarantor

# --- B: 有限会社九戸精工 (代表取締役 九戸正樹 = 連帯保証人), みくまり信用組合, 北陵信用保証協会 ---------------------
B_LOAN = 5_320_000               # 残元金 (ご融資残高, incl. three missed 元金)
B_LAST = D(2025, 6, 25)
B_WARN = D(2025, 10, 20)         # the credit union's 催告書 (cb08)
B_ACC = D(2025, 11, 4)           # its deadline; the loss 「同日の経過をもって」
B_SUB = D(2026, 1, 20)           # the association's 代位弁済
B_I0 = 118_460                   # 代位弁済額のうち利息
B_S = B_LOAN + B_I0              # 代位弁済額
B_RATE = 14.6                    # 延滞金
B_NO = "07-0183"                 # 求償番号

# --- C: 丑田真琴, 株式会社雲母坂銀行 フリーローン, guarantor ミナカタ信販株式会社 ------------------------------
C_LOANP, C_LOANI = 1_284_500, 21_874
C_S = C_LOANP + C_LOANI          # 代位弁済額 = 求償元金
C_LAST = D(2025, 6, 26)
C_ACC = D(2025, 9, 12)           # 当然喪失
C_SUB = D(2025, 10, 10)
C_RATE = 14.6
C_FILED = D(2026, 1, 9)          # 支払督促申立日
C_PO = D(2026, 1, 16)            # 支払督促
C_SERVED = D(2026, 1, 20)        # its 送達
C_KFILED = D(2026, 2, 10)        # 仮執行宣言の申立て
C_KARI = D(2026, 2, 24)          # 仮執行宣言
C_C1 = 6_500 + 1_120 + 800       # 督促手続費用 (申立手数料 + 送達費用 + 書類作成提出費用)
C_C2 = 1_134                     # 仮執行宣言手続費用
C_LPO = late(C_S, C_RATE, C_SUB + ONE, C_FILED - ONE)  # 確定遅延損害金 in the order
C_CASE = "令和8年(ロ)第12号"
C_ASSIGN = D(2026, 3, 31)
C_REF = "MN-2510-0823"           # 保証管理番号 of the 信販

# every printed breakdown adds up to its printed total
assert A_S == A_P + A_I + A_L0 and A_I0 == A_I + A_L0
assert B_S == B_LOAN + B_I0
assert C_S == C_LOANP + C_LOANI and C_C1 == 8_420
