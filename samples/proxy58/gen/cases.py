"""Set 58: the figures several letters share (one debt seen from different senders)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import late

ONE = timedelta(days=1)

# A: 株式会社碇谷精工 (太田), bank loan of かみつけ銀行 guaranteed by 東毛信用保証協会; president 碇谷正憲 連帯保証人.
A_P, A_I, A_R = 27_360_000, 118_914, 14.0
A_WARN, A_ACC, A_LAST = D(2025, 12, 26), D(2026, 1, 15), D(2025, 9, 30)
A_ISSUED, A_DUE = D(2026, 1, 22), D(2026, 1, 22) + timedelta(days=14)
A_L = late(A_P, A_R, A_ACC + ONE, A_ISSUED)
A_T = A_P + A_I + A_L
A_REF = "KB-2601-0417"
A_SUBRO = D(2026, 3, 12)
A_S = A_P + A_I  # 代位弁済額 = 元金 + 利息 (the bank's 損害金 is not covered by the association)
A_GR = 14.6  # the association's 損害金 rate on the 求償権
A_GREF = "TM-R8-00377"
A_SALE, A_SALE_AMT = D(2026, 6, 10), 1_850_000  # the machines sold, the price paid to the association

# B: 有限会社帆刈印刷 (桐生), lease of きりうリース; president 帆刈卓郎 連帯保証人.
B_MON, B_ARREARS, B_REST = 118_800, 3, 38
B_UNPAID = B_MON * B_ARREARS
B_KITEI = B_MON * B_REST
B_P0 = B_UNPAID + B_KITEI
B_R = 14.6
B_CANCEL, B_LAST = D(2026, 2, 2), D(2025, 10, 27)
B_SOLD, B_SOLD_AMT = D(2026, 3, 10), 1_350_000
B_P = B_P0 - B_SOLD_AMT
B_C1_PARTS = (11_500, 2_256, 800, 600)
B_C1 = sum(B_C1_PARTS)
B_C2 = 1_120
B_CASE = "令和8年(ロ)第58号"
B_FILED, B_ORDER, B_SERVED = D(2026, 3, 27), D(2026, 4, 8), D(2026, 4, 11)

# C: 株式会社網干内装 (みどり市), business loan of あかぎねキャピタル; 湧井清治 (a shop owner) 連帯保証人.
C_P, C_I, C_R = 3_416_528, 42_117, 21.9
C_ACC, C_LAST = D(2026, 1, 26), D(2025, 11, 25)

# D: 株式会社礪波食品 (佐野) in 民事再生; わたらせ銀行 → SMBC債権回収 (real, 第10号).
D_FILED, D_OPEN, D_PROOF, D_LAST = D(2025, 11, 20), D(2025, 11, 27), D(2025, 12, 26), D(2025, 10, 31)
D_ASSIGN = D(2026, 2, 6)
D_R = 14.0

# E: 株式会社潟上運輸 (伊勢崎) in 破産; みかも信用金庫 → からむし債権回収 (invented); president 潟上善光 連帯保証人.
E_P, E_I, E_R = 12_874_300, 31_628, 14.0
E_ACC, E_LAST, E_ASSIGN, E_BANKRUPT = D(2026, 1, 30), D(2025, 12, 25), D(2026, 3, 31), D(2026, 2, 25)

# G: 株式会社鞆岡木工所 (足利), two promissory notes held by 株式会社くわのみ商事, both dishonoured.
G_NOTES = ((1_650_000, D(2025, 10, 31), D(2026, 1, 30), "ＡＫ０４４１８"),
           (1_320_000, D(2025, 11, 28), D(2026, 2, 10), "ＡＫ０４４２７"))
G_R = 6.0
G_P = sum(n[0] for n in G_NOTES)


def g_late(until: D) -> list[int]:
    """年6分 from each maturity day (満期以後, the day itself counted) to `until`."""
    return [late(a, G_R, m, until) for a, _, m, _ in G_NOTES]
