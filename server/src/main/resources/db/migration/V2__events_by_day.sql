-- The office's first-day calling list evaluates only today's facts. Without this index it read the
-- school's whole log (600,000 facts for a 1,500-pupil school at the end of a year) on every request.
-- The expression is RegisterFacts.DAY: a session fact's date, or the date of an arrival or withdrawal.
create index events_school_day on events (school_id, (coalesce(payload->>'date', left(payload->>'at', 10))));
