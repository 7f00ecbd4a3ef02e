"""settlement_proposal templates and `other` (scam postcard, fake servicer letter, a harmless
notice)."""

from __future__ import annotations

from .blocks import PRIVACY, addressee, red_stamp, sender_block, sender_lines
from .fmt import comma, fmt_date, fullwidth, rate, yen
from .layout import RED, Page, PageSpec
from .spec import Letter


def set_schedule_table(L: Letter) -> list[PageSpec]:
    """分割弁済のご提案: current claim table, the offer (waiver of late damages if paid on
    time), an instalment schedule table, ご回答期限 (= payment_due in our convention)."""
    s = L.sender
    ds = "kanji"
    p = Page(size=10.3)
    p.at(190, 18, fmt_date(L.issued, ds), align="r")
    p.at(190, 24, f"お客様番号　{L.reference}", align="r", size=9.5)
    p.y = 28
    addressee(p, L, "様")
    p.gap(4)
    p.title("分割弁済のご提案", size=16)
    p.para(f"平素は格別のご高配を賜り、厚く御礼申し上げます。{L.original_creditor}から当社が譲り受けましたお客様のご債務について、"
           "お客様のご事情を踏まえ、下記の条件による分割でのご返済をご提案いたします。")
    p.line(f"１．現在のご請求額（{fmt_date(L.as_of, ds)}現在）", size=10.5, font="sans-bold")
    p.table([["残元金", yen(L.principal, "en")], ["未収利息", yen(L.interest, "en")],
             [f"遅延損害金（{rate(L.rate)}）", yen(L.late, "en")], ["合計", yen(L.total, "en")]],
            [70, 45], x=30, size=10.5, shade_col0=True, row_h=8)
    p.gap(2)
    p.line("２．ご提案内容", size=10.5, font="sans-bold")
    settle = L.ex["settlement"]
    monthly, n = L.ex["monthly"], L.ex["n"]
    p.para(f"和解金額 {yen(settle, 'kin')}（残元金及び未収利息の合計額）をお支払いいただき、"
           "遅延損害金は、下記分割金を遅滞なくお支払いいただいた場合に限り免除いたします。", x0=26, indent="")
    p.gap(1)
    sched = L.ex["schedule"]
    rows = [["回", "お支払日", "お支払額"]] + [[str(i + 1), fmt_date(dd, ds) + "限り", yen(a, "en")] for i, (dd, a) in enumerate(sched[:4])]
    rows.append(["…", "以後毎月末日限り", f"{yen(monthly, 'en')} × 残{n - 4}回"])
    p.table(rows, [14, 70, 60], x=30, size=10, header=True, aligns="clr", row_h=7.5)
    p.gap(2)
    p.para("分割金の支払いを２回以上怠り、その額が40,000円に達したときは、当然に期限の利益を失い、残額及び免除前の"
           "遅延損害金を直ちにお支払いいただきます。", x0=26, size=9.5, indent="")
    p.line("３．ご回答方法", size=10.5, font="sans-bold")
    p.para("ご提案にご同意いただける場合は、同封の承諾書にご署名・ご捺印のうえ、下記ご回答期限までにご返送ください。", x0=26, indent="")
    y = p.y + 1
    p.box(30, y, 110, 10, width=0.6)
    p.at(34, y + 7, "ご回答期限", size=11, font="sans-bold")
    p.at(70, y + 7, fmt_date(L.payment_due, ds, weekday=True), size=12, font="sans-bold")
    p.y = y + 14
    p.para("※承諾書へのご署名は債務の承認となります。ご不明な点は、ご返送前に当社までお問い合わせください。", size=9, indent="")
    p.y = 244
    sender_block(p, sender_lines(s, hours="受付 平日9:00～18:00"), x=112, seal=("square", s.seal), seal_size=19,
                 seed=241)
    return [p.spec]


def set_terms_labelvalue(L: Letter) -> list[PageSpec]:
    """和解条件のご案内: label：value lines, a total only (債務総額), a reduced 和解金額 that
    is not the claim, ご返送期限, free-dial number, sender at the top."""
    s = L.sender
    p = Page(size=10.8)
    p.y = 18
    for text, size in sender_lines(s, phone_label="フリーダイヤル", address=False, license_style="法務大臣許可番号 第{n}号"):
        p.line(text, x=190, align="r", size=size)
    p.seal(186, 22, 17, "square", s.seal, angle=-4, seed=251)
    p.gap(4)
    addressee(p, L, "様", size=12.5)
    p.gap(3)
    p.line(f"作成日：{fmt_date(L.issued, 'west')}", align="r", size=10)
    p.title("和解条件のご案内", size=16)
    p.para(f"{L.original_creditor}からの譲受債権につきまして、以下の条件での和解をご案内いたします。"
           "本条件は、ご返送期限までに承諾書のご返送があった場合に限り有効です。")
    p.gap(2)
    p.kv([
        ("受付番号", L.reference),
        ("原債権者", L.original_creditor),
        ("債務総額", f"{yen(L.total, 'kin')}（{fmt_date(L.as_of, 'west')}現在）"),
        ("和解金額", f"{yen(L.ex['settlement'], 'kin')}（差額 {comma(L.total - L.ex['settlement'])}円を免除）"),
        ("お支払方法", f"{fmt_date(L.ex['first_due'], 'west')}から毎月27日限り {yen(L.ex['monthly'], 'en')} × {L.ex['n']}回"),
        ("ご返送期限", fmt_date(L.payment_due, "west")),
    ], x=28, label_w=30, sep="：", size=11)
    p.gap(3)
    p.para("分割金のお支払いを怠り、その額が２回分に達した場合は、免除の効力は失われ、債務総額から既払額を控除した残額を"
           "一括してお支払いいただきます。", size=9.5)
    p.para(PRIVACY, size=9, indent="")
    return [p.spec]


def set_prose_daiji(L: Letter) -> list[PageSpec]:
    """ご返済計画のご提案 in flowing serif prose: amounts in 大字, the reply deadline only in a
    sentence, sender block at the bottom left with the seal over its name."""
    s = L.sender
    p = Page(size=11, font="serif", leading=1.8)
    p.at(190, 22, fmt_date(L.issued, "kanji"), align="r")
    p.y = 30
    addressee(p, L, "様")
    p.gap(8)
    p.title("ご返済計画のご提案", size=16, font="serif-bold")
    p.para(f"拝啓　時下ますますご清祥のこととお慶び申し上げます。当社がお客様の{L.original_creditor}カードローンに関する債権の"
           f"管理回収を行っておりますことは、先般ご案内のとおりです（管理番号 {L.reference}）。")
    p.para(f"{fmt_date(L.as_of, 'kanji')}現在のご請求額は、元金{yen(L.principal, 'daiji')}、利息{yen(L.interest, 'daiji')}、"
           f"遅延損害金{yen(L.late, 'daiji')}の合計{yen(L.total, 'daiji')}となっております。")
    p.para(f"当社では、お客様のご負担を考慮し、毎月金{L.ex['monthly_daiji']}円ずつのご返済によるご解決をご提案申し上げます。"
           f"なお、遅延損害金は{rate(L.rate)}の割合で計算しております。")
    p.para(f"本提案をご検討のうえ、{fmt_date(L.payment_due, 'kanji')}までに下記お問い合わせ先へご連絡くださいますようお願い申し上げます。"
           "ご連絡のない場合は、本提案はなかったものとさせていただきます。")
    p.line("敬具", align="r")
    p.gap(10)
    sender_block(p, sender_lines(s, hours="受付時間 平日9時～18時", staff=True), x=25, seal=("square", s.seal),
                 seal_size=20, seed=261)
    return [p.spec]


def scam_postcard(L: Letter) -> list[PageSpec]:
    """架空請求 postcard (100×148 mm): 「総合消費料金に関する訴訟最終告知のお知らせ」 from a
    fake 法務省管轄支局 centre, hiragana 管理番号 わ251, 取り下げ最終期日, no creditor."""
    s = L.sender
    p = Page(w=100, h=148, size=7.8, left=7, right=7, top=8, leading=1.5)
    p.line(f"{L.debtor} 様", size=9)
    p.gap(1)
    p.line("総合消費料金に関する", align="c", size=11.5, font="sans-bold", color=RED)
    p.line("訴訟最終告知のお知らせ", align="c", size=11.5, font="sans-bold", color=RED)
    p.gap(1)
    p.line(f"管理番号（{L.reference}）", align="r", size=8)
    p.para("この度、ご通知致しましたのは、貴方の利用されていた契約会社、ないしは運営会社側から契約不履行による"
           "民事訴訟として、訴状が提出されました事をご通知致します。")
    p.para("裁判取り下げ最終期日を経過した場合には、原告側の主張が全面的に認められ、給与、預貯金、動産、不動産等の"
           "差し押さえを強制的に履行させて頂きますので、裁判所執行官による執行証書の交付を承諾して頂きます。")
    p.para("裁判取り下げ等のご相談に関しましては、当局にて承っておりますので、お問い合わせ下さい。"
           "尚、個人情報保護の為、ご本人様から直接ご連絡頂きますようお願い申し上げます。")
    p.gap(1)
    p.line(f"取り下げ最終期日　{fmt_date(L.ex['withdraw_by'], 'kanji')}", align="c", size=10, font="sans-bold", color=RED)
    p.gap(1.5)
    p.line("法務省管轄支局", x=10, size=9, font="sans-bold")
    p.line("民事訴訟管理センター", x=10, size=10, font="sans-bold")
    p.line(f"〒{s.zip} {s.address}", x=10, size=7.5)
    p.line(f"お問い合わせ窓口　{s.phone}", x=10, size=9.5, font="sans-bold")
    p.line("受付時間　平日 9:00～20:00", x=10, size=7.5)
    return [p.spec]


def scam_fake_servicer(L: Letter) -> list[PageSpec]:
    """A fake servicer's 「最終通告書」: 法務省認可 claims, a 090 number, 電子マネー payment,
    a same-day deadline; no creditor named, no licence number."""
    s = L.sender
    p = Page(size=11, font="sans-bold", leading=1.7)
    p.at(190, 20, fmt_date(L.issued, "kanji"), align="r", font="sans")
    p.y = 28
    addressee(p, L, "様", size=13)
    p.gap(6)
    p.line("民事訴訟最終通告書", align="c", size=22, color=RED)
    p.line("【法務省認可 債権回収業者】", align="c", size=12)
    p.gap(4)
    p.para("貴殿がご利用されたデジタルコンテンツ運営会社より、未納料金の回収業務の委託を受け、本書をもって最終通告いたします。"
           "再三の督促にもかかわらず、貴殿からのご連絡がございません。", font="sans")
    p.para("本日中にご連絡なき場合、貴殿の勤務先・ご家族様への訪問調査を行い、裁判所の許可のもと給与・財産の差押えを執行いたします。",
           font="sans")
    p.gap(3)
    p.kv([("お客様番号", fullwidth(L.reference)), ("未納料金", yen(L.total, "yen_dash")),
          ("お支払期限", fmt_date(L.payment_due, "kanji") + "（本日中）"),
          ("お支払方法", "コンビニで電子マネーカードを購入し、番号をお電話でお伝えください")], x=26, label_w=34, sep="：",
         size=11.5, font="sans")
    p.gap(5)
    red_stamp(p, 26, p.y, "至急ご連絡ください", 14)
    p.gap(16)
    p.line(s.name, x=100, size=13)
    p.line(f"担当直通　{s.phone}（担当：{s.staff}）", x=100, size=11, font="sans")
    p.line(f"{s.address}", x=100, size=9, font="sans")
    return [p.spec]


def notice_harmless(L: Letter) -> list[PageSpec]:
    """A harmless 口座振替日変更のお知らせ from a gas company: no debt, no deadline for the
    reader, but dates, a customer number and a free-dial number that must not be read as a
    debt notice."""
    s = L.sender
    p = Page(size=10.5)
    p.at(190, 20, fmt_date(L.issued, "kanji"), align="r")
    p.y = 26
    addressee(p, L, "様")
    p.at(190, 45, f"お客さま番号 {L.reference}", align="r", size=10)
    p.y = 58
    p.title("口座振替日変更のお知らせ", size=16)
    p.para("平素はさくら野ガスをご利用いただき、誠にありがとうございます。")
    p.para(f"このたび、システム更新に伴い、{fmt_date(L.ex['from_month'], 'kanji').split('月')[0]}月ご請求分より、ガス料金の口座振替日を"
           "下記のとおり変更させていただくことになりました。お客さまのお手続きは不要です。")
    p.line("記", align="c")
    p.table([["", "変更前", "変更後"], ["口座振替日", "毎月26日", "毎月27日"], ["振替日が金融機関休業日の場合", "翌営業日", "翌営業日"]],
            [70, 50, 50], size=10.5, header=True, aligns="lcc", row_h=9)
    p.gap(4)
    p.para("※ご使用量のお知らせ（検針票）の記載内容に変更はございません。", size=9.5, indent="")
    p.para("※ご不明な点は、お客さまセンターまでお問い合わせください。", size=9.5, indent="")
    p.gap(6)
    p.line("以上", align="r")
    p.y = 240
    for text, size in [(s.name, 12.0), (s.dept, 10.0), (f"フリーダイヤル {s.phone}", 10.0), ("受付時間 9:00～19:00（日祝除く）", 9.0)]:
        p.line(text, x=120, size=size)
    return [p.spec]


TEMPLATES = {
    "set_schedule_table": set_schedule_table,
    "set_terms_labelvalue": set_terms_labelvalue,
    "set_prose_daiji": set_prose_daiji,
    "scam_postcard": scam_postcard,
    "scam_fake_servicer": scam_fake_servicer,
    "notice_harmless": notice_harmless,
}
