from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parser import normalize
from parser.models import OcrLine, OcrPage, OcrWord

# fmt: off
AMOUNTS = [
    ("金1,234,567円", 1234567),
    ("￥1,234,567-", 1234567),
    ("¥1,234,567※", 1234567),
    ("金１，２３４，５６７円", 1234567),
    ("1,234千円", 1234000),
    ("123万4,567円", 1234567),
    ("約86万円", 860000),
    ("金壱百弐拾参万四千五百六拾七円", 1234567),
    ("金百二十三万四千五百六十七円也", 1234567),
    ("金 1,234,567 円", 1234567),
    ("△12,000円", -12000),
    ("1.111.111円", 1111111),  # commas read as periods
    ("合計 673,1 21", 673121),  # a scan splits a group of three digits
    ("1,234,56 7円", 1234567),
]
DATES = [
    ("令和7年11月24日(月)", date(2025, 11, 24)),
    ("令和７年１１月２４日", date(2025, 11, 24)),
    ("令和元年5月1日", date(2019, 5, 1)),
    ("令和1年5月1日", date(2019, 5, 1)),
    ("平成31年4月30日", date(2019, 4, 30)),
    ("平成32年1月10日", date(2020, 1, 10)),  # a system that never learned about 令和
    ("昭和62年3月1日", date(1987, 3, 1)),
    ("R7.11.24", date(2025, 11, 24)),
    ("R07.11.24", date(2025, 11, 24)),
    ("H30.04.01", date(2018, 4, 1)),
    ("令7.11.24", date(2025, 11, 24)),
    ("2025年11月24日", date(2025, 11, 24)),
    ("2025/11/24", date(2025, 11, 24)),
    ("2025-11-24", date(2025, 11, 24)),
    ("２０２５．１１．２４", date(2025, 11, 24)),
    ("令和七年十一月二十四日", date(2025, 11, 24)),
    ("二〇二五年十一月二十四日", date(2025, 11, 24)),
]
RATES = [("年14.6%", 14.6), ("年14.6パーセント", 14.6), ("年率14.60％", 14.6), ("年1割4分6厘", 14.6), ("日歩4銭", 14.6),
         ("年3%", 3.0), ("年21.9%", 21.9), ("年3分の割合による金員", 3.0), ("年5分5厘の割合", 5.5),
         ("年二 〇 パーセントの割合", 20.0)]
PHONES = [("TEL 03(1234)5678", "03-1234-5678"), ("03-1234-5678", "03-1234-5678"), ("0120-000-123", "0120-000-123"),
          ("090-1234-5678", "090-1234-5678"), ("ＴＥＬ ０３－１２３４－５６７８", "03-1234-5678")]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), AMOUNTS)
def test_amounts(text: str, expected: int) -> None:
    assert [m.value for m in normalize.amounts(normalize.text(text), bare_numbers=True)][:1] == [expected]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dates(text: str, expected: date) -> None:
    assert normalize.first_date(normalize.text(text)) == expected


def test_case_number_is_not_a_date() -> None:
    assert normalize.first_date("事件番号 令和7年(ロ)第1234号") is None


def test_month_day_takes_year_from_the_letter_and_rolls_over() -> None:
    assert normalize.first_date("11月24日(月)必着", ref=date(2025, 11, 10)) == date(2025, 11, 24)
    assert normalize.first_date("1月10日必着", ref=date(2025, 12, 20)) == date(2026, 1, 10)


@pytest.mark.parametrize(("text", "expected"), RATES)
def test_rates(text: str, expected: float) -> None:
    assert [m.value for m in normalize.rates(normalize.text(text))][:1] == [expected]


@pytest.mark.parametrize(("text", "expected"), PHONES)
def test_phones(text: str, expected: str) -> None:
    assert [m.value for m in normalize.phones(normalize.text(text))][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("法務大臣許可番号 第113号", 113), ("法務大臣許可第5号", 5), ("許可番号:法務大臣第10号", 10), ("法務大臣許可番号第百十三号", 113)],
)
def test_license_numbers(text: str, expected: int) -> None:
    assert [m.value for m in normalize.license_numbers(normalize.text(text))] == [expected]


def test_text_removes_spacing_between_japanese_but_keeps_cells_apart() -> None:
    assert normalize.text("請 求 金 額　金 1,234 円") == "請求金額金1,234円"
    assert normalize.text("元金 1,000,000 利息 20,000") == "元金1,000,000 利息20,000"


@given(st.integers(min_value=1, max_value=10**10))
def test_amount_round_trip(n: int) -> None:
    assert normalize.yen(f"金{n:,}円") == n
    assert normalize.yen(f"￥{n:,}-") == n


@given(st.dates(min_value=date(1989, 1, 8), max_value=date(2090, 12, 31)))
def test_era_date_round_trip(d: date) -> None:
    era, start = ("令和", 2019) if d >= date(2019, 5, 1) else ("平成", 1989)
    year = d.year - start + 1
    label = "元" if year == 1 else str(year)
    assert normalize.first_date(f"{era}{label}年{d.month}月{d.day}日") == d
    assert normalize.first_date(d.strftime("%Y/%m/%d")) == d


@given(st.text(max_size=200))
@settings(deadline=None)  # the first call loads OpenCC's dictionaries and compiles the fix tables
def test_normalisers_never_crash(s: str) -> None:
    t = normalize.text(s)
    assert normalize.text(t) == t  # idempotent
    list(normalize.amounts(t, bare_numbers=True))
    list(normalize.dates(t, ref=date(2025, 1, 1)))
    list(normalize.rates(t))
    list(normalize.phones(t))
    list(normalize.license_numbers(t))


def _column(chars: str, gaps: dict[int, float], vertical: bool = True) -> OcrLine:
    """A column of 30 px characters; gaps[i] extra pixels before character i."""
    words, y = [], 0.0
    for i, c in enumerate(chars):
        y += gaps.get(i, 2.0)
        words.append(OcrWord(text=c, bbox=(0.0, y, 30.0, y + 30.0), confidence=0.99))
        y += 30.0
    return OcrLine(text=chars, bbox=(0.0, 0.0, 30.0, y), confidence=0.99, words=tuple(words), vertical=vertical)


def test_a_dropped_long_vowel_between_vertical_katakana_is_put_back() -> None:
    (page,) = normalize.pages([OcrPage(number=1, width=100, height=500, lines=(_column("株式会社ハルカゼカド", {9: 32}),))])
    assert page.lines[0].norm == "株式会社ハルカゼカード"
    assert page.lines[0].text == "株式会社ハルカゼカド"  # the raw reading is kept


@pytest.mark.parametrize(
    ("chars", "gaps", "vertical"),
    [
        ("株式会社ハルカゼカド", {}, True),  # no gap: nothing was dropped
        ("当社は令和七年", {3: 32}, True),  # a gap between kanji is a space or a bracket
        ("ハルカゼカド", {5: 32}, False),  # horizontal ー is read; a gap there is a space
    ],
)
def test_no_long_vowel_without_a_katakana_gap_in_a_column(chars: str, gaps: dict[int, float], vertical: bool) -> None:
    line = _column(chars, gaps, vertical)
    assert normalize.pages([OcrPage(number=1, width=100, height=500, lines=(line,))])[0].lines[0].norm == chars


def _row(chars: str, unsure: dict[int, float]) -> OcrLine:
    words = tuple(
        OcrWord(text=c, bbox=(i * 30.0, 0.0, i * 30.0 + 28.0, 30.0), confidence=unsure.get(i, 0.99))
        for i, c in enumerate(chars)
    )
    return OcrLine(text=chars, bbox=(0.0, 0.0, len(chars) * 30.0, 30.0), confidence=0.9, words=words)


@pytest.mark.parametrize(
    ("chars", "unsure", "norm"),
    [
        ("信用保証機株式会社", {4: 0.44, 5: 0.33}, "信用保証株式会社"),  # seal ink read as an extra character
        ("野村証券株式会社", {4: 0.5}, "野村証券株式会社"),  # 券 read with confidence stays
        ("信用保証機株式会社", {4: 0.44}, "信用保証機株式会社"),  # 株 itself read clearly: no seal there
    ],
)
def test_an_unsure_character_in_front_of_an_unsure_kabu_is_seal_ink(chars: str, unsure: dict[int, float], norm: str) -> None:
    page = OcrPage(number=1, width=400, height=50, lines=(_row(chars, unsure),))
    assert normalize.pages([page])[0].lines[0].norm == norm


def test_an_unsure_1_between_letters_and_digits_in_a_column_is_a_hyphen() -> None:
    line = _column("AR150619", {})
    words = tuple(w.model_copy(update={"confidence": 0.49}) if i == 2 else w for i, w in enumerate(line.words))
    unsure = line.model_copy(update={"words": words})
    pages = [OcrPage(number=1, width=100, height=500, lines=(unsure, line))]
    assert [ln.norm for ln in normalize.pages(pages)[0].lines] == ["AR-50619", "AR150619"]  # a sure 1 stays


def test_a_vertical_hyphen_read_as_1_inside_a_kanji_phone_number() -> None:
    assert [m.value for m in normalize.phones(normalize.text("電話〇三1〇〇〇〇1八二一七"))] == ["03-0000-8217"]


def test_a_year_written_twice_and_a_spaced_decimal_point() -> None:
    assert normalize.text("2026年（令和8年）2月10日") == "2026年2月10日"
    assert normalize.text("令和8年（2026年）2月10日") == "令和8年2月10日"
    assert normalize.text("（年1 9. 9％）").endswith("9.9%)")
    assert normalize.text("住宅口ーン") == "住宅ローン"


def test_a_vertical_phone_number_whose_dashes_the_recognizer_dropped_gets_them_back() -> None:
    assert [m.value for m in normalize.phones("電話〇九八四〇〇五二一〇")] == ["0984-00-5210"]
    assert [m.value for m in normalize.phones("TEL 0120000318")] == ["0120000318"]  # printed so


def test_a_rate_in_hibu_sen_written_in_kanji() -> None:
    assert [m.value for m in normalize.rates("日歩五銭の割合")] == [18.25]
    assert normalize.text("管理番号 ぬ一119").endswith("ぬ-119")  # a dash, not the kanji 一


def test_a_vertical_dash_read_as_the_kanji_one_is_told_from_the_digit() -> None:
    assert [m.value for m in normalize.phones("電話〇四五一〇〇〇一九二六")] == ["045-000-1926"]
    assert [m.value for m in normalize.phones("電話〇八〇一二三四五六七八")] == ["080-1234-5678"]  # a mobile's own 1s


@pytest.mark.parametrize(
    ("text", "expected"),
    [("送信曰令和8年4月3日", "送信日令和8年4月3日"), ("取引播号HG-26-05518", "取引番号HG-26-05518"), ("播磨町", "播磨町")],
)
def test_look_alike_characters_a_fax_leaves(text: str, expected: str) -> None:
    assert normalize.text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("あざみフアイナンス株式会社", "あざみファイナンス株式会社"), ("株式会社コスモスクレジート", "株式会社コスモスクレジット"),
     ("つわぶき力一ド株式会社", "つわぶきカード株式会社"), ("力一杯", "力一杯")],
)
def test_small_kana_in_company_words(text: str, expected: str) -> None:
    assert normalize.text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("余42.9631", [42963]), ("金762,963P", [762963]), ("8,946,300P", [8946300]), ("63,420[", [63420]),
     ("損書金 金5,000円", [5000])],
)
def test_a_faxed_yen_sign_and_kin(text: str, expected: list[int]) -> None:
    assert [m.value for m in normalize.amounts(normalize.text(text), bare_numbers=True)] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("金一八四〇二、五一六円", 18402516), ("金18402,516円", 18402516), ("金一八、四〇二、五一六円", 18402516)],
)
def test_an_amount_whose_first_separator_was_lost(text: str, value: int) -> None:
    assert [m.value for m in normalize.amounts(text)] == [value]


@pytest.mark.parametrize(
    ("text", "digits"),
    [("令和七年(ハ)第一二三号", "令和7年(ハ)第123号"), ("平成一二年(ワ)第四五一号", "平成12年(ワ)第451号")],
)
def test_a_case_number_in_kanji_is_written_in_digits(text: str, digits: str) -> None:
    assert normalize.case_number_digits(text) == digits


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("令和7年9月301のお支払いを最後に", "令和7年9月30日のお支払いを最後に"),
        ("合7年12月101の経過をもって", "令7年12月10日の経過をもって"),
        ("1月11に", "1月11に"),  # two digits: the day may be 11
    ],
)
def test_a_days_kanji_read_as_one(read: str, fixed: str) -> None:
    assert normalize.text(read) == fixed


def test_a_percent_counted_in_bu_needs_its_rate_words() -> None:
    assert list(normalize.rates("年3分の1を負担する")) == []


@pytest.mark.parametrize("read", ["避延報害金", "遅延批售金", "遅延相售金", "避延損弯金"])
def test_the_damages_word_misread_on_a_fax(read: str) -> None:
    assert normalize.text(f"{read}(年14.6%)") == "遅延損害金(年14.6%)"


def test_a_two_digit_year_as_a_card_system_prints_it() -> None:
    found = [m.value for m in normalize.dates("発行日25/11/20 ご入金期限 25/12/01(月) 1/2")]
    assert found == [date(2025, 11, 20), date(2025, 12, 1)]


def test_same_year_month_and_day_take_the_date_written_before() -> None:
    text = "令和7年5月26日の入金を最後に、同年9月30日、契約を解除した。債務者は、同日、期限の利益を喪失した。同月10日付"
    assert [m.value for m in normalize.dates(text)] == [date(2025, 5, 26), date(2025, 9, 30), date(2025, 9, 30), date(2025, 9, 10)]


def test_same_day_alone_is_no_date() -> None:
    assert list(normalize.dates("同日付の書面")) == []


def test_phone_numbers_as_letters_and_faxes_print_them() -> None:
    def read(text: str) -> list[object]:
        return [m.value for m in normalize.phones(normalize.text(text))]

    assert read("TEL06-000-3391") == ["06-000-3391"]  # a short exchange as a letter prints it
    assert read("TEL022:000-5186 FAX 022-000-5187") == ["022-000-5186", "022-000-5187"]  # a hyphen read as a colon
    assert read("電話 〇 二三八 ( 〇 〇 ) 四四一 〇") == ["0238-00-4410"]  # a vertical column read with gaps
    assert read("受付 09:00-17:30") == []


def test_old_forms_printed_in_surnames_stay_and_are_fixed_in_words() -> None:
    assert normalize.text("上總拓也、當間浩一、神來沙織") == "上總拓也、當間浩一、神來沙織"
    assert normalize.text("當社の担當、總額、來月") == "当社の担当、総額、来月"


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("遅延損喜金", "遅延損害金"),
        ("遅延描害金", "遅延損害金"),
        ("送儒日令和7年8月19日", "送信日令和7年8月19日"),
        ("1,884,45014", "1,884,450円"),  # a fax's 円 at a cell's end read as 14
        ("12,814P]", "12,814円"),
        ("令和8年2月2011(金)", "令和8年2月20日(金)"),  # and 日 before the weekday as 11
        ("年14:6%", "年14.6%"),
        ("ラべンダー信販", "ラベンダー信販"),
        ("天音口ン株式会社", "天音ローン株式会社"),
        ("最終こ入金日", "最終ご入金日"),
    ],
)
def test_fax_and_photo_slips_in_words_and_figures(read: str, fixed: str) -> None:
    assert normalize.text(read) == fixed


def test_licence_numbers_read_through_fax_noise_and_a_scams_big_number() -> None:
    def read(text: str) -> list[object]:
        return [m.value for m in normalize.license_numbers(text)]

    assert read("法務大臣許可番号第11母") == [11]
    assert read("法移大臣許司番号第231号") == [231]
    assert read("法務大臣許可債権回収業第408号") == [408]
    assert read("法務省認可法務大臣許可番号第1207号") == [1207]
    assert [m.value for m in normalize.phones("フリーダイヤル0120-000.617")] == ["0120-000-617"]
    assert [m.value for m in normalize.phones("TEL087-000-3060. FAX087-000-3061")] == ["087-000-3060", "087-000-3061"]
