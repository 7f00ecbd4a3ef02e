"""Proxy set 29, letters al09–al16: "around the court case", continued. During the suit: the plaintiff's lawyer's
和解 proposal (訴訟上の和解 or 裁判外の和解 with 取下げ) by fax (al09), a 尼崎簡裁 notice that the suit was withdrawn
(al10), the 福山簡裁 (ハ) 呼出状 after the 督促異議 against al03's 支払督促 (al15); a scam 「訴訟最終告知書」 (al11);
a bank's 縦書き 債権譲渡通知 of a claim fixed by a 判決 (al12); a bank's 期限の利益喪失 + 法的手続予告 by fax (al13);
a real servicer's demand after the debtor broke a 和解調書 (al14) and a real servicer's 給与差押え予告 on a
仮執行宣言付支払督促 (al16)."""

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
from letters_al1 import FK_CASE, FK_ORDER, FK_PHONE

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.40, 0.42)
BROWN = (0.45, 0.25, 0.08)
JKB = (0.10, 0.30, 0.55)


def ew(d: D) -> str:
    return f"{era(d)}（{wd(d)}）"


# ---------------------------------------------------------------------------------------------
# al09 plaintiff's lawyer 和解のご提案 (訴訟上の和解 / 裁判外の和解 + 取下げ), 2-page fax; p.2 和解条項（案）.


def al09():
    R = 20.0
    issued, reply, hearing, sued = D(2026, 3, 27), D(2026, 4, 10), D(2026, 4, 22), D(2026, 2, 16)
    acc, lastp = D(2025, 9, 26), D(2025, 6, 27)
    P, I = 1_386_000, 22_145
    L = late(P, R, acc + timedelta(1), sued)
    T = P + I + L
    W, n, mon = 1_200_000, 48, 25_000
    assert n * mon == W
    case = "令和8年(ワ)第96号"
    p = Page(font="sans", size=9.8, top=12)
    p.add(Box(15, 10, 181, 25, 0.5))
    p.at(19, 17, "FAX送信票", size=12, font="sans-bold")
    for i, (a, b) in enumerate((("宛　先", "神宮寺　恵　様（FAX 058-000-7705）"), ("送信元", "味岡総合法律事務所　弁護士　味岡　直樹"),
                                ("送信日", f"{era(issued)}（{wd(issued)}）　送信枚数　2枚（本紙含む）"))):
        p.at(62, 16 + i * 6.5, a, size=8.5, color=GRAY)
        p.at(78, 16 + i * 6.5, b, size=9.8)
    p.y = 40
    p.line(f"事件の表示　岐阜地方裁判所　{case}　貸金請求事件", size=9.8)
    p.line("原告　株式会社ながらローンサービス　／　被告　神宮寺　恵", size=9.8)
    p.gap(2)
    p.title("和解のご提案について", size=14)
    p.para("前略　当職は、上記事件の原告代理人です。先日は答弁書（分割払いを希望する旨）をご提出いただき、ありがとうございました。"
           "原告と協議のうえ、下記のとおり和解をご提案いたします。", size=9.6)
    p.line(f"１．訴状記載の請求額（{era(sued)}提訴時）", size=10, font="sans-bold")
    p.table([["項目", "金額"], ["残元金", f"{P:,}円"], ["利息", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}～提訴日、年20％）", f"{L:,}円"], ["請求額合計", f"{T:,}円"]],
            [96, 40], x=22, header=True, aligns="lr", size=9.4, row_h=6.6)
    p.line("２．ご提案の和解条件", size=10, font="sans-bold")
    for s in (f"(1) 解決金　金{W:,}円（請求額合計との差額は、(2)を遅滞なく支払った場合に免除します）",
              f"(2) 令和8年5月から令和12年4月まで、毎月末日限り金{mon:,}円ずつ（{n}回）、当職の預り金口座に振り込む。",
              "(3) 分割金の支払を2回以上怠り、その額が金50,000円に達したときは、期限の利益を失い、請求額合計から既払金を控除した"
              "残額及びこれに対する年20％の遅延損害金を直ちに支払う。"):
        p.para(s, x0=22, x1=194, size=9.2, indent="")
    p.line("３．和解の方法（いずれかをお選びください）", size=10, font="sans-bold")
    for s in (f"Ａ　訴訟上の和解：次回口頭弁論期日（{era(hearing)}（{wd(hearing)}）午前11時00分、岐阜地方裁判所第204号法廷）"
              "において和解を成立させます。裁判所が和解調書を作成し、和解調書は確定判決と同一の効力を有します。",
              "Ｂ　裁判外の和解：期日前に当事務所と和解合意書を取り交わし、原告は本件訴えを取り下げます（期日への出頭は"
              "不要となります）。"):
        p.para(s, x0=22, x1=194, size=9.2, indent="")
    p.gap(1)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.1))
    p.at(19, y + 8, "ご回答期限", size=10.5, font="sans-bold")
    p.at(48, y + 8.3, f"{era(reply)}（{wd(reply)}）", size=12, font="sans-bold")
    p.at(192, y + 8, "Ａ又はＢを2枚目に記入しFAXで", size=8.5, align="r")
    p.y = y + 15
    p.para("ご回答がない場合、次回期日において判決を求めることになります。", size=8.8, indent="")
    for s, sz, f in (("味岡総合法律事務所　原告代理人　弁護士　味岡　直樹（岐阜県弁護士会）", 9.8, "sans-bold"),
                     ("〒500-0000 岐阜市うかい橋九丁目9番9号　TEL 058-000-0961　FAX 058-000-0962", 9, "sans")):
        p.line(s, x=40, size=sz, font=f)
    q = Page(font="sans", size=10, top=16)
    q.line(f"{case}　貸金請求事件", size=9.5)
    q.title("和解条項（案）", size=15)
    for s in (f"１　被告は、原告に対し、本件貸金債務として金{T:,}円の支払義務があることを認める。",
              f"２　被告は、原告に対し、前項の金員のうち金{W:,}円を、令和8年5月から令和12年4月まで毎月末日限り金{mon:,}円ずつ"
              "分割して、原告代理人名義の預り金口座に振り込む方法で支払う。振込手数料は被告の負担とする。",
              "３　被告が前項の分割金の支払を怠り、その額が金50,000円に達したときは、当然に期限の利益を失い、被告は原告に対し、"
              "第１項の金員から既払金を控除した残額及びこれに対する期限の利益を失った日の翌日から支払済みまで年20％の割合による"
              "遅延損害金を直ちに支払う。",
              "４　被告が期限の利益を失うことなく第２項の金員を支払ったときは、原告は被告に対し、その余の支払義務を免除する。",
              "５　原告及び被告は、本件に関し、本和解条項に定めるもののほか、何らの債権債務がないことを相互に確認する。",
              "６　訴訟費用は各自の負担とする。",
              "７　（裁判外の和解の場合）原告は、本合意成立後速やかに本件訴えを取り下げ、被告はこれに同意する。"):
        q.para(s, x0=20, x1=190, size=10, indent="")
        q.gap(1.5)
    q.gap(4)
    q.line("【回答欄】　□ Ａ　訴訟上の和解を希望　　□ Ｂ　裁判外の和解を希望　　□ 条件について相談したい", size=10, x=20)
    q.gap(5)
    for lab in ("回答日　令和　　年　　月　　日", "被告氏名（自署）", "日中の連絡先"):
        q.line(lab, x=20, size=10.5)
        q.add(Line(20, q.y - 1, 180, q.y - 1, 0.3))
        q.gap(6)
    tr = truth(document_type="settlement_proposal", sender="味岡総合法律事務所", phone="058-000-0961",
               creditor="株式会社ながらローンサービス", status="not_applicable", debtor="神宮寺恵", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, hearing=hearing, reference=case, input_kind="fax_tiff",
               template="proxy29_plaintiff_lawyer_settlement_in_or_out_of_court_fax", received=issued)
    return dict(stem="al09", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 17:42 AJIOKA LAW 058-000-0962",
                about="settlement_proposal (plaintiff's lawyer during a 地裁 (ワ) case, 2-page fax)",
                unusual="2-page G4 fax whose top is a boxed FAX送信票 (宛先 with the addressee's own FAX, 送信元, 送信日 with "
                        "weekday, 送信枚数); the case line 岐阜地裁 令和8年(ワ)第96号 is the ONLY reference printed; 訴状記載の"
                        "請求額 table (残元金 / 利息 / 遅延損害金 / 請求額合計); the plan (解決金 1,200,000, 25,000 × 48, "
                        "令和12年4月, the 50,000 threshold) as distractors; the choice between Ａ 訴訟上の和解 at the NEXT "
                        "口頭弁論期日 (令和8年4月22日 午前11時00分 → hearing) and Ｂ 裁判外の和解 with 取下げ; a framed ご回答"
                        "期限; TEL and FAX on one line; p.2 和解条項（案） with seven clauses and a tick-box reply")


# ---------------------------------------------------------------------------------------------
# al10 尼崎簡易裁判所 事務連絡: 訴えの取下げについて（通知）, with a copy of the 取下書 below; claims nothing.


def al10():
    issued, withdrawn, hearing_cancelled = D(2026, 6, 12), D(2026, 6, 8), D(2026, 6, 24)
    case = "令和8年(ハ)第1529号"
    p = Page(font="serif", size=10.5, top=16)
    p.line("事　務　連　絡", size=11, font="serif-bold")
    p.at(190, 20, era(issued), size=10.5, align="r")
    p.y = 26
    p.line("被告　稗貫　薫　殿", size=12)
    p.gap(1)
    for s in ("尼崎簡易裁判所民事係", "裁判所書記官　鶴来　正臣", "電話 06-0000-1529（直通）　ＦＡＸ 06-0000-1530"):
        p.line(s, align="r", size=10)
    p.gap(6)
    p.title("訴えの取下げについて（通知）", size=15, font="serif-bold")
    p.para("下記事件について、原告から訴えの取下書が提出され、本件訴訟は終了しましたので、お知らせします。取下書の副本を"
           "同封します。")
    p.gap(2)
    p.line("記", align="c")
    p.table([["事件番号", case], ["事　件　名", "譲受債権請求事件"], ["原　　告", "しきなみ債権回収株式会社"],
             ["被　　告", "稗貫　薫"], ["取下げの日", f"{era(withdrawn)}（取下書受付）"], ["取下げの範囲", "訴えの全部"],
             ["訴訟物の価額", "金412,660円"]],
            [40, 120], x=25, aligns="ll", size=10.3, row_h=8.2, shade_col0=True)
    p.gap(4)
    p.para(f"１　{era(hearing_cancelled)}（{wd(hearing_cancelled)}）午前10時00分に指定されていた第１回口頭弁論期日は取り消されました。"
           "裁判所に出頭する必要はありません。", x0=22, x1=190, size=10, indent="")
    p.para("２　被告が本案について答弁書等を提出する前の取下げですので、被告の同意は要しません（民事訴訟法第261条第2項）。",
           x0=22, x1=190, size=10, indent="")
    p.para("３　取下げの理由は、取下書に記載のとおりです。原告との間の支払のお約束は、裁判所の手続とは関係がありません。"
           "内容についてのお問い合わせは原告にお願いします。", x0=22, x1=190, size=10, indent="")
    p.gap(5)
    p.add(Line(20, p.y, 190, p.y, 0.3))
    p.gap(3)
    p.line("（同封）取下書副本の写し", size=9.5, color=GRAY)
    y = p.y
    p.add(Box(30, y, 150, 62, 0.4))
    q = [("取　下　書", 13, "serif-bold", "c"),
         (f"{era(withdrawn)}", 9.8, "serif", "r"),
         ("尼崎簡易裁判所　御中", 10, "serif", "l"),
         ("原告　しきなみ債権回収株式会社", 10, "serif", "r"),
         ("代表者代表取締役　鷹羽　義明　㊞", 10, "serif", "r"),
         (f"頭書事件（{case}）について、原告は、訴えの全部を取り下げます。", 10, "serif", "l"),
         ("理由　被告との間で裁判外の和解が成立したため。", 10, "serif", "l"),
         ("（原告連絡先　しきなみ債権回収株式会社　大阪管理センター　電話 06-0000-4418）", 8.8, "serif", "l")]
    yy = y + 8
    for s, sz, f, a in q:
        x = {"c": 105, "r": 175, "l": 35}[a]
        p.at(x, yy, s, size=sz, font=f, align=a)
        yy += 7.2
    tr = truth(document_type="other", sender="尼崎簡易裁判所", phone="06-0000-1529", creditor="しきなみ債権回収株式会社",
               status="unverified", debtor="稗貫薫", lump=False, issued=issued, payment_due=None, hearing=None,
               reference=case, input_kind="pdf_text", template="proxy29_summary_court_withdrawal_notice_amagasaki",
               received=D(2026, 6, 15))
    return dict(stem="al10", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (簡裁 事務連絡: 訴えの取下げ, claims nothing)",
                unusual="a 尼崎簡裁 「事務連絡」 telling the defendant that the plaintiff WITHDREW the suit: it claims nothing "
                        "(every amount null; 訴訟物の価額 金412,660円 is a distractor); a shaded-label case table with "
                        "取下げの日 and 取下げの範囲; the FIRST 口頭弁論期日 (6/24 午前10時00分) is printed but CANCELLED "
                        "(hearing null); 民事訴訟法第261条第2項; a framed copy of the 取下書 (dated 6/8, 原告 = an INVENTED "
                        "servicer 「しきなみ債権回収株式会社」 with no licence printed → unverified, its own 06 number as a "
                        "distractor, 理由 裁判外の和解); the clerk's 直通 phone and FAX top-right")


# ---------------------------------------------------------------------------------------------
# al11 SCAM 「訴訟最終告知書」 from 「法務省管轄支局 民事訴訟管理センター」, A4 letter photographed sideways (EXIF 6).


def al11():
    issued, last_day = D(2026, 5, 11), D(2026, 5, 13)
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "特別送達", color=RED, size=13)
    stamp(p, 52, 12, "親展", color=RED, size=13, fill=RED)
    p.at(196, 17, f"通知日　{fw(era(issued))}", size=10, align="r")
    p.at(196, 23, "管理番号　ゆ－３０７", size=10.5, align="r", font="sans-bold")
    p.y = 30
    p.line("東京都世田谷区きぬた坂九丁目9番9号", size=10.5)
    p.line("鮎川　美砂　様", size=14)
    p.gap(7)
    p.line("訴 訟 最 終 告 知 書", size=20, font="sans-bold", align="c", color=RED)
    p.line("（総合消費料金未納に関する民事訴訟について）", size=11, align="c")
    p.gap(4)
    for s in ("この度、ご通知致しましたのは、貴方様がご利用されていた契約会社ないしは運営会社から、未納料金に関する契約不履行"
              "による民事訴訟として訴状が提出されました事をご通知致します。",
              "本書到着後、下記の裁判取下げ最終期日までにご連絡がない場合は、原告側の主張が全面的に認められ、裁判所の許可を受け、"
              "給与・預貯金・動産・不動産の差し押さえを強制的に執行させて頂きます。",
              "裁判取下げ等のご相談に関しましては、当センターにて承っております。個人情報保護の為、必ずご本人様よりお電話にて"
              "ご連絡下さい。"):
        p.para(s)
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 36, 1.0))
    rows = (("民事訴訟番号", "令和８年（ワ）第２２７１号"), ("管 理 番 号", "ゆ－３０７"),
            ("裁判取下げ最終期日", f"{fw(era(last_day))}（{wd(last_day)}）"), ("受 付 時 間", "平日 ９：００～２０：００"))
    for i, (a, b) in enumerate(rows):
        p.at(30, y + 8 + i * 8, a, size=10.5)
        p.at(80, y + 8 + i * 8, b, size=12 if i == 2 else 11, font="sans-bold",
             color=RED if i == 2 else (0, 0, 0))
    p.y = y + 42
    p.para("※本通知は最終告知となります。期日を過ぎますと、いかなる理由があっても取下げには応じられません。", size=9.5,
           indent="")
    p.gap(8)
    p.line("法務省管轄支局", size=12, x=100)
    p.line("民事訴訟管理センター", size=15, font="sans-bold", x=100)
    p.line("東京都千代田区霞が関一丁目", size=9.5, x=100)
    p.line("お問い合わせ　03-0000-7715", size=13, font="sans-bold", x=100)
    tr = truth(document_type="other", sender="法務省管轄支局民事訴訟管理センター", phone="03-0000-7715", status="not_licensed",
               debtor="鮎川美砂", lump=False, issued=issued, payment_due=None, reference="ゆ-307", is_scam=True,
               input_kind="photo_exif_rotated", template="proxy29_scam_final_lawsuit_notice_fake_civil_centre_rotated",
               received=None)
    return dict(stem="al11", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="cloth", keystone=0.06, tilt=2.4, creases=2, fill=0.84, glare=16, warm=0.3),
                about="other (scam 訴訟最終告知書, fake 民事訴訟管理センター)",
                unusual="架空請求 on A4, photographed on a dark cloth and stored sideways with EXIF orientation 6: a FAKE red "
                        "「特別送達」 frame and a filled 親展; title 「訴訟最終告知書」 in red; signed 「法務省管轄支局　民事訴訟"
                        "管理センター」 (a name from the 法務省 warnings) at 「霞が関一丁目」 without a number; NO amount and NO "
                        "creditor (only 「契約会社ないしは運営会社」); a FAKE 「民事訴訟番号　令和８年（ワ）第２２７１号」 with no "
                        "court; a hiragana 管理番号 ゆ－３０７ (twice); 裁判取下げ最終期日 two days after the 通知日 (not a "
                        "payment deadline → null); a 03 number as the only contact")


# ---------------------------------------------------------------------------------------------
# al12 bank's 縦書き 債権譲渡通知書: a claim fixed by a 判決 sold to あおぞら債権回収 (real); 大字; scanned.


def al12():
    R = 14.0
    issued, assign = D(2026, 2, 4), D(2026, 1, 30)
    acc, lastp = D(2025, 2, 28), D(2024, 11, 29)
    P, C = 2_174_500, 31_400
    L = late(P, R, acc + timedelta(1), assign)
    T = P + L + C
    dj = lambda n: yen(n, "daiji")  # noqa: E731
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "当行は、貴殿に対して有する左記債権（新潟地方裁判所令和七年（ワ）第三〇五号貸金請求事件の令和七年十月八日"
                 "言渡しの判決により確定したもの）を、令和八年一月三十日付で、左記譲受人に譲渡いたしましたので、民法第四百六十七条"
                 "に基づき、本書をもって通知いたします。"),
        ("body", "右判決に係る権利（元金、遅延損害金及び訴訟費用の各請求権を含みます。）は、すべて譲受人に移転しております。"
                 "今後のお支払い及びお問い合わせは、譲受人にお願いいたします。"),
        ("indent", "記"),
        ("indent", "一　譲受人　東京都千代田区ばんちょう坂九丁目九番九号"),
        ("plain", "　　　　　　あおぞら債権回収株式会社"),
        ("indent", "二　原契約　平成三十年七月二日付金銭消費貸借契約"),
        ("indent", "三　最終弁済日　令和六年十一月二十九日"),
        ("indent", "四　期限の利益喪失日　令和七年二月二十八日"),
        ("indent", "五　譲渡債権の額（譲渡日現在）"),
        ("plain", f"　　元金　　　　　{dj(P)}"),
        ("plain", f"　　遅延損害金　　{dj(L)}"),
        ("plain", "　　　（令和七年三月一日から譲渡日まで年十四パーセント）"),
        ("plain", f"　　訴訟費用　　　{dj(C)}"),
        ("plain", f"　　合計　　　　　{dj(T)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "新潟県新潟市中央区おけさ大通九丁目九番九号"),
        ("low", "株式会社ささがに銀行"),
        ("low", "債権管理部長　蝦名　宗一"),
        ("low", "電話　〇二五（〇〇〇）三〇五一"),
        ("low", "（整理番号　ＳＧ－８８０１５）"),
        ("blank", ""),
        ("low", "新潟県新潟市東区ささだんご町九丁目九番九号"),
        ("low", "上林　剛　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 29121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "蝦名" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 16) * size * 0.3528 * 1.05, 11, "round", "ささがに銀行|代表/之印", angle=-3,
                         seed=29122))
    tr = truth(document_type="assignment_notice", sender="株式会社ささがに銀行", phone="025-000-3051",
               creditor="あおぞら債権回収株式会社", status="not_applicable", original="株式会社ささがに銀行",
               debtor="上林剛", total=T, principal=P, interest=None, late_damages=L, costs=C, rate=R, lump=False,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="SG-88015", input_kind="vertical_scan",
               template="proxy29_vertical_bank_assignment_of_judgment_claim_daiji", received=D(2026, 2, 6))
    return dict(stem="al12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="assignment_notice (bank alone, 縦書き, a claim fixed by a 判決 → real servicer)",
                unusual="縦書き 債権譲渡通知書 sent by the 譲渡人 bank alone, scanned, with the 内容証明 stamp and a round "
                        "seal; the claim is one FIXED BY A 判決: the case number in kanji 「令和七年（ワ）第三〇五号」 and the "
                        "言渡し date inside the first sentence (distractors); the 譲受人 ★ あおぞら債権回収株式会社 named "
                        "with its address under 記 (no licence printed; the sender is the bank → not_applicable); every amount "
                        "in 大字 (元金 / 遅延損害金 / 訴訟費用 → costs / 合計); 平成三十年 contract date; 民法第四百六十七条; "
                        "informs only (no payment date); full-width 整理番号 ＳＧ－８８０１５ stacked")


# ---------------------------------------------------------------------------------------------
# al13 bank's 期限の利益喪失 及び 法的手続着手のご通知 to a sole proprietor, one-page fax; two loans and a 合計 row.


def al13():
    R = 14.0
    issued, due, acc, warn = D(2026, 3, 18), D(2026, 3, 31), D(2026, 3, 13), D(2026, 2, 27)
    lastp = D(2025, 12, 25)
    loans = [("証書貸付 No.31-0087（運転資金）", 2_100_000, 23_100), ("証書貸付 No.31-0142（設備資金）", 760_000, 8_362)]
    rows = []
    for name, pr, it in loans:
        lt = late(pr, R, acc + timedelta(1), issued)
        rows.append((name, pr, it, lt, pr + it + lt))
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = P + I + L
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 17, "株式会社おおすみ銀行　鹿屋支店", size=12.5, font="sans-bold")
    p.at(196, 15, f"{fw(era(issued))}", size=9.5, align="r")
    p.at(196, 20, "お取引管理番号　KY-3187-0264", size=9.5, align="r")
    p.add(Line(15, 22.5, 196, 22.5, 0.7))
    p.y = 26
    p.line("醍醐工務店　代表　醍醐　浩二　様", size=12.5)
    p.line("（鹿児島県鹿屋市きもつき台九丁目9番9号）", size=8.8)
    p.gap(2)
    p.title("期限の利益喪失及び法的手続着手のご通知", size=14.5)
    p.para(f"当行は、{fw(era(warn))}付催告書により、延滞となっている下記ご融資の約定返済金のお支払いを催告いたしましたが、"
           f"催告期限である{fw(era(acc))}までにお支払いがありませんでした。", size=9.6)
    p.para(f"したがって、貴殿は、銀行取引約定書第5条第2項に基づき、{fw(era(acc))}の経過をもって下記各ご融資について期限の"
           f"利益を喪失されましたので、ご通知いたします。つきましては、下記合計額を{fw(era(due))}（{wd(due)}）までに一括して"
           "ご返済ください。", size=9.6)
    p.line(f"ご返済いただく金額（{fw(era(issued))}現在）", size=10, font="sans-bold")
    head = ["ご融資", "元金", "利息", "損害金", "計"]
    body = [[n, f"{pr:,}", f"{it:,}", f"{lt:,}", f"{s:,}"] for n, pr, it, lt, s in rows]
    body.append(["合　計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [62, 30, 26, 26, 34], x=15, header=True, aligns="lrrrr", size=9.4, row_h=7)
    p.line(f"（単位：円）損害金は元金に対し{era(acc + timedelta(1))}から本書作成日まで年14.0％（年365日日割）", size=8.3)
    p.gap(2)
    p.para(f"最終ご返済日　{fw(era(lastp))}　　ご融資実行日　令和5年4月7日（運転資金）／令和5年9月29日（設備資金）", size=9.2,
           indent="")
    p.para("上記期限までにご返済又はご相談がない場合、当行は、連帯保証人 醍醐 美和子 様へのご請求、鹿児島地方裁判所鹿屋支部への"
           "訴訟の提起、担保不動産（根抵当権極度額 金5,000,000円）の競売申立て等の法的手続に着手いたします。", size=9.2,
           indent="")
    y = p.y + 1
    p.add(Box(15, y, 181, 12, 1.0))
    p.at(19, y + 8, "ご返済期限", size=10.5, font="sans-bold")
    p.at(50, y + 8.3, f"{fw(era(due))}（{wd(due)}）", size=12, font="sans-bold")
    p.at(192, y + 8, f"金{T:,}円", size=11.5, font="sans-bold", align="r")
    p.y = y + 16
    p.para("ご返済口座　おおすみ銀行 鹿屋支店 別段預金 0264318（ご名義 ダイゴ コウジ 様）", size=9.2, indent="")
    p.gap(2)
    for s, sz, f in (("株式会社おおすみ銀行　鹿屋支店　融資課", 10, "sans-bold"),
                     ("〒893-0000 鹿児島県鹿屋市あけぼの浜九丁目9番9号", 8.5, "sans"),
                     ("TEL 0994-00-3187　FAX 0994-00-3188　担当 嬉野", 9.5, "sans")):
        p.line(s, x=110, size=sz, font=f)
    p.seal(190, p.y - 9, 12, "square", "おおすみ銀行鹿屋支店長印", angle=2, seed=29131)
    tr = truth(document_type="acceleration_notice", sender="株式会社おおすみ銀行", phone="0994-00-3187",
               creditor="株式会社おおすみ銀行", status="not_applicable", debtor="醍醐浩二", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="KY-3187-0264", input_kind="fax_tiff",
               template="proxy29_bank_acceleration_and_legal_steps_two_loans_fax", received=issued)
    return dict(stem="al13", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:05 OSUMI BK KANOYA 0994-00-3188",
                about="acceleration_notice (bank, business loans of a sole proprietor, one-page fax)",
                unusual="one-page G4 fax from a bank branch to a 工務店's owner (addressee 「醍醐工務店　代表　醍醐　浩二　様」); "
                        "期限の利益喪失 AND 法的手続着手 in one title; full-width era dates; the 催告書 date 2/27 and its "
                        "deadline 3/13 (= acceleration 「の経過をもって」); TWO loans in a 5-column table (元金 / 利息 / 損害金 "
                        "/ 計) with a 合計 row and 「（単位：円）」 under it; the 融資実行日, the 根抵当権極度額 5,000,000, the "
                        "連帯保証人's name and the court (鹿児島地裁鹿屋支部) as distractors; TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------
# al14 ACS (real) 和解条項不履行による残額一括請求 after a 簡裁 訴訟上の和解 (和解調書); phone photo.


def al14():
    R = 14.6
    issued, due = D(2026, 5, 22), D(2026, 6, 5)
    settled, acc, lastp, assign = D(2025, 7, 15), D(2026, 4, 30), D(2026, 2, 27), D(2024, 10, 1)
    W, mon, n, paid = 360_000, 12_000, 30, 7
    assert mon * n == W
    P = W - mon * paid
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 11, color=None, fill=TEAL))
    p.at(19, 19.5, "エー・シー・エス債権管理回収株式会社", size=12.5, font="sans-bold", color=WHITE)
    p.at(192, 19.5, "法務大臣許可番号 第27号", size=9, color=WHITE, align="r")
    p.y = 28
    p.at(196, 31, f"{era(issued)}", size=10, align="r")
    p.at(196, 36.5, "お客様番号　27-0845-1193", size=9.5, align="r")
    p.line("〒750-0000　山口県下関市ふぐの浦九丁目9番9号", size=10)
    p.line("蓼沼　葵　様", size=14)
    p.gap(5)
    p.title("和解条項不履行による残額一括請求のご通知", size=14.5)
    p.para("貴殿と当社との間では、下記のとおり下関簡易裁判所において訴訟上の和解が成立し、和解調書が作成されております。"
           f"しかしながら、令和8年3月末日及び4月末日の分割金のお支払いがなく、未払額が和解条項第3項の定める金24,000円に達したため、"
           f"貴殿は{era(acc)}の経過をもって期限の利益を喪失されました。")
    p.para(f"つきましては、和解条項に基づき、下記の残額を{ew(due)}までに一括してお支払いください。", size=10)
    p.gap(1)
    p.line("■ 和解の内容", size=10.5, font="sans-bold", color=TEAL)
    p.table([["事件", "下関簡易裁判所　令和7年(ハ)第733号", "和解成立日", era(settled)],
             ["和解金額", f"{W:,}円", "お支払方法", f"{mon:,}円×{n}回（毎月末日）"],
             ["お支払済み", f"{paid}回　{mon * paid:,}円", "最終ご入金日", era(lastp)],
             ["原債権者", "株式会社みちくさカード", "債権譲受日", era(assign)]],
            [24, 66, 26, 65], x=15, aligns="llll", size=8.8, row_h=7.2)
    p.gap(3)
    p.line(f"■ ご請求額（{era(issued)}現在）", size=10.5, font="sans-bold", color=TEAL)
    y = p.y
    p.add(Box(15, y, 181, 30, 0.6, TEAL))
    for i, (lab, val) in enumerate((("和解残額（和解金額－お支払済み額）", f"{P:,}円"),
                                    (f"遅延損害金（{era(acc + timedelta(1))}から{era(issued)}まで　年14.6％）", f"{L:,}円"))):
        p.at(20, y + 7.5 + i * 7.5, lab, size=10)
        p.at(190, y + 7.5 + i * 7.5, val, size=10.5, align="r")
    p.add(Line(20, y + 19, 190, y + 19, 0.4))
    p.at(20, y + 26, "ご請求額合計", size=12, font="sans-bold")
    p.at(190, y + 26.3, f"{T:,}円", size=15, font="sans-bold", align="r", color=RED)
    p.y = y + 34
    p.line(f"お支払期限　{ew(due)}", size=12, font="sans-bold", color=RED)
    p.gap(1)
    p.para("和解調書は確定判決と同一の効力を有します。期限までにお支払いがない場合、当社は和解調書に基づき、給料・預貯金等の"
           "差押え（強制執行）の申立てを行うことがあります。", size=9.3, indent="")
    p.para("お振込先　ひびき灘銀行 下関支店 普通預金 0845119 エーシーエスサイケンカンリカイシユウ（カ", size=9.3, indent="")
    p.gap(2)
    for s, sz, f in (("エー・シー・エス債権管理回収株式会社　西日本管理センター", 10, "sans-bold"),
                     ("〒812-0000 福岡市博多区みなと坂九丁目9番9号", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-270（平日 9:00～18:00）　担当　杣谷", 9.5, "sans")):
        p.line(s, x=70, size=sz, font=f)
    p.seal(188, p.y - 10, 12, "square", "エー・シー・エス債権管理回収印", angle=-4, seed=29141)
    tr = truth(document_type="collection_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="0120-000-270", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="株式会社みちくさカード", debtor="蓼沼葵", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="27-0845-1193", input_kind="photo_jpeg",
               template="proxy29_servicer_lump_sum_after_broken_court_settlement_photo", received=D(2026, 5, 25))
    return dict(stem="al14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.05, tilt=1.5, creases=2, fill=0.86, blur=0.85, warm=0.15),
                about="collection_notice (real servicer, after a broken 訴訟上の和解)",
                unusual="phone photo on tatami with tri-fold creases; real servicer ★ エー・シー・エス債権管理回収株式会社 "
                        "in white on a teal band with 「法務大臣許可番号 第27号」 inside the band on the right; the debtor "
                        "broke a 和解調書 of 下関簡裁 令和7年(ハ)第733号: a 4×4 grid of the 和解 (和解成立日, 和解金額 360,000, "
                        "12,000円×30回, お支払済み 7回 84,000円, 最終ご入金日, 原債権者, 債権譲受日) with the 24,000円 "
                        "threshold in the prose; 期限の利益 lost UNDER THE 和解条項 (4/30); the claim = 和解残額 "
                        "(和解金額－お支払済み額) + 遅延損害金 in a teal frame with a red total; no interest")


# ---------------------------------------------------------------------------------------------
# al15 福山簡易裁判所 (ハ) 口頭弁論期日呼出状 after the 督促異議 against al03's 支払督促 + p.2 答弁書 form; image PDF.


def al15():
    issued, hearing, answer, objected = D(2026, 4, 9), D(2026, 5, 19), D(2026, 5, 12), D(2026, 3, 16)
    case = "令和8年(ハ)第1046号"
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"事件番号　{fw('令和8年（ハ）第1046号')}　譲受債権請求事件", size=10.5, x=20)
    p.line(f"（督促事件　{fw('令和8年（ロ）第318号')}）", size=9.5, x=20)
    p.line("原　告　SMBC債権回収株式会社", size=10.5, x=20)
    p.line("被　告　榊田　千尋", size=10.5, x=20)
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15.5, font="serif-bold")
    p.line("被告　榊田　千尋　殿", size=12, x=20)
    p.gap(2)
    p.para(f"上記当事者間の当庁{FK_CASE}支払督促事件（{era(FK_ORDER)}付け支払督促）について、あなたから{era(objected)}に督促異議の"
           "申立てがあったので、同事件は通常の訴訟手続に移行しました（民事訴訟法第395条）。")
    p.para("請求の趣旨及び原因は、先にあなたに送達された支払督促に記載のとおりです。下記期日に出頭してください。")
    p.gap(2)
    p.line("記", align="c")
    y = p.y
    for i, (a, b) in enumerate((("口頭弁論期日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時１５分"),
                                ("出頭場所", "福山簡易裁判所　第２号法廷（１階）"),
                                ("答弁書提出期限", f"期日の１週間前である{fw(era(answer))}（{wd(answer)}）まで"))):
        yy = y + i * 10
        p.add(Box(20, yy, 42, 10, 0.4, (0, 0, 0), SHADE))
        p.add(Box(62, yy, 128, 10, 0.4))
        p.at(41, yy + 6.8, a, size=10, align="c")
        p.at(65, yy + 6.8, b, size=10.8, font="serif-bold" if i == 0 else "serif")
    p.y = y + 35
    for s in ("１　同封の答弁書に必要事項を記入し、上記期限までに当裁判所に提出（郵送可）してください。",
              "２　期日に出頭せず、答弁書も提出しないときは、原告の請求を認めたものとして判決がされることがあります。",
              "３　分割払いなどの話合い（和解）を希望する場合は、答弁書の「和解についての希望」欄に記入してください。",
              "４　出頭の際は、この呼出状と認印をお持ちください。"):
        p.para(s, x0=20, x1=190, size=10, indent="")
    p.gap(5)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　福山簡易裁判所民事第一係", size=10.5)
    p.line("　　　　裁判所書記官　一尾　　真琴", size=10.5)
    p.seal(120, p.y - 5, 13, "square", "福山簡易裁判所書記官印", angle=0, seed=29151)
    p.gap(6)
    p.line(f"〒720-0000　広島県福山市かのえ坂九丁目8番8号　福山簡易裁判所　電話 {FK_PHONE}", size=9.5, x=20)
    q = Page(font="serif", size=10.5, top=16)
    q.line(f"事件番号　{fw('令和8年（ハ）第1046号')}", size=10.5)
    q.title("答　　弁　　書", size=17, font="serif-bold")
    q.line("福山簡易裁判所　御中", size=10.5, x=20)
    q.line("原告　SMBC債権回収株式会社　　被告　榊田　千尋", size=10.5, x=20)
    q.gap(3)
    q.line("第１　請求の趣旨に対する答弁", size=11, font="serif-bold", x=20)
    q.line("□　原告の請求を棄却する。　訴訟費用は原告の負担とする。との判決を求める。", size=10.3, x=26)
    q.gap(2)
    q.line("第２　請求の原因（支払督促の記載）に対する認否", size=11, font="serif-bold", x=20)
    for s in ("□　全部そのとおりである。", "□　一部違っている。（違っている部分　　　　　　　　　　　　　　　　）",
              "□　知らない。"):
        q.line(s, x=26, size=10.3)
        q.gap(1)
    q.gap(1)
    q.line("第３　私の言い分", size=11, font="serif-bold", x=20)
    for _ in range(3):
        q.gap(5)
        q.add(Line(26, q.y, 186, q.y, 0.25))
    q.gap(4)
    q.line("第４　和解についての希望", size=11, font="serif-bold", x=20)
    for s in ("□　分割払いを希望する。　月額　　　　　　円ずつ、　　　年　　月から毎月　　　日限り",
              "□　一括で支払うので、　　　年　　月　　日まで待ってほしい。", "□　その他（　　　　　　　　　　　　　　　　　　　　）"):
        q.line(s, x=26, size=10.3)
        q.gap(1.5)
    q.gap(5)
    for lab in ("令和　　年　　月　　日", "被告住所", "被告氏名　　　　　　　　　　　　　　　　印", "電話番号"):
        q.line(lab, x=26, size=10.5)
        q.add(Line(26, q.y - 0.8, 186, q.y - 0.8, 0.25))
        q.gap(5)
    tr = truth(document_type="lawsuit", sender="福山簡易裁判所", phone=FK_PHONE, creditor="SMBC債権回収株式会社",
               status="licensed", debtor="榊田千尋", lump=False, issued=issued, payment_due=None, hearing=hearing,
               reference=case, input_kind="pdf_scan", template="proxy29_summary_court_ha_after_objection_claim_by_reference",
               received=D(2026, 4, 13))
    return dict(stem="al15", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.2,
                about="lawsuit (簡裁 (ハ) after the 督促異議 against al03, claim only by reference)",
                unusual="the 福山簡裁 呼出状 of al03's case AFTER the debtor's 督促異議, scanned as a 2-page image PDF: the NEW "
                        "case number 「令和８年（ハ）第１０４６号」 with the old （督促事件 令和８年（ロ）第３１８号） under it "
                        "(distractor); the 支払督促 date 3/4 and the 異議 date 3/16 in the prose; 民事訴訟法第395条; the claim "
                        "ONLY BY REFERENCE 「請求の趣旨及び原因は、先に…送達された支払督促に記載のとおり」 (every amount null, "
                        "lump false); 口頭弁論期日 / 出頭場所 / 答弁書提出期限 as a shaded-label grid, the deadline as 「期日の"
                        "１週間前である…まで」 in full-width; p.2 a BLANK 答弁書 form with tick boxes (認否, 分割払い 月額…円)")


# ---------------------------------------------------------------------------------------------
# al16 株式会社住宅債権管理回収機構 (real) 強制執行（給与差押え）のご予告, 2 pages; p.2 給料差押えについてのご説明.


def al16():
    R = 14.0
    issued, due = D(2026, 4, 21), D(2026, 5, 8)
    acc, lastp, assign = D(2025, 5, 20), D(2025, 2, 25), D(2025, 8, 29)
    kari, served = D(2026, 3, 12), D(2026, 3, 16)
    P, I, C1, C2 = 2_418_300, 38_214, 9_830, 1_296
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L + C1 + C2
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "株式会社住宅債権管理回収機構", size=14, font="sans-bold", color=JKB)
    p.at(15, 24.5, "法務大臣許可 第91号　債権管理回収業", size=8.5, color=JKB)
    p.add(Line(15, 27, 196, 27, 0.5, JKB))
    p.at(196, 18.5, f"作成日　{era(issued)}", size=9.5, align="r")
    p.at(196, 23.5, "お客様番号　JK-91-40872", size=9.5, align="r")
    p.y = 31
    p.line("〒040-0000　北海道函館市いかり坂九丁目9番9号", size=10)
    p.line("刀根　隆之　様", size=14)
    p.gap(5)
    y = p.y
    p.add(Box(15, y, 181, 13, color=None, fill=(0.92, 0.95, 1.0)))
    p.add(Line(15, y, 15, y + 13, 2.0, RED))
    p.at(105.5, y + 9, "強制執行（給与差押え）のご予告", size=15.5, font="sans-bold", align="c")
    p.y = y + 18
    p.para(f"当社は、株式会社はまなす野銀行から{era(assign)}付で譲り受けた貴殿の住宅ローン債権について、下記の債務名義を取得"
           "しております。当社はこれまでお支払いのご相談をお願いしてまいりましたが、現在までご連絡をいただいておりません。")
    p.para(f"{ew(due)}までに下記金額のお支払い又はご連絡がない場合、当社は、下記債務名義に基づき、貴殿の勤務先から支払われる"
           "給料・賞与について、函館地方裁判所に債権差押命令の申立てを行います。")
    p.gap(1)
    p.line("■ 債務名義", size=10.5, font="sans-bold", color=JKB)
    p.kv([("種　類", "仮執行宣言付支払督促"), ("事件番号", "函館簡易裁判所　令和8年(ロ)第52号"),
          ("仮執行宣言", f"{era(kari)}（{era(served)}送達）")], x=22, label_w=28, size=9.8)
    p.gap(1)
    p.line(f"■ ご請求金額（{era(issued)}現在）", size=10.5, font="sans-bold", color=JKB)
    p.table([["項　目", "金　額"], ["元金", f"{P:,}円"], ["利息", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}～{era(issued)}　年14.0％）", f"{L:,}円"],
             ["督促手続費用", f"{C1:,}円"], ["仮執行宣言手続費用", f"{C2:,}円"], ["合　計", f"{T:,}円"]],
            [128, 46], x=22, header=True, aligns="lr", size=9.8, row_h=7)
    p.gap(2)
    p.kv([("原債権者", "株式会社はまなす野銀行（平成26年10月 住宅ローン）"), ("債権譲受日", era(assign)),
          ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc))], x=22, label_w=34, size=9.6)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 13, 1.0, RED))
    p.at(20, y + 8.5, "お支払・ご連絡期限", size=11, font="sans-bold", color=RED)
    p.at(62, y + 8.8, ew(due), size=13, font="sans-bold")
    p.y = y + 17
    p.para("お振込先　みなと函館銀行 本店 普通預金 4087291 カ）ジユウタクサイケンカンリカイシユウキコウ", size=9.2, indent="")
    p.gap(2)
    for s, sz, f in (("株式会社住宅債権管理回収機構　札幌業務部　法的管理課", 10, "sans-bold"),
                     ("〒060-0000 札幌市中央区みやび通九丁目9番9号", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-910（平日 9:00～17:30）　担当　鯉渕", 9.5, "sans")):
        p.line(s, x=80, size=sz, font=f)
    p.seal(188, p.y - 10, 12, "square", "住宅債権管理回収機構印", angle=3, seed=29161)
    q = Page(font="sans", size=10, top=16)
    q.line("2／2", size=9, color=GRAY, align="r")
    q.title("給料差押えについてのご説明", size=14)
    for t, s in (("差押えの対象", "勤務先から支払われる給料・賞与（退職金を含みます）。勤務先には裁判所から差押命令が送達され、"
                  "勤務先から当社に直接支払われます。"),
                 ("差し押さえられる額", "手取額（税金・社会保険料を控除した額）の4分の1。ただし手取額が44万円を超える場合は、"
                  "33万円を超える部分の全額。"),
                 ("計算例", "手取額28万円の場合、差し押さえられる額は月額7万円です（28万円×1/4）。"),
                 ("取立ての時期", "差押命令が貴殿に送達された日から4週間を経過した後、当社が取り立てます。"),
                 ("差押えの継続", "請求金額の全額と執行費用に達するまで、毎月継続します。")):
        q.line(f"◆ {t}", size=10.5, font="sans-bold", x=20, color=JKB)
        q.para(s, x0=26, x1=192, size=9.8, indent="")
        q.gap(1.5)
    q.gap(3)
    y = q.y
    q.add(Box(18, y, 176, 40, 0.5, JKB, (0.96, 0.97, 1.0)))
    q.at(22, y + 7, "差押えを避けるために", size=11, font="sans-bold", color=JKB)
    for i, s in enumerate(["・お支払期限までに、フリーダイヤル 0120-000-910 へご連絡ください。",
                           "・ご収入に応じた分割でのお支払いをご相談いただけます（例：月額3万円から）。",
                           "・ご連絡の際はお客様番号（JK-91-40872）をお伝えください。",
                           "・当社は法務大臣の許可を受けた債権回収会社です（法務省ホームページでご確認いただけます）。"]):
        q.at(24, y + 15 + i * 6, s, size=9.6)
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="0120-000-910", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社はまなす野銀行", debtor="刀根隆之", total=T, principal=P, interest=I, late_damages=L,
               costs=C1 + C2, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="JK-91-40872", input_kind="pdf_text_2page",
               template="proxy29_housing_servicer_wage_seizure_warning_two_cost_rows", received=D(2026, 4, 23))
    return dict(stem="al16", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, 給与差押え予告 on a 仮執行宣言付支払督促, 2 pages)",
                unusual="real servicer ★ 株式会社住宅債権管理回収機構 with 「法務大臣許可 第91号　債権管理回収業」 (no 番号) "
                        "under the name; title 「強制執行（給与差押え）のご予告」 on a pale-blue band with a red edge; a ■債務名義 "
                        "block (仮執行宣言付支払督促, 函館簡裁 令和8年(ロ)第52号, 仮執行宣言 and 送達 dates: distractors); a "
                        "項目 / 金額 table with TWO cost rows 督促手続費用 / 仮執行宣言手続費用 (→ costs = sum) above 合計; "
                        "原債権者 with 平成26年10月; a red-framed お支払・ご連絡期限; p.2 給料差押えについてのご説明 full of "
                        "numbers that are not amounts of the claim (4分の1, 44万円, 33万円, 28万円 → 7万円, 4週間, 月額3万円)")


LETTERS = [al09, al10, al11, al12, al13, al14, al15, al16]
