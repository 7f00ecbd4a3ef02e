"""Proxy set 84, letters co09–co16: the letters around the court papers (the lawyers' 和解案 by fax after the 地裁 suit,
the 取下げ report after payment, the guarantor's 縦書き 代位弁済通知, the lawyers' 縦書き 催告書, the servicer's 譲受通知,
the bank's 強制執行予告 by fax), a scam 支払督促予告, and a 支払督促 of an invented servicer photographed."""

from __future__ import annotations

from datetime import date as D

from common import (
    GRAY,
    RED,
    WHITE,
    Box,
    Line,
    Page,
    era,
    kdate,
    kman,
    late,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)
from story import (
    MW_ACC,
    MW_BANK,
    MW_CASE,
    MW_HEAR,
    MW_I,
    MW_L,
    MW_LAST,
    MW_LAW,
    MW_P,
    MW_R,
    MW_SUED,
    NM_CO,
    NM_HEAR,
    OG_ACC,
    OG_ASSIGN,
    OG_C,
    OG_CASE,
    OG_FILED,
    OG_I,
    OG_L,
    OG_LAST,
    OG_ORDER,
    OG_ORIG,
    OG_P,
    OG_R,
    OG_SERV,
    ONE,
    OS_ACC,
    OS_ASSIGN,
    OS_CARD,
    OS_I,
    OS_LAST,
    OS_P,
    OS_R,
    OS_SERV,
    SD_ACC,
    SD_BANK,
    SD_C1,
    SD_C2,
    SD_DECL,
    SD_I,
    SD_P,
    SD_R,
    TK_ACC,
    TK_BANK,
    TK_GUAR,
    TK_I0,
    TK_LAST,
    TK_P,
    TK_P0,
    TK_R,
    TK_SUBRO,
    fw,
    kyen,
    wdate,
)

from samples.letters.fmt import kanji_digits
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

TEAL = (0.0, 0.38, 0.40)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def vcheck_era(pages) -> None:
    """No 縦書き column ends between 令 and 和 (or 平 and 成): the era name stays whole with its year."""
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            if a.s and b.s and a.s[-1] in "令平" and b.s[0] in "和成":
                raise AssertionError(f"column breaks inside an era name: …{a.s[-6:]} | {b.s[:6]}…")
            if a.s.endswith(("令和", "平成")) and b.s[:1] in "〇一二三四五六七八九十元":
                raise AssertionError(f"column breaks between an era and its year: …{a.s[-6:]} | {b.s[:6]}…")


# ---------------------------------------------------------------------------------------------
# co09 芦原・渕上法律事務所 和解のご提案 after the 松江地裁 suit was filed, 2-page fax.


def co09():
    issued, reply = D(2026, 1, 9), D(2026, 1, 21)
    P, I, L = MW_P, MW_I, MW_L
    T = P + I + L
    first, n, mon = 100_000, 60, 46_000
    settle = first + n * mon
    assert settle == 2_860_000 and settle < P + I
    p = Page(font="sans", size=10, top=12)
    p.at(15, 17, MW_LAW, size=13, font="sans-bold")
    p.at(15, 22, "弁護士　芦原　雅之　／　弁護士　渕上　由紀", size=9)
    p.at(196, 16, f"送信日　{era(issued)}（{wd(issued)}）", size=9.5, align="r")
    p.at(196, 21, "送信枚数　2枚（本紙を含む）", size=9.5, align="r")
    p.add(Line(15, 25, 196, 25, 0.8))
    p.add(Line(15, 26, 196, 26, 0.3))
    p.y = 30
    p.line("宮脇　康弘　様", size=12.5, x=18)
    p.gap(1)
    p.line("〒690-0000 島根県松江市とのまち九丁目9番9号　みずうみビル4階", size=9, x=100)
    p.line("TEL 0852-00-7712　FAX 0852-00-7713", size=9.5, x=100)
    p.gap(3)
    p.line("和解のご提案", size=15, font="sans-bold", align="c")
    p.line(f"（松江地方裁判所　{MW_CASE}　貸金請求事件）", size=10, align="c")
    p.gap(2)
    p.para(f"当職らは、{MW_BANK}（原告）の訴訟代理人として、標記事件についてご連絡いたします。先日はお電話をいただき"
           "ありがとうございました。お話を伺ったところ、分割によるお支払いをご希望とのことでしたので、原告と協議のうえ、"
           "下記の条件による和解をご提案いたします。", size=9.8)
    p.gap(1)
    p.line("１　訴状記載の請求額", size=10.5, font="sans-bold")
    p.table([["残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
             [f"遅延損害金（{era(MW_ACC + ONE)}～{era(MW_SUED)}　年{MW_R:g}％）", f"{L:,}円"],
             ["請求額合計", f"{T:,}円"]], [110, 42], x=24, aligns="lr", size=9.6, row_h=6.6, shade_col0=True)
    p.line("　（このほか、残元金に対する訴状作成日の翌日から支払済みまでの遅延損害金）", size=8.8, x=24)
    p.gap(2)
    p.line("２　和解条件（案）", size=10.5, font="sans-bold")
    for s in (f"(1) 被告は原告に対し、和解金として{settle:,}円の支払義務があることを認める。",
              f"(2) 初回 {first:,}円 を令和8年2月27日限り、残額を令和8年3月から令和13年2月まで毎月末日限り {mon:,}円ずつ"
              f"（{n}回）支払う。",
              f"(3) 分割金の支払を2回分以上怠ったときは、期限の利益を失い、請求額合計から既払金を控除した残額及び年{MW_R:g}％の"
              "遅延損害金を直ちに支払う。",
              "(4) 上記を遅滞なく支払ったときは、原告はその余の請求を放棄する。訴訟費用は各自の負担とする。"):
        p.para(s, x0=24, x1=194, size=9.4, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 22, 0.5))
    p.at(19, y + 6.5, "■ 今後の予定", size=10, font="sans-bold")
    p.at(24, y + 12.5, f"第1回口頭弁論期日　令和8年1月27日（{wd(MW_HEAR)}）午後1時30分　松江地方裁判所第21号法廷",
         size=9.8)
    p.at(24, y + 18.3, "和解に応じていただける場合は、期日において和解を成立させる予定です（ご出頭ください）。", size=9.2)
    p.y = y + 26
    p.add(Box(15, p.y, 181, 11, 1.2))
    p.at(19, p.y + 7.5, "ご回答期限", size=10.5, font="sans-bold")
    p.at(52, p.y + 7.7, f"令和8年1月21日（{wd(reply)}）までに2枚目の回答書をFAXでご返送ください", size=10.5,
         font="sans-bold")
    p.y += 14
    p.para("※期限までにご回答がない場合は、訴訟手続をそのまま進めます。※本書は和解の提案であり、債務の承認を求めるもの"
           "ではありません。", size=8.6, indent="")
    q = Page(font="sans", size=10.5, top=18)
    q.line(f"{MW_LAW}　御中（FAX 0852-00-7713）", size=11)
    q.gap(4)
    q.title("回　答　書", size=16)
    q.line(f"松江地方裁判所　{MW_CASE}　貸金請求事件", size=10.5, align="c")
    q.gap(5)
    q.para(f"{era(issued)}付「和解のご提案」について、次のとおり回答します（該当する□に✓を付けてください）。")
    q.gap(3)
    for s in ("□　提案の条件で和解します。", "□　条件の変更を希望します（月額　　　　　　円　／　初回　　　　　　円）",
              "□　和解を希望しません。"):
        q.line(s, x=30, size=11.5)
        q.gap(3)
    q.gap(4)
    for lab in ("記入日　　令和　　年　　月　　日", "住所", "氏名（署名）", "日中の連絡先"):
        q.line(lab, x=30, size=11)
        q.add(Line(30, q.y - 1, 182, q.y - 1, 0.3))
        q.gap(6)
    tr = truth(document_type="settlement_proposal", sender=MW_LAW, phone="0852-00-7712", creditor=MW_BANK,
               status="not_applicable", debtor="宮脇康弘", total=T, principal=P, interest=I, late_damages=L, rate=MW_R,
               lump=False, issued=issued, payment_due=reply, hearing=MW_HEAR, reference=MW_CASE, input_kind="fax_tiff",
               template="proxy84_lawyers_settlement_after_district_suit_fax", received=issued)
    return dict(stem="co09", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 16:02 ASHIHARA FUCHIGAMI LAW 0852-00-7713",
                about="settlement_proposal (the bank's two lawyers, after the 地裁 suit of co06, 2-page fax)",
                unusual="2-page G4 fax of the plaintiff's lawyers AFTER the 訴状 was served: a double rule under the office name, "
                        "送信日 with weekday and 送信枚数 top-right; the case line under the title is the ONLY reference; "
                        "「１　訴状記載の請求額」 as a shaded-label table (残元金 / 未払利息 / 遅延損害金 with its window / "
                        "請求額合計) and the running damages in a bracket line; the plan (和解金 2,860,000 = 100,000 + "
                        "60 × 46,000, 令和8年2月27日, 令和13年2月, the 2-instalment default clause) as distractors; a framed "
                        "■今後の予定 with the 第1回口頭弁論期日 1/27 午後1時30分 (→ hearing); a heavy-framed ご回答期限 1/21; "
                        "TEL and FAX on one line; p.2 a 回答書 with tick boxes; no 喪失 date, last payment or account number")


# ---------------------------------------------------------------------------------------------
# co10 燕ファイナンス 訴えの取下げについてのご報告 after the debtor paid (co05's case): claims nothing.


def co10():
    issued, paid, withdrawn = D(2026, 4, 3), D(2026, 3, 27), D(2026, 3, 30)
    paid_amt = 640_000
    p = Page(font="sans", size=10.5, top=16)
    p.at(196, 20, f"{wdate(issued)}", size=10.5, align="r")
    p.at(196, 25.5, "お客様番号　TF-0612-4470", size=10, align="r")
    p.y = 24
    p.line("〒427-0000", size=10, x=20)
    p.line("静岡県島田市舟津九丁目9番9号", size=10.5, x=20)
    p.line("布目　沙織　様", size=13.5, x=24)
    p.gap(4)
    y = p.y
    for i, (s, sz, f) in enumerate(((NM_CO, 11.5, "sans-bold"), ("債権管理部　法務グループ", 10, "sans"),
                                    ("〒420-0000 静岡市葵区たかじょう通九丁目9番9号", 9, "sans"),
                                    ("お客様センター　0120-000-731", 10, "sans"))):
        p.at(118, y + i * 5.4, s, size=sz, font=f)
    p.seal(176, y - 1.5, 11, "square", "燕ファイナンス之印", angle=2, seed=84101)
    p.y = y + 22
    p.title("訴えの取下げについてのご報告", size=14.5)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。", size=10.3)
    p.para(f"さて、貴殿に対し当社が島田簡易裁判所に提起しておりました貸金請求事件（{fw('令和8年（ハ）第143号')}）につきまして、"
           f"{wdate(paid)}に貴殿から一括でのご入金（金{paid_amt:,}円）を確認いたしました。", size=10.3)
    p.para(f"つきましては、当社は{wdate(withdrawn)}付で同裁判所に訴えの取下書を提出いたしましたので、ご報告申し上げます。"
           f"{NM_HEAR.month}月{NM_HEAR.day}日（{wd(NM_HEAR)}）に予定されておりました口頭弁論期日に出頭していただく必要は"
           "ございません。", size=10.3)
    p.para("なお、上記ご入金により、当社と貴殿との間の金銭消費貸借契約に基づく債務は全て完済となりました。今後、当社から"
           "ご請求を差し上げることはございません。完済証明書を同封いたしますので、大切に保管してください。", size=10.3)
    p.line("敬具", size=10.3, align="r")
    p.gap(3)
    p.line("記", size=10.5, align="c")
    rows = [["事件", f"島田簡易裁判所　{fw('令和8年（ハ）第143号')}　貸金請求事件"], ["ご入金日", wdate(paid)],
            ["ご入金額", f"{paid_amt:,}円（和解金として全額充当）"], ["取下書提出日", wdate(withdrawn)],
            ["ご契約残高", "0円（完済）"]]
    p.table(rows, [36, 130], x=22, aligns="ll", size=10, row_h=7.4, shade_col0=True)
    p.gap(2)
    p.line("同封書類　完済証明書　1通", size=10, x=22)
    p.line("以上", size=10.3, align="r")
    p.gap(4)
    p.para("※訴えの取下げについて被告の同意は必要ありません。裁判所からも取下げの通知が届く場合があります。"
           "※本書面についてのお問い合わせは、上記お客様センターまでお願いいたします。", size=8.8, indent="")
    tr = truth(document_type="other", sender=NM_CO, phone="0120-000-731", creditor=NM_CO, status="not_applicable",
               debtor="布目沙織", lump=False, issued=issued, reference="TF-0612-4470", input_kind="pdf_text",
               template="proxy84_creditor_withdrawal_report_after_payment", received=D(2026, 4, 6))
    return dict(stem="co10", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (consumer-finance company's 取下げ report after payment, claims nothing)",
                unusual="the plaintiff of co05 reports that it WITHDREW the 簡裁 (ハ) suit after the debtor paid: it claims "
                        "nothing (every amount null; the paid 640,000円 and 「0円（完済）」 are distractors); the CANCELLED "
                        "口頭弁論期日 4/8 with weekday in the prose (hearing null); the full-width (ハ) number in the prose "
                        "and in a shaded-label 記 table with ご入金日 / 取下書提出日 (distractors); お客様番号 top-right "
                        "(→ reference); 拝啓 … 敬具 / 記 … 以上; a square company seal by the sender block")


# ---------------------------------------------------------------------------------------------
# co11 能登ひかり保証 縦書き 代位弁済通知兼求償金のご請求, scanned (before co01).


def co11():
    issued, due = D(2025, 8, 29), D(2025, 9, 16)
    P, R = TK_P, TK_R
    L = late(P, R, TK_SUBRO + ONE, issued)
    T = P + L
    cols = [
        ("title", "代位弁済のご通知及び求償金のご請求"),
        ("bottom", "保証番号　ＮＨ２５－０７７１"),
        ("body", "拝啓　貴殿におかれましては、ますますご清祥のこととお喜び申し上げます。"),
        ("body", f"さて、貴殿が{TK_BANK}との間で締結されたカードローン契約につきましては、当社が貴殿のご依頼により保証をいたし"
                 f"ております。貴殿は同契約に基づくご返済を{kdate(TK_LAST)}を最後に怠られ、{kdate(TK_ACC)}、期限の利益を"
                 "喪失されました。"),
        ("body", f"そのため、当社は保証契約に基づき、{kdate(TK_SUBRO)}、同行に対し左記のとおり代位弁済をいたしましたので、"
                 "ご通知申し上げます。これにより、当社は貴殿に対し、代位弁済額及びこれに対する損害金の求償権を取得いたしました。"),
        ("body", "つきましては、左記ご請求金額を、左記期限までに当社指定の口座へお振り込みくださいますようお願い申し上げます。"
                 "期限までにお支払い又はご連絡がない場合には、法的手続をとらせていただくことがありますので、ご承知おきください。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", f"一　代位弁済額（求償元金）　{kyen(P)}"),
        ("plain", f"　　（内訳　元金　{kyen(TK_P0)}　利息　{kyen(TK_I0)}）"),
        ("indent", f"二　損害金　　　　　　　　　{kyen(L)}"),
        ("plain", f"　　（{kdate(TK_SUBRO + ONE)}から本書作成日まで年十四・六パーセント）"),
        ("indent", f"三　ご請求金額　　　　　　　{kyen(T)}"),
        ("indent", f"四　お支払期限　　{kdate(due)}"),
        ("indent", "五　お振込先　いしかわ能登信用金庫　本店営業部　普通預金"),
        ("plain", f"　　　　口座番号　{kanji_digits('0771025')}　口座名義　ノトヒカリホシヨウ（カ"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "石川県金沢市いなほ通三丁目一番一号"),
        ("low", TK_GUAR),
        ("low", "管理部　求償管理課"),
        ("low", "電話　〇七六（〇〇〇）四四二〇"),
        ("blank", ""),
        ("low", "石川県七尾市せせらぎ台九丁目九番九号"),
        ("low", "栃窪　智樹　様"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.7, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    vcheck_era(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and it.s == TK_GUAR]
    pg.items.append(Seal(xs[0] - 1.0, 22.0 + (8 + len(TK_GUAR) + 1.5) * size * 0.3528 * 1.05, 14, "square",
                         "能登ひかり保証株式会社之印", angle=-2, seed=84111))
    tr = truth(document_type="acceleration_notice", sender=TK_GUAR, phone="076-000-4420", creditor=TK_GUAR,
               status="not_applicable", original=TK_BANK, debtor="栃窪智樹", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=TK_ACC,
               last_payment=TK_LAST, reference="NH25-0771", input_kind="vertical_scan",
               template="proxy84_vertical_guarantor_subrogation_claim", received=D(2025, 9, 1))
    return dict(stem="co11", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (guarantee company, 縦書き 代位弁済通知兼求償金請求, before co01)",
                unusual="縦書き 代位弁済のご通知及び求償金のご請求 (拝啓 … 敬具 / 記 … 以上) of the guarantee company of "
                        "co01 / co03, scanned, NO 内容証明 stamp: the full-width 保証番号 ＮＨ２５－０７７１ at the FOOT of the "
                        "second column (→ NH25-0771); the bank's last payment and 喪失 and the 代位弁済 date in kanji in the "
                        "prose; under 記 the 代位弁済額（求償元金） with its 内訳 元金 / 利息 in a bracket line (history → "
                        "interest null), 損害金 with its window 「…から本書作成日まで年十四・六パーセント」, ご請求金額 and "
                        "お支払期限 as item 四; a 信用金庫 account in kanji digits (distractor); phone in kanji digits; a square "
                        "company seal over the name")


# ---------------------------------------------------------------------------------------------
# co12 芦原・渕上法律事務所 縦書き 催告書 (訴訟予告) for the bank, 内容証明, digital (before co06).


def co12():
    issued, due = D(2025, 10, 8), D(2025, 10, 24)
    P, I, R = MW_P, MW_I, MW_R
    L = late(P, R, MW_ACC + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", f"当職らは、{MW_BANK}（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に対し、次のとおり"
                 "催告いたします。"),
        ("body", "通知人は、貴殿に対し、令和二年九月二十四日付金銭消費貸借契約に基づき金員を貸し付けましたが、貴殿は"
                 f"{kdate(MW_LAST)}の支払を最後にその後の支払を怠り、{kdate(MW_ACC)}の経過をもって期限の利益を喪失しました。"),
        ("body", "本書作成日現在の貴殿の債務額は左記のとおりです。"),
        ("indent", f"一　残元金　　　　{kman(P)}"),
        ("indent", f"二　未払利息　　　{kman(I)}"),
        ("indent", f"三　遅延損害金　　{kman(L)}"),
        ("plain", f"　　（{kdate(MW_ACC + ONE)}から本書作成日まで、年十四パーセントの割合）"),
        ("indent", f"四　合計　　　　　{kman(T)}"),
        ("body", f"つきましては、{kdate(due)}限り、右合計額を左記口座にお振り込みください。"),
        ("plain", "　振込先　宍道湖銀行　県庁前支店　普通預金"),
        ("plain", f"　　　　　口座番号　{kanji_digits('3318406')}　弁護士芦原雅之預り金口"),
        ("body", "右期限までにお支払いのないときは、通知人は、松江地方裁判所に対し、貴殿を被告として貸金請求訴訟を提起する"
                 "予定であることを申し添えます。なお、本件に関するご連絡は、通知人ではなく当職らにお願いいたします。"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "島根県松江市とのまち九丁目九番九号　みずうみビル四階"),
        ("low", MW_LAW),
        ("low", "通知人代理人　弁護士　芦原　雅之"),
        ("low", "同　　　　　　弁護士　渕上　由紀"),
        ("low", "電話　〇八五二（〇〇）七七一二"),
        ("blank", ""),
        ("low", "島根県松江市萩ノ浦九丁目九番九号"),
        ("low", "宮脇　康弘　殿"),
    ]
    size = 11.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.4, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    vcheck_era(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 84121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　芦原" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 16) * size * 0.3528 * 1.05, 8, "square", "弁護士芦原雅之印", angle=1,
                         seed=84122))
    tr = truth(document_type="collection_notice", sender=MW_LAW, phone="0852-00-7712", creditor=MW_BANK,
               status="not_applicable", debtor="宮脇康弘", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=MW_ACC, last_payment=MW_LAST,
               input_kind="vertical_pdf", template="proxy84_vertical_lawyers_demand_before_suit_digit_kanji",
               received=D(2025, 10, 10))
    return dict(stem="co12", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (two lawyers for the bank, 縦書き 催告書 before co06, 内容証明)",
                unusual="縦書き 催告書 of the bank's two lawyers, digital, with the 内容証明 stamp and NO 前略 / 草々: every "
                        "amount in kanji DIGITS with a 万 (金二八四万六五〇〇円 style, not positional); the 令和二年 contract "
                        "date (distractor), the last payment and 「の経過をもって」 喪失 in the prose; 「令和七年十月二十四日"
                        "限り」 in the body (→ payment_due); the 松江地方裁判所 named as the court of the coming suit; a "
                        "預り金口 in kanji digits (distractor); phone in kanji digits with a two-digit exchange "
                        "〇八五二（〇〇）七七一二; NO reference number anywhere (null)")


# ---------------------------------------------------------------------------------------------
# co13 アルファ債権回収 (real) 債権譲受のご通知, window envelope, scanned (before co08).


def co13():
    issued = D(2025, 10, 3)
    P, I, R = OS_P, OS_I, OS_R
    L = late(P, R, OS_ACC + ONE, OS_ASSIGN)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    window(p, 18, 14, "755-0000", ["山口県宇部市まつばら台九丁目9番9号"], "越阪部　真澄　様", "co13bars",
           code="※0000-7531 料金後納")
    p.at(196, 17, f"{wdate(issued)}", size=10, align="r")
    p.at(196, 22.5, "お客様番号　ALF-26-0118-307", size=10, align="r")
    y = 34
    for i, (s, sz, f) in enumerate(((OS_SERV, 11, "sans-bold"), ("法務大臣許可番号　第101号", 9, "sans"),
                                    ("〒100-0000 東京都千代田区ほくと通九丁目9番9号", 8.5, "sans"),
                                    ("九州業務センター　TEL 0120-000-468", 9.5, "sans"))):
        p.at(124, y + i * 5.2, s, size=sz, font=f)
    p.y = 60
    p.title("債権譲受のご通知", size=15)
    p.para(f"拝啓　貴殿が{OS_CARD}（以下「原債権者」）との間で締結されたカード利用契約に基づく債権（下記「譲受債権の表示」"
           f"記載のもの）につきまして、当社は{wdate(OS_ASSIGN)}付で原債権者から譲り受けましたので、ご通知申し上げます。"
           "原債権者からも、別途、債権譲渡の通知がなされております。", size=9.8)
    p.para("今後のお支払い及びお問い合わせは、原債権者ではなく当社までお願いいたします。まずは本書到着後、上記までお電話で"
           "ご連絡ください。", size=9.8)
    p.line("敬具", size=9.8, align="r")
    p.gap(1)
    p.line("譲受債権の表示", size=11, font="sans-bold", align="c")
    rows = [["原債権者", OS_CARD], ["原契約日", "2019年10月2日（カード利用契約）"], ["最終ご入金日", wdate(OS_LAST)],
            ["期限の利益喪失日", wdate(OS_ACC)], ["譲受日", wdate(OS_ASSIGN)]]
    p.table(rows, [40, 120], x=25, aligns="ll", size=9.6, row_h=6.8, shade_col0=True)
    p.gap(3)
    p.line("譲受日現在の債権額", size=10, font="sans-bold", x=25)
    rows = [["元金", "利息", f"遅延損害金（年{R:g}％）", "譲受債権額"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]]
    p.table(rows, [36, 32, 50, 42], x=25, header=True, aligns="rrrr", size=9.8, row_h=7.6)
    p.gap(1)
    p.line(f"※遅延損害金は{wdate(OS_ACC + ONE)}から譲受日までの額です。譲受日の翌日以降も年{R:g}％の損害金が生じます。",
           size=8.6, x=25)
    p.gap(4)
    p.para("【ご注意】当社は「債権管理回収業に関する特別措置法」に基づき法務大臣の許可を受けた債権回収会社です。当社の名前を"
           "かたる不審な電話・はがきにご注意ください。当社が電子マネーでのお支払いをお願いすることはありません。", size=8.6,
           indent="")
    p.seal(188, 55, 11, "square", "アルファ債権回収印", angle=-2, seed=84131)
    tr = truth(document_type="assignment_notice", sender=OS_SERV, license_number=101, phone="0120-000-468",
               creditor=OS_SERV, status="licensed", original=OS_CARD, debtor="越阪部真澄", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, acceleration=OS_ACC,
               last_payment=OS_LAST, assignment=OS_ASSIGN, reference="ALF-26-0118-307", input_kind="scan_png",
               template="proxy84_servicer_assignment_window_envelope", received=D(2025, 10, 6))
    return dict(stem="co13", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="assignment_notice (real servicer's 債権譲受のご通知, before co08 / co02)",
                unusual="scanned window-envelope letter of ★ アルファ債権回収株式会社 (「法務大臣許可番号　第101号」) as the "
                        "譲受人 alone: customer bars and a 料金後納 code in the address window (distractor); 「お客様番号」 "
                        "under the date; a 5-row shaded-label 譲受債権の表示 (原契約日 in western form 2019年, last payment, "
                        "喪失, 譲受日); a one-row 元金 / 利息 / 遅延損害金（年18％） / 譲受債権額 table as of the 譲受日 with a "
                        "※ note on the window; informs only (no payment date, lump false); a 【ご注意】 about scams")


# ---------------------------------------------------------------------------------------------
# co14 土佐清水銀行 強制執行（差押え）のご予告 by fax, after co04 became final.


def co14():
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    P, I, R = SD_P, SD_I, SD_R
    L = late(P, R, SD_ACC + ONE, issued)
    C = SD_C1 + SD_C2
    T = P + I + L + C
    p = Page(font="sans", size=10.3, top=12)
    p.add(Box(15, 10, 181, 10, color=None, fill=TEAL))
    p.at(19, 17, "土佐清水銀行", size=13, font="sans-bold", color=WHITE)
    p.at(192, 16.8, "須崎支店　融資課", size=10, color=WHITE, align="r")
    p.y = 25
    p.line(f"FAX送信日　{slash(issued)}", size=9.5, align="r")
    p.line("お取引番号　SS-2107-0918", size=9.5, align="r")
    p.y = 25
    p.line("笹館　恵理　様", size=13, x=18)
    p.line("（ご登録FAX 0889-000-2456）", size=9, x=18)
    p.gap(4)
    stamp(p, 15, p.y, "重要", color=RED, size=12, fill=RED)
    p.at(105, p.y + 7, "強制執行（差押え）のご予告", size=15, font="sans-bold", align="c")
    p.y += 14
    p.para(f"貴殿に対する当行のカードローン債権につきましては、須崎簡易裁判所の仮執行宣言付支払督促（{SD_DECL.year}年"
           f"{SD_DECL.month}月{SD_DECL.day}日付、{fw('令和7年（ロ）第288号')}）により債務名義を取得し、同支払督促は確定して"
           "おります。", size=9.8)
    p.para("お支払期限までに下記の金額をお支払いいただけない場合、当行は上記債務名義に基づき、貴殿の給与債権・預金債権等に"
           "対する強制執行（差押え）の申立てを行います。お支払いが困難な場合は、必ず期限までにご相談ください。", size=9.8)
    p.gap(2)
    p.line(f"ご返済いただく金額（{slash(issued)}現在）", size=10.5, font="sans-bold", x=18)
    rows = [["項目", "金額", "備考"], ["貸付残元金", f"{P:,}円", ""], ["未払利息", f"{I:,}円", "喪失日まで"],
            ["遅延損害金", f"{L:,}円", f"{slash(SD_ACC + ONE)}～{slash(issued)}　年{R:.1f}％"],
            ["督促・仮執行宣言手続費用", f"{C:,}円", "支払督促に記載の額"], ["合計", f"{T:,}円", ""]]
    p.table(rows, [56, 36, 84], x=18, header=True, aligns="lrl", size=9.6, row_h=7.0)
    p.add(Box(18, p.y - 7.0, 176, 7.0, 1.0))
    p.gap(4)
    y = p.y
    p.add(Box(18, y, 90, 12, 0.9))
    p.at(22, y + 8, "お支払期限", size=10.5, font="sans-bold")
    p.at(104, y + 8.2, f"{slash(due)}（{wd(due)}）", size=12, font="sans-bold", align="r")
    p.at(114, y + 5, "ご入金口座：当行 須崎支店", size=9)
    p.at(114, y + 10, "普通 0918264（ご本人名義の返済用口座）", size=9)
    p.y = y + 16
    p.para(f"※期限の利益喪失日：{slash(SD_ACC)}。※本書と行き違いにご入金いただいた場合は、ご容赦ください。", size=8.8,
           indent="")
    p.gap(3)
    p.line(f"{SD_BANK}　須崎支店　融資課", size=10, x=100)
    p.line("〒785-0000 高知県須崎市白砂通九丁目9番9号", size=8.8, x=100)
    p.line("TEL 0889-000-7130　FAX 0889-000-7139　担当 倉骨", size=9.5, x=100)
    tr = truth(document_type="collection_notice", sender=SD_BANK, phone="0889-000-7130", creditor=SD_BANK,
               status="not_applicable", debtor="笹館恵理", total=T, principal=P, interest=I, late_damages=L, costs=C,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=SD_ACC, reference="SS-2107-0918",
               input_kind="fax_tiff", template="proxy84_bank_enforcement_warning_after_enforceable_fax",
               received=issued)
    return dict(stem="co14", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{slash(issued)} 10:47 TOSASHIMIZU BK SUSAKI 0889-000-7139",
                about="collection_notice (bank's 強制執行予告 after co04 became final, one-page fax)",
                unusual="one-page G4 fax of the bank of co04: a teal band with the short name 「土佐清水銀行」 (the legal "
                        "name only in the sender lines at the foot); every date in slashes (2026/01/16) except the 宣言 date "
                        "in 年月日 in the prose; the addressee's own ご登録FAX in grey (distractor); a filled 重要 stamp "
                        "before the title; the (ロ) number and the 宣言 date in the prose (distractors); a 項目 / 金額 / 備考 "
                        "table with the damages window in the 備考 and ONE cost row 督促・仮執行宣言手続費用 (→ costs); a "
                        "framed お支払期限; the 喪失 date only in a ※ line; NO last payment (null); TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------
# co15 SCAM: 「支払督促申立て事前通知書」 from a fake servicer with a fake licence number; phone photo.


def co15():
    issued, due = D(2026, 6, 3), D(2026, 6, 5)
    T = 176_000
    p = Page(font="serif", size=10.5, top=14)
    stamp(p, 15, 11, "親展", color=RED, size=12)
    stamp(p, 36, 11, "最終通達", color=RED, size=12, fill=RED)
    p.at(196, 16, f"通達日　令和8年6月3日（{wd(issued)}）", size=10, align="r")
    p.at(196, 21.5, f"受付番号　ね－{fw('5502')}", size=10, align="r")
    p.y = 28
    p.line("北海道旭川市しおみ台九丁目9番9号", size=10.5, x=18)
    p.line("梶屋　典子　様", size=14, x=22)
    p.gap(5)
    p.line("支払督促申立て事前通知書", size=17, font="serif-bold", align="c", color=RED)
    p.gap(3)
    p.para("この度、貴殿が以前ご登録された有料動画配信サイトの契約会社より、未納料金に関する債権の回収業務を当センターが"
           "委託されましたので、ご通知いたします。", size=10.3)
    p.para("貴殿の未納料金については、契約会社より再三にわたりご請求がなされておりますが、現在まで解決に至っておりません。"
           "つきましては、下記期限までにお支払いがない場合、当センターは管轄の簡易裁判所に対し支払督促の申立てを行い、"
           "仮執行宣言を得たうえで、給与・預貯金・動産の差押えを執行いたします。", size=10.3)
    p.gap(2)
    y = p.y
    p.add(Box(28, y, 154, 30, 1.2, RED))
    p.at(34, y + 9, "未納料金（延滞金・訴訟準備費用を含む）", size=10.5)
    p.at(176, y + 19, f"金{T:,}円", size=20, font="serif-bold", align="r", color=RED)
    p.at(34, y + 26.5, f"お支払期限　6月5日（{wd(due)}）午後3時まで", size=11, font="serif-bold")
    p.y = y + 35
    p.para("お支払先　桜淵銀行　すすきの支店　普通　7720184　名義　カジタ　ヒロミ（担当者名義）", size=10, indent="")
    p.para("※お振込み後、必ず担当者直通電話へご連絡ください。ご連絡のない場合、入金の確認ができず手続が進行します。", size=9.5,
           indent="")
    p.para("※本件は裁判手続に関わる重要事項ですので、ご家族・弁護士・消費生活センター等への相談はお控えください。", size=9.5,
           indent="")
    p.gap(4)
    y = p.y
    for i, (s, sz) in enumerate((("法務債権調停センター株式会社", 12.5), ("法務大臣許可番号第318号", 10),
                                 ("東京都千代田区霞が関一丁目（第二別館）", 9.5),
                                 ("担当直通　03-0000-6618　（受付　毎日9時～20時）", 10.5))):
        p.at(84, y + i * 6, s, size=sz, font="serif-bold" if i == 0 else "serif")
    p.seal(180, y + 3, 15, "square", "法務債権調停之印", angle=4, seed=84151)
    tr = truth(document_type="other", sender="法務債権調停センター株式会社", license_number=318, phone="03-0000-6618",
               status="not_licensed", debtor="梶屋典子", total=T, lump=False, issued=issued, payment_due=due,
               reference="ね-5502", is_scam=True, input_kind="photo_jpeg",
               template="proxy84_scam_fake_payment_order_notice_photo")
    return dict(stem="co15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.09, tilt=3.5, creases=2, fill=0.82, blur=0.95, shadow=0.35,
                          shadow_side="right", warm=0.25),
                about="other (scam 支払督促申立て事前通知, fake servicer)",
                unusual="架空請求 photographed on wood at a steep angle with a hand shadow on the right: framed 親展 and a "
                        "filled red 最終通達; the title in red serif as if a court paper; 「通達日」 with weekday and a "
                        "hiragana 受付番号 ね－５５０２ (→ ね-5502); threatens a 支払督促 「管轄の簡易裁判所」 and 差押え; a "
                        "red-framed 未納料金 金176,000円 with a two-day deadline 「6月5日（金）午後3時まで」 without a year; a "
                        "PERSONAL account 「担当者名義」; 「弁護士・消費生活センター等への相談はお控えください」; a FAKE "
                        "「法務大臣許可番号第318号」 for 「法務債権調停センター株式会社」 (→ not_licensed); an address "
                        "「霞が関一丁目（第二別館）」 without a number; creditor only 「契約会社」 (null)")


# ---------------------------------------------------------------------------------------------
# co16 岩見沢簡易裁判所 支払督促 (online-system style form), INVENTED servicer creditor; phone photo.


def co16():
    P, I, R, L, C = OG_P, OG_I, OG_R, OG_L, OG_C
    T = P + I + L + C
    p = Page(font="sans", size=9.5, top=12)
    p.at(15, 16, "督促手続オンラインシステム処理", size=8, color=GRAY)
    p.at(196, 16, f"{fw('令和8年（ロ）第203号')}", size=10.5, align="r")
    p.y = 19
    p.title("支 払 督 促", size=17)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。債務者がこの支払督促送達の日から２週間以内に督促異議を申し立て"
           "ないときは、債権者の申立てによって仮執行の宣言をする。", size=10)
    p.line(f"{fw(era(OG_ORDER))}　　岩見沢簡易裁判所　裁判所書記官　曲師　雅人", size=10, align="r")
    p.seal(189, p.y + 3, 10, "square", "岩見沢簡易裁判所書記官印", angle=0, seed=84161)
    p.gap(7)
    p.add(Line(15, p.y, 196, p.y, 0.6))
    p.gap(2)
    p.line("【当事者の表示】", size=10, font="sans-bold")
    y = p.y
    boxes = [("債権者", ["〒060-0000 札幌市中央区ひかり通九丁目9番9号", f"{OG_SERV}", "代表者代表取締役　糟谷　慎吾",
                         "（送達場所）同上　電話 011-000-2087"]),
             ("債務者", ["〒068-0000 北海道岩見沢市ながれ川九丁目9番9号", "荻堂　隆之"])]
    for lab, lines in boxes:
        h = 3 + 4.4 * len(lines)
        p.add(Box(15, y, 181, h, 0.3))
        p.at(18, y + 5, lab, size=9.5, font="sans-bold")
        for i, s in enumerate(lines):
            p.at(40, y + 4.8 + i * 4.4, s, size=9.3)
        y += h
    p.y = y + 3
    p.line("【請求の趣旨】", size=10, font="sans-bold")
    rows = [["１", "金", f"{fw(f'{P:,}')}円", "請求の原因記載の残元金"], ["２", "金", f"{fw(f'{I:,}')}円", "同未払利息"],
            ["３", "金", f"{fw(f'{L:,}')}円", f"１に対する{fw(era(OG_ACC + ONE))}～{fw(era(OG_FILED))}の遅延損害金"],
            ["４", "金", f"{fw(f'{C:,}')}円", "督促手続費用"], ["", "合計", f"{fw(f'{T:,}')}円", ""]]
    p.table(rows, [8, 11, 34, 128], x=15, aligns="lcrl", size=8.6, row_h=6.2, ruled="rows")
    p.para(f"５　上記１に対する{fw(era(OG_FILED + ONE))}から完済まで年２０％の割合による遅延損害金", x0=15, x1=196, size=9,
           indent="")
    p.gap(2)
    p.line("【請求の原因】", size=10, font="sans-bold")
    rows = [("(1) 契約の日", "令和２年１１月６日"), ("(2) 契約の種類", "金銭消費貸借（限度額方式）"),
            ("(3) 原債権者", OG_ORIG), ("(4) 貸付金額", "２８０，０００円"), ("(5) 約定利率／損害金", "年１８％／年２０％"),
            ("(6) 最終弁済日", fw(era(OG_LAST))), ("(7) 期限の利益喪失日", fw(era(OG_ACC))),
            ("(8) 債権譲渡日", f"{fw(era(OG_ASSIGN))}（原債権者から債権者へ。同月２０日債務者に通知）")]
    for lab, val in rows:
        b = p.line(lab, x=20, size=9.2)
        p.at(66, b, val, size=9.2)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 24, 0.4, GRAY, (0.95, 0.95, 0.95)))
    for i, s in enumerate(["◎この支払督促に異議があるときは、送達を受けた日から２週間以内に督促異議申立書を提出してください。",
                           "◎督促異議の申立てがあると、請求額に応じ岩見沢簡易裁判所で通常の訴訟手続が行われます。",
                           "◎分割払いの話合いを希望するときも、異議申立書の該当欄に記入して提出してください。",
                           "◎お問合せ　岩見沢簡易裁判所　督促係　電話　０１２６－００－３０４８"]):
        p.at(18, y + 5.5 + i * 5.3, s, size=8.8)
    p.y = y + 27
    p.line(f"申立日　{fw(era(OG_FILED))}", size=8.5, align="r")
    tr = truth(document_type="payment_order", sender="岩見沢簡易裁判所", phone="0126-00-3048", creditor=OG_SERV,
               status="unverified", original=OG_ORIG, debtor="荻堂隆之", total=T, principal=P, interest=I,
               late_damages=L, costs=C, rate=R, lump=True, issued=OG_ORDER, acceleration=OG_ACC,
               last_payment=OG_LAST, assignment=OG_ASSIGN, reference=OG_CASE, input_kind="photo_jpeg",
               template="proxy84_payment_order_iwamizawa_online_form_invented_servicer_photo", received=D(2026, 5, 21))
    return dict(stem="co16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=2.4, creases=2, fill=0.85, blur=0.85, warm=0.12, bow=5.0),
                about="payment_order (簡裁, INVENTED servicer creditor, online-system form, phone photo)",
                unusual="岩見沢簡裁 支払督促 in the 督促手続オンラインシステム form, photographed on tatami with creases and "
                        "a bowed sheet: the order and the clerk's line FIRST, the parties and claim BELOW a rule; 【当事者の"
                        "表示】 as framed boxes with the INVENTED servicer 「暁嶺債権回収株式会社」 (no licence: court paper → "
                        "unverified) and its 011 phone (distractor); 【請求の趣旨】 as a rows-ruled table with 「金」 in its "
                        "own column, the amount, and the description AFTER it (残元金 / 未払利息 / 遅延損害金 with its window "
                        "/ 督促手続費用 / 合計) whose damages row names its window but NOT its rate (年２０％ only in the running "
                        "item ５ and in (5)); 【請求の原因】 as (1)–(8) label lines (貸付金額 ２８０，０００円, 年１８％／年２０％, "
                        "the 通知 date 「同月２０日」 — distractors); a grey ◎ box with the 督促係 phone; full-width digits")


LETTERS = [co09, co10, co11, co12, co13, co14, co15, co16]
