"""Set 62's two households and their figures, shared by several letters (computed, never typed twice).

The 猿橋 household (旭川): a bank housing loan guaranteed by a guarantee company; the bank's 当然喪失 notice, the
guarantor's 代位弁済, the 求償債権 sold with its mortgage to a servicer, which itself applies for the 競売 and receives
the 配当; then its demand for the rest, its 支払督促 and the 連帯保証人 (the wife). The 肝付 household (鹿児島): a public
lender's loan without a guarantee company, sold by 任意売却; the lender, its entrusted servicer and its lawyers."""
from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import late

ONE = timedelta(days=1)

# --- 猿橋 (旭川) -------------------------------------------------------------------------------------------
A_LOAN_DATE, A_LOAN = D(2014, 6, 20), 27_800_000
A_LASTP = D(2024, 8, 20)
A_ACC = D(2025, 2, 20)  # 当然喪失 「令和7年2月20日の経過をもって」
A_P, A_I = 23_614_820, 331_596  # 残元金, 未収利息 (bank)
A_R0 = 14.0  # bank's damages rate
A_R = 14.6  # guarantor's / servicer's rate
A_SUBRO = D(2025, 3, 27)
A_L_SUBRO = late(A_P, A_R0, A_ACC + ONE, A_SUBRO)
A_S = A_P + A_I + A_L_SUBRO  # 代位弁済額 = 求償元金
A_ASSIGN = D(2025, 6, 30)
A_FILED = D(2025, 8, 29)  # 競売申立日
A_DECISION = D(2025, 9, 10)
A_CASE = "令和7年(ケ)第218号"
A_DIV = D(2026, 3, 11)  # 配当期日
A_SALE = 16_380_000
A_COST = 1_236_450  # 執行費用 (申立債権者の立替)
A_L_DIV = late(A_S, A_R, A_SUBRO + ONE, A_DIV)  # 損害金 to the 配当期日
A_TO_P = A_SALE - A_COST - A_L_DIV  # 配当金のうち元金への充当
assert 0 < A_TO_P < A_S
A_P2 = A_S - A_TO_P  # 充当後残元金
A_REF = "OR-1107553"

# --- 肝付 (鹿児島) ------------------------------------------------------------------------------------------
B_LOAN_DATE, B_LOAN = D(2013, 9, 27), 19_600_000
B_LASTP = D(2024, 10, 4)
B_ACC = D(2025, 5, 16)
B_P0, B_I0 = 16_118_400, 212_640
B_R = 14.5
B_SETTLE = D(2025, 11, 28)  # 任意売却の決済日
B_PRICE = 13_500_000
B_DEDUCT = [("仲介手数料", 511_500), ("抵当権抹消登記費用等", 38_500), ("固定資産税等の精算", 64_000),
            ("引越費用（控除を認めた額）", 196_000)]
B_PAID = B_PRICE - sum(v for _, v in B_DEDUCT)  # 配分額 (to the lender)
B_L0 = late(B_P0, B_R, B_ACC + ONE, B_SETTLE)
B_TO_P = B_PAID - B_L0 - B_I0
assert 0 < B_TO_P < B_P0
B_P = B_P0 - B_TO_P  # 任意売却後の残元金
