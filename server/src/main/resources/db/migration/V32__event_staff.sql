-- The member of staff signed in on a shared tablet when the event was recorded (issue 13: the staff
-- PIN), as pushed in the envelope's staffId and checked against the device's school. Null for events
-- from before, and for events that name nobody (a gate's arrival, a parent's report).
alter table events add column staff_id uuid;
