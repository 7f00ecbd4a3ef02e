"""Proxy set 99, letters dd09–dd16: a 簡裁 仮執行宣言付支払督促 of a consumer lender, a 地裁 (ワ) 呼出状 + 訴状 of an
auto-loan company, a consumer lender's 期限の利益喪失通知 photographed sideways, an invented servicer's 縦書き 内容証明
催告書, a law office's 受任通知兼請求書 photographed, a fake servicer's 債権移行 letter (架空請求), a real servicer's
最終催告書 and a real servicer's 分割弁済のご提案 by fax."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    WHITE,
    Box,
    Line,
    Page,
    era,
    grid,
    kdate,
    late,
    leader,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(1)
GREEN = (0.08, 0.38, 0.22)
ORANGE = (0.85, 0.40, 0.05)
WINE = (0.50, 0.10, 0.20)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# dd09 福井簡易裁判所 仮執行宣言付支払督促, one scanned page; creditor a consumer lender.


def dd09():
    issued, order, served, filed, pfiled = D(2026, 5, 21), D(2026, 4, 9), D(2026, 4, 13), D(2026, 3, 30), D(2026, 5, 12)
    acc, lastp = D(2025, 11, 2), D(2025, 8, 15)
    P, I, R, C1, C2 = 248_700, 3_918, 20.0, 3_760, 1_200
    L = late(P, R, acc + ONE, filed)
    T = P + I + L + C1 + C2
    p = Page(font="serif", size=10.5, top=12)
    p.add(Box(15, 11, 62, 13, 0.4))
    p.at(18, 16, "事件番号", size=8.5)
    p.at(18, 21.8, fw("令和8年（ロ）第106号"), size=10.5, font="serif-bold")
    p.y = 28
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    y = grid(p, 15, p.y, [26, 155], [
        ["債権者", "〒910-0000 福井県福井市あとり台三丁目4番1号　株式会社アメジストファイナンス"],
        ["", "代表者代表取締役　来間　恒一　（送達場所 同社福井債権管理課　電話 0776-00-5180）"],
        ["債務者", "〒915-0000 福井県越前市いわがらみ町二丁目15番地　椙村　尚人"]], h=7.5, size=9, lsize=9)
    p.y = y + 5
    p.para(f"上記当事者間の令和８年（ロ）第１０６号支払督促事件について、当裁判所が{fw(era(order))}に発した支払督促は、"
           f"{fw(era(served))}債務者に送達されたが、債務者は法定期間内に督促異議の申立てをしなかった。", size=10.5)
    p.para("よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=10.5)
    p.gap(1)
    p.line("債務者は、債権者に対し、下記の金額を支払え。", size=10.5, x=24, font="serif-bold")
    p.gap(1)
    p.table([["項　目", "金額（円）"], ["１　元金", f"{P:,}"], ["２　利息（期限の利益喪失日まで）", f"{I:,}"],
             ["３　遅延損害金（令和7年11月3日から令和8年3月30日まで　年20％）", f"{L:,}"],
             ["４　督促手続費用", f"{C1:,}"], ["５　仮執行宣言手続費用", f"{C2:,}"], ["合　計", f"{T:,}"]],
            [128, 42], x=22, header=True, aligns="lr", size=9.8, row_h=7.3)
    p.gap(1.5)
    p.para("このほか、上記１の元金に対する令和８年３月３１日から完済まで年２０％の割合による遅延損害金。", x0=22, x1=192,
           size=9.5, indent="")
    p.gap(2)
    p.para("（請求の原因の要旨）債権者は、債務者に対し、令和４年２月１日、金３００，０００円を利率年１８．０％、遅延損害金"
           f"年２０％、毎月１５日限り元利均等返済の約定で貸し付けたが、債務者は{fw(era(lastp))}の支払を最後に支払を怠り、"
           f"{fw(era(acc))}の経過により期限の利益を喪失した。", x0=22, x1=192, size=9.3, indent="")
    p.gap(4)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　福井簡易裁判所", size=10.5)
    p.line("　　　　　裁判所書記官　茜部　由香里", size=10.5)
    p.seal(140, p.y - 5, 14, "square", "福井簡易裁判所書記官印", seed=99091)
    p.gap(5)
    y = p.y
    p.add(Box(18, y, 176, 25, 0.4, None, (0.95, 0.95, 0.95)))
    for i, s in enumerate(("この書面を受け取った方へ",
                           "１　この仮執行宣言付支払督促に対しては、受け取った日から２週間以内に督促異議を申し立てることができます。",
                           "２　督促異議を申し立てても、強制執行を止めるには別に執行停止の申立てが必要です。",
                           "３　問い合わせ先　福井簡易裁判所民事係　電話 0776-00-2106（事件番号をお知らせください）")):
        p.at(21, y + 6 + i * 5.6, s, size=9.5 if i == 0 else 8.8, font="serif-bold" if i == 0 else "serif")
    p.y = y + 29
    p.line(f"（仮執行宣言申立日　{fw(era(pfiled))}　支払督促申立日　{fw(era(filed))}）", size=8.5, x=18)
    tr = truth(document_type="payment_order_enforceable", sender="福井簡易裁判所", phone="0776-00-2106",
               creditor="株式会社アメジストファイナンス", status="not_applicable", debtor="椙村尚人", total=T, principal=P,
               interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, reference="令和8年(ロ)第106号", input_kind="scan_png",
               template="proxy99_enforceable_order_lender_one_page_grid", received=D(2026, 5, 25))
    return dict(stem="dd09", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, consumer-lender creditor, one page)",
                unusual="the whole 仮執行宣言付支払督促 of 福井簡裁 on ONE scanned page: the full-width case number in a "
                        "labelled box top-LEFT; the parties in a shaded-label grid (creditor a lender → not_applicable; its "
                        "送達場所 phone 0776-00-5180 as a distractor); the order date 4/9 and its 送達 4/13 in one sentence; "
                        "a 項目 / 金額（円） table with TWO cost rows (督促手続費用 / 仮執行宣言手続費用 → costs = sum) and 合計; "
                        "the running damages in a sentence under it; a 請求の原因の要旨 with the 令和４年 loan of ３００，０００円 "
                        "and 年１８．０％ as distractors; the two 申立日 in brackets at the foot")


# ---------------------------------------------------------------------------------------------
# dd10 盛岡地方裁判所 (ワ) 呼出状 + 訴状, 2 pages; plaintiff an auto-loan company (立替金).


def dd10():
    issued, filed, hearing, answer = D(2026, 7, 8), D(2026, 6, 17), D(2026, 8, 19), D(2026, 8, 12)
    acc, lastp = D(2025, 12, 5), D(2025, 9, 27)
    P, I, R = 1_736_400, 48_210, 14.6
    L = late(P, R, acc + ONE, filed)
    T = P + I + L
    p = Page(font="serif", size=11, top=18)
    p.line(f"事件番号　{fw('令和8年（ワ）第287号')}　立替金請求事件", size=10.5)
    p.line("原　　告　アンカー信販株式会社", size=10.5)
    p.line("被　　告　桂沢　隆弘", size=10.5)
    p.gap(7)
    p.title("口頭弁論期日呼出及び答弁書催告状", size=15.5, font="serif-bold")
    p.line("被告　桂沢　隆弘　殿", size=12, x=22)
    p.gap(3)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおりですから、同期日に出頭してください。")
    p.para("なお、訴状を送達しますので、下記の期限までに答弁書を提出してください。")
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    for a, b in (("１　期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"),
                 ("２　場　　所", "盛岡地方裁判所　第３号法廷（２階）"),
                 ("３　答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")):
        b_ = p.line(a, x=26, size=11)
        p.at(78, b_, b, size=11, font="serif-bold" if "期" in a[:4] and "答弁" not in a else "serif")
    p.gap(4)
    for s in ("（注意）",
              "１　答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決がされることがあります。",
              "２　出頭の際は、この呼出状と印鑑を持参してください。",
              "３　訴訟代理人（弁護士）に依頼することもできます。法テラス（日本司法支援センター）では、無料の法律相談を"
              "受けられる場合があります。"):
        p.para(s, x0=22, x1=190, size=10, indent="")
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　盛岡地方裁判所第２民事部", size=11)
    p.line("　　　　　裁判所書記官　蒲原　忠興", size=11)
    p.seal(150, p.y - 6, 15, "square", "盛岡地方裁判所書記官印", seed=99101)
    p.gap(8)
    p.line("〒020-0000 岩手県盛岡市かなめもち町二丁目9番1号　盛岡地方裁判所第２民事部　電話 019-000-2870（直通）",
           size=8.8, x=22)
    q = Page(font="serif", size=10.5, top=14)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(f"{fw(era(filed))}", align="r", size=10.5)
    q.line("盛岡地方裁判所　御中", size=10.5)
    q.line("原告訴訟代理人支配人　鈩　史朗　　印", align="r", size=10.5)
    q.gap(1)
    q.kv([("原　告", "〒550-0000 大阪府大阪市西区すずめのやり町一丁目3番8号　アンカー信販株式会社"),
          ("", "代表者代表取締役　摂待　伸一"),
          ("", "（送達場所）〒980-0000 仙台市宮城野区あかざ台四丁目1番　同社東北債権管理センター"),
          ("", "（電話 022-000-3307　FAX 022-000-3308）"),
          ("被　告", "〒028-0000 岩手県久慈市ひめゆずりは通五丁目2番3号　桂沢　隆弘")], x=18, label_w=20, size=9.5)
    q.line("立替金請求事件", size=10.5, x=18)
    q.line(f"訴訟物の価額　金{T:,}円　　貼用印紙額　金14,000円", size=10.5, x=18)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する令和８年６月１８日から支払済みまで年１４．６％の割合"
           "による金員を支払え。", x0=22, x1=192, size=10.5, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=22, x1=192, size=10.5, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=22, x1=192, size=10.5, indent="")
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　被告は、令和５年４月８日、販売店ほそい自動車株式会社から普通乗用自動車１台を代金２，４８０，０００円で"
              "購入するにあたり、原告との間で、原告が同代金を販売店に立替払いし、被告が原告に対し立替金及び分割手数料を"
              "毎月２７日限り６０回の分割で支払う旨の立替払契約を締結した。遅延損害金は年１４．６％の約定である。",
              f"２　原告は、上記契約に基づき、販売店に立替払いをした。被告は、{fw(era(lastp))}の支払を最後にその後の支払を"
              f"怠ったため、原告は被告に対し２０日以上の期間を定めて催告したが支払がなく、被告は{fw(era(acc))}の経過により"
              "期限の利益を喪失した。",
              "３　被告の未払額は、次のとおりである。"):
        q.para(s, x0=22, x1=192, size=10, indent="")
    q.table([["立替金残金", f"{P:,}円"], ["未払分割手数料", f"{I:,}円"],
             ["確定遅延損害金（令和7年12月6日から令和8年6月17日まで年14.6％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [126, 40], x=24, aligns="lr", size=9.8, row_h=7.3)
    q.gap(1.5)
    q.para("４　よって、原告は被告に対し、請求の趣旨記載のとおりの支払を求める。", x0=22, x1=192, size=10, indent="")
    q.line("証拠方法　甲第１号証 立替払契約書　甲第２号証 催告書", size=9.5, x=22)
    tr = truth(document_type="lawsuit", sender="盛岡地方裁判所", phone="019-000-2870", creditor="アンカー信販株式会社",
               status="not_applicable", debtor="桂沢隆弘", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, hearing=hearing,
               reference="令和8年(ワ)第287号", input_kind="pdf_text_2page",
               template="proxy99_district_court_summons_and_complaint_auto_loan", received=D(2026, 7, 10))
    return dict(stem="dd10", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), auto-loan company plaintiff, 2 pages)",
                unusual="digital 盛岡地裁 (ワ) bundle: p.1 口頭弁論期日呼出及び答弁書催告状 with the case number, 原告 and 被告 "
                        "as header lines and a numbered 記 list (期日 with weekday and 午前１０時３０分, 場所, 答弁書提出期限); "
                        "the court's 直通 phone at the foot; p.2 訴状 dated 6/17 (≠ 呼出状 7/8) signed by the plaintiff's "
                        "支配人, its 送達場所 phone as a distractor; 訴訟物の価額 = total and 貼用印紙額 14,000 (not costs); "
                        "請求の趣旨 「金…及びうち金…」; a 立替払契約 (car 2,480,000, 60 instalments) in the 請求の原因 and a "
                        "4-row table 立替金残金 / 未払分割手数料 / 確定遅延損害金 / 合計")


# ---------------------------------------------------------------------------------------------
# dd11 エーデルローン 期限の利益喪失通知 兼 一括請求, photographed and stored sideways (EXIF 6).


def dd11():
    R = 20.0
    issued, due = D(2025, 12, 3), D(2025, 12, 17)
    acc, lastp, warn, warn_due = D(2025, 11, 27), D(2025, 8, 25), D(2025, 11, 10), D(2025, 11, 26)
    P, I = 487_300, 11_254
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 14, color=None, fill=GREEN))
    p.at(20, 21.5, "Edel Loan", size=15, font="sans-bold", color=WHITE)
    p.at(192, 21, "エーデルローン株式会社", size=11, font="sans-bold", color=WHITE, align="r")
    p.y = 31
    p.line("〒430-0000 静岡県浜松市中央区すずめのやり町6丁目6番6号", size=9.5, x=16)
    p.line("橡谷　由紀　様", size=13, x=20)
    p.at(196, 35, f"発行日：{era(issued)}", size=9.5, align="r")
    p.at(196, 40, "会員番号：EL-0087-3316", size=9.5, align="r")
    p.y = 52
    p.title("期限の利益喪失のご通知（一括返済のご請求）", size=14)
    p.para(f"当社は、{era(warn)}付「ご返済のお願い（催告）」により、延滞中のご返済金を{era(warn_due)}までにお支払い"
           "いただくようお願いいたしましたが、期日までにご入金を確認することができませんでした。", size=9.6)
    p.para(f"そのため、貴殿はご契約の規定（金銭消費貸借契約書第14条）により、{era(acc)}をもって期限の利益を喪失されました。"
           "つきましては、下記の金額を一括してご返済くださいますようご請求いたします。", size=9.6)
    p.gap(2)
    x0, x1 = 26, 150
    for lab, val in (("期限の利益喪失日", era(acc)), ("最終ご返済日", era(lastp)),
                     ("ご契約日・ご契約極度額", "令和4年10月3日・800,000円")):
        b = p.line(f"{lab}：", x=x0, size=10)
        p.at(80, b, val, size=10)
    p.gap(2)
    p.add(Line(x0, p.y, 184, p.y, 0.3))
    p.gap(2)
    for lab, val, bold in (("貸付残高", f"¥{P:,}", False), (f"利息（{era(acc)}まで）", f"¥{I:,}", False),
                           ("遅延損害金（11月28日～12月3日、年20.0%）", f"¥{L:,}", False),
                           ("一括ご返済額", f"¥{T:,}", True)):
        b = p.line(lab + "：", x=x0, size=11 if bold else 10, font="sans-bold" if bold else None,
                   color=GREEN if bold else (0, 0, 0))
        p.at(x1 + 6, b, val, size=12 if bold else 10, font="sans-bold" if bold else "sans", align="r")
    p.add(Line(x0, p.y, 184, p.y, 0.3))
    p.gap(4)
    y = p.y
    p.add(Box(26, y, 158, 12, 0.6, GREEN, (0.92, 0.97, 0.93)))
    p.at(30, y + 8, "ご返済期限：", size=11, font="sans-bold", color=GREEN)
    p.at(60, y + 8.2, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 16
    p.line("ご返済方法：当社指定口座へのお振込み（かなめもち銀行 浜松支店 当座 0873316 エーデルローン（カ）", size=9, x=26)
    p.gap(2)
    p.para("ご返済期限までにご返済又はご連絡がない場合、誠に不本意ながら、法的手続（支払督促の申立て等）を取らせていただく"
           "場合がございます。ご返済についてのご相談は、下記までお電話ください。", x0=26, x1=186, size=9, indent="")
    p.gap(6)
    y = p.y
    p.at(26, y, "エーデルローン株式会社　お客様相談室", size=10, font="sans-bold")
    p.at(26, y + 5.5, "〒430-0000 静岡県浜松市中央区はぐろそう通1丁目1番1号", size=8.5)
    p.at(26, y + 11, "フリーダイヤル 0120-000-873（平日9:30～18:00）　担当：徳毛", size=9.5)
    p.at(26, y + 16.5, "貸金業登録番号 東海財務局長(2)第00733号　日本貸金業協会会員 第006118号", size=7.5, color=GRAY)
    tr = truth(document_type="acceleration_notice", sender="エーデルローン株式会社", phone="0120-000-873",
               creditor="エーデルローン株式会社", status="not_applicable", debtor="橡谷由紀", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="EL-0087-3316", input_kind="photo_exif_rotated",
               template="proxy99_lender_acceleration_notice_colon_lines_rotated", received=D(2025, 12, 5))
    return dict(stem="dd11", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=1.0, creases=2, shadow=0.2, shadow_side="right", fill=0.85,
                          warm=0.25),
                about="acceleration_notice (consumer lender, 喪失 + 一括請求, sideways photo)",
                unusual="phone photo on wood stored sideways with EXIF orientation 6; green band with the Latin brand 「Edel "
                        "Loan」; 会員番号 top-right; the 催告 date and its deadline in the prose (11/10, 11/26 — not the 喪失 "
                        "date 11/27); label：value lines with full-width colons and ¥ amounts right-aligned (貸付残高 / 利息 / "
                        "遅延損害金 with a month-day window / 一括ご返済額 in green); ご返済期限 in a tinted box; 極度額 800,000 "
                        "and the 令和4年 contract as distractors; 貸金業登録番号 and 協会会員番号 in grey")


# ---------------------------------------------------------------------------------------------
# dd12 恒星債権回収 (invented, 第二百六十一号) 縦書き 内容証明 催告書, scanned; only a relative deadline.


def dd12():
    R = 14.6
    issued = D(2026, 5, 20)
    acc, lastp, assign = D(2025, 7, 8), D(2025, 3, 31), D(2025, 12, 15)
    P, I = 934_500, 41_870
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当社は、ゼラニウム信販株式会社から、同社が貴殿に対して有する左記債権を"
                 f"{kdate(assign)}付で譲り受け、その旨は同社より貴殿に通知済みです。"),
        ("body", f"貴殿は、{kdate(lastp)}のお支払いを最後にその後のお支払いをされず、{kdate(acc)}に期限の利益を喪失して"
                 "おります。当社からも再三ご請求を差し上げましたが、今日に至るまでお支払いもご連絡もいただいておりません。"),
        ("body", "つきましては、本書到達後十日以内に、左記金員を一括して当社指定口座にお支払いください。"),
        ("body", "右期間内にお支払い又はご連絡がないときは、やむを得ず法的手続に移行いたしますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　元金　　　　　{kyen(P)}"),
        ("indent", f"二　利息　　　　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　　{kyen(L)}"),
        ("plain", f"　（期限の利益喪失日の翌日から本書作成日まで年{kanji_number(14)}・六パーセント）"),
        ("indent", f"四　合計　　　　　{kyen(T)}"),
        ("indent", "管理番号　ＫＳ－２６０５１２"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都台東区ちどりの浜二丁目十四番五号"),
        ("low", "恒星債権回収株式会社"),
        ("low", "法務大臣許可番号第二百六十一号"),
        ("low", "代表取締役　旗生　直樹"),
        ("low", "電話　〇三（〇〇〇〇）二六一〇"),
        ("blank", ""),
        ("low", "神奈川県相模原市中央区ひめはぎ台四丁目八番十二号"),
        ("low", "葭田　功　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 99121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "旗生" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 13.5) * size * 0.3528 * 1.05, 7.5, "square", "恒星債権回収代表取締役印",
                         angle=2, seed=99122))
    tr = truth(document_type="collection_notice", sender="恒星債権回収株式会社", license_number=261,
               phone="03-0000-2610", creditor="恒星債権回収株式会社", status="unverified",
               original="ゼラニウム信販株式会社", debtor="葭田功", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="KS-260512", input_kind="vertical_scan",
               template="proxy99_vertical_invented_servicer_saikoku_relative", received=D(2026, 5, 22))
    return dict(stem="dd12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (invented servicer, 縦書き 内容証明 催告書, relative deadline)",
                unusual="縦書き 催告書 (冠省 … 草々) of an INVENTED servicer, scanned, with the 内容証明 stamp: the licence in "
                        "kanji 「法務大臣許可番号第二百六十一号」 (→ 261, unverified); 譲受 date, last payment and 喪失 in kanji "
                        "in the prose; positional kanji amounts in 一 … 四 items; the rate as 年十四・六パーセント; the "
                        "deadline ONLY 「本書到達後十日以内」 (payment_due null); full-width 管理番号 ＫＳ－２６０５１２ inside the "
                        "記 block; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# dd13 杜多・桑添法律事務所 受任通知兼請求書 for an auto-loan company; phone photo on tatami.


def dd13():
    R = 14.6
    issued, due = D(2026, 6, 22), D(2026, 7, 6)
    acc, lastp = D(2026, 2, 20), D(2025, 12, 27)
    P, I = 1_128_000, 36_450
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.line(era(issued), align="r", size=10)
    p.line("当職事件番号　Ｓ２６－１１８", align="r", size=9.5)
    p.gap(2)
    p.line("〒001-0000　北海道札幌市北区あかざ台七条二丁目3番16号", size=10)
    p.line("鷲塚　千尋　殿", size=13)
    p.gap(3)
    for s, sz in (("〒060-0000 札幌市中央区かけす台西四丁目1番 つりふねビル5階", 9), ("杜多・桑添法律事務所", 11.5),
                  ("シトリンオートローン株式会社代理人", 9.5), ("弁護士　杜多　誠", 10.5), ("弁護士　桑添　亜紀", 10.5),
                  ("電話 011-000-6118　FAX 011-000-6119", 9)):
        p.line(s, x=110, size=sz, font="serif-bold" if "事務所" in s else "serif")
    p.seal(190, p.y - 12, 9, "maru", "杜多", seed=99131)
    p.gap(6)
    p.title("ご　通　知", size=17, font="serif-bold")
    p.line("（受任通知兼請求書）", align="c", size=10)
    p.gap(2)
    p.para("前略　当職らは、シトリンオートローン株式会社（以下「通知人」といいます。）から、貴殿に対する下記債権の回収に"
           "ついて委任を受けましたので、本書をもってご通知いたします。")
    p.para(f"貴殿は、通知人との間のオートローン契約（令和5年8月28日付）に基づく分割金の支払を{era(lastp)}を最後に怠り、"
           f"{era(acc)}の経過により期限の利益を喪失しています。")
    p.para(f"つきましては、下記金員を{era(due)}（{wd(due)}）までに、下記預り金口座にお振込みください。同日までにお支払い"
           "又はご連絡のない場合は、通知人と協議のうえ、訴訟提起及び所有権留保に基づく車両の引揚げ等の法的措置を"
           "とらざるを得ません。")
    p.para("なお、今後のご連絡は、通知人ではなく当職らあてにお願いいたします。")
    p.line("草々", align="r")
    p.line("記", align="c")
    p.table([["残元金", f"金{P:,}円"], ["未払分割手数料", f"金{I:,}円"],
             [f"遅延損害金（{era(acc + ONE)}から本書作成日まで年14.6％）", f"金{L:,}円"],
             ["請求金額合計", f"金{T:,}円"]], [120, 46], x=22, aligns="lr", size=10, row_h=8, ruled="rows")
    p.gap(3)
    p.kv([("振込先", "かなめもち銀行 札幌支店 普通預金 6118026"), ("口座名義", "弁護士杜多誠預り金口（ベンゴシトダマコト）"),
          ("対象車両", "登録番号 札幌３３０ほ１１－８２（所有権留保付）"), ("当初貸付額", "金2,160,000円（84回払）")],
         x=22, label_w=26, size=9.5)
    p.gap(2)
    p.para("※本書と行き違いにお支払いいただいた場合は、ご容赦ください。", x0=22, x1=192, size=9, indent="")
    tr = truth(document_type="collection_notice", sender="杜多・桑添法律事務所", phone="011-000-6118",
               creditor="シトリンオートローン株式会社", status="not_applicable", debtor="鷲塚千尋", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="S26-118", input_kind="photo_jpeg",
               template="proxy99_law_office_notice_auto_loan_photo", received=D(2026, 6, 24))
    return dict(stem="dd13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=1.5, creases=2, shadow=0.25, shadow_side="topleft", fill=0.84,
                          warm=0.3),
                about="collection_notice (law office 受任通知兼請求書 for an auto-loan company)",
                unusual="phone photo on tatami with creases and a shadow in the top-left corner; serif ご通知（受任通知兼請求書） "
                        "of a law office of TWO lawyers as the client's 代理人, sender block top-RIGHT with a small 認印; "
                        "full-width 当職事件番号 Ｓ２６－１１８; the 喪失 and last payment in the prose; a rows-ruled table "
                        "残元金 / 未払分割手数料 / 遅延損害金 / 請求金額合計 with 金…円; the 預り金口 account number, the car "
                        "registration 札幌３３０ほ１１－８２, 当初貸付額 2,160,000 and the FAX as distractors")


# ---------------------------------------------------------------------------------------------
# dd14 架空請求: a fake servicer claims the debt "moved" to it (債権移行), fake licence; phone photo.


def dd14():
    issued, due = D(2026, 8, 24), D(2026, 8, 27)
    T = 89_600
    p = Page(font="sans", size=10.5, top=16)
    stamp(p, 15, 12, "重要", size=13, fill=RED)
    stamp(p, 37, 12, "本人限定", size=11)
    p.at(196, 18, "通知日　令和8年8月24日", size=10, align="r")
    p.at(196, 23.5, "管理番号　ほ－７２１５", size=10, align="r")
    p.y = 30
    p.line("鳶島　哲也　様", size=14, x=18)
    p.gap(6)
    p.title("債権移行に関する最終確認通知書", size=16, color=RED)
    p.para("貴殿が過去にご利用された通信事業者・コンテンツ事業者の未納料金につきまして、当センターは事業者より債権の"
           "移行を受け、法務大臣の許可に基づき回収業務を行っております。", size=10.3)
    p.para("再三のご連絡にもかかわらず、現在まで貴殿からのご入金・ご連絡が確認できておりません。このまま放置された場合、"
           "民事訴訟の手続に移行し、給与・預貯金・動産の差押えが執行されることとなります。", size=10.3)
    p.para("支払期限までに下記担当者へ必ずご連絡のうえ、未納総額をお支払いください。取下げのご相談にも応じます。",
           size=10.3)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 30, 0.9, RED))
    p.at(28, y + 9, "未納総額", size=12, font="sans-bold")
    p.at(182, y + 10, f"金{T:,}円", size=17, font="sans-bold", color=RED, align="r")
    p.at(28, y + 17.5, "（延滞金・調査費用・裁判準備費用を含みます）", size=8.5)
    p.at(28, y + 25.5, "お支払期限", size=12, font="sans-bold")
    p.at(182, y + 25.5, f"令和8年8月27日（{wd(due)}）午後3時まで", size=13, font="sans-bold", align="r")
    p.y = y + 35
    p.para("お支払方法：担当者より電子マネー（ギフトカード）の番号登録又はコンビニ収納代行でのお支払い方法をご案内します。"
           "銀行振込はお受けしておりません。", size=9.8, indent="")
    p.para("※ご家族・弁護士等の第三者へのご相談は、手続が複雑になりますのでお控えください。", size=9.8, indent="")
    p.para("※本通知は最終のご案内となります。期限を過ぎた場合、一切の取下げ・和解には応じられません。", size=9.8,
           indent="", font="sans-bold")
    p.gap(8)
    y = p.y
    p.add(Box(60, y, 136, 34, 0.4))
    for i, (s, sz, f) in enumerate((("株式会社民事債権移管センター", 12, "sans-bold"),
                                    ("法務大臣許可番号　第２６８号", 9.5, "sans"),
                                    ("東京都千代田区霞が関（中央合同庁舎分室３階）", 9, "sans"),
                                    ("担当直通　090-0000-5830（土日祝も受付　9時～21時）", 10, "sans-bold"))):
        p.at(64, y + 7 + i * 7.5, s, size=sz, font=f)
    tr = truth(document_type="other", sender="株式会社民事債権移管センター", license_number=268, phone="090-0000-5830",
               creditor=None, status="not_licensed", original=None, debtor="鳶島哲也", total=T, lump=False,
               issued=issued, payment_due=due, reference="ほ-7215", is_scam=True, input_kind="photo_jpeg",
               template="proxy99_scam_fake_servicer_debt_transfer_letter", received=None)
    return dict(stem="dd14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=1.6, creases=2, fill=0.85, warm=0.1, glare=15),
                about="other (架空請求: fake servicer claiming a 債権移行)",
                unusual="架空請求 photographed on a pale desk: a letter of 「株式会社民事債権移管センター」 with a FAKE "
                        "「法務大臣許可番号　第２６８号」 (→ not_licensed) claiming the unpaid fees of unnamed 通信事業者・コンテンツ"
                        "事業者 were 「移行」 to it; filled red 重要 and framed 本人限定 stamps; a hiragana 管理番号 ほ－７２１５; "
                        "未納総額 金89,600円 with no breakdown and a 3-day お支払期限 「令和8年8月27日（木）午後3時まで」; "
                        "payment by gift-card numbers; 「弁護士等…へのご相談は…お控えください」; an address without a number "
                        "in 霞が関; a 090 number open every day")


# ---------------------------------------------------------------------------------------------
# dd15 SMBC債権回収 (real) 最終催告書 for a card debt bought from a card company; digital, dotted leaders.


def dd15():
    R = 18.0
    issued, due = D(2026, 9, 7), D(2026, 9, 25)
    assign, acc, lastp = D(2026, 3, 31), D(2025, 10, 1), D(2025, 6, 27)
    P, I = 735_420, 28_315
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 1.5, color=None, fill=GREEN))
    p.at(15, 21, "SMBC債権回収株式会社", size=13, font="sans-bold", color=GREEN)
    p.at(196, 20, "令和8年9月7日", size=10, align="r")
    p.y = 27
    p.line("〒370-0000 群馬県高崎市ちどりの浜町3丁目8番11号", size=9.5, x=16)
    p.line("座光寺　陽子　様", size=13, x=20)
    p.gap(6)
    p.add(Box(70, p.y, 71, 12, 1.2, RED))
    p.at(105.5, p.y + 8.6, "最 終 催 告 書", size=16, font="sans-bold", color=RED, align="c")
    p.y += 18
    p.para("当社は、ガーネットカード株式会社から、同社が貴殿に対して有するカード利用代金等の債権を譲り受け、これまで"
           "文書及びお電話にてお支払いをお願いしてまいりました。しかし、現在に至るまでお支払いもご連絡もいただけておりません。",
           size=9.7)
    p.para("つきましては、本書をもって最終のご請求をいたします。下記ご請求総額をお支払期日までに一括してお支払いください。"
           "期日までにお支払い又はご連絡のない場合は、何らの予告なく法的手続に移行いたします。", size=9.7)
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    x0, x1 = 30, 180
    leader(p, "お客様番号", "SB-7354-2026-09", x0, x1, size=10)
    leader(p, "原債権者", "ガーネットカード株式会社", x0, x1, size=10)
    leader(p, "債権譲受日", era(assign), x0, x1, size=10)
    leader(p, "期限の利益喪失日", era(acc), x0, x1, size=10)
    leader(p, "最終ご入金日", era(lastp), x0, x1, size=10)
    p.gap(2)
    leader(p, "譲受元金", f"{P:,}円", x0, x1, size=10)
    leader(p, "約定利息", f"{I:,}円", x0, x1, size=10)
    leader(p, f"遅延損害金（年18.0％　{era(acc + ONE)}～{era(issued)}）", f"{L:,}円", x0, x1, size=10)
    p.add(Line(x0, p.y + 0.5, x1, p.y + 0.5, 0.6))
    p.gap(1.5)
    leader(p, "ご請求総額", f"{T:,}円", x0, x1, size=11.5, font="sans-bold")
    p.gap(2)
    leader(p, "お支払期日", f"{era(due)}（{wd(due)}）", x0, x1, size=11.5, font="sans-bold")
    p.gap(3)
    p.para("お振込先：ひのき信託銀行 東京営業部 普通預金 7354202 エスエムビーシーサイケンカイシュウ（カ", x0=x0, x1=x1 + 10,
           size=9, indent="")
    p.para("※ご一括でのお支払いが困難な方は、お支払期日までにご相談ください。ご事情を伺ったうえで、お支払方法をご案内いたします。",
           x0=x0, x1=x1 + 10, size=9, indent="")
    p.para("※ご利用当時のカード会員番号・ご利用明細についてのお問い合わせも、当社で承ります。", x0=x0, x1=x1 + 10, size=9,
           indent="")
    p.gap(8)
    y = p.y
    p.add(Box(104, y, 92, 31, 0.3, GREEN))
    for i, (s, sz, f) in enumerate((("SMBC債権回収株式会社　管理第三部", 9.8, "sans-bold"),
                                    ("法務大臣許可番号：第10号", 8.5, "sans"),
                                    ("〒104-0000 東京都中央区はぐろそう三丁目6番2号", 8, "sans"),
                                    ("TEL 0120-000-610（平日9:00～17:00）", 9.5, "sans-bold"),
                                    ("担当　梓沢", 9, "sans"))):
        p.at(107, y + 6 + i * 5.6, s, size=sz, font=f)
    p.seal(186, y + 22, 11, "square", "SMBC債権回収印", angle=-3, seed=99151)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-610", creditor="SMBC債権回収株式会社", status="licensed",
               original="ガーネットカード株式会社", debtor="座光寺陽子", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SB-7354-2026-09", input_kind="pdf_text",
               template="proxy99_servicer_final_demand_dotted_leaders", received=D(2026, 9, 9))
    return dict(stem="dd15", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer 最終催告書, card debt bought)",
                unusual="digital 最終催告書 of a real servicer ★ SMBC債権回収 with 「法務大臣許可番号：第10号」 in a framed "
                        "sender block at the bottom right; red-framed title; EVERY field as a dotted-leader line (お客様番号, "
                        "原債権者, 債権譲受日, 期限の利益喪失日, 最終ご入金日, 譲受元金, 約定利息, 遅延損害金 with its window, "
                        "ご請求総額, お支払期日) with the value flush right")


# ---------------------------------------------------------------------------------------------
# dd16 アビリオ債権回収 (real) 分割弁済のご提案, 2-page fax with a reply form.


def dd16():
    R = 14.6
    issued, reply = D(2026, 10, 5), D(2026, 10, 16)
    assign, acc, lastp = D(2026, 5, 29), D(2025, 12, 11), D(2025, 9, 10)
    P, I = 552_800, 19_904
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    W = P + I
    n, inst = 36, 15_900
    first = W - (n - 1) * inst
    assert first + (n - 1) * inst == W and first > 0
    p = Page(font="sans", size=10, top=12)
    p.at(15, 14, "FAX送信のご案内", size=11, font="sans-bold")
    p.at(196, 14, f"送信日 {fw(era(issued))}　全２枚", size=9, align="r")
    p.add(Line(15, 16.5, 196, 16.5, 0.8))
    p.y = 20
    p.kv([("送信先", "廣畑　健吾　様（FAX 0566-00-3481）"), ("送信元", "アビリオ債権回収株式会社　和解推進課　担当 椋梨")],
         x=15, label_w=20, size=9.5)
    p.add(Line(15, p.y + 1, 196, p.y + 1, 0.3))
    p.gap(5)
    p.at(196, p.y + 3, "お客様番号　AB-2605-71194", size=9.5, align="r")
    p.y += 8
    p.title("分割弁済のご提案", size=15)
    p.para("先日はお電話にてご事情をお聞かせいただき、ありがとうございました。ご相談の内容を踏まえ、当社として下記の"
           "とおり分割でのお支払いをご提案いたします。", size=9.8)
    p.para("ご了承いただける場合は、２枚目の「分割弁済申込書」にご記入のうえ、ご回答期限までにFAX又は郵送でご返送ください。",
           size=9.8)
    p.gap(1)
    p.line("１．現在のご債務", size=10.5, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金（年14.6％）", "現在のご債務額"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [42, 40, 50, 48], x=16, header=True, aligns="rrrr", size=10, row_h=8)
    p.line(f"（{era(issued)}現在。原債権者 アガパンサスカード株式会社、当社譲受日 {era(assign)}、", x=16, size=7.8)
    p.line(f"　期限の利益喪失日 {era(acc)}、最終ご入金日 {era(lastp)}）", x=16, size=7.8)
    p.gap(2)
    p.line("２．ご提案内容", size=10.5, font="sans-bold")
    for a, b in (("和解金額", f"{W:,}円（元金及び利息の合計額）"),
                 ("お支払回数", f"{n}回（初回 {first:,}円、2回目以降 毎月{inst:,}円）"),
                 ("お支払期間", "令和8年11月から令和11年10月まで、毎月末日限り"),
                 ("損害金の扱い", f"遅延損害金{L:,}円は、和解金額を完済された場合に免除いたします"),
                 ("期限の利益喪失", f"分割金の支払を2回分（{inst * 2:,}円）以上怠ったときは、残額及び免除前の損害金を一括請求")):
        b_ = p.line(a, x=22, size=9.5, font="sans-bold")
        p.at(56, b_, b, size=9.5)
    p.gap(3)
    y = p.y
    p.add(Box(16, y, 180, 13, 1.4))
    p.at(20, y + 8.5, "ご回答期限", size=11, font="sans-bold")
    p.at(52, y + 8.8, f"{fw(era(reply))}（{wd(reply)}）必着", size=13, font="sans-bold")
    p.y = y + 17
    p.para("※ご回答期限までにご返送がない場合、本提案は失効し、上記「現在のご債務額」全額のご請求を継続いたします。",
           size=8.8, indent="")
    p.para("※本提案は、ご返済の方法についてのご提案であり、ご返送をもって和解が成立いたします。", size=8.8, indent="")
    p.gap(9)
    y = p.y
    p.at(100, y, "アビリオ債権回収株式会社", size=11, font="sans-bold")
    p.at(100, y + 5, "法務大臣許可番号　第５号", size=8.5)
    p.at(100, y + 10, "〒100-0000 東京都千代田区しらやま坂一丁目2番3号", size=8)
    p.at(100, y + 15, "TEL 03-0000-5055　FAX 03-0000-5056（平日9時～18時）", size=9)
    q = Page(font="sans", size=10, top=14)
    q.at(196, 16, "2/2", size=9, align="r")
    q.y = 18
    q.title("分 割 弁 済 申 込 書", size=15)
    q.line("アビリオ債権回収株式会社　和解推進課　御中（FAX 03-0000-5056）", size=10)
    q.gap(3)
    q.para(f"私は、{era(issued)}付「分割弁済のご提案」の内容を承諾し、下記のとおり分割弁済を申し込みます。", size=10)
    q.gap(2)
    rows = [["お客様番号", "AB-2605-71194"], ["和解金額", f"{W:,}円"], ["お支払回数", f"{n}回"],
            ["初回お支払日・金額", f"令和8年11月30日　{first:,}円"], ["2回目以降", f"毎月末日　{inst:,}円"],
            ["最終回", f"令和11年10月31日　{inst:,}円"]]
    q.table(rows, [60, 110], x=20, aligns="ll", size=10, row_h=9, shade_col0=True)
    q.gap(6)
    for s in ("ご記入日　　令和　　年　　月　　日", "ご住所　　〒", "", "お名前　　　　　　　　　　　　　　　　　　　印",
              "日中のご連絡先（電話）"):
        q.line(s, x=24, size=10.5)
        q.add(Line(24, q.y - 1, 190, q.y - 1, 0.2, GRAY))
        q.gap(3)
    q.gap(4)
    q.para("※ご本人様がご署名ください。ご返送いただいた内容を確認のうえ、和解書を郵送いたします。", x0=20, x1=192, size=9,
           indent="")
    tr = truth(document_type="settlement_proposal", sender="アビリオ債権回収株式会社", license_number=5,
               phone="03-0000-5055", creditor="アビリオ債権回収株式会社", status="licensed",
               original="アガパンサスカード株式会社", debtor="廣畑健吾", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AB-2605-71194", input_kind="fax_tiff",
               template="proxy99_servicer_instalment_offer_fax_reply_form", received=issued)
    return dict(stem="dd16", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:26 ABILIO SAIKEN 03-0000-5056",
                about="settlement_proposal (real servicer, 36 instalments, 2-page fax)",
                unusual="2-page G4 fax: a 「FAX送信のご案内」 strip with 送信日 / 全２枚 and a 送信先 line holding the "
                        "addressee's own FAX number; real servicer ★ アビリオ債権回収 with 「法務大臣許可番号　第５号」 in "
                        "full-width; a header-row table 元金 / 利息 / 遅延損害金（年14.6％） / 現在のご債務額; the 原債権者, "
                        "譲受日, 喪失日 and last payment in one small bracketed line; the plan (和解金額 = 元金 + 利息, 36回, "
                        "first 16,204, 15,900 monthly, 令和11年, the 31,800 threshold, the waiver) as distractors; a "
                        "heavy-framed ご回答期限 「…（金）必着」 = payment_due; p.2 分割弁済申込書 with a schedule table")


LETTERS = [dd09, dd10, dd11, dd12, dd13, dd14, dd15, dd16]
