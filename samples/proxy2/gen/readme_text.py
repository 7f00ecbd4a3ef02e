"""Text around the generated README table (make.py writes samples/proxy2/README.md)."""
from __future__ import annotations

README_HEAD = """# Proxy held-out letters, set 2 (k01–k16)

Written on 2026-11-27 after the fixes made for set 1 (`samples/proxy`), by a helper that had not seen
the parser. First run of the parser over them, before any change made for them: **88.64 % of fields
right, 1 of 16 letters fully right, values where none is stated 1.18 %** — about what set 1 gave
before its fixes, so those fixes did not carry over to new letters as much as hoped. These letters are
now seen too.

16 synthetic Japanese debt letters written as a fresh, independent stand-in for the held-out set.
Written without reading `parser/`, `tests/` or `bench/` of the repository. Each `<stem>.<ext>` has a
`<stem>.truth.json` in exactly the format of `samples/proxy/*.truth.json` (same keys and enum values, NFKC names
without spaces, ISO dates, integer yen, `null` where the letter does not state a value); `manifest.csv` has
`file,input_kind,document_type,template,received`.

Only the drawing/degradation code is shared with the repository (`samples/letters/{layout,render,degrade,fmt}.py`,
imported from the repository); companies, people, wording, layouts and label spellings are new and differ
from `samples/` and `samples/proxy/`. Regenerate (≈30 s, deterministic):
`.venv/bin/python samples/proxy2/gen/make.py` (letter text + truth: `gen/letters_c.py` k01–k08,
`gen/letters_d.py` k09–k16). Late damages are computed (principal × rate × days / 365, both ends counted,
rounded down) and every printed breakdown adds up to its total (asserted when the truth is built).

★ Real servicer names from `shared/research/servicers.csv`, used only to exercise registry matching (content,
addresses, people, accounts and phones invented): アウロラ債権回収株式会社 (第76号 printed right in k01, printed
wrong as 第六十七号 in k13), and — named without a licence number, as the registry has none — あおぞら債権回収
(k03, 譲受人 in a bank's notice), 日本債権回収 (k04 creditor), 中央債権回収 (k06 plaintiff), エム・ユー・フロンティア
債権回収 (k15 sender). The scam k10 prints 第１０号, which the registry gives to a different company. Courts are
real; case numbers, clerks and phones are invented. Every other company, person and address is fictional;
phone numbers use the 0000/000 exchanges.

Mix: 8 digital (4 pdf_text, 4 pdf_text_2page), 5 images (2 scan_png, 2 photo_jpeg, 1 fax_tiff),
3 縦書き (2 vertical_pdf, 1 vertical_scan). Document types: collection_notice 4, acceleration_notice 3,
assignment_notice 2, lawsuit 2, other 2, payment_order 1, payment_order_enforceable 1, settlement_proposal 1.

"""

README_TAIL = """
## Judgement calls in the truth

* k02: claim = 求償元本 + 延滞金 = 請求額計 (page 2); the 代位弁済金額 breakdown (元金/利息/遅延損害金) on page 1 is
  history → interest null; 延滞金 is the late damages; debtor = 小林恭平 (屋号 line and 「代表」 dropped); the
  代位弁済日 and 保証番号 are none of the truth fields.
* k03: the bank alone sends the 債権譲渡通知 → sender = bank, creditor = 譲受人 あおぞら債権回収, original = bank;
  registry status follows the contract (the sender is scored outside court papers) → not_applicable. Only
  informs → lump false, payment_due null. Reference = 顧客番号 (not the ローン口座番号).
* k04, k05, k06, k16 (court papers): sender = the court and its phone, never the creditor's phone in the party
  block; creditor = 債権者/原告; lump true (claims rest on 期限の利益喪失); running 「…から完済まで」 clauses are
  not late_damages. k04 total = the bracketed 合計 including 申立手続費用. k05 issued = the 仮執行宣言 date
  (2025-12-10), not the 支払督促 date. k06 issued = 呼出状 date (not the 訴状 date), hearing 2026-01-21.
  k16: reference = the (ワ) number, the old 金沢簡裁 (ロ) number is a distractor; costs = 督促申立手続費用 inside
  the 合計; rate = the late rate 15 % (14.8 % is the contract interest). Registry: k04 日本債権回収 and k06
  中央債権回収 are registry servicers without a printed number → licensed; k05/k16 creditors are not servicers.
* k07: total = ご請求総額 (not the smaller 和解金額); payment_due = ご回答期限; lump false; printed 許可番号 226
  of an invented servicer → unverified.
* k08: creditor = the law office's client; reference = 弊所整理番号 (NFKC 25M-0418); last_payment = 最終入金日.
* k09 (scam postcard): no letter date, no amount, no creditor; the 裁判取り下げ最終期日 is not a payment due date
  → null; reference = 管理番号 に073; status not_licensed; received null.
* k10 (scam letter): the printed 第１０号 is kept (10) although it belongs to another company; status
  not_licensed as for every scam (a purely mechanical registry lookup would say license_mismatch); the printed
  date, お支払期限 and ご請求金額 are kept; the total's components are only named, not given → null; creditor null.
* k11: payment_due = お支払期日 R7.11.28, not the 次回口座振替日 R7.11.27; last_payment = 最終返済日 R7.8.27, not the
  failed 前回口座振替日; reference = お問合せ番号 (not ご契約番号); arrears only, acceleration only threatened →
  lump false; received = issued (faxed).
* k12: deadline only relative (本書到達後十日以内) → payment_due null; no customer number → reference null.
* k13: printed licence 第六十七号 → 67 kept; registry has アウロラ債権回収 as 76 → license_mismatch; assignment
  date read from the prose (令和七年三月三日…譲り受けました).
* k14: addressee is the 連帯保証人 → debtor = 佐藤和子 (the company is the 主債務者); reference = 整理番号 SG25-071.
* k15: 受託通知 → creditor = original = the bank (委託者); the 受託日 is not an assignment → null; lump true
  (一括 with ご入金期限); sender in the registry with no number printed → licensed.
* received: issued + 2–4 days (k11 the same day), null for the scams.
"""
