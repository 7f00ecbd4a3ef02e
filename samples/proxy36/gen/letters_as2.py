"""Proxy set 36, letters as09–as16: lawyers' demand after a 判決 for a rent guarantor (as09), lawyers' fax to a company
for a lease company (as10), a DEBTOR's lawyer's 受任通知 faxed to a card company (as11, claims nothing), a 縦書き
代位弁済通知 of a lawyer for a housing-loan guarantor (as12), a lawyer's 受任通知兼請求書 for a real servicer,
photographed (as13), a scam posing as a servicer with a 顧問弁護士 (as14), a 仮執行宣言付支払督促 whose invented servicer
creditor is represented by a 司法書士 (as15) and a 司法書士's 催告書 for a private landlord, photographed sideways (as16)."""

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
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_digits
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
SLATE = (0.20, 0.27, 0.33)
MOSS = (0.24, 0.36, 0.18)
INDIGO = (0.16, 0.18, 0.45)


def ek(d: D) -> str:
    return f"{era(d)}（{wd(d)}）"


def kpos(n: int) -> str:
    """金一八、四〇二、五一六円: kanji digits with 、 as the thousands mark (vertical letters)."""
    return "金" + kanji_digits(f"{n:,}").replace(",", "、") + "円"


# ---------------------------------------------------------------------------------------------
# as09 lawyers' demand after a 判決 (rent guarantor), 強制執行 warning; scanned PNG.


def as09():
    R = 14.6
    issued, due = D(2026, 1, 15), D(2026, 1, 30)
    P, L0, C = 1_538_000, 74_400, 18_560
    L1 = late(P, R, D(2025, 6, 1), issued)
    L = L0 + L1
    T = P + L + C
    case = "令和7年(ワ)第263号"
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "霞末・露木法律事務所", size=14, font="serif-bold")
    p.at(15, 24.5, "秋田弁護士会所属　弁護士 霞末 慎吾　弁護士 露木 彩", size=8.3)
    p.at(15, 28.8, "〒010-0000 秋田県秋田市オナガ町九丁目9番9号　TEL 018-000-4471　FAX 018-000-4472", size=8.3)
    p.add(Line(15, 31.5, 196, 31.5, 0.6))
    p.at(196, 38, era(issued), size=10, align="r")
    p.at(196, 43, "当事務所整理番号　KT-25-311", size=9.5, align="r")
    p.y = 38
    p.line("秋田県能代市コゲラ台九丁目9番9号", size=9.8)
    p.line("羊谷　由紀子　様", size=13.5)
    p.gap(4)
    p.title("判決に基づくお支払いのご請求", size=15.5)
    p.line("（強制執行予告通知）", align="c", size=10.5, color=RED)
    p.gap(2)
    p.para("当職らは、株式会社ルリビタキ保証（以下「依頼者」といいます。）の代理人として、貴殿に対し、次のとおり"
           "ご請求いたします。")
    p.para(f"依頼者が貴殿を被告として提起した秋田地方裁判所{case}求償金等請求事件について、令和7年10月29日に判決が"
           "言い渡され、同判決は令和7年11月13日に確定しました。判決主文は次のとおりです。")
    y = p.y + 1
    p.add(Box(25, y, 160, 22, 0.3, GRAY, (0.96, 0.96, 0.96)))
    for i, s in enumerate(["１　被告は、原告に対し、金1,612,400円及びうち金1,538,000円に対する令和7年6月1日から",
                           "　　支払済みまで年14.6パーセントの割合による金員を支払え。",
                           "２　訴訟費用は被告の負担とする。",
                           "３　この判決は、仮に執行することができる。"]):
        p.at(29, y + 5.5 + i * 4.6, s, size=9)
    p.y = y + 26
    p.para(f"つきましては、判決及び訴訟費用額確定処分（令和7年12月19日）に基づき、本日現在の下記金額を{ek(due)}限り、"
           "下記口座へ一括してお支払いください。")
    p.gap(1)
    rows = [["内　訳", "金　額"], ["元金（求償金）", f"{P:,}円"], ["確定遅延損害金（令和7年5月31日まで）", f"{L0:,}円"],
            [f"遅延損害金（令和7年6月1日から{era(issued)}まで 年{R}％）", f"{L1:,}円"],
            ["訴訟費用（訴訟費用額確定処分による）", f"{C:,}円"], ["合　計", f"{T:,}円"]]
    assert P + L0 == 1_612_400
    p.table(rows, [116, 44], x=25, header=True, aligns="lr", size=9.5, row_h=7.2)
    p.gap(2)
    p.kv([("お振込先", "秋田ミソサザイ銀行　県庁前支店　普通預金　4471263"),
          ("口座名義", "弁護士霞末慎吾預り金口（ベンゴシカスミスエシンゴアズカリキングチ）")], x=25, label_w=24, size=9.5)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 18, 0.5, RED))
    for i, s in enumerate(["上記期限までにお支払い又は分割払いのご相談がない場合、依頼者は、上記判決を債務名義として、",
                           "貴殿の給与・預金等に対する差押え（強制執行）の申立てを行います。勤務先にも裁判所から",
                           "差押命令が送達されますので、お早めに当事務所（担当 露木）までご連絡ください。"]):
        p.at(19, y + 5.5 + i * 4.5, s, size=9.2, color=RED)
    p.y = y + 21
    p.para("※判決確定後も、元金に対する年14.6％の遅延損害金は完済の日まで日々発生します。", size=8.5, indent="")
    tr = truth(document_type="collection_notice", sender="霞末・露木法律事務所", phone="018-000-4471",
               creditor="株式会社ルリビタキ保証", status="not_applicable", debtor="羊谷由紀子", total=T, principal=P,
               interest=None, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=due,
               reference="KT-25-311", input_kind="scan_png",
               template="proxy36_lawyers_after_judgment_rent_guarantor_execution_warning", received=D(2026, 1, 19))
    return dict(stem="as09", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="collection_notice (lawyers after a 判決, rent guarantor, 強制執行予告)",
                unusual="lawyers' letter AFTER a 地裁 判決, scanned: letterhead top-left with both lawyers and TEL / FAX on "
                        "one line; the 判決主文 quoted in a grey box (金1,612,400円及びうち金1,538,000円…, a distractor for the "
                        "total); the (ワ) number, 言渡 10/29, 確定 11/13 and the 確定処分 12/19 in the prose (not fields); a "
                        "table with TWO damages rows (確定遅延損害金 to 5/31 and the running window to the letter date → "
                        "late = sum) and 訴訟費用（訴訟費用額確定処分による） → costs; red-framed 差押え warning; no 喪失 "
                        "date, no last payment")


# ---------------------------------------------------------------------------------------------
# as10 lawyers' fax to a COMPANY for a lease company: unpaid lease instalments, 規定損害金 only threatened.


def as10():
    R = 14.6
    issued, due = D(2025, 12, 3), D(2025, 12, 12)
    lastp = D(2025, 8, 27)
    fee = 86_900
    rows = []
    for d in (D(2025, 9, 27), D(2025, 10, 27), D(2025, 11, 27)):
        rows.append((d, fee, late(fee, R, d + timedelta(1), issued)))
    P = sum(r[1] for r in rows)
    L = sum(r[2] for r in rows)
    T = P + L
    p = Page(font="sans", size=10, top=10)
    p.add(Box(15, 9, 181, 27, 0.5))
    p.add(Box(15, 9, 181, 7, color=None, fill=SHADE))
    p.at(105.5, 14.2, "ＦＡＸ送信票", size=11, font="sans-bold", align="c")
    for i, (a, b) in enumerate((("宛　先", "有限会社さざ波精工　代表取締役　鰍沢　英二　様（FAX 0848-00-5521）"),
                                ("発信元", "滝瀬・堤下法律事務所　弁護士　滝瀬　圭／弁護士　堤下　萌"),
                                ("送信日", f"{era(issued)}　　枚数　本紙を含め1枚"))):
        p.at(19, 21.5 + i * 5.2, a, size=8.5, color=GRAY)
        p.at(36, 21.5 + i * 5.2, b, size=9.5)
    p.y = 41
    p.at(196, 42, "当事務所整理番号　TT-2512-19", size=9.3, align="r")
    p.y = 45
    p.title("未払リース料のご請求及び契約解除予告のご通知", size=14)
    p.line("有限会社さざ波精工　御中", size=11)
    p.gap(1)
    p.para("当職らは、株式会社ヤマセミリース（以下「依頼者」といいます。）から委任を受けた代理人として、貴社に対し、"
           "次のとおりご通知いたします。")
    p.para(f"貴社は、依頼者との間の令和4年2月1日付リース契約（物件：NC旋盤 1台、月額リース料 {fee:,}円（税込）、毎月27日"
           f"口座振替）に基づくリース料のお支払いを、{era(lastp)}の振替を最後に怠っております。")
    p.para(f"つきましては、下記未払リース料及び遅延損害金の合計金{T:,}円を、{ek(due)}限り、下記口座にお支払いください。")
    p.gap(1)
    head = ["支払期日", "未払リース料", "遅延損害金（年14.6％）", "小　計"]
    body = [[era(d), f"{a:,}円", f"{lt:,}円", f"{a + lt:,}円"] for d, a, lt in rows]
    body.append(["合　計", f"{P:,}円", f"{L:,}円", f"{T:,}円"])
    p.table([head] + body, [40, 38, 48, 38], x=23, header=True, aligns="crrr", size=9.3, row_h=6.8)
    p.line(f"※遅延損害金は、各支払期日の翌日から{era(issued)}まで日割計算（年365日）しています。", x=23, size=8.2)
    p.gap(1.5)
    p.kv([("お支払期限", f"{ek(due)}限り"), ("お振込先", "広島ホオアカ銀行　本店営業部　普通預金　2512190"),
          ("口座名義", "弁護士滝瀬圭預り金口")], x=23, label_w=25, size=9.5)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 20, 0.7))
    for i, s in enumerate(["【ご注意】上記期限までにお支払いがない場合、依頼者はリース契約約款第18条に基づき本件リース契約を",
                           "解除し、リース物件の返還とともに規定損害金（残リース料相当額　金1,843,200円）の一括支払を",
                           "請求いたします。また、連帯保証人（代表取締役　鰍沢英二様）に対しても同様にご請求いたします。"]):
        p.at(19, y + 6 + i * 4.7, s, size=9)
    p.y = y + 24
    for i, s in enumerate(["滝瀬・堤下法律事務所（広島弁護士会）", "〒730-0000 広島県広島市中区ヒレンジャク町九丁目9番9号",
                           "TEL 082-000-6230　FAX 082-000-6231"]):
        p.line(s, x=104, size=10 if i == 0 else 9, font="sans-bold" if i == 0 else None)
    tr = truth(document_type="collection_notice", sender="滝瀬・堤下法律事務所", phone="082-000-6230",
               creditor="株式会社ヤマセミリース", status="not_applicable", debtor="有限会社さざ波精工", total=T,
               principal=P, interest=None, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due,
               last_payment=lastp, reference="TT-2512-19", input_kind="fax_tiff",
               template="proxy36_lawyers_fax_lease_company_to_firm", received=issued)
    return dict(stem="as10", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:12 TAKISE TSUTSUMISHITA LAW 082-000-6231",
                about="collection_notice (lawyers for a lease company, fax to a company)",
                unusual="one-page G4 fax to a COMPANY (有限会社, 御中): a shaded ＦＡＸ送信票 box on top with the addressee's "
                        "OWN fax number 0848-00-5521 in the 宛先 row and 送信日 / 枚数; a 4-column table per missed lease "
                        "instalment (支払期日 / 未払リース料 / 遅延損害金 / 小計) with a 合計 row (principal, late = the 合計 "
                        "row); the contract date, 物件 NC旋盤 and 月額リース料 86,900 in the prose; arrears only (lump "
                        "false, no 喪失 date); the 規定損害金 1,843,200 only threatened in a framed 【ご注意】 (distractor); "
                        "TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------
# as11 a DEBTOR's lawyer's 受任通知 (任意整理) faxed to a card company; the client's copy; claims nothing.


def as11():
    issued, back = D(2026, 2, 27), D(2026, 3, 13)
    p = Page(font="sans", size=10, top=12)
    stamp(p, 15, 11, "ご依頼者様控", color=GRAY, size=10)
    p.at(196, 16, f"送信日　{era(issued)}", size=9.5, align="r")
    p.at(196, 21, "当事務所整理番号　MH-26-0119", size=9.5, align="r")
    p.y = 26
    p.line("株式会社コマドリ信販　債権管理部　御中", size=12)
    p.line("（FAX 03-0000-9960）", size=9)
    p.gap(2)
    for i, s in enumerate(["〒060-0000　北海道札幌市中央区鴫谷九丁目9番9号", "靄原法律事務所（札幌弁護士会）",
                           "債務者代理人　弁護士　靄原　修", "TEL 011-000-7720　FAX 011-000-7721"]):
        p.line(s, x=112, size=10.5 if i == 1 else 9.3, font="sans-bold" if i == 1 else None)
    p.seal(190, p.y - 11, 9, "square", "弁護士靄原修", angle=2, seed=36111)
    p.gap(3)
    p.title("受　任　通　知", size=16)
    p.para("冠省　当職は、このたび下記債務者から依頼を受け、同人の貴社に対する債務の整理（任意整理）について代理人に"
           "就任しましたので、その旨ご通知いたします。")
    p.para("つきましては、今後、債務者本人、その家族及び勤務先に対する連絡・請求等は一切なさらないよう、お願いいたします"
           "（貸金業法第21条第1項第9号）。本件に関するご連絡はすべて当職宛てにお願いいたします。")
    p.para(f"また、債務者と貴社との取引開始時から現在までの取引履歴の全部を開示していただき、同封の債権調査票にご記入の"
           f"うえ、{era(back)}までに当職宛てご送付ください。")
    p.para("なお、本通知は債務の承認をするものではありません。債務者の預金口座からの自動引落し等は停止してください。")
    p.gap(1)
    p.line("記", align="c")
    p.table([["債務者", "辰己　亮介（タツミ　リョウスケ）"], ["生年月日", "昭和61年5月12日"],
             ["住所", "北海道江別市ルリビタキ通九丁目9番9号"], ["貴社会員番号", "5270-＊＊＊＊-＊＊＊＊-3318"],
             ["取引の種類", "クレジットカード（ショッピング・キャッシング）"]],
            [36, 124], x=25, aligns="ll", size=9.6, row_h=7.4, shade_col0=True)
    p.gap(2)
    p.line("以上", align="r")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 15, 0.3, GRAY))
    p.at(28, y + 5.5, "（債務者の方へ）本書は貴方のご依頼に基づき当職が債権者へ送信した受任通知の控えです。", size=8.6)
    p.at(28, y + 10.5, "債権者からの連絡があった場合は、当職までお知らせください。お支払いは不要です。", size=8.6)
    tr = truth(document_type="other", sender="靄原法律事務所", phone="011-000-7720",
               creditor="株式会社コマドリ信販", status="not_applicable", debtor="辰己亮介", lump=False, issued=issued,
               reference="MH-26-0119", input_kind="fax_tiff",
               template="proxy36_debtor_lawyer_juninn_to_card_company_copy", received=issued)
    return dict(stem="as11", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:48 MOYAHARA LAW 011-000-7721",
                about="other (the DEBTOR's lawyer's 受任通知 to a card company, client's copy; claims nothing)",
                unusual="the lawyer writes FOR THE DEBTOR, TO the creditor: a 任意整理 受任通知 faxed to 「株式会社コマドリ信販 "
                        "債権管理部 御中」 with a grey 「ご依頼者様控」 stamp and a note to the debtor; 「債務者代理人　弁護士」; "
                        "the creditor's own FAX under its name; a request to return the 債権調査票 by 3/13 (not a payment "
                        "date); a shaded-label 記 table (債務者 with kana, 生年月日 昭和61年, 住所, masked 貴社会員番号, 取引の"
                        "種類); 貸金業法第21条第1項第9号; NO amount anywhere; 「お支払いは不要です」")


# ---------------------------------------------------------------------------------------------
# as12 縦書き 代位弁済通知兼求償金請求書 of a lawyer for a housing-loan guarantor; positional kanji with 、; scanned.


def as12():
    R = 14.6
    issued, due = D(2025, 12, 19), D(2026, 1, 9)
    subro, acc, lastp = D(2025, 11, 28), D(2025, 9, 26), D(2025, 6, 26)
    S = 18_402_516
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    amounts = [kpos(S), kpos(L), kpos(T)]
    cols = [
        ("title", "代位弁済通知兼求償金請求書"),
        ("body", "前略　当職は、うつぎ台住宅保証株式会社（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり"
                 "通知し、請求いたします。"),
        ("body", "一　貴殿は、平成二十九年八月、株式会社雁が丘銀行から住宅資金の融資を受け、通知人はその保証委託契約に基づき"
                 "右債務を保証しました。"),
        ("body", f"二　貴殿は{kdate(lastp)}の返済を最後に返済を怠り、{kdate(acc)}の経過をもって同行に対する期限の利益を"
                 "喪失しました。"),
        ("body", f"三　通知人は、保証債務の履行として、{kdate(subro)}、同行に対し左記一の金額を代位弁済し、貴殿に対する"
                 "求償債権を取得しました。"),
        ("body", "四　よって、通知人は貴殿に対し、左記三の金額を令和八年一月九日限り、一括して左記口座にお支払いいただくよう"
                 "請求します。期限までにお支払いのないときは、担保不動産の競売を申し立てます。"),
        ("indent", "記"),
        ("indent", f"一　求償元金（代位弁済額）　{amounts[0]}"),
        ("indent", f"二　遅延損害金　　　　　　　{amounts[1]}"),
        ("plain", "　　（令和七年十一月二十九日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"三　合計　　　　　　　　　　{amounts[2]}"),
        ("indent", "振込先　雁が丘銀行　岡山駅前支店　普通預金"),
        ("plain", "　　　　口座番号　〇七四三〇一二"),
        ("plain", "　　　　口座名義　弁護士嵐田光一預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "岡山県岡山市北区鷹取町九丁目九番九号"),
        ("low", "嵐田法律事務所（岡山弁護士会）"),
        ("low", "右通知人代理人　弁護士　嵐田　光一"),
        ("low", "電話　〇八六（〇〇〇）七四三〇"),
        ("low", "（当職整理番号　ＡＲ－２５１１２）"),
        ("blank", ""),
        ("low", "岡山県倉敷市苣木台九丁目九番九号"),
        ("low", "巳亦　亜由美　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    texts = [it.s for it in pg.items if isinstance(it, VText)]
    for a in amounts:  # the 、 of kpos is not in vcheck's set: each amount must sit whole in one column
        assert any(a in s for s in texts), a
    pg.items.append(post_office_stamp(pg, 36121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　嵐田" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 19) * size * 0.3528 * 1.05, 8, "square", "弁護士嵐田光一之印", angle=3,
                         seed=36122))
    tr = truth(document_type="acceleration_notice", sender="嵐田法律事務所", phone="086-000-7430",
               creditor="うつぎ台住宅保証株式会社", status="not_applicable", original="株式会社雁が丘銀行",
               debtor="巳亦亜由美", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="AR-25112",
               input_kind="vertical_scan", template="proxy36_vertical_lawyer_guarantor_subrogation_kanji_commas",
               received=D(2025, 12, 22))
    return dict(stem="as12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (lawyer for a housing-loan guarantor, 縦書き 代位弁済通知, scanned)",
                unusual="縦書き 代位弁済通知兼求償金請求書 (前略 … 草々) of a lawyer for a 住宅保証 company, scanned, with the "
                        "内容証明 stamp; numbered 一–四 paragraphs with the 平成二十九年 loan, the last payment, the bank's "
                        "喪失 「の経過をもって」 and the 代位弁済 date; amounts as kanji DIGITS with 、 as thousands mark "
                        "(金一八、四〇二、五一六円); 年十四・六パーセント; deadline 「令和八年一月九日限り」; 競売 threat; "
                        "預り金口 number in kanji digits; phone in kanji digits; full-width 当職整理番号 ＡＲ－２５１１２")


# ---------------------------------------------------------------------------------------------
# as13 lawyer's 受任通知兼請求書 for a REAL servicer client; phone photo.


def as13():
    R = 14.6
    issued, due = D(2026, 3, 5), D(2026, 3, 19)
    acc, lastp, assigned = D(2024, 11, 28), D(2024, 8, 27), D(2025, 3, 31)
    P, I = 743_880, 12_605
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    p.add(Box(15, 12, 181, 20, 0.4, MOSS, (0.94, 0.96, 0.92)))
    p.at(20, 21, "水流添法律事務所", size=15, font="serif-bold", color=MOSS)
    p.at(20, 27.5, "弁護士　水流添　悟（宮崎県弁護士会）", size=9.5)
    p.at(192, 19, "〒880-0000 宮崎県宮崎市ミソサザイ町九丁目9番9号", size=8.3, align="r")
    p.at(192, 24, "電話 0985-00-6621　ＦＡＸ 0985-00-6622", size=8.3, align="r")
    p.at(192, 29, "（受付 平日 9時～18時）", size=8.3, align="r")
    p.y = 37
    p.line(era(issued), align="r", size=10.5)
    p.line("宮崎県都城市薄葉台九丁目9番9号", size=10)
    p.line("丑久保　恵　様", size=14)
    p.gap(3)
    p.title("受任通知兼請求書", size=16.5, font="serif-bold")
    p.para("冠省　当職は、当職の依頼者であるアルファ債権回収株式会社（以下「依頼者」といいます。）から、同社が株式会社"
           "いかるがクレジットより譲り受けた貴殿に対する下記債権の回収について委任を受けました。")
    p.para(f"つきましては、下記請求金額を{ek(due)}までに下記口座にお支払いください。お支払いが困難な場合は、同日までに"
           "当職宛てにご連絡ください。期限までにお支払いもご連絡もない場合は、訴訟等の法的措置をとることを予めお伝え"
           "いたします。")
    p.gap(1)
    p.line("記", align="c")
    p.kv([("原債権者", "株式会社いかるがクレジット"), ("債権譲渡日", era(assigned)),
          ("期限の利益喪失日", era(acc)), ("最終入金日", era(lastp)), ("当職整理番号", "TR-0305-62")],
         x=30, label_w=36, size=10)
    p.gap(2)
    x0, x1 = 30, 180
    for lab, val in (("元金", f"{P:,}円"), ("利息", f"{I:,}円"),
                     (f"遅延損害金（{era(acc + timedelta(1))}から本日まで 年{R}％）", f"{L:,}円")):
        b = p.line(lab, x=x0, size=10.5)
        p.at(x1, b, val, size=10.5, align="r")
        p.add(Line(x0, p.y - 1.5, x1, p.y - 1.5, 0.15, GRAY))
    p.gap(1)
    b = p.line("請求金額", x=x0, size=12, font="serif-bold")
    p.at(x1, b, f"{T:,}円", size=13, align="r", font="serif-bold")
    p.add(Line(x0, p.y - 1, x1, p.y - 1, 0.8))
    p.gap(3)
    p.kv([("振込先", "宮崎オナガ銀行　橘通支店　普通預金　3050662"), ("名義", "弁護士水流添悟預り金口")], x=30, label_w=22,
         size=10)
    p.gap(2)
    p.para("※依頼者への直接のお支払い・お問い合わせはご遠慮ください。※本書と行き違いでご連絡済みの場合はご容赦ください。",
           size=8.8, indent="")
    p.line("草々", align="r")
    tr = truth(document_type="collection_notice", sender="水流添法律事務所", phone="0985-00-6621",
               creditor="アルファ債権回収株式会社", status="not_applicable", original="株式会社いかるがクレジット",
               debtor="丑久保恵", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assigned, reference="TR-0305-62",
               input_kind="photo_jpeg", template="proxy36_lawyer_juninn_for_real_servicer_photo", received=D(2026, 3, 9))
    return dict(stem="as13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=2.2, creases=2, fill=0.84, blur=0.9, warm=0.2),
                about="collection_notice (lawyer for a real servicer, phone photo)",
                unusual="phone photo on tatami with tri-fold creases: a lawyer's 受任通知兼請求書 whose client is the REAL "
                        "servicer ★ アルファ債権回収株式会社 (「当職の依頼者である…」; no licence number printed; the sender "
                        "is the office → not_applicable); moss-green letterhead box with TEL / ＦＡＸ; the 当職整理番号 "
                        "inside the 記 kv block with 原債権者, 債権譲渡日, 喪失日, 最終入金日; amounts as hairline leader "
                        "rows (元金 / 利息 / 遅延損害金 「から本日まで」) and a bold 請求金額")


# ---------------------------------------------------------------------------------------------
# as14 SCAM: a fake 「国民債権保全機構」 with a fake licence and a named 顧問弁護士; phone photo.


def as14():
    issued, due = D(2026, 4, 6), D(2026, 4, 8)
    T = 196_000
    p = Page(font="sans", size=10.5, top=12)
    stamp(p, 15, 11, "親展", color=RED, size=12)
    stamp(p, 36, 11, "最終通告", color=RED, size=12, fill=RED)
    p.at(196, 15, "令和8年4月6日", size=10, align="r")
    p.at(196, 20.5, f"お客様管理番号　Ｋ－{fw('7704')}", size=10, align="r")
    p.y = 28
    p.line("千葉県松戸市コゲラ通九丁目9番9号", size=10.5)
    p.line("寅屋　かおり　様", size=14)
    p.gap(5)
    p.add(Box(15, p.y, 181, 13, color=None, fill=INDIGO))
    p.at(105.5, p.y + 9, "民事訴訟提起前最終通告書", size=17, font="sans-bold", color=WHITE, align="c")
    p.gap(18)
    p.para("貴殿が過去にご利用された大手通信販売サイトの未納料金について、当機構は契約会社より債権回収の委託を受け、"
           "回収業務を行っております。再三のご連絡にもかかわらずお支払いが確認できないため、当機構顧問弁護士により"
           "民事訴訟の提起準備に入りました。")
    p.para("訴訟が提起されますと、裁判所への出頭命令、給与・財産の差押え等の強制執行が行われます。訴訟の取下げ及び"
           "和解をご希望の方は、下記期限までに和解金をお支払いください。")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 32, 1.0, RED))
    p.at(27, y + 9, "訴訟取下げ和解金", size=12, font="sans-bold")
    p.at(183, y + 10, f"￥{T:,}", size=20, font="sans-bold", align="r", color=RED)
    p.add(Line(27, y + 14.5, 183, y + 14.5, 0.3, RED))
    p.at(27, y + 22, "お支払期限", size=12, font="sans-bold")
    p.at(183, y + 23, f"4月8日（{wd(due)}）15時まで", size=15, font="sans-bold", align="r", color=RED)
    p.at(27, y + 29, "お振込先　ヤマガラ銀行 松戸支店 普通 8830417 ツブラ ミツオ（当機構担当者）", size=8.8)
    p.y = y + 36
    p.para("※本通知は最終のご案内です。期限を過ぎた場合、いかなる理由があっても取下げには応じられません。", size=9.5,
           indent="")
    p.para("※ご家族・勤務先への連絡を避けたい方は、必ずご本人様がお電話ください。弁護士会・消費生活センター等への"
           "ご相談は手続きを遅らせる原因となりますのでお控えください。", size=9.5, indent="")
    p.gap(3)
    for s, sz, f in ((("株式会社国民債権保全機構", 13, "sans-bold"), ("法務大臣許可番号　第３２２号", 9.5, "sans"),
                                    ("東京都千代田区霞が関九丁目（法曹会館別棟）", 9, "sans"),
                                    ("顧問弁護士　淵上　義男（東京弁護士会）", 9.5, "sans"),
                                    ("訴訟対策室直通　090-0000-6218（年中無休 9時～20時）", 10, "sans-bold"))):
        p.line(s, x=92, size=sz, font=f)
    p.seal(184, p.y - 20, 15, "round", "国民債権保全機構|認可", angle=-8, seed=36141)
    tr = truth(document_type="other", sender="株式会社国民債権保全機構", license_number=322, phone="090-0000-6218",
               creditor=None, status="not_licensed", original=None, debtor="寅屋かおり", total=T, lump=False,
               issued=issued, payment_due=due, reference="K-7704", is_scam=True, input_kind="photo_jpeg",
               template="proxy36_scam_fake_agency_with_advisory_lawyer", received=None)
    return dict(stem="as14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.08, tilt=3.0, creases=2, fill=0.8, glare=18, warm=0.3,
                          shadow=0.2, shadow_side="bottom"),
                about="other (scam: fake 債権保全機構 with a 顧問弁護士)",
                unusual="架空請求 photographed at a steep angle on wood with a hand shadow at the bottom: 「民事訴訟提起前"
                        "最終通告書」 on an indigo band; 親展 and filled 最終通告 stamps; 「大手通信販売サイト」 as the only "
                        "creditor (creditor / original null); a FAKE 「法務大臣許可番号　第３２２号」 for 「株式会社国民債権保全"
                        "機構」 (not a servicer name → not_licensed, licence 322 as printed); a named 顧問弁護士 with "
                        "「東京弁護士会」; 訴訟取下げ和解金 ￥196,000 to a PERSONAL account; a two-day 15時 deadline; "
                        "「弁護士会・消費生活センター等へのご相談は…お控えください」; 090 直通; full-width 管理番号 Ｋ－７７０４")


# ---------------------------------------------------------------------------------------------
# as15 仮執行宣言付支払督促 of 久留米簡易裁判所; invented servicer creditor with a 司法書士 代理人; iPhone HEIC.


def as15():
    R = 14.6
    filed, ordered, served, issued = D(2026, 2, 27), D(2026, 3, 9), D(2026, 3, 12), D(2026, 4, 6)
    acc, assigned = D(2025, 4, 25), D(2025, 8, 29)
    P = 508_300
    L = late(P, R, acc + timedelta(1), filed)
    C1, C2 = 4_612, 1_210
    C = C1 + C2
    T = P + L + C
    case = "令和8年(ロ)第207号"
    p = Page(font="serif", size=10.5, top=14)
    p.at(196, 18, f"{case}", size=10.5, align="r")
    p.y = 22
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.line("当事者の表示　別紙当事者目録記載のとおり", x=22, size=10)
    p.gap(1)
    p.para(f"債務者は、請求の趣旨記載の金額を債権者に支払え。（本支払督促は{era(ordered)}に発付され、{era(served)}"
           "債務者に送達された。）", x0=22)
    p.para(f"上記支払督促に、手続費用額金{C2:,}円を付加して仮執行の宣言をする。", x0=22)
    p.gap(1)
    p.line(f"　　{era(issued)}", size=10.5)
    p.line("　　久留米簡易裁判所　裁判所書記官　百瀬川　澄", size=10.5)
    p.seal(150, p.y - 5, 12, "square", "久留米簡易裁判所書記官印", angle=0, seed=36151)
    p.gap(3)
    p.line("当事者目録", x=22, font="serif-bold")
    p.kv([("債権者", "青鷺債権回収株式会社（福岡県福岡市博多区ホオアカ町九丁目9番9号）"),
          ("", "代表者代表取締役　薄葉　宗一"),
          ("債権者代理人", "司法書士　岬田　浩之（認定番号 第801045号）"),
          ("", "福岡県久留米市オナガ台九丁目9番9号　電話 0942-00-8207"),
          ("債務者", "酉井　拓也（福岡県久留米市コゲラ町九丁目9番9号）")], x=22, label_w=30, size=9.5)
    p.gap(2)
    p.line("請求の趣旨", x=22, font="serif-bold")
    rows = [["", "金額（円）"], ["１　譲受債権元金", f"{P:,}"],
            [f"２　確定遅延損害金（{era(acc + timedelta(1))}～{era(filed)}　年{R}％）", f"{L:,}"],
            ["３　督促手続費用", f"{C1:,}"], ["４　仮執行宣言手続費用", f"{C2:,}"], ["合　計", f"{T:,}"]]
    p.table(rows, [122, 44], x=22, header=True, aligns="lr", size=9.3, row_h=6.6)
    p.para(f"５　上記１に対する{era(filed + timedelta(1))}から完済まで年{R}％の割合による遅延損害金", x0=22, size=9.3,
           indent="")
    p.gap(2)
    p.line("請求の原因", x=22, font="serif-bold")
    for s in (f"１　債務者は、株式会社コゲラショッピングとの間で立替払契約を締結したが、分割金の支払を怠り、{era(acc)}"
              "の経過により期限の利益を喪失した。",
              f"２　株式会社コゲラショッピングは、{era(assigned)}、上記債権を債権者に譲渡し、その旨債務者に通知した。"):
        p.para(s, x0=22, indent="", size=9.3)
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 15, 0.3, None, SHADE))
    for i, s in enumerate(["この仮執行宣言付支払督促に不服があるときは、送達を受けた日から2週間以内に督促異議を申し立てることが",
                           "できます。異議を申し立てても、強制執行は当然には停止しません。",
                           "久留米簡易裁判所　民事係　電話 0942-00-3150"]):
        p.at(25, y + 4.8 + i * 4.2, s, size=8.5)
    tr = truth(document_type="payment_order_enforceable", sender="久留米簡易裁判所", phone="0942-00-3150",
               creditor="青鷺債権回収株式会社", status="unverified", original="株式会社コゲラショッピング",
               debtor="酉井拓也", total=T, principal=P, interest=None, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, assignment=assigned, reference=case,
               input_kind="photo_heic", template="proxy36_enforceable_kurume_invented_servicer_shihoshoshi_agent",
               received=D(2026, 4, 9))
    return dict(stem="as15", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=1.8, creases=2, fill=0.86, glare=20, warm=0.2),
                about="payment_order_enforceable (簡裁, invented servicer creditor with a 司法書士 代理人)",
                unusual="iPhone HEIC on a pale desk with creases and a lamp glare: a 久留米簡裁 仮執行宣言付支払督促 on one "
                        "page; the order date 3/9 and its 送達 3/12 in one bracketed sentence, the 仮執行 cost 1,210 also "
                        "in prose; the creditor is an INVENTED servicer 「青鷺債権回収株式会社」 (no licence printed, court "
                        "paper → unverified) represented by a 司法書士 with his 認定番号 and 0942 phone (distractors); "
                        "請求の趣旨 as a table with a 「金額（円）」 header and TWO cost rows (督促手続費用 / 仮執行宣言手続"
                        "費用 → costs = sum) above 合計; running item ５; no interest")


# ---------------------------------------------------------------------------------------------
# as16 司法書士's 催告書 for a private landlord (rent arrears, damages reserved); photo stored sideways (EXIF 6).


def as16():
    issued, due = D(2026, 2, 2), D(2026, 2, 13)
    lastp = D(2025, 9, 29)
    rent, months = 54_000, 4
    P = rent * months
    p = Page(font="sans", size=10.5, top=16)
    p.at(196, 19, era(issued), size=10.5, align="r")
    p.at(196, 24.5, f"当事務所受付番号　ＭＧ－{fw('021')}", size=9.5, align="r")
    p.y = 30
    p.line("沖縄県浦添市汐凪町九丁目9番9号　ハイツ汐凪203号室", size=10)
    p.line("未永　大地　様", size=14)
    p.gap(5)
    p.title("催　告　書", size=18, font="sans-bold")
    p.line("（未払賃料のお支払いについて）", align="c", size=10.5)
    p.gap(2)
    p.para("当職は、貴殿が賃借中の上記建物の賃貸人である泉妻トミ子様（以下「通知人」といいます。）から依頼を受けた"
           "司法書士です。通知人に代わり、次のとおり催告いたします。")
    p.para(f"貴殿は、令和7年10月分から令和8年1月分までの賃料（月額{rent:,}円）をお支払いになっておりません。令和7年9月分の"
           f"賃料を{era(lastp)}にお支払いいただいたのを最後に、ご入金を確認できておりません。")
    p.gap(1)
    rows = [["対象月", "賃　料", "お支払状況"]]
    for m in ("令和7年10月分", "令和7年11月分", "令和7年12月分", "令和8年1月分"):
        rows.append([m, f"{rent:,}円", "未払い"])
    rows.append(["未払賃料合計", f"{P:,}円", ""])
    p.table(rows, [50, 40, 40], x=40, header=True, aligns="lrc", size=10, row_h=7.4)
    p.gap(3)
    p.para(f"つきましては、上記未払賃料合計金{P:,}円を、{ek(due)}までに、下記口座へお支払いください。なお、遅延損害金"
           "のご請求は、今回は留保いたします。")
    p.kv([("振込先", "琉球キビタキ銀行　浦添支店　普通預金　0210216"), ("口座名義", "イズツマ　トミコ")], x=30, label_w=22,
         size=10)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 171, 22, 0.8))
    for i, s in enumerate(["上記期限までにお支払いがない場合、通知人は、本書をもって賃貸借契約を解除したものとし、",
                           "貴殿に対し、建物明渡し及び未払賃料等の支払を求める訴訟を提起する予定です。",
                           "お支払いが難しい事情がある場合は、期限までに必ず当職までご相談ください。"]):
        p.at(24, y + 6.5 + i * 5.2, s, size=9.8)
    p.y = y + 27
    for i, s in enumerate(["眞榮城司法書士事務所", "〒900-0000　沖縄県那覇市ヒレンジャク通九丁目9番9号",
                           "司法書士　眞榮城　清", "沖縄県司法書士会所属　簡裁訴訟代理等関係業務認定 第702318号",
                           "電話 098-000-2716　FAX 098-000-2717"]):
        p.line(s, x=100, size=11 if i == 0 else 9, font="sans-bold" if i == 0 else None)
    p.seal(184, p.y - 21, 10, "square", "司法書士眞榮城清", angle=-4, seed=36161)
    tr = truth(document_type="collection_notice", sender="眞榮城司法書士事務所", phone="098-000-2716",
               creditor="泉妻トミ子", status="not_applicable", debtor="未永大地", total=P, principal=P,
               interest=None, late_damages=None, rate=None, lump=False, issued=issued, payment_due=due,
               last_payment=lastp, reference="MG-021", input_kind="photo_exif_rotated",
               template="proxy36_shihoshoshi_private_landlord_rent_demand_rotated", received=D(2026, 2, 4))
    return dict(stem="as16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="cloth", keystone=0.04, tilt=1.5, creases=2, fill=0.86, shadow=0.22, shadow_side="right",
                          warm=0.15),
                about="collection_notice (司法書士 for a private landlord, 催告書)",
                unusual="phone photo stored sideways with EXIF orientation 6, on a dark cloth with creases and a hand "
                        "shadow: a 司法書士's 催告書 for a PRIVATE landlord (泉妻トミ子様, 「通知人」); full-width 当事務所"
                        "受付番号 ＭＧ－０２１; a 3-column month table with 「未払い」 cells and 未払賃料合計; 月額54,000 "
                        "and the 9月分 payment date in the prose; 「遅延損害金のご請求は、今回は留保いたします」 (late and rate "
                        "null); 契約解除 / 明渡訴訟 warning in a frame; the 簡裁訴訟代理等関係業務認定 number at the bottom "
                        "(not a licence); arrears only (lump false)")


LETTERS = [as09, as10, as11, as12, as13, as14, as15, as16]
