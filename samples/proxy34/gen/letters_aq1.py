"""Proxy set 34, letters aq01–aq08: "far from Tokyo, and names of every script". A 信用金庫's 督促状 to a Vietnamese
borrower (katakana name with ・), a JA's joint 債権譲渡通知 to a real servicer, a city office's 市営住宅 家賃滞納 催告 (市長名,
住宅課) with a month-by-month page, a 地裁 支部 (ワ) 呼出状 + 訴状 from a bank with an old 旧字体 name, a fishery co-op's
縦書き 催告書 to a debtor with rare kanji (﨑, 德), a 簡裁 支払督促 to a debtor with a Latin name, a 仮執行宣言付支払督促 of
a real servicer against a debtor whose katakana name is spaced, and a 相互銀行's 期限の利益喪失通知 to a ㈲ company."""

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
    grid,
    kdate,
    late,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
GREEN = (0.10, 0.42, 0.18)
BROWN = (0.42, 0.26, 0.10)
NAVY2 = (0.10, 0.18, 0.40)


def slash(d: D) -> str:
    return f"{d.year}/{d.month}/{d.day}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    """Positional kanji amount for 縦書き: 金百二十三万四千五百六十七円."""
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# aq01 信用金庫 督促状 to a Vietnamese borrower: katakana name with ・, an やさしいにほんご box, per-instalment table.


def aq01():
    R = 14.0
    issued, due = D(2025, 11, 18), D(2025, 12, 2)
    lastp = D(2025, 9, 10)
    rows = [(D(2025, 10, 10), 27_306, 5_094), (D(2025, 11, 10), 27_412, 4_988)]
    calc = []
    for d, pr, it in rows:
        lt = late(pr, R, d + timedelta(1), issued)
        calc.append((d, pr, it, lt, pr + it + lt))
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    assert sum(r[4] for r in calc) == T
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 11, color=None, fill=TEAL))
    p.at(15, 7.6, "しりべし浜しんきん", size=13, font="sans-bold", color=WHITE)
    p.at(196, 7.3, "〈信用金庫〉地域とともに", size=8, color=WHITE, align="r")
    p.at(196, 19, f"発行日　{era(issued)}", size=9.5, align="r")
    p.at(196, 24, "管理番号　SB-0587-2231", size=9.5, align="r")
    window(p, 15, 16, "046-0000", ["北海道余市郡余市町ななえ浜通九丁目9番9号", "コーポあじさし台 203号室"],
           "グエン・ヴァン・ナム　様", "aq01", w=96, h=40, size=9.5, name_size=13)
    p.at(120, 36, "しりべし浜信用金庫　余市ヶ浜支店", size=9.5, font="sans-bold")
    p.at(120, 40.5, "〒046-0000 北海道余市郡余市町ちゃつみ坂九丁目9番9号", size=7.8)
    p.at(120, 45, "融資管理係　TEL 0135-00-7142（平日9:00～17:00）", size=8.3)
    p.at(120, 49.5, "担当　狩場", size=8.3)
    p.y = 62
    p.title("ご返済のお願い（督促状）", size=15, color=TEAL)
    p.para("いつも当金庫をご利用いただき、ありがとうございます。", size=9.8)
    p.para("お客様のマイカーローンにつきまして、下記の約定ご返済日のご返済が確認できておりません。延滞額を下記お支払期限"
           f"までにご入金くださいますようお願い申し上げます。なお、最終のご入金は{era(lastp)}でございます。", size=9.8)
    p.gap(1)
    head = ["約定ご返済日", "延滞元金", "約定利息", "延滞損害金", "計"]
    body = [[era(d), f"{pr:,}円", f"{it:,}円", f"{lt:,}円", f"{sub:,}円"] for d, pr, it, lt, sub in calc]
    body.append(["合　計", f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"])
    p.table([head] + body, [40, 34, 32, 34, 36], x=17, header=True, aligns="crrrr", size=9.5, row_h=7.6)
    p.line(f"※延滞損害金は各回の延滞元金に対し年{R}％の割合で、約定ご返済日の翌日から発行日まで日割計算しております。",
           x=17, size=7.8)
    p.gap(3)
    y = p.y
    p.add(Box(17, y, 176, 16, 0.8, TEAL))
    p.add(Box(17, y, 44, 16, color=None, fill=(0.86, 0.94, 0.94)))
    p.at(39, y + 10, "お支払期限", size=11.5, font="sans-bold", color=TEAL, align="c")
    p.at(66, y + 10.5, f"{era(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.at(189, y + 10.5, f"延滞額合計　{T:,}円", size=12, font="sans-bold", align="r")
    p.y = y + 21
    y = p.y
    p.add(Box(17, y, 176, 25, 0.4, GRAY, (0.97, 0.97, 0.93)))
    p.at(21, y + 5.5, "やさしい にほんご", size=9.5, font="sans-bold")
    for i, s in enumerate(["ローンの おかねが まだ はらわれて いません。",
                           f"{due.month}がつ{due.day}にち までに、ぎんこうの こうざに いれて ください。",
                           "わからない ことが あれば、しりべし浜しんきん に でんわ して ください。"]):
        p.at(25, y + 11 + i * 4.7, s, size=9.3)
    p.y = y + 30
    p.line("ご返済用口座・ご契約内容（ご参考）", size=9.5, font="sans-bold")
    grid(p, 17, p.y, [30, 58, 30, 58], [
        ["ご契約者名", "グエン・ヴァン・ナム", "商品名", "しんきんマイカーローン"],
        ["ご返済口座", "余市ヶ浜支店 普通 0587223", "ご融資金額", "1,500,000円"],
        ["ご融資日", "令和5年6月9日", "毎月のご返済額", "32,400円（毎月10日）"],
    ], h=6.8, size=8.6)
    p.y += 3 * 6.8 + 4
    p.para("ご延滞が続きますと、ご契約に基づき期限の利益を喪失し、残元金全額を一括してご返済いただくことになります。"
           "お困りのことがございましたら、お早めに担当までご相談ください（通訳をご希望の方はお申し出ください）。",
           size=9, indent="")
    p.para("本状と行き違いにご入金いただきました場合は、何卒ご容赦ください。", size=8.6, indent="")
    tr = truth(document_type="collection_notice", sender="しりべし浜信用金庫", phone="0135-00-7142",
               creditor="しりべし浜信用金庫", status="not_applicable", debtor="グエン・ヴァン・ナム", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due,
               last_payment=lastp, reference="SB-0587-2231", input_kind="pdf_text",
               template="proxy34_shinkin_dunning_vietnamese_easy_japanese", received=D(2025, 11, 20))
    return dict(stem="aq01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (信用金庫 督促状, two missed car-loan instalments)",
                unusual="a 北海道 信用金庫 writes to a Vietnamese borrower: addressee 「グエン・ヴァン・ナム　様」 (katakana with "
                        "・, repeated in the ご契約者名 grid) in a window block; teal band with the brand 「しりべし浜しんきん」 and "
                        "the legal name only in the sender lines; a 4-digit area code 0135-00-7142; a per-instalment table "
                        "(延滞元金 / 約定利息 / 延滞損害金 / 計) with a 合計 row; an 「やさしい にほんご」 box repeating the due "
                        "date in hiragana (12がつ2にち); arrears only (lump false, no 喪失 date); ご融資金額 1,500,000, "
                        "毎月のご返済額 32,400 and the account as distractors")


# ---------------------------------------------------------------------------------------------
# aq02 JA → real servicer (オリックス債権回収), joint notice with both notifiers TOP-RIGHT; hiragana given name.


def aq02():
    R = 14.6
    issued, assign = D(2025, 12, 8), D(2025, 12, 1)
    acc, lastp = D(2025, 7, 31), D(2025, 4, 25)
    P, I = 1_184_220, 21_406
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(20, 22, wdate(issued), size=10)
    p.at(20, 31, "群馬県渋川市こもちやま台九丁目9番9号", size=10)
    p.at(24, 38, "德井　あかね　様", size=13.5)
    blocks = [("（譲渡人）", "〒377-0000 群馬県渋川市あかぎ野九丁目9番9号", "赤城やまなみ農業協同組合",
               "代表理事組合長　桑久保　正臣"),
              ("（譲受人）", "〒105-0000 東京都港区はままつ坂九丁目9番9号", "オリックス債権回収株式会社",
               "代表取締役　杢代　慎吾")]
    y = 18
    for role, addr, name, rep in blocks:
        p.at(112, y, role, size=8.5)
        p.at(112, y + 4.3, addr, size=7.8)
        p.at(112, y + 9.3, name, size=10.5, font="serif-bold")
        p.at(112, y + 14, rep, size=9)
        y += 19
    p.at(112, y - 1.5, "（法務大臣許可番号　第11号）", size=8.3)
    p.seal(190, 29, 12, "square", "赤城やまなみ農協之印", angle=-3, seed=34021)
    p.seal(190, 48, 12, "round", "オリックス債権回収|代表/取締役", angle=5, seed=34022)
    p.y = 66
    p.add(Line(20, p.y, 190, p.y, 0.6))
    p.add(Line(20, p.y + 1.1, 190, p.y + 1.1, 0.2))
    p.gap(4)
    p.title("債権譲渡及び債権譲受のご通知", size=15, font="serif-bold")
    p.para(f"拝啓　時下ますますご清祥のこととお慶び申し上げます。さて、譲渡人は、{wdate(assign)}付で、貴殿に対して有する下記"
           "債権を、これに付帯する一切の権利とともに譲受人に譲渡いたしましたので、民法第467条の規定に基づき、連名にてご通知"
           "申し上げます。")
    p.para("今後、本件債権に関するお支払い及びお問い合わせは、すべて譲受人あてにお願いいたします。譲渡人（農協の窓口・"
           "貯金口座からの引落し）ではお受けできませんのでご注意ください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.kv([("１．原契約", "ＪＡマイカーローン（平成31年3月15日契約、当初貸付金額 2,400,000円、約定利率 年2.45％）"),
          ("２．債務者", "德井　あかね"),
          ("３．最終ご入金日", wdate(lastp)),
          ("４．期限の利益喪失日", wdate(acc)),
          ("５．譲渡日", wdate(assign)),
          ("６．譲受人お客様番号", "OR-25-118407")], x=24, label_w=44, size=10)
    p.gap(1)
    p.line(f"７．譲渡債権の額（{wdate(assign)}現在）", x=24, size=10)
    p.table([["元本残高", "未収利息", f"遅延損害金（年{R}％）", "譲渡債権額計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [38, 36, 46, 42], x=28, header=True,
            aligns="rrrr", size=9.8, row_h=7.6, font="serif")
    p.line(f"　※遅延損害金は元本残高に対する{wdate(acc + timedelta(1))}から譲渡日までの分です。以後も完済まで同率で発生します。",
           x=24, size=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 162, 21, 0.4))
    p.at(28, y + 5.5, "【お問い合わせ先（譲受人）】", size=9.5, font="serif-bold")
    p.at(28, y + 11, "オリックス債権回収株式会社　北関東債権管理グループ", size=9.5)
    p.at(28, y + 16.5, "フリーダイヤル 0120-000-611　（受付 平日9時～18時）", size=9.5)
    p.y = y + 25
    p.para("※譲渡人の旧担当窓口（JA赤城やまなみ 金融部 ローンセンター 0279-00-5503）は本件の受付を終了しております。",
           size=8.5, indent="")
    p.para("※本状は債権の譲渡をお知らせするものです。お支払方法については、別途譲受人よりご案内いたします。", size=8.5, indent="")
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-611", creditor="オリックス債権回収株式会社", status="licensed",
               original="赤城やまなみ農業協同組合", debtor="德井あかね", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="OR-25-118407", input_kind="pdf_text",
               template="proxy34_joint_assignment_ja_to_servicer_blocks_top_right", received=D(2025, 12, 10))
    return dict(stem="aq02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, JA → real servicer)",
                unusual="joint 債権譲渡及び債権譲受のご通知 from a 農業協同組合 (代表理事組合長, square seal) and real servicer "
                        "★ オリックス債権回収株式会社 with 「（法務大臣許可番号　第11号）」 in brackets; both notifier blocks "
                        "stacked TOP-RIGHT, the date and the addressee 「德井　あかね」 (德, hiragana given name) top-left; western "
                        "年月日 dates; a numbered kv 記 (原契約 with 平成31年, 2,400,000 and 年2.45％ as distractors); a one-row "
                        "4-column table 元本残高 / 未収利息 / 遅延損害金（年14.6％） / 譲渡債権額計; the JA's old 4-digit "
                        "0279-00-5503 as a distractor; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# aq03 city office 市営住宅 家賃滞納 催告書 (市長名, 住宅課), 2 pages: p.2 month-by-month 滞納明細 and a 納付書.

CITY = "北上浜市"


def aq03():
    R = 8.7
    issued, due = D(2026, 1, 14), D(2026, 1, 30)
    rent = 23_400
    months = [(D(2025, m, 1), D(2025, m, 30 if m in (4, 6, 9) else 31)) for m in (6, 7, 8, 9, 10)]
    rows = []
    for start, limit in months:
        lt = late(rent, R, limit + timedelta(1), issued)
        rows.append((start, limit, rent, lt))
    P = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = P + L
    assert sum(r + lt for _, _, r, lt in rows) == T  # the 小計 column adds up to the 合計 row
    lastp = D(2025, 6, 2)
    p = Page(font="serif", size=10.5, top=16)
    p.at(190, 20, "北浜住第１８４２号", size=10, align="r")
    p.at(190, 26, fw(era(issued)), size=10, align="r")
    p.at(20, 34, "〒027-0000", size=10)
    p.at(20, 39.5, "岩手県北上浜市みさご浜九丁目9番9号", size=10)
    p.at(20, 45, "市営うみさくら団地　３号棟２０５号室", size=10)
    p.at(26, 54, "髙畑　こはる　様", size=13.5)
    p.at(190, 66, f"{CITY}長　外舘　章太郎", size=11, align="r")
    p.seal(186, 64.5, 13, "square", "北上浜市長之印", angle=0, seed=34031)
    p.y = 76
    p.title("市営住宅家賃の納付について（催告）", size=15, font="serif-bold")
    p.para("日頃より市営住宅の管理運営にご協力いただき、ありがとうございます。")
    p.para("さて、あなたがお住まいの市営住宅の家賃について、納期限を過ぎても納付が確認できない月があります。これまでに"
           "納付のお願い（督促状）をお送りしましたが、現在まで納付されておりません。", )
    p.para(f"つきましては、下記の滞納額を{fw(era(due))}（{wd(due)}）までに、同封の納付書により市指定金融機関又はコンビニ"
           "エンスストアで納付してください。", )
    p.line("記", align="c")
    p.gap(1)
    x = 34
    p.table([["滞納家賃（５か月分）", f"{P:,}円"], ["延滞金（令和８年１月１４日現在）", f"{L:,}円"],
             ["滞納額合計", f"{T:,}円"]], [86, 50], x=x, aligns="lr", size=10.5, row_h=8.5, font="serif",
            shade_col0=True)
    p.gap(2)
    p.kv([("対象月", "令和７年６月分～令和７年１０月分（明細は裏面のとおり）"),
          ("最終納付日", fw(era(lastp)) + "（令和７年５月分）"),
          ("納付管理番号", "ＫＨ０７－０３１５－２"),
          ("納付期限", f"{fw(era(due))}（{wd(due)}）")], x=34, label_w=34, size=10)
    p.gap(3)
    p.line("（ご注意）", size=10, font="serif-bold")
    for s in ("１　延滞金は、北上浜市営住宅条例施行規則により、各月の納期限の翌日から納付の日までの日数に応じて"
              "計算しています（年8.7％、１円未満切捨て）。",
              "２　期限までに納付がない場合は、連帯保証人の方へも納付をお願いするほか、条例第４０条に基づき住宅の明渡しを"
              "請求し、法的措置をとることがあります。",
              "３　病気・失業等で一度に納付することが難しい方は、期限までに必ず住宅課へご相談ください（分納のご相談を含みます）。",
              "４　共益費（月額２，１００円）は団地自治会へ納めるもので、本書の滞納額には含まれません。"):
        p.para(s, x0=22, x1=190, size=9.5, indent="")
    p.gap(4)
    y = p.y
    p.add(Box(96, y, 94, 24, 0.4))
    for i, s in enumerate(["【問い合わせ先】", "北上浜市　都市整備部　住宅課　住宅管理係",
                           "〒027-0000 岩手県北上浜市本町うみねこ通九丁目9番9号", "電話 0192-00-4471（直通）　担当 砂子沢"]):
        p.at(99, y + 5 + i * 5.3, s, size=9 if i else 9.5, font="serif-bold" if i == 0 else "serif")
    q = Page(font="serif", size=10, top=16)
    q.line("（裏面）滞納明細", size=12, font="serif-bold")
    q.gap(2)
    head = ["対象月", "納期限", "家賃額", "延滞金", "小計"]
    body = [[f"令和７年{s.month}月分", fw(era(lim)), f"{r:,}", f"{lt:,}", f"{r + lt:,}"] for s, lim, r, lt in rows]
    body.append(["合計", "", f"{P:,}", f"{L:,}", f"{T:,}"])
    q.table([head] + body, [36, 50, 30, 28, 30], x=18, header=True, aligns="lcrrr", size=9.8, row_h=8, font="serif")
    q.line("（単位：円）延滞金は上記発行日（令和８年１月１４日）までの額です。", x=18, size=8.5)
    q.gap(4)
    q.kv([("住宅名", "市営うみさくら団地　３号棟２０５号室"), ("入居者", "髙畑　こはる"),
          ("月額家賃", "23,400円（令和７年度　収入認定による）"), ("敷金", "70,200円（お預かり中）"),
          ("連帯保証人", "髙畑　なつめ　様（別途通知）")], x=18, label_w=30, size=9.5)
    q.gap(6)
    q.add(Line(12, q.y, 198, q.y, 0.25))
    q.at(105, q.y - 1, "－－ きりとり －－", size=7, align="c")
    y0 = q.y + 4
    q.add(Box(16, y0, 178, 52, 0.4))
    q.add(Box(16, y0, 178, 7, color=None, fill=SHADE))
    q.at(19, y0 + 5, f"{CITY}　市営住宅使用料　納付書（領収控）", size=10, font="serif-bold")
    for i, (a, b) in enumerate((("納付管理番号", "ＫＨ０７－０３１５－２"), ("納付者", "髙畑　こはる　様"),
                                ("金額", f"{T:,}円"), ("納付期限", fw(era(due))),
                                ("取扱金融機関", "北上浜市指定金融機関・コンビニエンスストア"))):
        q.at(20, y0 + 14 + i * 7.5, a, size=9)
        q.at(55, y0 + 14 + i * 7.5, b, size=10.5 if a == "金額" else 9.5, font="serif-bold" if a == "金額" else "serif")
    q.add(Box(160, y0 + 12, 28, 28, 0.2, GRAY))
    q.at(174, y0 + 27, "領収日付印", size=7, align="c", color=GRAY)
    tr = truth(document_type="collection_notice", sender=CITY, phone="0192-00-4471", creditor=CITY,
               status="not_applicable", debtor="髙畑こはる", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp, reference="ＫＨ０７－０３１５－２",
               input_kind="pdf_text_2page", template="proxy34_city_housing_rent_arrears_mayor", received=D(2026, 1, 16))
    return dict(stem="aq03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (市営住宅 家賃滞納 催告, city office, 2 pages)",
                unusual="a CITY OFFICE writes: 文書番号 「北浜住第１８４２号」 and the date top-right, 「北上浜市長　外舘　章太郎」 "
                        "with the square 市長印, the addressee 「髙畑　こはる」 (髙, hiragana given name) in a 市営住宅 号室; "
                        "everything full-width era; a shaded-label 3-row table 滞納家賃（５か月分） / 延滞金 / 滞納額合計 (no "
                        "interest); 延滞金 at 年8.7％ under the 条例施行規則; kv lines with 最終納付日 and the 納付管理番号; "
                        "住宅課 phone with a 4-digit area code 0192-00-4471; p.2 a month-by-month 滞納明細 (単位：円) and a "
                        "納付書 strip repeating the total; 共益費 2,100, 月額家賃 23,400, 敷金 70,200 and the 連帯保証人 as "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# aq04 福島地裁いわき支部 (ワ) 呼出状 + 訴状; plaintiff a bank with an old 旧字体 name (株式會社), 2 pages digital.


def aq04():
    R = 14.0
    issued, sued, hearing, answer = D(2026, 3, 9), D(2026, 2, 19), D(2026, 4, 22), D(2026, 4, 15)
    acc, lastp = D(2025, 8, 29), D(2025, 5, 26)
    P, I = 3_862_500, 48_177
    L = late(P, R, acc + timedelta(1), sued)
    T = P + I + L
    case = "令和8年(ワ)第58号"
    bank = "株式會社磐城興産銀行"
    p = Page(font="serif", size=10.5, top=18)
    p.at(190, 22, "事件番号　令和８年（ワ）第５８号", size=10.5, align="r")
    p.at(190, 28, "貸金請求事件", size=10.5, align="r")
    p.at(20, 38, "被告　齋藤　惣一郎　殿", size=12.5)
    p.y = 46
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.kv([("原告", bank), ("被告", "齋藤　惣一郎")], x=30, label_w=20, size=10.5)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおり定められましたから、"
           "同期日に出頭してください。")
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.line("記", align="c")
    y = p.y + 1
    for i, (a, b) in enumerate((("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時１０分"),
                                ("場　　所", "第１号法廷（本庁舎２階）"),
                                ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"))):
        p.add(Box(26, y + i * 10, 44, 10, 0.3, (0, 0, 0), SHADE))
        p.add(Box(70, y + i * 10, 116, 10, 0.3))
        p.at(29, y + i * 10 + 6.6, a, size=10.5)
        p.at(73, y + i * 10 + 6.8, b, size=11, font="serif-bold" if i != 1 else "serif")
    p.y = y + 36
    p.line("（注意）", size=10, font="serif-bold")
    for s in ("１　答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決がされることがあります。",
              "２　出頭の際は、この呼出状と印鑑を持参してください。",
              "３　分割での支払など話合いによる解決を希望する場合は、その旨を答弁書に記載してください。",
              "４　裁判所から電話で支払の督促をすることはありません。不審な連絡にはご注意ください。"):
        p.para(s, x0=22, x1=190, size=9.8, indent="")
    p.gap(5)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　福島地方裁判所いわき支部", size=10.5)
    p.line("　　　　裁判所書記官　鮫川　祐介", size=10.5)
    p.seal(120, p.y - 5, 14, "square", "福島地方裁判所いわき支部書記官印", angle=0, seed=34041)
    p.gap(7)
    p.line("〒970-0000　福島県いわき市たいら城下九丁目9番9号", size=9.5, x=22)
    p.line("福島地方裁判所いわき支部　民事係　電話 0246-00-3158（直通）", size=9.5, x=22)
    p.line("（同封書類）訴状副本、甲第１号証～第５号証写し、答弁書用紙", size=9.5, x=22)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(fw(era(sued)), align="r")
    q.line("福島地方裁判所いわき支部　御中", size=10.5)
    q.line("原告訴訟代理人弁護士　四倉　智也　㊞", align="r", size=10)
    q.gap(2)
    q.kv([("原　告", f"〒970-0000 福島県いわき市たいら本町九丁目9番9号　{bank}"),
          ("", "代表者代表取締役　白土　恭介"),
          ("原告代理人", "四倉法律事務所　弁護士　四倉　智也（電話 0246-00-8127　ＦＡＸ 0246-00-8128）"),
          ("被　告", "〒979-0000 福島県いわき市なこそ浜台九丁目9番9号　齋藤　惣一郎")], x=20, label_w=24, size=9.5)
    q.gap(2)
    q.line("貸金請求事件　訴訟物の価額　金" + f"{P:,}円　貼用印紙額　金25,000円", size=9.5, x=20)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(sued + timedelta(1))}から支払済みまで"
           f"年{R:g}％の割合による金員を支払え。", x0=22, x1=190, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。との判決並びに仮執行の宣言を求める。", x0=22, x1=190, size=10, indent="")
    q.gap(1)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　原告は、平成30年10月5日、被告に対し、事業資金として金5,000,000円を、利率年2.8％、遅延損害金年14％、"
              "毎月末日限り元利均等返済の約定で貸し付けた（以下「本件貸付」。甲１）。",
              f"２　被告は{era(lastp)}の返済を最後に支払を怠り、原告は催告の上、約定により{era(acc)}の経過をもって被告は"
              "期限の利益を喪失した（甲３、甲４）。",
              "３　よって、原告は被告に対し、本件貸付に基づき下記の金員及び残元金に対する訴状作成日の翌日から支払済みまで"
              "約定の年14％の割合による遅延損害金の支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.8, indent="")
    q.table([["残元金", f"{P:,}円"], ["未払利息（期限の利益喪失日まで）", f"{I:,}円"],
             [f"確定遅延損害金（{era(acc + timedelta(1))}～{era(sued)}　年14％）", f"{L:,}円"],
             ["請求額合計", f"{T:,}円"]], [124, 40], x=24, aligns="lr", size=9.6, row_h=7.4, font="serif")
    q.gap(3)
    q.line("証拠方法　甲第１号証（金銭消費貸借契約証書）ほか", size=9.5, x=22)
    q.line("附属書類　訴状副本１通、甲号証写し各１通、資格証明書１通、訴訟委任状１通", size=9.5, x=22)
    tr = truth(document_type="lawsuit", sender="福島地方裁判所いわき支部", phone="0246-00-3158", creditor=bank,
               status="not_applicable", debtor="齋藤惣一郎", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, hearing=hearing,
               reference=case, input_kind="pdf_text_2page",
               template="proxy34_branch_court_wa_old_script_bank_plaintiff", received=D(2026, 3, 12))
    return dict(stem="aq04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 支部 (ワ), bank with a 旧字体 name, 2 pages)",
                unusual="福島地方裁判所いわき支部 (a 支部, new to the sets) 口頭弁論期日呼出状及び答弁書催告状 + 訴状, digital; the "
                        "plaintiff bank's registered name in 旧字体 「株式會社磐城興産銀行」 everywhere; the debtor 「齋藤　惣一郎」 "
                        "(齋); the case number only top-right in full-width, 事件名 under it; 期日 / 場所 / 答弁書提出期限 as a "
                        "shaded-label grid with 午後１時１０分; the court's 4-digit area code 0246-00-3158 vs the lawyer's "
                        "0246-00-8127 and FAX (distractors); 訴状 dated 2/19 ≠ 呼出状 3/9; 平成30年 loan 5,000,000 at 2.8％ "
                        ", 訴訟物の価額 (= the 残元金) and 貼用印紙額 25,000 (distractors, not costs); a 4-row 請求 table with 未払利息")


# ---------------------------------------------------------------------------------------------
# aq05 fishery co-op 縦書き 催告書 (内容証明), digital; debtor 宮﨑德蔵 (﨑, 德); phone with a 4-digit area code.


def aq05():
    R = 14.5
    issued, due = D(2025, 12, 12), D(2026, 1, 9)
    acc, lastp = D(2025, 10, 31), D(2025, 6, 30)
    P, I = 2_736_000, 18_644
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "冠省　貴殿は、当組合との間で平成二十九年四月十日に締結した金銭消費貸借契約（漁業近代化資金・漁船機関換装）"
                 "に基づく毎月の返済を、" + kdate(lastp) + "の返済を最後に怠っております。"),
        ("body", "当組合は再三にわたり書面及び訪問により支払を求めましたが、お支払いがなく、貴殿は約定により"
                 + kdate(acc) + "の経過をもって期限の利益を喪失しました。"),
        ("body", "つきましては、左記金員を" + kdate(due) + "限り、当組合本所窓口へ持参又は左記口座へ振り込む方法により、"
                 "一括してお支払いください。"),
        ("body", "右期限までにお支払いのない場合は、連帯保証人に対する請求及び担保漁船に対する法的手続に移行いたしますので、"
                 "念のため申し添えます。"),
        ("indent", "記"),
        ("indent", "一　貸付金残元金　" + kyen(P)),
        ("indent", "二　未収利息　　　" + kyen(I)),
        ("indent", "三　遅延損害金　　" + kyen(L)),
        ("plain", "　　（令和七年十一月一日から本書作成日まで年十四・五パーセント）"),
        ("indent", "四　合計　　　　　" + kyen(T)),
        ("indent", "振込先　当組合本所　普通貯金"),
        ("plain", "　　　　口座番号　" + kanji_digits("0024518")),
        ("plain", "　　　　（組合整理番号　ＫＭ－２５１１７）"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "和歌山県東牟婁郡串本町しおみ岬九丁目九番九号"),
        ("low", "くまのなだ漁業協同組合"),
        ("low", "代表理事組合長　下里　源吾"),
        ("low", "電話　" + kanji_digits("0735") + "（" + kanji_digits("00") + "）" + kanji_digits("4418")),
        ("blank", ""),
        ("low", "和歌山県東牟婁郡串本町いそべ浦九丁目九番九号"),
        ("low", "宮﨑　德蔵　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 34051))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "下里" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 11, "square", "くまのなだ漁協組合長印", angle=3,
                         seed=34052))
    tr = truth(document_type="collection_notice", sender="くまのなだ漁業協同組合", phone="0735-00-4418",
               creditor="くまのなだ漁業協同組合", status="not_applicable", debtor="宮﨑德蔵", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="ＫＭ－２５１１７", input_kind="vertical_pdf",
               template="proxy34_vertical_fishery_coop_demand_rare_kanji", received=D(2025, 12, 15))
    return dict(stem="aq05", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (漁業協同組合, 縦書き 内容証明)",
                unusual="縦書き 催告書 (冠省 … 草々) of a fishery co-op (代表理事組合長, square seal), digital, with the 内容証明 "
                        "stamp; the debtor 「宮﨑　德蔵」 with the rare 﨑 (U+FA11, kept by NFKC) and 德; 漁業近代化資金 loan of "
                        "平成二十九年; the last payment, the 喪失 and the deadline 「令和八年一月九日限り」 in kanji; positional "
                        "kanji amounts; 年十四・五パーセント; a 普通貯金 account in kanji digits (distractor); phone in kanji "
                        "digits with a 4-digit area code 〇七三五（〇〇）四四一八; full-width 組合整理番号 ＫＭ－２５１１７ in the 記")


# ---------------------------------------------------------------------------------------------
# aq06 出雲簡裁 支払督促 (2 pages, image PDF); creditor a 信用組合; the debtor's name in Latin capitals.


def aq06():
    R = 14.6
    issued = D(2026, 2, 4)
    filed = D(2026, 1, 26)
    acc, lastp = D(2025, 9, 5), D(2025, 6, 5)
    P, I = 684_300, 9_812
    L = late(P, R, acc + timedelta(1), filed)
    C = 4_230
    T = P + I + L + C
    case = "令和8年(ロ)第46号"
    p = Page(font="serif", size=10.5, top=20)
    p.at(190, 24, "令和８年（ロ）第４６号", size=10.5, align="r")
    p.y = 32
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.kv([("債権者", "斐川ほたる信用組合"), ("債務者", "SMITH JOHN")], x=40, label_w=22, size=11)
    p.gap(4)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。")
    p.gap(3)
    p.line("請求の趣旨及び原因　　別紙記載のとおり", size=10.5)
    p.gap(8)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　出雲簡易裁判所", size=11)
    p.line("　　　　裁判所書記官　神門　沙織", size=11)
    p.seal(140, p.y - 6, 15, "square", "出雲簡易裁判所書記官印", angle=0, seed=34061)
    p.gap(12)
    y = p.y
    p.add(Box(22, y, 166, 48, 0.5))
    p.at(26, y + 7, "【この書面を受け取った方へ】", size=10.5, font="serif-bold")
    for i, s in enumerate(["１　請求に異議があるときは、この支払督促を受け取った日から２週間以内に、",
                           "　　同封の督促異議申立書を当裁判所に提出してください。",
                           "２　異議を申し立てると、通常の訴訟手続に移行します（分割払の話合いもできます）。",
                           "３　この書面は外国籍の方にも日本語のみで送付しています。通訳が必要なときは",
                           "　　事前にご相談ください。",
                           "問合せ先　出雲簡易裁判所　民事係　電話 0853-00-2117（直通）"]):
        p.at(28, y + 14 + i * 5.6, s, size=9.5)
    q = Page(font="serif", size=10, top=18)
    q.line("当　事　者　目　録", size=12.5, align="c", font="serif-bold")
    q.gap(2)
    q.kv([("債権者", "〒699-0000 島根県出雲市ひかわ堤九丁目9番9号"), ("", "斐川ほたる信用組合"),
          ("", "代表者理事長　来海　誠一"),
          ("（送達場所）", "同所　融資管理課　電話 0853-00-6630　ＦＡＸ 0853-00-6631"),
          ("債務者", "〒693-0000 島根県出雲市らんかん坂九丁目9番9号　グリーンコート出雲102"), ("", "SMITH JOHN")],
         x=20, label_w=26, size=9.8)
    q.gap(3)
    q.line("請　求　の　趣　旨", size=12, align="c", font="serif-bold")
    q.table([["１", "元金", f"{P:,}円"], ["２", "利息（令和７年９月５日まで）", f"{I:,}円"],
             ["３", f"損害金（{era(acc + timedelta(1))}から{era(filed)}まで　年14.6％）", f"{L:,}円"],
             ["４", "督促手続費用", f"{C:,}円"], ["", "合　計", f"{T:,}円"]], [10, 120, 36], x=22,
            aligns="llr", size=9.6, row_h=7.4, font="serif", ruled="rows")
    q.para(f"５　上記元金に対する{era(filed + timedelta(1))}から完済まで年14.6％の割合による遅延損害金", x0=22, x1=190,
           size=9.6, indent="")
    q.gap(3)
    q.line("請　求　の　原　因", size=12, align="c", font="serif-bold")
    for s in ("１（1）契約日　令和4年7月21日", "　（2）契約の種類　金銭消費貸借契約（ほたるフリーローン）",
              "　（3）貸付金額　1,000,000円", "　（4）約定利率　年7.8％　遅延損害金　年14.6％",
              f"　（5）最終弁済日　{era(lastp)}",
              f"２　債務者は分割金の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              "３　債務者の支払済額　元金315,700円（最終弁済日までの分）"):
        q.para(s, x0=22, x1=190, size=9.6, indent="")
    q.gap(2)
    q.line(f"申立日　{era(filed)}", size=9.6, x=22)
    tr = truth(document_type="payment_order", sender="出雲簡易裁判所", phone="0853-00-2117", creditor="斐川ほたる信用組合",
               status="not_applicable", debtor="SMITH JOHN", total=T, principal=P, interest=I, late_damages=L, costs=C,
               rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               reference=case, input_kind="pdf_scan", template="proxy34_payment_order_izumo_latin_name",
               received=D(2026, 2, 6))
    return dict(stem="aq06", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, 信用組合 creditor, debtor with a Latin name, 2 pages)",
                unusual="支払督促 of 出雲簡易裁判所 (new to the sets) as a 2-page image PDF; the debtor's name in LATIN capitals "
                        "「SMITH JOHN」 (family name first, as on a residence card; truth SMITHJOHN without the space) in the "
                        "header and the 当事者目録; creditor a 信用組合 (理事長); the case number alone top-right in "
                        "full-width; 【この書面を受け取った方へ】 box with the court's 0853-00-2117 (4-digit area code); the "
                        "creditor's 送達場所 phone / FAX as distractors; 請求の趣旨 as a rows-ruled 3-column table with "
                        "numbered rows and 督促手続費用, the running item ５ below; 請求の原因 as numbered lines (貸付金額 "
                        "1,000,000, 年7.8％ and 支払済額 315,700 as distractors); 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# aq07 函館簡裁 仮執行宣言付支払督促, one page image PDF; creditor the real servicer SMBC債権回収 (譲受債権);
# the debtor's katakana name spaced (ペレイラ　アナ　ルシア).


def aq07():
    R = 14.0
    issued, order, served, filed = D(2026, 4, 20), D(2026, 3, 10), D(2026, 3, 13), D(2026, 4, 6)
    acc, lastp, assign = D(2025, 6, 30), D(2025, 3, 27), D(2025, 11, 14)
    sue = D(2026, 2, 27)
    P, I = 437_810, 6_205
    L = late(P, R, acc + timedelta(1), sue)
    C1, C2 = 3_910, 1_130
    C = C1 + C2
    T = P + I + L + C
    case = "令和8年(ロ)第203号"
    p = Page(font="serif", size=10, top=16)
    p.at(190, 19, "令和８年（ロ）第２０３号", size=10, align="r")
    p.y = 24
    p.title("仮執行宣言付支払督促", size=16, font="serif-bold")
    p.kv([("債　権　者", "SMBC債権回収株式会社"),
          ("", "〒100-0000 東京都千代田区ほりばた通九丁目9番9号　代表者代表取締役　蕪川　隆之"),
          ("（送達場所）", "函館市みなと坂九丁目9番9号 同社函館センター　電話 0138-00-5260"),
          ("債　務　者", "〒040-0000 北海道函館市あさり坂九丁目9番9号　ペレイラ　アナ　ルシア")],
         x=18, label_w=26, size=9.2)
    p.gap(2)
    p.para(f"上記当事者間の令和８年（ロ）第２０３号支払督促事件について、{fw(era(order))}に発付した支払督促は"
           f"{fw(era(served))}債務者に送達されたが、債務者は法定期間内に督促異議の申立てをしなかった。", size=9.8)
    p.para("よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=9.8)
    p.line("主　文", align="c", size=11, font="serif-bold")
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額及び下記の仮執行宣言の手続費用を支払え。この支払督促は仮に"
           "執行することができる。", size=9.8)
    p.line("請求の趣旨", size=10.5, font="serif-bold")
    rows = [["譲受債権元金", f"{P:,}"], ["利息（期限の利益喪失日まで）", f"{I:,}"],
            [f"確定遅延損害金（{era(acc + timedelta(1))}～{era(sue)}　年14.0％）", f"{L:,}"],
            ["督促手続費用", f"{C1:,}"], ["仮執行宣言の手続費用", f"{C2:,}"], ["合　計", f"{T:,}"]]
    p.table([["項　目", "金額（円）"]] + rows, [128, 36], x=22, header=True, aligns="lr", size=9.4, row_h=6.8,
            font="serif")
    p.para(f"上記元金に対する{era(sue + timedelta(1))}から完済まで年14.0％の割合による遅延損害金", x0=22, x1=190, size=9.2,
           indent="")
    p.line("請求の原因", size=10.5, font="serif-bold")
    for s in (f"１　債務者は、株式会社はこだて汐見銀行との間で令和3年5月17日、カードローン契約（極度額800,000円）を締結し、"
              f"{era(lastp)}の弁済を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"２　同行は、{era(assign)}、上記債権を債権者に譲渡し、同月中に債務者に通知した。"):
        p.para(s, x0=22, x1=190, size=9.2, indent="")
    p.gap(1)
    p.line(f"仮執行宣言の申立日　{era(filed)}", size=9.2, x=22)
    p.gap(2)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　函館簡易裁判所", size=10.5)
    p.line("　　　　裁判所書記官　戸井田　茜", size=10.5)
    p.seal(130, p.y - 5, 14, "square", "函館簡易裁判所書記官印", angle=0, seed=34071)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 174, 20, 0.3, None, (0.93, 0.93, 0.93)))
    for i, s in enumerate(["この支払督促に対しては、送達を受けた日から２週間以内に督促異議を申し立てることができます。",
                           "異議を申し立てても強制執行は停止されません（停止には別途の申立てが必要です）。",
                           "函館簡易裁判所　民事係　電話 0138-00-4702（直通）　〒040-0000 函館市うみべ坂九丁目9番9号"]):
        p.at(21, y + 6 + i * 5.5, s, size=8.8)
    tr = truth(document_type="payment_order_enforceable", sender="函館簡易裁判所", phone="0138-00-4702",
               creditor="SMBC債権回収株式会社", status="licensed", original="株式会社はこだて汐見銀行",
               debtor="ペレイラ　アナ　ルシア", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R,
               lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference=case, input_kind="pdf_scan", template="proxy34_enforceable_hakodate_servicer_spaced_katakana",
               received=D(2026, 4, 23))
    return dict(stem="aq07", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor, one page)",
                unusual="仮執行宣言付支払督促 of 函館簡易裁判所 (new to the sets) on ONE scanned page; creditor the real servicer "
                        "★ SMBC債権回収株式会社 (譲受債権, no licence number: court paper), its 送達場所 with a 4-digit "
                        "0138-00-5260 (distractor) vs the court's 0138-00-4702 in a shaded foot box; the debtor's katakana "
                        "name SPACED 「ペレイラ　アナ　ルシア」 (truth without spaces); the 支払督促 date 3/10, its 送達 3/13 "
                        "and the 申立日 4/6 in the text ≠ the letter date 4/20; 請求の趣旨 as a table with 「金額（円）」 "
                        "header and TWO cost rows (督促手続費用 / 仮執行宣言の手続費用 → costs = sum); the bank and the "
                        "譲渡 in the 請求の原因 (極度額 800,000 a distractor)")


# ---------------------------------------------------------------------------------------------
# aq08 相互銀行 期限の利益喪失通知書 to a ㈲ company (debtor) with its 連帯保証人; scanned; shaded grid.


def aq08():
    R = 14.0
    issued, due = D(2025, 10, 27), D(2025, 11, 10)
    acc, lastp, warn = D(2025, 10, 20), D(2025, 7, 31), D(2025, 10, 6)
    P, I = 6_418_000, 37_265
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 180, 14, color=None, fill=NAVY2))
    p.at(20, 21.5, "讃岐第一相互銀行", size=16, font="serif-bold", color=WHITE)
    p.at(190, 21, "SANUKI DAIICHI SOGO BANK", size=8, color=WHITE, align="r")
    p.at(195, 33, f"{era(issued)}", size=9.5, align="r")
    p.at(195, 38, "お取引先番号　0412-077815", size=9.5, align="r")
    p.at(20, 36, "香川県丸亀市うちわ通九丁目9番9号", size=9.8)
    p.at(22, 43, "㈲髙嶋精肉店　御中", size=13)
    p.at(22, 49, "代表取締役　髙嶋　伸吾　様", size=10)
    stamp(p, 20, 55, "重要", size=10, h=7, fill=RED)
    stamp(p, 38, 55, "親展", size=10, h=7)
    p.y = 66
    p.title("期限の利益喪失のご通知", size=15)
    p.para(f"貴社に対する下記ご融資につきましては、{era(lastp)}のご返済を最後にご返済が滞っております。当行は{era(warn)}付"
           f"「ご返済のご催告」により、{era(acc)}までに延滞額をお支払いいただくよう求めましたが、お支払いがありませんでした。",
           size=9.8)
    p.para(f"つきましては、銀行取引約定書第5条第2項に基づき、貴社は{era(acc)}の経過をもって本件ご融資について期限の利益を"
           "喪失されましたので、ご通知申し上げます。下記金額を一括してお支払いください。", size=9.8)
    p.gap(1)
    y = grid(p, 20, p.y, [36, 54, 36, 44], [
        ["債務者", "㈲髙嶋精肉店", "ご融資番号", "丸亀-3021-88"],
        ["ご融資日", "令和2年6月12日", "当初ご融資額", "9,000,000円"],
        ["資金使途", "運転資金（商工会推薦）", "連帯保証人", "髙嶋　伸吾"],
        ["期限の利益喪失日", era(acc), "最終ご返済日", era(lastp)],
    ], h=7.2, size=9)
    p.y = y + 4
    p.line(f"ご請求金額（{era(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["貸出金残高", f"{P:,}円"], ["未収利息", f"{I:,}円"],
             [f"損害金（{era(acc + timedelta(1))}から年14％）", f"{L:,}円"], ["ご請求額合計", f"{T:,}円"]],
            [110, 50], x=25, aligns="lr", size=10, row_h=7.6, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 12, 0.9))
    p.at(29, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(62, y + 8.3, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 16
    p.para("お支払いがない場合は、担保物件（丸亀市うちわ通所在の店舗兼住宅）について法的手続に移行するとともに、連帯保証人様"
           "へもご請求いたします。なお、保証協会の保証付きご融資ではありません。", size=9.3, indent="")
    p.para("お振込先　讃岐第一相互銀行 丸亀支店 普通 1200784 サヌキダイイチソウゴギンコウ　カンリブ", size=9.3, indent="")
    p.gap(3)
    for s, sz, f in (("株式会社讃岐第一相互銀行　丸亀支店", 10.5, "sans-bold"), ("支店長　綾川　孝", 9.5, "sans"),
                     ("〒763-0000 香川県丸亀市おしろ下九丁目9番9号", 8.5, "sans"),
                     ("電話 0877-00-2390（融資課直通）", 9.5, "sans")):
        p.line(s, x=108, size=sz, font=f)
    p.seal(188, p.y - 13, 12, "square", "讃岐第一相互銀行丸亀支店長印", angle=-2, seed=34081)
    tr = truth(document_type="acceleration_notice", sender="株式会社讃岐第一相互銀行", phone="0877-00-2390",
               creditor="株式会社讃岐第一相互銀行", status="not_applicable", debtor="㈲髙嶋精肉店", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="0412-077815", input_kind="scan_png",
               template="proxy34_sogo_bank_acceleration_yugen_company", received=D(2025, 10, 29))
    return dict(stem="aq08", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="acceleration_notice (相互銀行 to a ㈲ company)",
                unusual="an old-fashioned 相互銀行 (navy band with the serif name, 「SANUKI DAIICHI SOGO BANK」, legal name "
                        "「株式会社讃岐第一相互銀行」 only in the sender block) writes to a company: addressee 「㈲髙嶋精肉店　"
                        "御中」 with the ㈲ ligature (NFKC → (有)) and the 代表取締役 under it, also 髙; filled 重要 and framed 親展; "
                        "the 催告 date 10/6 and its deadline 10/20 (= acceleration 「の経過をもって」); a shaded 4×4 grid "
                        "(ご融資番号, 当初ご融資額 9,000,000, 連帯保証人, 商工会推薦 — distractors); a shaded-label 4-row table "
                        "貸出金残高 / 未収利息 / 損害金 / ご請求額合計; お取引先番号 top-right = reference; branch phone "
                        "0877-00-2390 with a 4-digit area code")


LETTERS = [aq01, aq02, aq03, aq04, aq05, aq06, aq07, aq08]
