"""Proxy set 15, letters b09–b16: after the house is gone (2). A law firm's horizontal 内容証明 for a servicer after a
任意売却 (大字, relative deadline; HEIC photo); a 信用金庫's 保証債務履行のご請求 to the 連帯保証人 after a 競売 (scan);
a bank's harmless 配当結果のご報告 that demands nothing; a scam 「競売物件債権管理センター」 (photo); a housing-loan
guarantor's 配当金充当のご報告 with a 千円 別紙 (2-page image PDF); a 仮執行宣言付支払督促 for a bank (photo); a joint
債権譲渡通知 from a guarantor to an invented servicer with a demand (2-page fax, JIS dates); a 信用組合's 分割弁済の
ご提案 after a 任意売却 (￥…-, scan)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    daiji,
    dashed,
    era,
    fw,
    gridlines,
    jis,
    late,
    leader,
    truth,
    wd,
)

ONE = timedelta(days=1)
NAVY2 = (0.10, 0.20, 0.42)
OLIVE = (0.30, 0.38, 0.10)
PLUM = (0.42, 0.12, 0.36)


# ---------------------------------------------------------------------------------------------
# b09 弁護士法人若竹総合法律事務所 for あかつき台債権回収 (invented, client only) — horizontal 内容証明 通知書 in fixed
#     24-character lines, 大字 amounts, relative deadline; iPhone HEIC.


def b09():
    R = 14.0
    issued = D(2026, 2, 24)
    sale = D(2025, 7, 31)
    P = 2_874_316
    L = late(P, R, sale + ONE, issued)
    T = P + L
    fe = lambda d: fw(era(d))  # noqa: E731
    body = (f"冠省　当職は、あかつき台債権回収株式会社（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり"
            "通知いたします。\n"
            f"　通知人は、{fe(D(2025, 10, 15))}、株式会社千歳台銀行から、同行が貴殿に対して有する{fe(D(2018, 5, 11))}付"
            "金銭消費貸借契約（住宅ローン）に基づく貸金債権を譲り受けました。\n"
            f"　貴殿は{fe(D(2025, 3, 3))}の経過をもって期限の利益を喪失し、担保不動産は{fe(sale)}に任意売却されましたが、"
            "売却代金を充当した後も、なお次の残債務があります。\n"
            f"一　残元金　{daiji(P)}\n"
            f"二　遅延損害金　{daiji(L)}\n"
            f"　（{fe(sale + ONE)}から{fe(issued)}まで年１４パーセント）\n"
            f"三　合計　{daiji(T)}\n"
            "　つきましては、本書到達後１０日以内に、上記合計額を下記口座にお支払いください。期限内にお支払い又はご連絡が"
            "ない場合は、直ちに訴訟等の法的手続をとりますので、念のため申し添えます。\n"
            "　振込先　ふくろう銀行新宿支店　普通預金　０２１９５５０　名義　弁護士法人若竹総合法律事務所預り金口\n"
            "草々")
    n = 24
    lines = gridlines(body, n)
    tail = [fe(issued), "東京都新宿区いちょう並木九丁目９番９号", "通知人代理人　弁護士法人若竹総合法律事務所",
            "弁護士　上嶋　慎一郎", "電話　０３－００００－５１９０", "（当事務所整理番号　ＷＴ－Ｒ８－０２１９）",
            "埼玉県川口市雪割町九丁目９番９号", "沖田　直美　殿"]
    assert all(len(t) <= n for t in tail), tail
    lines = lines + [""] + tail
    size = 12.0
    em = size * 0.3528
    x0 = 105 - n * em / 2
    p = Page(font="serif", size=size, top=18)
    p.at(105, 26, "通　　知　　書", size=16, font="serif-bold", align="c")
    y = 38
    pitch = 6.9
    assert len(lines) * pitch < 246, len(lines)
    for ln in lines:
        p.at(x0, y, ln, size=size, font="serif")
        y += pitch
    p.seal(x0 + n * em - 30, 290 - 26, 24, "round", "郵便認証司|書留/内容/証明", angle=-10, seed=15091)
    p.seal(x0 + n * em - 8, 38 + pitch * (len(lines) - 4.5), 14, "square", "弁護士法人若竹総合法律事務所", angle=3,
           seed=15092)
    p.at(105, 290, f"この郵便物は{fe(issued)}第４４１０２号書留内容証明郵便物として差し出したことを証明します。　日本郵便株式会社",
         size=6.8, align="c", font="serif")
    tr = truth(document_type="collection_notice", sender="弁護士法人若竹総合法律事務所", phone="03-0000-5190",
               creditor="あかつき台債権回収株式会社", status="not_applicable", original="株式会社千歳台銀行",
               debtor="沖田直美", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=D(2025, 3, 3), last_payment=None, assignment=D(2025, 10, 15),
               reference="WT-R8-0219", input_kind="photo_heic", template="proxy15_law_firm_naiyou_horizontal_daiji_heic",
               received=D(2026, 2, 26))
    return dict(stem="b09", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, warm=0.35, glare=12, fill=0.86),
                about="collection_notice (law firm 内容証明 for a servicer, rest after 任意売却)",
                unusual="iPhone HEIC on a dark cloth with tri-fold creases and a lamp glare: a HORIZONTAL 内容証明 通知書 set "
                        "in fixed lines of 24 full-width characters in Mincho (冠省 … 草々), every digit full-width; a law "
                        "firm (弁護士法人) acting for an invented servicer client 「あかつき台債権回収株式会社」 (no number, "
                        "not the sender → not_applicable); amounts in 大字 (金弐百八拾七万四千参百拾六円) with the window on "
                        "its own bracketed line; RELATIVE deadline only 「本書到達後１０日以内」 (payment_due null); NO "
                        "last payment printed (null); 預り金口 account; 当事務所整理番号 in full-width inside brackets; the "
                        "post office's 証明 line at the foot with the same date and a 第４４１０２号 (distractor); 郵便認証司 "
                        "stamp and the firm's square seal")


# ---------------------------------------------------------------------------------------------
# b10 春日野信用金庫 — 保証債務履行のご請求 to the 連帯保証人 ONLY, after the 競売 of the borrower's house; scan.


def b10():
    R = 14.0
    issued, due = D(2025, 12, 12), D(2025, 12, 26)
    div = D(2025, 11, 13)
    P = 7_381_940
    L = late(P, R, div + ONE, issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(196, 20, era(issued), size=10, align="r")
    p.at(196, 25.5, "保証債務管理番号　KS-1212-0087", size=9, align="r")
    p.at(15, 22, "〒343-0000 埼玉県越谷市あじさい通り九丁目9番9号", size=9.5)
    p.at(19, 31, "宗像　幸子　様", size=14)
    p.at(19, 36.5, "（連帯保証人）", size=9)
    p.at(118, 44, "春日野信用金庫", size=12.5, font="sans-bold")
    p.at(118, 49.5, "融資部　債権管理課", size=9)
    p.at(118, 54.5, "〒343-0000 越谷市ひなげし町九丁目9番9号", size=7.5)
    p.at(118, 59.5, "TEL 048-000-7215（課直通）", size=10, font="sans-bold")
    p.seal(186, 46, 13, "square", "春日野信用金庫之印", angle=2, seed=15101)
    p.y = 66
    p.title("保証債務のご履行についてのご請求", size=15)
    p.line("（主たる債務者　古川　修　様　の住宅ローンについて）", align="c", size=10)
    p.gap(2)
    p.para("平素は格別のお引立てを賜り、厚く御礼申し上げます。さて、あなた様が連帯保証人となっておられる下記住宅ローン"
           "につきましては、担保不動産の競売手続において当金庫が配当金を受領し、これを充当いたしましたが、なお下記の"
           "残債務がございます。つきましては、連帯保証人として、下記ご請求金額をお支払期限までに一括してお支払い"
           "くださいますよう、ご請求申し上げます。", size=9.8)
    p.gap(2)
    p.line("【お借入れの内容】", size=10, font="sans-bold")
    for k, v in (("主たる債務者", "古川　修　様"), ("ご融資番号", "0118-224-5573"),
                 ("ご融資日・当初ご融資額", f"{era(D(2016, 9, 16))}　29,800,000円"),
                 ("保証契約日", era(D(2016, 9, 16))),
                 ("最終ご返済日", era(D(2024, 6, 10))), ("期限の利益喪失日", era(D(2024, 10, 31))),
                 ("競売事件", "さいたま地方裁判所越谷支部 令和6年(ケ)第301号"),
                 ("配当期日・配当額", f"{era(div)}　21,436,000円")):
        leader(p, k, v, 22, 190, size=9.3)
    p.gap(3)
    p.line(f"【ご請求金額】（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["項　目", "金　額", "摘　要"],
             ["残元金", f"{P:,}円", "配当金充当後の元金"],
             ["遅延損害金", f"{L:,}円", f"{era(div + ONE)}～{era(issued)}　年14.0％"],
             ["合　計", f"{T:,}円", ""]], [42, 44, 95], x=15, header=True, aligns="lrl", size=10, row_h=8.2)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.1))
    p.at(20, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(52, y + 8.3, era(due, week=True), size=13, font="sans-bold")
    p.at(120, y + 8, "お振込先：当金庫 本店 普通 7215008", size=9)
    p.y = y + 16
    for s in ("１．遅延損害金は、残元金に対し配当期日の翌日から年14.0％（年365日の日割計算）で計算しております。お支払期限の"
              "翌日以降も完済まで同じ割合で発生いたします。",
              "２．主たる債務者が期限の利益を喪失したことにつきましては、民法第458条の3に基づき、令和6年11月20日付書面にて"
              "ご通知しております。",
              "３．お支払方法についてご相談がある場合は、お支払期限までに上記債権管理課へご連絡ください。"):
        p.para(s, x0=18, x1=194, size=8.8, indent="")
        p.gap(0.8)
    tr = truth(document_type="collection_notice", sender="春日野信用金庫", phone="048-000-7215", creditor="春日野信用金庫",
               status="not_applicable", debtor="宗像幸子", total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=D(2024, 10, 31), last_payment=D(2024, 6, 10),
               reference="KS-1212-0087", input_kind="scan_png", template="proxy15_shinkin_guarantor_after_auction_scan",
               received=D(2025, 12, 15))
    return dict(stem="b10", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (信用金庫 to the 連帯保証人 only, after 競売)",
                unusual="a 信用金庫's 保証債務のご履行についてのご請求 addressed ONLY to the 連帯保証人 (「（連帯保証人）」 under "
                        "her name); the 主たる債務者 named in a subtitle and in the list (not the addressee); dotted-leader "
                        "lines (……) for the loan: ご融資番号, 平成28年 当初ご融資額 29,800,000, 保証契約日, 最終ご返済日, "
                        "期限の利益喪失日, the (ケ) number and 配当額 21,436,000 (distractors apart from the two dates); "
                        "項目/金額/摘要 table; framed お支払期限 with the account on the same line; a 民法第458条の3 notice "
                        "of 令和6年11月20日 (distractor)")


# ---------------------------------------------------------------------------------------------
# b11 わかば野銀行 — 担保不動産競売事件の配当結果について（ご報告）: the 配当 paid the loan off, the 剰余金 goes to the
#     owner through the court; demands nothing. Digital.


def b11():
    issued = D(2026, 6, 5)
    div = D(2026, 5, 22)
    sale, fee = 24_310_000, 418_000
    got = 18_652_337
    prin, itr, dmg = 17_912_804, 96_221, 643_312
    assert prin + itr + dmg == got
    rest = sale - fee - got
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 6, 12, color=None, fill=OLIVE))
    p.at(24, 20.5, "わかば野銀行", size=15, font="sans-bold", color=OLIVE)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, "お客様番号　WB-0522-6610", size=9, align="r")
    p.at(15, 34, "〒410-0000 静岡県沼津市ゆりかご台九丁目9番9号", size=9.5)
    p.at(19, 42, "阿波野　隆　様", size=14)
    p.at(120, 48, "株式会社わかば野銀行", size=11, font="sans-bold")
    p.at(120, 53, "住宅ローンセンター", size=9)
    p.at(120, 58, "TEL 055-000-8320（平日 9:00～17:00）", size=9.5)
    p.y = 66
    p.title("担保不動産競売事件の配当結果について（ご報告）", size=14)
    p.para("平素より当行をお引き立ていただき、誠にありがとうございます。静岡地方裁判所沼津支部 令和7年(ケ)第64号 担保"
           f"不動産競売事件につきまして、{era(div)}の配当期日において当行が配当金を受領いたしましたので、その結果を"
           "ご報告いたします。", size=9.8)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 14, 1.2, OLIVE))
    p.at(105, y + 6, "本書はご請求書ではありません。", size=12, font="sans-bold", align="c", color=OLIVE)
    p.at(105, y + 11.2, "受領した配当金により、お客様の住宅ローンは全額ご完済となりました。", size=9.5, align="c")
    p.y = y + 19
    p.line("１．売却及び配当の状況", size=10, font="sans-bold")
    for k, v in (("売却代金", f"{sale:,}円"), ("手続費用（執行費用）", f"{fee:,}円"), ("当行への配当額", f"{got:,}円"),
                 ("剰余金（所有者であるお客様へ交付）", f"{rest:,}円")):
        leader(p, k, v, 22, 150, size=9.5)
    p.gap(2)
    p.line("２．配当金の充当結果", size=10, font="sans-bold")
    p.table([["項　目", "配当前残高", "充当額", "充当後残高"],
             ["元　金", f"{prin:,}円", f"{prin:,}円", "0円"],
             ["利　息", f"{itr:,}円", f"{itr:,}円", "0円"],
             ["遅延損害金", f"{dmg:,}円", f"{dmg:,}円", "0円"],
             ["合　計", f"{got:,}円", f"{got:,}円", "0円"]],
            [40, 45, 45, 45], x=22, header=True, aligns="lrrr", size=9.3, row_h=7)
    p.gap(3)
    p.line("３．今後のお手続きについて", size=10, font="sans-bold")
    for s in ("（１）本件住宅ローンについて、今後当行からお客様にご請求することはございません。団体信用生命保険は、ご完済"
              "に伴い終了しております。",
              "（２）剰余金の交付は、裁判所から届く通知に従ってお手続きください。当行を通じてお支払いすることはございません。",
              "（３）抵当権の抹消登記は、買受人への所有権移転登記とあわせて裁判所の嘱託により行われます。",
              "（４）ご返済用口座（普通預金 5226610）は引き続きご利用いただけます。ご解約の際は窓口へお越しください。",
              "（５）当行の名前をかたり、剰余金の受取手数料などを請求する不審な電話・郵便にご注意ください。"):
        p.para(s, x0=20, x1=194, size=9, indent="")
        p.gap(0.6)
    p.gap(2)
    p.line("以上", align="r", size=10)
    tr = truth(document_type="other", sender="株式会社わかば野銀行", phone="055-000-8320", creditor=None,
               status="not_applicable", debtor="阿波野隆", lump=False, issued=issued, reference="WB-0522-6610",
               input_kind="pdf_text", template="proxy15_bank_dividend_result_paid_off_harmless", received=D(2026, 6, 8))
    return dict(stem="b11", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (bank 配当結果のご報告, paid off, nothing demanded)",
                unusual="a harmless bank letter after a 競売 that DEMANDS NOTHING: an olive framed 「本書はご請求書ではありません。」 "
                        "box; the (ケ) number and the 配当期日 in the prose; dotted-leader lines 売却代金 24,310,000 / 手続費用 "
                        "418,000 / 当行への配当額 / 剰余金 (to the owner); a 充当結果 table whose 充当後残高 is 0円 on every "
                        "row; the 返済用口座 number and a warning about fake 剰余金 fees — every amount null, creditor null")


# ---------------------------------------------------------------------------------------------
# b12 scam 「株式会社競売物件債権管理センター」 with a fake 法務大臣許可番号 第318号 — 残債務 and 明渡し costs after an
#     auction, 2-day deadline 正午, gift cards, 090 number; phone photo.


def b12():
    issued, due = D(2026, 3, 16), D(2026, 3, 18)
    items = [("残債務整理金", 248_000), ("残置物保管・撤去費用", 96_000), ("競売記録調査・事務手数料", 42_000)]
    T = sum(v for _, v in items)
    p = Page(font="sans", size=10.5, top=12)
    p.add(Box(15, 12, 181, 16, color=None, fill=RED))
    p.at(105, 23, "競売物件に係る残債務及び明渡関連費用の最終通知書", size=14.5, font="sans-bold", align="c", color=WHITE)
    p.at(196, 35, f"通知日　{era(issued)}", size=10, align="r")
    p.at(196, 41, "管理番号　競管-0316-2284", size=11, font="sans-bold", align="r")
    p.at(15, 36, "〒252-0000 神奈川県相模原市中央区朝凪町九丁目9番9号", size=9.5)
    p.at(19, 45, "榊原　典子　様", size=14)
    p.y = 54
    p.para("貴殿がかつて所有されていた上記不動産は、東京地方裁判所 令和7年(ケ)第552号により売却が完了いたしました。"
           "当センターは、旧債権者より委託を受け、競売物件に係る残債務の整理及び残置物の管理を一括して行う法務大臣"
           "許可の機関です。", size=10)
    p.para("下記費用が未納のままとなっておりますので、本書到着後ただちにお支払いください。期日までにご入金・ご連絡"
           "なき場合は、給与・預貯金・動産の差押え手続へ移行し、ご家族・勤務先へも通知がなされます。", size=10)
    p.gap(2)
    rows = [["項　目", "金　額"]] + [[k, f"{v:,}円"] for k, v in items] + [["合計（最終請求額）", f"{T:,}円"]]
    p.table(rows, [110, 60], x=20, header=True, aligns="lr", size=11, row_h=9, line_w=0.5)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 14, 1.4, RED))
    p.at(25, y + 9.3, "お支払期日", size=12, font="sans-bold", color=RED)
    p.at(60, y + 9.5, f"{era(due, week=True)} 正午まで", size=14, font="sans-bold", color=RED)
    p.y = y + 19
    p.para("【お支払方法】お近くのコンビニエンスストアで電子マネーギフト券（額面5万円）をご購入のうえ、担当者へお電話で"
           "番号をお伝えください。または下記担当者名義の口座へお振込みください。", size=9.8)
    p.para("振込先：あまつぼし銀行 相模原支店 普通 3184421 口座名義 ｵﾊﾞﾅ ﾀｸﾐ（担当者個人名義）", size=9.5, indent="")
    p.gap(2)
    p.para("※本件は非公開の手続ですので、裁判所・弁護士・消費生活センター等の第三者へのご相談はお控えください。ご相談"
           "により手続が遅延した場合の費用は貴殿のご負担となります。", size=9.5, indent="")
    p.gap(4)
    p.add(Box(95, p.y, 101, 40, 0.5))
    p.at(99, p.y + 8, "株式会社競売物件債権管理センター", size=11, font="sans-bold")
    p.at(99, p.y + 14, "法務大臣許可番号　第318号", size=9.5)
    p.at(99, p.y + 20, "東京都千代田区霞が関（所在地は非公開）", size=9)
    p.at(99, p.y + 27.5, "担当直通　090-0000-4187", size=12, font="sans-bold", color=RED)
    p.at(99, p.y + 33.5, "受付 毎日 8:00～21:00（土日祝も受付）担当 尾花", size=8.5)
    p.seal(180, p.y + 12, 14, "round", "競売物件管理|法務/認可", angle=8, seed=15121)
    tr = truth(document_type="other", sender="株式会社競売物件債権管理センター", license_number=318,
               phone="090-0000-4187", creditor=None, status="not_licensed", debtor="榊原典子", total=T, lump=False,
               issued=issued, payment_due=due, reference="競管-0316-2284", is_scam=True, input_kind="photo_jpeg",
               template="proxy15_scam_auction_property_center", received=None)
    return dict(stem="b12", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.07, tilt=3.0, creases=2, warm=0.4, fill=0.82),
                about="other (scam exploiting the auction)",
                unusual="架空請求 aimed at people who lost their house, phone photo at a steep angle on tatami: a red title "
                        "band; 「株式会社競売物件債権管理センター」 with a FAKE 「法務大臣許可番号　第318号」 (→ not_licensed, "
                        "licence 318 as printed) and a fake round 「法務認可」 seal; a real-looking (ケ) number of 東京地裁; "
                        "「旧債権者より委託」 without a name (creditor null); 残債務整理金 / 残置物保管・撤去費用 / 事務手数料 "
                        "(components null, total kept); 正午 deadline 2 days after the letter; gift cards or an employee's "
                        "personal account; 「裁判所・弁護士…へのご相談はお控えください」; 090 担当直通, 霞が関 「所在地は非公開」")


# ---------------------------------------------------------------------------------------------
# b13 ほのか住宅ローン保証 — 配当金充当のご報告及び求償債権残額のご請求 after a 競売: p.1 the letter and the claim, p.2 別紙
#     with the sale in 千円 and the 充当 in yen; 2-page image-only PDF.


def b13():
    R = 14.6
    issued, due = D(2025, 10, 15), D(2025, 11, 5)
    sub, div = D(2024, 8, 20), D(2025, 9, 12)
    X = 23_412_908
    got = 15_100_000
    Ld = late(X, R, sub + ONE, div)
    prin = got - Ld
    P = X - prin
    L = late(P, R, div + ONE, issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "ほのか住宅ローン保証株式会社", size=13, font="sans-bold", color=PLUM)
    p.add(Line(15, 23, 196, 23, 0.6, PLUM))
    p.at(196, 30, f"{era(issued)}発送", size=9.5, align="r")
    p.at(196, 35.5, "求償番号　HN-2410-3377", size=9.5, align="r")
    p.at(15, 32, "〒270-0000 千葉県松戸市すみれ野九丁目9番9号", size=9.5)
    p.at(19, 41, "三ツ矢　浩二　様", size=14)
    p.at(120, 46, "ほのか住宅ローン保証株式会社", size=10.5, font="sans-bold")
    p.at(120, 51, "債権管理部　求償グループ", size=8.5)
    p.at(120, 55.5, "〒101-0000 東京都千代田区わかば野九丁目9番9号", size=7.5)
    p.at(120, 60.5, "フリーダイヤル 0120-000-417", size=10, font="sans-bold")
    p.seal(186, 50, 12, "square", "ほのか住宅ローン保証印", angle=-2, seed=15131)
    p.y = 67
    p.title("配当金充当のご報告及び求償債権残額のご請求", size=14)
    p.para("当社は、お客様の住宅ローンにつき保証人として株式会社ももとせ銀行に代位弁済を行い、お客様に対する求償債権を"
           f"取得しております。このたび、担保不動産の競売手続において、{era(div)}の配当期日に当社が配当金を受領し、"
           "別紙のとおり求償債権に充当いたしました。", size=9.8)
    p.para("充当後もなお下記の残額がございますので、お支払期限までに一括してお支払いください。分割でのお支払いをご希望の"
           "場合は、お支払期限までにフリーダイヤルへご相談ください。", size=9.8)
    p.gap(2)
    p.line(f"ご請求金額（{era(issued)}現在）", size=10.5, font="sans-bold", color=PLUM)
    p.table([["求償元金（配当充当後）", f"{P:,}円"],
             [f"遅延損害金（{era(div + ONE)}～{era(issued)}・年14.6％）", f"{L:,}円"],
             ["ご請求金額合計", f"{T:,}円"]], [125, 55], x=15, aligns="lr", size=10, row_h=8.5, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 180, 12, 1.0, PLUM))
    p.at(19, y + 8, "お支払期限", size=11, font="sans-bold", color=PLUM)
    p.at(50, y + 8.3, era(due, week=True), size=13, font="sans-bold")
    p.at(120, y + 8, "振込先 ももとせ銀行 本店 普通 0417330", size=8.5)
    p.y = y + 16
    p.para("※ お支払期限の翌日以降も、求償元金に対し完済まで年14.6％（年365日の日割計算）の遅延損害金が発生します。配当金の"
           "充当の詳細、競売手続の経過及びご契約の内容は別紙をご覧ください。", x0=15, x1=195, size=8.8, indent="")
    p.y = 284
    p.line("1 / 2", align="c", size=8)
    q = Page(font="sans", size=9.5, top=16)
    q.line("別紙　配当金充当明細", size=12, font="sans-bold", color=PLUM)
    q.line("求償番号 HN-2410-3377　三ツ矢　浩二　様", size=9, align="r")
    q.gap(3)
    q.line("１．売却及び配当の概要", size=10, font="sans-bold")
    q.table([["項　目", "金　額"], ["売却代金", "16,200"], ["手続費用", "540"], ["先順位配当（公租公課）", "560"],
             ["当社への配当額", "15,100"]], [90, 40], x=22, header=True, aligns="lr", size=9.3, row_h=6.8)
    q.at(155, q.y - 2, "（単位：千円）", size=8)
    q.gap(4)
    q.line("２．配当金の充当", size=10, font="sans-bold")
    q.table([["項　目", "充当前", "充当額", "充当後"],
             ["遅延損害金", f"{Ld:,}", f"{Ld:,}", "0"],
             ["求償元金", f"{X:,}", f"{prin:,}", f"{P:,}"],
             ["合　計", f"{X + Ld:,}", f"{got:,}", f"{P:,}"]],
            [40, 45, 45, 45], x=22, header=True, aligns="lrrr", size=9.3, row_h=6.8)
    q.at(155, q.y + 4, "（単位：円）", size=8)
    q.gap(6)
    q.line("３．ご契約及び手続の経過", size=10, font="sans-bold")
    for k, v in (("原債権者", "株式会社ももとせ銀行"), ("ご融資日・ご融資額", f"{era(D(2015, 3, 20))}・28,000,000円"),
                 ("最終ご返済日", era(D(2024, 3, 27))), ("期限の利益喪失日", era(D(2024, 7, 31))),
                 ("代位弁済日・代位弁済額", f"{era(sub)}・{X:,}円"),
                 ("競売事件", "千葉地方裁判所松戸支部 令和6年(ケ)第418号"), ("配当期日", era(div))):
        leader(q, k, v, 24, 186, size=9.3, dot="・")
    q.gap(4)
    q.para("配当金は、当社の求償債権のうち、まず遅延損害金（代位弁済日の翌日から配当期日まで・年14.6％）に、次いで求償元金"
           "に充当しております。", x0=20, x1=192, size=9, indent="")
    q.y = 284
    q.line("2 / 2", align="c", size=8)
    tr = truth(document_type="collection_notice", sender="ほのか住宅ローン保証株式会社", phone="0120-000-417",
               creditor="ほのか住宅ローン保証株式会社", status="not_applicable", original="株式会社ももとせ銀行",
               debtor="三ツ矢浩二", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=D(2024, 7, 31), last_payment=D(2024, 3, 27), reference="HN-2410-3377",
               input_kind="pdf_scan", template="proxy15_guarantor_after_auction_thousand_annex", received=D(2025, 10, 17))
    return dict(stem="b13", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.0,
                about="collection_notice (housing-loan guarantor, 求償 rest after 競売, 2 pages)",
                unusual="a guarantee company's 配当金充当のご報告及び求償債権残額のご請求 as a 2-page image-only PDF: "
                        "「令和7年10月15日発送」 with 発送 glued to the date; p.1 a 2-column claim table with shaded labels "
                        "(the window and rate inside the 遅延損害金 label); p.2 別紙 with the sale in 千円 (16,200 / 540 / "
                        "560 / 15,100 — distractors), a 充当 table in yen with 「（単位：円）」 (history: 充当前 / 充当額 / "
                        "充当後, damages of 388 days), and middle-dot leader lines for the contract, the 代位弁済 and the "
                        "(ケ) case (ご融資額 28,000,000 and 代位弁済額 23,412,908 as distractors)")


# ---------------------------------------------------------------------------------------------
# b14 仮執行宣言付支払督促 (福井簡裁) for a bank on the rest of a 住宅ローン after a 任意売却, ONE page, phone photo.


def b14():
    R = 14.0
    issued = D(2026, 1, 14)
    order, served, filed = D(2025, 12, 3), D(2025, 12, 8), D(2025, 11, 20)
    sale = D(2025, 5, 30)
    P = 3_244_610
    L = late(P, R, sale + ONE, filed)
    C1, C2 = 13_880, 1_230
    T = P + L + C1 + C2
    p = Page(font="serif", size=10.5, top=14)
    p.line("令和7年(ロ)第905号　貸金請求督促事件", x=15, size=10)
    p.gap(2)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.kv([("債権者", "〒910-0000 福井県福井市ななつぼし町九丁目9番9号　株式会社七つ星銀行"),
          ("", "代表者代表取締役 丹羽 正隆　（連絡先 ローン管理部 0776-00-9917）"),
          ("債務者", "〒918-0000 福井県福井市あおば通り九丁目9番9号　亀井　奈々")], x=15, label_w=20, size=9.5,
         font="serif")
    p.gap(2)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。", size=10.5, font="serif")
    p.gap(1)
    p.line("請求の趣旨", x=15, size=11, font="serif-bold")
    rows = [["１", f"残元金（{era(sale)}任意売却代金充当後）", f"{P:,}円"],
            ["２", f"確定遅延損害金（{era(sale + ONE)}から{era(filed)}まで年14％）", f"{L:,}円"],
            ["３", "督促手続費用", f"{C1:,}円"],
            ["４", "仮執行宣言手続費用", f"{C2:,}円"],
            ["", "合　計", f"{T:,}円"]]
    p.table(rows, [10, 128, 42], x=15, aligns="clr", size=9.8, row_h=7.4, font="serif")
    p.gap(1)
    p.para(f"５　上記１の金額に対する{era(filed + ONE)}から完済まで年14％の割合による遅延損害金", x0=15, x1=195, size=9.8,
           indent="")
    p.para("請求の原因は別紙記載のとおり（別紙省略）", x0=15, x1=195, size=9, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 180, 30, 0.6))
    p.at(19, y + 7, "仮執行宣言", size=11.5, font="serif-bold")
    p.y = y + 10
    p.para(f"上記支払督促（{era(order)}発付、{era(served)}債務者に送達）に基づき、仮執行の宣言をする。債務者は、上記"
           "１から４までの合計額及び５の金員を債権者に支払え。", x0=19, x1=191, size=9.8, font="serif", indent="")
    p.y = y + 36
    p.line(era(issued), x=25, font="serif")
    p.line("福井簡易裁判所　裁判所書記官　浅　利　　由　香", x=80, font="serif")
    p.seal(186, p.y - 5, 13, "square", "福井簡易裁判所書記官印", angle=-2, seed=15141)
    p.line("これは正本である。", x=80, size=9.5, font="serif")
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 180, 36, 0.4, None, SHADE))
    p.at(19, y + 6.5, "〔注意〕", size=10, font="serif-bold")
    p.y = y + 9
    for s in ("１　この仮執行宣言付支払督促の送達を受けた日から２週間以内に督促異議の申立てをしないときは、この支払督促は"
              "確定判決と同一の効力を有することになります。",
              "２　督促異議を申し立てても、強制執行の停止には別に申立てが必要です。",
              "３　問合せ先　福井簡易裁判所民事係　電話 0776-00-2281（債権者の連絡先ではありません）"):
        p.para(s, x0=19, x1=191, size=9.3, font="serif", indent="")
    tr = truth(document_type="payment_order_enforceable", sender="福井簡易裁判所", phone="0776-00-2281",
               creditor="株式会社七つ星銀行", status="not_applicable", debtor="亀井奈々", total=T, principal=P,
               late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued, payment_due=None,
               reference="令和7年(ロ)第905号", input_kind="photo_jpeg",
               template="proxy15_enforceable_order_bank_after_voluntary_sale_photo", received=D(2026, 1, 19))
    return dict(stem="b14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.04, tilt=2.0, creases=2, shadow=0.32, shadow_side="right", warm=0.2,
                          fill=0.87),
                about="payment_order_enforceable (簡裁, bank, rest after 任意売却, one page)",
                unusual="phone photo on wood with creases and a hand shadow on the right: a 仮執行宣言付支払督促 of 福井簡裁 "
                        "on ONE page (請求の原因 「別紙省略」, so no acceleration and no last payment — both null); case "
                        "number top-left; both parties as kv lines with the bank's own ローン管理部 phone (distractor); "
                        "請求の趣旨 as a five-row table (残元金 with the 任意売却 date in its label, 確定遅延損害金, TWO cost "
                        "rows, 合計) and the running item ５; a framed 仮執行宣言 box naming the 支払督促 date 12/3 and its "
                        "送達 12/8 (distractors; issued = the 仮執行宣言 date 2026-01-14); 「これは正本である。」; a shaded "
                        "〔注意〕 box with the court's phone")


# ---------------------------------------------------------------------------------------------
# b15 joint 債権譲渡・譲受通知 兼 ご請求 (guarantor → ななほし債権回収, invented, 第231号) of a 求償債権 after a 競売; a
#     2-page G4 fax with JIS dates; p.2 the 債権明細 and a FAX reply sheet.


def b15():
    R = 14.6
    issued, asg, due = D(2026, 4, 22), D(2026, 4, 1), D(2026, 5, 15)
    sub, div = D(2025, 6, 30), D(2025, 10, 17)
    X, got = 16_842_105, 12_400_000
    Ld = late(X, R, sub + ONE, div)
    P = X - (got - Ld)
    L = late(P, R, div + ONE, asg)
    T = P + L
    fax = "03-0000-2318"
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, f"送信日 {jis(issued)}　　送信枚数 2枚（本票を含む）", size=9)
    p.at(196, 20, "譲受債権番号 NH-2604-0521", size=9.5, font="sans-bold", align="r")
    p.add(Line(15, 23, 196, 23, 0.4))
    p.at(15, 32, "〒491-0000 愛知県一宮市ひなげし台九丁目9番9号", size=9.5)
    p.at(19, 40, "菱沼　和彦　様", size=14)
    p.y = 48
    p.title("債権譲渡・譲受のご通知　兼　ご請求書", size=15)
    p.para(f"いろは保証株式会社（以下「譲渡人」）は、{jis(asg)}付で、お客様に対して有する下記の求償債権を、ななほし債権"
           "回収株式会社（以下「譲受人」）に譲渡いたしましたので、連名にてご通知申し上げます。", size=9.8)
    p.para(f"つきましては、下記ご請求額を{jis(due)}（{wd(due)}）までに譲受人の口座へ一括してお支払いください。お支払いが"
           "困難な場合は、同封のご連絡票（２枚目）を期限までに譲受人へＦＡＸしてください。", size=9.8)
    p.gap(2)
    y = p.y
    p.table([["", "譲　渡　人", "譲　受　人"],
             ["名称", "いろは保証株式会社", "ななほし債権回収株式会社"],
             ["許可等", "（住宅ローン保証会社）", "法務大臣許可番号　第231号"],
             ["所在地", "名古屋市中区むらさき町9-9-9", "東京都中央区かたくり町9-9-9"],
             ["代表者", "代表取締役　綿貫　誠司", "代表取締役　梶谷　健吾"],
             ["連絡先", "052-000-1680", "TEL 03-0000-2319／FAX " + fax]],
            [20, 78, 83], x=15, header=True, aligns="lll", size=9.3, row_h=7.2)
    p.seal(98, y + 25, 12, "round", "いろは保証|代表/取締役", angle=4, seed=15151)
    p.seal(186, y + 25, 12, "round", "ななほし債権回収|代表/取締役", angle=-6, seed=15152)
    p.gap(3)
    p.line("記", align="c", size=10.5, font="sans-bold")
    p.line(f"ご請求額（{jis(asg)}現在・譲渡日）", size=10, font="sans-bold")
    p.table([["求償元金", "遅延損害金", "ご請求額合計"], [f"{P:,}円", f"{L:,}円", f"{T:,}円"]], [60, 60, 61], x=15,
            header=True, aligns="rrr", size=10.5, row_h=8.5)
    p.para(f"遅延損害金：求償元金に対し{jis(div + ONE)}～{jis(asg)}、年14.6%（年365日の日割計算）。", x0=15, x1=196, size=8.8,
           indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.2))
    p.at(19, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(48, y + 8.3, f"{jis(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(100, y + 5.5, "振込先　くすのき信託銀行 日本橋支店", size=8.3)
    p.at(100, y + 9.8, "普通 2310521　ﾅﾅﾎｼｻｲｹﾝｶｲｼｭｳ(ｶ", size=8.3)
    p.y = y + 16
    p.para("※ 債権の内容の詳細は２枚目の債権明細をご覧ください。今後、譲渡人へのお支払いはお受けできません。", size=8.8,
           indent="")
    q = Page(font="sans", size=9.8, top=16)
    q.line("債権明細（譲受債権番号 NH-2604-0521）", size=11.5, font="sans-bold")
    q.gap(2)
    for k, v in (("ご融資金融機関", "株式会社夕凪銀行（住宅ローン）"), ("ご契約日・ご融資額", f"{jis(D(2017, 11, 10))}・18,600,000円"),
                 ("最終ご返済日", jis(D(2024, 12, 26))), ("期限の利益喪失日", jis(D(2025, 5, 9))),
                 ("代位弁済日・代位弁済額", f"{jis(sub)}・{X:,}円"),
                 ("競売事件", "名古屋地方裁判所一宮支部 令和7年(ケ)第36号"),
                 ("配当期日・配当額", f"{jis(div)}・{got:,}円（遅延損害金 {Ld:,}円、求償元金 {got - Ld:,}円に充当）"),
                 ("債権譲渡日", jis(asg))):
        q.kv([(k, v)], x=20, label_w=46, sep="：", size=9.5)
    q.gap(5)
    dashed(q, 15, 196, q.y)
    q.gap(4)
    q.line("ご　連　絡　票（ＦＡＸ返信用）", align="c", size=13, font="sans-bold")
    q.line(f"ななほし債権回収株式会社　宛　　ＦＡＸ {fax}", align="c", size=10)
    q.gap(3)
    y = q.y
    for i, lab in enumerate(["お名前", "ご住所", "お電話番号", "ご希望のお支払方法", "月々のお支払可能額", "ご連絡の取れる時間帯"]):
        yy = y + i * 11
        q.add(Box(20, yy, 45, 11, 0.3, (0, 0, 0), SHADE))
        q.add(Box(65, yy, 126, 11, 0.3))
        q.at(23, yy + 7, lab, size=9.5)
    q.at(68, y + 3 * 11 + 7, "□ 一括　　□ 分割　　□ その他（　　　　　　　　　）", size=9.5)
    q.at(186, y + 4 * 11 + 7, "円", size=9.5, align="r")
    q.y = y + 6 * 11 + 5
    q.para("※ ご連絡票のご返送は、債務の承認となる場合があります。ご不明な点は、譲受人の担当（03-0000-2319）までお問い合わせ"
           "ください。", x0=20, x1=192, size=8.8, indent="")
    tr = truth(document_type="assignment_notice", sender="ななほし債権回収株式会社", license_number=231,
               phone="03-0000-2319", creditor="ななほし債権回収株式会社", status="unverified", original="いろは保証株式会社",
               debtor="菱沼和彦", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=D(2025, 5, 9), last_payment=D(2024, 12, 26), assignment=asg,
               reference="NH-2604-0521", input_kind="fax_tiff",
               template="proxy15_joint_assignment_guarantor_to_invented_servicer_fax", received=issued)
    return dict(stem="b15", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"2026-04-22 10:14 NANAHOSHI SAIKEN {fax}",
                about="assignment_notice (joint, guarantor → invented servicer, 求償 rest after 競売, with a demand, 2-page fax)",
                unusual="2-page G4 fax: 送信日 and 送信枚数 on one line, JIS dates without padding throughout (R8.4.22, "
                        "R8.4.1, R8.5.15, H29.11.10); the two 通知人 as the two COLUMNS of one table (名称 / 許可等 / 所在地 / "
                        "代表者 / 連絡先) with a round seal in each; the INVENTED servicer 「ななほし債権回収株式会社」 with "
                        "「法務大臣許可番号　第231号」 (→ unverified); the 譲渡人 is a guarantee company (its phone is a "
                        "distractor); ご請求額 as of the 譲渡日 AND a demand 「一括して」 by a date; p.2 colon lines with the "
                        "bank as 「ご融資金融機関」 (not 原債権者), ご融資額, 代位弁済額, the (ケ) number and 配当額 with its "
                        "充当 split (distractors), then a FAX reply form with tick boxes")


# ---------------------------------------------------------------------------------------------
# b16 すいれん信用組合 — 任意売却後の残債務のお支払いについて（ご提案）: ￥…- amounts, one plan (初回 + 98 × 20,000) with the
#     damages waived, a ご回答期限; scan.


def b16():
    R = 14.0
    issued, reply = D(2026, 1, 28), D(2026, 2, 20)
    sale = D(2025, 10, 24)
    P = 1_984_300
    L = late(P, R, sale + ONE, issued)
    T = P + L
    first, m, n = 24_300, 20_000, 98
    assert first + m * n == P
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "すいれん信用組合", size=14, font="sans-bold", color=NAVY2)
    p.at(15, 25, "SUIREN CREDIT COOPERATIVE", size=7, color=NAVY2)
    p.at(196, 19, era(issued), size=10, align="r")
    p.at(196, 24.5, "整理番号：SR-0128-611", size=9, align="r")
    p.at(196, 29.5, "組合員番号：00-48217（ご参考）", size=8, align="r")
    p.at(15, 37, "〒310-0000 茨城県水戸市ゆりかご町九丁目9番9号", size=9.5)
    p.at(19, 45, "桑畑　勇　様", size=14)
    p.at(125, 46, "すいれん信用組合　管理部", size=10.5, font="sans-bold")
    p.at(125, 51, "〒310-0000 水戸市すみれ野九丁目9番9号", size=7.5)
    p.at(125, 56, "電話 029-000-3318　担当 荻原", size=9.5)
    p.y = 64
    p.title("任意売却後の残債務のお支払いについて（ご提案）", size=14, color=NAVY2)
    p.para(f"先般は、ご自宅の任意売却（決済日 {era(sale)}、売却代金 ￥11,500,000-）にご協力いただき、ありがとうございました。"
           "売却代金を充当いたしました後の残債務につきまして、お客様のご事情をお伺いしたうえで、下記のとおりお支払方法を"
           "ご提案いたします。", size=9.8)
    p.gap(2)
    p.line(f"１．現在の残債務（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["残元金", f"￥{P:,}-"],
             [f"遅延損害金（{era(sale + ONE)}から年14.0％）", f"￥{L:,}-"],
             ["残債務合計", f"￥{T:,}-"]], [110, 60], x=22, aligns="lr", size=10, row_h=8, shade_col0=True)
    p.para(f"（ご融資日 {era(D(2012, 2, 17))}　当初ご融資額 ￥16,000,000-　最終ご返済日 {era(D(2025, 2, 25))}　期限の利益"
           f"喪失日 {era(D(2025, 6, 30))}）", x0=22, x1=194, size=8.5, indent="")
    p.gap(2)
    p.line("２．ご提案するお支払方法", size=10, font="sans-bold")
    p.table([["お支払総額", f"￥{P:,}-（残元金のみ）"],
             ["初回", f"{era(D(2026, 3, 10))}　￥{first:,}-"],
             ["２回目以降", f"令和8年4月から毎月10日　￥{m:,}- × {n}回"],
             ["遅延損害金", "上記を約定どおりお支払いいただいた場合は、全額を免除いたします"]],
            [40, 141], x=15, aligns="ll", size=9.6, row_h=8, shade_col0=True)
    p.gap(2)
    p.para("※ ご提案の内容でご了承いただける場合は、同封の「分割弁済同意書」にご署名のうえご返送ください。ご同意書の"
           "ご返送は、残債務の承認となります。月々の金額のご変更をご希望の場合は、担当までご相談ください。",
           x0=15, x1=196, size=8.8, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.0, NAVY2))
    p.at(19, y + 8, "ご回答期限", size=11, font="sans-bold", color=NAVY2)
    p.at(50, y + 8.3, f"{era(reply, week=True)}（当組合必着）", size=12.5, font="sans-bold")
    p.y = y + 16
    p.para("ご回答期限までにご返送もご連絡もない場合は、残債務合計の一括でのお支払いをお願いすることになりますので、"
           "あらかじめご了承ください。", size=9.5)
    tr = truth(document_type="settlement_proposal", sender="すいれん信用組合", phone="029-000-3318",
               creditor="すいれん信用組合", status="not_applicable", debtor="桑畑勇", total=T, principal=P,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=D(2025, 6, 30),
               last_payment=D(2025, 2, 25), reference="SR-0128-611", input_kind="scan_png",
               template="proxy15_credit_coop_plan_after_voluntary_sale_scan", received=D(2026, 1, 30))
    return dict(stem="b16", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="settlement_proposal (信用組合, instalment plan after 任意売却)",
                unusual="a 信用組合's 分割 proposal after a 任意売却, scanned: ￥…- amounts everywhere (売却代金 ￥11,500,000-, "
                        "当初ご融資額 ￥16,000,000- — distractors); 整理番号 (the reference) above a 組合員番号 marked "
                        "（ご参考）; shaded-label two-column tables for the debt (the window inside the 遅延損害金 label, no "
                        "end date) and for the plan (お支払総額 = 残元金, 初回 ￥24,300-, ￥20,000- × 98回, damages waived — "
                        "distractors); the contract dates in one bracketed line; a navy-framed ご回答期限 …（当組合必着） "
                        "(= payment_due); lump false")


LETTERS = [b09, b10, b11, b12, b13, b14, b15, b16]
