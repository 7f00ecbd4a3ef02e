"""Proxy set 61: the four debt families whose figures carry over from letter to letter ("enforcement and the court's
later papers"). Every name, street and company below was grepped against samples/ before use (see ../README.md)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import late

ONE = timedelta(1)

# --- K: the 郡司 household — consumer loan bought by a real servicer; 支払督促 → 仮執行宣言 → 財産開示 → 情報取得 → 給与差押え
K_DEBTOR, K_ZIP, K_ADDR = "郡司　隆之", "243-0000", "神奈川県厚木市うずら坂九丁目9番9号"
PARTIR, PARTIR_NO = "パルティール債権回収株式会社", 113
PARTIR_REP, PARTIR_ZIP, PARTIR_ADDR = "代表取締役　熊埜御堂　崇", "141-0000", "東京都品川区まつかぜ台九丁目9番9号"
PARTIR_TEL, PARTIR_DESK, PARTIR_FAX = "0120-000-764", "03-0000-5521", "03-0000-5522"
MAGAMO = "株式会社まがもファイナンス"
EMPLOYER, EMPLOYER_REP = "株式会社常磐木精工", "代表取締役　瀬名波　貢"
EMPLOYER_ZIP, EMPLOYER_ADDR = "243-0000", "神奈川県愛甲郡愛川町こまくさ台九丁目9番9号"
ATSUGI, ATSUGI_TEL, ATSUGI_CLERK = "厚木簡易裁判所", "046-000-2417", "呉竹　理沙"
ODAWARA, ODAWARA_TEL = "横浜地方裁判所小田原支部", "0465-00-3861"
ODAWARA_CLERK, ODAWARA_JUDGE = "登坂　健吾", "曲渕　亮"
K_P, K_I, K_R = 438_215, 12_904, 20.0
K_LAST, K_ACC, K_ASSIGN = D(2024, 2, 26), D(2024, 4, 10), D(2024, 10, 31)
K_FILED, K_ORDER, K_SERVED = D(2025, 5, 19), D(2025, 5, 26), D(2025, 5, 29)
K_POE_FILED, K_POE = D(2025, 6, 16), D(2025, 6, 23)
K_L1 = late(K_P, K_R, K_ACC + ONE, K_FILED)  # 確定遅延損害金 to the 支払督促 申立日
K_C1, K_C2 = 4_820, 1_232  # 督促手続費用, 仮執行宣言手続費用
K_CASE = "令和7年(ロ)第412号"
K_DISC_DECISION, K_DISC_CALL, K_DISC_LIST, K_DISC_DAY = D(2025, 9, 12), D(2025, 10, 6), D(2025, 10, 29), D(2025, 11, 12)
K_DISC_CASE = "令和7年(財チ)第36号"
K_INFO_FILED, K_INFO = D(2025, 12, 15), D(2026, 1, 14)
K_INFO_CASE = "令和7年(情チ)第51号"
K_WARN, K_WARN_DUE = D(2026, 2, 16), D(2026, 2, 27)
K_SEIZE_FILED, K_SEIZE = D(2026, 3, 2), D(2026, 3, 9)
K_SEIZE_CASE = "令和8年(ル)第207号"

# --- H: the 千葉谷 household — card debt; 地裁支部 (ワ) → 判決 → 譲渡 to a real servicer → 承継執行文 → 預金差押え
H_DEBTOR, H_ZIP, H_ADDR, H_SHOP = "千葉谷　正輝", "664-0000", "兵庫県伊丹市くぬぎ坂九丁目9番9号", "千葉谷塗装"
H_SHOP_FAX = "072-000-7731"
TODAI, TODAI_REP = "燈台クレジット株式会社", "代表取締役　鍛冶屋敷　努"
TODAI_ZIP, TODAI_ADDR, TODAI_DESK = "530-0000", "大阪市北区あおさぎ台九丁目9番9号", "06-0000-2290"
ACS, ACS_NO, ACS_REP = "エー・シー・エス債権管理回収株式会社", 27, "代表取締役　宇賀神　徹"
ACS_ZIP, ACS_ADDR, ACS_TEL, ACS_FAX = "261-0000", "千葉県千葉市美浜区のぶどう坂九丁目9番9号", "0120-000-918", "043-000-9182"
ITAMI, ITAMI_TEL, ITAMI_FAX = "神戸地方裁判所伊丹支部", "072-000-4160", "072-000-4161"
ITAMI_CLERK, ITAMI_JUDGE = "漢那　美和", "金刺　修一"
H_BANK, H_BANK_REP = "株式会社曙橋銀行", "代表取締役　見城　克彦"
H_P_SHOP, H_P_CASH, H_I_SHOP, H_I_CASH, H_R = 1_184_620, 396_300, 29_455, 12_733, 14.6
H_P, H_I = H_P_SHOP + H_P_CASH, H_I_SHOP + H_I_CASH
H_LAST, H_ACC, H_CONTRACT = D(2024, 7, 26), D(2024, 9, 10), D(2019, 3, 12)
H_SUIT, H_CALL, H_ANSWER, H_HEAR, H_JUDG = D(2025, 2, 10), D(2025, 3, 4), D(2025, 4, 2), D(2025, 4, 9), D(2025, 4, 23)
H_L_SHOP = late(H_P_SHOP, H_R, H_ACC + ONE, H_SUIT)
H_L_CASH = late(H_P_CASH, H_R, H_ACC + ONE, H_SUIT)
H_L = H_L_SHOP + H_L_CASH  # 確定遅延損害金 (判決認容分)
H_T = H_P + H_I + H_L  # 請求の趣旨 / 判決主文 sum
H_CASE = "令和7年(ワ)第58号"
H_ASSIGN, H_NOTICE = D(2025, 10, 31), D(2025, 11, 10)
H_WARN, H_WARN_DUE = D(2026, 1, 19), D(2026, 1, 30)
H_SUCC, H_SEIZE_FILED, H_SEIZE = D(2026, 2, 3), D(2026, 2, 16), D(2026, 2, 24)
H_SEIZE_CASE = "令和8年(ル)第31号"
H_ACS_REF = "AC-2510-70582"

# --- J: the 四元 household — housing loan, the guarantor's 代位弁済 → 担保不動産競売 → 配当期日
J_DEBTOR, J_ZIP, J_ADDR = "四元　和也", "880-0000", "宮崎県宮崎市おおるり台九丁目9番9号"
NAGISA = "株式会社渚銀行"
HYUGA, HYUGA_REP, HYUGA_ADDR, HYUGA_TEL = "日向信用保証株式会社", "代表取締役　平良　修", "宮崎県宮崎市鵯台九丁目9番9号", "0985-00-4120"
MIYAZAKI, MIYAZAKI_TEL, MIYAZAKI_CLERK, MIYAZAKI_JUDGE = "宮崎地方裁判所", "0985-00-2331", "小日向　良子", "安楽　秀樹"
J_S, J_R = 19_842_316, 14.0  # 代位弁済額 = 求償元金
J_LOAN_DAY, J_LAST, J_ACC, J_SUBRO = D(2014, 9, 29), D(2024, 12, 26), D(2025, 4, 15), D(2025, 6, 10)
J_NOTICE, J_DUE = D(2025, 6, 20), D(2025, 7, 4)
J_FILED, J_START = D(2025, 9, 26), D(2025, 10, 8)
J_CASE = "令和7年(ケ)第88号"
J_PAID_IN, J_DIV_CALL, J_DIV = D(2026, 4, 24), D(2026, 5, 12), D(2026, 6, 10)

# --- W: the 羽根田 household — bank card loan bought by an invented servicer; 簡裁 和解調書 → default → 強制執行予告
W_DEBTOR, W_ZIP, W_ADDR = "羽根田　さつき", "863-0000", "熊本県天草市かわせみ坂九丁目9番9号"
GYOKO, GYOKO_NO, GYOKO_REP = "暁光債権回収株式会社", 219, "代表取締役　宮武　康弘"
GYOKO_ZIP, GYOKO_ADDR, GYOKO_TEL, GYOKO_AGENT = "860-0000", "熊本県熊本市中央区ささゆり坂九丁目9番9号", "096-000-2190", "弓月　遼"
KARIN = "株式会社花梨銀行"
AMAKUSA, AMAKUSA_CLERK, AMAKUSA_JUDGE = "天草簡易裁判所", "岩城　淳", "伊知地　誠"
W_A, W_INST, W_N, W_THRESH, W_R = 612_000, 17_000, 36, 34_000, 14.6
W_ASSIGN, W_DAY, W_CERT, W_FIRST = D(2024, 6, 28), D(2025, 9, 17), D(2025, 9, 24), D(2025, 10, 31)
W_CASE = "令和7年(ハ)第214号"
W_PAID_N, W_LAST, W_ACC, W_NOTICE, W_DUE = 4, D(2026, 1, 30), D(2026, 3, 31), D(2026, 4, 20), D(2026, 5, 1)
W_REST = W_A - W_PAID_N * W_INST
W_L = late(W_REST, W_R, W_ACC + ONE, W_NOTICE)

assert W_INST * W_N == W_A and 2 * W_INST == W_THRESH
assert H_I == 42_188
