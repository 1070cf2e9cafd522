-- Issue 12, item 1: every event's trusted time (its device time corrected by the device's measured
-- offset to the server, rules module TrustedTime) is what the register decides by, and events whose
-- clock could not be verified are kept but flagged and listed for the office.
--
-- trusted_time: the envelope's deviceTime corrected (or the receipt time when it cannot be believed).
-- clock_check:  VERIFIED, OFFSET_UNKNOWN, OFFSET_TOO_LARGE or IMPLAUSIBLE (ClockCheck); anything but
--               VERIFIED is "clock unverified". Null for events stored before this migration.
-- device_at:    the payload's at as the device sent it, when the stored payload's at (the trusted
--               school-local time every reader uses) differs from it: kept for the legal record and to
--               tell a replay from a different event.
-- device_time_sent: the deviceTime as sent, when PostgreSQL cannot store it (year 0000, +10000); the
--               device_time column then holds the receipt time.
alter table events
    add column trusted_time     timestamptz,
    add column clock_check      text check (clock_check in ('VERIFIED', 'OFFSET_UNKNOWN', 'OFFSET_TOO_LARGE', 'IMPLAUSIBLE')),
    add column device_at        text,
    add column device_time_sent text;

-- The office's list of events whose clock is unverified, newest first, per school.
create index events_clock_unverified on events (school_id, received_at desc)
    where clock_check <> 'VERIFIED';

-- The latest clock offset each device reported (the offset its newest pushed event carried) and when
-- the server received it: the office sees which tablets' clocks are wrong, and which never synced.
alter table devices
    add column clock_offset_ms    bigint,
    add column clock_offset_at    timestamptz;
