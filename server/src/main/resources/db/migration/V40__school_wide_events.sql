-- Issue 15: a roll call's start and end, and a spot check, are events of the school that name no pupil
-- (EventType.SCHOOL_WIDE). Every other type still names its pupil; the pull serves a pupil-less event to
-- every staff device of the school that may see its type (never to a parent, whose pull is by pupil).
alter table events alter column pupil_id drop not null;
