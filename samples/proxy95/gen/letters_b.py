"""Proxy set 95, letters cz09–cz16: a 仮執行宣言付支払督促 of a card company, a 簡裁 (ハ) 呼出状 + 訴状 of a real servicer,
a real servicer's 分割弁済のご提案 by fax, a consumer lender's 催告書 photographed sideways, a law office's 縦書き 御通知,
a scam letter with a fake servicer licence, a real servicer's 最終催告書 printing a wrong licence number, and a card
company's 期限の利益喪失通知 scanned."""

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
    kdate,
    late,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
PLUM = (0.40, 0.12, 0.38)
ORANGE = (0.80, 0.40, 0.05)
DGREEN = (0.10, 0.35, 0.20)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def kyen(n: int) -> str:
    return f"金{kanji_number(n)}円"


# ---------------------------------------------------------------------------------------------
# cz09 札幌簡易裁判所 仮執行宣言付支払督促, creditor a card company; digital, one page.


def cz09():
    R = 14.6
    order, _served, issued = D(2026, 4, 6), D(2026, 4, 9), D(2026, 5, 11)
    acc, upto = D(2025, 9, 27), D(2026, 3, 20)
    P, I = 356_900, 12_480
    L = late(P, R, acc + timedelta(1), upto)
    C1, C2 = 3_180, 1_204
    T = P + I + L + C1 + C2
    case = "令和8年(ロ)第642号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 19, "令和8年(ロ)第642号　立替金等請求督促事件", size=10, align="r")
    p.y = 26
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold", spaced=False)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=10.5)
    p.para(f"（本支払督促は{era(order)}に発付され、同月9日債務者に送達された。）", size=9.5, indent="")
    p.gap(2)
    p.line("仮執行宣言", size=11, font="serif-bold")
    p.para(f"債務者は督促異議の申立てをしなかったので、上記支払督促に記載された督促手続費用のほか、仮執行宣言の手続費用"
           f"金{C2:,}円を付加して、仮執行の宣言をする。", size=10.5)
    p.gap(2)
    b = p.line(f"　　{era(issued)}", size=10.5)
    p.line("　　札幌簡易裁判所　裁判所書記官　千把　真由美", size=10.5)
    p.seal(160, b - 1, 14, "square", "札幌簡易裁判所書記官印", angle=0, seed=95091)
    p.gap(4)
    p.add(Line(20, p.y, 190, p.y, 0.3))
    p.gap(3)
    p.line("当事者目録", size=11.5, font="serif-bold", align="c")
    p.kv([("債権者", "〒060-0000　札幌市中央区雉子沢南二条九丁目4番1号"), ("", "株式会社アトラスカード"),
          ("", "代表者代表取締役　照井　航平"),
          ("", "（送達場所・連絡先）同社債権管理部　電話 011-000-6420"),
          ("債務者", "〒064-0000　札幌市中央区白鳳台六条二丁目8番5号　コーポ白鳳台502"),
          ("", "古波蔵　健")], x=22, label_w=22, size=9.8)
    p.gap(3)
    p.line("請求の趣旨", size=11.5, font="serif-bold", align="c")
    p.table([["項目", "金額（円）"],
             ["１　立替金残元金", f"{P:,}"],
             ["２　未払手数料", f"{I:,}"],
             ["３　遅延損害金（令和7年9月28日から令和8年3月20日まで年14.6％）", f"{L:,}"],
             ["４　督促手続費用", f"{C1:,}"],
             ["５　仮執行宣言の手続費用", f"{C2:,}"],
             ["合　計", f"{T:,}"]], [128, 40], x=22, header=True, aligns="lr", size=9.8, row_h=7.4)
    p.para(f"なお、上記１の立替金残元金{P:,}円に対する令和8年3月21日から完済まで年14.6％の割合による遅延損害金を"
           "付加して支払え。", x0=22, x1=190, size=9.5, indent="")
    p.gap(2)
    p.line("請求の原因", size=11.5, font="serif-bold", align="c")
    for s in ("１　債権者は、債務者との間で令和元年7月2日にクレジットカード会員契約を締結し、債務者の利用した商品代金等を"
              "加盟店に立替払いした。",
              "２　債務者は令和7年6月27日の支払を最後にその後の支払を怠り、令和7年9月27日の経過により期限の利益を喪失した。"):
        p.para(s, x0=22, x1=190, size=9.5, indent="")
    p.gap(4)
    p.add(Box(22, p.y, 168, 18, 0.4, GRAY, (0.96, 0.96, 0.96)))
    yy = p.y
    p.at(26, yy + 6, "（ご注意）", size=9.5, font="serif-bold")
    p.at(26, yy + 11, "この仮執行宣言付支払督促に異議があるときは、受け取った日から２週間以内に督促異議の申立てができます。",
         size=8.8)
    p.at(26, yy + 15.5, "札幌簡易裁判所　民事受付センター督促係　電話 011-000-2851（直通）", size=8.8)
    tr = truth(document_type="payment_order_enforceable", sender="札幌簡易裁判所", phone="011-000-2851",
               creditor="株式会社アトラスカード", status="not_applicable", debtor="古波蔵健", total=T, principal=P,
               interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=D(2025, 6, 27), reference=case, input_kind="pdf_text",
               template="proxy95_enforceable_sapporo_one_page_table", received=D(2026, 5, 13))
    return dict(stem="cz09", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, card company creditor, one page)",
                unusual="a whole 仮執行宣言付支払督促 of 札幌簡裁 on ONE digital page: the case number alone top-right in "
                        "half-width; the original order date 令和8年4月6日 and its 送達 「同月9日」 in a bracketed sentence, "
                        "the 仮執行宣言 dated 令和8年5月11日 with the cost 金1,204円 in the prose; 当事者目録 as kv lines "
                        "(creditor 株式会社アトラスカード, a card company → not_applicable; its 011 連絡先 as a distractor); "
                        "請求の趣旨 as a 項目 / 金額（円） table with numbered rows 立替金残元金 / 未払手数料 / 遅延損害金 (window) "
                        "/ 督促手続費用 / 仮執行宣言の手続費用 / 合計; the running damages in a 「なお…」 sentence; 令和元年 "
                        "contract; the court's 直通 phone in a grey note box")


# ---------------------------------------------------------------------------------------------
# cz10 那覇簡易裁判所 (ハ): 呼出状 (p.1) + 訴状 (p.2), plaintiff ニッテレ債権回収 (real); digital.


def cz10():
    R = 20.0
    issued, filed = D(2026, 7, 2), D(2026, 6, 15)
    hearing, answer = D(2026, 8, 5), D(2026, 7, 29)
    acc, lastp, assign, upto = D(2025, 11, 4), D(2025, 7, 31), D(2026, 2, 27), D(2026, 5, 31)
    P, I = 684_211, 23_607
    L = late(P, R, acc + timedelta(1), upto)
    T = P + I + L
    case = "令和8年(ハ)第905号"
    p = Page(font="serif", size=11, top=18)
    p.line(fw("令和8年（ハ）第905号") + "　譲受債権請求事件", size=10.5)
    p.line("原　告　ニッテレ債権回収株式会社", size=10.5)
    p.line("被　告　伊志嶺　朋子", size=10.5)
    p.gap(6)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("伊志嶺　朋子　殿", size=12.5, x=24)
    p.gap(3)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、"
           "同期日に出頭してください。")
    p.para("なお、訴状を送達しますので、下記の答弁書提出期限までに答弁書を提出してください。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    b = p.line("１　期　　日", x=30, size=11)
    p.at(70, b, f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分", size=11.5, font="serif-bold")
    p.add(Line(70, b + 1.3, 168, b + 1.3, 0.4))
    p.gap(1.5)
    b = p.line("２　出頭場所", x=30, size=11)
    p.at(70, b, "那覇簡易裁判所　第２民事法廷（２階）", size=11)
    p.gap(1.5)
    b = p.line("３　答弁書提出期限", x=30, size=11)
    p.at(76, b, f"{fw(era(answer))}（{wd(answer)}）", size=11.5, font="serif-bold")
    p.add(Line(76, b + 1.3, 150, b + 1.3, 0.4))
    p.gap(5)
    p.line("（注意）", size=10.5, font="serif-bold", x=24)
    for s in ("１　答弁書を提出しないで期日に欠席すると、原告の主張を認めたものとして、原告の請求どおりの判決がされることが"
              "あります。",
              "２　分割払いなどの話合いを希望する場合は、同封の答弁書の該当欄に記入して提出してください。",
              "３　出頭の際は、この呼出状と印鑑をお持ちください。"):
        p.para(s, x0=24, x1=188, size=10, indent="")
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　那覇簡易裁判所民事第２係", size=11)
    p.line("　　　　　裁判所書記官　天白　　理沙", size=11)
    p.seal(148, p.y - 6, 14, "square", "那覇簡易裁判所書記官印", angle=0, seed=95101)
    p.gap(12)
    p.add(Line(24, p.y, 186, p.y, 0.3))
    p.gap(3)
    p.line("〒900-0000　沖縄県那覇市樫ノ木一丁目2番4号", size=9.5, x=24)
    p.line("那覇簡易裁判所民事第２係　電話 098-000-5190（直通）　FAX 098-000-5191", size=9.5, x=24)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line(f"{fw(era(filed))}", align="r", size=10.5)
    q.line("那覇簡易裁判所　御中", size=10.5)
    q.gap(2)
    q.kv([("原告", "〒100-0000　東京都千代田区桐ヶ丘北四丁目1番2号"), ("", "ニッテレ債権回収株式会社"),
          ("", "代表者代表取締役　藍野　晃"),
          ("", "（送達場所）沖縄県那覇市楠町通二丁目3番1号　那覇営業所　電話 098-000-7707"),
          ("被告", "〒901-0000　沖縄県浦添市岬台三丁目10番22号"), ("", "伊志嶺　朋子")], x=20, label_w=18, size=9.8)
    q.gap(2)
    q.line(f"譲受債権請求事件　訴訟物の価額　金{T:,}円　貼用印紙額　金8,000円", size=10)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    for s in (f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する令和8年6月1日から支払済みまで年20.0％の割合による"
              "金員を支払え。",
              "２　訴訟費用は被告の負担とする。",
              "との判決並びに仮執行の宣言を求める。"):
        q.para(s, x0=22, size=10, indent="")
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　株式会社ルーチェファイナンス（以下「訴外会社」という。）は、被告に対し、令和4年3月10日、極度額80万円、"
              "利率年18.0％、遅延損害金年20.0％の約定で金員を貸し付けた。",
              "２　被告は、令和7年7月31日の支払を最後に約定の支払を怠り、令和7年11月4日の経過により期限の利益を喪失した。",
              "３　訴外会社は、令和8年2月27日、原告に対し上記貸金債権を譲渡し、同年3月6日、被告に対し内容証明郵便により"
              "その旨を通知した。",
              "４　よって、原告は被告に対し、下記金員の合計及び残元金に対する令和8年6月1日から支払済みまで約定の年20.0％の"
              "割合による遅延損害金の支払を求める。"):
        q.para(s, x0=22, size=10, indent="")
    q.gap(2)
    q.table([["残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
             ["遅延損害金（令和7年11月5日から令和8年5月31日まで）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [120, 46], x=22, aligns="lr", size=10, row_h=7.5, ruled="rows")
    q.gap(3)
    q.line("証拠方法", size=11, font="serif-bold")
    q.line("甲第１号証　金銭消費貸借契約書（極度方式基本契約）　甲第２号証　取引履歴　甲第３号証　債権譲渡通知書",
           x=22, size=9.5)
    q.line("附属書類　１　訴状副本　１通　　２　甲号証写し　各１通　　３　資格証明書　１通", x=22, size=9.5)
    tr = truth(document_type="lawsuit", sender="那覇簡易裁判所", phone="098-000-5190",
               creditor="ニッテレ債権回収株式会社", status="licensed", original="株式会社ルーチェファイナンス",
               debtor="伊志嶺朋子", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy95_summary_court_ha_summons_numbered_real_servicer", received=D(2026, 7, 6))
    return dict(stem="cz10", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), real servicer plaintiff, 2 pages)",
                unusual="digital 那覇簡裁 (ハ) bundle: p.1 第１回口頭弁論期日呼出状及び答弁書催告状 with the parties in the "
                        "header and the 期日 / 出頭場所 / 答弁書提出期限 as numbered, underlined lines (full-width era dates "
                        "with weekday, 午前１０時３０分); the court's 直通 phone and FAX at the foot; p.2 訴状 dated 6/15 "
                        "(≠ 呼出状 7/2) with the plaintiff = real servicer ★ ニッテレ債権回収 (court paper: no licence "
                        "printed) and its 那覇営業所 送達場所 phone (distractor); 訴訟物の価額 = total, 貼用印紙額 8,000 (not "
                        "costs); 請求の趣旨 「金…及びうち金…」; a rows-ruled table 残元金 / 未払利息 / 遅延損害金 (window) / 合計; "
                        "極度額80万円 and 年18.0％ as distractors; 「同年3月6日」 notice date is not a date field")


# ---------------------------------------------------------------------------------------------
# cz11 SMBC債権回収 (real): ご返済計画のご提案, 2-page fax; reply deadline = payment_due.


def cz11():
    R = 14.6
    issued, reply = D(2026, 2, 24), D(2026, 3, 13)
    acc, lastp, assign = D(2025, 6, 3), D(2025, 2, 27), D(2025, 10, 17)
    P, I = 925_600, 41_233
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    settle = P + I
    n, first = 36, 27_833
    rest = (settle - first) // (n - 1)
    first = settle - rest * (n - 1)
    assert first >= rest and first + rest * (n - 1) == settle
    p = Page(font="sans", size=10, top=14)
    p.at(15, 17, f"送信日：{jis(issued)}　　送信先：照喜名　隆　様　　枚数：２枚（本紙含む）", size=9)
    p.add(Line(15, 19.5, 196, 19.5, 0.4))
    p.at(196, 27, f"{era(issued)}", size=10, align="r")
    p.at(196, 32.5, "お客様番号　SM-88-20417", size=9.5, align="r")
    p.y = 29
    p.line("照喜名　隆　様", size=13.5)
    p.line("（沖縄県沖縄市栗生台一丁目5番9号）", size=8.5)
    p.gap(3)
    p.at(196, p.y + 2, "SMBC債権回収株式会社", size=11.5, font="sans-bold", align="r")
    p.at(196, p.y + 7, "法務大臣許可番号第10号", size=8.5, align="r")
    p.gap(10)
    p.title("ご返済計画のご提案", size=15)
    p.para("平素より格別のご高配を賜り、厚く御礼申し上げます。", size=9.8)
    p.para(f"株式会社アルテミスカードから当社が譲り受けました貴殿に対する債権（譲受日 {era(assign)}）につきまして、先日は"
           "お電話にてご事情をお聞かせいただき、ありがとうございました。ご家計の状況を踏まえ、下記のとおり分割でのお支払いを"
           "ご提案いたします。", size=9.8)
    p.gap(1)
    p.line(f"１．現在のご債務額（{era(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金（年14.6%）", "ご債務額合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [40, 38, 52, 48], x=18, header=True, aligns="rrrr",
            size=10, row_h=8)
    p.line(f"（期限の利益喪失日 {jis(acc)}　最終ご入金日 {jis(lastp)}）", x=18, size=8.5)
    p.gap(2)
    p.line("２．ご提案内容", size=10.5, font="sans-bold")
    p.kv([("お支払総額", f"{settle:,}円（元金及び利息の合計）"),
          ("お支払回数", f"{n}回（毎月27日）"),
          ("初回お支払額", f"{first:,}円（{jis(D(2026, 3, 27))}）"),
          ("2回目以降", f"{rest:,}円×{n - 1}回（最終回 {jis(D(2029, 2, 27))}）"),
          ("遅延損害金", f"上記ご提案どおりお支払いいただいた場合、{L:,}円及び今後発生する損害金は免除いたします。")],
         x=22, label_w=34, size=9.6)
    p.para(f"※お支払いが2回分（{rest * 2:,}円）以上遅れた場合は、分割のお約束はなくなり、ご債務額全額を一括でお支払い"
           "いただくことになります。", size=8.8, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 170, 15, 1.2))
    p.at(23, y + 9.5, "ご回答期限", size=12, font="sans-bold")
    p.at(56, y + 9.8, f"{era(reply)}（{wd(reply)}）必着", size=13, font="sans-bold")
    p.y = y + 19
    p.para("ご提案にご同意いただける場合は、2枚目の「分割弁済申込書」にご記入のうえ、上記期限までにFAX又は郵送でご返送"
           "ください。期限までにご回答がない場合は、本ご提案はなかったものとさせていただきます。", size=9.6)
    p.gap(4)
    for s, sz, f in (("SMBC債権回収株式会社　西日本債権管理部", 10, "sans-bold"),
                     ("〒900-0000　沖縄県那覇市若狭野二丁目8番7号", 8.5, "sans"),
                     ("TEL 0120-000-410（平日9:00～17:40）　FAX 098-000-4101", 9.5, "sans")):
        p.line(s, x=82, size=sz, font=f)
    q = Page(font="sans", size=10, top=18)
    q.at(196, 17, "2/2", size=9, align="r")
    q.title("分割弁済申込書", size=15)
    q.line("SMBC債権回収株式会社　御中", size=10.5)
    q.gap(2)
    q.para("私は、貴社からご提案のあった下記の内容により分割弁済することを申し込みます。", size=10)
    q.gap(2)
    rows = [["お客様番号", "SM-88-20417"], ["お支払総額", f"{settle:,}円"], ["お支払回数", f"{n}回"],
            ["初回", f"{first:,}円（{jis(D(2026, 3, 27))}）"], ["2回目以降", f"{rest:,}円（毎月27日）"],
            ["ご記入日", "令和　　年　　月　　日"], ["ご住所", ""], ["ご署名", "　　　　　　　　　　　　　　　　　印"],
            ["日中のご連絡先", ""]]
    q.table(rows, [44, 126], x=20, aligns="ll", size=10, row_h=10, shade_col0=True)
    q.gap(4)
    q.para("※ご返送先　FAX 098-000-4101 又は上記住所（西日本債権管理部）　※ご回答期限を過ぎた場合はお電話ください。",
           size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-410", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社アルテミスカード", debtor="照喜名隆", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SM-88-20417", input_kind="fax_tiff",
               template="proxy95_servicer_instalment_proposal_fax_two_page", received=issued)
    return dict(stem="cz11", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:08 SMBC SAIKEN NISHI 098-000-4101",
                about="settlement_proposal (real servicer, 36 instalments, 2-page fax)",
                unusual="2-page G4 fax with a one-line 送信日 (JIS R8.2.24) / 送信先 / 枚数 strip; real servicer ★ "
                        "SMBC債権回収株式会社 with 「法務大臣許可番号第10号」 on the right under the addressee; a one-row "
                        "4-column table 元金 / 利息 / 遅延損害金（年14.6%） / ご債務額合計; the 喪失 date and last payment in "
                        "JIS form in a bracket line; the plan (お支払総額 = 元金+利息 966,833, 初回 / 2回目以降 × 35, "
                        "最終回 R11.2.27, the 2-instalment threshold, the waiver of 損害金) as distractors; a heavy-framed "
                        "ご回答期限 「…（金）必着」 = payment_due; TEL and FAX on one line; p.2 分割弁済申込書 form")


# ---------------------------------------------------------------------------------------------
# cz12 consumer lender フォルテローン 催告書 (期限の利益喪失後のご請求); photo stored sideways (EXIF 6).


def cz12():
    R = 20.0
    issued, due = D(2025, 9, 12), D(2025, 9, 26)
    acc, lastp = D(2025, 8, 5), D(2025, 5, 27)
    P, I = 287_460, 6_122
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 20, era(issued), size=10.5, align="r")
    p.at(196, 26, "お客様番号：FL-0391-5527", size=9.5, align="r")
    p.y = 22
    p.line("〒590-0000", size=10)
    p.line("大阪府堺市堺区楠町通三丁目6番14号", size=10)
    p.line("儀武　誠　様", size=13.5)
    p.gap(8)
    p.line("催　告　書", size=18, font="serif-bold", align="c")
    p.line("（期限の利益喪失後のご請求）", size=10.5, align="c")
    p.gap(4)
    p.para("貴殿と当社との間の金銭消費貸借契約（ご契約日　平成31年4月16日、ご契約極度額　30万円）につきまして、"
           f"{era(lastp)}のご入金を最後にご返済がなく、再三のご請求にもかかわらずお支払いいただけなかったため、"
           f"貴殿は{era(acc)}をもって期限の利益を喪失されました。")
    p.para(f"つきましては、下記ご請求額を{era(due)}（{wd(due)}）までに一括してお支払いくださいますよう、本書をもって"
           "催告いたします。")
    p.para("上記期日までにお支払い又はご連絡がない場合は、やむを得ず法的手続き（支払督促の申立て等）に移行いたします。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    for lab, val in (("残元金", f"{P:,}円"), ("利息（期限の利益喪失日まで）", f"{I:,}円"),
                     (f"損害金（{jis(acc + timedelta(1))}～{jis(issued)}・年20.0%）", f"{L:,}円")):
        b = p.line(f"{lab}：", x=34, size=10.5)
        p.at(176, b, val, size=10.5, align="r")
    p.add(Line(34, p.y, 176, p.y, 0.5))
    p.gap(1.5)
    b = p.line("ご請求額：", x=34, size=12, font="serif-bold")
    p.at(176, b, f"{T:,}円", size=13, font="serif-bold", align="r")
    p.gap(2)
    b = p.line("お支払期日：", x=34, size=11, font="serif-bold")
    p.at(176, b, f"{era(due)}（{wd(due)}）", size=11.5, font="serif-bold", align="r")
    p.gap(4)
    p.line("お振込先", size=10.5, font="serif-bold")
    p.para("青楓銀行　堺東支店　当座預金　0155270　カ）フォルテローン", size=10, indent="")
    p.para("※お振込手数料はお客様のご負担となります。※お振込人名の前にお客様番号の数字（03915527）をご入力ください。",
           size=9, indent="")
    p.gap(3)
    p.para("ご返済方法についてご相談がございましたら、お支払期日までに下記担当者までご連絡ください。本書と行き違いにご入金"
           "いただいている場合は、失礼をお詫び申し上げます。", size=10)
    p.gap(6)
    for s, sz, f in (("株式会社フォルテローン　債権管理課", 11, "serif-bold"),
                     ("〒530-0000　大阪府大阪市北区鴨川端二丁目7番1号", 9, "serif"),
                     ("電話　06-000-3915（受付時間　平日9:30～18:00）", 10, "serif"),
                     ("担当　野国", 10, "serif"),
                     ("貸金業登録番号　近畿財務局長(3)第01388号", 8.5, "serif"),
                     ("日本貸金業協会会員　第005512号", 8.5, "serif")):
        p.line(s, x=96, size=sz, font=f)
    p.seal(186, p.y - 24, 13, "square", "フォルテローン之印", angle=-2, seed=95121)
    tr = truth(document_type="collection_notice", sender="株式会社フォルテローン", phone="06-000-3915",
               creditor="株式会社フォルテローン", status="not_applicable", debtor="儀武誠", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="FL-0391-5527", input_kind="photo_exif_rotated",
               template="proxy95_consumer_lender_demand_colon_lines_rotated", received=D(2025, 9, 16))
    return dict(stem="cz12", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=2.2, creases=2, shadow=0.2, shadow_side="right", fill=0.85,
                          warm=0.25),
                about="collection_notice (consumer lender 催告書 after acceleration)",
                unusual="phone photo on wood stored sideways with EXIF orientation 6, creases and a hand shadow; a "
                        "consumer lender's serif 催告書 with the subtitle （期限の利益喪失後のご請求）; the contract date "
                        "平成31年4月16日 and 極度額 30万円 in the prose; amounts as 「label：」 lines with right-aligned figures "
                        "(残元金 / 利息（期限の利益喪失日まで） / 損害金 with a JIS-dated window R7.8.6～R7.9.12 / ご請求額); a "
                        "separate お支払期日： line; お客様番号： with a colon top-right and its digits 03915527 as a "
                        "transfer code; 貸金業登録番号 and 日本貸金業協会会員 number (not licence numbers)")


# ---------------------------------------------------------------------------------------------
# cz13 蘇武法律事務所 縦書き 御通知 for an auto-loan 信販 company; digital; absolute deadline.


def cz13():
    R = 14.6
    issued, due = D(2026, 4, 10), D(2026, 4, 24)
    acc, lastp = D(2025, 12, 1), D(2025, 9, 27)
    P = 1_436_800
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    cols = [
        ("title", "御通知"),
        ("body", "冠省　当職は、ベルガモット信販株式会社（以下「通知人」といいます。）から依頼を受けた代理人として、貴殿に"
                 "対し、次のとおり通知いたします。"),
        ("body", "貴殿は、令和五年二月十四日、通知人との間で自動車購入代金の立替払契約（オートローン）を締結されましたが、"
                 f"{kdate(lastp)}のお支払いを最後にその後の分割金のお支払いを怠り、通知人からの催告にもかかわらずお支払いが"
                 f"なかったため、{kdate(acc)}の経過をもって期限の利益を喪失されました。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、左記口座にお振込みのうえお支払いください。"),
        ("body", "右期限までにお支払い又は当職へのご連絡がない場合には、通知人において所有権留保に基づく車両の引揚げ及び"
                 "訴訟の提起等の法的手続を執ることになりますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　立替金残金　　{kyen(P)}"),
        ("indent", f"二　遅延損害金　　{kyen(L)}"),
        ("plain", "　　（令和七年十二月二日から本書作成日まで年十四・六パーセントの割合による）"),
        ("indent", f"三　合計　　　　　{kyen(T)}"),
        ("indent", "振込先　紫竹銀行　天神南支店　普通預金"),
        ("plain", "　　　　口座番号　三〇四一一七五"),
        ("plain", "　　　　口座名義　弁護士蘇武康之預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "福岡市中央区千草台二丁目一番十一号"),
        ("low", "千草台第二ビル四階　蘇武法律事務所"),
        ("low", "通知人代理人　弁護士　蘇武　康之"),
        ("low", "電話　〇九二（〇〇〇）七二一五"),
        ("low", "当事務所受付番号　ＢＧ－２６０４１"),
        ("blank", ""),
        ("low", "福岡県春日市燕町五丁目十八番三号"),
        ("low", "桑江　美穂　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.7, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 95131))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "蘇武　康之" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 8, "square", "弁護士蘇武康之印", angle=2,
                         seed=95132))
    tr = truth(document_type="collection_notice", sender="蘇武法律事務所", phone="092-000-7215",
               creditor="ベルガモット信販株式会社", status="not_applicable", debtor="桑江美穂", total=T, principal=P,
               interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="BG-26041", input_kind="vertical_pdf",
               template="proxy95_vertical_lawyer_auto_loan_absolute_deadline", received=D(2026, 4, 13))
    return dict(stem="cz13", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (law office for an auto-loan 信販 company, 縦書き 内容証明)",
                unusual="digital 縦書き 御通知 (冠省 … 草々) of a one-lawyer office with the 内容証明 stamp; creditor = the "
                        "client ベルガモット信販 (the letter's sender is the firm); an auto loan with a 所有権留保 / 車両の引揚げ "
                        "threat; 令和五年 contract date; positional kanji amounts (立替金残金 / 遅延損害金 / 合計; no interest); "
                        "the rate as 「年十四・六パーセント」; an ABSOLUTE deadline 「令和八年四月二十四日限り」; the 預り金口 "
                        "account number in kanji digits as a distractor; phone in kanji digits; full-width "
                        "当事務所受付番号 ＢＧ－２６０４１")


# ---------------------------------------------------------------------------------------------
# cz14 SCAM: a fake servicer's 民事訴訟手続開始予告通知書 with a fake licence number; scanned.


def cz14():
    issued, due = D(2026, 9, 29), D(2026, 10, 2)
    T = 186_400
    p = Page(font="sans", size=10.5, top=16)
    p.at(196, 19, f"通知日　{era(issued)}", size=10, align="r")
    p.at(196, 24.5, "管理番号　ち－２０４７", size=10, align="r")
    p.y = 20
    p.line("平敷　京子　様", size=13.5)
    p.gap(6)
    stamp(p, 15, p.y, "最重要", size=12, fill=RED)
    stamp(p, 42, p.y, "本人限定", size=12)
    p.y += 14
    p.title("民事訴訟手続開始予告通知書", size=17, color=RED)
    p.para("この度、貴殿がご利用になられた有料動画配信サイトの未納料金につきまして、契約会社より債権譲渡を受けた当社が"
           "管理を行っております。再三のご連絡にもかかわらずお支払いの確認が取れないため、契約会社は民事訴訟の手続きに"
           "入る準備を進めております。", size=10.2)
    p.para("訴訟となった場合、給与・預貯金・不動産等の差し押さえが執行されることとなり、勤務先やご家族にも知られる"
           "ことになります。", size=10.2)
    p.para("本通知が最終のご連絡となります。訴訟の取下げ及び示談をご希望の方は、下記期限までに至急当社までご連絡の上、"
           "下記請求額をお支払いください。", size=10.2)
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 30, 1.0, RED))
    p.at(32, y + 9, "請求総額", size=12, font="sans-bold")
    p.at(178, y + 9.5, f"¥{T:,}", size=17, font="sans-bold", align="r", color=RED)
    p.add(Line(30, y + 14, 180, y + 14, 0.3))
    p.at(32, y + 22, "お支払期限", size=12, font="sans-bold")
    p.at(178, y + 22.5, f"令和8年10月2日（{wd(due)}）午後3時まで", size=13, font="sans-bold", align="r")
    p.y = y + 36
    p.line("お支払い方法", size=10.5, font="sans-bold")
    p.para("担当者へお電話いただいた上で、指定する口座（個人名義）へお振込みいただくか、コンビニエンスストアで電子マネー"
           "をご購入いただき、カード番号を担当者へお伝えください。", size=10)
    p.gap(2)
    p.para("※弁護士・消費生活センター等への相談は、手続き上の不利益となる場合がございますのでお控えください。", size=9.5,
           indent="")
    p.para("※土日祝日も受付しております（9:00～20:00）。", size=9.5, indent="")
    p.gap(8)
    y = p.y
    p.add(Box(60, y, 136, 36, 0.4))
    for i, (s, sz, f) in enumerate((("株式会社中央債権管理センター", 13, "sans-bold"),
                                    ("法務省認可　債権回収業者", 9.5, "sans"),
                                    ("法務大臣許可番号　第419号", 9.5, "sans"),
                                    ("東京都千代田区霞が関一丁目（債権管理合同ビル内）", 9, "sans"),
                                    ("お問い合わせ　担当直通　090-0000-3318", 11, "sans-bold"))):
        p.at(65, y + 7 + i * 6.5, s, size=sz, font=f)
    tr = truth(document_type="other", sender="株式会社中央債権管理センター", license_number=419,
               phone="090-0000-3318", creditor=None, status="not_licensed", original=None, debtor="平敷京子",
               total=T, lump=False, issued=issued, payment_due=due, reference="ち-2047", is_scam=True,
               input_kind="scan_png", template="proxy95_scam_fake_servicer_lawsuit_warning", received=None)
    return dict(stem="cz14", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="other (架空請求: fake servicer with a fake licence)",
                unusual="架空請求 letter, scanned: 「株式会社中央債権管理センター」 calls itself 「法務省認可　債権回収業者」 with a "
                        "FAKE 「法務大臣許可番号　第419号」 and an address 「霞が関一丁目（債権管理合同ビル内）」 without a number; "
                        "filled red 最重要 and framed 本人限定 stamps; red title 民事訴訟手続開始予告通知書; 有料動画配信サイトの"
                        "未納料金 with no creditor named; 請求総額 ¥186,400 and a 3-day お支払期限 with 「午後3時まで」 in a "
                        "red box; a personal account or electronic money; 「弁護士・消費生活センター等への相談は…お控えください」; "
                        "a 090 担当直通; hiragana 管理番号 ち－２０４７")


# ---------------------------------------------------------------------------------------------
# cz15 アルファ債権回収 (real) 最終催告書 printing a WRONG licence number (第110号, registry 101); phone photo.


def cz15():
    R = 14.6
    issued, due = D(2026, 7, 15), D(2026, 7, 31)
    acc, lastp, assign = D(2026, 1, 10), D(2025, 10, 27), D(2026, 5, 29)
    P, I = 1_082_350, 17_904
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "アルファ債権回収株式会社", size=12.5, font="sans-bold", color=DGREEN)
    p.at(15, 24, "法務大臣許可番号　第110号", size=8.5, color=DGREEN)
    p.at(196, 19, f"{era(issued)}", size=10, align="r")
    p.at(196, 24.5, "管理番号　AL-2607-11842", size=9.5, align="r")
    p.y = 32
    p.line("〒981-0000　宮城県仙台市青葉区栗生台四丁目2番26号", size=9.8)
    p.line("幸地　大輔　様", size=13.5)
    p.gap(5)
    p.title("最 終 催 告 書", size=18, color=RED)
    p.para(f"貴殿が株式会社ホライズン信販との間で締結されたオートローン契約に基づく債権は、{era(assign)}付で当社が譲り受け"
           "ました。当社はこれまで文書及びお電話により再三お支払いをお願いしてまいりましたが、現在に至るまでお支払いも"
           "ご連絡もいただいておりません。", size=9.8)
    p.para("貴殿は既に期限の利益を喪失されておりますので、本書をもって最終のご請求といたします。", size=9.8)
    p.gap(1)
    b = p.line("", size=11)
    p.at(105.5, b, f"{era(due)}（{wd(due)}）午後3時までに、下記お支払総額を一括してお支払いください。", size=11,
         font="sans-bold", align="c", color=RED)
    p.gap(3)
    p.table([["内　訳", "金額（円）"],
             ["債権元本", f"{P:,}"],
             ["未収利息", f"{I:,}"],
             [f"遅延損害金（{era(acc + timedelta(1))}～{era(issued)}　年14.6%）", f"{L:,}"],
             ["お支払総額", f"{T:,}"]], [122, 48], x=20, header=True, aligns="lr", size=10, row_h=8)
    p.gap(3)
    p.kv([("原債権者", "株式会社ホライズン信販（オートローン　令和3年9月契約、当初立替額 2,160,000円）"),
          ("期限の利益喪失日", era(acc)), ("最終ご入金日", era(lastp)),
          ("お振込先", "桂坂銀行　本店　普通預金　1184207　アルフアサイケンカイシユウ（カ")], x=20, label_w=36,
         size=9.3)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 24, 0.6, RED))
    p.at(24, y + 6.5, "お支払期限を過ぎた場合", size=10, font="sans-bold", color=RED)
    for i, s in enumerate(["当社は、貴殿に対し訴訟提起等の法的手続きに移行いたします。その場合、判決等に基づき",
                           "給与・預金等の差押えに至ることがあります。ご事情のある方は期限までに必ずご連絡ください。"]):
        p.at(24, y + 13 + i * 5.2, s, size=9.2)
    p.y = y + 30
    for s, sz, f in (("アルファ債権回収株式会社　仙台営業所", 10.5, "sans-bold"),
                     ("〒980-0000　宮城県仙台市青葉区雁ヶ原二丁目4番15号", 8.5, "sans"),
                     ("TEL 022-000-1011（平日9:00～18:00）", 10, "sans")):
        p.line(s, x=100, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=110,
               phone="022-000-1011", creditor="アルファ債権回収株式会社", status="license_mismatch",
               original="株式会社ホライズン信販", debtor="幸地大輔", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AL-2607-11842", input_kind="photo_jpeg",
               template="proxy95_servicer_final_demand_wrong_licence_photo", received=D(2026, 7, 17))
    return dict(stem="cz15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=2.4, creases=2, shadow=0.22, shadow_side="top-left",
                          fill=0.84, warm=0.2),
                about="collection_notice (real servicer 最終催告書, wrong licence number printed)",
                unusual="phone photo on tatami, steep keystone, creases and a hand shadow in the top-left corner; real "
                        "servicer ★ アルファ債権回収株式会社 printing 「法務大臣許可番号　第110号」 (the registry says 101 → "
                        "license_mismatch); spaced red title 最 終 催 告 書; the deadline as a centred red sentence "
                        "「令和8年7月31日（金）午後3時までに…」 above the table; a 内訳 / 金額（円） table 債権元本 / 未収利息 / "
                        "遅延損害金 (era window) / お支払総額; 原債権者 line with 令和3年 and 当初立替額 2,160,000円 "
                        "(distractors); a red-framed warning box")


# ---------------------------------------------------------------------------------------------
# cz16 きらめきクレジット 期限の利益喪失通知書兼ご請求書; the deadline as the last row of the table; scanned PDF.


def cz16():
    R = 14.6
    issued, due = D(2026, 2, 3), D(2026, 2, 17)
    acc, lastp, warn = D(2026, 1, 26), D(2025, 10, 27), D(2026, 1, 9)
    P, I = 538_210, 14_955
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 12, color=None, fill=PLUM))
    p.at(15, 8.3, "きらめきクレジット", size=13, font="sans-bold", color=WHITE)
    p.at(196, 8.3, "KIRAMEKI CREDIT", size=8, align="r", color=WHITE)
    p.at(196, 20, era(issued), size=10, align="r")
    p.at(196, 25.5, "お客様番号　KR-0742-19930", size=9.5, align="r")
    p.at(196, 31, "カード番号　4539-＊＊＊＊-＊＊＊＊-2217", size=8.5, align="r")
    p.y = 21
    p.line("〒730-0000", size=10)
    p.line("広島県広島市中区梨ノ木二丁目6番20号", size=10)
    p.line("廣長　亮太　様", size=13.5)
    p.gap(8)
    p.title("期限の利益喪失通知書　兼　ご請求書", size=15)
    p.para(f"当社は、{era(warn)}付「ご入金のお願い（催告書）」により、延滞となっているご利用代金を{era(acc)}までに"
           "お支払いいただくようお願いいたしましたが、同日までにお支払いを確認できませんでした。", size=9.8)
    p.para(f"このため、会員規約第22条第2項に基づき、{era(acc)}の経過をもって、お客様は当社に対する一切の債務について期限の"
           "利益を喪失されましたので、ご通知いたします。つきましては、下記ご請求金額を一括してお支払いください。", size=9.8)
    p.gap(1)
    p.line("記", align="c")
    p.table([["ご利用残高（元金）", f"{P:,}円"],
             ["未払手数料・利息", f"{I:,}円"],
             [f"遅延損害金（{jis(acc + timedelta(1))}～{jis(issued)}・年14.6%）", f"{L:,}円"],
             ["ご請求金額合計", f"{T:,}円"],
             ["お支払期日", f"{era(due)}（{wd(due)}）"]], [108, 62], x=20, aligns="lr", size=10.5, row_h=8.8,
            shade_col0=True)
    p.line(f"（最終ご入金日　{era(lastp)}）", x=20, size=9)
    p.gap(2)
    p.para("お支払方法　下記口座へのお振込み、又は同封の払込票によりコンビニエンスストアでお支払いください。", size=9.5,
           indent="")
    p.para("お振込先　　白楊信託銀行　本店営業部　普通預金　7421993　キラメキクレジツト（カ", size=9.5, indent="")
    p.gap(2)
    p.para("※遅延損害金は、ご利用残高（元金）に対し完済の日まで年14.6%の割合で発生いたします。", size=8.8, indent="")
    p.para("※お支払期日までにお支払いがない場合、信用情報機関への登録のほか、債権回収会社への債権譲渡又は法的手続きを行う"
           "ことがございます。", size=8.8, indent="")
    p.para("※ショッピング・キャッシングのご利用枠（合計 800,000円）は停止しております。", size=8.8, indent="")
    p.gap(6)
    for s, sz, f in (("きらめきクレジット株式会社　債権管理センター", 10.5, "sans-bold"),
                     ("〒732-0000　広島県広島市南区萩ノ原一丁目4番12号", 8.5, "sans"),
                     ("お問合せ先　082-000-7422（平日10:00～18:00）", 10, "sans"),
                     ("貸金業登録番号　中国財務局長(5)第00214号", 8.3, "sans")):
        p.line(s, x=98, size=sz, font=f)
    tr = truth(document_type="acceleration_notice", sender="きらめきクレジット株式会社", phone="082-000-7422",
               creditor="きらめきクレジット株式会社", status="not_applicable", debtor="廣長亮太", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="KR-0742-19930", input_kind="pdf_scan",
               template="proxy95_card_acceleration_deadline_in_table_scan", received=D(2026, 2, 5))
    return dict(stem="cz16", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="acceleration_notice (card company 期限の利益喪失通知 with a demand)",
                unusual="one-page image PDF of a card company's 期限の利益喪失通知書 兼 ご請求書: a plum band with the brand "
                        "「きらめきクレジット」 and a Latin line, the legal name only in the sender block; 請求喪失 after an "
                        "earlier 催告書 (its date 1/9 is not the 喪失 date 1/26); a shaded-label table whose LAST ROW is the "
                        "お支払期日 (ご利用残高（元金） / 未払手数料・利息 / 遅延損害金 with a JIS-dated window / ご請求金額合計 / "
                        "お支払期日); the last payment in a bracket line under the table; a masked カード番号, the ご利用枠 "
                        "800,000円 and the 貸金業登録番号 as distractors")


LETTERS = [cz09, cz10, cz11, cz12, cz13, cz14, cz15, cz16]
