"""Calendar export: parse the bytes back with icalendar and check events and alarms."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from icalendar import Calendar

from parser import deadlines as dl
from parser.ics import event_uid, to_ics
from parser.models import Certainty, Dates, Deadline, DeadlineFacts, DocumentType

STAMP = datetime(2025, 12, 19, 3, 0, tzinfo=UTC)


def _deadlines() -> list[Deadline]:
    found = dl.compute(
        DeadlineFacts(
            document_type=DocumentType.acceleration_notice,
            dates=Dates(
                acceleration=date(2021, 6, 15), payment_due=date(2025, 12, 26), issued=date(2025, 12, 12)
            ),
            principal=1_000_000,
            late_damages_rate_percent=14.0,
        ),
        received=None,
    )
    assert {d.kind for d in found} == {"payment_due", "late_charge_accrual", "limitation_possible"}
    return found


def _parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def test_one_event_per_deadline_with_an_alarm() -> None:
    deadlines = dl.compute(
        DeadlineFacts(document_type=DocumentType.lawsuit, dates=Dates(hearing=date(2026, 3, 4))),
        received=None,
    )
    cal = _parse(to_ics(deadlines, title_ja="貸金請求事件", stamp=STAMP))
    events = cal.walk("VEVENT")
    assert len(events) == len(deadlines) == 2
    for event, deadline in zip(events, deadlines, strict=True):
        assert event.decoded("dtstart") == deadline.date
        assert event.decoded("dtend") == deadline.date + timedelta(days=1)
        assert event.decoded("dtstamp") == STAMP
        assert "貸金請求事件" in str(event["summary"])
        assert deadline.note_ja in str(event["description"])
        assert deadline.basis in str(event["description"])
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        assert str(alarms[0]["action"]) == "DISPLAY"
        # three days before the all-day start, at 09:00
        assert alarms[0].decoded("trigger") == timedelta(days=-3, hours=9)
    assert "（目安）" in str(events[0]["summary"])  # the estimated answer date says so
    assert "（目安）" not in str(events[1]["summary"])


def test_informational_items_stay_out_unless_asked_for() -> None:
    deadlines = _deadlines()
    default = _parse(to_ics(deadlines, title_ja="期限", stamp=STAMP)).walk("VEVENT")
    assert len(default) == 2
    everything = _parse(to_ics(deadlines, title_ja="期限", stamp=STAMP, skip_kinds=())).walk("VEVENT")
    assert len(everything) == 3


def test_output_is_deterministic_and_uids_come_from_content() -> None:
    deadlines = _deadlines()
    first = to_ics(deadlines, title_ja="催告書", stamp=STAMP)
    assert to_ics(list(reversed(deadlines)), title_ja="催告書", stamp=STAMP) == first
    uids = [str(e["uid"]) for e in _parse(first).walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    assert all(uid.endswith("@debt-notice-parser") for uid in uids)
    other = [
        str(e["uid"]) for e in _parse(to_ics(deadlines, title_ja="別の書面", stamp=STAMP)).walk("VEVENT")
    ]
    assert not set(uids) & set(other)
    reworded = deadlines[0].model_copy(update={"note_ja": "別の説明。"})
    assert event_uid(reworded, "催告書") == event_uid(deadlines[0], "催告書")


def test_duplicates_become_one_event() -> None:
    deadline = Deadline(
        kind="hearing", date=date(2026, 3, 4), basis="呼出状", certainty=Certainty.stated, note_ja="期日"
    )
    assert len(_parse(to_ics([deadline, deadline], title_ja="t", stamp=STAMP)).walk("VEVENT")) == 1


def test_stamp_is_utc() -> None:
    jst = timezone(timedelta(hours=9))
    deadline = Deadline(
        kind="hearing", date=date(2026, 3, 4), basis="呼出状", certainty=Certainty.stated, note_ja="期日"
    )
    aware = _parse(to_ics([deadline], title_ja="t", stamp=datetime(2025, 12, 19, 12, 0, tzinfo=jst)))
    assert aware.walk("VEVENT")[0].decoded("dtstamp") == datetime(2025, 12, 19, 3, 0, tzinfo=UTC)
    naive = _parse(to_ics([deadline], title_ja="t", stamp=datetime(2025, 12, 19, 3, 0)))
    assert naive.walk("VEVENT")[0].decoded("dtstamp") == STAMP


def test_calendar_properties_and_empty_calendar() -> None:
    cal = _parse(to_ics([], title_ja="期限なし", stamp=STAMP))
    assert str(cal["version"]) == "2.0" and "debt-notice-parser" in str(cal["prodid"])
    assert str(cal["x-wr-calname"]) == "期限なし"
    assert cal.walk("VEVENT") == []


def test_reminder_days_are_configurable() -> None:
    deadline = Deadline(
        kind="hearing", date=date(2026, 3, 4), basis="呼出状", certainty=Certainty.stated, note_ja="期日"
    )
    cal = _parse(to_ics([deadline], title_ja="t", stamp=STAMP, remind_days_before=7))
    assert cal.walk("VALARM")[0].decoded("trigger") == timedelta(days=-7, hours=9)
    with pytest.raises(ValueError):
        to_ics([deadline], title_ja="t", stamp=STAMP, remind_days_before=-1)
