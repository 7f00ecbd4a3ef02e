"""Proxy-2 letters k01–k08 (horizontal: servicer, guarantee association, bank, courts, settlement, law office)."""

from __future__ import annotations

from datetime import date as D

from common import late, truth

from samples.letters.fmt import fullwidth
from samples.letters.layout import GRAY, Page

fw = fullwidth


# ---------------------------------------------------------------------------------------------
# k01 licensed servicer アウロラ債権回収 (第76号): remainder after 任意売却, ISO dates 2025-11-21,
#     labels 元本残高 / 経過利息 / 既発生遅延損害金 / 手数料等 / ご請求金額合計 / 期限の利益喪失年月日 /
#     最終返済日 / お客さま番号, sale proceeds that are not the claim, sender block at the BOTTOM.


def k01():
    P, INT, R, C = 4_186_520, 62_318, 14.0, 3_300
    L = late(P, R, D(2025, 8, 30), D(2025, 11, 20))
    T = P + INT + L + C
    p = Page(font="sans", size=10)
    p.line("発行日：2025-11-21", align="r", size=9.5)
    p.gap(1)
    p.line("〒187-0000　東京都小平市けやき野九丁目9番9号")
    p.line("新井　智也　様", size=13)
    p.gap(1)
    p.line("お客さま番号：AU-5513-0428", align="r", size=9.5)
    p.line("ご融資番号：TB-2006-118833", align="r", size=8.5, color=GRAY)
    p.title("任意売却後の残債務に関するご請求書", size=15.5)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。")
    p.para("当社が株式会社たちばな銀行から譲り受けました貴殿の住宅ローン債権につきましては、担保不動産の任意売却"
           "（決済日 2025-08-29）により、売却代金の一部を弁済に充当させていただきました。しかしながら、充当後もなお"
           "下記のとおり債務が残存しております。")
    p.para("貴殿は既に期限の利益を喪失されておりますので、下記ご請求金額合計を、お支払期限までに一括にてお支払い"
           "くださいますようお願い申し上げます。なお、一括でのお支払いが難しい場合には、お支払期限までに必ず担当者まで"
           "ご相談ください。")
    p.line("敬具", align="r")
    p.gap(1)
    p.line("◆ご契約の状況", font="sans-bold")
    p.kv([("原債権者", "株式会社たちばな銀行（住宅ローン）"),
          ("債権譲受日", "2024-09-30"),
          ("最終返済日", "2023-12-27"),
          ("期限の利益喪失年月日", "2024-03-05"),
          ("任意売却 決済日", "2025-08-29"),
          ("売却代金充当額", "18,400,000円（充当済み）")], x=26, label_w=44, sep="：", size=9.5)
    p.gap(3)
    p.line("◆ご請求明細（2025-11-20現在）", font="sans-bold")
    p.table([["項　目", "金　額", "備　考"],
             ["元本残高", f"{P:,}円", "売却代金充当後"],
             ["経過利息", f"{INT:,}円", "約定利息（未払分）"],
             ["既発生遅延損害金", f"{L:,}円", "2025-08-30～2025-11-20"],
             ["手数料等", f"{C:,}円", "※1"],
             ["ご請求金額合計", f"{T:,}円", ""]],
            [48, 40, 58], x=26, header=True, aligns="lrl", size=10)
    p.gap(1)
    p.line("※1 手数料等は、抵当権抹消登記に係る当社立替費用です。", x=26, size=8.5)
    p.line("※遅延損害金利率：元本残高に対し年14.0%（年365日の日割計算）。2025-11-21以降も完済まで発生します。", x=26,
           size=8.5)
    p.gap(3)
    p.kv([("お支払期限", "2025-12-12（金）"),
          ("お振込先", "あまぎ中央銀行　虎ノ門支店　普通預金　0007612"),
          ("口座名義", "アウロラサイケンカイシュウ（カ")], x=26, label_w=30, sep="：", size=10)
    p.gap(2)
    p.line("※本書と行き違いにお支払いいただいた場合は、悪しからずご容赦ください。", size=8.5)
    p.line("※お問い合わせの際は、お客さま番号をお知らせください。", size=8.5)
    # sender at the bottom of the page, full width
    p.y = 246
    p.rule(width=0.5)
    p.gap(3)
    y0 = p.y
    p.line("アウロラ債権回収株式会社", x=22, size=12.5, font="sans-bold")
    p.line("法務大臣許可番号　第76号", x=22, size=9)
    p.line("〒105-0000　東京都港区あたご九丁目9番9号", x=22, size=9)
    p.y = y0 + 1
    p.line("業務部　債権管理グループ　担当：佐久間", x=118, size=9)
    p.line("お問い合わせ TEL 03-0000-7676", x=118, size=9.5, font="sans-bold")
    p.line("FAX 03-0000-7677", x=118, size=9)
    p.line("受付時間　平日 9:00～17:30", x=118, size=9)
    p.seal(100, y0 + 8, 15, "square", "債権回収之印", angle=-4, seed=2101)
    tr = truth(document_type="collection_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="03-0000-7676", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社たちばな銀行", debtor="新井智也", total=T, principal=P, interest=INT,
               late_damages=L, costs=C, rate=R, lump=True, issued=D(2025, 11, 21), payment_due=D(2025, 12, 12),
               acceleration=D(2024, 3, 5), last_payment=D(2023, 12, 27), assignment=D(2024, 9, 30),
               reference="AU-5513-0428", input_kind="pdf_text", template="proxy2_voluntary_sale_iso",
               received=D(2025, 11, 25))
    return dict(stem="k01_servicer_voluntary_sale_iso_pdf_text", ext="pdf", kind="pdf_text", pages=[p.spec],
                truth=tr, about="collection_notice (任意売却 remainder)",
                unusual="real licensed servicer アウロラ債権回収 (第76号) ★; remainder after 任意売却 with a "
                        "売却代金充当額 18,400,000円 that is not the claim; ISO dates 2025-11-21; labels 元本残高/経過利息/"
                        "既発生遅延損害金/手数料等/ご請求金額合計/期限の利益喪失年月日/最終返済日/お客さま番号; ご融資番号 "
                        "distractor; 3-column table with 備考; sender block at the BOTTOM with TEL + FAX")


# ---------------------------------------------------------------------------------------------
# k02 信用保証協会 代位弁済 notice over two pages: 延滞金 as late damages, 求償元本, 受付番号, 平成 contract date,
#     the claim table only on page 2; addressee with 屋号 and 代表.


def k02():
    SUB_P, SUB_I, SUB_L = 2_910_000, 31_880, 22_235
    P = SUB_P + SUB_I + SUB_L  # 求償元本 = 代位弁済金額
    R = 14.0
    L = late(P, R, D(2025, 9, 27), D(2025, 11, 14))
    T = P + L
    p = Page(font="serif", size=10.5)
    p.line("令和7年11月17日", align="r")
    p.line("受付番号　HK-07-03391", align="r", size=9.5)
    p.gap(2)
    top = p.y
    p.line("〒950-0000")
    p.line("新潟県新潟市中央区しらさぎ町九丁目9番9号")
    p.line("こばやし工務店")
    p.line("代表　小林　恭平　様", size=12.5)
    yb = p.y
    p.y = top + 22
    x = 120
    p.line("北越信用保証協会", x=x, size=12.5, font="serif-bold")
    p.line("管理部　回収課", x=x, size=9.5)
    p.line("〒951-0000 新潟市中央区ほくえつ通九丁目9番地", x=x, size=8.5)
    p.line("電話（025）000-4128", x=x, size=9.5)
    p.seal(187, top + 31, 15, "square", "北越信用保証協会印", angle=3, seed=2201)
    p.y = max(p.y, yb) + 6
    p.title("代位弁済のお知らせ及び求償権行使についてのご通知", size=13.5)
    p.para("拝啓　時下ますますご清栄のこととお慶び申し上げます。")
    p.para("さて、貴殿が株式会社しおさい銀行から借り入れられました事業資金（証書貸付）につきましては、当協会が信用保証を"
           "いたしておりましたが、貴殿は令和7年4月30日のご返済を最後にその後のご返済を怠られ、令和7年7月10日をもって"
           "期限の利益を喪失されました。")
    p.para("このため、当協会は、同行からの保証債務履行請求に基づき、令和7年9月26日、同行に対し下記のとおり代位弁済を"
           "いたしました。これにより、当協会は貴殿に対し、代位弁済金額及びこれに対する延滞金の求償権を取得いたしました"
           "ので、ご通知申し上げます。")
    p.para("つきましては、別紙「求償債権明細書」記載の請求額計を、お支払期日までに一括してお支払いくださいますよう"
           "お願い申し上げます。ご返済方法についてご相談がおありの場合は、お支払期日までに回収課までご連絡ください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.kv([("金融機関", "株式会社しおさい銀行　ときわ支店"),
          ("保証番号", "第2018-00731号"),
          ("保証契約日", "平成30年6月1日"),
          ("最終返済日", "令和7年4月30日"),
          ("期限の利益喪失年月日", "令和7年7月10日"),
          ("代位弁済日", "令和7年9月26日"),
          ("代位弁済金額", f"金{P:,}円"),
          ("（内訳）", f"元金 {SUB_P:,}円／利息 {SUB_I:,}円／遅延損害金 {SUB_L:,}円")], x=28, label_w=46, sep="")
    p.line("以上", align="r")
    p.y = 285
    p.line("1 / 2", align="c", size=9, color=GRAY)

    q = Page(font="serif", size=10.5)
    q.line("別紙", size=10)
    q.title("求償債権明細書", size=15)
    q.line("債務者　小林　恭平　様　　　　受付番号　HK-07-03391", x=25)
    q.line("（令和7年11月14日現在）", align="r", size=9.5)
    q.gap(2)
    q.table([["項　目", "金　額", "摘　要"],
             ["求償元本", f"{P:,}円", "令和7年9月26日 代位弁済金額"],
             ["延滞金", f"{L:,}円", "令和7年9月27日～令和7年11月14日（年14.0%）"],
             ["請求額計", f"{T:,}円", ""]],
            [40, 40, 85], x=22, header=True, aligns="lrl", font="serif", size=10)
    q.gap(2)
    q.para("※延滞金は、求償元本に対し代位弁済日の翌日から年14.0%（年365日の日割計算）の割合により計算しております。"
           "令和7年11月15日以降も、完済の日まで同率の延滞金が加算されます。", x0=22, size=9, indent="")
    q.gap(4)
    q.table([["お支払期日", "令和7年12月5日（金）"],
             ["お振込先", "株式会社しおさい銀行　本店営業部　普通　0031128"],
             ["口座名義", "ホクエツシンヨウホショウキョウカイ"],
             ["お問合せ先", "管理部　回収課　電話（025）000-4128　（平日 8:30～17:15）"]],
            [38, 127], x=22, aligns="ll", shade_col0=True, font="serif", size=10)
    q.gap(4)
    q.para("※お振込みの際は、ご依頼人名の前に受付番号の下5桁（03391）をご入力ください。", x0=22, size=9, indent="")
    q.para("※本明細書と行き違いにお支払いいただいた場合は、ご容赦ください。", x0=22, size=9, indent="")
    q.y = 285
    q.line("2 / 2", align="c", size=9, color=GRAY)
    tr = truth(document_type="acceleration_notice", sender="北越信用保証協会", phone="025-000-4128",
               creditor="北越信用保証協会", status="not_applicable", original="株式会社しおさい銀行",
               debtor="小林恭平", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=D(2025, 11, 17),
               payment_due=D(2025, 12, 5), acceleration=D(2025, 7, 10), last_payment=D(2025, 4, 30),
               reference="HK-07-03391", input_kind="pdf_text_2page", template="proxy2_guarantee_assoc_2p",
               received=D(2025, 11, 20))
    return dict(stem="k02_guarantee_association_subrogation_pdf_text_2page", ext="pdf", kind="pdf_text_2page",
                pages=[p.spec, q.spec], truth=tr, about="acceleration_notice (信用保証協会 代位弁済)",
                unusual="信用保証協会 代位弁済 + 求償権 notice; addressee 屋号 line + 「代表　小林　恭平　様」; "
                        "代位弁済金額 breakdown (元金/利息/遅延損害金) on p.1 is history, the claim (求償元本 + 延滞金 = "
                        "請求額計) only in a 別紙 table on p.2; 延滞金 label for late damages; 受付番号; 保証番号 and "
                        "平成30年 contract date as distractors; phone 電話（025）000-4128")


# ---------------------------------------------------------------------------------------------
# k03 bank 債権譲渡のご通知 to a servicer (あおぞら債権回収, named without licence number): bank letterhead at the
#     TOP RIGHT; the servicer's own phone as a distractor; 損害金 label; only informs.


def k03():
    P, INT, R = 684_200, 9_731, 14.5
    L = late(P, R, D(2025, 7, 28), D(2025, 10, 31))
    T = P + INT + L
    p = Page(font="sans", size=10.5)
    x = 122
    p.line("株式会社ことのは銀行", x=x, size=13, font="sans-bold")
    p.line("融資管理部　債権管理グループ", x=x, size=9)
    p.line("〒810-0000 福岡市中央区ことのは通九丁目9番9号", x=x, size=8.5)
    p.line("TEL：092-000-1187（平日9:00～17:00）", x=x, size=9)
    p.seal(190, 26, 14, "square", "ことのは銀行之印", angle=2, seed=2301)
    p.gap(2)
    p.line("令和7年11月5日", align="r")
    p.gap(2)
    p.line("〒811-0000　福岡県糸島市はまゆう台九丁目9番9号")
    p.line("井上　雅人　様", size=13)
    p.line("顧客番号：0228930", size=9.5)
    p.title("債権譲渡のご通知", size=16)
    p.para("平素は当行をご利用いただき、誠にありがとうございます。")
    p.para("さて、当行は、貴殿との間のカードローン契約に基づき貴殿に対して有する下記の債権（元金、利息、損害金その他"
           "付随する一切の権利を含みます。）を、令和7年10月31日付で、あおぞら債権回収株式会社（以下「譲受人」と"
           "いいます。）に譲渡いたしましたので、民法第467条の規定に基づき、本書をもってご通知申し上げます。")
    p.para("つきましては、今後の本件債権に関するお支払い及びお問い合わせは、すべて譲受人宛にお願いいたします。"
           "ご返済方法等につきましては、後日、譲受人からご案内がございます。なお、当行の口座へのお振込み・口座振替は"
           "お受けできなくなりますので、ご注意ください。")
    p.line("記", align="c")
    p.table([["契約の種類", "カードローン（ことのはカードローン「みらい」）"],
             ["ご契約日", "平成29年3月14日"],
             ["ローン口座番号", "471-5502183"],
             ["最終ご返済日", "令和7年5月26日"],
             ["期限の利益喪失日", "令和7年7月27日"],
             ["譲渡日", "令和7年10月31日"]], [42, 118], x=25, aligns="ll", shade_col0=True, size=9.5)
    p.gap(3)
    p.line("譲渡債権額（令和7年10月31日現在）", x=25, font="sans-bold", size=10)
    p.table([["元　金", "利　息", "損害金（年14.5%）", "合　計"],
             [f"金{P:,}円", f"金{INT:,}円", f"金{L:,}円", f"金{T:,}円"]],
            [38, 36, 46, 40], x=25, header=True, aligns="rrrr", size=9.5)
    p.line("※損害金は令和7年7月28日から令和7年10月31日までの日割計算（年365日）です。", x=25, size=8.5)
    p.gap(3)
    p.box(25, p.y, 160, 25, width=0.3)
    p.gap(2)
    p.line("【譲受人】", x=29, size=9.5, font="sans-bold")
    p.line("あおぞら債権回収株式会社", x=29, size=10.5, font="sans-bold")
    p.line("〒102-0000　東京都千代田区こうじまち九丁目9番9号", x=29, size=9)
    p.line("ご返済相談窓口　電話 03-0000-2915（平日 9:30～17:30）", x=29, size=9)
    p.gap(4)
    p.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender="株式会社ことのは銀行", phone="092-000-1187",
               creditor="あおぞら債権回収株式会社", status="not_applicable", original="株式会社ことのは銀行",
               debtor="井上雅人", total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=False,
               issued=D(2025, 11, 5), acceleration=D(2025, 7, 27), last_payment=D(2025, 5, 26),
               assignment=D(2025, 10, 31), reference="0228930", input_kind="pdf_text",
               template="proxy2_bank_assignment_topright", received=D(2025, 11, 7))
    return dict(stem="k03_bank_assignment_topright_pdf_text", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (bank → servicer)",
                unusual="債権譲渡のご通知 sent by the BANK alone (sender = bank, creditor = 譲受人 あおぞら債権回収 named "
                        "without licence number ★ → status not_applicable because the sender is a bank); bank letterhead "
                        "at the TOP RIGHT above the date; 譲受人's own phone in a box (not the sender phone); 顧客番号 vs "
                        "ローン口座番号; horizontal 4-column amount row with 損害金 label; only informs (lump false)")


# ---------------------------------------------------------------------------------------------
# k04 支払督促 from 広島簡易裁判所; parties on page 1, claim as a numbered prose list on page 2 (full-width);
#     creditor = servicer in the registry without a number (日本債権回収); court phone on page 2 only.


def k04():
    P, R, C = 543_210, 18.0, 5_840
    L = late(P, R, D(2025, 2, 4), D(2025, 9, 30))
    T = P + L + C
    p = Page(font="serif", size=11)
    p.gap(4)
    p.title("支　払　督　促", size=19)
    p.line("令和７年（ロ）第７３１６号　譲受債権請求督促事件", align="c", size=11)
    p.gap(5)
    y0 = p.y
    p.line("債　権　者", x=22, font="serif-bold")
    p.line("〒105-0000　東京都港区しおどめ九丁目9番9号", x=50, size=10)
    p.line("日本債権回収株式会社", x=50, size=11.5)
    p.line("代表者代表取締役　大　森　　健　一", x=50, size=10)
    p.line("（連絡先）電話 ０３－００００－５５６２　ＦＡＸ ０３－００００－５５６３", x=50, size=9.5)
    p.gap(3)
    p.line("債　務　者", x=22, font="serif-bold")
    p.line("〒730-0000　広島県広島市中区もみじ台九丁目9番9-402", x=50, size=10)
    p.line("中　川　　真　由　美", x=50, size=11.5)
    p.box(18, y0 - 2, 174, p.y - y0 + 4, width=0.3)
    p.gap(8)
    p.para("債務者は、債権者に対し、別紙請求の趣旨及び原因記載の金額を支払え。")
    p.para("債務者がこの支払督促の送達を受けた日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって"
           "仮執行の宣言をする。")
    p.gap(10)
    p.line("令和７年１１月６日", x=40)
    p.gap(3)
    p.line("広島簡易裁判所", x=100, size=12)
    p.line("裁判所書記官　　福　山　　理　恵", x=100, size=12)
    p.seal(182, p.y - 6, 14, "square", "裁判所書記官印", angle=-2, seed=2401)
    p.gap(12)
    p.line("これは正本である。", x=40)
    p.line("令和７年１１月６日　広島簡易裁判所　裁判所書記官　福　山　　理　恵", x=40, size=10)
    p.y = 285
    p.line("（１）", align="c", size=9)

    q = Page(font="serif", size=10.5)
    q.title("請求の趣旨及び原因", size=14)
    q.line("第１　請求の趣旨", font="serif-bold")
    q.para("１　金" + fw(f"{P:,}") + "円（残元金）", x0=28, indent="")
    q.para("２　金" + fw(f"{L:,}") + "円（上記残元金に対する" + fw("令和7年2月4日") + "から" + fw("令和7年9月30日")
           + "まで年" + fw("18.0") + "％の割合による確定遅延損害金）", x0=28, indent="")
    q.para("３　上記残元金に対する" + fw("令和7年10月1日") + "から完済まで年" + fw("18.0")
           + "％（年３６５日の日割計算）の割合による遅延損害金", x0=28, indent="")
    q.para("４　金" + fw(f"{C:,}") + "円（申立手続費用）", x0=28, indent="")
    q.line("（１、２及び４の合計　金" + fw(f"{T:,}") + "円）", x=40, size=10.5, font="serif-bold")
    q.gap(3)
    q.line("第２　請求の原因", font="serif-bold")
    q.para("１　株式会社もみじファイナンス（以下「原債権者」という。）は、債務者との間で、" + fw("令和2年8月19日")
           + "、極度額" + fw("700,000") + "円の金銭消費貸借契約（リボルビング方式）を締結し、債務者に対し金員を貸し付けた。",
           x0=28, indent="")
    q.para("２　債務者は、" + fw("令和6年12月2日") + "の弁済を最後にその後の弁済をせず、" + fw("令和7年2月3日")
           + "の経過により期限の利益を喪失した。遅延損害金の利率は年" + fw("18.0") + "％の約定である。", x0=28, indent="")
    q.para("３　原債権者は、" + fw("令和7年6月27日") + "、上記貸金債権を債権者に譲渡し、同年７月上旬、債務者に対し"
           "内容証明郵便によりその旨を通知した。", x0=28, indent="")
    q.para("４　よって、債権者は、債務者に対し、請求の趣旨記載の金員の支払を求める。", x0=28, indent="")
    q.gap(6)
    q.box(20, q.y, 170, 40, width=0.4)
    q.gap(3)
    q.line("督促異議の申立てについて", x=25, font="serif-bold", size=10.5)
    q.para("この支払督促に異議があるときは、送達を受けた日から２週間以内に、同封の督促異議申立書に必要事項を記入し、"
           "当裁判所に提出（郵送可）してください。分割払いを希望する場合もその旨を記入できます。", x0=25, x1=185,
           size=9.5, indent="")
    q.para("問合せ先：広島簡易裁判所　民事部督促係　電話（０８２）０００－９０３４（平日午前８時３０分～午後５時）",
           x0=25, x1=185, size=9.5, indent="")
    q.y = 285
    q.line("（２）", align="c", size=9)
    tr = truth(document_type="payment_order", sender="広島簡易裁判所", phone="082-000-9034",
               creditor="日本債権回収株式会社", status="licensed", original="株式会社もみじファイナンス",
               debtor="中川真由美", total=T, principal=P, late_damages=L, costs=C, rate=R, lump=True,
               issued=D(2025, 11, 6), acceleration=D(2025, 2, 3), last_payment=D(2024, 12, 2),
               assignment=D(2025, 6, 27), reference="令和7年(ロ)第7316号", input_kind="pdf_text_2page",
               template="proxy2_payment_order_hiroshima", received=D(2025, 11, 10))
    return dict(stem="k04_payment_order_hiroshima_pdf_text_2page", ext="pdf", kind="pdf_text_2page",
                pages=[p.spec, q.spec], truth=tr, about="payment_order",
                unusual="支払督促 from 広島簡易裁判所; parties boxed on p.1 with the creditor's own 電話/FAX; creditor "
                        "日本債権回収株式会社 (in the registry, no licence number printed ★ → licensed); claim on p.2 as a "
                        "numbered prose list (金…円（残元金）/確定遅延損害金/申立手続費用) with a bracketed 合計 line; "
                        "running-rate item 3 without amount; court phone only on p.2 as （０８２）０００－９０３４; "
                        "極度額 distractor")


# ---------------------------------------------------------------------------------------------
# k05 仮執行宣言付支払督促 from 京都簡易裁判所, guarantor (求償金), spaced 金 1,234 円 amounts, 5-digit case number,
#     支払督促 date ≠ 仮執行宣言 date. Scanned.


def k05():
    P, R, C = 1_873_402, 14.0, 9_120
    L = late(P, R, D(2025, 1, 21), D(2025, 9, 30))
    T = P + L + C
    p = Page(font="serif", size=10.5)
    p.line("令和7年(ロ)第21055号　求償金請求督促事件", size=10.5)
    p.gap(2)
    p.title("仮執行宣言付支払督促", size=17)
    p.line("当事者の表示", font="serif-bold")
    p.table([["債権者", "〒604-0000 京都市中京区らくよう町九丁目9番地　らくよう保証株式会社"],
             ["", "代表者代表取締役　鴨川　誠司　（電話 075-000-6262）"],
             ["債務者", "〒612-0000 京都市伏見区うめがさき九丁目9番9号　岡本　裕子"]],
            [22, 148], x=20, aligns="ll", ruled="rows", font="serif", size=9.5)
    p.gap(3)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。")
    p.line("請求の趣旨", font="serif-bold")
    p.table([["求償元金", "金 " + f"{P:,}" + " 円"],
             ["確定遅延損害金（令和7年1月21日から令和7年9月30日まで年14%）", "金 " + f"{L:,}" + " 円"],
             ["督促手続費用", "金 " + f"{C:,}" + " 円"],
             ["合計", "金 " + f"{T:,}" + " 円"]],
            [120, 50], x=20, aligns="lr", font="serif", size=10)
    p.para("上記求償元金に対する令和7年10月1日から支払済みまで年14％（年365日日割計算）の割合による遅延損害金を"
           "あわせて支払え。", size=9.5, indent="")
    p.line("請求の原因", font="serif-bold")
    p.para("１　債務者は、平成31年3月8日、株式会社かものがわ銀行（以下「銀行」という。）から住宅関連資金を借り受け、"
           "債権者は、債務者の委託により銀行に対し同債務を連帯保証した。", size=9.5, indent="")
    p.para("２　債務者は、令和6年8月27日の弁済を最後に返済を怠り、令和6年11月27日の経過により期限の利益を喪失した。",
           size=9.5, indent="")
    p.para(f"３　債権者は、令和7年1月20日、銀行に対し、保証債務の履行として金{P:,}円を支払った。", size=9.5, indent="")
    p.gap(1)
    p.line("令和7年10月29日　京都簡易裁判所　裁判所書記官　西　陣　一　平", x=50, size=9.5)
    p.gap(2)
    p.rule(width=0.6)
    p.gap(3)
    p.line("仮 執 行 宣 言", size=12.5, font="serif-bold", align="c")
    p.para("上記支払督促に仮執行の宣言をする。債務者がこの仮執行宣言付支払督促の送達を受けた日から２週間以内に督促異議の"
           "申立てをしないときは、この支払督促は確定判決と同一の効力を有する。", size=9.5)
    p.gap(2)
    p.line("令和7年12月10日", x=35)
    p.line("京都簡易裁判所", x=110)
    p.line("裁判所書記官　西　陣　一　平", x=110)
    p.seal(185, p.y - 6, 13, "square", "裁判所書記官印", angle=3, seed=2501)
    p.gap(5)
    p.line("これは正本である。　同日同庁　裁判所書記官　西　陣　一　平", x=35, size=9.5)
    p.gap(4)
    p.line("（問合せ先）京都簡易裁判所　民事第２係（督促）　TEL 075-000-3318", x=35, size=9.5)
    tr = truth(document_type="payment_order_enforceable", sender="京都簡易裁判所", phone="075-000-3318",
               creditor="らくよう保証株式会社", status="not_applicable", original="株式会社かものがわ銀行",
               debtor="岡本裕子", total=T, principal=P, late_damages=L, costs=C, rate=R, lump=True,
               issued=D(2025, 12, 10), acceleration=D(2024, 11, 27), last_payment=D(2024, 8, 27),
               reference="令和7年(ロ)第21055号", input_kind="scan_png", template="proxy2_enforceable_kyoto",
               received=D(2025, 12, 12))
    return dict(stem="k05_enforceable_kyoto_scan_png", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="payment_order_enforceable", skew=1.4,
                unusual="仮執行宣言付支払督促 (京都簡裁, 5-digit (ロ) number) scanned; creditor = guarantee company "
                        "(求償金), bank only in 請求の原因; parties in a rows-only table with the creditor's phone; spaced "
                        "amounts 「金 1,873,402 円」; 支払督促 date 10/29 vs 仮執行宣言 date 12/10 (issued); 平成31年 contract "
                        "date; 代位弁済 date distractor")


# ---------------------------------------------------------------------------------------------
# k06 少額訴訟 (静岡簡裁, (少コ)): 呼出状 + 訴状, plaintiff = registry servicer without number (中央債権回収),
#     hearing 午後1時30分 in a table, 答弁書 deadline, 訴状 date ≠ 呼出状 date.


def k06():
    P, INT, R = 312_450, 8_113, 18.0
    L = late(P, R, D(2025, 4, 16), D(2025, 11, 10))
    T = P + INT + L
    p = Page(font="serif", size=10.5)
    p.line("事件番号　令和7年（少コ）第158号　譲受債権請求事件", size=10.5)
    p.line("原告　中央債権回収株式会社　／　被告　松井　浩二", size=10.5)
    p.gap(5)
    p.title("少額訴訟 口頭弁論期日呼出状及び答弁書催告状", size=14.5)
    p.line("被告　松井　浩二　殿", size=12)
    p.gap(1)
    p.line("令和7年12月3日", align="r")
    p.line("静岡簡易裁判所民事係", x=118)
    p.line("裁判所書記官　　杉　本　　奈　緒", x=118)
    p.seal(187, p.y - 5, 13, "square", "裁判所書記官印", seed=2601)
    p.gap(5)
    p.para("原告から少額訴訟による審理及び裁判を求める訴状が提出されました。期日に出頭してください。少額訴訟では、"
           "原則として１回の期日で審理を終え、直ちに判決が言い渡されます。")
    p.para("あなたは、最初の期日において弁論をするまでは、通常の手続により審理及び裁判をするよう求めることができます。"
           "訴状をお読みのうえ、同封の答弁書用紙により、答弁書を下記期限までに提出してください。")
    p.gap(2)
    p.table([["出頭日時", "令和8年1月21日（水）午後1時30分"],
             ["出頭場所", "静岡簡易裁判所 第2号法廷（本館2階）"],
             ["答弁書提出期限", "令和8年1月9日（金）"],
             ["持参するもの", "この呼出状、認印、証拠書類（あれば）"]],
            [45, 110], x=28, aligns="ll", shade_col0=True, font="serif", size=10.5, row_h=10)
    p.gap(5)
    p.line("（注意）", font="serif-bold", size=10)
    p.para("１　答弁書を提出せず期日に欠席すると、訴状に書かれた原告の主張を認めたものとして、原告の請求どおりの判決が"
           "されることがあります。", size=9.5, indent="")
    p.para("２　少額訴訟の判決に対しては控訴できません（判決書等の送達を受けた日から２週間以内に異議の申立てができます）。",
           size=9.5, indent="")
    p.gap(3)
    p.line("〒420-0000　静岡市葵区しずはた九丁目9番9号", size=9.5)
    p.line("静岡簡易裁判所民事係　電話 054-000-2271　FAX 054-000-2279", size=9.5)
    p.y = 285
    p.line("- 1 -", align="c", size=9)

    q = Page(font="serif", size=10.5)
    q.title("訴　　状", size=16)
    q.line("（少額訴訟による審理及び裁判を求めます。本年の利用回数　１回）", align="c", size=9.5)
    q.line("令和7年11月20日", align="r")
    q.line("静岡簡易裁判所　御中")
    q.gap(1)
    q.kv([("原　告", "〒104-0000 東京都中央区はるみ九丁目9番9号"),
          ("", "中央債権回収株式会社　代表者代表取締役　岩田　修"),
          ("", "（送達場所）同所　電話 03-0000-8140　FAX 03-0000-8141"),
          ("被　告", "〒424-0000 静岡市清水区みほのまつ九丁目9番9号　松井　浩二")], x=22, label_w=20, size=9.5)
    q.gap(2)
    q.line("請求の趣旨", font="serif-bold")
    q.para(f"被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する令和7年11月11日から支払済みまで年18％の割合による"
           "金員を支払え。との判決並びに仮執行の宣言を求める。", x0=25, indent="")
    q.line("請求金額の内訳", font="serif-bold")
    q.table([["残元金", f"{P:,}円"],
             ["未払利息", f"{INT:,}円"],
             ["遅延損害金（令和7年4月16日から令和7年11月10日まで 年18％）", f"{L:,}円"],
             ["合　計", f"{T:,}円"]], [120, 40], x=25, aligns="lr", font="serif", size=9.5, ruled="rows")
    q.gap(2)
    q.line("紛争の要点（請求の原因）", font="serif-bold")
    q.para("１　株式会社するがファイナンス（以下「原債権者」）は、令和3年10月1日、被告に対し、金500,000円を、毎月末日限り"
           "分割して返済する約定で貸し付けた。", x0=25, indent="", size=10)
    q.para("２　被告は、令和7年1月31日の返済を最後にその後の返済を怠り、令和7年4月15日の経過により期限の利益を喪失した。",
           x0=25, indent="", size=10)
    q.para("３　原債権者は、令和7年8月1日、本件貸金債権を原告に譲渡し、同月、被告に対し確定日付のある証書により"
           "その旨を通知した。", x0=25, indent="", size=10)
    q.para("４　よって、原告は、被告に対し、請求の趣旨記載の金員の支払を求める。", x0=25, indent="", size=10)
    q.gap(1)
    q.line("添付書類　甲第1号証 金銭消費貸借契約書　甲第2号証 債権譲渡通知書", size=9)
    q.y = 285
    q.line("- 2 -", align="c", size=9)
    tr = truth(document_type="lawsuit", sender="静岡簡易裁判所", phone="054-000-2271",
               creditor="中央債権回収株式会社", status="licensed", original="株式会社するがファイナンス",
               debtor="松井浩二", total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=True,
               issued=D(2025, 12, 3), acceleration=D(2025, 4, 15), last_payment=D(2025, 1, 31),
               assignment=D(2025, 8, 1), hearing=D(2026, 1, 21), reference="令和7年(少コ)第158号",
               input_kind="pdf_text_2page", template="proxy2_small_claims_shizuoka", received=D(2025, 12, 5))
    return dict(stem="k06_small_claims_shizuoka_pdf_text_2page", ext="pdf", kind="pdf_text_2page",
                pages=[p.spec, q.spec], truth=tr, about="lawsuit (少額訴訟)",
                unusual="少額訴訟 (静岡簡裁 (少コ), full-width brackets) 呼出状 + 訴状; plaintiff 中央債権回収株式会社 ★ "
                        "(registry, no number → licensed); table labels 出頭日時 (午後1時30分)/出頭場所/答弁書提出期限; "
                        "訴状 date 11/20 ≠ 呼出状 12/3; plaintiff phone+FAX on p.2; 請求の趣旨 in prose + 内訳 table with "
                        "未払利息; 紛争の要点 heading")


# ---------------------------------------------------------------------------------------------
# k07 settlement proposal from an invented servicer (許可番号：法務大臣第２２６号 → unverified), header band,
#     ￥…- amounts, ご請求総額 vs 和解金額, instalment table, ご回答期限, ご契約者番号.


def k07():
    P, INT, R = 268_900, 4_215, 14.6
    L = late(P, R, D(2023, 12, 28), D(2025, 11, 28))
    T = P + INT + L
    first, monthly, n = 12_900, 8_000, 32
    assert first + monthly * n == P
    p = Page(font="sans", size=10)
    p.line("しらなみ債権回収株式会社", x=20, size=15, font="sans-bold")
    p.at(190, 21.5, "許可番号：法務大臣第２２６号", size=8.5, align="r")
    p.at(190, 26.5, "お客様相談窓口 0120-000-862（平日10時～19時）", size=8.5, align="r")
    p.gap(1)
    p.rule(width=1.2)
    p.gap(4)
    p.line("2025年12月1日", align="r")
    p.line("〒460-0000　愛知県名古屋市中区さかえ台九丁目9番9号 サンハイツ栄 705")
    p.line("安藤　美紀　様", size=13)
    p.line("ご契約者番号　SN-330718", size=9.5)
    p.gap(1)
    p.title("ご返済プランのご案内（和解のご提案）", size=15)
    p.para("平素より格別のご高配を賜り、厚く御礼申し上げます。当社が株式会社マロニエカードから譲り受けました貴方様の"
           "カードご利用代金債権につきまして、お支払いの負担を軽減するため、下記のとおり和解によるご返済プランをご提案"
           "いたします。")
    p.gap(1)
    p.line("1. 現在のご請求額（2025年11月28日現在）", font="sans-bold")
    p.table([["元金", "利息", "遅延損害金", "ご請求総額"],
             [f"￥{P:,}-", f"￥{INT:,}-", f"￥{L:,}-", f"￥{T:,}-"]],
            [40, 38, 42, 50], x=22, header=True, aligns="rrrr", size=10)
    p.line("最終返済日 2023年10月27日／期限の利益喪失日 2023年12月27日／遅延損害金は2023年12月28日から年14.6%", x=22,
           size=8.5)
    p.gap(3)
    p.line("2. ご提案内容", font="sans-bold")
    p.kv([("和解金額", f"￥{P:,}-（元金相当額のみ）"),
          ("お支払回数", f"{n + 1}回（分割）"),
          ("免除額", f"￥{INT + L:,}-（利息・遅延損害金の全額）")], x=24, label_w=30, sep="：", size=10)
    p.gap(1)
    p.table([["回数", "お支払日", "お支払額"],
             ["第1回", "2026年1月26日", f"￥{first:,}-"],
             [f"第2回～第{n + 1}回", "毎月26日（2026年2月～2028年9月）", f"￥{monthly:,}-"],
             ["合計", "", f"￥{P:,}-"]], [38, 80, 40], x=24, header=True, aligns="llr", size=9.5)
    p.gap(2)
    p.para("※分割金の支払を2回分以上怠ったときは、当然に期限の利益を失い、ご請求総額から既払金を控除した残額及び"
           "これに対する年14.6%の遅延損害金を直ちにお支払いいただきます（免除は取り消されます）。", size=8.5, indent="")
    p.gap(2)
    p.box(20, p.y, 170, 18, width=0.5)
    p.gap(2)
    p.line("ご回答期限　2025年12月19日（金）", x=25, size=12, font="sans-bold")
    p.line("同封の「和解合意書」にご署名・ご捺印のうえ、返信用封筒にてご返送ください。", x=25, size=9)
    p.gap(5)
    p.para("ご提案内容の変更（お支払回数・月々のお支払額など）をご希望の場合も、ご回答期限までにお客様相談窓口へお電話"
           "ください。本書と行き違いにご連絡をいただいている場合はご容赦ください。", size=9)
    p.gap(2)
    p.line("〒104-0000　東京都中央区かやば町九丁目9番9号　しらなみ債権回収株式会社　回収管理部", size=8.5, color=GRAY)
    tr = truth(document_type="settlement_proposal", sender="しらなみ債権回収株式会社", license_number=226,
               phone="0120-000-862", creditor="しらなみ債権回収株式会社", status="unverified",
               original="株式会社マロニエカード", debtor="安藤美紀", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=False, issued=D(2025, 12, 1), payment_due=D(2025, 12, 19),
               acceleration=D(2023, 12, 27), last_payment=D(2023, 10, 27), reference="SN-330718",
               input_kind="pdf_text", template="proxy2_settlement_band", received=D(2025, 12, 3))
    return dict(stem="k07_settlement_instalments_pdf_text", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal",
                unusual="和解 proposal from an invented servicer printing 「許可番号：法務大臣第２２６号」 (→ unverified); "
                        "company name as a header band with a thick rule; ￥…- amounts; ご請求総額 vs 和解金額 (=元金) "
                        "and 免除額; instalment table with 2026 dates (not due dates); ご回答期限 in a box = payment_due; "
                        "ご契約者番号; last-payment/acceleration in one slash-separated footnote line")


# ---------------------------------------------------------------------------------------------
# k08 法律事務所 受任通知兼ご請求書 for a credit company: label：value block with full-width 金…円 amounts,
#     損害金額 / 約定利息 / 請求金額, 弊所整理番号 full-width, phone 03(0000)4819, phone photo.


def k08():
    P, INT, R = 456_780, 11_204, 20.0
    L = late(P, R, D(2025, 8, 5), D(2025, 12, 5))
    T = P + INT + L
    k = lambda n: fw(f"金{n:,}円")  # noqa: E731
    p = Page(font="serif", size=10.5, leading=1.65)
    p.line("令和７年１２月８日", align="r")
    p.gap(1)
    p.line("〒330-0000　埼玉県さいたま市浦和区ときわ野九丁目9番9号")
    p.line("清水　隆之　様", size=13)
    p.gap(2)
    x = 112
    p.line("〒105-0000 東京都港区しんばし九丁目9番9号 みやびビル5階", x=x, size=8.5)
    p.line("みやび総合法律事務所", x=x, size=12, font="serif-bold")
    p.line("株式会社ナギサ信販 代理人", x=x, size=9)
    p.line("弁護士　宮　田　　雅（第二東京弁護士会）", x=x, size=9)
    p.line("電話 03(0000)4819　ＦＡＸ 03(0000)4820", x=x, size=9)
    p.seal(190, p.y - 12, 12, "square", "弁護士宮田雅印", angle=-3, seed=2801)
    p.gap(3)
    p.title("受任通知兼ご請求書", size=15.5, font="serif-bold")
    p.para("前略　当職は、株式会社ナギサ信販（以下「依頼者」といいます。）から、同社が貴殿に対して有する貸金債権の"
           "回収について委任を受けましたので、ご通知いたします。今後、本件に関するご連絡・お問い合わせは、すべて"
           "当職宛にお願いいたします。")
    p.para("貴殿は依頼者との契約に基づく返済を怠り、既に期限の利益を喪失しております。つきましては、下記請求金額を"
           "お支払期限までに一括して下記口座にお振り込みください。期限までにお支払い又はご連絡がない場合は、"
           "訴訟提起等の法的措置をとらざるを得ませんので、ご承知おきください。")
    p.line("草々", align="r")
    p.line("記", align="c")
    p.kv([("弊所整理番号", "２５Ｍ－０４１８"),
          ("ご契約日", "平成２９年１１月２０日"),
          ("最終入金日", "令和７年５月２日"),
          ("期限の利益喪失日", "令和７年８月４日"),
          ("貸付残元金", k(P)),
          ("約定利息", k(INT)),
          ("損害金額", k(L) + "（令和７年８月５日～同年１２月５日　年率２０％）"),
          ("請求金額", k(T)),
          ("お支払期限", "令和７年１２月２２日（月）限り"),
          ("お振込先", "なぎさ第一銀行　新橋支店　普通　0045190"),
          ("口座名義", "ミヤビソウゴウホウリツジムショ　アズカリキンコウザ")], x=28, label_w=40, sep="：", size=10)
    p.line("以上", align="r")
    p.gap(2)
    p.para("※本書到達前にお支払い済みの場合はご容赦ください。依頼者への直接のお支払いはお控えください。", size=9, indent="")
    tr = truth(document_type="collection_notice", sender="みやび総合法律事務所", phone="03-0000-4819",
               creditor="株式会社ナギサ信販", status="not_applicable", debtor="清水隆之", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 12, 8), payment_due=D(2025, 12, 22),
               acceleration=D(2025, 8, 4), last_payment=D(2025, 5, 2), reference="25M-0418",
               input_kind="photo_jpeg", template="proxy2_law_office_labelvalue", received=D(2025, 12, 10))
    return dict(stem="k08_law_office_juninn_photo_jpeg", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                about="collection_notice (law office 受任通知)",
                unusual="法律事務所 受任通知兼ご請求書 for a 信販 client (creditor = client); label：value block with "
                        "full-width 金４５６，７８０円 amounts and labels 貸付残元金/約定利息/損害金額/請求金額; full-width 令和 "
                        "dates, 「…（月）限り」; 弊所整理番号 ２５Ｍ－０４１８; phone 03(0000)4819 with ＦＡＸ; phone photo")


LETTERS = [k01, k02, k03, k04, k05, k06, k07, k08]
