"""Proxy set 60, letters bq01–bq08 ("scams and harmless look-alikes, second round"): an invented servicer's genuine
催告書 with an anti-fraud box, a 訴訟最終告知 scam postcard, a real servicer's 完済証明書, a real servicer's 和解 offer
by fax, a 簡裁 支払督促 and the 督促異議 → 訴訟移行 notice of the same case, a 縦書き answer that ACCEPTS a 時効援用,
and an SMS scam printed from a phone screen (a servicer name one character off a real one)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    era,
    kdate,
    late,
    text_width,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, vertical_page
from samples.letters.proxydraw import wrap_nb

fw = fullwidth
SLATE = (0.16, 0.24, 0.32)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# bq01 銀鱗債権回収 (invented servicer) genuine ご請求書（催告）with a shaded anti-fraud box; digital.


def bq01():
    issued, due = D(2026, 2, 6), D(2026, 2, 20)
    acc, last, assign = D(2025, 7, 4), D(2025, 3, 27), D(2025, 11, 28)
    P, I, R = 684_210, 21_930, 18.0
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 11, 11, 11, color=None, fill=SLATE))
    p.at(20.5, 18.6, "鱗", size=15, font="serif-bold", color=WHITE, align="c")
    p.at(29, 16, "銀鱗債権回収株式会社", size=12.5, font="sans-bold", color=SLATE)
    p.at(29, 21, "GINRIN SERVICER Co., Ltd.", size=7, color=GRAY)
    p.at(195, 15, f"発行日　{wdate(issued)}", size=9.5, align="r")
    p.at(195, 20, "ご照会番号　GR-0286-4471", size=9.5, align="r")
    window(p, 15, 27, "260-0000", ["千葉県千葉市美浜区なぎさ坂九丁目9番9号", "なぎさ坂ハイツ306号"], "相賀　朋美　様",
           "bq01", code="3-0286-09 料金後納")
    p.y = 70
    p.title("ご請求書（催告）", size=16)
    p.para(f"貴殿が株式会社みくりやクレジットとの間で締結されたカードローン契約に基づく債権は、{wdate(assign)}付で当社が"
           "譲り受け、その旨は同社から通知されております。その後、当社から再三にわたりご連絡を差し上げておりますが、"
           "現在までご入金を確認できておりません。", size=9.8)
    p.para("貴殿は既に期限の利益を喪失されておりますので、下記ご請求総額を、お支払期限までに一括してお支払いください。"
           "期限までにお支払い又はご連絡がない場合は、訴訟の提起等の法的手続に移行せざるを得ませんので、ご承知おきください。",
           size=9.8)
    p.gap(1.5)
    p.line(f"■ ご請求の内訳（{wdate(issued)}現在）", size=10.5, font="sans-bold", color=SLATE)
    p.table([["残債務元本", f"{P:,} 円"], ["未収利息・手数料", f"{I:,} 円"],
             [f"損害金（年{R:.1f}％、{acc.month}月{acc.day + 1}日起算）", f"{L:,} 円"], ["ご請求総額", f"{T:,} 円"]],
            [112, 50], x=24, size=10, row_h=7.4, ruled="rows", aligns="lr", shade_col0=True)
    p.add(Box(24, p.y - 7.4, 162, 7.4, 0.9))
    p.gap(3)
    p.kv([("原債権者", "株式会社みくりやクレジット"), ("債権譲受日", wdate(assign)), ("期限の利益喪失日", wdate(acc)),
          ("最終ご入金日", wdate(last))], x=24, label_w=38, sep="：", size=9.5)
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 162, 11, 1.0, RED))
    p.add(Box(24, y, 34, 11, color=None, fill=RED))
    p.at(41, y + 7.3, "お支払期限", size=10.5, font="sans-bold", color=WHITE, align="c")
    p.at(64, y + 7.6, f"{wdate(due)}（{wd(due)}）", size=12.5, font="sans-bold", color=RED)
    p.y = y + 14
    p.para("お振込先：ひうち銀行　本店営業部　普通預金　7028614　ギンリンサイケンカイシユウ（カ　※お振込みの際は、ご依頼人名の前に"
           "ご照会番号の数字8桁（02864471）をご入力ください。振込手数料はご負担願います。", size=8.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 27, 0.4, GRAY, SHADE))
    p.at(19, y + 5.5, "◆ 当社の名をかたる不審な電話・はがき・SMSにご注意ください", size=9.5, font="sans-bold")
    for i, s in enumerate(("当社が、電子マネー・ギフトカード等でのお支払いや、担当者個人名義の口座へのお振込みをお願いすることは",
                           "一切ございません。当社は法務大臣の許可を受けた債権回収会社です。許可の有無は、法務省ホームページの",
                           "「債権管理回収業の営業を許可した株式会社一覧」でご確認いただけます。ご不審な点は、本書記載の番号ではなく",
                           "同一覧に掲載の当社代表番号へお問い合わせください。")):
        p.at(19, y + 11 + i * 4.3, s, size=8.2)
    p.y = y + 31
    for s, sz, f in (("銀鱗債権回収株式会社　回収管理部", 10, "sans-bold"), ("法務大臣許可番号　第286号", 9, "sans"),
                     ("〒330-0000　埼玉県さいたま市浦和区ほしぞら台九丁目9番9号", 8.5, "sans"),
                     ("お問合せ　0120-000-286（平日9時～18時）　担当　扇谷", 9.5, "sans")):
        p.line(s, x=96, size=sz, font=f)
    p.seal(176, y + 35, 11, "square", "銀鱗債権回収印", angle=2, seed=60011)
    tr = truth(document_type="collection_notice", sender="銀鱗債権回収株式会社", license_number=286, phone="0120-000-286",
               creditor="銀鱗債権回収株式会社", status="unverified", original="株式会社みくりやクレジット", debtor="相賀朋美",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=last, assignment=assign, reference="GR-0286-4471", input_kind="pdf_text",
               template="proxy60_invented_servicer_demand_antifraud_box", received=issued + timedelta(3))
    return dict(stem="bq01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (invented servicer, genuine 催告 with an anti-fraud box)",
                unusual="a GENUINE demand that talks about scams: INVENTED servicer 「銀鱗債権回収株式会社」 (one-kanji "
                        "square logo, Latin line 「GINRIN SERVICER Co., Ltd.」) with 「法務大臣許可番号　第286号」 (→ "
                        "unverified) only in the sender block at the foot; a shaded box 「当社の名をかたる不審な電話・はがき・"
                        "SMSにご注意ください」 that mentions ギフトカード, 個人名義の口座 and the 法務省 list (words the scams of "
                        "this set use); the window address with a 料金後納 code; a rows-ruled table with shaded labels "
                        "残債務元本 / 未収利息・手数料 / 損害金（年18.0％、7月5日起算） / ご請求総額; a kv block (原債権者, "
                        "譲受日, 喪失日, 最終ご入金日); a red お支払期限 bar; the 8-digit transfer code as a distractor")


# ---------------------------------------------------------------------------------------------
# bq02 SCAM postcard 「訴訟最終告知のお知らせ」 from an invented 法務省-like body, photographed.


def bq02():
    issued, dl = D(2026, 5, 11), D(2026, 5, 14)
    p = Page(w=100, h=148, font="serif", size=7.6, left=7, right=7, top=7, leading=1.5)
    p.add(Box(6, 5, 88, 138, 0.6))
    p.add(Box(7.2, 6.2, 85.6, 135.6, 0.25))
    p.at(10, 12, "法務省認可", size=7, font="serif-bold")
    p.at(90, 12, f"通知日　{fw(era(issued))}", size=7, align="r")
    p.y = 14.5
    p.line("〒０３８－００００　青森県弘前市のぎく台九丁目九番九号", size=6.8, x=10)
    p.line("天明　さゆり　様", size=10.5, x=18)
    p.add(Line(10, p.y, 90, p.y, 0.3))
    p.gap(2.5)
    p.line("訴訟最終告知のお知らせ", size=12.5, font="serif-bold", align="c")
    p.line("（総合消費料金未納分）", size=8, align="c")
    p.gap(1)
    for s in ("この度、貴殿がご利用された総合消費料金につきまして、契約会社より民事訴訟として訴状が提出されましたので、"
              "当機構よりご通知申し上げます。",
              "本通知は訴訟の最終告知となります。下記の取下げ最終期日までにご連絡がない場合、原告側の主張が認められ、"
              "裁判所の判決に基づき、給与・預貯金・動産・不動産等の差押えが強制執行されます。",
              "訴訟の取下げ及び和解のご相談は、当機構の担当窓口にて承ります。ご本人様確認のため、必ずご本人様より"
              "お電話ください。ご家族・代理人様からのお問合せには応じかねます。"):
        p.para(s, x0=10, x1=90, size=7.3)
    p.gap(1.5)
    y = p.y
    p.add(Box(11, y, 78, 22, 0.5))
    for i, (lab, val) in enumerate((("管理番号", "そ３０７"), ("事件種別", "民事訴訟（消費料金）"),
                                    ("取下げ最終期日", f"{fw(era(dl))}（{wd(dl)}）"))):
        p.at(13, y + 5.8 + i * 6.4, lab, size=7.3)
        p.at(40, y + 5.8 + i * 6.4, val, size=8, font="serif-bold", color=RED if i == 2 else (0, 0, 0))
    p.y = y + 26
    p.line("民事訴訟通告管理機構", size=10.5, font="serif-bold", x=26)
    p.line("東京都千代田区霞が関一丁目", size=6.8, x=30)
    p.line("お問合せ窓口　０３－００００－５１２８", size=8.8, font="serif-bold", x=16)
    p.line("受付時間　平日　９：００～１８：００", size=7, x=26)
    p.seal(82, 128, 10, "square", "通告管理之印", angle=-6, seed=60021)
    tr = truth(document_type="other", sender="民事訴訟通告管理機構", phone="03-0000-5128", status="not_licensed",
               debtor="天明さゆり", lump=False, issued=issued, payment_due=None, reference="そ307", is_scam=True,
               input_kind="photo_jpeg", template="proxy60_scam_postcard_final_lawsuit_notice_moj_lookalike", received=None)
    return dict(stem="bq02", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1700, 2300), fill=0.76, keystone=0.045, tilt=2.9, bg="wood", blur=0.85, warm=0.2,
                          shadow=0.22, shadow_side="bottom"),
                about="other (scam postcard, 訴訟最終告知, 法務省-like body)",
                unusual="架空請求 postcard photographed on wood with a hand shadow at the bottom, in SERIF with a double "
                        "frame to look official: 「法務省認可」 top-left, 「訴訟最終告知のお知らせ（総合消費料金未納分）」, "
                        "signed by an invented body 「民事訴訟通告管理機構」 at 「東京都千代田区霞が関一丁目」 without a "
                        "number and a square seal; a 通知日 in full-width era (→ issued); NO amount and NO creditor (only "
                        "「契約会社」); a framed box with the hiragana 管理番号 そ３０７, 事件種別 and the 取下げ最終期日 in red "
                        "with weekday (not a payment deadline → null); the postcode in full-width")


# ---------------------------------------------------------------------------------------------
# bq03 アルファ債権回収 (real) 債務完済証明書 兼 残高証明, scanned: claims nothing.


def bq03():
    issued, paid, assign = D(2026, 3, 10), D(2026, 2, 27), D(2022, 8, 31)
    settle, n, mon = D(2024, 3, 15), 24, 18_000
    p = Page(font="serif", size=10.5, top=18)
    p.at(195, 20, f"{era(issued)}", size=10.5, align="r")
    p.at(195, 26, "お客様番号　ＡＬ－２２０８－５１９３", size=10, align="r")
    p.y = 32
    p.line("〒038-0000　青森県弘前市やまなし台九丁目9番9号", size=10)
    p.line("卜部　直樹　様", size=14)
    p.gap(6)
    p.title("債務完済証明書", size=19, spaced=True)
    p.line("（兼　債務残高証明書）", size=10.5, align="c")
    p.gap(4)
    p.para(f"貴殿と当社との間の{era(settle)}付和解契約に基づく分割金のお支払いは、{era(paid)}のご入金をもって全て完了"
           "いたしましたので、下記債権について、貴殿の当社に対する債務が完済により消滅したことを証明いたします。"
           "永らくのお支払い、誠にありがとうございました。", size=10.5)
    p.gap(2)
    p.line("記", size=11, align="c")
    p.gap(1)
    p.table([["原債権者", "株式会社ふくべファイナンス"], ["債権譲受日", era(assign)],
             ["和解成立日", era(settle)], ["和解金額", f"金{n * mon:,}円（{n}回分割・月額{mon:,}円）"],
             ["完済日（最終ご入金日）", era(paid)], ["最終ご入金額", f"金{mon:,}円"],
             [f"{era(issued)}現在の債務残高", "金0円"]],
            [58, 104], x=24, size=10, row_h=8.2, aligns="ll", shade_col0=True, font="serif")
    p.gap(4)
    p.para("なお、信用情報機関への登録につきましては、完済の旨の更新手続を当社にて行います。本書は再発行いたしかねますので、"
           "大切に保管してください。本書は、ご請求書ではございません。", size=9.5)
    p.gap(8)
    for s, sz, f in (("東京都中央区あさつゆ坂九丁目9番9号", 9.5, "serif"), ("アルファ債権回収株式会社", 12.5, "serif-bold"),
                     ("法務大臣許可番号　第101号", 9.5, "serif"), ("業務管理部　担当　高祖", 9.5, "serif"),
                     ("電話　03-0000-1013", 10, "serif")):
        p.line(s, x=108, size=sz, font=f)
    p.seal(186, p.y - 22, 16, "square", "アルファ債権回収株式会社之印", angle=-2, seed=60031)
    assert n * mon == 432_000
    tr = truth(document_type="other", sender="アルファ債権回収株式会社", license_number=101, phone="03-0000-1013",
               creditor=None, status="licensed", original="株式会社ふくべファイナンス", debtor="卜部直樹",
               lump=False, issued=issued, last_payment=paid, assignment=assign, reference="AL-2208-5193",
               input_kind="scan_png", template="proxy60_real_servicer_paid_in_full_certificate", received=None)
    return dict(stem="bq03", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="other (real servicer's 債務完済証明書 兼 残高証明書; claims nothing)",
                unusual="HARMLESS paper from a real servicer, scanned: ★ アルファ債権回収株式会社 with 「法務大臣許可番号　"
                        "第101号」 issues a spaced-out serif 「債務完済証明書」 with the subtitle 「（兼　債務残高証明書）」; a "
                        "shaded-label 記 table (原債権者, 債権譲受日 令和4年, 和解成立日 令和6年, 和解金額 432,000円（24回分割・"
                        "月額18,000円）, 完済日（最終ご入金日）, 最終ご入金額, 「…現在の債務残高　金0円」); every amount is "
                        "history, not a claim (all null); 「本書は、ご請求書ではございません。」; 令和 dates only; the full-"
                        "width お客様番号 ＡＬ－２２０８－５１９３ top-right; a large square seal over the sender block")


# ---------------------------------------------------------------------------------------------
# bq04 株式会社住宅債権管理回収機構 (real) 和解のご提案 for what is left after a 任意売却; one-page fax.


def bq04():
    issued, reply = D(2026, 4, 8), D(2026, 4, 24)
    acc, last, assign, sale = D(2024, 9, 10), D(2024, 5, 27), D(2025, 2, 28), D(2025, 10, 17)
    P, R = 5_842_300, 14.0
    L = late(P, R, sale + timedelta(1), D(2026, 3, 31))
    T = P + L
    mon, n = 30_000, 60
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 17, "送付状兼ご提案書", size=9, color=GRAY)
    p.at(195, 17, f"送信日　{era(issued)}", size=9.5, align="r")
    p.add(Line(15, 19.5, 195, 19.5, 0.8))
    p.y = 23
    p.line("五艘　雅史　様", size=13)
    p.line("（送信先FAX　078-000-4417）", size=8.5)
    p.at(195, 27, "株式会社住宅債権管理回収機構", size=11.5, font="sans-bold", align="r")
    p.at(195, 32, "法務大臣許可番号　第91号", size=8.8, align="r")
    p.at(195, 36.5, "関西債権管理グループ　担当　織笠", size=8.8, align="r")
    p.at(195, 41, "TEL 06-0000-9107　FAX 06-0000-9108", size=8.8, align="r")
    p.y = 45
    p.title("任意売却後のご債務に関する和解のご提案", size=13.5)
    p.para(f"株式会社ひうち銀行から当社が{era(assign)}に譲り受けました住宅ローン債権につきましては、{era(sale)}の担保不動産の"
           "任意売却による売却代金を充当させていただきましたが、なお下記の残債務がございます。先日のご面談の内容を踏まえ、"
           "下記のとおり分割弁済による和解をご提案申し上げます。", size=9.5)
    p.line("１．ご債務の状況（令和8年3月31日現在）", size=10, font="sans-bold")
    p.table([["内訳", "金額", "備考"], ["売却代金充当後の残元金", f"{P:,}", f"期限の利益喪失日　{era(acc)}"],
             ["遅延損害金", f"{L:,}", f"年{R:g}％　R7.10.18～R8.3.31"], ["ご債務残高　計", f"{T:,}", "単位：円"]],
            [58, 32, 82], x=20, header=True, aligns="lrl", size=9.2, row_h=6.8)
    p.para(f"※最終ご返済日　{era(last)}。売却価格　金26,800,000円、売却代金充当額　金25,114,620円（いずれもご参考）。",
           x0=20, size=8.5, indent="")
    p.line("２．ご提案の内容", size=10, font="sans-bold")
    for s in (f"（1）残元金のうち金{mon * n:,}円を、令和8年5月から毎月末日限り金{mon:,}円ずつ{n}回に分割してお支払い"
              "いただきます。",
              "（2）上記（1）を遅滞なくお支払いいただいたときは、残余の元金及び遅延損害金の全額を免除いたします。",
              "（3）分割金の支払を2回分以上怠ったときは当然に期限の利益を失い、免除前のご債務残高から既払金を控除した金額を"
              "直ちにお支払いいただきます。"):
        p.para(s, x0=20, x1=192, size=9.2, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 180, 13, 1.2))
    p.at(19, y + 8.6, "ご回答期限", size=10.5, font="sans-bold")
    p.at(48, y + 8.9, f"令和8年4月24日（{wd(reply)}）", size=12.5, font="sans-bold")
    p.at(192, y + 8.6, "同意書にご署名のうえFAX返信", size=8.8, align="r")
    p.y = y + 16
    p.para("※ご回答期限までにご回答がない場合は、本提案は効力を失います。ご不明な点は担当までお電話ください。", size=8.6,
           indent="")
    p.gap(3)
    p.add(Line(15, p.y, 195, p.y, 0.3))
    p.gap(2)
    p.line("同　意　書", size=11, font="sans-bold", align="c")
    p.para("上記ご提案の内容に同意し、和解契約の締結を申し込みます。", size=9.2, indent="")
    p.line("令和　　年　　月　　日　　　　ご署名　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿　　印", size=9.5)
    assert mon * n < P
    tr = truth(document_type="settlement_proposal", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="06-0000-9107", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社ひうち銀行", debtor="五艘雅史", total=T, principal=P, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=last, assignment=assign,
               input_kind="fax_tiff", template="proxy60_housing_servicer_settlement_after_voluntary_sale_fax",
               received=issued)
    return dict(stem="bq04", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:02 JUTAKU SAIKEN KANSAI 06-0000-9108",
                about="settlement_proposal (real servicer, rest after a 任意売却, one-page fax)",
                unusual="one-page G4 fax headed 「送付状兼ご提案書」: real servicer ★ 株式会社住宅債権管理回収機構 (a 株式会社 "
                        "PREFIX name) with 「法務大臣許可番号　第91号」 flush right; the addressee's own FAX number under the "
                        "name (distractor); a 3-column table 内訳 / 金額 / 備考 with the new labels 売却代金充当後の残元金 / "
                        "遅延損害金 / ご債務残高　計 and the 喪失 date and a JIS window R7.10.18～R8.3.31 in the 備考 column; "
                        "amounts as of 3/31 (≠ 送信日 4/8); 売却価格 26,800,000 and 売却代金充当額 25,114,620 in a ※ line; "
                        "the plan 30,000 × 60 as distractors; heavy-framed ご回答期限 (= payment_due); a 同意書 at the foot")


# ---------------------------------------------------------------------------------------------
# bq05 / bq06: the 宇梶 case at 豊岡簡易裁判所 — the 支払督促 and, after the objection, the 訴訟移行 notice + 呼出状.

UK_P, UK_I, UK_R = 397_450, 12_860, 18.0
UK_ACC, UK_LAST, UK_ASSIGN, UK_FILED = D(2025, 6, 2), D(2025, 2, 26), D(2025, 9, 30), D(2026, 3, 9)
UK_L = late(UK_P, UK_R, UK_ACC + timedelta(1), UK_FILED)
UK_COST = 3_970
UK_RO, UK_HA = "令和8年(ロ)第162号", "令和8年(ハ)第58号"
UK_ADDR = "兵庫県豊岡市さくらんぼ通九丁目9番9号"


def bq05():
    issued = D(2026, 3, 16)
    T = UK_P + UK_I + UK_L + UK_COST
    p = Page(font="serif", size=10.5, top=18)
    p.at(195, 20, fw(UK_RO).replace("(", "（").replace(")", "）"), size=10.5, align="r")
    p.y = 30
    p.title("支　払　督　促", size=18)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=11)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。", size=11)
    p.gap(3)
    p.line("当事者の表示、請求の趣旨及び原因は、別紙記載のとおり。", size=10.5)
    p.gap(6)
    p.line(fw(era(issued)), size=10.5, x=30)
    p.line("豊岡簡易裁判所", size=11, x=110)
    p.line("裁判所書記官　勝　呂　　亮　介", size=11, x=110)
    p.seal(182, p.y - 4, 12, "square", "豊岡簡易裁判所書記官印", angle=1, seed=60051)
    p.gap(10)
    y = p.y
    p.add(Box(18, y, 174, 44, 0.6))
    p.at(22, y + 6, "（注意）", size=10, font="serif-bold")
    for i, s in enumerate(("１　この支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議の申立て",
                           "　　をすることができます。同封の督促異議申立書をご利用ください。",
                           "２　督促異議の申立てがあったときは、この事件は通常の訴訟手続に移行します。",
                           "３　分割払いなどの話合いを希望する場合も、督促異議申立書の該当欄に記入してください。",
                           "４　お問い合わせ　豊岡簡易裁判所　民事係　電話　０７９－０００－３１６２",
                           "　　（お問い合わせの際は、事件番号をお知らせください。）")):
        p.at(22, y + 13 + i * 5.4, s, size=9.5)
    q = Page(font="serif", size=10.2, top=18)
    q.line("当 事 者 目 録", size=12.5, font="serif-bold", align="c")
    q.gap(2)
    q.kv([("住所", UK_ADDR), ("債務者", "宇梶　千尋")], x=24, label_w=28, size=10.2)
    q.gap(2)
    q.kv([("本店所在地", "東京都品川区ちどり通九丁目9番9号"), ("債権者", "パルティール債権回収株式会社"),
          ("代表者", "代表取締役　羽　染　　誠"),
          ("送達場所", "東京都品川区ちどり通九丁目9番9号　同社管理部"), ("", "電話　03-0000-1137　FAX　03-0000-1138")],
         x=24, label_w=28, size=10.2)
    q.gap(4)
    q.line("請 求 の 趣 旨", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    q.table([["１", "譲受債権元金", f"{UK_P:,}円"], ["２", "利息（債権譲受日まで）", f"{UK_I:,}円"],
             ["３", f"確定遅延損害金（{era(UK_ACC + timedelta(1))}から{era(UK_FILED)}まで年18％）", f"{UK_L:,}円"],
             ["４", "督促手続費用", f"{UK_COST:,}円"], ["", "合　計", f"{T:,}円"]],
            [10, 122, 40], x=20, size=9.6, row_h=7.2, aligns="clr", font="serif")
    q.gap(1.5)
    q.para(f"５　上記１の金額に対する{era(UK_FILED + timedelta(1))}から完済まで年18％の割合による遅延損害金", x0=20, size=9.6,
           indent="")
    q.gap(3)
    q.line("請 求 の 原 因", size=12.5, font="serif-bold", align="c")
    for s in ("１　債務者は、平成30年4月18日、株式会社ささらカードとの間でカード利用契約（利用限度額50万円）を締結し、"
              "同契約に基づき金員の貸付けを受けた。",
              f"２　債務者は、{era(UK_LAST)}の支払を最後にその後の支払を怠り、{era(UK_ACC)}の経過により期限の利益を喪失した。",
              f"３　株式会社ささらカードは、{era(UK_ASSIGN)}、上記債権を債権者に譲渡し、その旨を債務者に通知した。",
              "４　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=20, size=9.8, indent="")
    q.gap(3)
    q.line(f"申立日　{era(UK_FILED)}", size=9.5, x=20)
    tr = truth(document_type="payment_order", sender="豊岡簡易裁判所", phone="079-000-3162",
               creditor="パルティール債権回収株式会社", status="licensed", original="株式会社ささらカード",
               debtor="宇梶千尋", total=T, principal=UK_P, interest=UK_I, late_damages=UK_L, costs=UK_COST, rate=UK_R,
               lump=True, issued=issued, acceleration=UK_ACC, last_payment=UK_LAST, assignment=UK_ASSIGN,
               reference=UK_RO, input_kind="pdf_scan", template="proxy60_payment_order_toyooka_servicer",
               received=issued + timedelta(3))
    return dict(stem="bq05", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, real servicer creditor, 2 pages)",
                unusual="a real court new to the sets (豊岡簡裁) as a 2-page image PDF in serif: p.1 the order with a spaced "
                        "title, the full-width case number top-right, the clerk with his 職印 and a framed （注意） box whose "
                        "item ４ gives the court's phone in full-width; p.2 当事者目録 with the creditor ★ パルティール債権回収"
                        "株式会社 (no licence number: court paper) and its 送達場所 phone / FAX (distractors), 請求の趣旨 as a "
                        "3-column table with numbered rows (譲受債権元金 / 利息（債権譲受日まで） / 確定遅延損害金 with its era "
                        "window / 督促手続費用 / 合計) and the running item ５ below; 請求の原因 with 平成30年 and 利用限度額"
                        "50万円 as distractors; 申立日 at the foot")


def bq06():
    issued, objected, hearing, answer = D(2026, 4, 17), D(2026, 3, 27), D(2026, 5, 28), D(2026, 5, 21)
    T = UK_P + UK_I + UK_L
    p = Page(font="sans", size=10.2, top=16)
    p.at(195, 18, f"{era(issued)}", size=10, align="r")
    p.y = 22
    p.line(UK_ADDR, size=10)
    p.line("被告　宇梶　千尋　殿", size=12.5)
    p.gap(1)
    for s in ("豊岡簡易裁判所　民事係", "裁判所書記官　勝呂　亮介", "電話　079-000-3162（民事係直通）"):
        p.line(s, x=120, size=9.8)
    p.gap(3)
    p.title("督促異議申立てによる訴訟移行のお知らせ", size=13.5)
    p.para(f"あなたから{era(objected)}に提出された督促異議申立書を受け付けました。これにより、下記の支払督促申立事件は、"
           "民事訴訟法第395条により、支払督促の申立ての時に訴えの提起があったものとみなされ、通常の訴訟手続に移行しました。"
           "今後は下記の新しい事件番号をお使いください。", size=9.8)
    p.table([["旧事件番号（支払督促）", UK_RO], ["新事件番号（訴訟）", UK_HA + "　貸金等請求事件"],
             ["原告（旧債権者）", "パルティール債権回収株式会社"], ["被告（旧債務者）", "宇梶　千尋"]],
            [50, 118], x=22, size=9.8, row_h=7.4, aligns="ll", shade_col0=True)
    p.gap(4)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=13)
    p.para("頭書の事件について、当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。"
           "なお、下記の答弁書提出期限までに答弁書を提出してください。", size=9.8)
    y = p.y + 1
    p.add(Box(22, y, 168, 27, 0.9))
    rows = (("期　　日", f"{era(hearing)}（{wd(hearing)}）午前10時30分"), ("出頭場所", "豊岡簡易裁判所　第1号法廷（1階）"),
            ("答弁書提出期限", f"{era(answer)}（{wd(answer)}）"))
    for i, (lab, val) in enumerate(rows):
        p.at(26, y + 7.5 + i * 8, lab, size=10, font="sans-bold")
        p.at(62, y + 7.5 + i * 8, val, size=10.5, font="sans-bold" if i == 0 else "sans")
    p.y = y + 31
    for s in ("※督促手続の費用は、民事訴訟法第395条により訴訟費用の一部となります。",
              "※期日に出頭せず、答弁書も提出しないときは、原告の主張を認めたものとして扱われ、原告の請求どおりの判決が"
              "言い渡されることがあります。",
              "※分割払いによる和解を希望する場合は、答弁書にその旨と月々の支払可能額を記載してください。",
              "※出頭の際は、この呼出状と認印をお持ちください。"):
        p.para(s, size=8.8, indent="")
    q = Page(font="sans", size=10, top=18)
    q.line(f"{UK_HA}　貸金等請求事件", size=10, align="r")
    q.gap(2)
    q.title("請求の趣旨及び原因の要旨", size=13)
    q.line("（支払督促申立書記載の請求の趣旨及び原因による）", size=9.5, align="c")
    q.gap(3)
    q.line("第１　請求の趣旨", size=10.5, font="sans-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{UK_P:,}円に対する{era(UK_FILED + timedelta(1))}から支払済みまで"
           "年18％の割合による金員を支払え。", x0=24, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=24, size=10, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=24, size=10, indent="")
    q.gap(2)
    q.line("（上記１の金額の内訳）", size=9.8, x=24)
    q.table([["残元金", f"{UK_P:,}円"], ["利息（債権譲受日まで）", f"{UK_I:,}円"],
             [f"遅延損害金（{UK_ACC.month}月{UK_ACC.day + 1}日～申立日）", f"{UK_L:,}円"], ["計", f"{T:,}円"]],
            [90, 45], x=30, size=9.8, row_h=7, ruled="rows")
    q.gap(4)
    q.line("第２　請求の原因", size=10.5, font="sans-bold")
    for s in ("１　被告は、平成30年4月18日、株式会社ささらカードとの間でカード利用契約を締結し、金員の貸付けを受けた。",
              f"２　被告は、{era(UK_LAST)}の支払を最後に支払を怠り、{era(UK_ACC)}の経過により期限の利益を喪失した。",
              f"３　株式会社ささらカードは、{era(UK_ASSIGN)}、上記貸金債権を原告に譲渡し、被告にその旨通知した。"):
        q.para(s, x0=24, size=9.8, indent="")
    q.gap(4)
    q.para(f"（参考）督促異議申立書受付日　{era(objected)}　／　支払督促発付日　{era(D(2026, 3, 16))}　／　"
           f"督促手続費用　{UK_COST:,}円", size=8.8, indent="")
    tr = truth(document_type="lawsuit", sender="豊岡簡易裁判所", phone="079-000-3162",
               creditor="パルティール債権回収株式会社", status="licensed", original="株式会社ささらカード",
               debtor="宇梶千尋", total=T, principal=UK_P, interest=UK_I, late_damages=UK_L, rate=UK_R, lump=True,
               issued=issued, acceleration=UK_ACC, last_payment=UK_LAST, assignment=UK_ASSIGN, hearing=hearing,
               reference=UK_HA, input_kind="pdf_text_2page",
               template="proxy60_objection_transfer_notice_and_first_hearing", received=issued + timedelta(3))
    return dict(stem="bq06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁: 督促異議 受付 → 訴訟移行 notice + 第1回口頭弁論期日呼出状, same case as bq05)",
                unusual="what follows bq05 once the debtor objected, digital: p.1 「督促異議申立てによる訴訟移行のお知らせ」 "
                        "(民事訴訟法第395条) with a shaded-label table giving the OLD (ロ) number AND the NEW (ハ) number, "
                        "then the 呼出状 in a framed box (期日 with weekday and 午前10時30分, 出頭場所, 答弁書提出期限); "
                        "「督促手続の費用は…訴訟費用の一部」 (the 3,970 is no longer part of the claim); p.2 "
                        "「請求の趣旨及び原因の要旨」: 「金…及びうち金…」 and a rows-ruled 内訳 (残元金 / 利息 / 遅延損害金 / "
                        "計); a （参考） line with the objection date, the 支払督促 date and the 3,970 as distractors; the "
                        "plaintiff is ★ パルティール債権回収 (no licence number)")


# ---------------------------------------------------------------------------------------------
# bq07 ニッテレ債権回収 (real) 縦書き 回答書 that ACCEPTS the debtor's 時効援用; digital.


def bq07():
    issued, notice = D(2026, 2, 5), D(2026, 1, 20)
    last, acc, assign = D(2017, 10, 27), D(2018, 1, 5), D(2019, 3, 29)
    cols = [
        ("title", "回答書"),
        ("body", f"前略　貴殿から当社宛の{kdate(notice)}付「消滅時効援用通知書」を受領いたしました。"),
        ("body", "当社において本件債権の内容及びお取引の経過を調査いたしましたところ、貴殿の最終の弁済は平成二十九年十月"
                 "二十七日であり、その後五年以上、当社及び原債権者が裁判上の請求その他時効の完成を妨げる手続を執った事実は"
                 "確認できませんでした。"),
        ("body", "つきましては、貴殿による消滅時効の援用を認め、本件債権につき今後一切のご請求をいたしません。また、信用情報"
                 "機関に登録されている本件債権の情報につきましては、当社において削除の手続を行います。"),
        ("body", "なお、本書をもって本件に関する当社からのご連絡は終了となります。"),
        ("indent", "記"),
        ("indent", "一　債権者　　　ニッテレ債権回収株式会社"),
        ("indent", "二　原債権者　　株式会社すがもり信販"),
        ("indent", "三　債権譲受日　平成三十一年三月二十九日"),
        ("indent", "四　最終弁済日　平成二十九年十月二十七日"),
        ("indent", "五　期限の利益喪失日　平成三十年一月五日"),
        ("indent", "六　当時の残元金　金四十二万八千円（ご参考）"),
        ("indent", "七　お客様番号　ＮＴ七〇二九一四"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都港区かたばみ台九丁目九番九号"),
        ("low", "ニッテレ債権回収株式会社"),
        ("low", "法務大臣許可番号　第七号"),
        ("low", "お客様相談室　担当　上平"),
        ("low", "電話　〇三（〇〇〇〇）七七〇七"),
        ("blank", ""),
        ("low", "北海道北見市こけしみず九丁目九番九号"),
        ("low", "駒場　和彦　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and it.s.startswith("ニッテレ債権回収株式会社")]
    pg.items.append(Seal(xs[0], 22.0 + 28 * size * 0.3528 * 1.05, 9, "square", "ニッテレ債権回収株式会社印", angle=-2,
                         seed=60071))
    tr = truth(document_type="other", sender="ニッテレ債権回収株式会社", license_number=7, phone="03-0000-7707",
               creditor="ニッテレ債権回収株式会社", status="licensed", original="株式会社すがもり信販",
               debtor="駒場和彦", lump=False, issued=issued, acceleration=acc, last_payment=last, assignment=assign,
               reference="NT702914", input_kind="vertical_pdf",
               template="proxy60_vertical_servicer_accepts_limitation_defence", received=None)
    return dict(stem="bq07", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="other (real servicer's 縦書き 回答書 that ACCEPTS a 時効援用; claims nothing)",
                unusual="HARMLESS though frightening to open: a 縦書き 回答書 (前略 … 草々) from a real servicer ★ ニッテレ"
                        "債権回収株式会社 with 「法務大臣許可番号　第七号」 in KANJI, digital, no 内容証明 stamp: it ACCEPTS the "
                        "debtor's 消滅時効援用 and says it will claim nothing more and delete the credit record; a 記 with "
                        "items 一–七 (債権者, 原債権者, 平成 譲受日, 最終弁済日, 喪失日, 「当時の残元金　金四十二万八千円"
                        "（ご参考）」 — history, not a claim, お客様番号 in full-width letters + kanji digits ＮＴ七〇二九一四); "
                        "the debtor's notice date 令和八年一月二十日 as a distractor; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# bq08 SCAM SMS printed from a phone screen: 「ニッテル債権回収」 (one character off ニッテレ) with ニッテレ's real
# number, gift cards or a transfer to a person's account; photographed (HEIC).


def bq08():
    sent = D(2026, 6, 8)
    T, parts = 100_000, (71_400, 18_600, 10_000)
    assert sum(parts) == T
    p = Page(font="sans", size=10, top=10)
    p.at(105, 12, "（スマートフォン画面の印刷）", size=8, color=GRAY, align="c")
    x0, x1 = 28, 182
    p.add(Box(x0, 16, x1 - x0, 262, 0.5, GRAY))
    p.add(Box(x0, 16, x1 - x0, 7, color=None, fill=(0.96, 0.96, 0.96)))
    p.at(x0 + 3, 21, "9:41", size=8, font="sans-bold")
    p.at(x1 - 3, 21, "4G  82%", size=8, align="r")
    p.add(Box(x0, 23, x1 - x0, 13, color=None, fill=(0.93, 0.93, 0.95)))
    p.at(105, 28.5, "＋81 80-0000-6613", size=11, font="sans-bold", align="c")
    p.at(105, 33, "SMS/MMS", size=7, color=GRAY, align="c")
    y = 42.0
    msgs = [
        ("in", f"{sent.month}月{sent.day}日({wd(sent)}) 10:12",
         "【ニッテル債権回収株式会社】お客様がご利用になった有料サイトの未払料金について、債権移行につき確認事項が御座います。"
         "本日中に必ず御連絡下さい。御連絡なき場合は法的手続に移行致します。お問合せ 03-0000-7702 法務大臣許可番号第7号"),
        ("out", "10:31", "何の料金ですか？覚えがありません"),
        ("in", "10:44",
         "ご本人様確認が取れましたので申し上げます。未納額は合計100,000円です（内訳：未納利用料金71,400円、延滞金18,600円、"
         "調査費用10,000円）。受付番号NR-55301"),
        ("in", "10:46",
         f"お支払期限 {sent.month}月{sent.day}日({wd(sent)})17時まで。コンビニで電子マネーギフトカード1万円券を10枚ご購入のうえ、"
         "カード裏面の番号を本メッセージにご返信下さい。またはみさと中央銀行 栄町支店 普通 4471029 名義 タチキ ヒロシ"
         "（担当者個人名義）へお振込み下さい。"),
        ("in", "10:47", "※弁護士・消費生活センター等への御相談は手続の遅延となりますのでお控え下さい。"),
    ]
    for side, ts, text in msgs:
        w = 118
        lines = wrap_nb(text, w - 7, 10.5, "sans", "")
        h = 4.5 + len(lines) * 5.3
        bw = w if side == "in" else 8 + max(text_width(s, 10.5, "sans") for s in lines)
        bx = x0 + 5 if side == "in" else x1 - 5 - bw
        p.at(105, y + 3.5, ts, size=8.5, color=GRAY, align="c")
        y += 6
        p.add(Box(bx, y, bw, h, 0.2, GRAY, (0.90, 0.90, 0.92) if side == "in" else (0.82, 0.92, 0.84)))
        for i, s in enumerate(lines):
            p.at(bx + 3.5, y + 5.6 + i * 5.3, s, size=10.5)
        y += h + 3
    assert y < 270, y
    p.add(Box(x0 + 4, 266, x1 - x0 - 8, 8, 0.2, GRAY))
    p.at(x0 + 7, 271.5, "テキストメッセージ", size=7.5, color=GRAY)
    p.at(190, 290, f"印刷日 {slash(D(2026, 6, 9))}", size=7, color=GRAY, align="r")
    tr = truth(document_type="other", sender="ニッテル債権回収株式会社", license_number=7, phone="03-0000-7702",
               status="not_licensed", debtor=None, total=T, lump=False, issued=sent, payment_due=sent,
               reference="NR-55301", is_scam=True, input_kind="photo_heic",
               template="proxy60_scam_sms_printout_one_char_off_servicer_gift_cards", received=None)
    return dict(stem="bq08", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(fill=0.86, keystone=0.05, tilt=2.2, bg="desk", blur=0.9, warm=0.3, glare=16, creases=2),
                about="other (scam SMS printed from a phone screen; servicer name one character off)",
                unusual="a phone SCREEN printed on A4 (status bar 9:41, the sending number ＋81 80-0000-6613, grey and green "
                        "bubbles) and photographed as HEIC on a pale desk with creases and a lamp glare: 「ニッテル債権回収"
                        "株式会社」 — ONE character off the real ニッテレ — with the real ニッテレ's 「法務大臣許可番号第7号」; "
                        "法務省-quoted wording 「債権移行につき確認事項が御座います。本日中に必ず御連絡下さい。」; the debtor's "
                        "own reply bubble; the total 100,000円 with a 3-part breakdown in brackets; ten 1万円 gift cards OR "
                        "a transfer to a 担当者個人名義 account; 「弁護士・消費生活センター…お控え下さい」; NO addressee name "
                        "(debtor null); dates only as month/day with weekday (year from the print date line)")


LETTERS = [bq01, bq02, bq03, bq04, bq05, bq06, bq07, bq08]
