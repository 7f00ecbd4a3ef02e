"""Proxy set 5, letters q09–q16: 労働金庫 期限の利益喪失 (scan), old 任意売却 debt from an invented servicer
(EXIF-rotated photo), two scams aimed at people who lost their home, 縦書き 信用金庫 demand on a 連帯保証人, 地裁 (ワ)
呼出状 + 訴状 by a servicer, bank 和解 proposal with a 大字 合意書案, servicer 受託通知."""

from __future__ import annotations

from datetime import date as D

from common import late, truth

from samples.letters.fmt import fmt_date, fullwidth, kanji_digits, kanji_number
from samples.letters.layout import PT_MM, RED, Line, Page, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth


def wk(d: D, style: str = "kanji") -> str:
    return fmt_date(d, style, weekday=True)


def _seal_after(it, gap=7.0):
    return it.y + len(it.s) * it.size * PT_MM * it.pitch + gap


# ---------------------------------------------------------------------------------------------
# q09 労働金庫 通知書（期限の利益の喪失について）, scanned: one-row horizontal grid 貸付の種類/元金残高/未収利息/遅延損害金/
#     合計 under (単位：円); 融資金額 / 融資実行日 / 貸付番号 distractors; 4-digit area code; 取引者番号; sender bottom.


def q09():
    P, INT, R = 19_604_330, 48_712, 14.5
    L = late(P, R, D(2025, 12, 6), D(2025, 12, 18))
    T = P + INT + L
    issued, due = D(2025, 12, 19), D(2026, 1, 9)
    p = Page(font="serif", size=10.5)
    p.y = 18
    p.line(wk(issued), align="r")
    p.line("取引者番号　0557-20318", align="r", size=9.5)
    p.gap(2)
    p.line("〒041-0000　北海道函館市いさりび町九丁目9番9号", size=10)
    p.line("増井　達也　様", size=13)
    p.gap(6)
    p.title("通知書（期限の利益の喪失について）", size=15)
    p.para("貴殿が当金庫から借り入れられた下記住宅ローンにつきましては、令和7年7月22日のご返済を最後にご返済が滞っており、"
           "当金庫は令和7年11月14日付の催告書により、令和7年12月5日までに延滞元利金をお支払いいただくよう催告いたしました。")
    p.para("しかしながら、同日までにお支払いがなかったため、貴殿は金銭消費貸借契約証書第9条第2項により、令和7年12月5日の"
           "経過をもって本件借入金債務全額について期限の利益を喪失されました。")
    p.para("つきましては、下記の債務全額を" + wk(due) + "までに一括してお支払いくださいますよう通知いたします。期限までに"
           "お支払いがない場合は、保証機関による代位弁済の手続及び担保不動産の競売手続へ移行することとなりますので、"
           "ご承知おきください。")
    p.gap(2)
    p.line("記", align="c")
    p.line("１．お借入の内容", font="serif-bold", size=10)
    p.kv([("貸付番号", "301-2209-18"),
          ("融資実行日", "平成28年9月30日"),
          ("融資金額", "27,000,000円"),
          ("最終ご返済日", "令和7年7月22日"),
          ("期限の利益喪失日", "令和7年12月5日")], x=28, label_w=36, size=10)
    p.gap(2)
    p.line("２．ご請求金額（令和7年12月18日現在）", font="serif-bold", size=10)
    p.line("（単位：円）", x=190, align="r", size=8.5)
    p.table([["貸付の種類", "元金残高", "未収利息", "遅延損害金", "合計"],
             ["住宅ローン", f"{P:,}", f"{INT:,}", f"{L:,}", f"{T:,}"]], [34, 36, 28, 30, 38], x=24, header=True,
            size=10, row_h=9)
    p.line(f"※遅延損害金は令和7年12月6日から令和7年12月18日まで、元金残高に対し年{R}%の割合で計算しております。", x=24,
           size=8.5)
    p.gap(2)
    p.line("３．お支払期日　" + wk(due), font="serif-bold", size=10)
    p.line("　　お振込先　　当金庫函館支店　普通預金　0041295　ハマナスロウキン　ユウシカ", size=10)
    p.gap(2)
    p.line("以上", align="r")
    p.gap(6)
    p.rule(x0=104)
    p.gap(3)
    x = 106
    p.line("〒040-0000　北海道函館市とどほっけ通九丁目9番9号", x=x, size=8.5)
    p.line("はまなす労働金庫　函館支店", x=x, size=12, font="serif-bold")
    p.line("支店長　　鷲尾　学", x=x, size=10)
    p.line("融資課　担当　二階堂", x=x, size=9)
    p.line("電話　0138-00-2260（融資課直通）", x=x, size=9)
    p.line("FAX　0138-00-2269", x=x, size=9)
    p.seal(183, p.y - 24, 16, "square", "はまなす労働金庫函館支店", angle=2, seed=5901)
    tr = truth(document_type="acceleration_notice", sender="はまなす労働金庫", phone="0138-00-2260",
               creditor="はまなす労働金庫", status="not_applicable", debtor="増井達也", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=D(2025, 12, 5), last_payment=D(2025, 7, 22), reference="0557-20318",
               input_kind="scan_png", template="proxy5_rokin_acceleration_grid", received=D(2025, 12, 22))
    return dict(stem="q09", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="acceleration_notice (労働金庫 住宅ローン)",
                unusual="労働金庫 (a new sender type) 通知書（期限の利益の喪失について）, scanned; 催告 date 11/14 and cure date "
                        "12/5 → acceleration 「令和7年12月5日の経過をもって」; one-row horizontal grid 貸付の種類/元金残高/未収利息/"
                        "遅延損害金/合計 with (単位：円) outside the table; 貸付番号 / 融資実行日 平成28年 / 融資金額 27,000,000 "
                        "distractors in a 記 list; 取引者番号; sender block BOTTOM-right (branch name, 支店長) with a 4-digit "
                        "area-code phone 0138-00-2260 + FAX; truth sender = the 労働金庫 (branch dropped)")


# ---------------------------------------------------------------------------------------------
# q10 invented servicer ひばり債権回収 (第１６８号 → unverified): a 7-year-old 任意売却 remainder, photo stored sideways
#     (EXIF 8); full-width amounts and dates; 期限後利息 (= late damages) larger than the principal; 平成31年 last
#     payment; 債務承認書兼分割弁済申込書 enclosed (acknowledgement trap).


def q10():
    P, INT, R = 3_146_200, 41_560, 14.6
    L = late(P, R, D(2019, 2, 26), D(2026, 3, 6))
    T = P + INT + L
    issued, due = D(2026, 3, 11), D(2026, 3, 31)
    f = lambda n: fw(f"{n:,}円")  # noqa: E731
    p = Page(font="sans", size=10)
    p.box(0, 0, 210, 30, width=0, color=None, fill=(0.86, 0.90, 0.95))
    p.at(20, 14, "ひばり債権回収株式会社", size=14, font="sans-bold")
    p.at(20, 21, "法務大臣許可番号　第" + fw("168") + "号", size=8.5)
    p.at(20, 26, "〒460-0000　名古屋市中区ことぶき町九丁目9番9号　本社ビル3階", size=8)
    p.at(190, 14, "TEL　052-000-6180", size=9, align="r")
    p.at(190, 19.5, "フリーダイヤル　0120-000-772", size=9, align="r")
    p.at(190, 25, "受付　月～金 9:00～18:00", size=8, align="r")
    p.seal(118, 17, 14, "square", "ひばり債権回収", angle=-4, seed=6001)
    p.y = 36
    p.line(fw("令和8年3月11日"), align="r")
    p.line("お問い合わせ番号　HB-0311-2094", align="r", size=9.5)
    p.y = 40
    p.line("〒501-0000　岐阜県岐阜市こもれび台九丁目9番9号", size=9.5)
    p.line("荻野　正和　様", size=13)
    p.gap(5)
    p.line("【重要】", align="c", size=11, font="sans-bold", color=RED)
    p.title("残債務一括返済のご請求", size=16)
    p.para("当社は、" + fw("令和3年9月30日") + "、株式会社あじさい野銀行より貴殿に対する住宅ローン債権を譲り受け、これまで"
           "再三にわたりご連絡を差し上げてまいりましたが、現在に至るまでお支払い及びご連絡をいただいておりません。")
    p.para("本件債権は、担保物件の任意売却（" + fw("平成30年11月16日") + "決済、売却代金" + f(18_200_000) + "）による充当後の"
           "残債務であり、貴殿は" + fw("平成30年6月5日") + "をもって期限の利益を喪失されております。つきましては、下記ご請求額を"
           + wk(due, "fw") + "までに一括してお支払いください。")
    p.para("なお、一括でのお支払いが困難な場合は、同封の「債務承認書兼分割弁済申込書」にご記入のうえご返送いただければ、"
           "月々のご返済額についてご相談に応じます。")
    p.gap(2)
    p.table([["原債権者", "株式会社あじさい野銀行"],
             ["債権譲受日", fw("令和3年9月30日")],
             ["最終取引日", fw("平成31年2月25日")],
             ["期限の利益喪失日", fw("平成30年6月5日")],
             ["元本", f(P)],
             ["約定利息", f(INT)],
             ["期限後利息", f(L)],
             ["ご請求額計", f(T)],
             ["お支払期限", wk(due, "fw")]], [48, 100], x=31, aligns="ll", shade_col0=True, size=10, row_h=7.6)
    p.line("※期限後利息：元本に対する年14.6%の割合による損害金（" + fw("平成31年2月26日") + "から" + fw("令和8年3月6日")
           + "まで）", x=31, size=8.5)
    p.gap(3)
    p.line("【お振込先】　あさなぎ銀行　名古屋支店　普通　6620813　ヒバリサイケンカイシュウ（カ", x=31, size=9.5)
    p.gap(2)
    p.para("※期限までにお支払い又はご連絡がない場合は、法的手続（訴訟・強制執行）に移行する場合がございます。※本状と行き違いで"
           "お支払い済みの場合はご容赦ください。担当：管理回収部　鬼頭", size=8.5, indent="")
    tr = truth(document_type="collection_notice", sender="ひばり債権回収株式会社", license_number=168,
               phone="052-000-6180", creditor="ひばり債権回収株式会社", status="unverified",
               original="株式会社あじさい野銀行", debtor="荻野正和", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=D(2018, 6, 5),
               last_payment=D(2019, 2, 25), assignment=D(2021, 9, 30), reference="HB-0311-2094",
               input_kind="photo_exif_rotated", template="proxy5_old_debt_fullwidth_exif8", received=D(2026, 3, 13))
    return dict(stem="q10", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                about="collection_notice (old debt, 時効 territory)",
                unusual="invented servicer ひばり債権回収 (法務大臣許可番号 第１６８号 → unverified) in a blue header band with TEL + "
                        "フリーダイヤル; a 任意売却 remainder whose 最終取引日 is 平成31年2月25日 (7 years: prescription territory) "
                        "and a 債務承認書兼分割弁済申込書 enclosed; full-width amounts and dates; 期限後利息 (= late damages, "
                        "explained in a footnote) larger than the 元本; 約定利息; 売却代金 distractor; red 【重要】; phone photo "
                        "stored sideways (EXIF Orientation 8)")


# ---------------------------------------------------------------------------------------------
# q11 scam letter aimed at auction victims: invented 「全国住宅債権回収保全機構株式会社」 with 法務省認可特別民間法人 and a bogus
#     第９８号; 債権移行; personal account / e-money; 090 担当直通; 3-day deadline; no street address; phone photo.


def q11():
    T = 1_486_000
    issued, due = D(2026, 1, 14), D(2026, 1, 16)
    p = Page(font="sans", size=10.5)
    p.y = 16
    p.line("令和8年1月14日", align="r")
    p.line("受付番号　" + fw("KY-1184"), align="r", size=10)
    p.gap(1)
    p.line("相馬　美由紀　様", size=13)
    p.gap(4)
    p.title("競売物件残債務に関する最終通告書", size=17, color=RED)
    p.line("全国住宅債権回収保全機構株式会社", align="c", size=12, font="sans-bold")
    p.line("（法務省認可特別民間法人　法務大臣許可番号　第" + fw("98") + "号）", align="c", size=9.5)
    p.gap(4)
    p.para("貴殿が以前所有されていた不動産の競売に伴い発生した残債務につきまして、原債権者より当機構へ債権移行が完了いたし"
           "ましたので、ご通知申し上げます。当機構はこれまで再三にわたり通知いたしましたが、貴殿からは何らのご連絡もございません。")
    p.para("本書到達後3日以内にご入金又はご連絡なき場合は、裁判所の許可のもと、給与・預貯金・動産の差押えを執行し、あわせて"
           "勤務先及びご親族への訪問調査を実施いたします。その際の出張費・近隣調査費は全額貴殿のご負担となります。")
    p.gap(2)
    top = p.y
    p.box(30, top, 150, 34, width=0.8, color=RED)
    p.y = top + 4
    p.line("ご請求金額　　金" + fw(f"{T:,}") + "円", align="c", size=15, font="sans-bold", color=RED)
    p.line("お支払期限　　令和8年1月16日（金）必着", align="c", size=12, font="sans-bold")
    p.line("※分割・減額のご相談は担当者直通ダイヤルまで", align="c", size=9.5)
    p.y = top + 38
    p.para("お支払方法：当機構担当者名義の指定口座へのお振込み、又はお近くのコンビニエンスストアで電子マネー（ギフトカード）を"
           "ご購入のうえ、カード番号を担当者へお電話でお伝えください。口座番号はお電話でのみご案内いたします。", size=10)
    p.para("本件はご本人様の個人情報保護のため、必ずご本人様よりお電話ください。ご家族・代理人からのお問い合わせには応じかねます。",
           size=10)
    p.gap(4)
    p.line("全国住宅債権回収保全機構株式会社　東京本部（東京都千代田区）", size=10, font="sans-bold")
    p.line("本部TEL　03-0000-9902　（受付 9:00～20:00 土日も受付）", size=10)
    p.line("担当直通　090-0000-4471　（担当：佐々木）", size=10)
    p.seal(170, p.y - 8, 16, "round", "全国住宅債権|回収/保全", angle=-8, seed=6101)
    tr = truth(document_type="other", sender="全国住宅債権回収保全機構株式会社", license_number=98, phone="03-0000-9902",
               status="not_licensed", debtor="相馬美由紀", total=T, lump=False, issued=issued, payment_due=due,
               reference="KY-1184", is_scam=True, input_kind="photo_jpeg", template="proxy5_scam_auction_victim_letter",
               received=None)
    return dict(stem="q11", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                about="other (scam, fake servicer)",
                unusual="架空請求 LETTER aimed at a former owner of an auctioned home: invented 「全国住宅債権回収保全機構株式会社」 "
                        "with 法務省認可特別民間法人 and a bogus 法務大臣許可番号 第９８号 (kept; not_licensed); 債権移行, 3 days, "
                        "勤務先・親族訪問 and 近隣調査費 threats; payment to a staff member's account or e-money gift cards; "
                        "本部 03 TEL + 090 担当直通; no street address; red title and red amount box with full-width amount; "
                        "受付番号 full-width; no creditor named; phone photo")


# ---------------------------------------------------------------------------------------------
# q12 scam postcard: 「日本債権回収管理センター株式会社」 (look-alike of 日本債権回収株式会社, no licence number), 債権移行
#     wording from the MoJ warning, 本日中 contact, no amount, 080 + 03 numbers; phone photo of a postcard.


def q12():
    issued = D(2026, 2, 25)
    p = Page(w=100, h=148, left=8, right=8, top=10, font="sans", size=7.5, leading=1.55)
    p.line("令和8年2月25日", align="r", size=7.5)
    p.line("お客様番号　" + fw("NC-713"), align="r", size=7.5)
    p.gap(1)
    p.line("国分　誠一　様", size=10)
    p.gap(3)
    p.add(Line(8, p.y, 92, p.y, 0.5))
    p.gap(2)
    p.line("債権移行に関する重要なお知らせ", align="c", size=10.5, font="sans-bold")
    p.gap(2)
    p.para("貴殿がご利用された住宅関連ローン及び各種料金の未払い債権につきまして、契約会社より当社へ債権移行されました"
           "ことをお知らせいたします。", size=7.5)
    p.para("債権移行につき確認事項が御座います。本日中に必ず御連絡下さい。", size=8.5, font="sans-bold")
    p.para("御連絡なき場合は、法的措置（財産差押え・信用情報機関への登録）の手続に入らせていただきます。確認事項の内容は"
           "個人情報保護のため、お電話にてご本人様にのみお伝えいたします。", size=7.5)
    p.gap(3)
    p.box(10, p.y, 80, 24, width=0.4)
    p.y += 3
    p.line("日本債権回収管理センター株式会社", x=50, align="c", size=8.5, font="sans-bold")
    p.line("債権移行受付窓口", x=50, align="c", size=7.5)
    p.line("TEL　03-0000-5871", x=50, align="c", size=8.5)
    p.line("担当直通　080-0000-2196", x=50, align="c", size=7.5)
    p.line("受付時間　9:00～21:00（年中無休）", x=50, align="c", size=7)
    p.y += 4
    p.para("※本状は重要書類です。必ずご本人様がご確認ください。", size=6.5, indent="")
    tr = truth(document_type="other", sender="日本債権回収管理センター株式会社", phone="03-0000-5871",
               status="not_licensed", debtor="国分誠一", lump=False, issued=issued, reference="NC-713", is_scam=True,
               input_kind="photo_jpeg", template="proxy5_scam_lookalike_postcard", received=None)
    return dict(stem="q12", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                about="other (scam postcard, look-alike servicer)",
                unusual="架空請求 postcard from 「日本債権回収管理センター株式会社」 — a look-alike of the real 日本債権回収株式会社 "
                        "(registry) with 管理センター added, NO licence number (→ not_licensed; a fuzzy match would wrongly say "
                        "licensed); the MoJ-quoted 「債権移行につき確認事項が御座います。本日中に必ず御連絡下さい。」; no amount, no "
                        "payment date, no creditor; 03 TEL + 080 担当直通; full-width お客様番号 ＮＣ－７１３; phone photo")


# ---------------------------------------------------------------------------------------------
# q13 縦書き 内容証明 保証債務履行請求書 from a 信用金庫 to the 連帯保証人 after the 競売 配当: 大字 amounts with 萬;
#     kansuji dates; the 配当 金額 in 大字 as a distractor; kanji phone; no reference number.


def q13():
    P, R = 8_905_400, 14.0
    L = late(P, R, D(2025, 11, 21), D(2025, 12, 25))
    T = P + L
    dj = lambda n: "金" + kanji_number(n, daiji=True).replace("万", "萬") + "円"  # noqa: E731
    cols = [
        ("title", "保証債務履行請求書"),
        ("body", "当金庫は、戸部康弘（以下「主債務者」という。）に対し、平成二十八年七月二十九日付金銭消費貸借契約に基づく"
                 "住宅ローン債権を有しており、貴殿は、同契約に基づく主債務者の一切の債務について連帯保証をされております。"),
        ("body", "主債務者は、令和六年五月七日の弁済を最後にその後の弁済を怠り、令和六年八月六日の経過をもって期限の利益を"
                 "喪失いたしました。"),
        ("body", "当金庫は担保不動産の競売を申し立て（名古屋地方裁判所令和六年（ケ）第四四二号）、令和七年十一月二十日の配当"
                 f"期日において{dj(12_300_000)}の配当を受け、これを充当いたしましたが、なお残元金{dj(P)}及びこれに対する"
                 f"令和七年十一月二十一日から同年十二月二十五日まで年十四パーセントの割合による遅延損害金{dj(L)}、以上を合計して"
                 f"{dj(T)}が残存しております。"),
        ("body", "よって、当金庫は貴殿に対し、連帯保証人として右合計金員を令和八年一月二十六日限り左記口座に一括してお支払い"
                 "くださるよう請求いたします。右期限までにお支払いなき場合は、貴殿所有の財産に対し法的手続をとらせていただき"
                 "ますので、念のため申し添えます。"),
        ("body", "振込先　ささゆり信用金庫本店営業部　普通預金　口座番号" + kanji_digits("3108852")
                 + "　口座名義　ささゆり信用金庫融資管理部"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", "令和八年一月七日"),
        ("low", "名古屋市東区あけぼの町九丁目九番九号"),
        ("low", "ささゆり信用金庫"),
        ("low", "理事長　　杉浦　隆三"),
        ("low", "融資管理部　電話〇五二―〇〇〇―三四一八"),
        ("blank", ""),
        ("low", "愛知県春日井市みずほ台九丁目九番九号"),
        ("low", "連帯保証人　戸部　恵子　殿"),
    ]
    pages = vertical_page(cols, size=11.5)
    for pg in pages:
        for it in pg.items:
            if isinstance(it, VText) and it.s.startswith("理事長"):
                pg.items.append(Seal(it.x, _seal_after(it, 4.0) + 4, 9.5, "square", "ささゆり信用金庫理事長印", angle=-3,
                                     seed=6301))
    pages[-1].items.append(post_office_stamp(pages[-1], 6302))
    tr = truth(document_type="collection_notice", sender="ささゆり信用金庫", phone="052-000-3418",
               creditor="ささゆり信用金庫", status="not_applicable", debtor="戸部恵子", total=T, principal=P,
               late_damages=L, rate=R, lump=True, issued=D(2026, 1, 7), payment_due=D(2026, 1, 26),
               acceleration=D(2024, 8, 6), last_payment=D(2024, 5, 7), input_kind="vertical_pdf",
               template="proxy5_vertical_guarantor_demand_daiji_man", received=D(2026, 1, 9))
    return dict(stem="q13", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (縦書き 内容証明, 連帯保証人)",
                unusual="縦書き 内容証明 保証債務履行請求書 from a 信用金庫 to the 連帯保証人 (addressee = debtor in the truth; the "
                        "主債務者 is only named in the text) after the 競売 配当; every amount in 大字 written with 萬 "
                        f"({dj(T)}); 配当 {dj(12_300_000)} as a distractor inside the same sentence; kansuji dates; "
                        "「…限り」 deadline; account number in kanji digits; kanji phone; no reference number (null); square "
                        "seal and 郵便認証司 stamp")


# ---------------------------------------------------------------------------------------------
# q14 奈良地裁 (ワ) 口頭弁論期日呼出及び答弁書催告状 + 訴状 (2 pages); plaintiff アルファ債権回収 (registry, no number
#     printed); 任意売却 remainder; 期日 table; court phone with 内線; 訴状 date ≠ 呼出状 date; 貼用印紙額 distractor.


def q14():
    P, INT, R = 2_846_300, 12_940, 14.0
    L = late(P, R, D(2024, 12, 21), D(2026, 2, 6))
    X = P + INT + L
    p = Page(font="serif", size=10.5)
    p.y = 16
    p.line("令和8年3月2日", align="r")
    p.gap(1)
    p.line("被告　瀬尾　俊介　殿", size=12.5)
    p.gap(2)
    x = 108
    p.line("奈良地方裁判所民事部", x=x)
    p.line("裁判所書記官　　宮　脇　　千　尋", x=x)
    p.line("電話　0742-00-8811（内線2315）", x=x, size=9.5)
    p.line("FAX　0742-00-8890", x=x, size=9.5)
    p.seal(186, p.y - 12, 13, "square", "裁判所書記官印", angle=2, seed=6401)
    p.gap(5)
    p.title("口頭弁論期日呼出及び答弁書催告状", size=15)
    p.kv([("事件番号", "令和8年（ワ）第214号　譲受債権請求事件"),
          ("原　　告", "アルファ債権回収株式会社"),
          ("被　　告", "瀬尾　俊介")], x=24, label_w=26)
    p.gap(3)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に"
           "出頭してください。")
    p.para("なお、訴状を送付しますので、下記答弁書提出期限までに答弁書を提出してください。答弁書を提出せず、期日にも出頭しない"
           "ときは、原告の主張を認めたものとして、原告の請求どおりの判決がされることがあります。")
    p.gap(2)
    p.table([["期　　日", "令和8年4月8日（水）午前10時30分"],
             ["出頭場所", "奈良地方裁判所　第203号法廷（2階）"],
             ["答弁書提出期限", "令和8年3月30日（月）"]], [44, 118], x=24, aligns="ll", shade_col0=True, size=11, row_h=10)
    p.gap(4)
    p.para("（注意）１　出頭の際は、この呼出状と認印をお持ちください。２　答弁書の用紙を同封しましたので、分割払いの希望等が"
           "ある場合はその旨を記載してください。３　この事件についての問い合わせは、上記書記官室に事件番号をお知らせのうえ"
           "お願いします。", size=9.5, indent="")
    p.y = 280
    p.line("1", align="c", size=9)
    q = Page(font="serif", size=10)
    q.y = 16
    q.title("訴　　　状", size=16)
    q.line("令和8年2月13日", align="r")
    q.line("奈良地方裁判所　御中", size=11)
    q.line("原告代表者代表取締役　　柴崎　雅彦", x=190, align="r", size=10)
    q.gap(2)
    q.kv([("原　告", "〒104-0000 東京都中央区みなと川九丁目9番9号　アルファ債権回収株式会社"),
          ("", "上記代表者代表取締役　柴崎　雅彦　（送達場所）電話 03-0000-5140　FAX 03-0000-5141"),
          ("被　告", "〒631-0000 奈良県奈良市あやめ池北九丁目9番9号　瀬尾　俊介")], x=22, label_w=18, size=9.5)
    q.gap(1)
    q.line(f"譲受債権請求事件　　訴訟物の価額　金{X:,}円　　貼用印紙額　金23,000円", x=22, size=9.5)
    q.gap(2)
    q.line("第１　請求の趣旨", font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{X:,}円及びうち金{P:,}円に対する令和8年2月7日から支払済みまで年14パーセントの割合に"
           "よる金員を支払え。", x0=26)
    q.para("２　訴訟費用は被告の負担とする。", x0=26)
    q.para("との判決並びに仮執行の宣言を求める。", x0=26)
    q.gap(1)
    q.line("第２　請求の原因", font="serif-bold")
    q.para("１　株式会社くるみ台銀行（以下「原債権者」という。）は、平成25年10月18日、被告に対し、住宅購入資金として"
           "金30,000,000円を、利率年1.2パーセント（変動）、遅延損害金年14パーセント（年365日の日割計算）の約定で貸し付けた。",
           x0=26)
    q.para("２　被告は、令和5年6月26日の弁済を最後にその後の弁済を怠り、令和5年10月10日の経過により期限の利益を喪失した。",
           x0=26)
    q.para("３　原債権者は、令和6年12月20日、担保不動産の任意売却代金から金24,716,500円の弁済を受け、これを本件貸金債権に"
           "充当した。", x0=26)
    q.para("４　原債権者は、令和7年3月31日、本件貸金債権を原告に譲渡し、同年4月8日到達の内容証明郵便により被告にその旨を"
           "通知した。", x0=26)
    q.para("５　よって、原告は被告に対し、下記合計金及びうち残元金に対する令和8年2月7日から支払済みまで約定の年14パーセントの"
           "割合による遅延損害金の支払を求める。", x0=26)
    q.gap(1)
    q.table([["残元金", f"{P:,}円"],
             ["未払利息", f"{INT:,}円"],
             ["確定遅延損害金（令和6年12月21日から令和8年2月6日まで）", f"{L:,}円"],
             ["合計", f"{X:,}円"]], [116, 40], x=30, size=9.5)
    q.gap(2)
    q.line("証拠方法　甲第1号証 金銭消費貸借契約証書　甲第2号証 債権譲渡通知書　甲第3号証 取引履歴", x=26, size=9)
    q.line("附属書類　訴状副本 1通　甲号証写し 各1通　資格証明書 1通", x=26, size=9)
    q.y = 280
    q.line("2", align="c", size=9)
    tr = truth(document_type="lawsuit", sender="奈良地方裁判所", phone="0742-00-8811", creditor="アルファ債権回収株式会社",
               status="licensed", original="株式会社くるみ台銀行", debtor="瀬尾俊介", total=X, principal=P, interest=INT,
               late_damages=L, rate=R, lump=True, issued=D(2026, 3, 2), payment_due=None, acceleration=D(2023, 10, 10),
               last_payment=D(2023, 6, 26), assignment=D(2025, 3, 31), hearing=D(2026, 4, 8),
               reference="令和8年(ワ)第214号", input_kind="pdf_text_2page",
               template="proxy5_district_servicer_summons_2p", received=D(2026, 3, 5))
    return dict(stem="q14", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), servicer plaintiff)",
                unusual="奈良地裁 口頭弁論期日呼出及び答弁書催告状 (p.1) + 訴状 (p.2); plaintiff アルファ債権回収 ★ (registry, no "
                        "number printed → licensed, sender licence null); claim for a 任意売却 remainder; 期日 / 出頭場所 / "
                        "答弁書提出期限 in a shaded 2-column table; court phone with 内線 + FAX; 訴状 date 2/13 ≠ 呼出状 3/2; "
                        "plaintiff's own phone/FAX in the 送達場所 line; 訴訟物の価額 = total, 貼用印紙額 23,000 and 当初 "
                        "30,000,000 / 売却代金 24,716,500 distractors; 通知到達 4/8 ≠ 譲渡 3/31; contract rate 1.2% vs late 14%")


# ---------------------------------------------------------------------------------------------
# q15 bank 残債務のお支払方法に関するご提案 after 任意売却: current balance table, then a boxed 弁済合意書（案） with the
#     confirmed debt and the 和解金 in 大字; 回答期限; western dates; 整理No.; TEL + フリーダイヤル + FAX.


def q15():
    P, INT, R = 2_718_000, 14_205, 14.0
    L = late(P, R, D(2025, 7, 26), D(2025, 11, 20))
    T = P + INT + L
    settle, monthly = 1_800_000, 25_000
    n = settle // monthly
    dj = lambda n_: "金" + kanji_number(n_, daiji=True) + "円"  # noqa: E731
    issued, reply = D(2025, 11, 27), D(2025, 12, 19)
    p = Page(font="sans", size=10)
    p.y = 16
    p.line(wk(issued, "west"), align="r")
    p.line("整理No.　HZ-25-3318", align="r", size=9.5)
    p.y = 18
    p.line("〒918-0000　福井県福井市すいせん町九丁目9番9号", size=9.5)
    p.line("及川　奈緒子　様", size=13)
    p.gap(3)
    x = 110
    p.line("株式会社ほしぞら銀行", x=x, size=12, font="sans-bold")
    p.line("ローン管理部　住宅ローン管理グループ", x=x, size=9)
    p.line("担当　冨樫", x=x, size=9)
    p.line("TEL 0776-00-3120　FAX 0776-00-3129", x=x, size=9)
    p.line("フリーダイヤル 0120-000-486", x=x, size=9)
    p.seal(186, p.y - 12, 13, "square", "ほしぞら銀行之印", angle=3, seed=6501)
    p.gap(3)
    p.title("残債務のお支払方法に関するご提案", size=15)
    p.para("平素は格別のお引立てを賜り、厚く御礼申し上げます。お客様の住宅ローンの担保物件につきましては、任意売却の決済が"
           "2025年7月25日に完了し、売却代金（14,600,000円）から諸費用を控除した額をご返済に充当させていただきました。")
    p.para("充当後の残債務につきましては、お客様のご収入の状況を踏まえ、一部を免除したうえで分割によりお支払いいただく"
           "下記の弁済合意をご提案いたします。ご同意いただける場合は、同封の合意書2通にご署名・ご捺印のうえ、回答期限までに"
           "ご返送ください。")
    p.gap(1)
    p.line("■現在の残債務（2025年11月20日現在）", font="sans-bold", size=9.5)
    p.table([["元金", "利息", "遅延損害金", "残債務合計"],
             [f"{P:,}円", f"{INT:,}円", f"{L:,}円", f"{T:,}円"]], [38, 34, 40, 46], x=26, header=True, size=10,
            aligns="rrrr")
    p.line(f"（遅延損害金：2025年7月26日から2025年11月20日まで　元金に対し年{R:.1f}%）", x=26, size=8.5)
    p.line("最終ご返済日　2024年12月26日　　期限の利益喪失日　2025年3月4日", x=26, size=8.5)
    p.gap(3)
    top = p.y
    p.box(22, top, 166, 58, width=0.5)
    p.y = top + 4
    p.line("弁済合意書（案）", align="c", size=11.5, font="sans-bold")
    p.para(f"第１条　債務者は、債権者に対し、本件住宅ローンの残債務として、2025年11月20日現在{dj(T)}の支払義務があることを"
           "確認する。", x0=27, x1=184, size=9.5, indent="")
    p.para(f"第２条　債務者は、前条の債務のうち{dj(settle)}を、2026年1月から2031年12月まで毎月末日限り{dj(monthly)}ずつ"
           f"（計{n}回）、債権者の指定する口座に振り込んで支払う。", x0=27, x1=184, size=9.5, indent="")
    p.para("第３条　債務者が前条の分割金の支払を2回以上怠り、その額が金五萬円に達したときは、当然に期限の利益を失い、第１条の"
           "金額から既払金を控除した残額を直ちに支払う。", x0=27, x1=184, size=9.5, indent="")
    p.para("第４条　債務者が第２条の分割金を遅滞なく支払ったときは、債権者は第１条のその余の債務を免除する。", x0=27, x1=184,
           size=9.5, indent="")
    p.y = top + 62
    p.line("ご回答期限　" + wk(reply, "west") + "（当行必着）", align="c", size=12, font="sans-bold")
    p.gap(1)
    p.para("※ご回答期限までにご返送いただけない場合は、本ご提案を撤回し、残債務合計の一括でのお支払いをお願いすることと"
           "なります。※ご不明な点は上記担当までお問い合わせください（平日9:00～17:00）。", size=8.5, indent="")
    tr = truth(document_type="settlement_proposal", sender="株式会社ほしぞら銀行", phone="0776-00-3120",
               creditor="株式会社ほしぞら銀行", status="not_applicable", debtor="及川奈緒子", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply,
               acceleration=D(2025, 3, 4), last_payment=D(2024, 12, 26), reference="HZ-25-3318", input_kind="pdf_text",
               template="proxy5_bank_settlement_daiji_draft", received=D(2025, 11, 29))
    return dict(stem="q15", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal (bank, 任意売却後)",
                unusual="bank's own 和解 proposal after 任意売却: a one-row horizontal header table 元金/利息/遅延損害金/残債務合計, "
                        "then a framed 弁済合意書（案） whose articles repeat the debt in 大字 "
                        f"({dj(T)}) next to the smaller 和解 amount {dj(settle)} and monthly {dj(monthly)} (distractors) and a "
                        "金五萬円 default threshold; 売却代金 14,600,000 distractor; ご回答期限 with weekday (当行必着) = "
                        "payment_due; western dates; 整理No.; TEL + FAX + フリーダイヤル")


# ---------------------------------------------------------------------------------------------
# q16 invented servicer みちしお債権回収 (says it is licensed, prints NO number → unverified) 受託通知 for a bank after 競売:
#     creditor stays the bank; rows-only balance table; contact deadline (not a payment date); 代表 TEL + 担当直通 +
#     フリーダイヤル + FAX in a bottom-right box; ご返済者番号.


def q16():
    P, INT, R = 1_975_600, 8_844, 14.0
    L = late(P, R, D(2025, 12, 19), D(2026, 1, 31))
    T = P + INT + L
    issued = D(2026, 2, 9)
    p = Page(font="serif", size=10.5)
    p.y = 16
    p.line(wk(issued), align="r")
    p.line("ご返済者番号　MC-260209-0455", align="r", size=9.5)
    p.y = 20
    p.line("〒660-0000　兵庫県尼崎市すずかぜ町九丁目9番9号", size=10)
    p.line("鳴海　一成　様", size=13)
    p.gap(8)
    p.title("債権管理回収業務受託のお知らせ", size=15)
    p.para("拝啓　時下ますますご清栄のこととお喜び申し上げます。")
    p.para("さて、当社は、このたび株式会社あおさぎ銀行（以下「委託元」といいます。）より、貴殿と委託元との間の住宅ローン"
           "契約に基づく債権について、令和8年1月30日付で債権管理回収業務の委託を受けました。")
    p.para("本件債権の債権者は引き続き委託元であり、当社は委託元に代わってお支払いの受領及びご返済のご相談を承ります。今後の"
           "お支払い・お問い合わせは、委託元ではなく当社までお願いいたします。")
    p.para("本件債権は、担保不動産の競売による配当（令和7年12月18日）充当後の残債務でございます。ご返済方法のご相談のため、"
           "令和8年2月27日（金）までに下記担当者までお電話くださいますようお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.table([["委託元（債権者）", "株式会社あおさぎ銀行"],
             ["最終ご返済日", "令和5年9月27日"],
             ["期限の利益喪失日", "令和6年1月12日"],
             ["元金", f"{P:,}円"],
             ["利息", f"{INT:,}円"],
             [f"損害金（年{R:.1f}%・令和7年12月19日～令和8年1月31日）", f"{L:,}円"],
             ["ご債務残高（令和8年1月31日現在）", f"{T:,}円"]], [110, 46], x=27, ruled="rows", size=10, row_h=8)
    p.gap(2)
    p.line("以上", align="r")
    p.para("当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。本件に関し、当社社員が"
           "金銭を直接お預かりすることはございません。", size=9, indent="")
    p.gap(4)
    top = p.y
    p.box(96, top, 94, 44, width=0.4)
    p.y = top + 4
    x = 100
    p.line("みちしお債権回収株式会社", x=x, size=12, font="serif-bold")
    p.line("〒530-0000　大阪市北区うしお町九丁目9番9号", x=x, size=8.5)
    p.line("管理部　担当　百瀬", x=x, size=9)
    p.line("TEL（代表）　06-0000-7710", x=x, size=9)
    p.line("担当直通　　06-0000-7725", x=x, size=9)
    p.line("フリーダイヤル　0120-000-318　FAX　06-0000-7711", x=x, size=9)
    p.seal(180, top + 9, 13, "square", "みちしお債権回収", angle=-2, seed=6601)
    tr = truth(document_type="assignment_notice", sender="みちしお債権回収株式会社", phone="06-0000-7710",
               creditor="株式会社あおさぎ銀行", status="unverified", original="株式会社あおさぎ銀行", debtor="鳴海一成",
               total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=False, issued=issued, payment_due=None,
               acceleration=D(2024, 1, 12), last_payment=D(2023, 9, 27), reference="MC-260209-0455",
               input_kind="pdf_text", template="proxy5_entrusted_servicer_no_number", received=D(2026, 2, 12))
    return dict(stem="q16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (受託通知)",
                unusual="債権管理回収業務受託のお知らせ from an invented servicer that claims a 法務大臣 licence but prints NO number "
                        "(→ unverified, licence null); entrusted, not sold → creditor = original = the bank (委託元（債権者）), "
                        "no assignment date (受託日 is not one); rows-only 記 table with the window inside the 損害金 label; "
                        "contact-by deadline 2/27 (a phone call, not a payment → payment_due null, lump false); "
                        "TEL（代表）+ 担当直通 + フリーダイヤル + FAX in a bottom-right box; ご返済者番号")


LETTERS = [q09, q10, q11, q12, q13, q14, q15, q16]
