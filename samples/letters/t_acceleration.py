"""acceleration_notice templates: a bank's 期限の利益喪失通知 (vertical 内容証明 and a
horizontal table letter) and a guarantee company's 代位弁済通知."""

from __future__ import annotations

from .blocks import CROSSED, addressee, sender_block
from .fmt import comma, fmt_date, rate, yen
from .layout import PT_MM, Page, PageSpec, Seal, post_office_stamp, vertical_page
from .spec import Letter


def acc_vertical_bank(L: Letter) -> list[PageSpec]:
    """縦書き 期限の利益喪失通知書 from a bank branch: 大字 amounts, reason and date of the
    loss, relative deadline, the branch manager's seal, phone written 〇三（〇〇〇〇）五五一二."""
    b = L.sender
    k = "kansuji"
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", f"貴殿は、当行との間の{fmt_date(L.ex['contract_date'], k)}付金銭消費貸借契約に基づく毎月の返済を、"
                 f"{fmt_date(L.last_payment, k)}を最後に怠り、当行からの催告にもかかわらず、催告期限までに延滞金の弁済をされませんでした。"),
        ("body", f"よって、貴殿は、同契約書第五条の定めにより、{fmt_date(L.acceleration, k)}の経過をもって期限の利益を喪失しました。"),
        ("body", f"つきましては、{fmt_date(L.as_of, k)}現在の残債務"),
        ("low", f"残元金　{yen(L.principal, 'daiji')}"),
        ("low", f"未収利息　{yen(L.interest, 'daiji')}"),
        ("low", f"遅延損害金　{yen(L.late, 'daiji')}"),
        ("low", f"合計　{yen(L.total, 'daiji')}"),
        ("body", "を、本書到達後七日以内に一括してお支払いください。"),
        ("body", f"なお、上記残元金に対しては、{fmt_date(L.ex['next_day'], k)}から完済に至るまで{rate(L.rate, 'kansuji')}"
                 "（年三百六十五日の日割計算）の割合による遅延損害金が発生いたします。"),
        ("body", "期限内にお支払いのないときは、担保権の実行その他の法的手続をとらせていただきます。"),
        ("blank", ""),
        ("indent", fmt_date(L.issued, k)),
        ("low", L.ex["sender_addr_kanji"]),
        ("low", b.name),
        ("low", f"電話{L.ex['phone_kanji']}"),
        ("low", "練馬支店　支店長　大川　正人"),
        ("blank", ""),
        ("low", L.ex["debtor_addr_kanji"]),
        ("low", f"{L.debtor}　殿"),
    ]
    pages = vertical_page(cols, size=12.0)
    page = pages[-1]
    for it in page.items:
        if getattr(it, "s", "").startswith("練馬支店"):
            page.items.append(Seal(it.x - 1, it.y + len(it.s) * 12 * PT_MM * 1.05 + 6, 14, "square", b.seal, angle=3, seed=121))
    page.items.append(post_office_stamp(page, 122))
    return pages


def acc_bank_ruled_table(L: Letter) -> list[PageSpec]:
    """期限の利益喪失のご通知 from a 信用金庫: one ruled table with the loan across columns
    (ご融資番号 | 残元金 | 未収利息 | 遅延損害金 | 合計), 損害金率, ご入金期限 (sent by fax)."""
    b = L.sender
    p = Page(size=10.5)
    p.at(190, 20, fmt_date(L.issued, "kanji"), align="r")
    p.y = 28
    addressee(p, L, "様", size=12.5)
    p.at(190, 48, f"お客様番号　{L.reference}", align="r", size=10)
    p.y = 56
    p.title("期限の利益喪失のご通知", size=16)
    p.para(f"拝啓　平素より当金庫をご利用いただき誠にありがとうございます。さて、貴殿への下記ご融資につきましては、"
           f"約定のご返済が{fmt_date(L.last_payment, 'kanji')}を最後に滞っており、再三ご連絡を差し上げましたが、"
           "ご入金をいただけておりません。")
    p.para(f"そのため、貴殿は、信用金庫取引約定書第５条第２項に基づき、{fmt_date(L.acceleration, 'kanji')}をもって"
           "期限の利益を喪失されました。つきましては、下記の債務全額を、ご入金期限までに一括してお支払いくださいますよう"
           "お願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.line(f"（{fmt_date(L.as_of, 'kanji')}現在、単位：円）", align="r", size=9)
    p.table([["ご融資番号", "残元金", "未収利息", "遅延損害金", "合計"],
             [L.ex["loan_no"], comma(L.principal), comma(L.interest), comma(L.late), comma(L.total)],
             ["合計", comma(L.principal), comma(L.interest), comma(L.late), comma(L.total)]],
            [36, 34, 30, 32, 38], size=10.5, header=True, aligns="lrrrr", row_h=9.5)
    p.gap(3)
    p.kv([("期限の利益喪失日", fmt_date(L.acceleration, "kanji")),
          ("損害金率", f"{rate(L.rate)}（年365日の日割計算）"),
          ("ご入金期限", fmt_date(L.payment_due, "kanji", weekday=True)),
          ("お振込先", f"{b.name} 本店営業部 普通 0000710　口座名義 ワカバシンヨウキンコ")],
         x=25, label_w=38, sep="", size=10.5)
    p.gap(3)
    p.para("ご入金期限までにお支払いのない場合は、ご担保物件の競売申立て等の法的手続をとらせていただくことがございます。"
           "また、保証人様にもご請求させていただくことになりますので、ご了承ください。", size=9.5)
    p.para(CROSSED, size=9, indent="")
    p.y = 238
    sender_block(p, [(b.name, 12.0), (b.dept, 10.0), (f"TEL {b.phone}（直通）　FAX {b.fax}", 9.5),
                     (f"担当 {b.staff}", 9.5)], x=120, seal=("square", b.seal), seal_size=17, seed=131)
    return [p.spec]


def acc_subrogation_table(L: Letter) -> list[PageSpec]:
    """代位弁済のご通知 from a guarantee company: ruled two-column table with a shaded label
    column, 貸金業登録番号 printed (not a servicer licence), 求償債権 as the claim."""
    g = L.sender
    bank = L.original_creditor
    p = Page(size=10.5)
    p.y = 18
    p.line(f"{fmt_date(L.issued, 'kanji')}", align="r")
    p.line(f"お客様番号 {L.reference}", align="r", size=9.5)
    p.y = 30
    addressee(p, L, "様", size=12.5)
    p.gap(10)
    p.title("代位弁済のご通知", size=17)
    p.para(f"拝啓　時下ますますご清祥のこととお喜び申し上げます。当社は、貴殿が{bank}との間で締結された住宅ローン契約について"
           f"保証しておりましたが、貴殿のお支払いが遅滞し、{fmt_date(L.acceleration, 'kanji')}に期限の利益を喪失されたため、"
           f"{fmt_date(L.ex['subrogation_date'], 'kanji')}、{bank}に対し保証債務を履行（代位弁済）いたしました。")
    p.para("つきましては、当社が取得した求償債権を下記のとおりご請求いたしますので、お支払期限までに一括してお支払いくださいますよう"
           "お願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    p.table([["代位弁済日", fmt_date(L.ex["subrogation_date"], "kanji")],
             ["代位弁済額（求償元金）", yen(L.principal, "en")],
             [f"遅延損害金（{fmt_date(L.as_of, 'kanji')}まで）", yen(L.late, "en")],
             ["求償債権額（合計）", yen(L.total, "en")],
             ["遅延損害金の割合", f"{rate(L.rate)}（代位弁済日の翌日から完済まで、年365日の日割計算）"],
             ["お支払期限", fmt_date(L.payment_due, "kanji", weekday=True)]],
            [68, 102], size=10.5, aligns="ll", shade_col0=True, row_h=9.5)
    p.gap(3)
    p.kv([("お振込先", "東都みらい銀行（架空） 練馬支店 普通 0000441　口座名義 トウトミライシンヨウホシヨウ（カ")],
         x=22, label_w=22, size=10)
    p.gap(2)
    p.para("お支払期限までにお支払い又はご相談のない場合は、担保不動産の競売申立て等の手続に移行させていただきます。", size=9.5)
    p.y = 232
    sender_block(p, [(f"〒{g.zip} {g.address}", 9.0), (g.name, 12.0), (g.dept, 10.0),
                     (f"電話 {g.phone}（平日9時～17時）", 10.0), (f"貸金業登録番号 {g.lender_reg}", 9.0),
                     ("日本貸金業協会会員 第000888号", 9.0)], x=108, seal=("square", g.seal), seal_size=20, seed=141)
    return [p.spec]


TEMPLATES = {
    "acc_vertical_bank": acc_vertical_bank,
    "acc_bank_ruled_table": acc_bank_ruled_table,
    "acc_subrogation_table": acc_subrogation_table,
}
