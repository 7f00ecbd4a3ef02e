"""Proxy set 90, letters cu09–cu16: "amounts in the layouts strangers use, round 3". A 地裁 訴状 whose 訴訟物の価額 and
印紙 sit next to the claim (cu09), a settlement fax with the payments made so far and a plan (cu10), a joint 譲渡通知 with
the 内訳 in brackets under a 極度額 line (cu11), a 受託通知 with a header-column grid (cu12), three contracts and a 合計
row (cu13), a scam with its breakdown in one line (cu14), a 縦書き guarantor's 催告書 in 大字 with the 代位弁済額 and its own 内訳 (cu15)
and a car-loan remainder after the vehicle was sold, in 万-mixed figures (cu16)."""

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
    era,
    kdate,
    late,
    leader,
    stamp,
    truth,
    vsafe,
    wd,
)
from letters_a import en, slash, vcheck2, wdate

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(1)
GREEN = (0.08, 0.42, 0.25)
INDIGO = (0.18, 0.20, 0.50)


def man(n: int) -> str:
    """128万4,560円 style (万-mixed)."""
    hi, lo = divmod(n, 10000)
    return f"{hi}万{lo:,}円" if lo else f"{hi}万円"


# ---------------------------------------------------------------------------------------------
# cu09 佐賀地方裁判所 (ワ) 呼出状 + 訴状 of a bank: 訴訟物の価額 (元金 only) and 貼用印紙額 beside the claim; 2 pages digital.


def cu09():
    R = 14.0
    issued, filed, hearing, answer = D(2026, 3, 9), D(2026, 2, 20), D(2026, 4, 15), D(2026, 4, 8)
    acc, lastp = D(2025, 10, 31), D(2025, 7, 31)
    P, I = 2_364_000, 27_318
    L = late(P, R, acc + ONE, filed)
    T = P + I + L
    case = "令和8年(ワ)第61号"
    p = Page(font="serif", size=10.5, top=18)
    p.line(fw("令和8年（ワ）第61号") + "　貸金請求事件", size=10.5)
    p.line("原　告　株式会社南天銀行", size=10.5)
    p.line("被　告　當間　浩一", size=10.5)
    p.gap(6)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("當間　浩一　殿", size=12.5)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから、同期日に出頭して"
           "ください。")
    p.para("なお、訴状を読んで、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"),
          ("場　　所", "佐賀地方裁判所　第２０３号法廷（２階）"),
          ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")], x=30, label_w=36, size=11)
    p.gap(4)
    p.para("（注意）期日に出頭せず、答弁書も提出しないときは、原告の主張を認めたものとして、原告の請求どおりの判決が言い渡される"
           "ことがあります。", size=9.8, indent="")
    p.gap(8)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　佐賀地方裁判所民事部", size=11)
    p.line("　　　　　裁判所書記官　柱本　　浩美", size=11)
    p.seal(150, p.y - 6, 15, "square", "佐賀地方裁判所書記官印", angle=0, seed=90091)
    p.gap(10)
    p.line("〒840-0000　佐賀県佐賀市蒲田津九丁目9番9号", size=9.5, x=24)
    p.line("佐賀地方裁判所民事部　電話 0952-00-4127（直通）　FAX 0952-00-4128", size=9.5, x=24)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　　状", size=17, font="serif-bold")
    q.line(f"{era(filed)}", align="r", size=10.5)
    q.line("佐賀地方裁判所　御中", size=10.5)
    q.line("原告　株式会社南天銀行　代表者代表取締役　鎌上　秀樹", x=80, size=10)
    q.kv([("原　告", "〒840-0000 佐賀県佐賀市駒鳥町九丁目9番9号　株式会社南天銀行"),
          ("", "（送達場所）同行 融資管理部　電話 0952-00-6631"),
          ("被　告", "〒849-0000 佐賀県佐賀市木菟通九丁目9番9号　當間　浩一")], x=24, label_w=20, size=9.8)
    q.gap(1)
    y = q.y
    q.add(Box(24, y, 164, 15, 0.3))
    q.at(28, y + 6, "貸金請求事件", size=10)
    q.at(28, y + 12, f"訴訟物の価額　金{P:,}円", size=10)
    q.at(110, y + 12, "貼用印紙額　金17,000円", size=10)
    q.y = y + 19
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(filed + ONE)}から支払済みまで年14％の割合による金員を"
           "支払え。", x0=28, x1=188, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=28, x1=188, size=10, indent="")
    q.para("との判決並びに仮執行宣言を求める。", x0=28, x1=188, size=10, indent="")
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　原告は、被告に対し、令和3年4月26日、次の約定で金3,000,000円を貸し付けた（証書貸付）。",
              "　　利息 年2.475％　返済方法 令和3年5月から毎月末日限り元利均等返済（月額 53,260円）　遅延損害金 年14％",
              f"２　被告は、{era(lastp)}の返済を最後にその後の返済を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              "３　よって、原告は、被告に対し、下記の金員及び残元金に対する訴状提出日の翌日から支払済みまで約定の年14％の割合による"
              "遅延損害金の支払を求める。"):
        q.para(s, x0=28, x1=188, size=9.8, indent="")
    q.gap(1)
    q.table([["残元金", "未収利息", "遅延損害金（R7.11.1～R8.2.20）", "合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [34, 30, 66, 34], x=24, header=True, aligns="rrrr",
            size=9.3, row_h=8)
    q.gap(2)
    q.line("証拠方法　甲第１号証 金銭消費貸借契約証書　甲第２号証 取引履歴　甲第３号証 催告書", x=24, size=9.3)
    q.line("附属書類　訴状副本 １通　甲号証写し 各１通　資格証明書 １通", x=24, size=9.3)
    tr = truth(document_type="lawsuit", sender="佐賀地方裁判所", phone="0952-00-4127", creditor="株式会社南天銀行",
               status="not_applicable", debtor="當間浩一", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, hearing=hearing,
               reference=case, input_kind="pdf_text_2page", template="proxy90_district_lawsuit_value_stamp_table",
               received=D(2026, 3, 12))
    return dict(stem="cu09", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), bank plaintiff, 2 pages)",
                unusual="digital 佐賀地裁 (ワ) bundle: p.1 呼出状 with 期日 / 場所 / 答弁書提出期限 as kv lines (full-width era, "
                        "weekday, 午前１０時３０分), court phone and FAX on one line; p.2 訴状 (filed 2/20 ≠ 呼出状 3/9) with a "
                        "framed 「訴訟物の価額　金2,364,000円」 (= 元金 only) and 「貼用印紙額　金17,000円」 (not costs), "
                        "請求の趣旨 「金…及びうち金…」, the loan 金3,000,000円 at 年2.475％ with 月額 53,260円 as distractors, "
                        "and a one-row header table 残元金 / 未収利息 / 遅延損害金（…～…） / 合計")


# ---------------------------------------------------------------------------------------------
# cu10 七曜債権回収 (invented, 第246号) 分割弁済のご提案, 2-page fax: payments made so far, the plan as distractors.


def cu10():
    R = 14.6
    issued, reply = D(2026, 4, 14), D(2026, 4, 28)
    assign, acc, lastp = D(2025, 9, 30), D(2025, 3, 18), D(2026, 3, 31)
    P, I = 418_620, 9_480
    paid = 40_000
    L = late(P, R, acc + ONE, issued) - paid  # the payments went to the damages
    assert L > 0
    T = P + I + L
    plan_first, plan_n, plan_m = 14_650, 29, 15_000
    settle = plan_first + plan_n * plan_m
    assert settle == 449_650 and settle < T
    p = Page(font="sans", size=10, top=12)
    p.line(f"送信日 {slash(issued)}　　送信先 碓井　奈緒　様　　送信枚数 2枚（本紙含む）", size=8.8)
    p.add(Line(20, p.y, 190, p.y, 0.4))
    p.gap(4)
    p.at(190, p.y + 3, "ご相談番号　SY-2604-1120", size=9.5, align="r")
    p.line("〒812-0000　福岡県福岡市博多区枇杷坂九丁目9番9号", size=9.5)
    p.line("碓井　奈緒　様", size=13)
    p.gap(3)
    p.title("分割弁済のご提案について", size=14.5)
    p.para(f"平素より格別のご理解をいただきありがとうございます。当社が{slash(assign)}に株式会社プラタナスクレジットから"
           f"譲り受けました貴殿の債務につき、これまで合計{paid:,}円（最終ご入金日 {slash(lastp)}）のご入金をいただき、遅延損害金の"
           "一部に充当いたしました。", size=9.8)
    p.para("先日お電話でご相談いただきました分割でのお支払いにつき、下記のとおりご提案いたします。", size=9.8)
    p.gap(1)
    p.line(f"１．現在のご債務額（{slash(issued)}現在、充当後）", size=10.2, font="sans-bold")
    p.table([["元　金", "利　息", "遅延損害金（年14.6％）", "ご債務額合計"], [en(P), en(I), en(L), en(T)]],
            [38, 34, 52, 46], x=20, header=True, aligns="rrrr", size=10, row_h=8.5)
    p.gap(2)
    p.line("２．ご提案の内容", size=10.2, font="sans-bold")
    p.table([["お支払総額", f"{settle:,}円（遅延損害金の一部を免除）"],
             ["第1回", f"{plan_first:,}円（2026/05/27）"],
             ["第2回以降", f"毎月27日限り {plan_m:,}円 × {plan_n}回（最終回 2028/10/27）"],
             ["期限の利益", f"お支払いを2回分（{plan_m * 2:,}円）以上怠ったときは喪失"]],
            [34, 136], x=20, aligns="ll", size=9.5, row_h=7.4, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 14, 1.1))
    p.at(25, y + 9, "ご回答期限", size=11, font="sans-bold")
    p.at(62, y + 9.3, f"{slash(reply)}（{wd(reply)}）必着", size=13, font="sans-bold")
    p.y = y + 18
    p.para("ご了承いただける場合は、2枚目の分割弁済申込書にご署名のうえ、上記期限までにFAX又は郵送でご返送ください。期限までに"
           "ご回答がない場合、本ご提案はなかったものとさせていただきます。", size=9.3, indent="")
    p.gap(2)
    p.para(f"（ご参考）原債権者 株式会社プラタナスクレジット　期限の利益喪失日 {slash(acc)}　ご契約 平成30年2月（極度額50万円）",
           size=8.6, indent="")
    p.gap(22)
    for s, sz, f in (("七曜債権回収株式会社　九州管理センター", 10.5, "sans-bold"), ("法務大臣許可番号　第246号", 9, "sans"),
                     ("〒810-0000 福岡市中央区翠嵐通九丁目9番9号", 8.5, "sans"),
                     ("TEL 092-000-2467　FAX 092-000-2468　担当 佐久本", 9.5, "sans")):
        p.line(s, x=92, size=sz, font=f)
    p.seal(186, p.y - 13, 12, "square", "七曜債権回収印", angle=2, seed=90101)
    q = Page(font="sans", size=10, top=16)
    q.line("2枚目（ご返送用）", size=9, color=GRAY)
    q.title("分割弁済申込書", size=15)
    q.line("七曜債権回収株式会社　御中（FAX 092-000-2468）", size=10)
    q.gap(2)
    q.para(f"私は、貴社に対する債務（ご相談番号 SY-2604-1120、{slash(issued)}現在のご債務額合計 {T:,}円）について、下記の条件で"
           "分割して弁済することを申し込みます。", size=10)
    q.gap(2)
    q.table([["回", "お支払日", "金額"], ["第1回", "2026/05/27", f"{plan_first:,}円"],
             ["第2回", "2026/06/27", f"{plan_m:,}円"], ["第3回", "2026/07/27", f"{plan_m:,}円"],
             ["…", "…", "…"], ["第30回", "2028/10/27", f"{plan_m:,}円"], ["お支払総額", "", f"{settle:,}円"]],
            [30, 60, 50], x=30, header=True, aligns="ccr", size=10, row_h=8)
    q.gap(6)
    for s in ("お申込日　　　　年　　月　　日", "ご住所", "お名前　　　　　　　　　　　　　　　印", "ご連絡先電話番号"):
        q.line(s, x=30, size=10.5)
        q.add(Line(30, q.y - 1.5, 180, q.y - 1.5, 0.2))
        q.gap(5)
    tr = truth(document_type="settlement_proposal", sender="七曜債権回収株式会社", license_number=246,
               phone="092-000-2467", creditor="七曜債権回収株式会社", status="unverified",
               original="株式会社プラタナスクレジット", debtor="碓井奈緒", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="SY-2604-1120", input_kind="fax_tiff",
               template="proxy90_invented_servicer_settlement_paid_so_far_fax", received=issued)
    return dict(stem="cu10", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:18 SHICHIYO SERVICER 092-000-2468",
                about="settlement_proposal (invented servicer, instalment plan, 2-page fax)",
                unusual="2-page G4 fax; INVENTED servicer 七曜債権回収 with 「法務大臣許可番号　第246号」 (→ unverified); EVERY "
                        "date as a slash date 2026/04/14; the payments made so far 「これまで合計90,000円…のご入金」 in the prose "
                        "with the last payment date; a one-row header table 元金 / 利息 / 遅延損害金（年14.6％） / ご債務額合計 "
                        "(充当後); the plan in a shaded-label grid (お支払総額 449,650円, 第1回 14,650円, 15,000円 × 29回, the "
                        "30,000円 threshold) and again on the p.2 申込書 as distractors; heavy-framed ご回答期限 …必着 = "
                        "payment_due; TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------
# cu11 joint 債権譲渡通知: アイリスファイナンス → セゾン債権回収 (real, 第34号); 内訳 in brackets; photo stored sideways.


def cu11():
    R = 20.0
    issued, assign = D(2026, 5, 8), D(2026, 4, 30)
    acc, lastp = D(2025, 12, 2), D(2025, 9, 1)
    P, I = 371_450, 14_203
    L = late(P, R, acc + ONE, assign)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"{era(issued)}", align="r", size=10)
    p.gap(2)
    p.line("〒060-0000　北海道札幌市中央区東雲台九丁目9番9号", size=10)
    p.line("巣山　拓真　殿", size=13.5)
    p.gap(6)
    p.title("債権譲渡通知書", size=17, font="serif-bold")
    p.para(f"譲渡人株式会社アイリスファイナンスは、貴殿に対して有する下記債権を、{era(assign)}付で譲受人セゾン債権回収株式会社に"
           "譲渡しましたので、譲渡人及び譲受人の連名で通知いたします。")
    p.para("今後のお支払い及びお問い合わせは、すべて譲受人にお願いいたします。ご返済方法については、譲受人より追ってご案内いたします。")
    p.gap(1)
    p.line("記", align="c")
    p.line("【譲渡債権の表示】", x=24, size=10.5, font="serif-bold")
    p.kv([("ご契約日", "平成30年7月3日"), ("ご契約の種類", "極度方式基本契約（極度額 金500,000円）"),
          ("お客様番号", "IF-0703-18864"), ("最終お取引日", era(lastp)), ("期限の利益喪失日", era(acc))],
         x=28, label_w=36, size=10)
    p.gap(1)
    b = p.line("譲渡債権額", x=28, size=11, font="serif-bold")
    p.at(64, b, f"金{T:,}円", size=12.5, font="serif-bold")
    p.line(f"（内訳　元金 {P:,}円／利息 {I:,}円／遅延損害金 {L:,}円〔年20.0％、{era(assign)}まで〕）", x=34, size=9.8)
    p.gap(4)
    p.line("以上", align="r")
    p.gap(3)
    y = p.y
    for i, (role, lines, seal, sd) in enumerate((
            ("譲渡人", ["〒060-0000 北海道札幌市北区葡萄畑九丁目9番9号", "株式会社アイリスファイナンス",
                        "代表取締役　浦崎　達也"], "アイリスファイナンス", 90111),
            ("譲受人", ["〒170-0000 東京都豊島区芍薬坂九丁目9番9号", "セゾン債権回収株式会社",
                        "代表取締役　楚南　一郎", "法務大臣許可番号　第34号", "お問合せ　03-0000-3434（平日9時～18時）"],
             "セゾン債権回収", 90112))):
        yy = y + i * 34
        p.at(24, yy + 5, f"（{role}）", size=10, font="serif-bold")
        for j, s in enumerate(lines):
            big = "株式会社" in s and "〒" not in s
            p.at(50, yy + 5 + j * 5.4, s, size=10.5 if big else 9.3, font="serif-bold" if big else "serif")
        p.seal(172, yy + 10, 13, "round", seal + "|代表/取締役", angle=-4, seed=sd)
    p.y = y + 72
    p.para("※本書は債権譲渡の通知です。本書に基づく支払期限はございません。セゾン債権回収株式会社は、法務大臣の許可を受けた債権"
           "回収会社です。", size=8.8, indent="")
    tr = truth(document_type="assignment_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="03-0000-3434", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社アイリスファイナンス", debtor="巣山拓真", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="IF-0703-18864", input_kind="photo_exif_rotated",
               template="proxy90_joint_assignment_bracket_breakdown_rotated", received=D(2026, 5, 11))
    return dict(stem="cu11", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=1.5, creases=2, shadow=0.2, shadow_side="right", fill=0.85,
                          warm=0.25),
                about="assignment_notice (joint, consumer lender → real servicer)",
                unusual="phone photo on wood stored sideways with EXIF orientation 6; joint 債権譲渡通知書 in serif with the two "
                        "notifier blocks stacked at the bottom with round seals (譲受人 ★ セゾン債権回収, 「法務大臣許可番号　第34号」); "
                        "a 【譲渡債権の表示】 kv block with 極度額 金500,000円 and 平成30年 contract date (distractors); the total "
                        "in bold 「譲渡債権額　金…円」 and the 内訳 on the line under it in brackets with slashes and the rate "
                        "in 〔〕; informs only (「本書に基づく支払期限はございません」)")


# ---------------------------------------------------------------------------------------------
# cu12 アルファ債権回収 (real, 第101号) 受託通知 for a bank's card loan: a header-column grid; scanned.


def cu12():
    R = 14.6
    issued, due, entrusted = D(2026, 6, 16), D(2026, 6, 30), D(2026, 6, 1)
    acc, lastp = D(2026, 3, 10), D(2025, 12, 5)
    P, I = 887_310, 21_466
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(20, 19, "アルファ債権回収株式会社", size=13, font="sans-bold", color=INDIGO)
    p.at(20, 24, "（法務大臣許可番号　第101号）", size=8.5, color=INDIGO)
    p.at(190, 19, f"{wdate(issued)}", size=9.5, align="r")
    p.at(190, 24, "受付番号　AL-26-0616-033", size=9.5, align="r")
    p.add(Line(20, 27, 190, 27, 0.5, INDIGO))
    p.y = 32
    p.line("〒530-0000　大阪府大阪市北区瀬踏町九丁目9番9号", size=10)
    p.line("瓦林　純　様", size=13.5)
    p.gap(5)
    p.title("債権回収業務受託のご通知　兼　ご請求書", size=14.5)
    p.para(f"当社は、{wdate(entrusted)}付で、株式会社こがね野銀行（以下「委託者」）から、同行が貴殿に対して有するカードローン"
           "債権の管理及び回収業務を受託いたしました。債権者は引き続き委託者であり、債権が当社に譲渡されたものではありません。", size=9.8)
    p.para(f"つきましては、下記ご請求額を{wdate(due)}（{wd(due)}）までに、下記口座へ一括してお振込みください。", size=9.8)
    p.gap(1)
    rows = [("委託者（債権者）", "株式会社こがね野銀行"), ("ご契約番号（委託者）", "KG-7731-00582"),
            ("ご利用限度額", "1,000,000円"), ("最終ご返済日", wdate(lastp)), ("期限の利益喪失日", wdate(acc)),
            ("貸越元金", en(P)), ("未払利息", en(I)), (f"遅延損害金（年14.6％・{acc.month}月{acc.day + 1}日から）", en(L)),
            ("ご請求額合計", en(T))]
    y = p.y
    for i, (lab, val) in enumerate(rows):
        yy = y + i * 8
        p.add(Box(25, yy, 70, 8, 0.3, (0, 0, 0), SHADE))
        p.add(Box(95, yy, 90, 8, 0.3))
        p.at(27, yy + 5.5, lab, size=9.3)
        bold = lab.startswith("ご請求額")
        al = "r" if val.endswith("円") else "l"
        p.at(182 if al == "r" else 98, yy + 5.6, val, size=10.5 if bold else 9.8, font="sans-bold" if bold else "sans",
             align=al)
    p.y = y + len(rows) * 8 + 3
    p.line(f"（{wdate(issued)}現在）", x=150, size=8.5)
    p.gap(1)
    p.para("お振込先　こがね野銀行 梅田支店 普通預金 1016160 アルファサイケンカイシュウ（カ　※お振込の際は受付番号をお名前の前に"
           "ご入力ください。", size=9.3, indent="")
    p.para("遅延損害金は、貸越元金に対し期限の利益喪失日の翌日から完済まで年14.6％の割合で発生します。ご一括でのお支払いが難しい"
           "場合は、お支払期日までにご相談ください。", size=9.3)
    p.para("委託者へのお問い合わせは不要です。当社のお問い合わせ窓口までご連絡ください。", size=9.3)
    p.gap(4)
    y = p.y
    p.add(Box(92, y, 98, 28, 0.4))
    for i, (s, sz, f) in enumerate((("アルファ債権回収株式会社　大阪業務部", 10, "sans-bold"),
                                    ("〒541-0000 大阪市中央区垣見町九丁目9番9号", 8.5, "sans"),
                                    ("TEL 06-000-1010（平日9:00～17:30）", 9.5, "sans-bold"),
                                    ("担当　床次", 9, "sans"))):
        p.at(96, y + 6 + i * 5.8, s, size=sz, font=f)
    p.seal(180, y + 14, 12, "square", "アルファ債権回収印", angle=3, seed=90121)
    tr = truth(document_type="assignment_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="06-000-1010", creditor="株式会社こがね野銀行", status="licensed", original="株式会社こがね野銀行",
               debtor="瓦林純", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="AL-26-0616-033", input_kind="scan_png",
               template="proxy90_entrusted_notice_header_column_grid", received=D(2026, 6, 18))
    return dict(stem="cu12", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="assignment_notice (real servicer 受託通知 with a demand)",
                unusual="scanned 受託のご通知兼ご請求書 of a real servicer ★ アルファ債権回収 (「（法務大臣許可番号　第101号）」 in "
                        "brackets under the logo name); collecting ON COMMISSION for a bank (creditor = original = 委託者; the "
                        "受託日 is not an assignment); ONE header-column grid of 9 rows mixing facts and money (委託者, ご契約番号, "
                        "ご利用限度額 1,000,000円 (distractor), 最終ご返済日, 喪失日, 貸越元金 / 未払利息 / 遅延損害金（年14.6％・"
                        "3月11日から） / ご請求額合計); western 年月日 dates; 受付番号 as the reference")


# ---------------------------------------------------------------------------------------------
# cu13 七曜債権回収 (invented, 第246号) 督促状: THREE contracts of one card company and a 合計 row; digital.


def cu13():
    R = 14.6
    issued, due = D(2026, 7, 21), D(2026, 8, 4)
    assign, acc, lastp = D(2026, 6, 30), D(2026, 2, 16), D(2025, 11, 27)
    cons = [("ショッピング（リボ払い）", "NV-1102-01", 284_300, 11_870),
            ("キャッシング", "NV-1102-02", 196_000, 8_733),
            ("ショッピング（分割払い）", "NV-1102-03", 58_800, 0)]
    rows = []
    for name, no, pr, it in cons:
        lt = late(pr, R, acc + ONE, issued)
        rows.append((name, no, pr, it, lt, pr + it + lt))
    P = sum(r[2] for r in rows)
    I = sum(r[3] for r in rows)
    L = sum(r[4] for r in rows)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(20, 12, 7, 7, color=None, fill=NAVY))
    p.at(23.5, 17.3, "七", size=9, font="sans-bold", color=WHITE, align="c")
    p.at(30, 17.5, "七曜債権回収株式会社", size=12, font="sans-bold", color=NAVY)
    p.at(190, 17, f"{wdate(issued)}", size=9.5, align="r")
    p.y = 24
    p.add(Box(20, 24, 90, 30, 0.2, GRAY))
    p.at(24, 30, "〒813-0000", size=9.5)
    p.at(24, 35, "福岡県福岡市東区駒鳥台九丁目9番9号", size=9.5)
    p.at(30, 46, "葛谷　大輔　様", size=13.5)
    for i, (s, sz) in enumerate((("七曜債権回収株式会社　九州管理センター", 9), ("法務大臣許可番号第246号", 8.5),
                                 ("〒810-0000 福岡市中央区翠嵐通九丁目9番9号", 8), ("TEL 092-000-2467", 9.5),
                                 ("お客様番号　SY-0630-7782", 9.5))):
        p.at(118, 29 + i * 5, s, size=sz, font="sans-bold" if i in (3, 4) else "sans")
    p.y = 60
    p.title("ご請求書（督促状）", size=15)
    p.para(f"貴殿が株式会社ノヴァクレジットとの間で締結されたカード会員契約に基づく下記3件の債権は、{wdate(assign)}付で当社が"
           "譲り受けました（譲渡人からの通知は既に送付されております）。", size=9.8)
    p.para(f"貴殿は{wdate(acc)}の経過により期限の利益を喪失されておりますので、下記合計額を{wdate(due)}（{wd(due)}）までに"
           "一括してお支払いください。", size=9.8)
    p.gap(1)
    head = ["ご利用区分", "ご契約番号", "元金", "利息・手数料", "遅延損害金", "小計"]
    body = [[n, no, f"{pr:,}", f"{it:,}" if it else "0", f"{lt:,}", f"{t:,}"] for n, no, pr, it, lt, t in rows]
    body.append(["合計", "", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [44, 26, 26, 24, 24, 26], x=20, header=True, aligns="lcrrrr", size=9, row_h=8)
    p.gap(1)
    p.line(f"（単位：円　{wdate(issued)}現在）", x=130, size=8)
    p.line("※遅延損害金は各元金に対し年14.6％（各契約共通）、期限の利益喪失日の翌日から本書作成日までの日割計算です。", x=20, size=8)
    p.line("※分割払いの元金 58,800円は残回数 12回分（月額 4,900円）の合計です。", x=20, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 18, 0.8, NAVY))
    p.add(Box(20, y, 50, 18, color=None, fill=(0.88, 0.90, 0.96)))
    p.at(45, y + 7.5, "ご請求額合計", size=10.5, font="sans-bold", align="c", color=NAVY)
    p.at(45, y + 13.5, "（3件の合計）", size=8, align="c", color=NAVY)
    p.at(125, y + 11.8, f"{T:,}円", size=15, font="sans-bold", align="c")
    p.at(186, y + 7, "お支払期限", size=8, align="r")
    p.at(186, y + 13, f"{wdate(due)}（{wd(due)}）", size=9.5, font="sans-bold", align="r")
    p.y = y + 22
    p.para("お振込先　浜菊銀行 天神支店 普通預金 2467778 シチヨウサイケンカイシユウ（カ", size=9.3, indent="")
    p.para(f"（ご参考）最終ご入金日 {wdate(lastp)}　ご入会 令和2年6月　ショッピング枠 400,000円 / キャッシング枠 200,000円", size=8.8,
           indent="")
    p.gap(2)
    p.para("お支払いが難しい場合は、上記期限までに必ずお電話ください。ご連絡なくお支払いもない場合は、法的手続を検討いたします。"
           "本状と行き違いでお支払いいただいた場合はご容赦ください。", size=9)
    p.seal(184, 46, 12, "square", "七曜債権回収印", angle=-3, seed=90131)
    tr = truth(document_type="collection_notice", sender="七曜債権回収株式会社", license_number=246,
               phone="092-000-2467", creditor="七曜債権回収株式会社", status="unverified",
               original="株式会社ノヴァクレジット", debtor="葛谷大輔", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SY-0630-7782", input_kind="pdf_text",
               template="proxy90_invented_servicer_three_contracts_total_row", received=D(2026, 7, 23))
    return dict(stem="cu13", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (invented servicer, three contracts, 一括請求)",
                unusual="digital ご請求書 of the INVENTED servicer 七曜債権回収 (「法務大臣許可番号第246号」 → unverified); a "
                        "6-column header table of THREE contracts (ショッピング（リボ払い） / キャッシング / ショッピング（分割払い）, "
                        "each with its own ご契約番号) and a 合計 row → truth = the 合計 row; 「単位：円」 under the table; the "
                        "分割 row's 月額 4,900円 × 12回, ショッピング枠 400,000円 / キャッシング枠 200,000円 as distractors; the "
                        "total again in a framed bar beside the due date; お客様番号 in the sender column")


# ---------------------------------------------------------------------------------------------
# cu14 scam: fake servicer 「株式会社日本債権保全管理局」 with a fake licence; the breakdown in one bracketed line; photo.


def cu14():
    issued, due = D(2026, 8, 18), D(2026, 8, 20)
    P, L, C = 39_800, 18_600, 35_000
    T = P + L + C
    p = Page(font="sans", size=10.5, top=14)
    p.add(Box(14, 10, 182, 277, 1.4, RED))
    stamp(p, 22, 16, "至急", size=13, fill=RED)
    stamp(p, 46, 16, "本人限定", size=11)
    p.at(190, 21, "通知日　令和8年8月18日", size=10, align="r")
    p.y = 30
    p.line("垣見　志保　様", size=14)
    p.line("管理番号　に－４４２１", size=10)
    p.gap(5)
    p.title("債権回収最終通告書", size=19, color=RED)
    p.para("貴殿がご利用になった携帯端末向け有料コンテンツの未納料金につき、当局はサイト運営事業者より債権の譲渡を受け、"
           "再三にわたり通知いたしましたが、現在まで入金の確認が取れておりません。", size=10.5)
    p.para("本通知は最終通告となります。下記期限までにお支払いが確認できない場合、当局は裁判所への訴訟提起、給与及び預金口座の"
           "差押え、ご自宅への執行官の訪問等の手続を直ちに開始いたします。", size=10.5)
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 162, 26, 1.0, RED, (1.0, 0.95, 0.95)))
    p.at(30, y + 9, f"ご請求額　金{T:,}円", size=15, font="sans-bold", color=RED)
    p.at(30, y + 17, f"（元金{P:,}円、遅延損害金{L:,}円、法的手続費用{C:,}円）", size=10)
    p.at(30, y + 23, f"お支払期限　8月20日（{wd(due)}）午後3時まで", size=10.5, font="sans-bold")
    p.y = y + 32
    p.para("お支払いは、お近くのコンビニエンスストアで電子マネーカードをご購入のうえ、担当者直通電話まで番号をお知らせください。"
           "銀行振込はお受けできません。", size=10)
    p.para("なお、本件は法的手続の最終段階にあるため、弁護士・消費生活センター等への相談はお控えください。第三者への口外は"
           "手続上不利益となる場合があります。", size=10)
    p.gap(4)
    for s, sz, f in (("株式会社日本債権保全管理局", 13, "sans-bold"), ("法務大臣許可番号　第319号（法務省認可債権回収機関）", 9.5, "sans"),
                     ("東京都千代田区霞が関１丁目（法曹会館別館）", 9, "sans"),
                     ("担当者直通　090-0000-3192（土日祝も受付　8:00～21:00）", 10.5, "sans-bold"),
                     ("担当　西銘", 10, "sans")):
        p.line(s, x=60, size=sz, font=f)
    tr = truth(document_type="other", sender="株式会社日本債権保全管理局", license_number=319, phone="090-0000-3192",
               creditor=None, status="not_licensed", debtor="垣見志保", total=T, principal=P, interest=None,
               late_damages=L, costs=C, rate=None, lump=False, issued=issued, payment_due=due, reference="に-4421",
               is_scam=True, input_kind="photo_jpeg", template="proxy90_scam_fake_servicer_one_line_breakdown",
               received=None)
    return dict(stem="cu14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=2.6, creases=2, shadow=0.2, shadow_side="top", fill=0.85,
                          warm=0.3),
                about="other (架空請求, fake servicer with a fake licence)",
                unusual="架空請求 photographed on tatami with creases: red page frame, filled 至急 and framed 本人限定 stamps; "
                        "「株式会社日本債権保全管理局」 with a FAKE 「法務大臣許可番号　第319号（法務省認可債権回収機関）」; the "
                        "claim and its breakdown in a red box 「ご請求額　金93,400円」 / 「（元金…、遅延損害金…、法的手続費用…）」; "
                        "a two-day deadline 「8月20日（木）午後3時まで」 without a year (year from the 通知日); electronic money "
                        "via a 090 直通; hiragana 管理番号 に－４４２１; 「弁護士…への相談はお控えください」; no creditor named")


# ---------------------------------------------------------------------------------------------
# cu15 株式会社クローバー保証 縦書き 催告書 (求償金) in 大字, the 代位弁済額 with its own 内訳; scanned.


def cu15():
    R = 14.6
    issued, due = D(2026, 9, 15), D(2026, 9, 30)
    subro, acc, lastp = D(2026, 1, 20), D(2025, 12, 5), D(2025, 8, 29)
    s0, s1, s2 = 2_690_000, 21_744, 34_556
    S = s0 + s1 + s2
    assert S == 2_746_300
    P = S
    L = late(P, R, subro + ONE, issued)
    T = P + L
    dj = lambda n: yen(n, "daiji")  # noqa: E731
    cols = [
        ("title", "催告書"),
        ("body", "貴殿が翠嵐信用金庫から受けた事業資金の借入れ（保証極度額金参百万円）につき、当社は保証委託契約に基づき"
                 f"保証しておりましたところ、貴殿は{kdate(lastp)}の返済を最後に返済を怠り、{kdate(acc)}の経過により期限の"
                 "利益を喪失されました。"),
        ("body", f"そこで当社は、{kdate(subro)}、同金庫に対し{dj(S)}（内訳　元金{dj(s0)[1:]}、利息{dj(s1)}、損害金{dj(s2)[1:]}）"
                 "を代位弁済し、貴殿に対し同額の求償権を取得いたしました。"),
        ("body", "当社はその後再三にわたり貴殿にお支払いをお願いいたしましたが、現在に至るまでお支払いもご連絡もございません。"),
        ("body", f"つきましては、左記の金員を{kdate(due)}限り、一括して当社にお支払いくださるよう催告いたします。"),
        ("indent", "記"),
        ("indent", f"一　求償元金　　　{dj(P)}"),
        ("indent", f"二　損害金　　　　{dj(L)}"),
        ("plain", f"　　（{kdate(subro + ONE)}から本書作成日まで年十四・六パーセント）"),
        ("indent", f"三　合計　　　　　{dj(T)}"),
        ("body", "右期限までにお支払いのないときは、貴殿所有の不動産に対する仮差押え及び訴訟等の法的手続をとりますので、"
                 "念のため申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "長野県松本市林檎台九丁目九番九号"),
        ("low", "株式会社クローバー保証"),
        ("low", "管理回収部長　枡岡　浩"),
        ("low", "電話　〇二六（〇〇〇）三三一八"),
        ("blank", ""),
        ("low", "長野県上田市睡蓮台九丁目九番九号"),
        ("low", "鋤柄　信吾　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck2(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 90151))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "枡岡" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + 26 * size * 0.3528 * 1.05, 11, "square", "クローバー保証印", angle=-3, seed=90152))
    tr = truth(document_type="collection_notice", sender="株式会社クローバー保証", phone="026-000-3318",
               creditor="株式会社クローバー保証", status="not_applicable", original="翠嵐信用金庫", debtor="鋤柄信吾",
               total=T, principal=P, interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference=None, input_kind="vertical_scan",
               template="proxy90_vertical_guarantor_daiji_subrogation_breakdown", received=D(2026, 9, 17))
    return dict(stem="cu15", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (guarantee company 求償金 催告書, 縦書き 内容証明, 大字)",
                unusual="scanned 縦書き 催告書 with the 内容証明 stamp: EVERY amount in 大字; the 代位弁済額 "
                        "金弐百七拾四万六千参百円 with its OWN bracketed 内訳 (元金 / 利息 / 損害金 = history, not the claim) and "
                        "保証極度額金参百万円 in the prose as distractors; the claim as 一 求償元金 / 二 損害金 (window in a "
                        "bracket line, 年十四・六パーセント) / 三 合計; the last payment (to the 信用金庫) and the 喪失 date in the "
                        "prose; absolute deadline 「…九月三十日限り」; phone in kanji digits; NO reference number (null)")


# ---------------------------------------------------------------------------------------------
# cu16 株式会社レグルスオートクレジット: car-loan remainder after the vehicle was taken back and sold; 万-mixed; image PDF.


def cu16():
    R = 14.6
    issued, due = D(2026, 10, 6), D(2026, 10, 23)
    acc, lastp, taken, sold = D(2026, 5, 20), D(2026, 3, 27), D(2026, 7, 9), D(2026, 8, 25)
    before = 1_682_400
    proceeds = 1_120_000
    P = before - proceeds
    L = late(P, R, sold + ONE, issued)
    C = 38_500 + 15_400 + 15_400
    assert C == 69_300
    T = P + L + C
    p = Page(font="sans", size=10, top=14)
    p.at(20, 19, "REGULUS AUTO CREDIT", size=9, font="sans-bold", color=GREEN)
    p.at(20, 25, "株式会社レグルスオートクレジット", size=12.5, font="sans-bold", color=GREEN)
    p.at(190, 19, f"作成日 {era(issued)}", size=9.5, align="r")
    p.at(190, 24, "お客様番号 RG-4471-2290", size=9.5, align="r")
    p.at(190, 29, "ご契約番号 0226-88130（オートローン）", size=8.5, align="r")
    p.y = 34
    p.line("〒460-0000　愛知県名古屋市中区檸檬通九丁目9番9号", size=10)
    p.line("岩垂　美穂　様", size=13.5)
    p.gap(4)
    p.title("お車の売却後の残債務のご請求", size=15)
    p.para(f"貴殿は{era(acc)}の経過によりオートローンの期限の利益を喪失され、所有権留保に基づき{era(taken)}にお車（登録番号 "
           f"名古屋300 あ 00-00）を引き揚げ、{era(sold)}に売却いたしました。売却代金112万円を残債務に充当いたしましたが、"
           f"なお金{man(T)}のご債務が残っております。", size=9.8)
    p.para(f"つきましては、{era(due)}（{wd(due)}）までに、下記ご請求額を一括してお支払いくださいますようお願いいたします。", size=9.8)
    p.gap(1)
    y = p.y
    p.add(Box(20, y, 170, 16, 0.8, GREEN, (0.92, 0.97, 0.93)))
    p.at(26, y + 10.5, "ご請求額", size=12, font="sans-bold", color=GREEN)
    p.at(70, y + 11, f"金{man(T)}", size=17, font="sans-bold")
    p.at(184, y + 11, f"（{T:,}円）", size=10, align="r")
    p.y = y + 20
    p.line("■ 計算明細", size=10.5, font="sans-bold")
    x0, x1 = 26, 180
    for lab, val in (("引揚げ時のご債務残高（元金）", f"{before:,}円"), ("お車の売却代金（充当額）", f"▲{proceeds:,}円"),
                     ("差引残元金", f"{P:,}円"),
                     (f"差引残元金に対する遅延損害金（{slash(sold + ONE)}～{slash(issued)}・年14.6％）", f"{L:,}円"),
                     ("引揚げ・保管・売却諸費用", f"{C:,}円"), ("ご請求額合計", f"{T:,}円")):
        if lab == "ご請求額合計":
            p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.5))
            p.gap(1.2)
        leader(p, lab, val, x0, x1, size=10, font="sans-bold" if lab in ("差引残元金", "ご請求額合計") else None)
    p.line(f"（諸費用の内訳　引揚費用 38,500円、保管料 15,400円〔{taken.month}/{taken.day}～{sold.month}/{sold.day}〕、"
           "オークション出品手数料 15,400円）", x=x0, size=8.5)
    p.gap(3)
    p.line("ご契約内容（ご参考）", size=9.8, font="sans-bold")
    p.table([["ご契約日", "令和5年4月12日", "当初ご融資額", "218万円"],
             ["月々のお支払額", "2万8,600円（ボーナス時加算なし）", "最終ご入金日", era(lastp)]],
            [30, 58, 30, 52], x=20, aligns="llll", size=8.8, row_h=7, shade_col0=True)
    p.gap(3)
    p.para("お振込先　岳樺銀行 栄支店 普通預金 4471229 カ）レグルスオートクレジット", size=9.3, indent="")
    p.para("お支払いが困難な場合は、分割でのお支払いについてもご相談を承ります。お支払期限までにご連絡ください。ご連絡がない場合は、"
           "法的手続に移行することがございます。", size=9.3)
    p.gap(3)
    for s, sz, f in (("株式会社レグルスオートクレジット　債権管理部", 10, "sans-bold"),
                     ("〒450-0000 名古屋市中村区葛原町九丁目9番9号", 8.5, "sans"),
                     ("お問合せ　052-000-1608（平日 9:30～17:30）　担当 窓岡", 9.5, "sans")):
        p.line(s, x=96, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="株式会社レグルスオートクレジット", phone="052-000-1608",
               creditor="株式会社レグルスオートクレジット", status="not_applicable", debtor="岩垂美穂", total=T,
               principal=P, interest=None, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="RG-4471-2290", input_kind="pdf_scan",
               template="proxy90_auto_loan_remainder_after_vehicle_sale_man_units", received=D(2026, 10, 8))
    return dict(stem="cu16", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="collection_notice (auto-loan company, remainder after the car was sold)",
                unusual="one-page image PDF: the remainder of a car loan after the vehicle was taken back (所有権留保) and sold; "
                        "the total in 万-mixed form 「金64万1,…円」 in the prose and in a green box with 「（…円）」 beside it; a "
                        "leader-dotted 計算明細: 引揚げ時のご債務残高 / お車の売却代金 ▲1,120,000円 (both distractors) / 差引残元金 "
                        "(principal) / its 遅延損害金 with a slash-date window / 引揚げ・保管・売却諸費用 (costs) / ご請求額合計, "
                        "the costs' own bracketed 内訳 under it; 当初ご融資額 218万円, 月々のお支払額 2万8,600円 and the "
                        "ご契約番号 as distractors")


LETTERS = [cu09, cu10, cu11, cu12, cu13, cu14, cu15, cu16]
