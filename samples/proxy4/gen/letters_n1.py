"""Proxy set 4, letters n01–n07 (servicer after 競売, card 催告書, regional bank two loans, guarantor 代位弁済,
joint 債権譲渡, 支払督促 (ロ), 仮執行宣言付支払督促)."""

from __future__ import annotations

from datetime import date as D

from common import late, truth

from samples.letters.fmt import fmt_date, fullwidth
from samples.letters.layout import GRAY, Line, Page

fw = fullwidth


# ---------------------------------------------------------------------------------------------
# n01 アペックス債権回収 (registry, no number) 督促状 after 競売: company header band top-left, window-envelope
#     address box, 千円 配当計算 box (distractor), 3-column claim table 項目/金額/計算期間・備考 in 円,
#     令和8年 dates with weekday, ご管理番号, costs = 競売手続費用.


def n01():
    P, INT, R, C = 5_268_410, 31_977, 14.5, 126_500
    L = late(P, R, D(2025, 12, 4), D(2026, 1, 9))
    T = P + INT + L + C
    p = Page(font="sans", size=10)
    p.box(20, 14, 170, 13, width=0, color=None, fill=(0.90, 0.90, 0.90))
    p.at(24, 22.5, "アペックス債権回収株式会社", size=13, font="sans-bold")
    p.at(186, 19, "〒541-0000 大阪府大阪市中央区北久宝寺町九丁目9番9号", size=7.5, align="r")
    p.at(186, 24, "管理回収部 TEL：06-0000-8852 ／ FAX：06-0000-8859", size=7.5, align="r")
    p.y = 31
    p.line(fmt_date(D(2026, 1, 14), "kanji", weekday=True), align="r")
    p.box(22, 36, 88, 30, width=0.25, color=GRAY)
    p.y = 39
    p.line("〒343-0000", x=26, size=9.5)
    p.line("埼玉県越谷市ゆりの木台九丁目9番9号", x=26, size=9.5)
    p.line("石丸　咲良　様", x=26, size=13)
    p.line("ご管理番号　AX2601-07735", x=26, size=9)
    p.seal(182, 44, 16, "square", "債権回収之印", angle=-2, seed=4101)
    p.y = 70
    p.add(Line(20, p.y, 190, p.y, 0.8))
    p.gap(2)
    p.line("督　促　状", x=20, size=17, font="sans-bold")
    p.line("（競売配当後の残債務について）", x=20, size=10)
    p.add(Line(20, p.y + 1, 190, p.y + 1, 0.3))
    p.gap(4)
    p.para("当社が株式会社ときわぎ銀行から譲り受けた貴殿に対する住宅ローン債権につきましては、担保不動産の競売"
           "（さいたま地方裁判所越谷支部　令和6年（ケ）第228号）により、令和7年12月3日の配当期日において配当金を"
           "受領し、下記のとおり充当いたしました。")
    p.para("しかし、充当後も債務が残っております。貴殿は令和5年11月1日に期限の利益を喪失しておりますので、"
           "下記のご請求額合計を、" + fmt_date(D(2026, 1, 30), "kanji", weekday=True) + "までに一括してお支払い"
           "ください。期限までにお支払い又はご連絡がない場合は、給与・預金等の差押えを含む法的手続に移行いたします。")
    p.gap(2)
    p.line("■配当金の充当状況（単位：千円）", font="sans-bold", size=9.5)
    p.table([["配当前の債権額", "配当金", "充当後の残額"],
             ["19,761", "14,380", "5,381"]], [45, 40, 45], x=30, header=True, size=9.5, aligns="rrr")
    p.line("※千円未満切捨て。充当後の残額には本書作成日までの遅延損害金・費用を含みません。", x=30, size=8)
    p.gap(3)
    p.line("■ご請求の内訳（" + fmt_date(D(2026, 1, 9), "kanji") + "現在）", font="sans-bold", size=9.5)
    p.table([["項　目", "金　額", "計算期間・備考"],
             ["残元金", f"{P:,}円", "配当充当後"],
             ["未収利息", f"{INT:,}円", "約定利息（充当後残）"],
             ["遅延損害金", f"{L:,}円", "R7.12.4～R8.1.9　年14.5%"],
             ["競売手続費用", f"{C:,}円", "申立費用・予納金の未回収分"],
             ["ご請求額合計", f"{T:,}円", ""]], [40, 42, 80], x=24, header=True, aligns="lrl", size=9.5)
    p.gap(3)
    p.kv([("原債権者", "株式会社ときわぎ銀行"),
          ("債権譲受日", "令和6年2月15日"),
          ("最終ご入金日", "令和5年8月31日"),
          ("お支払期限", fmt_date(D(2026, 1, 30), "kanji", weekday=True)),
          ("お振込先", "あかね信託銀行　本店営業部　普通　0002615　アペックスサイケンカイシュウ（カ")],
         x=24, label_w=30, sep="", size=9.5)
    p.gap(3)
    p.para("※お支払いが困難な場合は、お支払期限までに管理回収部（TEL：06-0000-8852　平日9:00～17:30）へご相談ください。"
           "※本書と行き違いでお支払いいただいた場合は、ご容赦ください。", size=8.5, indent="")
    tr = truth(document_type="collection_notice", sender="アペックス債権回収株式会社", phone="06-0000-8852",
               creditor="アペックス債権回収株式会社", status="licensed", original="株式会社ときわぎ銀行",
               debtor="石丸咲良", total=T, principal=P, interest=INT, late_damages=L, costs=C, rate=R, lump=True,
               issued=D(2026, 1, 14), payment_due=D(2026, 1, 30), acceleration=D(2023, 11, 1),
               last_payment=D(2023, 8, 31), assignment=D(2024, 2, 15), reference="AX2601-07735",
               input_kind="pdf_text", template="proxy4_auction_remainder_band", received=D(2026, 1, 16))
    return dict(stem="n01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (競売後)",
                unusual="servicer アペックス債権回収 ★ (registry, no number printed → licensed) in a grey header band "
                        "top-left with TEL/FAX; address in a window box with ご管理番号; 千円 配当充当 table (19,761/14,380/"
                        "5,381 — distractors) before the real 円 claim table 項目/金額/計算期間・備考; costs = 競売手続費用; "
                        "令和8年 dates with weekday; (ケ) case number")


# ---------------------------------------------------------------------------------------------
# n02 card company's own 催告書 (scan): ¥…※ amounts, principal split ショッピング/キャッシング with a 元金計 row,
#     zero-padded western dates 2026年01月08日, masked カード番号 distractor, お問合せ番号 reference.


def n02():
    PS, PC, INT, R = 214_600, 180_000, 9_418, 14.6
    P = PS + PC
    L = late(P, R, D(2025, 10, 28), D(2026, 1, 5))
    T = P + INT + L
    y = lambda n: f"¥{n:,}※"  # noqa: E731
    p = Page(font="sans", size=10)
    p.line("2026年01月08日", align="r")
    p.gap(1)
    p.line("〒870-0000　大分県大分市みかん坂九丁目9-9", size=9.5)
    p.line("ハイツ若葉 203", size=9.5)
    p.line("早瀬　海斗　様", size=13)
    p.gap(3)
    p.title("催　告　書", size=18)
    p.line("（ご利用代金残額の一括お支払いのご請求）", align="c", size=10)
    p.gap(3)
    p.para("平素より当社カードをご利用いただき、ありがとうございます。お客様のご利用代金につきましては、2025年07月27日の"
           "ご入金を最後に、その後のお支払いをいただけておりません。これまで書面及びお電話にてご連絡を差し上げましたが、"
           "ご入金もご連絡もいただけないため、会員規約第22条に基づき、2025年10月27日をもって期限の利益を喪失された"
           "ものとしてお取り扱いしております。")
    p.para("つきましては、下記ご請求金額を2026年01月23日（金）までに一括してお支払いくださいますよう、本書をもって催告いたします。")
    p.gap(2)
    p.kv([("カード番号", "4980-****-****-7126（カードのご利用は停止しております）"),
          ("お問合せ番号", "LC-8820-1547"),
          ("期限の利益喪失日", "2025年10月27日"),
          ("最終ご入金日", "2025年07月27日")], x=25, label_w=36, size=9.5)
    p.gap(2)
    p.line("ご請求明細（2026年01月05日現在）", x=25, font="sans-bold", size=10)
    p.table([["ショッピング残元金", y(PS)],
             ["キャッシング残元金", y(PC)],
             ["元金計", y(P)],
             ["未払手数料・利息", y(INT)],
             ["遅延損害金（年14.6%）", y(L)],
             ["ご請求金額", y(T)]], [62, 50], x=25, shade_col0=True, size=10)
    p.line("※金額末尾の「※」は改ざん防止のための記号です。", x=25, size=8)
    p.gap(3)
    p.para("なお、上記期日までにお支払いがない場合は、当社の判断により債権回収会社への委託又は法的手続（支払督促・訴訟等）に"
           "移行することがございます。分割でのお支払いをご希望の方は、必ず期日までに下記までお電話ください。", size=9.5)
    p.gap(3)
    p.rule(x0=100)
    p.gap(2)
    x = 100
    p.line("株式会社ライラックカード", x=x, size=12, font="sans-bold")
    p.line("債権管理センター　回収二課", x=x, size=9)
    p.line("〒812-0000　福岡県福岡市博多区ゆめの森九丁目9番9号", x=x, size=8.5)
    p.line("お支払相談ダイヤル　092-000-6647", x=x, size=9)
    p.line("（受付：平日9時～18時／土曜9時～17時）", x=x, size=8)
    p.line("貸金業登録番号　福岡財務支局長(4)第00529号", x=x, size=8)
    p.seal(184, p.y - 33, 14, "square", "ライラックカード印", angle=3, seed=4201)
    tr = truth(document_type="collection_notice", sender="株式会社ライラックカード", phone="092-000-6647",
               creditor="株式会社ライラックカード", status="not_applicable", debtor="早瀬海斗", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2026, 1, 8), payment_due=D(2026, 1, 23),
               acceleration=D(2025, 10, 27), last_payment=D(2025, 7, 27), reference="LC-8820-1547",
               input_kind="scan_png", template="proxy4_card_saikoku_kome", received=D(2026, 1, 10))
    return dict(stem="n02", ext="png", kind="scan_png", pages=[p.spec], truth=tr, about="collection_notice (card company)",
                unusual="card company's own 催告書 (not a servicer → not_applicable), scanned; amounts ¥…※ with a "
                        "note on the ※; principal split ショッピング/キャッシング残元金 with a 元金計 row (principal = 元金計); "
                        "zero-padded western dates 2026年01月08日; masked カード番号 distractor; 貸金業登録番号; sender "
                        "block bottom-right under a short rule")


# ---------------------------------------------------------------------------------------------
# n03 regional bank 期限の利益喪失通知, two loans as separate blocks with 小計, grand total line, 2-page fax,
#     金 1,234 円 spaced amounts, お客さまコード, 平成 contract dates, loan account numbers as distractors.


def n03():
    R = 14.0
    loans = [("住宅ローン", "口座番号 301-0044817", "平成28年6月10日", 12_846_200, 22_480),
             ("カードローン（かがやきフリー）", "口座番号 305-0091562", "令和2年3月2日", 1_460_000, 5_213)]
    acc = D(2026, 1, 15)
    rows = []
    for name, acct, since, pp, ii in loans:
        ll = late(pp, R, D(2026, 1, 16), D(2026, 1, 20))
        rows.append((name, acct, since, pp, ii, ll))
    P = sum(r[3] for r in rows)
    INT = sum(r[4] for r in rows)
    L = sum(r[5] for r in rows)
    T = P + INT + L
    ks = lambda n: f"金 {n:,} 円"  # noqa: E731
    p = Page(font="serif", size=10.5)
    p.line("令和8年1月20日", align="r")
    p.line("お客さまコード　KG-5570213", align="r", size=9.5)
    p.gap(2)
    p.line("〒933-0000　富山県高岡市ほたる町九丁目9番9号")
    p.line("寺島　健太郎　様", size=13)
    p.gap(3)
    x = 112
    p.line("株式会社かがやき銀行　高岡支店", x=x, size=11.5, font="serif-bold")
    p.line("支店長　氷見　誠", x=x)
    p.line("融資渉外課　電話（0766）00-4471", x=x, size=9.5)
    p.seal(184, p.y - 10, 15, "square", "かがやき銀行高岡支店", angle=-3, seed=4301)
    p.gap(4)
    p.title("期限の利益喪失通知", size=16)
    p.para("拝啓　平素は格別のお引立てを賜り、厚く御礼申し上げます。")
    p.para("さて、貴殿が当行からお借入れの下記２口のご融資につきましては、令和7年9月26日のご返済を最後にご返済が"
           "なく、当行から再三ご請求申し上げましたが、現在までご入金がございません。")
    p.para("つきましては、銀行取引約定書第５条第２項の定めにより、令和8年1月15日をもって貴殿は下記債務全額について"
           "期限の利益を喪失されましたので、本書をもってご通知いたします。あわせて、下記ご請求総額を令和8年2月5日"
           "までにご返済くださいますよう請求いたします。")
    p.para("期限までにご返済いただけない場合は、保証会社への代位弁済請求、担保不動産の競売申立その他の手続に入らせて"
           "いただきますので、ご了承ください。")
    p.line("敬具", align="r")
    p.gap(2)
    p.line("明細は次頁のとおりです。", size=9.5)
    p.y = 284
    p.line("（1／2）", align="c", size=8.5, color=GRAY)

    q = Page(font="serif", size=10.5)
    q.title("ご融資別ご請求明細", size=14)
    q.line("（令和8年1月20日現在）", align="c", size=9.5)
    q.gap(2)
    for i, (name, acct, since, pp, ii, ll) in enumerate(rows, 1):
        q.line(f"【ご融資{i}】　{name}　　{acct}　　（ご契約日　{since}）", font="serif-bold", size=10)
        q.table([["残元金", ks(pp)], ["未収利息", ks(ii)], ["遅延損害金", ks(ll)], ["小　計", ks(pp + ii + ll)]],
                [50, 60], x=32, shade_col0=True, font="serif", size=10)
        q.gap(4)
    q.line("【合　計】", font="serif-bold", size=10.5)
    q.table([["残元金合計", ks(P)], ["未収利息合計", ks(INT)], ["遅延損害金合計", ks(L)], ["ご請求総額", ks(T)]],
            [50, 60], x=32, shade_col0=True, font="serif-bold", size=10.5, line_w=0.5)
    q.gap(3)
    q.para("※遅延損害金は、各残元金に対し令和8年1月16日から令和8年1月20日まで年14.0％（年365日の日割計算）の割合で"
           "計算しております。翌日以降も完済まで同率で発生いたします。", size=9, indent="")
    q.kv([("期限の利益喪失日", "令和8年1月15日"), ("最終ご返済日", "令和7年9月26日"), ("ご返済期限", "令和8年2月5日"),
          ("ご返済口座", "当行高岡支店　普通預金　0123987（返済用口座へのご入金をお願いします）")],
         x=32, label_w=36, size=9.5)
    q.gap(2)
    q.line("以上", align="r")
    q.y = 284
    q.line("（2／2）", align="c", size=8.5, color=GRAY)
    tr = truth(document_type="acceleration_notice", sender="株式会社かがやき銀行", phone="0766-00-4471",
               creditor="株式会社かがやき銀行", status="not_applicable", debtor="寺島健太郎", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2026, 1, 20), payment_due=D(2026, 2, 5),
               acceleration=acc, last_payment=D(2025, 9, 26), reference="KG-5570213", input_kind="fax_tiff",
               template="proxy4_regional_bank_two_loans_fax", received=D(2026, 1, 20))
    return dict(stem="n03", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                about="acceleration_notice (regional bank, 2 loans)",
                fax_header="2026/01/20 16:42  FROM: KAGAYAKI BK TAKAOKA  0766-00-4479",
                unusual="地方銀行 期限の利益喪失通知 as a 2-page G4 fax; page 1 prose only, page 2 one 4-row block per "
                        "loan (住宅ローン + カードローン) with 小計, then a 合計 block (truth = 合計 lines); spaced "
                        "「金 12,846,200 円」; phone 電話（0766）00-4471 with a 4-digit area code; 口座番号 and 平成28年 "
                        "contract date distractors; お客さまコード; fax header number ≠ phone")


# ---------------------------------------------------------------------------------------------
# n04 auto-loan guarantee company 代位弁済のご通知 (photo): 代位弁済額 = 求償元金 + 求償利息, claim adds 遅延損害金;
#     0570 navi-dial phone, 令和 dates with full-width weekday brackets, lender = 信用金庫 (original).


def n04():
    P, INT, R = 1_742_380, 13_654, 14.6
    L = late(P, R, D(2025, 12, 13), D(2026, 1, 13))
    T = P + INT + L
    sub = P + INT
    p = Page(font="sans", size=10.5)
    p.line("令和8年1月13日（火）", align="r")
    p.gap(2)
    p.line("〒370-0000　群馬県高崎市こまくさ通り九丁目9番地9")
    p.line("真鍋　洋平　様", size=13)
    p.gap(2)
    x = 108
    p.line("やまびこオートクレジット保証株式会社", x=x, size=11.5, font="sans-bold")
    p.line("債権管理部　求償グループ", x=x, size=9)
    p.line("ナビダイヤル　0570-000-318", x=x, size=9.5)
    p.line("（9:00～17:00　土日祝・年末年始を除く）", x=x, size=8)
    p.seal(186, p.y - 10, 14, "square", "保証会社之印", angle=4, seed=4401)
    p.gap(4)
    p.title("代位弁済のご通知", size=16)
    p.para("貴殿が、たかさき中央信用金庫との間で締結された自動車ローン契約（お借入日　令和4年7月8日）につきましては、"
           "当社が保証委託契約に基づき保証しておりましたところ、貴殿は令和7年8月4日のご返済を最後にお支払いを"
           "されず、令和7年10月6日の経過により期限の利益を喪失されました。")
    p.para("そのため、当社は同金庫からの請求に基づき、令和7年12月12日に保証債務を履行（代位弁済）いたしました。"
           "これにより、当社は貴殿に対して下記の求償権を取得いたしましたので、ご通知申し上げます。")
    p.gap(2)
    p.table([["代位弁済日", "令和7年12月12日"],
             ["代位弁済額", f"{sub:,}円（求償元金と求償利息の合計）"],
             ["原債権者", "たかさき中央信用金庫"],
             ["お客様番号", "YB-2512-0466"]], [40, 110], x=22, aligns="ll", shade_col0=True, size=10)
    p.gap(3)
    p.line("ご請求額（令和8年1月13日現在）", font="sans-bold")
    p.table([["求償元金", "求償利息", "遅延損害金", "ご請求額（合計）"],
             [f"{P:,}円", f"{INT:,}円", f"{L:,}円", f"{T:,}円"]], [40, 36, 36, 50], x=22, header=True,
            aligns="rrrr", size=10)
    p.line("※遅延損害金：求償元金に対し令和7年12月13日から年14.6％（日割）", x=22, size=8.5)
    p.gap(3)
    p.para("つきましては、上記ご請求額を令和8年1月30日（金）までに下記口座へ一括でお振り込みください。分割でのご返済を"
           "ご希望の場合は、期日までにナビダイヤルへご相談ください。期日を過ぎてもご連絡がない場合、保証人様へのご請求"
           "及び法的手続を検討いたします。")
    p.kv([("お振込先", "やまびこ銀行　高崎支店　普通　7001234"),
          ("口座名義", "ヤマビコオートクレジットホショウ（カ")], x=30, label_w=25, size=9.5)
    tr = truth(document_type="acceleration_notice", sender="やまびこオートクレジット保証株式会社", phone="0570-000-318",
               creditor="やまびこオートクレジット保証株式会社", status="not_applicable",
               original="たかさき中央信用金庫", debtor="真鍋洋平", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=True, issued=D(2026, 1, 13), payment_due=D(2026, 1, 30), acceleration=D(2025, 10, 6),
               last_payment=D(2025, 8, 4), reference="YB-2512-0466", input_kind="photo_jpeg",
               template="proxy4_auto_guarantor_subrogation", received=D(2026, 1, 15))
    return dict(stem="n04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                about="acceleration_notice (保証会社 代位弁済)",
                unusual="auto-loan guarantee company 代位弁済のご通知 (phone photo); 代位弁済額 is 求償元金 + 求償利息 (not the "
                        "total); one-row claim table 求償元金/求償利息/遅延損害金/ご請求額（合計）; lender = 信用金庫 (original); "
                        "0570 ナビダイヤル phone; dates with weekday 令和8年1月13日（火）; 「…の経過により」 acceleration")


# ---------------------------------------------------------------------------------------------
# n05 joint 債権譲渡通知 signed side by side (譲渡人 left | 譲受人 right) at the BOTTOM; SMBC債権回収 第10号;
#     full-width amounts in a 2-column table without header; 令和 dates; お客様番号 vs 旧会員番号.


def n05():
    P, INT, R = 623_400, 18_806, 18.0
    L = late(P, R, D(2025, 6, 3), D(2025, 12, 26))
    T = P + INT + L
    p = Page(font="sans", size=10.5)
    p.line("令和8年1月6日", align="r")
    p.gap(2)
    p.line("〒020-0000　岩手県盛岡市しらうめ町九丁目9番9号")
    p.line("工藤　春菜　様", size=13)
    p.gap(1)
    p.line("お客様番号：10-2601-33871", size=9.5)
    p.gap(2)
    p.title("債権譲渡通知書", size=16)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para("株式会社ハーモニーファイナンス（以下「譲渡人」）は、貴殿との金銭消費貸借契約に基づき貴殿に対して有する"
           "下記の債権（利息、遅延損害金その他付随する一切の権利を含む。）を、令和7年12月26日付でSMBC債権回収株式会社"
           "（以下「譲受人」）に譲渡いたしました。譲渡人及び譲受人は、民法第467条の規定により、連名にて本書をもって"
           "ご通知いたします。")
    p.para("今後、本件債権のお支払い、お問合せ及びご返済のご相談は、すべて譲受人へお願いいたします。なお、譲渡人の"
           "返済口座へのお振込みは受け付けられなくなりますのでご注意ください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.table([["原契約", "極度方式基本契約（旧会員番号 HF-004172）"],
             ["最終ご返済日", "令和7年4月30日"],
             ["期限の利益喪失日", "令和7年6月2日"],
             ["譲渡日", "令和7年12月26日"]], [46, 110], x=22, aligns="ll", shade_col0=True, size=10)
    p.gap(3)
    p.line("譲渡債権の額（令和7年12月26日現在）", x=22, font="sans-bold", size=10)
    p.table([["元金", fw(f"{P:,}円")], ["利息", fw(f"{INT:,}円")], ["遅延損害金（年18.0％）", fw(f"{L:,}円")],
             ["合計", fw(f"{T:,}円")]], [56, 50], x=22, ruled="rows", size=10)
    p.gap(2)
    p.line("以上", align="r")
    p.gap(2)
    yb = p.y
    p.add(Line(20, yb, 190, yb, 0.3))
    p.y = yb + 3
    top = p.y
    p.line("（譲渡人）", x=22, size=9)
    p.line("東京都台東区うぐいす台九丁目9番9号", x=22, size=8.5)
    p.line("株式会社ハーモニーファイナンス", x=22, size=11, font="sans-bold")
    p.line("代表取締役　黒川　修", x=22, size=9)
    p.line("関東財務局長(6)第01163号", x=22, size=8)
    p.seal(90, top + 18, 14, "round", "|代表取/締役印", angle=5, seed=4501)
    p.y = top
    p.line("（譲受人）", x=108, size=9)
    p.line("東京都中央区しおどめ通九丁目9番9号", x=108, size=8.5)
    p.line("SMBC債権回収株式会社", x=108, size=11, font="sans-bold")
    p.line("代表取締役　岡部　慎一", x=108, size=9)
    p.line("法務大臣許可番号　第10号", x=108, size=8)
    p.seal(178, top + 18, 14, "round", "|代表取/締役印", angle=-7, seed=4502)
    p.gap(4)
    p.box(20, p.y, 170, 14, width=0.3)
    p.gap(2)
    p.line("お問合せ先　SMBC債権回収株式会社　管理第三部　TEL 03-0000-1010（平日9:00～17:00）", x=24, size=9.5)
    p.line("お電話の際はお客様番号をお伝えください。", x=24, size=8.5)
    tr = truth(document_type="assignment_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="03-0000-1010", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社ハーモニーファイナンス", debtor="工藤春菜", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=False, issued=D(2026, 1, 6), acceleration=D(2025, 6, 2),
               last_payment=D(2025, 4, 30), assignment=D(2025, 12, 26), reference="10-2601-33871",
               input_kind="pdf_text", template="proxy4_joint_assignment_side_by_side", received=D(2026, 1, 8))
    return dict(stem="n05", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint)",
                unusual="joint 債権譲渡通知書 with 譲渡人 ／ 譲受人 signed SIDE BY SIDE at the bottom; SMBC債権回収 with its "
                        "real 法務大臣許可番号 第10号 ★ (first time printed with its number); full-width amounts in a "
                        "rows-only table; rate 18.0%; 旧会員番号 in the 原契約 row vs お客様番号 (reference); only "
                        "informs (no payment date, lump false)")


# ---------------------------------------------------------------------------------------------
# n06 支払督促 (大阪簡裁, (ロ)) on one scanned page: 申立手続費用 with an itemised bracket, 請求の趣旨 table,
#     creditor consumer-finance with phone in the party block, 平成 contract date.


def n06():
    P, INT, R, C = 486_215, 11_930, 20.0, 5_570
    L = late(P, R, D(2025, 7, 29), D(2025, 12, 15))
    T = P + INT + L + C
    p = Page(font="serif", size=10, top=16, leading=1.55)
    p.line("令和7年（ロ）第21407号　貸金請求督促事件", size=10)
    p.title("支 払 督 促", size=18)
    p.table([["債権者", "〒530-0000 大阪市北区もみじ通九丁目9番9号　株式会社こもれびファイナンス"],
             ["", "代表者代表取締役　西条　亘　（電話 06-0000-2290）"],
             ["債務者", "〒590-0000 堺市北区あじさい台九丁目9番9号　柏木　仁"]],
            [22, 148], aligns="ll", ruled="rows", font="serif", size=9.5)
    p.gap(3)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てにより仮執行の"
           "宣言をする。")
    p.gap(1)
    p.line("令和8年1月9日", x=30)
    p.line("大阪簡易裁判所　裁判所書記官　長　尾　　和　樹", x=80)
    p.seal(184, p.y - 5, 12, "square", "裁判所書記官印", angle=1, seed=4601)
    p.gap(3)
    p.line("請求の趣旨", font="serif-bold")
    p.table([["１", "残元金", f"金{P:,}円"],
             ["２", "未払利息（令和7年6月28日から令和7年7月28日まで）", f"金{INT:,}円"],
             ["３", "遅延損害金（令和7年7月29日から令和7年12月15日まで年20％）", f"金{L:,}円"],
             ["４", "申立手続費用", f"金{C:,}円"],
             ["", "合計", f"金{T:,}円"]], [10, 118, 42], aligns="clr", font="serif", size=9.5)
    p.line("（申立手続費用の内訳　申立手数料3,000円、支払督促正本送達費用1,120円、書類作成及び提出費用1,450円）",
           size=8)
    p.para("なお、上記１の残元金に対する令和7年12月16日から完済まで年20％の割合による遅延損害金を付加して支払え。",
           size=9, indent="")
    p.gap(1)
    p.line("請求の原因", font="serif-bold")
    p.para("１　債権者は、債務者に対し、平成30年11月20日、極度額800,000円の極度方式基本契約に基づき、金員を貸し付けた。"
           "約定利率年18％、遅延損害金年20％。", size=9.5, indent="")
    p.para("２　債務者は、令和7年6月27日の支払を最後に支払をせず、令和7年7月28日の経過により期限の利益を喪失した。",
           size=9.5, indent="")
    p.gap(2)
    p.line("これは正本である。　令和8年1月9日　大阪簡易裁判所　裁判所書記官　長尾和樹", size=9)
    p.gap(2)
    p.box(20, p.y, 170, 20, width=0.35)
    p.gap(2)
    p.para("【督促異議について】この支払督促に異議があるときは、送達を受けた日から２週間以内に、同封の督促異議申立書を"
           "当裁判所に提出してください。問合せ：大阪簡易裁判所 民事第２室 督促係　06-0000-3117（事件番号をお伝えください）",
           x0=24, x1=186, size=8.5, indent="")
    tr = truth(document_type="payment_order", sender="大阪簡易裁判所", phone="06-0000-3117",
               creditor="株式会社こもれびファイナンス", status="not_applicable", debtor="柏木仁", total=T, principal=P,
               interest=INT, late_damages=L, costs=C, rate=R, lump=True, issued=D(2026, 1, 9),
               acceleration=D(2025, 7, 28), last_payment=D(2025, 6, 27), reference="令和7年(ロ)第21407号",
               input_kind="scan_png", template="proxy4_payment_order_osaka_1p", received=D(2026, 1, 13))
    return dict(stem="n06", ext="png", kind="scan_png", pages=[p.spec], truth=tr, about="payment_order",
                unusual="支払督促 (大阪簡裁, (ロ) dated 令和7年 but issued 令和8年1月9日) on one scanned page; creditor "
                        "consumer-finance with phone in a rows-only party table; numbered 請求の趣旨 table with periods in "
                        "the item names; costs = 申立手続費用 with an itemised bracket (3,000/1,120/1,450 — not separate "
                        "amounts); contract 18% vs late 20%; 極度額 and 平成30年 distractors; court phone inside the box")


# ---------------------------------------------------------------------------------------------
# n07 仮執行宣言付支払督促 (岡山簡裁), two pages: p.1 the declaration (dated later) on top, the original 支払督促 date
#     below; p.2 当事者目録 + 請求の趣旨及び原因 with full-width table; creditor 信販 company.


def n07():
    P, INT, R, C = 932_760, 24_118, 14.6, 6_840
    L = late(P, R, D(2025, 5, 7), D(2025, 11, 4))
    T = P + INT + L + C
    p = Page(font="serif", size=11)
    p.line("令和7年（ロ）第6612号", size=10.5)
    p.gap(4)
    p.title("仮執行宣言付支払督促", size=18)
    p.gap(2)
    p.kv([("当事者", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙記載のとおり")], x=25, label_w=45)
    p.gap(3)
    p.line("仮執行宣言", font="serif-bold", size=12)
    p.para("債権者の申立てにより、令和7年11月18日付支払督促に対し、次のとおり仮執行の宣言をする。")
    p.para("（１）この支払督促に仮執行の宣言をする。")
    p.para("（２）仮執行宣言の手続費用は、支払督促の督促手続費用に含めて計算した。")
    p.gap(4)
    p.line("令和8年1月7日", x=40)
    p.line("岡山簡易裁判所", x=100, size=11.5)
    p.line("裁判所書記官　　藤　井　　真　琴", x=100, size=11.5)
    p.seal(184, p.y - 6, 13, "square", "裁判所書記官印", angle=-2, seed=4701)
    p.gap(8)
    p.line("支払督促", font="serif-bold", size=12)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。（令和7年11月18日　岡山簡易裁判所裁判所書記官）")
    p.gap(6)
    p.line("上記は正本である。", x=40)
    p.line("令和8年1月7日　岡山簡易裁判所　裁判所書記官　藤井真琴", x=40, size=10)
    p.gap(10)
    p.box(20, p.y, 170, 34, width=0.4)
    p.gap(3)
    p.line("債務者の方へ", x=25, font="serif-bold", size=10.5)
    p.para("この仮執行宣言付支払督促に対しては、送達を受けた日から２週間以内に督促異議の申立てをすることができます。"
           "この期間内に異議の申立てがないときは、確定判決と同一の効力を生じます。また、債権者は、この書面に基づいて"
           "強制執行（給料・預金の差押え等）をすることができます。", x0=25, x1=185, size=9.5, indent="")
    p.line("岡山簡易裁判所　民事係　電話 086-000-4406", x=25, size=9.5)
    p.y = 284
    p.line("- 1 -", align="c", size=9)

    q = Page(font="serif", size=10.5)
    q.line("別紙", size=10)
    q.title("当事者目録", size=14)
    q.kv([("債権者", "〒700-0000 岡山市北区ももぞの町九丁目9番9号"),
          ("", "株式会社きびじ信販"),
          ("", "代表者代表取締役　吉備　昌平"),
          ("", "（送達場所・連絡先）債権管理部　電話 086-000-7731"),
          ("債務者", "〒710-0000 倉敷市ひがし堤九丁目9番9号"),
          ("", "笠原　陽菜")], x=25, label_w=25)
    q.gap(4)
    q.title("請求の趣旨及び原因", size=14)
    q.line("請求の趣旨", font="serif-bold")
    q.table([["項　目", "金　額"],
             ["立替金残元金", fw(f"{P:,}円")],
             ["分割払手数料", fw(f"{INT:,}円")],
             ["確定遅延損害金", fw(f"{L:,}円")],
             ["督促手続費用（仮執行宣言の手続費用を含む）", fw(f"{C:,}円")],
             ["合　計", fw(f"{T:,}円")]], [100, 50], x=25, header=True, font="serif", size=10)
    q.gap(2)
    q.para("上記立替金残元金に対する令和7年11月5日から支払済みまで年14.6％の割合による遅延損害金（確定遅延損害金は"
           "令和7年5月7日から令和7年11月4日まで同率により計算）", x0=25, size=9.5, indent="")
    q.gap(2)
    q.line("請求の原因", font="serif-bold")
    q.para("１　債権者は、令和5年2月14日、債務者との間で、債務者が販売店から購入した商品の代金を債権者が立て替えて"
           "支払い、債務者が立替金及び分割払手数料を毎月27日限り36回で支払う旨の契約を締結した。", x0=25, size=10,
           indent="")
    q.para("２　債務者は、令和7年3月27日の支払を最後に支払を怠り、債権者は書面で20日以上の期間を定めて支払を催告したが、"
           "令和7年5月6日の経過により期限の利益を喪失した。", x0=25, size=10, indent="")
    q.y = 284
    q.line("- 2 -", align="c", size=9)
    tr = truth(document_type="payment_order_enforceable", sender="岡山簡易裁判所", phone="086-000-4406",
               creditor="株式会社きびじ信販", status="not_applicable", debtor="笠原陽菜", total=T, principal=P,
               interest=INT, late_damages=L, costs=C, rate=R, lump=True, issued=D(2026, 1, 7),
               acceleration=D(2025, 5, 6), last_payment=D(2025, 3, 27), reference="令和7年(ロ)第6612号",
               input_kind="pdf_text_2page", template="proxy4_enforceable_okayama_2p", received=D(2026, 1, 9))
    return dict(stem="n07", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable",
                unusual="仮執行宣言付支払督促 (岡山簡裁): the 仮執行宣言 block (令和8年1月7日 = issued) comes BEFORE a short 支払督促 "
                        "paragraph quoting the earlier date 令和7年11月18日; all parties and amounts on p.2; 信販 creditor "
                        "with 債権管理部 phone; 立替金残元金/分割払手数料 (= interest)/確定遅延損害金/督促手続費用（仮執行宣言の"
                        "手続費用を含む）; full-width amounts; acceleration after a 20-day 催告 in prose")


LETTERS = [n01, n02, n03, n04, n05, n06, n07]
