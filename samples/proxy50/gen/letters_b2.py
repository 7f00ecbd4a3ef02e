"""Proxy set 50, letters bg09–bg16: the suits and what surrounds them. A 岡山地裁 (ワ) 呼出状 + 訴状 for an invented
servicer, a 諫早簡裁 (ハ) 呼出状 + 訴状 for a real servicer through a 許可代理人, a 飯塚簡裁 少額訴訟 呼出状
photographed, a 那覇地裁 (ワ) 呼出状 with the claim as a table, the 高岡簡裁's 事務連絡 by FAX (the case of bg08), an
old 縦書き 判決 正本 of the 長崎地裁 (平成12年), a 呉簡裁 和解調書 and a 信用金庫's 縦書き cover letter sending the copy of
a 判決."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import GRAY, SHADE, Box, Page, era, kdate, late, leader, truth, vcheck, vsafe, wd
from letters_b1 import (
    TK_A,
    TK_CASE,
    TK_CASE_RO,
    TK_FAX,
    TK_OBJ,
    TK_ORDER,
    TK_PHONE,
    TK_SERVED,
    biz,
    notes_box,
    sumcheck,
    yen,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number, kanji_small
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def hdate(d: D) -> str:
    """平成 date in positional kanji (the old 縦書き 判決)."""
    assert D(1989, 1, 8) <= d <= D(2019, 4, 30)
    return f"平成{kanji_small(d.year - 1988)}年{kanji_small(d.month)}月{kanji_small(d.day)}日"


def stamp_fee(claim: int) -> int:
    """貼用印紙額 of a suit (民訴費用法 別表第一), up to 5,000,000円."""
    if claim <= 1_000_000:
        return -(-claim // 100_000) * 1_000
    return 10_000 + -(-(claim - 1_000_000) // 200_000) * 1_000


# ---------------------------------------------------------------------------------------------
# bg09 岡山地方裁判所 (ワ) 第１回口頭弁論期日呼出状及び答弁書催告状 + 訴状 (2 digital pages); invented servicer plaintiff
# through a lawyer; 当事者目録 inside the 訴状; 請求の趣旨 in prose.


def bg09():
    last, acc, assign = D(2025, 3, 27), D(2025, 5, 30), D(2025, 10, 15)
    sued, issued, hearing, answer = D(2026, 1, 28), D(2026, 2, 20), D(2026, 3, 25), D(2026, 3, 18)
    biz(sued, issued, hearing, answer)
    P, I, R = 1_835_200, 21_466, 14.0
    L = late(P, R, acc + timedelta(1), sued)
    T = sumcheck(P + I + L, P, I, L)
    case = "令和8年(ワ)第87号"
    phone = "086-000-2264"
    p = Page(font="serif", size=11, top=16, left=22, right=20)
    y = 14
    for i, (lab, val) in enumerate((("事件番号", "令和８年（ワ）第８７号"), ("事件名", "譲受債権請求事件"),
                                    ("原告", "まつかさ債権回収株式会社"), ("被告", "八重田　辰也"))):
        p.add(Box(112, y + i * 7, 22, 7, 0.3, fill=SHADE))
        p.add(Box(134, y + i * 7, 56, 7, 0.3))
        p.at(114, y + i * 7 + 5, lab, size=8.8)
        p.at(136, y + i * 7 + 5, val, size=9.2)
    p.y = 48
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("被告　八重田　辰也　殿", size=12, x=24)
    p.gap(2)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。"
           "なお、訴状を読んだうえで、答弁書を下記の提出期限までに提出してください。", size=10.8)
    p.gap(1)
    p.line("記", align="c", size=11)
    for lab, val in (("期　日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時１５分"),
                     ("場　所", "岡山地方裁判所　第３号法廷（本館２階）"),
                     ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")):
        b = p.line(lab, x=34, size=11)
        p.at(82, b, val, size=11.5, font="serif-bold")
        p.gap(1.5)
    p.gap(3)
    for s in ("・期日に出頭しない場合でも、答弁書を提出すれば、その内容を陳述したものとみなされることがあります。",
              "・期日に出頭せず、答弁書も提出しないときは、訴状に書かれた原告の主張を認めたものとして、原告の請求どおりの"
              "判決が言い渡されることがあります。",
              "・出頭の際は、この呼出状、認め印及び身分証明書をお持ちください。"):
        p.para(s, x0=26, x1=190, size=9.8, indent="")
    p.gap(6)
    p.line(f"{fw(era(issued))}", x=90, size=11)
    p.line("岡山地方裁判所第１民事部", x=90, size=11)
    p.line("　　裁判所書記官　道明寺　朱里", x=90, size=11)
    p.seal(178, p.y - 6, 14, "square", "岡山地方裁判所書記官印", angle=0, seed=50091)
    p.gap(8)
    y = p.y
    p.add(Box(22, y, 168, 28, 0.3, GRAY))
    for i, s in enumerate(["〒700-0000　岡山市北区あさがお町一丁目８番４２号　岡山地方裁判所第１民事部",
                           f"電話　{phone}（ダイヤルイン）　ＦＡＸ　086-000-2265",
                           "同封書類：訴状副本、証拠説明書・甲第１号証～甲第５号証（写し）、答弁書用紙",
                           "※原告代理人の電話番号は訴状に記載されています。裁判所の番号ではありません。"]):
        p.at(26, y + 7 + i * 5.8, s, size=9)
    q = Page(font="serif", size=10.2, top=14, left=22, right=20)
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line(era(sued), align="r", size=10)
    q.line("岡山地方裁判所　御中", size=10.5)
    q.line("原告訴訟代理人弁護士　広瀬川　文香", x=112, size=10)
    q.gap(1)
    q.line("当事者の表示", size=10.5, font="serif-bold")
    q.kv([("原　告", "〒700-0000 岡山市北区青葉坂二丁目５番９号　まつかさ債権回収株式会社"),
          ("", "代表者代表取締役　布施谷　玲央"),
          ("原告訴訟代理人", "〒700-0000 岡山市北区ひかげ坂一丁目３番１６号　広瀬川法律事務所（送達場所）"),
          ("", "弁護士　広瀬川　文香　　電話 086-000-7318　ＦＡＸ 086-000-7319"),
          ("被　告", "〒700-0000 岡山市北区てまり町四丁目２２番３号　八重田　辰也")], x=24, label_w=30, size=9.4)
    q.gap(1)
    q.line("譲受債権請求事件", size=10.2, x=24)
    q.line(f"訴訟物の価額　{yen(T)}　　貼用印紙額　{yen(stamp_fee(T))}", size=9.8, x=24)
    q.gap(1)
    q.line("第１　請求の趣旨", size=10.8, font="serif-bold")
    q.para(f"１　被告は、原告に対し、{yen(T)}及びうち{yen(P)}に対する{era(sued + timedelta(1))}から支払済みまで年"
           "１４％の割合による金員を支払え。", x0=24, x1=190, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=24, x1=190, size=10, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=24, x1=190, size=10, indent="")
    q.line("第２　請求の原因", size=10.8, font="serif-bold")
    for s in ("１　株式会社きびつ銀行（以下「訴外銀行」という。）は、平成３１年３月８日、被告に対し、教育資金として"
              "３００万円を、利率年２．８５％、遅延損害金年１４％、毎月２７日限り元利均等返済の約定で貸し付けた（甲１）。",
              f"２　被告は、{era(last)}の返済を最後にその後の返済を怠り、訴外銀行の催告にも応じなかったため、{era(acc)}の"
              "経過により期限の利益を喪失した（甲２）。",
              f"３　訴外銀行は、{era(assign)}、被告に対する上記貸金債権を原告に譲渡し、同月２０日到達の内容証明郵便で被告に"
              "通知した（甲３、甲４）。",
              "４　よって、原告は、被告に対し、次の金員及び残元金に対する訴状作成日の翌日から支払済みまで約定の年１４％の"
              "割合による遅延損害金の支払を求める。"):
        q.para(s, x0=24, x1=190, size=9.6, indent="")
    q.table([["残元金", f"{P:,}円"], [f"未払利息（{era(acc)}まで）", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}から{era(sued)}まで）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [116, 40], x=30, size=9.6, row_h=7, aligns="lr")
    q.gap(2)
    q.line("証拠方法　甲第１号証 金銭消費貸借契約証書　甲第２号証 取引履歴　甲第３号証 債権譲渡契約書（抄本）", x=24, size=9)
    q.line("　　　　　甲第４号証 債権譲渡通知書及び配達証明書　甲第５号証 履歴事項全部証明書", x=24, size=9)
    tr = truth(document_type="lawsuit", sender="岡山地方裁判所", phone=phone, creditor="まつかさ債権回収株式会社",
               status="unverified", original="株式会社きびつ銀行", debtor="八重田辰也", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=last,
               assignment=assign, hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy50_lawsuit_okayama_district_invented_servicer_lawyer", received=D(2026, 2, 24))
    return dict(stem="bg09", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), invented servicer plaintiff through a lawyer, 2 pages)",
                unusual="岡山地裁 (ワ) 第１回口頭弁論期日呼出状及び答弁書催告状 + 訴状, digital: a shaded 4-row case grid "
                        "TOP-RIGHT; 期日 with 午後１時１５分 and 第３号法廷（本館２階）; the court's ダイヤルイン phone and FAX "
                        "in a grey box; p.2 訴状 with a 当事者の表示 block: the INVENTED servicer 「まつかさ債権回収株式会社」 "
                        "(no licence printed → unverified) sues through a 弁護士 whose office is the 送達場所 (its phone/FAX "
                        "distractors); 訴訟物の価額 and 貼用印紙額 16,000円; 請求の趣旨 in prose 「金…円及びうち金…円に対する"
                        "令和8年1月29日から…年１４％」; a 残元金 / 未払利息 / 遅延損害金 / 合計 table; a 平成３１年 education loan "
                        "of ３００万円 at 年２．８５％ and the 通知 到達 as distractors; the 訴状 1/28 ≠ the 呼出状 2/20")


# ---------------------------------------------------------------------------------------------
# bg10 諫早簡易裁判所 (ハ) 呼出状 with dotted leaders + 訴状 whose 請求の趣旨 is a TABLE (2 digital pages); real servicer
# ★ パルティール債権回収 through a 許可代理人 (an employee the court allowed to act).


def bg10():
    last, acc, assign = D(2025, 4, 27), D(2025, 6, 10), D(2025, 9, 26)
    sued, issued, hearing, answer = D(2026, 1, 14), D(2026, 1, 30), D(2026, 3, 4), D(2026, 2, 25)
    biz(sued, issued, hearing, answer)
    P, I, R = 412_760, 8_301, 14.6
    L = late(P, R, acc + timedelta(1), sued)
    T = sumcheck(P + I + L, P, I, L)
    case = "令和8年(ハ)第19号"
    phone = "0957-00-3640"
    p = Page(font="sans", size=10.5, top=18, left=24, right=22)
    p.at(188, 16, f"{era(issued)}", size=10, align="r")
    p.y = 22
    p.line("事件番号　令和8年(ハ)第19号　譲受債権請求事件", size=10.5)
    p.line("原　　告　パルティール債権回収株式会社", size=10.5)
    p.line("被　　告　兼城　菜穂", size=10.5)
    p.gap(6)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="sans-bold")
    p.line("兼城　菜穂　様", size=12)
    p.gap(2)
    p.para("上記事件について、当裁判所に出頭する期日が下記のとおり定められましたので、出頭してください。また、同封の"
           "訴状副本をお読みになり、答弁書を提出期限までに提出してください。", size=10.3)
    p.gap(4)
    p.line("記", align="c")
    p.gap(2)
    leader(p, "口頭弁論期日", f"{era(hearing)}（{wd(hearing)}）午前11時00分", 34, 176, size=11)
    p.gap(2)
    leader(p, "出頭場所", "諫早簡易裁判所　第2号法廷", 34, 176, size=11)
    p.gap(2)
    leader(p, "答弁書提出期限", f"{era(answer)}（{wd(answer)}）", 34, 176, size=11)
    p.gap(8)
    notes_box(p, 24, p.y, 164, "ご注意", [
        "１　答弁書の用紙に記入して、期限までに当裁判所に提出（郵送可）し、その写しを原告にも送ってください。",
        "２　分割払いなどの話合いを希望する場合は、答弁書の該当欄にその旨を記入してください。",
        "３　期日に出頭せず答弁書も出さないと、原告の言い分どおりの判決がされることがあります。"], size=8.8,
        font="sans")
    p.gap(34)
    p.line("諫早簡易裁判所　民事係", x=100, size=10.5)
    p.line("裁判所書記官　宇良　君江", x=100, size=10.5)
    p.seal(166, p.y - 7, 13, "square", "諫早簡易裁判所書記官印", angle=0, seed=50101)
    p.gap(3)
    p.line(f"〒854-0000 長崎県諫早市あさがお町２番５号　電話 {phone}", x=80, size=9.2)
    q = Page(font="sans", size=10, top=16, left=22, right=20)
    q.title("訴　状", size=16, font="sans-bold")
    q.line(f"{era(sued)}", align="r", size=10)
    q.line("諫早簡易裁判所　御中", size=10.5)
    q.gap(1)
    q.kv([("原告", "〒150-0000 東京都渋谷区こがね町三丁目７番２号　パルティール債権回収株式会社"),
          ("", "代表者代表取締役　守谷　湊斗"),
          ("原告許可代理人", "〒810-0000 福岡市中央区しおかぜ通一丁目９番１５号　同社九州営業所（送達場所）"),
          ("", "社員　武藤沢　佐和子　（電話 092-000-4412　ＦＡＸ 092-000-4413）"),
          ("被告", "〒854-0000 長崎県諫早市てまり町二丁目１８番６号　兼城　菜穂")], x=22, label_w=30, size=9.3)
    q.gap(2)
    q.line("請求の趣旨", size=11, font="sans-bold")
    q.line("被告は、原告に対し、次の金員を支払え。", x=24, size=10)
    q.table([["番号", "内　容", "金　額"], ["１", "立替金残元金", f"{P:,}円"], ["２", "未払手数料", f"{I:,}円"],
             ["３", f"遅延損害金（{era(acc + timedelta(1))}～{era(sued)}、年14.6％）", f"{L:,}円"],
             ["", "合　計", f"{T:,}円"],
             ["４", f"上記１に対する{era(sued + timedelta(1))}から支払済みまで年14.6％の割合による金員", ""]],
            [14, 118, 36], x=24, size=9.3, row_h=7.4, header=True, aligns="clr")
    q.para("訴訟費用は被告の負担とする　との判決並びに仮執行の宣言を求める。", x0=24, x1=190, size=9.8, indent="")
    q.gap(1)
    q.line("紛争の要点（請求の原因）", size=11, font="sans-bold")
    for s in ("１　株式会社ほんみょうクレジット（原債権者）は、令和3年9月、被告との間でクレジットカード会員契約（ショッピング"
              "リボルビング払い、遅延損害金年14.6％）を締結し、被告はこれを利用した。",
              f"２　被告は、{era(last)}の支払を最後に支払をせず、20日以上の期間を定めた書面による催告にも応じなかったため、"
              f"{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、上記債権を原告に譲渡し、被告に対し譲渡の通知をした。",
              "４　原告許可代理人は、原告の社員であり、当裁判所の許可を得て本件訴訟を追行する。"):
        q.para(s, x0=24, x1=190, size=9.4, indent="")
    q.gap(1)
    q.line("添付書類　甲第1号証～甲第4号証、資格証明書、代理人許可申請書", size=9.2, x=24)
    q.line(f"訴訟物の価額　{T:,}円　　貼用印紙　{stamp_fee(T):,}円　　予納郵便切手　6,000円", size=9.2, x=24)
    tr = truth(document_type="lawsuit", sender="諫早簡易裁判所", phone=phone, creditor="パルティール債権回収株式会社",
               status="licensed", original="株式会社ほんみょうクレジット", debtor="兼城菜穂", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=last,
               assignment=assign, hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy50_lawsuit_isahaya_permitted_agent_table_claim", received=D(2026, 2, 3))
    return dict(stem="bg10", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), real servicer through a 許可代理人, 2 pages)",
                unusual="諫早簡裁 (ハ) 呼出状 (sans, half-width digits, date top-right) whose 期日 / 場所 / 答弁書提出期限 are "
                        "DOTTED LEADER lines with the value flush right (午前11時00分, 第2号法廷); a shaded ご注意 box; p.2 訴状 "
                        "of ★ パルティール債権回収株式会社 acting through a 「原告許可代理人」 (an employee allowed by the court; "
                        "its 092 phone/FAX and 九州営業所 送達場所 as distractors); 請求の趣旨 as a TABLE 番号 / 内容 / 金額 "
                        "(立替金残元金 / 未払手数料 / 遅延損害金 with its window / 合計 and the running item ４ in the last "
                        "row); 紛争の要点 with a 令和3年 card contract; 訴訟物の価額, 貼用印紙 and 予納郵便切手 6,000円 as "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# bg11 飯塚簡易裁判所 少額訴訟 (少コ) 呼出状, phone photo: the special rules, a 訴状の要旨 as label rows; a 信販 creditor
# at the statutory 3％ (割賦).


def bg11():
    last, acc = D(2025, 7, 27), D(2025, 9, 30)
    sued, issued, hearing, answer = D(2026, 5, 11), D(2026, 5, 22), D(2026, 6, 24), D(2026, 6, 17)
    biz(sued, issued, hearing, answer)
    P, I, R = 318_600, 12_480, 3.0
    L = late(P, R, acc + timedelta(1), sued)
    T = sumcheck(P + I + L, P, I, L)
    assert T <= 600_000
    case = "令和8年(少コ)第12号"
    phone = "0948-00-1537"
    p = Page(font="sans", size=10, top=14, left=18, right=18)
    p.at(18, 17, "少額訴訟", size=11, font="sans-bold")
    p.add(Box(16, 11, 26, 8.5, 0.6))
    p.at(192, 17, f"{era(issued)}", size=9.5, align="r")
    p.y = 22
    p.kv([("事件番号", "令和８年（少コ）第１２号　立替金請求事件"), ("原　告", "かほ信販株式会社"),
          ("被　告", "丸尾　晃司")], x=20, label_w=22, size=10)
    p.gap(2)
    p.title("少額訴訟 口頭弁論期日呼出状及び答弁書催告状", size=13.5, font="sans-bold")
    p.line("丸尾　晃司　様", size=11.5)
    p.para("原告から少額訴訟による審理及び裁判を求める訴えが提起されました。下記期日に当裁判所に出頭してください。答弁書は"
           "下記期限までに提出してください。", size=9.8)
    y = p.y + 1
    for i, (lab, val) in enumerate((("期日", f"{era(hearing)}（{wd(hearing)}）午後1時30分"),
                                    ("場所", "飯塚簡易裁判所　第3号法廷（ラウンドテーブル法廷）"),
                                    ("答弁書提出期限", f"{era(answer)}（{wd(answer)}）"))):
        p.add(Box(22, y + i * 8.5, 34, 8.5, 0.4, fill=SHADE))
        p.add(Box(56, y + i * 8.5, 132, 8.5, 0.4))
        p.at(24, y + i * 8.5 + 5.8, lab, size=9.5)
        p.at(59, y + i * 8.5 + 6, val, size=10.5, font="sans-bold")
    p.y = y + 29
    p.line("【少額訴訟の手続について】", size=10, font="sans-bold")
    for s in ("①　60万円以下の金銭の支払を求める場合に限り利用できる手続で、原則として１回の期日で審理を終え、直ちに判決が"
              "言い渡されます。",
              "②　あなたは、最初の期日で弁論をするまでは、通常の訴訟手続に移行させる旨の申述をすることができます。",
              "③　裁判所は、３年を超えない範囲で分割払いなどを定める判決をすることがあります。",
              "④　判決に対しては控訴できません。判決書等の送達を受けた日から２週間以内に異議を申し立てることができます。"):
        p.para(s, x0=22, x1=190, size=9, indent="")
    p.gap(1)
    p.line("【訴状の要旨】", size=10, font="sans-bold")
    p.para(f"請求の趣旨：被告は、原告に対し、{yen(T)}及びうち{yen(P)}に対する{era(sued + timedelta(1))}から支払済み"
           "まで年3％の割合による金員を支払え。", x0=22, x1=190, size=9.3, indent="")
    p.para(f"紛争の要点：被告は令和5年12月、原告の加盟店（はぎの台オートサービス）で車両修理代金を原告の立替払いによる"
           f"24回払いとした。被告は{era(last)}の支払を最後に支払わず、原告の催告後{era(acc)}の経過により期限の利益を"
           "喪失した。", x0=22, x1=190, size=9.3, indent="")
    y = p.y + 1
    rows = [("立替金残金", P), ("分割払手数料（未払分）", I),
            (f"遅延損害金（{era(acc + timedelta(1))}～{era(sued)} 年3％）", L), ("請求額合計", T)]
    for i, (lab, v) in enumerate(rows):
        p.add(Box(30, y + i * 7, 110, 7, 0.3, fill=SHADE if i == 3 else None))
        p.add(Box(140, y + i * 7, 44, 7, 0.3, fill=SHADE if i == 3 else None))
        p.at(32, y + i * 7 + 4.9, lab, size=9)
        p.at(182, y + i * 7 + 5, f"{v:,}円", size=9.5, font="sans-bold" if i == 3 else "sans", align="r")
    p.y = y + 31
    p.para("原告　かほ信販株式会社（代表者代表取締役 大城戸 志帆）　送達場所 福岡市博多区しおかぜ通三丁目２番１号 同社"
           "福岡債権管理課　電話 092-000-8806", x0=22, x1=190, size=8.6, indent="")
    p.gap(2)
    p.gap(2)
    p.line("飯塚簡易裁判所　裁判所書記官　伊計　清美", x=80, size=10)
    p.seal(176, p.y - 4, 12, "square", "飯塚簡易裁判所書記官印", angle=0, seed=50111)
    p.gap(3)
    p.line(f"福岡県飯塚市よもぎ田町１番３号　電話 {phone}（少額訴訟係）", x=80, size=8.8)
    tr = truth(document_type="lawsuit", sender="飯塚簡易裁判所", phone=phone, creditor="かほ信販株式会社",
               status="not_applicable", original=None, debtor="丸尾晃司", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=last, hearing=hearing,
               reference=case, input_kind="photo_jpeg", template="proxy50_small_claims_iizuka_photo",
               received=D(2026, 5, 26))
    return dict(stem="bg11", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.08, tilt=3.0, creases=2, fill=0.83, shadow=0.2, shadow_side="right",
                          warm=0.35),
                about="lawsuit (簡裁 少額訴訟 (少コ), 信販 creditor, phone photo)",
                unusual="飯塚簡裁 少額訴訟 呼出状 photographed on wood at a steep angle with creases and a hand shadow; a "
                        "framed 「少額訴訟」 tag top-left; 期日 (午後1時30分, 第3号法廷 = ラウンドテーブル法廷) / 場所 / 答弁書 "
                        "as a shaded-label box; the four special rules ①–④ (60万円, １回, ３年, ２週間) full of numbers "
                        "that are not amounts; 【訴状の要旨】 with the 請求の趣旨 sentence at the statutory 年3％ (割賦) and a "
                        "4-row box 立替金残金 / 分割払手数料（未払分） / 遅延損害金 / 請求額合計; a 24回払い repair contract "
                        "and the plaintiff's 送達場所 092 phone as distractors")


# ---------------------------------------------------------------------------------------------
# bg12 那覇地方裁判所 (ワ) 呼出状 on one scanned page, with 「請求の要旨」 as a 3-column TABLE; bank plaintiff through two
# lawyers.


def bg12():
    last, acc = D(2025, 6, 23), D(2025, 8, 25)
    sued, issued, hearing, answer = D(2026, 5, 18), D(2026, 6, 5), D(2026, 7, 8), D(2026, 7, 1)
    biz(sued, issued, hearing, answer)
    P, I, R = 1_962_480, 18_215, 14.0
    L = late(P, R, acc + timedelta(1), sued)
    T = sumcheck(P + I + L, P, I, L)
    case = "令和8年(ワ)第263号"
    phone = "098-000-1174"
    p = Page(font="serif", size=10.5, top=16, left=20, right=20)
    p.line("令和８年（ワ）第２６３号　貸金請求事件", size=10.5)
    p.line("原告　株式会社さんごしょう銀行　／　被告　安次嶺　直輝", size=10.5)
    p.gap(4)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="serif-bold")
    p.line("被告　安次嶺　直輝　殿", size=11.5)
    p.para("頭書事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり指定されましたので、同期日"
           "に出頭してください。なお、答弁書を下記期限までに提出してください。", size=10.2)
    p.gap(1)
    p.table([["期　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時００分"],
             ["場　所", "那覇地方裁判所　第１０２号法廷（１階）"],
             ["答弁書の提出期限", f"{fw(era(answer))}（{wd(answer)}）"]], [44, 126], x=20, size=10.8, row_h=9,
            aligns="ll", shade_col0=True)
    p.gap(3)
    p.line("請求の要旨（訴状から抜粋）", size=11, font="serif-bold")
    p.table([["請求金額", "内　訳", "附帯請求"],
             [f"{T:,}円", f"元金 {P:,}円", f"元金に対する{era(sued + timedelta(1))}"],
             ["", f"利息 {I:,}円", "から支払済みまで年14％の"],
             ["", f"遅延損害金 {L:,}円", "割合による遅延損害金"]], [40, 62, 68], x=20, size=9.6, row_h=7.5,
            header=True, aligns="rll", ruled="outer")
    p.gap(2)
    p.para(f"（遅延損害金は{era(acc + timedelta(1))}から{era(sued)}まで年14％。原告は、平成２７年６月に被告に貸し付けた"
           f"事業性資金３００万円につき、被告が{era(last)}の返済を最後に支払を怠り、{era(acc)}の経過により期限の利益を"
           "喪失したと主張しています。）", x0=20, x1=190, size=9.2, indent="")
    p.gap(2)
    p.para("原告訴訟代理人　嵩原・目取真法律事務所　弁護士 嵩原 喜代子、同 目取真 寿美（送達場所 那覇市あしび町三丁目４番"
           "１１号　電話 098-000-6602）", x0=20, x1=190, size=9, indent="")
    p.gap(3)
    p.line(f"{fw(era(issued))}", x=100, size=10.5)
    p.line("那覇地方裁判所民事第２部", x=100, size=10.5)
    p.line("裁判所書記官　平安名　鈴香", x=100, size=10.5)
    p.seal(182, p.y - 5, 13, "square", "那覇地方裁判所書記官印", angle=0, seed=50121)
    p.gap(3)
    notes_box(p, 20, p.y, 170, "被告の方へ", [
        "・答弁書には、訴状の請求の趣旨に対する答弁と、請求の原因に対する認否を記載してください。",
        "・期日に欠席し答弁書も提出しないときは、原告の請求を認めたものとして判決されることがあります。",
        f"・お問合せ　那覇地方裁判所民事第２部　電話 {phone}（直通）（事件番号をお知らせください）"], size=8.8)
    tr = truth(document_type="lawsuit", sender="那覇地方裁判所", phone=phone, creditor="株式会社さんごしょう銀行",
               status="not_applicable", original=None, debtor="安次嶺直輝", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=last, hearing=hearing,
               reference=case, input_kind="scan_png", template="proxy50_lawsuit_naha_district_claim_table_one_page",
               received=D(2026, 6, 9))
    return dict(stem="bg12", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="lawsuit (地裁 (ワ), bank plaintiff with two lawyers, one page)",
                unusual="那覇地裁 (ワ) 呼出状 on ONE scanned page: case and parties in two plain lines; 期日 "
                        "（午前１０時００分, 第１０２号法廷（１階）） / 場所 / 答弁書の提出期限 as a shaded-first-column grid with "
                        "full-width dates; 「請求の要旨（訴状から抜粋）」 as an outer-framed 3-column TABLE 請求金額 / 内訳 / "
                        "附帯請求 (the total in the first column, the three parts listed in the second, the running damages "
                        "wrapped in the third); the damage window and the story in a bracket paragraph (平成２７年 business "
                        "loan of ３００万円 as a distractor); the bank's TWO lawyers with their 098 phone (distractor); a "
                        "「被告の方へ」 box with the court's 直通 phone")


# ---------------------------------------------------------------------------------------------
# bg13 高岡簡易裁判所 事務連絡 by FAX (one page): the 支払督促 became a suit after the 督促異議; claims nothing itself.


def bg13():
    issued = D(2026, 4, 8)
    biz(issued)
    p = Page(font="sans", size=10.5, top=18, left=22, right=20)
    p.at(22, 18, "ＦＡＸ送信票を兼ねます", size=9)
    p.at(188, 18, f"{fw(era(issued))}", size=10, align="r")
    p.y = 24
    p.line("和久井　有紀　様", size=12)
    p.line("（ＦＡＸ　0766-00-5532）", size=9.5)
    p.line("高岡簡易裁判所民事係", x=120, size=10.5)
    p.line("裁判所書記官　征矢　良枝", x=120, size=10.5)
    p.line(f"電話 {TK_PHONE}　ＦＡＸ {TK_FAX}", x=120, size=9.5)
    p.gap(6)
    p.title("事　務　連　絡", size=16, font="sans-bold")
    p.line("（督促異議の申立てによる訴訟への移行について）", align="c", size=10.5)
    p.gap(3)
    p.table([["支払督促事件", "令和８年（ロ）第１６２号"], ["移行後の事件", "令和８年（ハ）第３０５号　貸金請求事件"],
             ["原告（債権者）", "株式会社あまはらしローン"], ["被告（債務者）", "和久井　有紀"],
             ["督促異議申立日", fw(era(TK_OBJ))], ["訴訟の目的の価額", f"金{TK_A:,}円"]],
            [46, 120], x=22, size=10, row_h=8.5, aligns="ll", shade_col0=True)
    p.gap(4)
    for s in (f"１　あなたが提出した督促異議申立書を{fw(era(TK_OBJ))}に受け付けました。これにより、上記支払督促（{era(TK_ORDER)}"
              f"発付、{era(TK_SERVED)}送達）は督促異議の限度で効力を失い、事件は当庁の通常の訴訟手続に移行しました"
              "（民事訴訟法第３９０条、第３９５条）。",
              "２　現在、原告に対し、訴え提起の手数料の不足分（収入印紙）の納付を求めています。納付がされた後に第１回口頭弁論"
              "期日を指定し、改めて呼出状をお送りします。本連絡は期日の呼出しではありません。",
              "３　答弁書（言い分）は、期日の呼出状が届いた後、その記載の期限までに提出してください。分割払いを希望される"
              "場合は、その旨と毎月の支払可能額を答弁書に記載してください。",
              "４　住所・連絡先（ＦＡＸ番号を含む。）に変更があるときは、直ちに当係へ届け出てください。"):
        p.para(s, x0=24, x1=188, size=10, indent="")
        p.gap(1.5)
    p.gap(4)
    p.line("以　上", align="r")
    tr = truth(document_type="other", sender="高岡簡易裁判所", phone=TK_PHONE, creditor="株式会社あまはらしローン",
               status="not_applicable", original=None, debtor="和久井有紀", lump=False, issued=issued,
               reference=TK_CASE, input_kind="fax_tiff", template="proxy50_court_notice_takaoka_transfer_to_suit_fax",
               received=issued)
    assert TK_CASE_RO != TK_CASE
    return dict(stem="bg13", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:05 TAKAOKA SUMMARY CT {TK_FAX}",
                about="other (簡裁 事務連絡: the 支払督促 moved to a suit after the 督促異議, by FAX, claims nothing)",
                unusual="one-page G4 fax: 「ＦＡＸ送信票を兼ねます」, the addressee's own FAX number under her name, the "
                        "clerk's TEL and FAX top-right and the FAX in the header; 「事務連絡（督促異議の申立てによる訴訟への"
                        "移行について）」; a shaded-label grid with BOTH case numbers ((ロ)第162号 → (ハ)第305号), the 異議 "
                        "date and 「訴訟の目的の価額 金…円」 (a distractor: the paper claims nothing); 発付 / 送達 dates and "
                        "民事訴訟法第３９５条 in the prose; NO hearing date (「本連絡は期日の呼出しではありません」)")


# ---------------------------------------------------------------------------------------------
# bg14 長崎地方裁判所 判決 正本 of 平成12年 (2000), 縦書き in kanji, scanned: found in a drawer by the 塩飽 household.


def bg14():
    lent, last, acc, cut = D(1997, 6, 10), D(1999, 8, 27), D(1999, 10, 5), D(2000, 3, 1)
    closed, judged = D(2000, 9, 13), D(2000, 9, 27)
    P, I, R = 1_480_000, 39_856, 21.9
    L = late(P, R, acc + timedelta(1), cut)
    T = sumcheck(P + I + L, P, I, L)
    case_k = "平成一二年（ワ）第四五一号"
    cols = [
        ("plain", f"{hdate(judged)}判決言渡　同日原本領収　裁判所書記官　幸喜　英輔"),
        ("plain", f"{case_k}　貸金請求事件"),
        ("plain", f"口頭弁論終結日　{hdate(closed)}"),
        ("title", "判決"),
        ("indent", "長崎市浜の町しおかぜ通二丁目五番三号"),
        ("indent", "原告　ゆだちファイナンス株式会社"),
        ("indent", "右代表者代表取締役　勝連　蓮司"),
        ("indent", "長崎県西彼杵郡ひかげ坂郷四百十二番地"),
        ("indent", "被告　塩飽　貞夫"),
        ("title", "主文"),
        ("body", f"一　被告は、原告に対し、{kyen(T)}及びうち{kyen(P)}に対する{hdate(cut + timedelta(1))}から"
                 "支払済みまで年二割一分九厘の割合による金員を支払え。"),
        ("body", "二　訴訟費用は被告の負担とする。"),
        ("body", "三　この判決は、仮に執行することができる。"),
        ("title", "事実及び理由"),
        ("body", "第一　請求　主文同旨"),
        ("body", f"第二　事案の概要　本件は、原告が被告に対し、{hdate(lent)}に貸し付けた金二百万円（約定遅延損害金年二割一分"
                 f"九厘）の残金等の支払を求める事案である。被告は{hdate(last)}の支払を最後に弁済を怠り、{hdate(acc)}の経過"
                 "により期限の利益を喪失した。"),
        ("body", f"原告の請求額は、残元金{kanji_number(P)}円、未払利息{kanji_number(I)}円、{hdate(acc + timedelta(1))}から"
                 f"{hdate(cut)}までの遅延損害金{kanji_number(L)}円の合計{kyen(T)}である。"),
        ("body", "被告は、適式の呼出しを受けながら本件口頭弁論期日に出頭せず、答弁書その他の準備書面も提出しないから、"
                 "請求原因事実を自白したものとみなす。"),
        ("body", "よって、原告の請求は理由があるから認容し、訴訟費用の負担につき民事訴訟法六十一条を、仮執行の宣言につき"
                 "同法二百五十九条一項を適用して、主文のとおり判決する。"),
        ("low", "長崎地方裁判所民事部"),
        ("low", "裁判官　上間　桃子"),
        ("blank", ""),
        ("low", f"これは正本である。　{hdate(judged)}"),
        ("low", "長崎地方裁判所民事部　裁判所書記官　幸喜　英輔"),
    ]
    size = 9.6
    pages = vertical_page(vsafe(cols, size=size, top=20.0, bottom=278.0), size=size, col_pitch=5.6, top=20.0,
                          bottom=278.0, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    col = [it for it in pg.items if isinstance(it, VText) and it.s.startswith("長崎地方裁判所民事部　裁判所書記官")][-1]
    pg.items.append(Seal(col.x, col.y + len(col.s) * size * 0.3528 * 1.05 + 9, 13, "square", "長崎地方裁判所書記官印",
                         angle=1, seed=50141))
    tr = truth(document_type="other", sender="長崎地方裁判所", phone=None, creditor="ゆだちファイナンス株式会社",
               status="not_applicable", original=None, debtor="塩飽貞夫", total=T, principal=P, interest=I,
               late_damages=L, costs=None, rate=R, lump=True, issued=judged, acceleration=acc, last_payment=last,
               hearing=None, reference="平成12年(ワ)第451号", input_kind="vertical_scan",
               template="proxy50_old_vertical_judgment_nagasaki_heisei12", received=D(2000, 9, 29))
    return dict(stem="bg14", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.9,
                about="other (判決 正本 of 平成12年, 地裁, 縦書き, scanned)",
                unusual="an OLD 縦書き 判決 (長崎地裁, 平成12年: before the courts went 横書き) that the household kept, scanned: "
                        "every date and amount in positional kanji (平成十二年九月二十七日, 金百…円), the case number "
                        "in DIGIT-BY-DIGIT kanji 「平成一二年（ワ）第四五一号」, 「判決言渡　同日原本領収」 at the head; 主文 "
                        "「金…円及びうち金…円に対する平成十二年三月二日から支払済みまで年二割一分九厘」 (the rate in 割分厘 = "
                        "21.9％); the 内訳 (残元金, 未払利息, 遅延損害金 with its window) only in 事実及び理由; the 口頭弁論"
                        "終結日 (past); 民事訴訟法六十一条 / 二百五十九条一項 and the 二百万円 loan as distractors; NO phone; "
                        "「これは正本である」 and the clerk's seal at the end")


# ---------------------------------------------------------------------------------------------
# bg15 呉簡易裁判所 和解調書 (口頭弁論調書（和解）), digital: 和解条項 with an acknowledged sum split into its parts, an
# explicit first instalment, a default clause and a 免除 clause; ★ セゾン債権回収 through a 許可代理人.


def bg15():
    acc, assign = D(2025, 7, 22), D(2025, 12, 19)
    day, cert, first = D(2026, 7, 15), D(2026, 7, 21), D(2026, 8, 20)
    biz(day, cert, first)
    P, I = 342_780, 8_904
    L = late(P, 14.6, acc + timedelta(1), day)
    T = sumcheck(P + I + L, P, I, L)
    N, M1, INST = 24, 16_000, 12_000
    PAY = M1 + INST * (N - 1)
    assert PAY == 292_000 and PAY < T
    last_inst = D(2028, 7, 20)
    assert (last_inst.year - first.year) * 12 + last_inst.month - first.month + 1 == N
    case = "令和8年(ハ)第97号"
    p = Page(font="serif", size=10.3, top=16, left=22, right=20)
    p.at(178, 9.5, "裁判官認印", size=7.5, align="c")
    p.add(Box(168, 11, 20, 13, 0.3))
    p.y = 22
    p.title("第１回口頭弁論調書（和解）", size=15, font="serif-bold")
    rows = [["事件の表示", "令和８年（ハ）第９７号　譲受債権請求事件"],
            ["期　　日", f"{fw(era(day))}（{wd(day)}）午前１０時３０分"],
            ["場所及び公開の有無", "呉簡易裁判所第２号法廷で公開"],
            ["裁　判　官", "根来　達彦"], ["司　法　委　員", "大宜味　君江"], ["裁判所書記官", "饒平名　耕一"],
            ["出頭した当事者等", "原告許可代理人　室岡　凛太郎（原告社員）／被告　湯本　倫子"],
            ["指定期日", "（なし）"]]
    p.table(rows, [44, 122], x=22, size=9.8, row_h=7.6, aligns="ll", shade_col0=True)
    p.gap(3)
    p.line("手続の要領等", size=11, font="serif-bold")
    p.para("当事者間に次のとおり和解成立", x0=26, size=10.3)
    p.line("和解条項", size=11.5, font="serif-bold", align="c")
    for s in (f"１　被告は、原告に対し、本件譲受債権（原債権者株式会社ラピスカード、{era(assign)}譲受け）の残債務として、"
              f"{yen(T)}（内訳　元金{P:,}円、利息{I:,}円、{era(acc + timedelta(1))}から本日までの遅延損害金{L:,}円）の支払"
              "義務があることを認める。",
              f"２　被告は、原告に対し、前項の金員のうち{yen(PAY)}を、次のとおり分割して、原告の指定する口座に振り込む方法により"
              "支払う。振込手数料は被告の負担とする。",
              f"　(1)　{era(first)}限り　{yen(M1)}",
              f"　(2)　令和８年９月から令和１０年７月まで毎月２０日限り　{yen(INST)}ずつ（２３回）",
              f"３　被告が前項の分割金の支払を怠り、その額が{yen(INST * 2)}に達したときは、当然に同項の期限の利益を失い、"
              f"被告は、原告に対し、第１項の金員から既払金を控除した残額及びうち元金残額に対する期限の利益喪失の日の翌日から"
              "支払済みまで年１４．６％の割合による遅延損害金を直ちに支払う。",
              f"４　被告が期限の利益を失うことなく第２項の金員を支払ったときは、原告は、被告に対し、第１項のその余の支払義務"
              f"（{yen(T - PAY)}）を免除する。",
              "５　原告はその余の請求を放棄する。",
              "６　原告と被告との間には、本件に関し、この和解条項に定めるもののほか、何らの債権債務がないことを相互に確認する。",
              "７　訴訟費用は各自の負担とする。"):
        p.para(s, x0=24, x1=190, size=9.9, indent="")
    p.gap(3)
    p.line("呉簡易裁判所", x=110, size=10.3)
    p.line("裁判所書記官　饒平名　耕一", x=110, size=10.3)
    p.seal(184, p.y - 5, 12, "square", "呉簡易裁判所書記官印", angle=0, seed=50151)
    p.gap(4)
    p.line(f"これは正本である。　{fw(era(cert))}　呉簡易裁判所　裁判所書記官　饒平名　耕一", size=9.3, align="r")
    p.gap(2)
    p.para("（振込先）原告指定口座は、別途原告から送付される「お振込口座のご案内」によります。お問合せは原告（セゾン債権回収"
           "株式会社 広島センター 電話 082-000-5194）へ。", x0=22, x1=190, size=8.8, indent="")
    p.para("原告　セゾン債権回収株式会社（東京都豊島区青葉坂一丁目２番３号）　被告　湯本　倫子（広島県呉市てまり町五丁目"
           "１番７号）", x0=22, x1=190, size=8.8, indent="")
    tr = truth(document_type="settlement_proposal", sender="呉簡易裁判所", phone=None, creditor="セゾン債権回収株式会社",
               status="licensed", original="株式会社ラピスカード", debtor="湯本倫子", total=T, principal=P, interest=I,
               late_damages=L, rate=14.6, lump=False, issued=day, payment_due=first, acceleration=None,
               assignment=assign, hearing=None, reference=case, input_kind="pdf_text",
               template="proxy50_settlement_record_kure_instalments_waiver", received=D(2026, 7, 24))
    return dict(stem="bg15", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal (簡裁 和解調書 正本, real servicer through a 許可代理人)",
                unusual="呉簡裁 「第１回口頭弁論調書（和解）」 on one digital page: a 裁判官認印 box top-right; a shaded-label "
                        "grid (事件の表示, 期日 with weekday, 場所及び公開の有無, 裁判官, 司法委員, 書記官, 出頭した当事者等 with "
                        "★ セゾン債権回収's 許可代理人 社員, 指定期日（なし）); 和解条項 １ the acknowledged sum WITH its 内訳 "
                        "(元金 / 利息 / 遅延損害金 「…から本日まで」); ２ pays only 292,000 of it: an explicit first instalment "
                        "「令和8年8月20日限り 金16,000円」 then 23 × 12,000; ３ the default clause with 24,000 and 年１４．６％; "
                        "４ 免除 of the rest (a printed difference, a distractor); ５–７ 放棄 / 清算 / 訴訟費用; the 正本 "
                        "certification 7/21 ≠ the 期日 7/15; the servicer's 082 number in a footnote (not the court's); "
                        "no court phone printed")


# ---------------------------------------------------------------------------------------------
# bg16 くるしま信用金庫 縦書き cover letter sending the copy of a 松山地裁 判決 and demanding payment; digital.


def bg16():
    last, acc, judged = D(2025, 9, 25), D(2025, 11, 17), D(2026, 6, 10)
    issued, due = D(2026, 7, 10), D(2026, 7, 31)
    biz(issued, due, judged)
    P, I, R = 1_586_000, 9_872, 14.0
    L = late(P, R, acc + timedelta(1), issued)
    T = sumcheck(P + I + L, P, I, L)
    cols = [
        ("title", "判決正本写しの送付及びお支払いのお願い"),
        ("body", "拝啓　時下ますますご清祥のこととお喜び申し上げます。"),
        ("body", f"さて、当金庫が貴殿に対する貸付金の支払を求めて松山地方裁判所に提起しておりました訴訟（令和八年（ワ）第一三二号）"
                 f"につきまして、{kdate(judged)}、貴殿に対し当金庫の請求どおりの支払を命ずる判決の言渡しがありましたので、"
                 "判決正本の写しを同封してお送りいたします。"),
        ("body", f"貴殿は{kdate(last)}のご返済を最後にお支払いがなく、{kdate(acc)}の経過をもって期限の利益を喪失されて"
                 "おります。本日現在のご請求額は左記のとおりです。"),
        ("body", f"つきましては、左記合計額を{kdate(due)}限り、左記口座にお振込みくださいますようお願い申し上げます。期限まで"
                 "にお支払いがない場合は、判決に基づき、給与・預金等の差押えの手続をとらせていただきますので、ご承知おき"
                 "ください。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", f"一　貸付残元金　　{kyen(P)}"),
        ("indent", f"二　未払利息　　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　　{kyen(L)}"),
        ("plain", f"　　（{kdate(acc + timedelta(1))}から本日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　　{kyen(T)}"),
        ("indent", "振込先　くるしま信用金庫　本店営業部　普通預金"),
        ("plain", f"　　　　口座番号　{kanji_digits('3107429')}　口座名義　くるしま信用金庫債権管理部"),
        ("indent", "同封書類　判決正本写し　一通"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "愛媛県今治市あさがお町三丁目一番地"),
        ("low", "くるしま信用金庫　債権管理部"),
        ("low", "部長　汐田　純子"),
        ("low", f"電話　{kanji_digits('0898')}（{kanji_digits('00')}）{kanji_digits('4127')}"),
        ("low", "（当金庫管理番号　ＫＲ－０７７３１）"),
        ("blank", ""),
        ("low", "愛媛県松山市ひかげ坂三丁目八番十四号"),
        ("low", "竹ノ内　徳子　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and "くるしま信用金庫　債権管理部" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 26) * size * 0.3528 * 1.05, 14, "square", "くるしま信用金庫債権管理部之印",
                         angle=-2, seed=50161))
    tr = truth(document_type="collection_notice", sender="くるしま信用金庫", phone="0898-00-4127",
               creditor="くるしま信用金庫", status="not_applicable", original=None, debtor="竹ノ内徳子", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=last, reference="KR-07731", input_kind="vertical_pdf",
               template="proxy50_vertical_credit_union_cover_letter_judgment_copy", received=D(2026, 7, 13))
    return dict(stem="bg16", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (信用金庫's 縦書き cover letter sending the copy of a 判決)",
                unusual="縦書き 拝啓…敬具 letter of a 信用金庫 (債権管理部長, square seal, no 内容証明), digital: it SENDS THE "
                        "COPY OF A 松山地裁 判決 and demands payment; the case number in kanji 「令和八年（ワ）第一三二号」 and "
                        "the 判決 date 令和八年六月十日 in the first sentence (distractors); the last payment, the 喪失 and the "
                        "deadline 「令和八年七月三十一日限り」 in positional kanji; amounts under 記 as positional kanji with the "
                        "damage window in a bracket column (本日まで = the letter date); an account number in kanji digits "
                        "(distractor); phone in kanji digits with a 4-digit area code; full-width bracketed 当金庫管理番号 "
                        "ＫＲ－０７７３１")


LETTERS = [bg09, bg10, bg11, bg12, bg13, bg14, bg15, bg16]
