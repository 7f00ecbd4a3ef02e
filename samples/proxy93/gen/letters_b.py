"""Proxy set 93, letters cx09–cx16: a 簡裁 仮執行宣言付支払督促 for a real servicer photographed on wood; a joint
債権譲渡通知 (card company → real servicer) as a digital PDF; an invented servicer's 一括請求 after the 競売 by a
2-page fax; a 簡裁 (ハ) 呼出状 held up in a hand (the 訴状 was not photographed); a bank's arrears 催告書 of a housing
loan by fax; a fake servicer's 最終通告書 photographed sideways; a real servicer's 催告書 for an auto loan, scanned;
and the consumer lender's 期限の利益喪失のお知らせ behind cx06, photographed on tatami."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    cell,
    era,
    grid,
    late,
    stamp,
    truth,
    wd,
    window,
)
from letters_a import LX_ACC, LX_I, LX_LAST, LX_P, wdate

from samples.letters.fmt import fullwidth

fw = fullwidth
FOREST = (0.10, 0.35, 0.18)
ORANGE = (0.85, 0.40, 0.05)
INDIGO = (0.18, 0.16, 0.45)


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


# ---------------------------------------------------------------------------------------------
# cx09 福岡簡易裁判所 仮執行宣言付支払督促, creditor SMBC債権回収 (real); phone photo on wood.


def cx09():
    R = 18.0
    order, issued = D(2026, 1, 28), D(2026, 3, 10)
    acc, calc_end = D(2025, 6, 30), D(2026, 1, 9)
    P, I = 742_118, 9_876
    L = late(P, R, acc + timedelta(1), calc_end)
    C1, C2 = 3_890, 1_260
    T = P + I + L + C1 + C2
    case = "令和8年(ロ)第417号"
    p = Page(font="serif", size=10.5, top=14)
    p.line("これは正本である。", x=140, size=9.5)
    p.line(f"{fw(era(issued))}　福岡簡易裁判所　裁判所書記官　鉾渕　隆", x=92, size=9)
    p.seal(188, 15, 12, "square", "福岡簡易裁判所書記官印", seed=93091)
    p.gap(3)
    p.line(f"事件番号　{fw('令和8年（ロ）第417号')}", size=10.5)
    p.gap(1)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.table([["債権者", "SMBC債権回収株式会社（代表者代表取締役　帆渕　正樹）"],
             ["債務者", "洲見　加奈子（福岡市早良区かるがも町九丁目9番9号）"]], [26, 144], x=20, aligns="ll", size=10,
            row_h=8, shade_col0=True)
    p.gap(3)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。")
    p.para(f"上記の支払督促は、{fw(era(order))}に発付され、債務者に送達されたが、債務者は督促異議の申立てをしなかった。"
           "よって、債権者の申立てにより、この支払督促に仮執行の宣言をする。")
    p.gap(2)
    p.line("請求の趣旨", size=11, font="serif-bold")
    p.table([["元金", f"{P:,}円"], ["利息（約定利率年14.5％）", f"{I:,}円"],
             [f"確定遅延損害金（{fw(era(acc + timedelta(1)))}～{fw(era(calc_end))}　年18％）", f"{L:,}円"],
             ["督促手続費用", f"{C1:,}円"], ["仮執行宣言手続費用", f"{C2:,}円"], ["合　計", f"{T:,}円"]],
            [122, 46], x=20, aligns="lr", size=10, row_h=7.6)
    p.gap(1.5)
    p.para(f"なお、上記元金に対する{fw(era(calc_end + timedelta(1)))}から支払済みまで年18％の割合による遅延損害金を付加して"
           "支払え。", size=9.8, indent="")
    p.gap(2)
    p.line("請求の原因", size=11, font="serif-bold")
    p.para("１　東汐クレジット株式会社は、債務者との間で令和2年3月9日に金銭消費貸借契約（極度額 1,000,000円）を締結し、"
           "債務者に金員を貸し付けた。", size=9.6, indent="")
    p.para(f"２　債務者は{fw(era(acc))}の返済を怠り、期限の利益を喪失した。", size=9.6, indent="")
    p.para("３　東汐クレジット株式会社は、令和7年10月31日、本件貸金債権を債権者に譲渡し、その旨を債務者に通知した。",
           size=9.6, indent="")
    p.gap(3)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　福岡簡易裁判所", size=11)
    p.line("　　　　裁判所書記官　鉾渕　隆", size=11)
    p.gap(4)
    p.add(Box(20, p.y, 170, 16, 0.4, GRAY))
    p.at(24, p.y + 6.5, "お問い合わせ　福岡簡易裁判所民事第1係（督促）　電話 092-000-4170", size=9.5)
    p.at(24, p.y + 12, "この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議を申し立てることができます。",
         size=8.2)
    tr = truth(document_type="payment_order_enforceable", sender="福岡簡易裁判所", phone="092-000-4170",
               creditor="SMBC債権回収株式会社", status="licensed", original="東汐クレジット株式会社", debtor="洲見加奈子",
               total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, reference=case, input_kind="photo_jpeg",
               template="proxy93_enforceable_order_real_servicer_wood_photo", received=D(2026, 3, 12))
    return dict(stem="cx09", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.05, tilt=2.4, creases=2, glare=26, fill=0.86, warm=0.3),
                about="payment_order_enforceable (簡裁, real servicer creditor, one page)",
                unusual="phone photo on wood with creases and a strong lamp glare; the 正本 certificate with the 仮執行宣言 "
                        "date at the very TOP; the parties as a shaded 2-row table (creditor ★ SMBC債権回収 with its "
                        "representative; court paper, no licence number); the order date 令和８年１月２８日 only inside the "
                        "prose; a 6-row 請求の趣旨 table with TWO cost rows (督促手続費用 / 仮執行宣言手続費用 → costs = sum) "
                        "and 利息（約定利率年14.5％） whose rate is not the late rate; the running damages as 「なお…」; "
                        "極度額 1,000,000 and the 譲渡 of 令和7年10月31日 as distractors")


# ---------------------------------------------------------------------------------------------
# cx10 joint 債権譲渡のご通知: シオカゼクレジット → アウロラ債権回収 (real); digital PDF, letterhead at the top.


def cx10():
    R = 18.0
    issued, assign = D(2026, 4, 3), D(2026, 3, 31)
    acc, lastp = D(2025, 12, 1), D(2025, 8, 4)
    P, I = 286_940, 12_305
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.line(f"{wdate(issued)}", align="r", size=10)
    p.gap(2)
    p.line("〒980-0000　宮城県仙台市青葉区ひたき町九丁目9番9号", size=10)
    p.line("澪井　亮太　様", size=13.5)
    p.gap(2)
    y = p.y
    for i, (role, name, addr, extra) in enumerate((
            ("譲渡人", "シオカゼクレジット株式会社", "東京都新宿区しおだまり町九丁目9番9号", "代表取締役　舳田　浩"),
            ("譲受人", "アウロラ債権回収株式会社", "東京都港区波止場通九丁目9番9号", "代表取締役　綱貝　文彦"))):
        yy = y + i * 17
        p.at(108, yy + 4, f"【{role}】　{addr}", size=8.5)
        p.at(112, yy + 10, name, size=11.5, font="sans-bold")
        p.at(112, yy + 15, extra, size=9.5)
        p.seal(190, yy + 9, 11, "round", name.replace("株式会社", "") + "|代表/取締役", angle=4 * (1 - 2 * i),
               seed=93101 + i)
    p.y = y + 38
    p.add(Box(15, p.y, 181, 12, color=None, fill=SHADE))
    p.at(105.5, p.y + 8.4, "債権譲渡のご通知", size=15, font="sans-bold", align="c")
    p.y += 17
    p.para("拝啓　時下ますますご清栄のこととお慶び申し上げます。")
    p.para(f"さて、譲渡人は、貴殿に対して有する下記の債権を、{wdate(assign)}付で譲受人に譲渡いたしましたので、民法第467条"
           "に基づき、譲渡人及び譲受人の連名にてご通知申し上げます。")
    p.para("今後は、譲受人がお客様の窓口となります。お支払方法のご相談、お問い合わせは譲受人までご連絡ください。なお、譲渡人"
           "へのお支払いはご遠慮くださいますようお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    y = p.y
    cell(p, 15, y, 60, 14, "ご契約種類", "カードショッピング（リボ払い）", vsize=10)
    cell(p, 75, y, 60, 14, "ご契約日", "2019年11月6日", vsize=10)
    cell(p, 135, y, 61, 14, "譲渡日", wdate(assign), vsize=10)
    cell(p, 15, y + 14, 60, 14, "最終ご入金日", wdate(lastp), vsize=10)
    cell(p, 75, y + 14, 60, 14, "期限の利益喪失日", wdate(acc), vsize=10)
    cell(p, 135, y + 14, 61, 14, "お客様番号（譲受人）", "AUR-3102-6648", vsize=10)
    p.y = y + 32
    p.line(f"譲渡債権の内容（{wdate(assign)}現在）", size=10, font="sans-bold")
    p.table([["残元本", f"¥{P:,}"], ["未払手数料", f"¥{I:,}"], ["遅延損害金（年18%）", f"¥{L:,}"],
             ["譲渡債権額　合計", f"¥{T:,}"]], [90, 50], x=15, aligns="lr", size=10.5, row_h=8, shade_col0=True)
    p.line("※遅延損害金は、残元本に対し期限の利益喪失日の翌日から譲渡日までの額です。以後も完済まで年18%の割合で発生します。",
           x=15, size=8.3)
    p.gap(2)
    p.para("ご参考：リボ払いご利用枠 400,000円（解約済）、毎月のお支払額 10,000円、カード番号下4桁 5318", size=9, indent="")
    p.gap(5)
    y = p.y
    p.add(Box(15, y, 181, 30, 0.4, NAVY))
    p.at(20, y + 7, "【お問い合わせ先（譲受人）】", size=10, font="sans-bold", color=NAVY)
    p.at(20, y + 13.5, "アウロラ債権回収株式会社　仙台オフィス　担当 溝縄", size=10)
    p.at(20, y + 19.5, "フリーダイヤル 0120-000-762（平日9:00～18:00）　法務大臣許可番号 第76号", size=10)
    p.at(20, y + 25.5, "譲渡人お客様窓口（ご参考）　03-0000-5190", size=8.5, color=GRAY)
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-762", creditor="アウロラ債権回収株式会社", status="licensed",
               original="シオカゼクレジット株式会社", debtor="澪井亮太", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AUR-3102-6648", input_kind="pdf_text",
               template="proxy93_joint_assignment_letterhead_cells", received=D(2026, 4, 6))
    return dict(stem="cx10", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, card company → real servicer)",
                unusual="digital joint 債権譲渡のご通知 with BOTH notifiers stacked at the TOP right (【譲渡人】 / 【譲受人】 with "
                        "round seals) above a shaded title band; six label-above-value cells (ご契約種類, ご契約日 2019年, 譲渡日, "
                        "最終ご入金日, 期限の利益喪失日, お客様番号（譲受人）); amounts as ¥ figures in a shaded-label table 残元本 / "
                        "未払手数料 / 遅延損害金（年18%） / 譲渡債権額　合計; real servicer ★ アウロラ債権回収 with 「法務大臣許可"
                        "番号 第76号」 only in the contact box at the foot; informs only (no due date); the 譲渡人's phone")


# ---------------------------------------------------------------------------------------------
# cx11 天球債権回収 (invented, 第231号) 競売後の残債務のご請求, 2-page fax: letter + 配当充当明細.


def cx11():
    R = 14.0
    issued, due = D(2026, 5, 22), D(2026, 6, 12)
    acc, lastp, assign, divday = D(2024, 2, 26), D(2023, 10, 26), D(2024, 9, 30), D(2026, 4, 15)
    P0, I0 = 17_265_900, 84_331
    X = late(P0, R, acc + timedelta(1), divday)
    Dv = 12_684_000
    cost = 915_200
    rest = Dv - cost - I0 - X
    assert rest > 0
    P = P0 - rest
    L = late(P, R, divday + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "天球債権回収株式会社", size=14, font="sans-bold", color=INDIGO)
    p.at(15, 24, "TENKYU SERVICER CO., LTD.　法務大臣許可番号 第231号", size=7.5, color=INDIGO)
    p.at(196, 18, f"発信日　{era(issued)}", size=9.5, align="r")
    p.at(196, 23.5, "管理番号　TK-0930-1846", size=9.5, align="r")
    p.y = 32
    p.line("〒060-0000　札幌市中央区やまがら町九丁目9番9号", size=10)
    p.line("網渕　正和　様", size=13.5)
    p.gap(6)
    p.title("競売による配当後の残債務のご請求", size=15)
    p.para(f"当社は、{era(assign)}付で株式会社北汐銀行から貴殿に対する住宅ローン債権を譲り受け、担保不動産の競売を申し立てて"
           f"おりましたが（札幌地方裁判所令和6年(ケ)第388号）、{era(divday)}の配当期日において配当金を受領し、"
           "本件債権に充当いたしました（充当の明細は2枚目のとおりです）。")
    p.para(f"しかしながら、充当後もなお下記の債務が残っております。つきましては、{era(due)}（{wd(due)}）までに下記金額を一括"
           "してお支払いください。", size=10)
    p.gap(1)
    p.line("記", align="c")
    p.table([["充当後残元金", f"{P:,}円"], [f"遅延損害金（{era(divday + timedelta(1))}から{era(issued)}まで・年14％）", f"{L:,}円"],
             ["ご請求金額", f"{T:,}円"]], [125, 45], x=20, aligns="lr", size=10.5, row_h=8.5)
    p.gap(3)
    p.kv([("原債権者", "株式会社北汐銀行（平成26年7月18日付 住宅ローン 当初 2,350万円）"),
          ("期限の利益喪失日", era(acc)), ("最終ご返済日", era(lastp)), ("債権譲受日", era(assign))],
         x=20, label_w=38, size=9.8)
    p.gap(3)
    p.para("ご一括でのお支払いが難しい場合は、分割でのお支払いについてもご相談を承ります。お支払期限までに必ず担当者まで"
           "ご連絡ください。ご連絡のない場合は、給与等の差押えを含む法的手続を検討いたします。", size=9.5)
    p.gap(5)
    for s, sz in (("天球債権回収株式会社　札幌支店　担当　瀞田", 10.5), ("〒060-0000　札幌市北区ほばしら台九丁目9番9号", 9),
                  ("電話 011-000-2310　FAX 011-000-2311", 10)):
        p.line(s, x=96, size=sz, font="sans-bold" if sz > 10 else None)
    p.seal(188, p.y - 9, 12, "square", "天球債権回収印", angle=3, seed=93111)
    q = Page(font="sans", size=10, top=16)
    q.line("（2／2）", align="r", size=9)
    q.title("配当金充当明細書", size=14)
    q.line(f"札幌地方裁判所　令和6年(ケ)第388号　担保不動産競売事件　配当期日 {era(divday)}", size=9.5)
    q.line(f"配当金受領額　{Dv:,}円", size=10, font="sans-bold")
    q.gap(2)
    q.table([["充当項目", "充当前の額", "充当額", "充当後の額"],
             ["執行費用（当社立替分）", f"{cost:,}", f"{cost:,}", "0"],
             ["未収利息", f"{I0:,}", f"{I0:,}", "0"],
             [f"遅延損害金（{era(acc + timedelta(1))}～配当期日）", f"{X:,}", f"{X:,}", "0"],
             ["元金", f"{P0:,}", f"{rest:,}", f"{P:,}"],
             ["合計", f"{cost + I0 + X + P0:,}", f"{Dv:,}", f"{P:,}"]],
            [70, 36, 36, 36], x=16, header=True, aligns="lrrr", size=9.5, row_h=8)
    q.line("（単位：円）", x=160, size=8.5)
    q.gap(3)
    for s in ("1　充当は、費用、利息、遅延損害金、元金の順に行いました。",
              "2　本件不動産の売却価額は 13,020,000円です。配当金受領額との差額は、手続費用及び先順位の公租公課に充てられています。",
              "3　充当後の元金に対しては、配当期日の翌日から完済まで年14％の割合による遅延損害金が発生します。"):
        q.para(s, x0=18, x1=192, size=9.3, indent="")
    tr = truth(document_type="collection_notice", sender="天球債権回収株式会社", license_number=231,
               phone="011-000-2310", creditor="天球債権回収株式会社", status="unverified", original="株式会社北汐銀行",
               debtor="網渕正和", total=T, principal=P, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="TK-0930-1846",
               input_kind="fax_tiff", template="proxy93_invented_servicer_after_auction_fax", received=issued)
    return dict(stem="cx11", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:44 TENKYU SERVICER SAPPORO 011-000-2311",
                about="collection_notice (invented servicer, 一括請求 after the 競売 配当, 2-page fax)",
                unusual="2-page G4 fax with only the machine's header line; INVENTED servicer 天球債権回収 (licence printed "
                        "in a small Latin/kanji line under the name → unverified); a 3-row table 充当後残元金 / 遅延損害金"
                        "（…から…まで・年14％） / ご請求金額; kv lines with 原債権者 (平成26年 loan of 2,350万円 in 万 units), "
                        "喪失日, 最終ご返済日, 債権譲受日; the (ケ) case number in the prose (not the reference); p.2 a "
                        "配当金充当明細書 with 充当前 / 充当額 / 充当後 columns, 配当金 12,684,000 and 売却価額 13,020,000 "
                        "as distractors")


# ---------------------------------------------------------------------------------------------
# cx12 仙台簡易裁判所 (ハ) 口頭弁論期日呼出状及び答弁書催告状 only (the 訴状 not photographed); held in a hand, HEIC.


def cx12():
    issued, hearing, answer = D(2026, 6, 17), D(2026, 7, 22), D(2026, 7, 15)
    case = "令和8年(ハ)第1093号"
    p = Page(font="serif", size=11, top=18)
    p.line(f"事件番号　{fw('令和8年（ハ）第1093号')}　立替金請求事件", size=10.5)
    p.line("原　告　碧浜クレジット株式会社", size=10.5)
    p.line("被　告　櫂田　由香", size=10.5)
    p.gap(6)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15.5, font="serif-bold")
    p.gap(2)
    p.line("被告　櫂田　由香　殿", size=12.5, x=24)
    p.gap(3)
    p.line(fw(era(issued)), x=120, size=10.5)
    p.line("仙台簡易裁判所民事第２係", x=120, size=10.5)
    p.line("裁判所書記官　櫓谷　千景", x=120, size=10.5)
    p.seal(188, p.y - 8, 13, "square", "仙台簡易裁判所書記官印", seed=93121)
    p.gap(4)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。")
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(2)
    p.line("記", align="c")
    y = p.y
    rows = [("期　日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時３０分"),
            ("場　所", "仙台簡易裁判所　第３号法廷（２階）"),
            ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        p.add(Box(24, y + i * 11, 40, 11, 0.4, fill=SHADE))
        p.add(Box(64, y + i * 11, 122, 11, 0.4))
        p.at(44, y + i * 11 + 7.3, a, size=10.5, align="c")
        p.at(67, y + i * 11 + 7.4, b, size=11, font="serif-bold" if i == 0 else None)
    p.y = y + 38
    p.line("（注意）", size=10.5, font="serif-bold")
    for s in ("１　期日には、この呼出状と印鑑を持参してください。",
              "２　答弁書を提出しないで期日に欠席すると、原告の主張を認めたものとして、原告の請求どおりの判決がされることが"
              "あります。",
              "３　分割払いなどの話合い（和解）を希望する場合は、答弁書にその旨を記載してください。",
              "４　同封の「訴状」「答弁書（記載例付き）」「送達場所等の届出書」をご確認ください。"):
        p.para(s, x0=24, x1=188, size=10, indent="")
    p.gap(6)
    p.line("〒980-0000　仙台市青葉区みそさざい町九丁目9番9号", size=9.5, x=24)
    p.line("仙台簡易裁判所民事第２係　電話 022-000-1093（直通）　FAX 022-000-1094", size=9.5, x=24)
    tr = truth(document_type="lawsuit", sender="仙台簡易裁判所", phone="022-000-1093",
               creditor="碧浜クレジット株式会社", status="not_applicable", debtor="櫂田由香", lump=False, issued=issued,
               payment_due=None, hearing=hearing, reference=case, input_kind="photo_heic",
               template="proxy93_summary_court_summons_only_hand_held", received=D(2026, 6, 19))
    return dict(stem="cx12", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(hand=True, side="left", thumb_y=0.72, bg="desk", keystone=0.05, tilt=1.6, creases=0,
                          shadow=0.2, shadow_side="right", fill=0.86, warm=0.25, bow=5.0),
                about="lawsuit (簡裁 (ハ) 呼出状 only, card company plaintiff)",
                unusual="iPhone HEIC of the 呼出状 held up in a hand (thumb on the left margin) with a hand shadow on the "
                        "right; ONLY the 口頭弁論期日呼出状及び答弁書催告状 was photographed, the 訴状 not: NO amount, rate "
                        "or 喪失 date anywhere (all null, lump false); case number, 事件名 and parties at the top; "
                        "a shaded-label box 期日 (full-width era date, weekday, 午後１時３０分) / 場所 / 答弁書提出期限; "
                        "the court's 直通 phone and FAX at the foot")


# ---------------------------------------------------------------------------------------------
# cx13 株式会社海陽銀行 ご延滞についての催告書 (housing loan, three missed instalments), one-page fax.


def cx13():
    R = 14.0
    issued, due = D(2026, 7, 8), D(2026, 7, 24)
    lastp = D(2026, 3, 27)
    inst = [(D(2026, 4, 27), 58_204, 23_896), (D(2026, 5, 27), 58_292, 23_808), (D(2026, 6, 29), 58_381, 23_719)]
    rows = []
    for d, pr, it in inst:
        lt = late(pr + it, R, d + timedelta(1), issued)
        rows.append((d, pr, it, lt))
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "海陽銀行", size=16, font="sans-bold", color=FOREST)
    p.at(46, 19, "住宅ローンセンター", size=10, color=FOREST)
    p.at(196, 17, f"{fw(era(issued))}", size=10, align="r")
    p.at(196, 22.5, "お客様番号　７７０３－４４１９０６", size=9.5, align="r")
    p.y = 30
    p.line("〒790-0000　愛媛県松山市のびたき台九丁目9番9号", size=10)
    p.line("錨井　修　様", size=13.5)
    p.gap(5)
    p.title("ご延滞についての催告書", size=15.5)
    p.para("平素は当行をお引き立ていただき、厚く御礼申し上げます。")
    p.para("さて、お客様の住宅ローンにつきまして、再三ご案内申し上げておりますが、下記のとおり３回分のご返済が遅延しております。"
           "下記期限までに延滞額全額をご入金くださいますよう、本書をもって催告いたします。")
    p.gap(1)
    head = ["ご返済日", "元金", "利息", "遅延損害金", "計"]
    body = [[fw(era(d)), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"] for d, pr, it, lt in rows]
    body.append(["延滞額合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [44, 32, 32, 34, 38], x=15, header=True, aligns="lrrrr", size=9.5, row_h=7.5)
    p.line("（単位：円）遅延損害金は各回のご返済額に対し年14％、ご返済日の翌日から本書作成日までの日割計算です。", x=15, size=8)
    p.gap(3)
    p.add(Box(15, p.y, 181, 12, 1.0))
    p.at(20, p.y + 8, "ご入金期限", size=11, font="sans-bold")
    p.at(52, p.y + 8.3, f"{fw(era(due))}（{wd(due)}）", size=12.5, font="sans-bold")
    p.at(192, p.y + 8.3, f"延滞額合計　{T:,}円", size=11, font="sans-bold", align="r")
    p.y += 16
    p.para(f"最後にご入金を確認できましたのは{fw(era(lastp))}です。上記期限までにご入金のない場合は、金銭消費貸借契約証書第"
           "１４条により期限の利益を喪失し、ローン残高全額（令和8年6月末現在 21,384,772円）を一括してご請求するとともに、"
           "保証会社による代位弁済の手続に移行いたします。", size=9.5)
    p.para("ご返済口座　海陽銀行 道後支店 普通預金 0441906（毎月27日引落し　約定返済額 82,100円）", size=9.3, indent="")
    p.gap(4)
    for s in ("株式会社海陽銀行　住宅ローンセンター", "〒790-0000　愛媛県松山市えながの町九丁目9番9号",
              "TEL 089-000-7721　FAX 089-000-7729　担当 滝渕"):
        p.line(s, x=100, size=9.5)
    p.seal(188, p.y - 10, 12, "square", "海陽銀行住宅ローンセンター印", seed=93131)
    tr = truth(document_type="collection_notice", sender="株式会社海陽銀行", phone="089-000-7721",
               creditor="株式会社海陽銀行", status="not_applicable", debtor="錨井修", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="７７０３－４４１９０６", input_kind="fax_tiff",
               template="proxy93_bank_housing_arrears_three_instalments_fax", received=issued)
    return dict(stem="cx13", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 09:15 KAIYO BANK HOUSING LOAN 089-000-7729",
                about="collection_notice (bank 催告書, three missed housing-loan instalments, fax)",
                unusual="one-page G4 fax of a bank's arrears 催告書: full-width era dates; a 5-column table per missed "
                        "instalment (元金 / 利息 / 遅延損害金 / 計) with a 延滞額合計 row, figures without 円 (（単位：円） under "
                        "it); the due date and the total in one framed line; arrears only (lump false, no 喪失 date); the "
                        "last payment in the prose; ローン残高 21,384,772 and 約定返済額 82,100 as distractors; full-width "
                        "お客様番号")


# ---------------------------------------------------------------------------------------------
# cx14 架空請求: fake servicer 株式会社ミズホシ債権管理センター with a fake licence; photographed sideways (EXIF 8).


def cx14():
    issued, due = D(2026, 8, 5), D(2026, 8, 7)
    T = 298_000
    p = Page(font="sans", size=10.5, top=16)
    p.add(Box(12, 10, 186, 277, 1.2, RED))
    p.at(196, 18, "通知日　令和8年8月5日", size=10, align="r")
    p.at(196, 23.5, "管理番号　ミ－７７２", size=10, align="r")
    p.y = 22
    p.line("麓沢　陽子　様", size=14, x=20)
    p.gap(8)
    p.title("債権譲渡に伴う民事訴訟最終通告書", size=17, color=RED)
    p.para("この度、貴殿がご契約された大手通信事業者の有料コンテンツ利用料金について、長期間未納のまま放置されている旨、"
           "契約会社より通知がありました。当社は同社より当該債権の譲渡を受け、法務省認可の債権回収業者として本通知を"
           "送付いたします。", x0=20, x1=190)
    p.para("本通知到達後、下記期限までにご連絡なき場合は、民事訴訟を提起し、給与・預貯金・不動産等の差押えを執行いたします。"
           "また、勤務先への回収員派遣の費用（近隣調査費）も請求いたします。", x0=20, x1=190)
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 36, 1.0, RED, (1.0, 0.95, 0.95)))
    p.at(36, y + 9, "未納料金・遅延損害金・訴訟費用　合計", size=11, font="sans-bold")
    p.at(174, y + 20, f"金{T:,}円", size=18, font="sans-bold", color=RED, align="r")
    p.at(36, y + 31, f"お支払期限　令和8年8月7日（{wd(due)}）正午まで", size=12, font="sans-bold")
    p.y = y + 42
    p.para("お支払いは、お電話にて担当者がご案内するコンビニ収納代行又は電子マネー（ギフトカード）にてお受けいたします。"
           "弁護士・消費生活センター等への相談は手続が遅延する原因となりますので、お控えください。", x0=20, x1=190, size=10)
    p.gap(4)
    stamp(p, 24, p.y, "至急", size=14, fill=RED)
    p.y += 16
    for s, sz in (("株式会社ミズホシ債権管理センター", 13), ("法務省認可　法務大臣許可番号　第1207号", 10),
                  ("東京都千代田区霞が関一丁目（法曹会館内）", 10), ("担当直通　090-0000-3318（土日祝も受付）", 11)):
        p.line(s, x=70, size=sz, font="sans-bold" if sz > 10.5 else None)
    tr = truth(document_type="other", sender="株式会社ミズホシ債権管理センター", license_number=1207,
               phone="090-0000-3318", creditor=None, status="not_licensed", original=None, debtor="麓沢陽子", total=T,
               lump=False, issued=issued, payment_due=due, reference="ミ－７７２", is_scam=True,
               input_kind="photo_exif_rotated", template="proxy93_fake_servicer_final_notice_sideways", received=None)
    return dict(stem="cx14", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(bg="wood", keystone=0.06, tilt=2.8, creases=2, shadow=0.28, shadow_side="right", fill=0.85,
                          warm=0.35),
                about="other (架空請求: fake servicer with a fake licence)",
                unusual="photo on wood stored sideways (EXIF 8) with creases and a hand shadow; red-framed 「債権譲渡に伴う"
                        "民事訴訟最終通告書」 from a fake 「株式会社ミズホシ債権管理センター」 with 「法務省認可　法務大臣許可番号"
                        "　第1207号」 and an address in 霞が関 without a number; no creditor named (「大手通信事業者」); a total "
                        "without components; a 2-day お支払期限 「…正午まで」; payment by 収納代行 / gift cards; a 090 "
                        "「担当直通」; 「弁護士…への相談は…お控えください」; katakana 管理番号 ミ－７７２")


# ---------------------------------------------------------------------------------------------
# cx15 エー・シー・エス債権管理回収 (real) 催告書 for an auto loan; JIS-style dates; scanned PNG.


def cx15():
    R = 14.6
    issued, due = D(2026, 9, 11), D(2026, 9, 25)
    assign, acc, lastp = D(2026, 6, 30), D(2026, 2, 5), D(2025, 11, 27)
    P, I = 1_126_700, 22_118
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 22, 11, color=None, fill=ORANGE))
    p.at(26, 19.8, "ACS", size=13, font="sans-bold", color=WHITE, align="c")
    p.at(40, 17.5, "エー・シー・エス債権管理回収株式会社", size=11.5, font="sans-bold")
    p.at(40, 22.3, "法務大臣許可番号 第27号", size=8)
    p.at(196, 30, f"作成日 {jis(issued)}", size=9.5, align="r")
    p.at(196, 35.5, "お客様No. 27-0630-58841", size=9.5, align="r")
    p.y = 30
    p.line("〒380-0000 長野県長野市かじき町九丁目9番9号", size=9.5)
    p.line("淀縄　健二　殿", size=13.5)
    p.gap(7)
    p.title("催　告　書", size=17, spaced=False)
    p.para(f"貴殿が信濃路オートクレジット株式会社との間で締結したオートローン契約（自動車購入代金立替払契約）に基づく債権は、"
           f"{jis(assign)}付で当社が同社から譲り受けました。")
    p.para(f"貴殿は{jis(acc)}に期限の利益を喪失しておりますが、当社からの再三のご請求にもかかわらず、現在までお支払い"
           "がありません。よって本書をもって、下記金額を下記期日までに一括してお支払いいただくよう催告いたします。")
    p.gap(2)
    y = grid(p, 18, p.y, [36, 54, 36, 50],
             [["原債権者", "信濃路オートクレジット株式会社", "譲受日", jis(assign)],
              ["最終入金日", jis(lastp), "期限の利益喪失日", jis(acc)],
              ["車名", "軽乗用車（登録番号 長野580あ00-00）", "当初立替金", "1,980,000円"]], h=7.5, size=8.8)
    p.y = y + 4
    p.line(f"ご請求額（{jis(issued)}現在）", size=10.5, font="sans-bold")
    x0, x1 = 24, 150
    for lab, val in (("残元金", f"{P:,}円"), ("未払利息", f"{I:,}円"), ("遅延損害金（年14.6%）", f"{L:,}円")):
        b = p.line(lab, x=x0, size=10.5)
        p.at(x1, b, val, size=10.5, align="r")
    p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.5))
    p.gap(1.5)
    b = p.line("請求額合計", x=x0, size=11.5, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=12, font="sans-bold", align="r")
    p.gap(4)
    y = p.y
    p.add(Box(18, y, 176, 12, 1.0, ORANGE))
    p.at(23, y + 8, "お支払期日", size=11, font="sans-bold", color=ORANGE)
    p.at(56, y + 8.3, f"{jis(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(190, y + 8, "当日必着", size=9.5, align="r")
    p.y = y + 17
    p.para("お振込先　ひとで銀行　千葉支店　普通 2700584　エーシーエスサイケンカンリカイシュウ（カ", size=9.3, indent="")
    p.para("上記期日までにお支払い又はご連絡のない場合は、訴訟等の法的手続に移行いたします。なお、所有権留保されたお車の引揚げ"
           "については、別途ご連絡いたします。", size=9.3, indent="")
    p.gap(6)
    for s, sz in (("エー・シー・エス債権管理回収株式会社　信越グループ", 10), ("〒261-0000 千葉市美浜区ひたき町九丁目9番9号", 8.8),
                  ("TEL 043-000-2727（受付 平日9:00～18:00）　担当 潟沼", 9.5)):
        p.line(s, x=86, size=sz, font="sans-bold" if sz == 10 else None)
    p.seal(188, p.y - 10, 12, "square", "エー・シー・エス債権管理回収印", angle=-3, seed=93151)
    tr = truth(document_type="collection_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="043-000-2727", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="信濃路オートクレジット株式会社", debtor="淀縄健二", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="27-0630-58841", input_kind="scan_png",
               template="proxy93_real_servicer_auto_loan_jis_dates_scan", received=D(2026, 9, 14))
    return dict(stem="cx15", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer 催告書, auto loan)",
                unusual="flatbed scan; real servicer ★ エー・シー・エス債権管理回収 (orange 「ACS」 logo box, 「法務大臣許可"
                        "番号 第27号」 under the name); EVERY date in JIS era-initial form (R8.9.11, R8.6.30 …); 殿; a shaded "
                        "3×2 grid (原債権者, 譲受日, 最終入金日, 期限の利益喪失日, 車名 with a plate number, 当初立替金 "
                        "1,980,000円); amounts as leader-less lines 残元金 / 未払利息 / 遅延損害金（年14.6%） / 請求額合計; an "
                        "orange due box with 「当日必着」; お客様No. whose first digits equal the licence number")


# ---------------------------------------------------------------------------------------------
# cx16 ルクスローン 期限の利益喪失のお知らせ (the 潟見 loan), phone photo on tatami.


def cx16():
    R = 20.0
    issued, due = D(2025, 12, 5), D(2025, 12, 19)
    warn = D(2025, 11, 10)
    P, I = LX_P, LX_I
    L = late(P, R, LX_ACC + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "LUX", size=18, font="sans-bold", color=ORANGE)
    p.at(38, 20, "ルクスローン株式会社", size=11, font="sans-bold")
    stamp(p, 168, 12, "重要", size=12)
    window(p, 15, 28, "430-0000", ["静岡県浜松市中区のびたき台九丁目9番9号"], "潟見　大輔　様", "cx16-bars", w=92, h=34)
    p.at(196, 36, f"{era(issued)}", size=10, align="r")
    p.at(196, 41.5, "会員番号：LX-0516-30927", size=9.5, align="r")
    p.y = 70
    p.title("期限の利益喪失のお知らせ", size=15.5)
    p.para(f"お客様には、{era(warn)}付「ご返済のお願い（催告）」にて、延滞中のご返済額を{era(LX_ACC)}までにお支払い"
           "いただくようお願いいたしましたが、期日までにご入金を確認できませんでした。")
    p.para(f"このため、お客様は基本契約第18条に基づき、{era(LX_ACC)}の経過をもって期限の利益を喪失されました。つきましては、"
           f"ご利用残高全額を{era(due)}（{wd(due)}）までに一括してお支払いください。")
    p.gap(2)
    p.table([["ご利用残高（元金）", "利息", "遅延損害金（年20％）", "一括ご請求額"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [46, 36, 48, 51], x=15, header=True, aligns="rrrr",
            size=10.5, row_h=9)
    p.line(f"（{era(issued)}現在。遅延損害金は{era(LX_ACC + timedelta(1))}からの日割計算）", x=15, size=8.5)
    p.gap(3)
    p.kv([("お支払期限", f"{era(due)}（{wd(due)}）"), ("最終ご入金日", era(LX_LAST)),
          ("ご契約日", "令和4年5月16日（ご利用限度額 1,500,000円）"),
          ("お振込先", "うきす町銀行　浜松支店　普通　1180516　ルクスローン（カ")], x=20, label_w=34, size=10)
    p.gap(3)
    p.para("上記期限までにお支払いのない場合は、当社代理人弁護士による法的手続に移行することがあります。ご返済についての"
           "ご相談は、お早めに下記までお電話ください。", size=9.5)
    p.gap(6)
    for s in ("ルクスローン株式会社　債権管理部", "〒420-0000 静岡県静岡市葵区ごいさぎ町九丁目9番9号",
              "TEL 054-000-1805（平日9:00～18:00）", "東海財務局長(3)第00218号　日本貸金業協会会員第006402号"):
        p.line(s, x=96, size=9.5 if "財務局" not in s else 8)
    tr = truth(document_type="acceleration_notice", sender="ルクスローン株式会社", phone="054-000-1805",
               creditor="ルクスローン株式会社", status="not_applicable", debtor="潟見大輔", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=LX_ACC,
               last_payment=LX_LAST, reference="LX-0516-30927", input_kind="photo_jpeg",
               template="proxy93_consumer_loan_acceleration_tatami_photo", received=D(2025, 12, 8))
    return dict(stem="cx16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.08, tilt=3.5, creases=2, shadow=0.3, shadow_side="bottom", fill=0.84,
                          warm=0.25, blur=1.0),
                about="acceleration_notice (consumer lender, the 潟見 loan before cx06)",
                unusual="phone photo on tatami at a steep angle (keystone 0.08, tilt 3.5°) with creases and a hand shadow "
                        "at the bottom; Latin logo 「LUX」; window address with bars and a 重要 stamp; the 催告 date and "
                        "its deadline (= the 喪失 date 「の経過をもって」) in the prose; a one-row table ご利用残高（元金） / "
                        "利息 / 遅延損害金（年20％） / 一括ご請求額; kv lines with 最終ご入金日, ご契約日 and 限度額 1,500,000; "
                        "東海財務局長 registration and 協会会員番号 as distractors")


LETTERS = [cx09, cx10, cx11, cx12, cx13, cx14, cx15, cx16]
