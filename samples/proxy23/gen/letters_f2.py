"""Proxy set 23, letters af09–af16: "the old-fashioned office". A 簡裁's 仮執行宣言付支払督促 for a real servicer
(af09); the family-run lender's own 催告 by fax with a hand-made cover sheet (af10); the 信用金庫's lawyer's 和解 proposal
by fax in 候文-like wording (af11); the farmers' co-op's 訴え in a 簡裁 (af12); a real servicer's plain typed 催告書,
photographed (af13); the 信用金庫 and an invented servicer's joint 債権譲渡通知, photographed (af14); a 信用金庫's typed
second reminder for an education loan, photographed sideways (af15); a scam postcard dressed up as a 内容証明 (af16)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    SHADE,
    Box,
    Line,
    Page,
    era,
    late,
    stamp,
    truth,
    wd,
)
from letters_f1 import (
    SG_JA,
    TM_ACC,
    TM_I,
    TM_LAST,
    TM_P,
    TM_PHONE,
    TM_R,
    YM_ACC,
    YM_I,
    YM_LAST,
    YM_LOAN_D,
    YM_NAME,
    YM_P,
    YM_R,
)

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal

fw = fullwidth


def gan(d: D) -> str:
    return era(d).replace("令和1年", "令和元年")


# ---------------------------------------------------------------------------------------------
# af09 新庄簡裁 仮執行宣言付支払督促, creditor a real servicer (譲受債権); one page scanned.


def af09():
    R = 18.0
    order, served, issued, filed = D(2026, 3, 2), D(2026, 3, 5), D(2026, 3, 30), D(2026, 2, 20)
    acc, lastp, assign = D(2025, 7, 31), D(2025, 4, 25), D(2025, 11, 28)
    P, I = 624_500, 12_930
    L = late(P, R, acc + timedelta(1), filed)
    C1, C2 = 4_530, 1_130
    T = P + I + L + C1 + C2
    case = "令和８年（ロ）第１０３号"
    p = Page(font="sans", size=10, top=16, left=24, right=20)
    p.at(190, 20, case, size=10.5, align="r")
    p.y = 26
    p.title("仮執行宣言付支払督促", size=16)
    p.para(f"頭書の督促事件について、{fw(era(order))}に発付した支払督促は、{fw(era(served))}債務者に送達されたが、債務者は"
           "法定期間内に督促異議の申立てをしなかった。よって、債権者の申立てにより、次のとおり宣言する。")
    p.line("仮執行の宣言", size=11, font="sans-bold", align="c")
    p.para(f"債務者は、債権者に対し、請求の趣旨記載の金額に、この仮執行宣言の手続費用金{fw(f'{C2:,}')}円を加えて支払え。"
           "この支払督促に基づき、仮に強制執行をすることができる。")
    p.gap(1)
    p.line(f"{fw(era(issued))}　新庄簡易裁判所　裁判所書記官　萩野　頼子", x=70, size=9.5)
    p.add(Seal(193, p.y - 4, 11, "square", "新庄簡易裁判所書記官印", angle=-3, seed=23091))
    p.gap(3)
    p.rule()
    p.gap(2)
    p.line("当事者の表示", font="sans-bold", size=10)
    p.kv([("債権者", "〒100-0000　東京都中央区よしきり町九丁目９番９号　アルファ債権回収株式会社"),
          ("", "代表者代表取締役　赤倉　潤一"),
          ("", "（送達場所）〒990-0000 山形市はしどい通九丁目９番９号 同社山形営業所"),
          ("", "電話 " + fw("023-000-8120")),
          ("債務者", "〒996-0000　山形県新庄市うぐいす沢九丁目９番９号　寒河江　美佐子")], label_w=18, size=9.3)
    p.gap(2)
    p.line("請求の趣旨", font="sans-bold", size=10)
    p.table([["項　目", "金額（円）"],
             ["１　元金", fw(f"{P:,}")],
             ["２　利息", fw(f"{I:,}")],
             [f"３　遅延損害金（{fw(era(acc + timedelta(1)))}から{fw(era(filed))}まで年１８％）", fw(f"{L:,}")],
             ["４　督促手続費用", fw(f"{C1:,}")],
             ["５　仮執行宣言の手続費用", fw(f"{C2:,}")],
             ["　　合　計", fw(f"{T:,}")]], [128, 38], x=24, header=True, size=9.3, row_h=7.2)
    p.para(f"６　上記１の元金に対する{fw(era(filed + timedelta(1)))}から支払済みまで年１８％の割合による遅延損害金", size=9.3)
    p.line("請求の原因", font="sans-bold", size=10)
    p.para(f"１　株式会社こしあぶら銀行（以下「原債権者」という。）は、債務者との間で、{fw(gan(D(2019, 9, 2)))}、"
           "カードローン契約（極度額７０万円）を締結し、債務者はこれに基づき借入れをした。", size=9.3)
    p.para(f"２　債務者は、{fw(era(lastp))}の弁済を最後にその後の支払を怠り、{fw(era(acc))}の経過により期限の利益を"
           f"喪失した。原債権者は、{fw(era(assign))}、本件債権を債権者に譲渡し、その旨を債務者に通知した。", size=9.3)
    p.gap(1)
    p.line(f"仮執行宣言の申立日　{fw(era(D(2026, 3, 23)))}　　　支払督促申立日　{fw(era(filed))}", size=9)
    p.gap(1)
    p.line("これは正本である。　" + fw(era(issued)) + "　新庄簡易裁判所　裁判所書記官　萩野　頼子", size=9)
    p.line("（問合せ先　新庄簡易裁判所　電話 " + fw("0233-000-4411") + "）", size=9)
    tr = truth(document_type="payment_order_enforceable", sender="新庄簡易裁判所", phone="0233-000-4411",
               creditor="アルファ債権回収株式会社", status="licensed", original="株式会社こしあぶら銀行",
               debtor="寒河江美佐子", total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R,
               lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="令和8年(ロ)第103号", input_kind="pdf_scan",
               template="proxy23_enforceable_shinjo_servicer_one_page", received=D(2026, 4, 2))
    return dict(stem="af09", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=1.1,
                about="payment_order_enforceable (簡裁, real servicer creditor, one page)",
                unusual="a whole 仮執行宣言付支払督促 of a court not used before (新庄簡裁) on ONE scanned page: the order "
                        "date 3/2 and its 送達 3/5 in one sentence; the cost 「手続費用金１，１３０円を加えて」 in the 宣言 "
                        "AND as row ５ of a shaded-header 項目 / 金額（円） table (costs = 督促手続費用 + 仮執行宣言の手続費用); "
                        "creditor ★ アルファ債権回収株式会社 (no licence number printed: court paper) with a 送達場所 "
                        "phone (distractor); 請求の原因 with the original bank, the 令和元年 card-loan contract, 極度額７０万円, "
                        "last payment, 喪失 and 譲渡; the two 申立日 at the foot; the court's phone in brackets at the end")


# ---------------------------------------------------------------------------------------------
# af10 the family-run lender's own 催告 by fax, with a hand-made FAX 送信票 at the top (same loan as af01 / af08).


def af10():
    issued, due = D(2025, 10, 20), D(2025, 10, 31)
    L = late(TM_P, TM_R, TM_ACC + timedelta(1), issued)
    T = TM_P + TM_I + L
    p = Page(font="serif", size=10.5, top=14, left=22, right=22)
    p.add(Box(22, 12, 166, 30, 0.5))
    p.at(105, 19, "Ｆ　Ａ　Ｘ　送　信　票", size=13, font="serif-bold", align="c")
    p.at(26, 26.5, "宛　先：猪爪　健作　様（ご自宅ＦＡＸ 0577-000-8852）", size=9.5)
    p.at(26, 32, f"送信日：{era(issued)}　　送信枚数：本紙を含め１枚", size=9.5)
    p.at(26, 37.5, f"発信元：株式会社苫屋商事　TEL {TM_PHONE}　FAX 0577-000-3148", size=9.5)
    p.y = 48
    p.at(188, 50, f"{era(issued)}", align="r")
    p.at(188, 55.5, "管理番号　R1-061", align="r", size=10)
    p.y = 54
    p.line("猪爪　健作　殿", size=13)
    p.gap(6)
    p.line("株式会社苫屋商事", x=188, align="r")
    p.line("代表取締役　鍛治舎　卓", x=188, align="r")
    p.line("岐阜県高山市いなほ坂九丁目9番9号", x=188, align="r", size=9.5)
    p.add(Seal(195, p.y - 11, 11, "square", "苫屋商事之印", angle=4, seed=23101))
    p.gap(6)
    p.title("ご入金のお願い（催告）", size=14.5, font="serif-bold")
    p.para("謹啓　時下ますますご清栄のこととお慶び申し上げます。平素は格別のお引き立てを賜り、厚く御礼申し上げます。")
    p.para(f"さて、{gan(D(2019, 6, 10))}にご契約いただきましたご融資につきましては、{era(TM_LAST)}にご入金を頂戴しました"
           f"のを最後に、その後のご入金がございません。そのため、ご契約の条項に基づき、{era(TM_ACC)}の経過をもちまして"
           "期限の利益を喪失されております。")
    p.para("つきましては、甚だ恐縮ではございますが、下記金額を一括にて、下記期日までに弊社窓口へご持参いただくか、"
           "お振込み下さいますようお願い申し上げます。")
    p.line("謹白", x=188, align="r")
    p.line("記", align="c")
    x0 = 50
    for lab, val in [("残元金", f"金{TM_P:,}円也"), ("未払利息", f"金{TM_I:,}円也"), ("遅延損害金", f"金{L:,}円也"),
                     ("合　計", f"金{T:,}円也")]:
        base = p.y + 10.5 * 0.3528
        p.at(x0, base, lab, font="serif-bold" if "合" in lab else "serif")
        p.at(160, base, val, align="r", font="serif-bold" if "合" in lab else "serif")
        p.y += p.lh()
    p.add(Line(x0, p.y - p.lh() - 0.8, 160, p.y - p.lh() - 0.8, 0.3))
    p.line(f"（遅延損害金は{era(TM_ACC + timedelta(1))}から本日まで、残元金に対し年{TM_R:g}%）", x=x0, size=9)
    p.gap(1)
    p.line(f"お支払期日　{era(due)}（{wd(due)}）", x=x0, font="serif-bold")
    p.line("お振込先　　くさぶえ銀行 高山支店 普通 0317724 カ）トマヤシヨウジ", x=x0, size=10)
    p.gap(3)
    p.para("なお、期日までにご入金又はご連絡がない場合には、誠に不本意ながら、法的手続をとらせていただくこととなります。"
           "ご返済についてご相談がございましたら、どうぞ遠慮なく弊社までお電話ください（受付　午前9時～午後5時、日曜・祝日休み）。",
           size=10)
    p.gap(2)
    p.line("以上", x=188, align="r")
    p.line("貸金業登録番号　岐阜県知事（12）第00211号", x=22, size=8.5, color=GRAY)
    tr = truth(document_type="collection_notice", sender="株式会社苫屋商事", phone=TM_PHONE, creditor="株式会社苫屋商事",
               status="not_applicable", debtor="猪爪健作", total=T, principal=TM_P, interest=TM_I, late_damages=L,
               rate=TM_R, lump=True, issued=issued, payment_due=due, acceleration=TM_ACC, last_payment=TM_LAST,
               reference="R1-061", input_kind="fax_tiff", template="proxy23_family_lender_demand_fax_cover_sheet",
               received=issued)
    return dict(stem="af10", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:05 TOMAYA SHOJI 0577-000-3148",
                about="collection_notice (family-run lender's own 催告, one-page fax)",
                unusual="a small family-run lender's 催告 sent by FAX to the debtor's home: a framed hand-made "
                        "「ＦＡＸ送信票」 at the top (宛先 with the debtor's OWN fax number, 送信日, 送信枚数, 発信元 with TEL and "
                        "FAX); 謹啓 … 謹白 in serif; amounts as 金…円也 in a 記 list; 喪失 and last payment in the prose; "
                        "「弊社窓口へご持参」; 貸金業登録番号 岐阜県知事（12）第00211号 in grey at the foot (not a servicer "
                        "licence); the FAX number in the fax header")


# ---------------------------------------------------------------------------------------------
# af11 the 信用金庫's lawyer: 和解 proposal by fax, 前略 … 草々, 2 pages (p.2 回答書).


def af11():
    issued, asof, reply = D(2026, 1, 19), D(2026, 1, 16), D(2026, 2, 6)
    L = late(YM_P, YM_R, YM_ACC + timedelta(1), asof)
    T = YM_P + YM_I + L
    p = Page(font="serif", size=10.5, top=16, left=22, right=22)
    p.at(22, 19, "送信先　槇野　孝雄　様　（ＦＡＸ 0261-000-3390）", size=9.5)
    p.at(188, 19, "送信枚数　２枚（本書を含む）", size=9.5, align="r")
    p.add(Line(22, 22, 188, 22, 0.4))
    p.y = 26
    p.at(188, 29, era(issued), align="r")
    p.at(188, 34.5, "当方事件番号　2025-S-047", size=9.5, align="r")
    p.y = 38
    p.line("槇野　孝雄　殿", size=13)
    p.gap(3)
    for s in ["〒398-0000　長野県大町市すげ野九丁目9番9号　なつめビル2階", "渋佐法律事務所",
              f"{YM_NAME}代理人　弁護士　渋佐　泰造", "電話 0261-000-7318　ＦＡＸ 0261-000-7319"]:
        p.line(s, x=188, size=9.5, align="r")
    p.add(Seal(195, p.y - 10, 9, "square", "弁護士渋佐泰造", angle=2, seed=23111))
    p.gap(5)
    p.title("ご　連　絡", size=14, font="serif-bold")
    p.para(f"前略　当職は、{YM_NAME}（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおりご連絡申し上げます。")
    p.para(f"貴殿は、通知人との証書貸付契約につき、{era(YM_LAST)}の弁済を最後にお支払いを怠られ、{era(YM_ACC)}の経過を"
           f"もって期限の利益を喪失されました。通知人からの{era(D(2025, 10, 10))}付期限の利益喪失通知書にもかかわらず、今日に"
           "至るまでお支払いがございません。")
    p.para(f"{era(asof)}現在の貴殿の債務は下記一のとおりでありますが、通知人は、貴殿の御事情をも斟酌し、下記二の条件にて"
           "和解に応ずる用意がある旨申しております。ついては、本件につき貴殿の御意向を、同封の回答書にて"
           f"{era(reply)}（{wd(reply)}）までに当職宛ご回答下さいますようお願い申し上げます。")
    p.para("右期限までに御回答なき場合は、担保不動産競売の申立その他の法的手続に着手する所存でありますので、予めご承知置き"
           "願います。")
    p.line("草々", x=188, align="r")
    p.line("記", align="c")
    p.line(f"一　現在の債務額（{era(asof)}現在）", x=30)
    for lab, val in [("元金", YM_P), ("未収利息", YM_I), ("遅延損害金（年14%）", L), ("合計", T)]:
        base = p.y + 10.5 * 0.3528
        p.at(42, base, lab)
        p.at(150, base, f"金{val:,}円", align="r")
        p.y += p.lh()
    p.line("二　和解条件（案）", x=30)
    p.para("(1) 令和8年3月末日限り金1,500,000円を支払う。(2) 令和8年4月から毎月末日限り金120,000円ずつ支払う。"
           "(3) 右支払を2回以上怠ったときは期限の利益を失う。(4) 遅延損害金の一部を免除する。", x0=36, size=10, indent="")
    q = Page(font="serif", size=10.5, top=22, left=24, right=24)
    q.line("渋佐法律事務所　弁護士　渋佐　泰造　宛（ＦＡＸ 0261-000-7319）", size=10.5)
    q.gap(6)
    q.title("回　答　書", size=15, font="serif-bold")
    q.para(f"{era(issued)}付ご連絡について、次のとおり回答します（いずれかに○をしてください）。")
    q.gap(3)
    for s in ["１．和解条件（案）に同意します。", "２．条件について相談を希望します（ご希望：　　　　　　　　　　　）。",
              "３．同意しません。"]:
        q.line(s, x=34)
        q.gap(2)
    q.gap(10)
    q.line("令和　　年　　月　　日", x=100)
    q.gap(6)
    q.line("住　所", x=100)
    q.gap(4)
    q.line("氏　名　　　　　　　　　　　　　　印", x=100)
    q.gap(4)
    q.line("電　話", x=100)
    tr = truth(document_type="settlement_proposal", sender="渋佐法律事務所", phone="0261-000-7318", creditor=YM_NAME,
               status="not_applicable", debtor="槇野孝雄", total=T, principal=YM_P, interest=YM_I, late_damages=L,
               rate=YM_R, lump=False, issued=issued, payment_due=reply, acceleration=YM_ACC, last_payment=YM_LAST,
               reference="2025-S-047", input_kind="fax_tiff", template="proxy23_lawyer_settlement_fax_zenryaku",
               received=issued)
    return dict(stem="af11", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:42 SHIBUSA LAW 0261-000-7319",
                about="settlement_proposal (lawyer for the 信用金庫, 2-page fax)",
                unusual="2-page G4 fax of a one-lawyer office for the 信用金庫 of af02: a one-line 送信先 / 送信枚数 strip "
                        "with the debtor's own FAX number; title just 「ご連絡」; 前略 … 草々 in 候文-like wording (御意向, "
                        "予めご承知置き願います); the current debt as 記 一 (元金 / 未収利息 / 遅延損害金 / 合計, as of "
                        "令和8年1月16日 ≠ the letter date) and the plan as 記 二 in one paragraph (1,500,000 by 3月末日, "
                        "120,000 a month — distractors); the 回答 deadline in the prose (= payment_due); the date of af02's "
                        "喪失通知 as a distractor; TEL and FAX on one line; p.2 a 回答書 with three choices")


# ---------------------------------------------------------------------------------------------
# af12 一関簡裁 (ハ): the co-op sues for the accelerated combine loan; one scanned page.


def af12():
    R = 14.5
    issued, hearing, answer, filed = D(2026, 5, 18), D(2026, 6, 24), D(2026, 6, 17), D(2026, 4, 20)
    acc = D(2026, 2, 27)
    P, I = 1_236_000, 18_540
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    case = "令和８年（ハ）第２１１号"
    p = Page(font="sans", size=10, top=16, left=22, right=20)
    p.at(190, 20, "事件番号　" + case, size=10, align="r")
    p.at(190, 25, "事件名　貸金請求事件", size=10, align="r")
    p.y = 30
    p.line("被告　飴谷　勇作　殿", size=12)
    p.gap(2)
    p.line("口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="sans-bold", align="c")
    p.gap(2)
    p.para(f"原告　{SG_JA}　から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおりですから、同期日に"
           "出頭してください。なお、訴状を送付しますので、下記答弁書提出期限までに答弁書を提出してください。", size=9.8)
    p.gap(1)
    y = p.y
    rows = [("期　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"),
            ("場　所", "一関簡易裁判所　第１法廷（２階）"),
            ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        p.add(Box(22, y + i * 8, 40, 8, 0.3, (0, 0, 0), SHADE))
        p.add(Box(62, y + i * 8, 128, 8, 0.3))
        p.at(42, y + i * 8 + 5.5, a, size=9.8, align="c")
        p.at(65, y + i * 8 + 5.5, b, size=10.3, font="sans-bold" if i == 0 else "sans")
    p.y = y + 27
    p.line(f"{fw(era(issued))}　一関簡易裁判所民事係　裁判所書記官　鮎貝　千尋", x=60, size=9.5)
    p.line("電話 " + fw("0191-000-6072") + "　ＦＡＸ " + fw("0191-000-6073"), x=60, size=9.5)
    p.gap(2)
    p.para("※　出頭の際は、この呼出状と印鑑を持参してください。答弁書を提出しないで欠席すると、原告の言い分どおりの判決が"
           "されることがあります。", size=8.8, indent="")
    p.gap(1)
    p.add(Line(22, p.y, 190, p.y, 0.6))
    p.gap(2)
    p.line("（別紙）訴状の要旨", size=11, font="sans-bold")
    p.line(f"原告　{SG_JA}（岩手県一関市あぜみち九丁目９番９号、代表理事組合長　喜屋武　公平）", size=9.3)
    p.line("被告　飴谷　勇作（岩手県一関市あぜみち九丁目９番９号）", size=9.3)
    p.line("請求の趣旨", size=10, font="sans-bold")
    p.para(f"１　被告は、原告に対し、金{fw(f'{T:,}')}円及びうち金{fw(f'{P:,}')}円に対する{fw(era(filed + timedelta(1)))}"
           f"から支払済みまで年１４．５％の割合による金員を支払え。２　訴訟費用は被告の負担とする。との判決並びに仮執行の宣言を"
           "求める。", size=9.3)
    p.line("請求の原因", size=10, font="sans-bold")
    p.para(f"１　原告は、被告に対し、{fw(era(D(2023, 3, 15)))}、農機具資金として金２，０６０，０００円を、年賦５回払い（毎年"
           "１１月２５日限り）、遅延損害金年１４．５％の約定で貸し付けた。", size=9.3)
    p.para(f"２　被告は、{fw(era(D(2025, 11, 25)))}の返済期日に支払をせず、原告の催告にも応じないため、原告は被告に対し"
           f"期限の利益を喪失させる旨の意思表示をし、被告は{fw(era(acc))}の経過をもって期限の利益を喪失した。", size=9.3)
    p.para("３　よって、原告は、被告に対し、下記金員の支払を求める。", size=9.3)
    p.table([["残元金", "約定利息", "確定遅延損害金", "合計"],
             [fw(f"{P:,}") + "円", fw(f"{I:,}") + "円", fw(f"{L:,}") + "円", fw(f"{T:,}") + "円"]],
            [42, 42, 42, 42], x=22, header=True, size=9.3, row_h=7, aligns="rrrr")
    p.line(f"（確定遅延損害金は{fw(era(acc + timedelta(1)))}から訴え提起の日の{fw(era(filed))}まで）", size=8.5)
    tr = truth(document_type="lawsuit", sender="一関簡易裁判所", phone="0191-000-6072", creditor=SG_JA,
               status="not_applicable", debtor="飴谷勇作", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=None, hearing=hearing,
               reference="令和8年(ハ)第211号", input_kind="scan_png",
               template="proxy23_summary_court_ha_coop_plaintiff_one_page", received=D(2026, 5, 20))
    return dict(stem="af12", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="lawsuit (簡裁 (ハ), farmers' co-op plaintiff, one page)",
                unusual="one scanned page of a court not used before (一関簡裁): the addressee 「被告　…　殿」 at the top, "
                        "the 呼出状 text, a shaded-label box 期日 / 場所 / 答弁書提出期限 with weekdays, the clerk with TEL "
                        "and FAX; below a thick rule a （別紙）訴状の要旨: 請求の趣旨 「金…及びうち金…」, the co-op's 年賦 "
                        "loan (令和5年, 2,060,000) and the missed 11/25 instalment in the 原因, a 4-column one-row table "
                        "残元金 / 約定利息 / 確定遅延損害金 / 合計 and its window; 訴え提起日 4/20 ≠ the letter date; no "
                        "last payment printed (null)")


# ---------------------------------------------------------------------------------------------
# af13 real servicer's plain typed 催告書 (original a 信用金庫), phone photo on tatami.


def af13():
    R = 14.6
    issued, due = D(2026, 1, 13), D(2026, 1, 27)
    acc, lastp, assign = D(2025, 5, 20), D(2025, 1, 27), D(2025, 9, 30)
    P, I = 1_128_700, 26_455
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18, left=24, right=24)
    p.at(186, 22, era(issued), align="r")
    p.at(186, 27.5, "債権番号　10-2609-4471", size=10, align="r")
    p.y = 32
    p.line("秋田県由利本荘市おきな町九丁目9番9号", size=10.5)
    p.line("東風谷　研二　様", size=13.5)
    p.gap(3)
    for s in ["SMBC債権回収株式会社", "法務大臣許可番号　第10号", "東北管理センター　担当　六郷", "電話　0120-000-418"]:
        p.line(s, x=186, size=10, align="r")
    p.add(Seal(193, p.y - 19, 11, "square", "債権回収株式会社之印", angle=-3, seed=23131))
    p.gap(6)
    p.title("催　告　書", size=15, font="serif-bold")
    p.para(f"貴殿がひばの信用金庫との間で締結された証書貸付契約に基づく債権は、{era(assign)}、同金庫から当社に譲渡され、"
           "同金庫よりその旨ご通知申し上げたとおりでございます。")
    p.para(f"貴殿は、{era(lastp)}のご返済を最後にお支払いがなく、{era(acc)}をもって期限の利益を喪失されております。"
           f"当社は再三にわたりご連絡を差し上げておりますが、現在までご入金もご連絡もいただいておりません。")
    p.para(f"つきましては、下記金額を{era(due)}（{wd(due)}）までに、下記口座へ一括してお振込みくださいますよう、本書を"
           "もって催告いたします。")
    p.gap(1)
    p.line("記", align="c")
    x0 = 44
    for lab, val in [("残元金", P), ("未収利息", I), ("遅延損害金", L), ("合計", T)]:
        base = p.y + 10.5 * 0.3528
        p.at(x0, base, lab)
        p.at(150, base, f"{val:,}円", align="r")
        p.y += p.lh()
    p.line(f"（遅延損害金：{era(acc + timedelta(1))}から本書面作成日まで　年{R}%　年365日日割計算）", x=x0, size=9)
    p.gap(1)
    p.line("お振込先　こしあぶら銀行　秋田中央支店　普通預金　7731056", x=x0, size=10)
    p.line("口座名義　SMBC債権回収（カ　ヒガシマ）", x=x0, size=10)
    p.gap(3)
    p.para("期限までにお支払いもご連絡もない場合は、法的手続に移行することがございます。ご返済のご相談は上記担当者までお電話"
           "ください（平日9時～18時）。ご本人様以外からのお問合せにはお答えいたしかねます。", size=9.5)
    p.gap(2)
    p.line("（ご参考）原債権者　ひばの信用金庫　原契約　平成29年8月21日　当初貸付金額　1,500,000円", size=9)
    p.line("以上", x=186, align="r")
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-418", creditor="SMBC債権回収株式会社", status="licensed", original="ひばの信用金庫",
               debtor="東風谷研二", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="10-2609-4471",
               input_kind="photo_jpeg", template="proxy23_servicer_plain_typed_demand_shinkin_origin",
               received=D(2026, 1, 15))
    return dict(stem="af13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=2.4, creases=2, fill=0.83, blur=0.9, warm=0.2,
                          shadow=0.22, shadow_side="bottom"),
                about="collection_notice (real servicer, plain typed 催告書, phone photo)",
                unusual="phone photo on tatami with tri-fold creases and a hand shadow at the bottom; real servicer ★ "
                        "SMBC債権回収株式会社 with 「法務大臣許可番号　第10号」 in a right-aligned sender block — but a "
                        "PLAIN typed serif letter with no logo, no colour and no table: 記 as four label / amount lines; the "
                        "原債権者 is a 信用金庫 (譲渡 in the first sentence); the 債権番号 with the digits of the licence "
                        "inside it (10-…); an account name in katakana; （ご参考） line with the 平成29年 contract and "
                        "1,500,000 (distractors)")


# ---------------------------------------------------------------------------------------------
# af14 joint 債権譲渡通知: the 信用金庫 of af02 → an invented servicer, photographed (HEIC).


def af14():
    issued, assign = D(2026, 3, 23), D(2026, 3, 13)
    L = late(YM_P, YM_R, YM_ACC + timedelta(1), assign)
    T = YM_P + YM_I + L
    p = Page(font="serif", size=10.5, top=18, left=24, right=24)
    p.at(186, 22, era(issued), align="r")
    p.y = 26
    p.line("長野県大町市しもつけ野九丁目9番9号", size=10.5)
    p.line("槇野　孝雄　殿", size=13.5)
    p.gap(5)
    p.title("債権譲渡通知書", size=15, font="serif-bold")
    p.para(f"拝啓　時下益々ご清祥のこととお慶び申し上げます。さて、通知人{YM_NAME}（譲渡人）は、貴殿に対して有する下記の"
           f"債権を、{era(assign)}付で、通知人こうほね債権回収株式会社（譲受人）に譲渡いたしましたので、ここに連名をもって"
           "ご通知申し上げます。")
    p.para("今後のお支払い、ご相談その他のお問合せは、譲受人宛にお願いいたします。譲渡人の本支店窓口ではお受けできません"
           "ので、ご了承ください。")
    p.line("敬具", x=186, align="r")
    p.line("記", align="c")
    p.kv([("１．原契約", f"{gan(YM_LOAN_D)}付証書貸付契約（事業資金）"),
          ("２．最終弁済日", era(YM_LAST)),
          ("３．期限の利益喪失日", era(YM_ACC)),
          ("４．譲渡日", era(assign)),
          ("５．譲渡債権額", f"元金 {YM_P:,}円　未収利息 {YM_I:,}円"),
          ("", f"遅延損害金 {L:,}円（年14%、譲渡日まで）"),
          ("", f"合計 {T:,}円"),
          ("６．お客様番号", "KH-26-03117（譲受人）")], x=34, label_w=42, size=10)
    p.gap(2)
    p.line("以上", x=186, align="r")
    p.gap(4)
    y = p.y
    p.add(Line(24, y, 186, y, 0.3))
    p.at(30, y + 6, "（譲渡人）", size=9.5)
    for i, s in enumerate(["長野県大町市くぬぎ台九丁目9番9号", YM_NAME, "理事長　甘糟　正道"]):
        p.at(30, y + 12 + i * 5.5, s, size=10)
    p.add(Seal(88, y + 22, 13, "square", "やまなみ信用金庫理事長之印", angle=3, seed=23141))
    p.at(110, y + 6, "（譲受人）", size=9.5)
    for i, s in enumerate(["長野県松本市はしどい町九丁目9番9号", "こうほね債権回収株式会社", "代表取締役　萩野　克典",
                           "法務大臣許可第253号", "電話　0263-000-5525（管理部）"]):
        p.at(110, y + 12 + i * 5.5, s, size=10)
    p.add(Seal(176, y + 22, 13, "round", "こうほね債権回収|代表/取締役", angle=-5, seed=23142))
    tr = truth(document_type="assignment_notice", sender="こうほね債権回収株式会社", license_number=253,
               phone="0263-000-5525", creditor="こうほね債権回収株式会社", status="unverified", original=YM_NAME,
               debtor="槇野孝雄", total=T, principal=YM_P, interest=YM_I, late_damages=L, rate=YM_R, lump=False,
               issued=issued, payment_due=None, acceleration=YM_ACC, last_payment=YM_LAST, assignment=assign,
               reference="KH-26-03117", input_kind="photo_heic",
               template="proxy23_joint_assignment_shinkin_to_invented_servicer_typed", received=D(2026, 3, 25))
    return dict(stem="af14", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=1.8, creases=2, fill=0.85, glare=18, warm=0.3, bow=6),
                about="assignment_notice (joint, 信用金庫 → invented servicer, phone photo HEIC)",
                unusual="iPhone HEIC on a pale desk with creases, a bulge and a lamp glare; a typed joint 債権譲渡通知書 "
                        "(拝啓 … 敬具) where BOTH parties are called 通知人; the 信用金庫 of af02 and af11 sells to the "
                        "INVENTED servicer 「こうほね債権回収株式会社」 with 「法務大臣許可第253号」 (no 番号; → unverified) "
                        "in the right of two side-by-side sender blocks at the BOTTOM; 記 with 令和元年 contract, last "
                        "payment, 喪失, 譲渡日 and the 譲渡債権額 split over three lines; informs only")


# ---------------------------------------------------------------------------------------------
# af15 信用金庫's typed second reminder for an education loan (three missed instalments), photographed sideways.


def af15():
    R = 14.0
    issued, due = D(2026, 2, 6), D(2026, 2, 20)
    lastp = D(2025, 10, 27)
    inst = [(D(2025, 11, 27), 21_400, 1_862), (D(2025, 12, 29), 21_400, 1_791), (D(2026, 1, 27), 21_400, 1_759)]
    rows = [(d, pr, it, late(pr + it, R, d + timedelta(1), issued)) for d, pr, it in inst]
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=16, left=22, right=22)
    p.at(188, 20, era(issued), align="r")
    p.at(188, 25.5, "お客様番号　H-30021", size=10, align="r")
    p.y = 30
    p.line("秋田県由利本荘市六郷町九丁目9番9号", size=10.5)
    p.line("伍賀　紀子　様", size=13.5)
    p.gap(3)
    for s in ["ひばの信用金庫　本荘支店", "支店長　伊里　勝", "電話　0184-000-2516"]:
        p.line(s, x=188, size=10, align="r")
    p.gap(5)
    p.line("教育ローンご返済のお願い（第二回）", size=14.5, font="sans-bold", align="c")
    p.gap(3)
    p.para("毎々格別のお引立てをいただき、厚くお礼申し上げます。")
    p.para("さて、先般（令和8年1月9日付）ご案内申し上げました教育ローンのご返済につきまして、本日現在なお下記のとおり"
           f"ご入金が確認できておりません。ご多用中恐れ入りますが、{era(due)}（{wd(due)}）までに、ご返済用預金口座へご入金"
           "くださいますようお願い申し上げます。")
    p.gap(1)
    p.line("記", align="c")
    for d, pr, it, lt in rows:
        p.line(f"　{era(d)}ご返済分　元金 {pr:,}円　利息 {it:,}円　延滞損害金 {lt:,}円", x=34, size=10)
    p.add(Line(34, p.y + 0.5, 176, p.y + 0.5, 0.3))
    p.gap(1.5)
    p.line(f"　ご入金いただく金額　　元金 {P:,}円　利息 {I:,}円　延滞損害金 {L:,}円", x=34, size=10)
    p.line(f"　　　　　　　　　　　　合計　{T:,}円", x=34, size=11.5, font="sans-bold")
    p.line(f"　（延滞損害金は各回のご返済額に対し年{R:g}%、ご返済日の翌日から本状作成日までの日割計算）", x=34, size=8.8)
    p.gap(2)
    p.line(f"　最終ご入金日　{era(lastp)}", x=34, size=10)
    p.line("　ご返済用口座　本荘支店　普通預金　1402277", x=34, size=10)
    p.gap(3)
    p.para("ご延滞が三か月を超えますと、教育ローン契約書の定めにより期限の利益を失い、残額（令和8年1月末現在 元金"
           "812,600円）を一括してご返済いただくことになります。また、保証機関による代位弁済の手続に移ることがございます。"
           "ご事情がおありの方は、お早めに当店融資係までご相談ください。", size=9.8)
    p.gap(1)
    p.para("なお、本状と行き違いにご入金済みの節は、悪しからずご容赦くださいますようお願い申し上げます。", size=9.8)
    tr = truth(document_type="collection_notice", sender="ひばの信用金庫", phone="0184-000-2516", creditor="ひばの信用金庫",
               status="not_applicable", debtor="伍賀紀子", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=due, acceleration=None, last_payment=lastp, reference="H-30021",
               input_kind="photo_exif_rotated", template="proxy23_shinkin_education_loan_second_reminder_rotated",
               received=D(2026, 2, 9))
    return dict(stem="af15", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.045, tilt=2.2, creases=2, shadow=0.2, shadow_side="right", fill=0.86,
                          warm=0.2),
                about="collection_notice (信用金庫 education-loan second reminder, photographed sideways)",
                unusual="phone photo stored sideways with EXIF orientation 6, on wood with creases and a hand shadow; a "
                        "信用金庫 branch's typed second reminder (第二回) for an education loan: three missed instalments as "
                        "three PROSE lines (each 元金 / 利息 / 延滞損害金) and a sum line under a rule with the 合計 in bold "
                        "on its own line; arrears only (lump false); the earlier reminder's date 令和8年1月9日, the "
                        "remaining 元金 812,600円 of the whole loan and the account as distractors; the 支店長's name "
                        "without a seal; the bank name as ひばの信用金庫 with 本荘支店 after it (sender = the 信用金庫)")


# ---------------------------------------------------------------------------------------------
# af16 SCAM: a postcard styled as a 内容証明 「債権最終通告書」 from a fake servicer; phone photo.


def af16():
    issued, due = D(2025, 11, 12), D(2025, 11, 14)
    T = 248_600
    p = Page(w=100, h=148, font="serif", size=7.8, top=8, left=7, right=7)
    p.at(93, 10, f"{gan(issued)}", size=7, align="r")
    p.at(93, 14, "管理番号　ほ４０２", size=7, align="r")
    p.y = 16
    p.line("秋田県由利本荘市おきな町九丁目9番9号", size=7.2)
    p.line("笹目　義男　殿", size=10)
    p.gap(2)
    p.add(Box(7, p.y, 86, 10, 0.6))
    p.at(50, p.y + 7, "債権最終通告書（内容証明扱い）", size=10.5, font="serif-bold", align="c")
    p.y += 13
    p.para("貴殿が過去にご利用された金融機関等の未納債権につき、当機構が法務大臣の許可に基づき管理回収業務を受託いたし"
           "ました。再三の通知にもかかわらず未だご連絡がないため、本状をもって最終通告といたします。", size=7.5)
    p.para("期日までにご連絡なき場合、民事訴訟の手続を経て、給与・預貯金・不動産等の差押えを執行いたします。取下げの"
           "ご相談は必ずご本人様よりお電話ください。弁護士等第三者へのご相談は手続を遅らせるだけですのでお控えください。",
           size=7.5)
    p.gap(1)
    y = p.y
    p.add(Box(10, y, 80, 19, 0.8, RED))
    p.at(13, y + 6, "未納債権額", size=8.5, font="serif-bold")
    p.at(87, y + 6.5, f"金{T:,}円也", size=11, font="serif-bold", align="r", color=RED)
    p.at(13, y + 14, "取下げ最終期日", size=8.5, font="serif-bold")
    p.at(87, y + 14.5, f"11月14日（{wd(due)}）午後3時", size=10, font="serif-bold", align="r", color=RED)
    p.y = y + 22
    p.line("民事債権保全管理機構　債権回収部", size=8, font="serif-bold")
    p.line("法務大臣許可　第327号　東京都千代田区霞が関一丁目", size=7)
    p.line("電話　03-0000-9137（受付 9時～20時 土日も受付）", size=8, font="serif-bold")
    stamp(p, 66, 126, "親展", color=RED, size=9, h=7)
    p.add(Seal(85, 129.5, 10, "square", "保全機構之印", angle=6, seed=23161))
    tr = truth(document_type="other", sender="民事債権保全管理機構", license_number=327, phone="03-0000-9137",
               creditor=None, status="not_licensed", original=None, debtor="笹目義男", total=T, lump=False,
               issued=issued, payment_due=due, reference="ほ402", is_scam=True, input_kind="photo_jpeg",
               template="proxy23_scam_postcard_fake_naiyou_shomei", received=None)
    return dict(stem="af16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1700, 2300), bg="cloth", keystone=0.05, tilt=3.0, fill=0.78, glare=16, warm=0.3),
                about="other (scam postcard dressed as a 内容証明)",
                unusual="架空請求 postcard photographed on a dark cloth: 「債権最終通告書（内容証明扱い）」 — a postcard "
                        "cannot be a 内容証明; an old-fashioned serif look with 金…円也; 「法務大臣の許可に基づき」 and a FAKE "
                        "「法務大臣許可　第327号」 for 「民事債権保全管理機構」 (→ not_licensed); creditor only 「金融機関等」 "
                        "(null); address 「霞が関一丁目」 without a number; a hiragana 管理番号 ほ４０２; 取下げ最終期日 "
                        "「11月14日（金）午後3時」, two days after the date; 「弁護士等…へのご相談は…お控えください」; 親展 "
                        "stamp and a square seal")


LETTERS = [af09, af10, af11, af12, af13, af14, af15, af16]
