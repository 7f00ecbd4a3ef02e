"""Proxy set 17, letters f09–f16: a real servicer's ご返済プランのご案内 by fax; a law office's 催告書 by fax; a scam
postcard from a fake servicer (photo); a real servicer's 一括請求 after a 任意売却 (photo); a 仮執行宣言付支払督促
(HEIC); a card company's ご請求書 after acceleration (EXIF 8); a consumer lender's 縦書き 内容証明 催告書 with a
relative deadline; a 縦書き joint 債権譲渡通知 to an invented servicer (scan)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    WHITE,
    Box,
    Page,
    dashed,
    era,
    grid,
    kdate,
    late,
    leader,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
BLUE = (0.10, 0.25, 0.60)
PURPLE = (0.38, 0.18, 0.52)
BROWN = (0.42, 0.26, 0.10)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


# ---------------------------------------------------------------------------------------------
# f09 セゾン債権回収 (real, 第34号) ご返済プランのご案内 by fax: current debt + three plan options.


def f09():
    R = 14.6
    issued, reply = D(2026, 3, 4), D(2026, 3, 25)
    acc, lastp, assign = D(2025, 5, 2), D(2025, 1, 27), D(2025, 8, 29)
    P, I = 538_000, 12_045
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    assert P == 13_000 + 15_000 * 35 and P == 38_000 + 10_000 * 50
    p = Page(font="sans", size=10, top=14)
    p.line(f"送信日　{jis(issued)}　　送信枚数　1枚（本紙のみ）", size=9, align="r")
    p.gap(1)
    p.line("雲井　和也　様", size=13)
    p.line("（FAX 0266-00-4127 宛）", size=8.5)
    p.gap(1)
    x = 118
    for s, sz, f in (("セゾン債権回収株式会社", 11, "sans-bold"), ("法務大臣許可 第34号", 8.5, "sans"),
                     ("〒170-0000 東京都豊島区ひがしの坂九丁目9番9号", 8, "sans"),
                     ("和解推進グループ　担当　猿渡", 8.5, "sans"),
                     ("TEL 03-0000-3434 ／ FAX 03-0000-3435", 9.5, "sans-bold")):
        p.line(s, x=x, size=sz, font=f)
    p.seal(188, p.y - 14, 11, "square", "セゾン債権回収印", angle=2, seed=17091)
    p.gap(3)
    p.title("ご返済プランのご案内", size=15)
    p.para(f"株式会社からまつクレジットからお客様に対する債権を{jis(assign)}に当社が譲り受けて以来、お支払いについて"
           "ご案内を差し上げております。先日のお電話でご相談いただきました内容を踏まえ、分割でのご返済プランを下記の"
           "とおりご案内いたします。")
    p.para(f"ご返済は{jis(lastp)}のご入金が最後であり、お客様は{jis(acc)}に期限の利益を喪失されています。")
    p.gap(2)
    p.line(f"■ 現在のご債務（{jis(issued)}現在）", size=10, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金", "ご債務合計"], [f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"]],
            [40, 40, 40, 46], x=20, header=True, aligns="rrrr", size=10, row_h=8)
    p.line(f"（円）遅延損害金は元金に対し{jis(acc + timedelta(1))}から年14.6％で計算", x=20, size=8)
    p.gap(2)
    p.line("■ ご返済プラン（いずれか一つをお選びください）", size=10, font="sans-bold")
    p.table([["", "プラン", "お支払内容", "免除"],
             ["□", "Ａ", "初回 13,000円（4月末日）、以後毎月末日 15,000円 × 35回（元金のみ）", "利息・損害金"],
             ["□", "Ｂ", "初回 38,000円（4月末日）、以後毎月末日 10,000円 × 50回（元金のみ）", "利息・損害金"],
             ["□", "Ｃ", "その他（ご希望の月額：　　　　　円）", "ご相談"]],
            [8, 12, 122, 28], x=20, header=True, aligns="ccll", size=8.8, row_h=8)
    p.gap(2)
    p.para("・各プランの合計は元金538,000円です。ご返済を2回以上怠り、その額が30,000円に達したときは、免除は取り消され、"
           "ご債務全額を一括してお支払いいただきます。", size=8.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 13, 1.3))
    p.at(22, y + 8.5, "ご回答期限", size=10.5, font="sans-bold")
    p.at(50, y + 8.7, f"{jis(reply)}（{wd(reply)}）必着", size=12.5, font="sans-bold")
    p.at(188, y + 8.5, "本紙下欄にご記入のうえFAXでご返信ください", size=8, align="r")
    p.y = y + 18
    dashed(p, 14, 196, p.y)
    p.gap(4)
    p.line("ご回答欄（FAX 03-0000-3435）", size=10, font="sans-bold")
    grid(p, 18, p.y + 1, [30, 56, 30, 58], [["お客様番号", "SZ-25-098812", "ご選択プラン", "Ａ ・ Ｂ ・ Ｃ"],
                                            ["ご署名", "", "ご連絡先電話", ""]], h=9, size=9.5)
    tr = truth(document_type="settlement_proposal", sender="セゾン債権回収株式会社", license_number=34,
               phone="03-0000-3434", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社からまつクレジット", debtor="雲井和也", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="SZ-25-098812", input_kind="fax_tiff",
               template="proxy17_servicer_plan_options_fax_jis", received=issued)
    return dict(stem="f09", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 11:07 SAISON SAIKEN 03-0000-3435",
                about="settlement_proposal (real servicer, three plan options, fax)",
                unusual="real servicer ★ セゾン債権回収株式会社 with 「法務大臣許可 第34号」 (no 番号) as a one-page G4 fax: "
                        "送信日 and 送信枚数 on one line; EVERY date a JIS short date (R8.3.4, R7.8.29, R7.1.27, R7.5.2, "
                        "R8.3.25); the addressee's own FAX number under the name; TEL ／ FAX on one line; the current debt "
                        "as a one-row table 元金 / 利息 / 遅延損害金 / ご債務合計 with 「（円）」 under it; a plan table "
                        "with tick boxes Ａ / Ｂ / Ｃ (first payments, 15,000 × 35, 10,000 × 50, the 30,000 default threshold "
                        "— distractors); a heavy-framed ご回答期限 …必着 (= payment_due); the お客様番号 only in the reply "
                        "grid at the foot")


# ---------------------------------------------------------------------------------------------
# f10 law office 催告書 by fax for a consumer-finance client; no last payment printed; 元金 + 損害金 only.


def f10():
    R = 18.0
    issued, due = D(2025, 10, 29), D(2025, 11, 12)
    acc = D(2025, 6, 30)
    P = 720_000
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    p = Page(font="serif", size=10.5, top=18)
    p.line("すいれん法律事務所", size=15, font="serif-bold", align="c")
    p.line("〒530-0000 大阪市北区なにわ橋九丁目9番9号 なにわ橋ビル5階", size=8.5, align="c")
    p.line("電話 06-0000-4471　ファクシミリ 06-0000-4472", size=8.5, align="c")
    p.rule(20, 190, 0.8)
    p.gap(4)
    p.line(f"{era(issued)}", align="r")
    p.line("弊所事件番号　S-2510-0331", align="r", size=9.5)
    p.gap(1)
    p.line("牧瀬　大輔　殿", size=13)
    p.line("（大阪府枚方市ひこぼし町九丁目9番9号）", size=9)
    p.gap(1)
    p.line("株式会社のぎくファイナンス代理人", x=108, size=10)
    p.line("弁護士　南　雲　　清　香", x=108, size=11.5)
    p.seal(186, p.y - 9, 10, "square", "弁護士南雲之印", angle=-2, seed=17101)
    p.gap(6)
    p.title("催　告　書", size=17, font="serif-bold")
    p.para("当職は、株式会社のぎくファイナンス（以下「依頼者」といいます。）から委任を受けた代理人として、貴殿に対し、"
           "以下のとおり催告いたします。")
    p.para("貴殿は、依頼者との間で令和4年2月7日に締結した金銭消費貸借契約（貸付金額1,000,000円）に基づく分割金の支払を"
           f"怠り、{era(acc)}の経過をもって期限の利益を喪失しております。依頼者からの度重なる請求にもかかわらず、現在まで"
           "お支払いがありません。")
    p.para(f"よって、貴殿に対し、下記金員を{era(due)}（{wd(due)}）までに下記預り金口座へお支払いいただくよう催告いたします。"
           "期限までにお支払いがない場合は、何らの通知なく訴訟提起その他の法的措置を講じます。")
    p.para("なお、本件に関するご連絡は、依頼者ではなく当職宛てにお願いいたします。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    for lab, val in (("１　貸金元金残額", f"金{P:,}円"),
                     (f"２　損害金（{era(acc + timedelta(1))}から本書作成日まで年18％）", f"金{L:,}円"),
                     ("３　以上合計", f"金{T:,}円")):
        b = p.line(lab, x=30, size=10.5)
        p.at(180, b, val, size=10.5, align="r", font="serif-bold" if "合計" in lab else "serif")
    p.gap(2)
    p.kv([("振込先", "なにわ商工銀行　梅田支店　普通預金　0331471"),
          ("口座名義", "弁護士南雲清香預り金口"),
          ("依頼者の貸付番号", "NG-7702-113（ご参考）")], x=30, label_w=34, size=10)
    p.gap(3)
    p.para("※分割によるお支払いをご希望の場合は、期限までに当職（担当事務員　浅利）までお電話ください。※本書と行き違い"
           "にお支払い済みの場合はご容赦ください。", size=9.5, indent="")
    p.line("以上", align="r")
    p.y = 280
    p.line("（大阪弁護士会所属）", size=8.5, align="r")
    tr = truth(document_type="collection_notice", sender="すいれん法律事務所", phone="06-0000-4471",
               creditor="株式会社のぎくファイナンス", status="not_applicable", debtor="牧瀬大輔", total=T, principal=P,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=None,
               reference="S-2510-0331", input_kind="fax_tiff", template="proxy17_law_office_saikoku_fax_centred_head",
               received=issued)
    return dict(stem="f10", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 15:31 SUIREN LAW 06-0000-4472",
                about="collection_notice (law office 催告書 for a consumer-finance client, by fax)",
                unusual="a law office's 催告書 by one-page G4 fax: a CENTRED letterhead with 電話 and ファクシミリ on one line "
                        "and a heavy rule; 弊所事件番号 under the date; the addressee's address in brackets UNDER the name; "
                        "the client called 「依頼者」; only 元金 and 損害金 (no interest); NO last payment date anywhere "
                        "(null); the 1,000,000 loan and the client's 貸付番号 as distractors; a 預り金口; the fax header "
                        "shows the FAX")


# ---------------------------------------------------------------------------------------------
# f11 SCAM postcard from a fake servicer with a fake 法務大臣許可番号 (photo).


def f11():
    issued, due = D(2026, 1, 28), D(2026, 1, 30)
    p = Page(w=100, h=148, font="sans", size=7.5, left=7, right=7, top=8)
    p.add(Box(6, 6, 88, 11, color=None, fill=RED))
    p.at(50, 13.3, "債権譲渡及び最終督促のお知らせ", size=10, font="sans-bold", align="c", color=WHITE)
    p.y = 20
    p.line(f"通知日　{era(issued)}　　管理番号　HN-4417", size=6.8)
    p.line("熊谷　聡子　様", size=10)
    p.gap(1)
    p.para("貴方様がご利用になられたデジタルコンテンツ運営会社より、未納料金に関する債権を当社が譲り受けました。"
           "再三のご連絡にも拘らず未だお支払いが確認できておりません。", size=7.2)
    p.para("本状到着後、期日までにご連絡なき場合は、民事訴訟の手続を経て、給与・預貯金・動産の差押えを執行いたします。"
           "訴訟取り下げのご相談は、必ずご本人様よりお電話ください。", size=7.2)
    p.gap(1.5)
    y = p.y
    p.add(Box(10, y, 80, 22, 0.8, RED))
    p.at(14, y + 6, "未納料金合計", size=7.5, font="sans-bold")
    p.at(86, y + 7, "79,800円", size=12, font="sans-bold", align="r", color=RED)
    p.at(14, y + 13, "最終期日", size=7.5, font="sans-bold")
    p.at(86, y + 14, f"{era(due)}（{wd(due)}）正午", size=8.5, font="sans-bold", align="r", color=RED)
    p.at(14, y + 19.5, "※期日後は遅延金・調査費が加算されます", size=6.2)
    p.y = y + 25
    p.para("お支払いは当社指定の電子マネー（プリペイドカード）にてお願いしております。裁判所・弁護士・消費生活センター"
           "等へのご相談はお控えください。", size=6.8, indent="")
    p.gap(1.5)
    p.line("ひなげし債権管理センター株式会社", size=8.5, font="sans-bold")
    p.line("法務大臣許可番号　第309号", size=7)
    p.line("東京都千代田区（所在地は非公開）", size=6.5)
    p.line("お問い合わせ　03-0000-6650", size=8, font="sans-bold")
    p.line("担当直通　090-0000-1284（受付 9時～20時）", size=6.8)
    p.seal(84, 126, 11, "round", "法務認可|債権/管理", angle=8, seed=17111)
    tr = truth(document_type="other", sender="ひなげし債権管理センター株式会社", license_number=309, phone="03-0000-6650",
               creditor=None, status="not_licensed", original=None, debtor="熊谷聡子", total=79_800, rate=None,
               lump=False, issued=issued, payment_due=due, reference="HN-4417", is_scam=True, input_kind="photo_jpeg",
               template="proxy17_scam_postcard_fake_servicer_licence", received=None)
    return dict(stem="f11", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1700, 2300), fill=0.8, keystone=0.06, tilt=3.2, bg="cloth", blur=0.8, warm=0.35),
                about="other (scam postcard from a fake servicer)",
                unusual="a 架空請求 postcard photographed on a dark cloth under warm light: a red title band 「債権譲渡及び"
                        "最終督促のお知らせ」; a fake 「ひなげし債権管理センター株式会社」 with a FAKE 「法務大臣許可番号　第309号」 "
                        "(→ not_licensed) and a fake round 「法務認可」 seal; 「デジタルコンテンツ運営会社」 without a name "
                        "(creditor null); 未納料金合計 79,800円 only; 最終期日 two days after the 通知日 at noon; prepaid "
                        "cards; 「裁判所・弁護士…へのご相談はお控えください」; a 03 お問い合わせ number and a 090 担当直通")


# ---------------------------------------------------------------------------------------------
# f12 アルファ債権回収 (real, 第101号) 一括請求 after a 任意売却 (photo on wood): a grid of dates, a 2-column claim.


def f12():
    R = 14.0
    issued, due = D(2026, 1, 26), D(2026, 2, 20)
    acc, lastp, assign, sale = D(2024, 12, 5), D(2024, 8, 26), D(2025, 3, 31), D(2025, 12, 19)
    P = 6_158_402
    L = late(P, R, sale + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10.5, top=14)
    p.add(Box(14, 12, 4, 18, color=None, fill=BLUE))
    p.at(21, 20, "アルファ債権回収株式会社", size=13, font="sans-bold", color=BLUE)
    p.at(21, 26, "法務大臣許可番号 第101号", size=8.5, color=BLUE)
    p.at(196, 18, f"{wdate(issued)}", size=10, align="r")
    p.at(196, 24, "お客様コード　AL-101-48820", size=10, align="r")
    p.y = 36
    p.line("〒680-0000　鳥取県鳥取市すなはま町九丁目9番9号", size=10)
    p.line("蜷　川　　隆　之　様", size=13.5)
    p.gap(5)
    p.title("任意売却後の残債務についてのご案内", size=14.5)
    p.para(f"先般は、ご所有不動産の任意売却にご協力いただき、ありがとうございました。{wdate(sale)}の決済により受領いたし"
           "ました売却代金は、ご債務の一部に充当させていただきました。")
    p.para("しかしながら、充当後もなお下記のとおりご債務が残っております。つきましては、下記金額を期限までに一括してお支払い"
           "いただきますようお願い申し上げます。一括でのお支払いが難しい場合は、期限までにご連絡をお願いいたします。")
    p.gap(2)
    y = grid(p, 18, p.y, [32, 54, 32, 56], [
        ["原債権者", "株式会社くろゆり銀行", "債権譲渡日", wdate(assign)],
        ["最終ご入金日", wdate(lastp), "期限の利益喪失日", wdate(acc)],
        ["売却決済日", wdate(sale), "売却代金", "12,300,000円"],
        ["当初ご融資額", "19,500,000円", "ローン番号", "KY-0917-2206"]], h=8, size=9.5)
    p.y = y + 5
    p.line(f"ご請求金額　（{wdate(issued)}現在）", size=10.5, font="sans-bold", color=BLUE)
    p.table([["残元金（売却代金充当後）", f"{P:,}円"],
             [f"遅延損害金（{wdate(sale + timedelta(1))}～　年14.0％）", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [114, 60], x=18, aligns="lr", size=10.5, row_h=9, shade_col0=True)
    p.gap(4)
    y = p.y
    p.add(Box(18, y, 174, 12, 1.0, BLUE))
    p.add(Box(18, y, 36, 12, color=None, fill=BLUE))
    p.at(36, y + 8, "お支払期限", size=10.5, font="sans-bold", color=WHITE, align="c")
    p.at(60, y + 8.2, f"{wdate(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 17
    p.kv([("お振込先", "はまなす銀行　丸の内支店　普通預金　4882011　アルフアサイケンカイシユウ（カ"),
          ("ご注意", "お振込手数料はお客様のご負担となります。お名前の前にお客様コードの数字をご入力ください。")],
         x=20, label_w=26, size=9.5)
    p.gap(4)
    p.para("ご返済方法のご相談は、管理部　担当　木場（電話 03-0000-1011　平日9:00～17:30）までご連絡ください。"
           "なお、残元金に対しては完済まで年14.0％の割合による遅延損害金が生じます。", size=9.5)
    p.gap(3)
    p.line("〒100-0000 東京都千代田区ひびや通九丁目9番9号　アルファ債権回収株式会社　管理部", x=20, size=8.5)
    p.seal(184, p.y - 24, 12, "square", "アルファ債権回収印", angle=-2, seed=17121)
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-1011", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社くろゆり銀行", debtor="蜷川隆之", total=T, principal=P, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="AL-101-48820", input_kind="photo_jpeg",
               template="proxy17_servicer_rest_after_voluntary_sale_grid", received=D(2026, 1, 28))
    return dict(stem="f12", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.06, tilt=2.0, creases=2, shadow=0.22, shadow_side="right", fill=0.85),
                about="collection_notice (real servicer, rest after 任意売却)",
                unusual="phone photo on wood with tri-fold creases and a hand shadow on the right; real servicer ★ "
                        "アルファ債権回収株式会社 with 「法務大臣許可番号 第101号」 beside a blue bar; western dates "
                        "(2026年1月26日) throughout; お客様コード top-right; a shaded-label GRID of eight cells (原債権者, "
                        "債権譲渡日, 最終ご入金日, 期限の利益喪失日, 売却決済日, 売却代金 12,300,000, 当初ご融資額 19,500,000, "
                        "ローン番号 — the last four distractors); a 2-column claim table 残元金（売却代金充当後） / 遅延損害金 "
                        "(from the day after the 決済日, no end date) / 合計; a blue お支払期限 bar; the phone only in the prose")


# ---------------------------------------------------------------------------------------------
# f13 岐阜簡易裁判所 仮執行宣言付支払督促 (HEIC): one page, the 仮執行宣言 as a sentence with two costs.


def f13():
    R = 14.6
    issued, order, served, filed = D(2026, 5, 27), D(2026, 4, 15), D(2026, 4, 20), D(2026, 4, 2)
    acc, lastp = D(2026, 1, 10), D(2025, 10, 10)
    P = 192_480
    L = late(P, R, acc + timedelta(1), filed)
    C1, C2 = 3_140, 1_124
    C = C1 + C2
    T = P + L + C
    case = "令和8年(ロ)第602号"
    p = Page(font="serif", size=10.5, top=14)
    p.line("事件番号　令和８年（ロ）第６０２号　立替金請求督促事件", size=10)
    p.gap(3)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.kv([("債　権　者", "〒500-0000 岐阜県岐阜市ながら川町九丁目9番9号　株式会社つゆくさクレジット"),
          ("", "代表者代表取締役　目黒　康夫　（連絡先　電話 058-000-6021　担当 霜田）"),
          ("債　務　者", "〒501-0000 岐阜県瑞穂市ねむのき台九丁目9番9号　小柴　由紀")], x=18, label_w=24, size=9.5)
    p.gap(3)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。")
    p.gap(1)
    p.line("【請求の趣旨】", size=10.5, font="serif-bold")
    x0, x1 = 26, 170
    p.size = 10.5
    leader(p, "１　立替金残元金", f"{P:,}円", x0, x1)
    leader(p, "２　確定遅延損害金", f"{L:,}円", x0, x1)
    leader(p, "３　督促手続費用", f"{C1:,}円", x0, x1)
    p.para(f"４　上記１の金額に対する{era(filed + timedelta(1))}から完済まで年14.6％の割合による遅延損害金", x0=26, x1=190,
           size=10, indent="")
    p.para(f"（２は、１に対する{era(acc + timedelta(1))}から{era(filed)}まで年14.6％の割合による。）", x0=26, x1=190,
           size=9.5, indent="")
    p.gap(1)
    p.line("【請求の原因】", size=10.5, font="serif-bold")
    p.para(f"債権者は債務者との間で令和4年3月22日に立替払契約（商品　エアコン一式、割賦販売価格297,000円）を締結した。"
           f"債務者は{era(lastp)}の支払を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。", x0=26, x1=190,
           size=10, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 174, 30, 0.8))
    p.at(22, y + 7, "仮執行の宣言", size=11, font="serif-bold")
    for i, s in enumerate([f"上記支払督促は、{era(order)}に発付され、{era(served)}債務者に送達されたが、債務者は法定期間内に",
                           "督促異議の申立てをしなかった。よって、上記支払督促に、手続費用を金"
                           f"{C2:,}円として仮執行の宣言をする。",
                           f"（上記１から３まで及び仮執行宣言の手続費用の合計　金{T:,}円）"]):
        p.at(22, y + 14 + i * 6, s, size=9.4 if i < 2 else 10.5, font="serif-bold" if i == 2 else "serif")
    p.y = y + 35
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　岐阜簡易裁判所　裁判所書記官　碓　井　　　徹", size=10.5)
    p.seal(150, p.y - 5, 13, "square", "岐阜簡易裁判所書記官印", seed=17131)
    p.gap(3)
    p.line("これは正本である。　同日同庁　裁判所書記官", size=9.5, align="r")
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 174, 22, 0.3, GRAY, (0.95, 0.95, 0.95)))
    for i, s in enumerate(["〔ご注意〕この仮執行宣言付支払督促に対しては、送達を受けた日から２週間以内に督促異議を申し立てる",
                           "ことができます。申立てがないと、確定判決と同じ効力を持ち、強制執行を受けることがあります。",
                           "問合せ先　岐阜簡易裁判所　民事督促係　電話 058-000-8602（平日 8:30～17:00）"]):
        p.at(21, y + 6 + i * 6, s, size=9)
    tr = truth(document_type="payment_order_enforceable", sender="岐阜簡易裁判所", phone="058-000-8602",
               creditor="株式会社つゆくさクレジット", status="not_applicable", debtor="小柴由紀", total=T, principal=P,
               late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, reference=case, input_kind="photo_heic",
               template="proxy17_enforceable_gifu_one_page_leaders", received=D(2026, 5, 29))
    return dict(stem="f13", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.04, tilt=1.6, creases=2, glare=28, fill=0.87, warm=0.25),
                about="payment_order_enforceable (簡裁, credit company, one page)",
                unusual="iPhone HEIC on a pale desk with creases and a lamp glare: a 仮執行宣言付支払督促 of 岐阜簡裁 (a court "
                        "not used before) on ONE page; the case number after 「事件番号」 in full-width; 請求の趣旨 as "
                        "DOTTED-LEADER lines (立替金残元金 / 確定遅延損害金 / 督促手続費用 3,140) with the running item ４ and "
                        "the window in brackets; a framed 仮執行の宣言 paragraph naming the 支払督促 date 4/15 and its 送達 "
                        "4/20 (distractors) with the second cost 1,124 inside the sentence and the grand total in a bracketed "
                        "line; no interest; the 297,000 sale price and the creditor's phone as distractors; the court's 督促係 "
                        "phone in a grey box")


# ---------------------------------------------------------------------------------------------
# f14 card company ご請求書 after acceleration (EXIF 8): shopping + cashing balances with a 元金計 row.


def f14():
    R = 14.6
    issued, due = D(2025, 12, 1), D(2025, 12, 15)
    acc, lastp = D(2025, 10, 27), D(2025, 7, 27)
    S, K = 146_300, 95_000
    P = S + K
    I = 4_981
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=14)
    p.at(16, 20, "HIIRAGI", size=16, font="sans-bold", color=PURPLE)
    p.at(16, 25, "株式会社ひいらぎカードサービス", size=8.5, color=PURPLE)
    p.at(196, 17, f"作成日：{era(issued)}", size=9.5, align="r")
    p.at(196, 22.5, "照会番号：HC-1201-30472", size=9.5, align="r")
    p.y = 32
    p.line("〒330-0000　埼玉県さいたま市浦和区ことぶき坂九丁目9番9号", size=10)
    p.line("樋熊　慎也　様", size=13.5)
    p.gap(4)
    p.title("ご利用残高の一括ご請求について", size=14.5)
    p.para(f"平素よりひいらぎカードをご利用いただきありがとうございます。お客様のお支払いは{era(lastp)}を最後に"
           "確認できておらず、会員規約に基づき、お客様は令和7年10月27日をもって期限の利益を喪失されました。")
    p.para("つきましては、ご利用残高の全額を下記のとおり一括してご請求申し上げます。")
    p.gap(2)
    p.table([["区　分", "金　額"], ["ショッピング（リボ・分割）残高", f"{S:,}円"], ["キャッシング残高", f"{K:,}円"],
             ["　元金計", f"{P:,}円"], ["手数料・利息（喪失日まで）", f"{I:,}円"],
             ["遅延損害金（元金計に対し年14.6％）", f"{L:,}円"], ["ご請求額", f"{T:,}円"]],
            [120, 52], x=18, header=True, aligns="lr", size=10, row_h=8)
    p.gap(3)
    p.para(f"遅延損害金は{era(acc + timedelta(1))}から本状作成日までの日割計算です。", size=9, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 172, 14, 0.9, PURPLE, (0.96, 0.94, 0.98)))
    p.at(22, y + 9, f"お支払期日　{era(due)}（{wd(due)}）", size=12.5, font="sans-bold", color=PURPLE)
    p.at(186, y + 9, "ご請求額を一括でお振込みください", size=8.5, align="r")
    p.y = y + 19
    p.kv([("お振込口座", "さきたま銀行　本店営業部　普通預金　3047218　カ）ヒイラギカードサービス"),
          ("カード番号", "5310-＊＊＊＊-＊＊＊＊-0472"),
          ("ご入会日", "平成29年11月1日　（ご利用可能枠 ショッピング50万円・キャッシング10万円）")],
         x=20, label_w=28, size=9.5)
    p.gap(4)
    p.para("お支払いが困難な場合は、お支払期日までに下記にご相談ください。期日までにご入金もご連絡もない場合は、支払督促等の"
           "法的手続をとらせていただきます。", size=9.5)
    p.gap(3)
    p.line("株式会社ひいらぎカードサービス　債権管理部　担当　駒井", x=80, size=9.5, font="sans-bold")
    p.line("〒330-0000 さいたま市浦和区ときわ坂九丁目9番9号", x=80, size=8.5)
    p.line("お問合せ　048-000-2210（平日9:30～17:30）", x=80, size=10)
    p.seal(186, p.y - 12, 11, "square", "ひいらぎカード印", angle=3, seed=17141)
    tr = truth(document_type="collection_notice", sender="株式会社ひいらぎカードサービス", phone="048-000-2210",
               creditor="株式会社ひいらぎカードサービス", status="not_applicable", debtor="樋熊慎也", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="HC-1201-30472", input_kind="photo_exif_rotated",
               template="proxy17_card_lump_shopping_cashing_exif8", received=D(2025, 12, 3))
    return dict(stem="f14", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.2, creases=2, shadow=0.25, shadow_side="top", fill=0.85,
                          warm=0.15),
                about="collection_notice (card company, lump sum after acceleration)",
                unusual="phone photo stored sideways with EXIF orientation 8, on tatami with creases and a shadow in the "
                        "top-left corner; Latin logo 「HIIRAGI」 with the company name small under it; colon labels "
                        "top-right (作成日： / 照会番号：); a 区分 / 金額 table with TWO balances (ショッピング残高 + "
                        "キャッシング残高) and an indented 元金計 row (= principal), 手数料・利息, 遅延損害金, ご請求額; the "
                        "window start only in a line under the table; masked カード番号, ご入会日 平成29年 and 利用可能枠 "
                        "50万 / 10万 as distractors")


# ---------------------------------------------------------------------------------------------
# f15 consumer lender 縦書き 内容証明 催告書 with a RELATIVE deadline only (本書到達後七日以内): payment_due null.


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円也"


def f15():
    R = 18.0
    issued = D(2026, 6, 5)
    acc, lastp = D(2026, 2, 16), D(2025, 11, 14)
    P, I = 423_000, 8_764
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "前略　当社は、貴殿に対し、令和四年八月九日付金銭消費貸借契約に基づき、左記の貸金債権を有しております。"),
        ("body", "貴殿は、令和七年十一月十四日の返済を最後に約定の返済を怠り、当社の催告にもかかわらず支払わなかったため、"
                 "令和八年二月十六日の経過をもって期限の利益を喪失しました。"),
        ("body", f"つきましては、本書到達後七日以内に、左記合計{kyen(T)}を、左記口座にお振込みください。"),
        ("body", "右期間内にお支払い又はご連絡がない場合は、やむを得ず法的手続に移行いたしますので、ご承知おきください。"),
        ("indent", "記"),
        ("indent", f"一　元金　　　　　{kyen(P)}"),
        ("indent", f"二　利息　　　　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　　{kyen(L)}"),
        ("plain", "　　　（令和八年二月十七日から本書作成日まで年十八パーセント）"),
        ("indent", f"四　合計　　　　　{kyen(T)}"),
        ("indent", "振込先　しらさぎ銀行　駅前支店　普通預金"),
        ("plain", "　　　　口座番号　" + kanji_digits("6150321") + "　口座名義　株式会社やまぶきローン"),
        ("indent", "お客様番号　" + fw("YB-0321558")),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "静岡県静岡市葵区あじさい坂九丁目九番九号"),
        ("low", "株式会社やまぶきローン"),
        ("low", "代表取締役　矢吹　隆"),
        ("low", "電話　〇五四（〇〇〇）六一五〇"),
        ("blank", ""),
        ("low", "静岡県藤枝市ちゃばたけ町九丁目九番九号"),
        ("low", "温井　雅之　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 17151))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "矢吹　隆" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 18.5) * size * 0.3528 * 1.05, 11, "round", "やまぶきローン|代表/取締役",
                         angle=-5, seed=17152))
    tr = truth(document_type="collection_notice", sender="株式会社やまぶきローン", phone="054-000-6150",
               creditor="株式会社やまぶきローン", status="not_applicable", debtor="温井雅之", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, reference="YB-0321558", input_kind="vertical_pdf",
               template="proxy17_vertical_lender_naiyou_relative_deadline", received=D(2026, 6, 8))
    return dict(stem="f15", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (consumer lender, 縦書き 内容証明, relative deadline)",
                unusual="a consumer lender's own 縦書き 催告書 (前略 … 草々), digital, with the post office's 内容証明 stamp; "
                        "amounts in positional kanji WITH 也 (金四十二万三千円也); the total twice (body and 四 合計); the "
                        "deadline ONLY relative 「本書到達後七日以内」 → payment_due null; rate 年十八パーセント; account "
                        "number in kanji digits (distractor); お客様番号 in full-width Latin ＹＢ－０３２１５５８ (→ "
                        "YB-0321558); phone in kanji digits; round seal of the 代表取締役")


# ---------------------------------------------------------------------------------------------
# f16 縦書き joint 債権譲渡通知書: 信販 company → INVENTED servicer はまゆう債権回収 (第二四六号 in kanji), scanned.


def f16():
    R = 14.6
    issued, assign = D(2025, 10, 9), D(2025, 10, 1)
    acc, lastp = D(2025, 5, 20), D(2025, 2, 27)
    P, I = 657_300, 15_228
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "譲渡人株式会社さくらんぼ信販は、貴殿に対して有する左記債権を、令和七年十月一日付で、譲受人はまゆう債権回収"
                 "株式会社に譲渡いたしました。よって、譲渡人及び譲受人の連名をもって、本書によりご通知いたします。"),
        ("body", "今後のお支払い及びご連絡は、すべて譲受人宛てにお願いいたします。譲渡人に対するお支払いは、譲渡日以後お受け"
                 "できません。"),
        ("indent", "記"),
        ("indent", "一　原契約　令和二年十二月三日付　立替払契約（個品割賦・自動二輪車）"),
        ("indent", "二　最終お支払日　令和七年二月二十七日"),
        ("indent", "三　期限の利益喪失日　令和七年五月二十日"),
        ("indent", "四　譲渡日現在の債権額"),
        ("plain", f"　　元金　　　　{kman(P)}"),
        ("plain", f"　　手数料　　　{kman(I)}"),
        ("plain", f"　　遅延損害金　{kman(L)}"),
        ("plain", "　　（元金に対し令和七年五月二十一日から譲渡日まで年十四・六パーセント）"),
        ("plain", f"　　合計　　　　{kman(T)}"),
        ("indent", "五　お客様番号（譲受人）　" + fw("SH-251009")),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "（譲渡人）福岡県福岡市博多区さざなみ通九丁目九番九号"),
        ("low", "株式会社さくらんぼ信販　代表取締役　二瓶　秀人"),
        ("low", "（譲受人）福岡県福岡市中央区てんじん坂九丁目九番九号"),
        ("low", "はまゆう債権回収株式会社　代表取締役　羽柴　克也"),
        ("low", "法務大臣許可番号第二四六号"),
        ("low", "電話　〇九二（〇〇〇）五二四六"),
        ("blank", ""),
        ("low", "福岡県久留米市ささぶね町九丁目九番九号"),
        ("low", "江頭　美穂　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    for key, txt, sd in (("二瓶", "さくらんぼ信販|代表/取締役", 17161), ("羽柴", "はまゆう債権回収|代表/取締役", 17162)):
        it = [it for it in pg.items if isinstance(it, VText) and key in it.s][0]
        pg.items.append(Seal(it.x, it.y + (len(it.s) + 5) * size * 0.3528 * 1.05, 10, "round", txt, angle=-4,
                             seed=sd))
    tr = truth(document_type="assignment_notice", sender="はまゆう債権回収株式会社", license_number=246,
               phone="092-000-5246", creditor="はまゆう債権回収株式会社", status="unverified",
               original="株式会社さくらんぼ信販", debtor="江頭美穂", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SH-251009", input_kind="vertical_scan",
               template="proxy17_vertical_joint_assignment_invented_servicer", received=D(2025, 10, 14))
    return dict(stem="f16", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.7,
                about="assignment_notice (joint, 信販 → invented servicer, 縦書き)",
                unusual="縦書き joint 債権譲渡通知書, scanned: both parties in the closing columns with 「（譲渡人）」 / "
                        "「（譲受人）」 and a round seal each; the INVENTED servicer 「はまゆう債権回収株式会社」 with the "
                        "licence in KANJI digits 「法務大臣許可番号第二四六号」 (→ 246, unverified); amounts in kanji digits "
                        "with 万 (金六五万七三〇〇円 style); 手数料 → interest; the window in its own column; お客様番号 in "
                        "full-width Latin ＳＨ－２５１００９; informs only (no payment date); phone in kanji digits")


def kman(n: int) -> str:
    from samples.letters.proxydraw import kman as _k
    return _k(n)


LETTERS = [f09, f10, f11, f12, f13, f14, f15, f16]
