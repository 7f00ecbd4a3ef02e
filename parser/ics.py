"""Deadlines as an iCalendar file the reader can import into a phone calendar.

This is the only module that imports `icalendar`. Each deadline becomes one all-day VEVENT with a
VALARM a few days before (at 09:00 local time on that day). Output is deterministic: the same
deadlines, title and stamp give the same bytes, and each UID is a hash of the event's content
(kind, date, title), so importing the file twice does not duplicate events.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from parser.deadlines import certainty_label_ja, kind_label_ja
from parser.models import Certainty, Deadline

PRODID = "-//debt-notice-parser//deadlines//JA"
UID_DOMAIN = "debt-notice-parser"
# Informational items are not dates to act on; they stay out of the calendar unless asked for.
DEFAULT_SKIP_KINDS: frozenset[str] = frozenset({"late_charge_accrual"})
_ALARM_HOUR = 9


def event_uid(deadline: Deadline, title_ja: str) -> str:
    """A stable UID from what the event is about; not from the note, whose wording may change."""
    key = "\x1f".join((deadline.kind, deadline.date.isoformat(), title_ja))
    return f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}@{UID_DOMAIN}"


def _summary(deadline: Deadline, title_ja: str) -> str:
    label = kind_label_ja(deadline.kind)
    if deadline.certainty == Certainty.estimated:
        label += "（目安）"
    return f"{label}｜{title_ja}" if title_ja else label


def _description(deadline: Deadline) -> str:
    lines = [
        deadline.note_ja,
        "",
        f"根拠: {deadline.basis}",
        f"確実さ: {certainty_label_ja(deadline.certainty)}",
    ]
    if deadline.trigger:
        lines.append(f"起点: {deadline.trigger}")
    return "\n".join(lines)


def to_ics(
    deadlines: Sequence[Deadline],
    *,
    title_ja: str,
    stamp: datetime,
    remind_days_before: int = 3,
    skip_kinds: Collection[str] = DEFAULT_SKIP_KINDS,
) -> bytes:
    """An iCalendar (RFC 5545) file with one all-day event per deadline.

    `stamp` is the DTSTAMP of every event (when the file was made); a naive datetime is read as
    UTC. `remind_days_before` (>= 0) sets the alarm: that many days before, at 09:00.
    """
    if remind_days_before < 0:
        raise ValueError("remind_days_before cannot be negative")
    stamp = stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", title_ja or "期限")

    seen: set[str] = set()
    for deadline in sorted(deadlines, key=lambda d: (d.date, d.kind)):
        if deadline.kind in skip_kinds:
            continue
        uid = event_uid(deadline, title_ja)
        if uid in seen:
            continue
        seen.add(uid)
        summary = _summary(deadline, title_ja)

        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", deadline.date)
        event.add("dtend", deadline.date + timedelta(days=1))
        event.add("summary", summary)
        event.add("description", _description(deadline))
        event.add("categories", [deadline.kind, deadline.certainty.value])
        event.add("transp", "TRANSPARENT")

        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        # Relative to the all-day start (00:00 that day): N days earlier, then forward to 09:00.
        alarm.add("trigger", timedelta(days=-remind_days_before, hours=_ALARM_HOUR))
        alarm.add("description", f"あと{remind_days_before}日: {summary}" if remind_days_before else summary)
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()
