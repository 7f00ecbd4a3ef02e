"""The organisations that appear in the sample letters.

All companies are invented unless `real=True`: three real licensed servicers appear (name and
license number as in shared/research/servicers.csv) only so that the registry check can say
`licensed` / `license_mismatch`; their letters' content, people, phone numbers and accounts
are fictitious. Phone numbers use the unassigned 0000 / 000 exchange and do not work.
Courts are real institutions; their case numbers, clerks and phone numbers are invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Org:
    name: str
    kind: str  # servicer | bank | lender | guarantor | law_office | court | scam | company
    zip: str = ""
    address: str = ""
    phone: str = ""
    fax: str = ""
    license: int | None = None  # 法務大臣許可番号 (servicers only)
    rep: str = ""  # representative: title and name
    dept: str = ""
    staff: str = ""
    lender_reg: str = ""  # 貸金業登録番号, printed by lenders and guarantors (not a servicer licence)
    real: bool = False
    seal: str = ""  # text of its company seal (角印)


# --- servicers (invented)
SHINONOME = Org("東雲債権回収株式会社", "servicer", "104-0000", "東京都中央区八丁堀九丁目99番9号 東雲ビル7階",
                "03-0000-2310", "03-0000-2319", 231, "代表取締役 東雲 宗一", "管理部 第二グループ", "大森",
                seal="東雲債権回収株式会社之印")
MINATOBASHI = Org("みなと橋債権回収株式会社", "servicer", "231-0000", "神奈川県横浜市中区港橋町9番99号",
                  "045-000-2360", "045-000-2369", 236, "代表取締役 橋本 航", "回収部", "川村",
                  seal="みなと橋債権回収株式会社之印")
ASAGI = Org("株式会社あさぎ債権管理回収", "servicer", "460-0000", "愛知県名古屋市中区浅葱三丁目99番9号",
            "0120-000-252", "052-000-2529", 252, "代表取締役 浅葱 直人", "債権管理部", "野口",
            seal="株式会社あさぎ債権管理回収之印")
HOKUSHIN = Org("北辰債権回収株式会社", "servicer", "060-0000", "北海道札幌市中央区北辰西九丁目99番地",
               "011-000-2640", "011-000-2649", 264, "代表取締役 北村 辰彦", "お客様相談室", "佐々木",
               seal="北辰債権回収株式会社印")
SUIREI = Org("翠嶺債権回収株式会社", "servicer", "530-0000", "大阪府大阪市北区翠嶺町9番99号 翠嶺ビル3階",
             "06-0000-2710", "06-0000-2719", 271, "代表取締役 嶺岸 久美子", "管理第一部", "西田",
             seal="翠嶺債権回収株式会社之印")
CHIHAYA = Org("千早債権回収株式会社", "servicer", "812-0000", "福岡県福岡市博多区千早九丁目9番9号",
              "092-000-2890", "092-000-2899", 289, "代表取締役 千早 俊介", "債権管理部", "原田",
              seal="千早債権回収株式会社之印")

# --- real servicers: names and licence numbers from servicers.csv; everything else invented
ABILIO = Org("アビリオ債権回収株式会社", "servicer", "135-0000", "東京都江東区豊洲二丁目2番31号",
             "03-0000-0505", "", 5, "代表取締役 青木 一郎", "債権管理部", "遠藤", real=True,
             seal="アビリオ債権回収株式会社印")
SMBC_SV = Org("SMBC債権回収株式会社", "servicer", "104-0000", "東京都中央区築地3丁目16番9号 築地室町ビル",
              "03-0000-1010", "03-0000-1019", 10, "代表取締役 鈴木 次郎", "住宅ローン管理部", "石井", real=True,
              seal="ＳＭＢＣ債権回収株式会社之印")
PARTIR = Org("パルティール債権回収株式会社", "servicer", "141-0000", "東京都品川区西五反田七丁目17番3号",
             "03-0000-1130", "", 113, "代表取締役 山中 三郎", "回収センター", "小川", real=True,
             seal="パルティール債権回収株式会社印")

# --- banks, lenders, guarantee companies (invented)
TOTO_BANK = Org("株式会社東都みらい銀行", "bank", "176-0000", "東京都練馬区豊玉北九丁目99番9号",
                "03-0000-5512", "03-0000-5519", rep="練馬支店 支店長 大川 正人", dept="練馬支店 融資課",
                staff="三浦", seal="東都みらい銀行練馬支店長之印")
WAKABA = Org("若葉信用金庫", "bank", "330-0000", "埼玉県さいたま市浦和区若葉町9番9号", "048-000-7100",
             "048-000-7199", rep="理事長 若林 修", dept="融資部 管理課", staff="中島", seal="若葉信用金庫之印")
NAGISA_BANK = Org("株式会社瀬戸内なぎさ銀行", "bank", "700-0000", "岡山県岡山市北区なぎさ町9番9号",
                  "086-000-3300", rep="代表取締役頭取 渚 健司")
HARUKAZE = Org("株式会社ハルカゼカード", "lender", "150-0000", "東京都渋谷区春風九丁目9番9号", "03-0000-8800",
               rep="代表取締役 春山 風太", lender_reg="関東財務局長(3)第09011号")
MIRAIE = Org("株式会社ミライエクレジット", "lender", "163-0000", "東京都新宿区西新宿九丁目99番9号 ミライエタワー",
             "03-0000-7345", "", rep="代表取締役 未来 恵", dept="債権管理センター", staff="岡本",
             lender_reg="関東財務局長(2)第09876号", seal="株式会社ミライエクレジット之印")
SORATO = Org("株式会社ソラトキャッシング", "lender", "220-0000", "神奈川県横浜市西区空都町9番9号",
             "045-000-1188", rep="代表取締役 空野 徹", lender_reg="関東財務局長(5)第01818号")
AOBA = Org("株式会社アオバファイナンス", "lender", "980-0000", "宮城県仙台市青葉区青葉町9番9号", "022-000-4455",
           rep="代表取締役 青葉 勝", lender_reg="東北財務局長(2)第00321号")
TOTO_GUAR = Org("東都みらい信用保証株式会社", "guarantor", "176-0000", "東京都練馬区豊玉北九丁目99番10号",
                "03-0000-4410", "03-0000-4419", rep="代表取締役 保坂 一成", dept="求償債権管理部", staff="松井",
                lender_reg="関東財務局長(4)第01234号", seal="東都みらい信用保証株式会社之印")
NAGISA_GUAR = Org("株式会社なぎさ保証", "guarantor", "700-0000", "岡山県岡山市北区なぎさ町9番10号",
                  "086-000-3390", rep="代表取締役 渚 保", lender_reg="中国財務局長(3)第00456号")

# --- law office, courts, others
MISAKI_LAW = Org("弁護士法人みさき総合法律事務所", "law_office", "105-0000", "東京都港区岬町九丁目9番9号 岬ビル5階",
                 "03-0000-7788", "03-0000-7789", rep="弁護士 岬 誠一", staff="岬")
TOKYO_SC = Org("東京簡易裁判所", "court", "100-8971", "東京都千代田区霞が関一丁目1番2号", "03-0000-6301",
               dept="民事第7室", staff="佐藤 和夫")
YOKOHAMA_SC = Org("横浜簡易裁判所", "court", "231-0000", "神奈川県横浜市中区日本大通9番地", "045-000-6400",
                  dept="民事第1係", staff="高田 友里")
OSAKA_SC = Org("大阪簡易裁判所", "court", "530-0000", "大阪府大阪市北区西天満一丁目9番9号", "06-0000-5120",
               dept="民事第2室", staff="吉川 浩")
SAITAMA_SC = Org("さいたま簡易裁判所", "court", "330-0000", "埼玉県さいたま市浦和区高砂九丁目9番9号", "048-000-3141",
                 dept="民事係", staff="野村 慎吾")
NAGOYA_SC = Org("名古屋簡易裁判所", "court", "460-0000", "愛知県名古屋市中区三の丸九丁目9番9号", "052-000-7770",
                dept="民事訟廷事務室", staff="服部 絵里")
SAITAMA_DC = Org("さいたま地方裁判所", "court", "330-0000", "埼玉県さいたま市浦和区高砂九丁目9番10号", "048-000-7890",
                 dept="第3民事部", staff="小島 哲也")
SAKURANO_GAS = Org("さくら野ガス株式会社", "company", "330-0000", "埼玉県さいたま市中央区さくら野九丁目9番9号",
                   "0120-000-456", dept="お客さまセンター")
SCAM_MOJ = Org("法務省管轄支局 民事訴訟管理センター", "scam", "100-0000", "東京都千代田区霞が関9-99-9",
               "03-0000-8123")
SCAM_SERVICER = Org("株式会社ジャパン債権管理局", "scam", "160-0000", "東京都新宿区歌舞伎町九丁目9番9号 第9ビル",
                    "090-0000-4417", staff="木下")
