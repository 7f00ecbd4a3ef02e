"""Proxy set 101, letters df09–df16: a consumer lender's 和解成立のご確認 photographed sideways (df09), an invented
servicer's 担当部署変更のお知らせ (df10), a bank's 配当による完済・抵当権抹消のお知らせ (df11), a law office's 縦書き
回答書 accepting instalments (df12), a 簡裁's 和解調書 (df13), a card company's ご返済条件見直しのご提案 by fax (df14),
a scam 「和解金減額のご案内」 (df15) and a real servicer's 任意売却後の分割弁済のご提案 (df16)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    RED,
    WHITE,
    Box,
    Line,
    Page,
    dashed,
    era,
    grid,
    kdate,
    late,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
ORANGE = (0.80, 0.40, 0.05)
GREEN = (0.10, 0.42, 0.20)
INDIGO = (0.20, 0.20, 0.50)


def en(n: int) -> str:
    return f"{n:,}円"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month:02d}.{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# df09 株式会社つゆくさローン: 和解（分割弁済）成立のご確認, sideways photo (EXIF 6); nothing asks a reply.


def df09():
    R = 20.0
    issued, settle, first = D(2025, 7, 14), D(2025, 7, 10), D(2025, 7, 31)
    acc, lastp = D(2025, 5, 8), D(2025, 3, 27)
    P, I = 486_300, 12_940
    L = late(P, R, acc + timedelta(1), settle)
    T = P + I + L
    m = 18_000
    n_full, last_amt = divmod(T, m)
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "つゆくさローン", size=15, font="sans-bold", color=ORANGE)
    p.at(196, 18, f"{wdate(issued)}", size=9.5, align="r")
    p.at(196, 23.5, "お客様番号　0725-331-086", size=9.5, align="r")
    p.y = 30
    p.line("〒850-0000　長崎県長崎市あさぎり坂九丁目9番9号", size=10)
    p.line("利光　康之　様", size=13.5)
    p.gap(6)
    p.title("分割弁済による和解成立のご確認", size=14.5)
    p.para(f"{wdate(settle)}のお電話にて、お客様のご債務のお支払方法について下記のとおり合意いたしましたので、その内容を"
           "ご確認ください。本書面のご返送は不要です。初回のお支払日までに、下記口座へお振り込みください。", size=9.8)
    p.gap(1)
    p.line(f"１．和解時のご債務額（{wdate(settle)}現在）", size=10.5, font="sans-bold")
    y = grid(p, 20, p.y, [40, 46, 40, 46], [["貸付残元金", en(P), "未払利息", en(I)],
                                          ["遅延損害金（年20.0％）", en(L), "ご債務額合計", en(T)]], h=9, size=10.5,
             bold={(1, 3)})
    p.y = y + 2
    p.line(f"※遅延損害金は{wdate(acc + timedelta(1))}から和解日までの日割計算です。", x=20, size=8.3)
    p.gap(2)
    p.line("２．お支払方法", size=10.5, font="sans-bold")
    p.kv([("初回お支払日", f"{wdate(first)}（{wd(first)}）"), ("以後", f"毎月末日限り　{m:,}円"),
          ("お支払回数", f"{n_full + 1}回（最終回 {last_amt:,}円）"),
          ("お振込先", "さくらじま殖産銀行 長崎支店 普通預金 3310862 カ）ツユクサローン")], x=25, label_w=34, size=9.8)
    p.gap(2)
    p.line("３．その他", size=10.5, font="sans-bold")
    for s in (f"・お客様は{wdate(acc)}に期限の利益を喪失されています（前回ご入金日 {wdate(lastp)}）。",
              "・上記のお支払いを2回以上怠り、その額が36,000円に達したときは、和解による期限の利益を失い、残額を一括して",
              "　お支払いいただきます。",
              "・約定どおりお支払いいただいている間は、新たな遅延損害金はいただきません。"):
        p.line(s, x=22, size=9.3)
    p.gap(5)
    y = p.y
    p.add(Box(96, y, 100, 30, 0.4, ORANGE))
    for i, (s, sz, f) in enumerate((("株式会社つゆくさローン　債権管理部", 10.5, "sans-bold"),
                                    ("〒810-0000 福岡市博多区みずばしょう町九丁目9番9号", 8.3, "sans"),
                                    ("フリーダイヤル 0120-000-925　担当 沼間", 9.5, "sans"),
                                    ("貸金業登録番号 福岡財務支局長(3)第00412号", 7.8, "sans"))):
        p.at(100, y + 7 + i * 6.3, s, size=sz, font=f)
    tr = truth(document_type="settlement_proposal", sender="株式会社つゆくさローン", phone="0120-000-925",
               creditor="株式会社つゆくさローン", status="not_applicable", debtor="利光康之", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=first, acceleration=acc,
               last_payment=lastp, reference="0725-331-086", input_kind="photo_exif_rotated",
               template="proxy101_lender_settlement_confirmed_sideways", received=D(2025, 7, 16))
    return dict(stem="df09", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=1.8, creases=2, fill=0.84, shadow=0.3, shadow_side="right"),
                about="settlement_proposal (consumer lender, 和解成立のご確認, sideways photo)",
                unusual="phone photo on tatami with creases and a hand shadow, stored sideways with EXIF orientation 6; an "
                        "orange logo text and the お客様番号 as DIGITS only (0725-331-086) top-right; a confirmed 和解 that "
                        "asks NO reply (「本書面のご返送は不要です」) → payment_due = the 初回お支払日; a 2×2 shaded grid "
                        "貸付残元金 / 未払利息 / 遅延損害金（年20.0％） / ご債務額合計; 18,000 a month, the number of "
                        "instalments, the last instalment and the 36,000 threshold as distractors; the 喪失 date and the "
                        "前回ご入金日 inside a bullet; the 貸金業登録番号 in a framed sender box")


# ---------------------------------------------------------------------------------------------
# df10 碧水債権回収 (invented, 第259号): 担当部署・お問い合わせ先変更のお知らせ, digital; claims nothing.


def df10():
    issued, change, assign = D(2026, 6, 15), D(2026, 7, 1), D(2023, 9, 29)
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "碧水債権回収株式会社", size=13, font="sans-bold", color=INDIGO)
    p.at(15, 24, "法務大臣許可番号 第259号", size=8, color=INDIGO)
    p.at(196, 19, "令和8年6月15日", size=9.5, align="r")
    p.y = 32
    p.add(Box(112, 30, 84, 26, 0.2, GRAY))
    p.at(116, 36, "〒690-0000", size=9.5)
    p.at(116, 41, "島根県松江市えぞにゅう台九丁目9番9号", size=9.5)
    p.at(122, 51, "三膳　由香里　様", size=13.5)
    p.at(15, 36, "お客様番号", size=8.5, color=GRAY)
    p.at(15, 41.5, "HS-2309-2046", size=11, font="sans-bold")
    p.y = 64
    p.title("担当部署及びお問い合わせ先変更のお知らせ", size=14.5)
    p.para("拝啓　平素より格別のお引き立てを賜り、厚く御礼申し上げます。", size=10)
    p.para(f"当社では、業務体制の見直しにより、{era(change)}から、お客様のお取引の管理を東京本社管理部から大阪センターへ移管"
           "いたします。これに伴い、担当者及びお問い合わせ先が下記のとおり変わります。", size=10)
    p.para("現在お約束いただいている分割のお支払い（和解契約）の内容、お支払日及びお振込先に変更はございません。本状はご請求書"
           "ではありませんので、ご入金は従来どおりお願いいたします。", size=10)
    p.line("敬具", align="r")
    p.gap(1)
    p.line("記", align="c")
    p.table([["", "変更前", "変更後"],
             ["担当部署", "東京本社　管理部", "大阪センター　管理課"],
             ["担当者", "清水谷", "和合"],
             ["電話番号", "03-0000-2590", "06-000-2591"],
             ["受付時間", "平日 9:00～17:30", "平日 9:00～18:00"],
             ["適用日", "", f"{era(change)}（{wd(change)}）"]],
            [34, 70, 77], x=15, header=True, aligns="lll", size=10, row_h=8.5, shade_col0=True)
    p.gap(4)
    p.line("【ご参考：お客様のお取引】", size=9.5, font="sans-bold")
    p.kv([("原債権者", "きぬさや信販株式会社"), ("当社債権譲受日", era(assign)),
          ("和解契約日", "令和6年2月8日（月額8,000円）"), ("現在の和解残高", "182,000円（令和8年5月末日現在）")],
         x=18, label_w=38, size=9.3)
    p.gap(3)
    p.para("※電話番号のおかけ間違いにご注意ください。当社が電話やメールでお振込先の変更をお願いすることはございません。", size=8.8,
           indent="")
    p.gap(6)
    for s, sz, f in (("碧水債権回収株式会社　大阪センター", 10.5, "sans-bold"),
                     ("〒541-0000 大阪市中央区ほりえ浜九丁目9番9号", 8.5, "sans"),
                     ("TEL 06-000-2591（7月1日以降のお問い合わせ先）", 9.5, "sans")):
        p.line(s, x=96, size=sz, font=f)
    tr = truth(document_type="other", sender="碧水債権回収株式会社", license_number=259, phone="06-000-2591",
               creditor="碧水債権回収株式会社", status="unverified", original="きぬさや信販株式会社",
               debtor="三膳由香里", issued=issued, assignment=assign, reference="HS-2309-2046",
               input_kind="pdf_text", template="proxy101_invented_servicer_contact_change", received=None)
    return dict(stem="df10", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (invented servicer, 担当部署変更のお知らせ)",
                unusual="digital notice of an INVENTED servicer 「碧水債権回収株式会社」 (「法務大臣許可番号 第259号」 under the "
                        "logo text → unverified) that claims nothing (「本状はご請求書ではありません」); the お客様番号 as a "
                        "bold label-above-value at the LEFT facing the addressee box; a 変更前 / 変更後 table (担当部署, 担当者, "
                        "電話番号 03-0000-2590 → 06-000-2591, 受付時間, 適用日 with weekday): the old number is a distractor; "
                        "a ご参考 block with 原債権者, 譲受日, 和解契約日 (月額8,000円) and 現在の和解残高 182,000 (not a claim)")


# ---------------------------------------------------------------------------------------------
# df11 株式会社かささぎ銀行: 競売配当金による完済及び抵当権抹消書類のお知らせ, 2-page image PDF; claims nothing.


def df11():
    issued, divday = D(2026, 8, 20), D(2026, 7, 29)
    P0, I0, L0, C0 = 14_612_300, 21_904, 318_566, 1_412_000
    owed = P0 + I0 + L0 + C0
    div = owed
    k = lambda n: f"{n:,}"  # noqa: E731
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "かささぎ銀行", size=15, font="sans-bold", color=NAVY)
    p.at(15, 25, "株式会社かささぎ銀行　ローン業務部", size=8.5)
    p.at(196, 19, f"{fw(era(issued))}", size=9.5, align="r")
    p.at(196, 24.5, "お客様番号　ＫＳ－０５５１－２０８", size=9.5, align="r")
    p.y = 33
    p.line("〒020-0000　岩手県盛岡市あまだれ通九丁目9番9号", size=10)
    p.line("部坂　昌平　様", size=13.5)
    p.gap(6)
    p.title("ご完済及び抵当権抹消書類のお渡しについて", size=14.5)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。", size=9.8)
    p.para(f"盛岡地方裁判所令和7年(ケ)第58号担保不動産競売事件につきましては、{fw(era(divday))}の配当期日において当行に配当が"
           "実施され、お客様の住宅ローンのご債務は、下表のとおり全額に充当されました。これにより、当行に対するお客様のご債務は"
           "すべてご完済となりましたので、お知らせいたします。", size=9.8)
    p.para("売却代金のうち当行への配当額を超える部分（剰余金）は、裁判所からお客様へ交付される扱いとなります。詳しくは裁判所に"
           "お問い合わせください。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.gap(1)
    p.line("１．配当金の充当結果", size=10.5, font="sans-bold")
    p.table([["項目", "配当期日現在の債権額", "充当額", "充当後残高"],
             ["元金", k(P0), k(P0), "0"], ["利息", k(I0), k(I0), "0"], ["損害金", k(L0), k(L0), "0"],
             ["競売費用（当行立替分）", k(C0), k(C0), "0"], ["合計", k(owed), k(div), "0"]],
            [52, 46, 42, 38], x=16, header=True, aligns="lrrr", size=9.5, row_h=7.5)
    p.line("（単位：円）", x=170, size=8)
    p.gap(2)
    p.line("２．抵当権抹消書類", size=10.5, font="sans-bold")
    p.para("抵当権の抹消登記に必要な書類（2枚目）は、ご本人確認のうえ窓口でお渡しいたします。買受人への所有権移転に伴い、抹消"
           "登記は買受人側の手続で行われる場合がございます。", size=9.5, indent="　")
    p.gap(4)
    for s, sz, f in (("株式会社かささぎ銀行　ローン業務部", 10, "sans-bold"),
                     ("〒020-0000 岩手県盛岡市ひばりの丘九丁目9番9号", 8.5, "sans"),
                     ("電話 019-000-5513（平日9:00～17:00）担当 湯谷", 9.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    q = Page(font="sans", size=10, top=16)
    q.line("（2枚目）", size=9, color=GRAY)
    q.title("抵当権抹消書類のご案内", size=13.5)
    q.table([["書類", "備考"], ["抵当権解除証書", "当行発行"], ["登記済証（又は登記識別情報通知）", "ご契約時にお預かりしたもの"],
             ["当行の代表者事項証明書", "発行後3か月以内"], ["委任状", "司法書士へ委任される場合"]],
            [90, 86], x=16, header=True, aligns="ll", size=9.5, row_h=8)
    q.gap(3)
    q.para("※抹消登記の登録免許税（不動産1個につき1,000円）は、登記申請をされる方のご負担です。", size=9, indent="")
    q.para("※対象物件：岩手県盛岡市あまだれ通九丁目9番9号の土地・建物（平成30年6月ご融資　当初ご融資額 18,500,000円）", size=9,
           indent="")
    q.para("※完済に伴い、ご返済用口座からの自動引落しは停止しております。口座はそのままご利用いただけます。", size=9, indent="")
    q.gap(6)
    q.add(Box(16, q.y, 178, 22, 0.3, NAVY, (0.95, 0.96, 0.99)))
    q.at(20, q.y + 7, "お問い合わせ", size=10, font="sans-bold", color=NAVY)
    q.at(20, q.y + 14, "株式会社かささぎ銀行 ローン業務部　電話 019-000-5513　お客様番号をお伝えください。", size=9)
    tr = truth(document_type="other", sender="株式会社かささぎ銀行", phone="019-000-5513", creditor=None,
               status="not_applicable", debtor="部坂昌平", issued=issued, reference="KS-0551-208",
               input_kind="pdf_scan", template="proxy101_bank_paid_by_dividend_mortgage_release", received=None)
    return dict(stem="df11", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="other (bank, 配当による完済・抵当権抹消のお知らせ, 2 pages)",
                unusual="2-page image PDF of a bank letter saying the 競売 配当 paid the housing loan IN FULL: every amount "
                        "null — a 4-column 充当 table (配当期日現在の債権額 / 充当額 / 充当後残高 0, rows 元金 / 利息 / 損害金 / "
                        "競売費用 / 合計, 単位：円) is history; full-width era date and お客様番号; the (ケ) number and the "
                        "配当期日 in the prose (not a reference, not a hearing); the 剰余金 goes to the owner; p.2 a list of "
                        "抵当権抹消 documents with the 登録免許税 1,000円 and 当初ご融資額 18,500,000円 as distractors")


# ---------------------------------------------------------------------------------------------
# df12 笙野・鳳来法律事務所 for 株式会社ひぐらしローン: 縦書き 回答書 (accepts instalments), digital.


def df12():
    R = 20.0
    issued, due, asof = D(2026, 10, 7), D(2026, 10, 23), D(2026, 9, 30)
    acc, lastp, prop = D(2026, 3, 2), D(2026, 1, 26), D(2026, 9, 18)
    P, I = 623_400, 18_702
    L = late(P, R, acc + timedelta(1), asof)
    T = P + I + L
    kj = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "回答書"),
        ("body", "冠省　当職らは、株式会社ひぐらしローン（以下「通知人」といいます。）の代理人として、貴殿から"
                 f"{kdate(prop)}付でいただいた分割弁済のお申出について、次のとおり回答いたします。"),
        ("body", f"一　貴殿の通知人に対する債務は、{kdate(asof)}現在、左記のとおり合計{kj(T)}です。"),
        ("indent", f"元金　　　{kj(P)}"),
        ("indent", f"利息　　　{kj(I)}"),
        ("indent", f"損害金　　{kj(L)}"),
        ("plain", f"　　（{kdate(acc + timedelta(1))}から同年九月三十日まで年二十パーセント）"),
        ("body", f"二　貴殿は、{kdate(lastp)}を最後にお支払いがなく、{kdate(acc)}の経過により期限の利益を喪失しております。"),
        ("body", "三　通知人は、貴殿のお申出の月額一万五千円には応じかねますが、月額二万円を毎月末日限りお支払いいただくこと"
                 "（初回令和八年十一月三十日）を条件に、分割弁済に応じます。"),
        ("body", f"四　右条件にご同意いただける場合は、同封の合意書に署名押印のうえ、{kdate(due)}までに当事務所へご返送ください。"
                 "期限までにご返送がないときは、やむなく法的手続に移行いたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "当職整理番号　ＨＬ２６－１００７"),
        ("low", "東京都新宿区ちんぐるま通九丁目九番九号"),
        ("low", "電話　〇三（〇〇〇〇）六二一八"),
        ("low", "笙野・鳳来法律事務所"),
        ("low", "通知人代理人　弁護士　笙野　真澄"),
        ("low", "同　　　　　　弁護士　鳳来　一馬".replace("　　　　　　", "　")),
        ("blank", ""),
        ("low", "千葉県船橋市かなかな台九丁目九番九号"),
        ("low", "阿部倉　航　殿"),
    ]
    size = 10.8
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.7, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    for name, sd in (("笙野　真澄", 101121), ("鳳来　一馬", 101122)):
        it = [t for t in pg.items if isinstance(t, VText) and name in t.s][0]
        pg.items.append(Seal(it.x, it.y + len(it.s) * size * 0.3528 * 1.05 + 6, 7, "maru", name[:2], seed=sd))
    tr = truth(document_type="settlement_proposal", sender="笙野・鳳来法律事務所", phone="03-0000-6218",
               creditor="株式会社ひぐらしローン", status="not_applicable", debtor="阿部倉航", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="HL26-1007", input_kind="vertical_pdf",
               template="proxy101_vertical_lawyer_reply_accepting_instalments", received=D(2026, 10, 9))
    return dict(stem="df12", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="settlement_proposal (law office of two lawyers, 縦書き 回答書)",
                unusual="digital 縦書き 回答書 (冠省 … 草々) of two lawyers answering the DEBTOR's own 分割 offer of "
                        "令和八年九月十八日 (a distractor date): the debt as of 九月三十日 (≠ the letter date) in positional "
                        "kanji (金六十二万三千四百円 …) with 元金 / 利息 / 損害金; the 喪失 and the last payment in item 二; the "
                        "debtor's 一万五千円 refused and 二万円 a month from 令和八年十一月三十日 offered (distractors); the "
                        "合意書 return date in item 四 → payment_due; two small round 認印; phone in kanji digits; full-width "
                        "当職整理番号")


# ---------------------------------------------------------------------------------------------
# df13 奄美簡易裁判所: 和解調書 (正本) of a (ハ) case, scanned.


def df13():
    R = 14.6
    kijitsu, seihon, first = D(2026, 4, 22), D(2026, 4, 28), D(2026, 5, 20)
    P, I = 287_640, 6_318
    L = late(P, R, D(2025, 4, 9), D(2026, 3, 31))
    T = P + I + L
    case = "令和８年（ハ）第３７号"
    p = Page(font="serif", size=10.5, top=16)
    p.line("正　本", size=11, font="serif-bold", x=15)
    p.title("和　解　調　書", size=17, font="serif-bold")
    p.table([["事件の表示", f"{case}　立替金請求事件"], ["期日", f"{fw(era(kijitsu))}（{wd(kijitsu)}）午前１０時３０分"],
             ["場所等", "奄美簡易裁判所　法廷"], ["裁判官", "東儀　亮太"], ["裁判所書記官", "玻名城　さやか"]],
            [40, 130], x=20, aligns="ll", size=10, row_h=8, font="serif", ruled="rows")
    p.gap(3)
    p.line("当事者等の表示", size=10.5, font="serif-bold")
    p.kv([("原告", "さざなみクレジット株式会社"), ("同代表者代表取締役", "宇佐美谷　淳"),
          ("同訴訟代理人", "支配人　無量井　宏"), ("被告", "外立　優斗")], x=25, label_w=46, size=10, font="serif")
    p.line("出頭した当事者等　原告訴訟代理人　被告", x=25, size=10)
    p.gap(3)
    p.line("手続の要領等", size=10.5, font="serif-bold")
    p.line("当事者間に次のとおり和解成立", x=25, size=10)
    p.line("和　解　条　項", size=11.5, font="serif-bold", align="c")
    items = [
        f"１　被告は、原告に対し、本件立替金等債務として、金{fw(f'{T:,}')}円（内訳　立替金残額{fw(f'{P:,}')}円、未払手数料"
        f"{fw(f'{I:,}')}円、令和７年４月９日から令和８年３月３１日までの確定遅延損害金{fw(f'{L:,}')}円）の支払義務があることを認める。",
        "２　被告は、原告に対し、前項の金員を、令和８年５月から完済まで、毎月２０日限り金１万円ずつ分割して、原告の指定する"
        "口座に振り込む方法により支払う。ただし、振込手数料は被告の負担とする。",
        "３　被告が前項の分割金の支払を怠り、その額が金２万円に達したときは、被告は当然に同項の期限の利益を失い、被告は原告に"
        "対し、第１項の金員から既払金を控除した残額及びうち立替金残額に相当する金員に対する期限の利益を失った日の翌日から"
        "支払済みまで年１４．６パーセントの割合による遅延損害金を支払う。",
        "４　原告は、その余の請求を放棄する。",
        "５　原告と被告は、原告と被告との間には、本件に関し、本和解条項に定めるもののほかに何らの債権債務がないことを相互に"
        "確認する。",
        "６　訴訟費用は各自の負担とする。",
    ]
    for s in items:
        p.para(s, x0=22, x1=190, size=10, indent="")
    p.gap(3)
    p.line("奄美簡易裁判所", x=110, size=10.5)
    p.line("裁判所書記官　玻名城　さやか", x=110, size=10.5)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 22, 0.4))
    p.at(24, y + 6.5, f"これは正本である。　{fw(era(seihon))}", size=9.5)
    p.at(24, y + 12.5, "奄美簡易裁判所　裁判所書記官　玻名城　さやか", size=9.5)
    p.at(24, y + 18.5, "（民事係　電話 0997-00-3712）", size=9.5)
    p.seal(176, y + 11, 15, "square", "奄美簡易裁判所書記官印", angle=0, seed=101131)
    tr = truth(document_type="settlement_proposal", sender="奄美簡易裁判所", phone="0997-00-3712",
               creditor="さざなみクレジット株式会社", status="not_applicable", debtor="外立優斗", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=kijitsu, payment_due=first,
               reference="令和8年(ハ)第37号", input_kind="scan_png",
               template="proxy101_summary_court_settlement_record", received=D(2026, 5, 1))
    return dict(stem="df13", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="settlement_proposal (簡裁 和解調書 正本)",
                unusual="scanned 和解調書 (正本) of a court new to the sets, 奄美簡易裁判所: a rows-ruled header (事件の表示 with "
                        "the full-width (ハ) number, 期日 with weekday and 午前１０時３０分, 場所等, 裁判官, 書記官); 当事者等の表示 "
                        "(原告 a card company with its 支配人 as 訴訟代理人, 被告); 和解条項 １ acknowledges the debt with a "
                        "bracketed 内訳 in full-width digits (立替金残額 / 未払手数料 / 確定遅延損害金 with its window 令和７年４月９日 – 令和８年３月３１日); ２ 金１万円 "
                        "a month from 令和８年５月 on the 20th; ３ the 金２万円 default clause with 年１４．６パーセント; the "
                        "正本 certification box with its own date and the 民事係 phone")


# ---------------------------------------------------------------------------------------------
# df14 株式会社ときわぎカード: ご返済条件見直しのご提案 (分割弁済), one-page fax with a FAX reply strip.


def df14():
    R = 14.6
    issued, due = D(2025, 8, 18), D(2025, 8, 29)
    lastp = D(2025, 5, 27)
    Ps, Pc, I = 238_600, 300_000, 14_218
    P = Ps + Pc
    overdue = 46_300
    L = late(overdue, R, D(2025, 6, 28), issued)
    T = P + I + L
    p = Page(font="sans", size=9.8, top=10)
    p.add(Box(15, 9, 181, 9, 0.4))
    p.at(18, 15, f"FAX送信　{jis(issued)}　宛先：小串　隆之 様　　送信元：株式会社ときわぎカード お客様相談室（1/1）", size=9)
    p.y = 22
    p.at(196, 25, "お客様番号　TW-58-04417", size=9.5, align="r")
    p.at(196, 30, "会員番号　5311-＊＊＊＊-＊＊＊＊-6208", size=8.5, align="r")
    p.y = 34
    p.title("ご返済条件見直しのご提案（分割弁済のご案内）", size=14)
    p.para(f"{jis(D(2025, 8, 12))}にご相談いただきました件につき、当社にて検討いたしました結果、下記のとおりご返済条件の見直しを"
           "ご提案いたします。ご同意いただける場合は、下欄の回答欄にご記入のうえ、ご回答期限までにFAXでご返信ください。", size=9.6)
    p.gap(1)
    p.line(f"■ 現在のご利用残高等（{jis(issued)}現在）", size=10, font="sans-bold")
    p.table([["項目", "金額", "備考"],
             ["ご利用残高（元金）", en(P), f"ショッピング {Ps:,}円 ／ キャッシング {Pc:,}円"],
             ["未払手数料・利息", en(I), "6月・7月ご請求分"],
             ["遅延損害金", en(L), f"延滞額 {overdue:,}円に対し年14.6％"],
             ["合計", en(T), ""]],
            [48, 38, 95], x=15, header=True, aligns="lrl", size=9.5, row_h=7.3)
    p.gap(2)
    p.line("■ ご提案内容", size=10, font="sans-bold")
    m = 15_400
    f0 = T - 35 * m
    assert 0 < f0 <= m
    p.kv([("お支払方法", "36回払い（毎月27日）"), ("毎月のお支払額", f"{m:,}円（初回のみ {f0:,}円）"),
          ("初回お支払日", jis(D(2025, 9, 29))), ("ご利用停止", "本プラン完了までカードはご利用いただけません")],
         x=20, label_w=34, size=9.5)
    p.para(f"※最終ご入金日 {jis(lastp)}。本プランへの変更後は、約定どおりのお支払いをいただく限り、新たな遅延損害金は発生しません。",
           size=8.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 11, 1.1))
    p.at(19, y + 7.4, "ご回答期限", size=10.5, font="sans-bold")
    p.at(48, y + 7.6, f"{jis(due)}（{wd(due)}）17:00　FAX必着", size=12, font="sans-bold")
    p.y = y + 15
    for s, sz, f in (("株式会社ときわぎカード　お客様相談室", 10, "sans-bold"),
                     ("〒060-0000 札幌市北区おきなぐさ通九丁目9番9号", 8.3, "sans"),
                     ("TEL 0120-000-417　FAX 011-000-4418　担当 佐原田", 9.3, "sans"),
                     ("貸金業登録番号 北海道財務局長(5)第00071号", 7.8, "sans")):
        p.line(s, x=100, size=sz, font=f)
    p.gap(5)
    dashed(p, 12, 198, p.y)
    p.at(105, p.y - 1, "－－　ご返信欄（このままFAXしてください　FAX 011-000-4418）　－－", size=7, align="c")
    p.gap(5)
    p.line("□ 上記のご提案に同意します。　　□ 別の条件を相談したい（ご希望額：月　　　　　円）", x=20, size=10)
    p.gap(2)
    for lab in ("ご記入日　　　　年　　月　　日", "お名前", "日中のご連絡先"):
        b = p.line(lab, x=20, size=10)
        p.add(Line(20, b + 1.8, 190, b + 1.8, 0.25))
        p.gap(2.5)
    tr = truth(document_type="settlement_proposal", sender="株式会社ときわぎカード", phone="0120-000-417",
               creditor="株式会社ときわぎカード", status="not_applicable", debtor="小串隆之", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="TW-58-04417", input_kind="fax_tiff",
               template="proxy101_card_reschedule_proposal_fax_reply_strip", received=issued)
    return dict(stem="df14", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:42 TOKIWAGI CARD 011-000-4418",
                about="settlement_proposal (card company, ご返済条件見直しのご提案, one-page fax)",
                unusual="one-page G4 fax of a card company after the debtor's phone call: a framed one-line FAX送信 strip "
                        "with a JIS date R7.08.18; EVERY date in JIS form (R7.08.29, R7.05.27 …); お客様番号 and a masked "
                        "会員番号 top-right; a 項目 / 金額 / 備考 table whose 備考 column holds the ショッピング / キャッシング "
                        "split and the 延滞額 46,300 (distractors); the plan (36回, 15,400 a month, a smaller first instalment, first R7.09.29); a "
                        "heavy-framed ご回答期限 with 17:00 FAX必着; TEL and FAX on one line; a dashed ご返信欄 with check "
                        "boxes; the 貸金業登録番号")


# ---------------------------------------------------------------------------------------------
# df15 scam 「株式会社債務和解推進機構」: 和解金減額のご案内（最終）, phone photo; fake licence.


def df15():
    issued, due = D(2026, 6, 29), D(2026, 7, 2)
    T, S = 386_400, 39_800
    p = Page(font="sans", size=10, top=14)
    stamp(p, 15, 12, "最終通知", color=RED, size=12, fill=RED)
    stamp(p, 48, 12, "親展", color=RED, size=11)
    p.at(196, 18, "通知日　令和8年6月29日", size=9.5, align="r")
    p.at(196, 23.5, "管理番号　へ－２１７", size=9.5, align="r")
    p.y = 28
    p.line("江尻　光代　様", size=13.5)
    p.gap(5)
    p.add(Box(15, p.y, 181, 13, color=None, fill=RED))
    p.at(105.5, p.y + 9, "未納料金に関する和解金減額のご案内（最終）", size=14.5, font="sans-bold", color=WHITE, align="c")
    p.y += 18
    p.para("貴殿がご利用されたデジタルコンテンツ（有料動画・情報サイト）の未納料金につき、契約会社から当機構に債権の管理及び和解"
           "交渉が委任されております。度重なる督促にもかかわらずご連絡がないため、契約会社は民事訴訟の準備に入っております。", size=10)
    p.para("ただし、当機構が契約会社と交渉した結果、本通知の期限までに下記の和解金をお支払いいただいた場合に限り、残りの請求を免除"
           "し、訴訟を取り下げる旨の合意が得られました。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 36, 1.0, RED))
    p.at(32, y + 9, "未納料金総額", size=11)
    p.at(178, y + 9, en(T), size=13, font="sans-bold", align="r")
    p.at(32, y + 19, "和解金（今回のお支払額）", size=11)
    p.at(178, y + 19, en(S), size=15, font="sans-bold", align="r", color=RED)
    p.at(32, y + 30, "お支払期限", size=11)
    p.at(178, y + 30, f"令和8年7月2日（{wd(due)}）15時まで", size=12.5, font="sans-bold", align="r")
    p.y = y + 41
    p.para("※お支払いは、指定口座へのお振込み、又はコンビニで購入した電子マネーの番号をお電話でお伝えいただく方法に限ります。"
           "※期限を過ぎた場合、和解は無効となり、未納料金総額に加え訴訟費用をご請求いたします。", size=9.3, indent="")
    p.para("※本件は当機構でしか解決できません。弁護士・消費生活センター等へのご相談は、和解が成立しなくなるおそれがありますので"
           "お控えください。", size=9.3, indent="")
    p.gap(3)
    p.line("お振込先　こもれび第一銀行 霞が関出張所 普通 8896217 サイムワカイスイシンキコウ カンリブ　ナガオ", size=9.3)
    p.gap(6)
    for s, sz, f in (("株式会社債務和解推進機構", 12, "sans-bold"), ("法務大臣許可番号　第296号", 9, "sans"),
                     ("東京都千代田区霞が関一丁目（法務関連合同ビル内）", 8.8, "sans"),
                     ("和解受付専用ダイヤル　03-0000-8896（土日祝も受付）", 10, "sans-bold")):
        p.line(s, x=90, size=sz, font=f)
    tr = truth(document_type="other", sender="株式会社債務和解推進機構", license_number=296, phone="03-0000-8896",
               creditor=None, status="not_licensed", debtor="江尻光代", total=T, lump=False, issued=issued,
               payment_due=due, reference="へ-217", is_scam=True, input_kind="photo_jpeg",
               template="proxy101_scam_settlement_discount_fake_licence", received=None)
    return dict(stem="df15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.07, tilt=3.2, creases=2, fill=0.83, shadow=0.35, shadow_side="top-left"),
                about="other (架空請求 posing as a 和解 discount, fake servicer licence)",
                unusual="架空請求 photographed on wood with creases and a shadow in the top-left corner: a FAKE 「株式会社債務和解"
                        "推進機構」 with 「法務大臣許可番号　第296号」 (→ not_licensed) and an address in 「霞が関一丁目（法務関連"
                        "合同ビル内）」; it dresses a scam as a 和解 offer: 未納料金総額 386,400 (the claim → total) and a RED "
                        "和解金 39,800 (the bait, not the total); 3-day お支払期限 「令和8年7月2日（木）15時まで」; electronic-money "
                        "payment by phone; 「弁護士・消費生活センター等へのご相談は…お控えください」; no creditor named (only "
                        "「契約会社」); hiragana 管理番号 へ－２１７; filled 最終通知 and 親展 stamps")


# ---------------------------------------------------------------------------------------------
# df16 株式会社住宅債権管理回収機構 (real): 任意売却後の残債務の分割弁済に関するご提案, 2 pages.


def df16():
    R = 14.0
    issued, due = D(2026, 9, 14), D(2026, 10, 9)
    sale, assign, acc, lastp, subro = D(2026, 5, 29), D(2026, 6, 30), D(2025, 3, 10), D(2024, 12, 27), D(2025, 5, 16)
    P = 6_218_400
    L = late(P, R, sale + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "株式会社住宅債権管理回収機構", size=12.5, font="sans-bold", color=GREEN)
    p.at(15, 24, "法務大臣許可番号　第９１号", size=8.5, color=GREEN)
    p.at(196, 19, f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=9.5, align="r")
    p.at(196, 24, "お客様番号　JH-2606-1184", size=9.5, align="r")
    p.y = 31
    p.line("〒921-0000　石川県金沢市しもつけ町九丁目9番9号", size=10)
    p.line("若命　貴之　様", size=13.5)
    p.gap(6)
    p.title("任意売却後の残債務のお支払いについて（ご提案）", size=14.5)
    p.para("拝啓　平素は格別のご高配を賜り、厚く御礼申し上げます。", size=9.8)
    p.para(f"ご自宅の任意売却（{era(sale)}決済）にご協力いただき、ありがとうございました。売却代金を充当した後の求償債権は、"
           f"{era(assign)}付でやまぼうし保証株式会社から当社が譲り受けております。", size=9.8)
    p.para("売却後の残債務につきましては、一括でのお支払いが困難な場合も多いことから、当社では、お客様のご収入に応じた長期の分割"
           "弁済をご提案しております。下記をご確認のうえ、2枚目の回答書をご回答期限までにご返送ください。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.gap(1)
    p.line("【現在の残債務】", size=10.5, font="sans-bold")
    p.table([["求償元金残額", "損害金（年14.0％）", "残債務合計"], [en(P), en(L), en(T)]],
            [60, 62, 59], x=15, header=True, aligns="rrr", size=11, row_h=9)
    p.line(f"※損害金は売却決済日の翌日（{era(sale + timedelta(1))}）から本書作成日までの日割計算です。", x=15, size=8.3)
    p.gap(3)
    p.line("【ご提案】", size=10.5, font="sans-bold")
    p.kv([("月々のお支払額", "30,000円から（ご収入に応じてご相談）"),
          ("損害金の扱い", "分割金を約定どおりお支払いいただいた場合、損害金の一部を免除することがあります"),
          ("ご回答期限", f"{era(due)}（{wd(due)}）必着")], x=20, label_w=34, size=9.8)
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 32, 0.4, GREEN))
    for i, (s, sz, f) in enumerate((("株式会社住宅債権管理回収機構　北陸事務所", 10.5, "sans-bold"),
                                    ("〒920-0000 石川県金沢市あじろ木町九丁目9番9号", 8.5, "sans"),
                                    ("フリーダイヤル 0120-000-919（平日 9:00～17:30）", 9.5, "sans"),
                                    ("FAX 076-000-9192　担当 北大路・礼野", 8.8, "sans"))):
        p.at(20, y + 7 + i * 6.5, s, size=sz, font=f)
    p.seal(182, y + 16, 13, "square", "住宅債権管理回収機構印", angle=2, seed=101161)
    q = Page(font="sans", size=10, top=16)
    q.line("（2枚目）", size=9, color=GRAY)
    q.line("■ これまでの経過", size=10.5, font="sans-bold")
    for d, s in (("平成30年10月", "株式会社あしたば銀行と住宅ローン契約（当初借入額 3,150万円）"),
                 (era(lastp), "最終ご返済日"), (era(acc), "期限の利益喪失（銀行）"),
                 (era(subro), "やまぼうし保証株式会社が代位弁済"),
                 (era(sale), "任意売却の決済（売却価格 2,480万円）"), (era(assign), "当社が求償債権を譲受け")):
        b = q.line(d, x=22, size=9.3)
        q.at(62, b, s, size=9.3)
    q.gap(6)
    dashed(q, 15, 195, q.y)
    q.gap(6)
    q.title("回　答　書", size=14)
    q.line("株式会社住宅債権管理回収機構　御中", size=10.5)
    q.gap(2)
    q.line("（いずれかに☑してください）", size=9)
    for s in ("□ 月々　　　　　　　円の分割でのお支払いを希望します。", "□ 一括でのお支払いを相談したい。",
              "□ 生活状況について相談したい（弁護士等に依頼済みの方は、その旨ご記入ください）。"):
        q.line(s, x=22, size=10)
    q.gap(4)
    for lab in ("ご記入日　令和　　年　　月　　日", "ご住所", "お名前", "お電話番号"):
        b = q.line(lab, x=22, size=10.3)
        q.add(Line(22, b + 2, 188, b + 2, 0.25))
        q.gap(3)
    q.line(f"ご回答期限　{era(due)}（{wd(due)}）必着　／　お客様番号 JH-2606-1184", x=22, size=9.5, font="sans-bold")
    tr = truth(document_type="settlement_proposal", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="0120-000-919", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="やまぼうし保証株式会社", debtor="若命貴之", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="JH-2606-1184", input_kind="pdf_text_2page",
               template="proxy101_servicer_after_voluntary_sale_instalment_offer", received=D(2026, 9, 16))
    return dict(stem="df16", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (real servicer, instalments after a 任意売却, 2 pages)",
                unusual="digital letter of a real servicer ★ 住宅債権管理回収機構 with 「法務大臣許可番号　第９１号」 in full-width "
                        "digits under the green name; the guarantor's 求償債権 bought after the 任意売却; a 3-column one-row "
                        "table 求償元金残額 / 損害金（年14.0％） / 残債務合計 (no interest); ご回答期限 as the last kv row; "
                        "30,000 a month as a distractor; a framed sender box with free-dial, FAX and two 担当; p.2 a "
                        "これまでの経過 timeline (平成30年 loan 3,150万円, last payment, 喪失, 代位弁済, sale 2,480万円, 譲受) "
                        "and a 回答書 with check boxes under a dashed line")


LETTERS = [df09, df10, df11, df12, df13, df14, df15, df16]
