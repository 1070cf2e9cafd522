-- Issue 16: each school edits its own attendance ladder (rules: LadderDocument, format 1). Every save is a
-- new version; nothing is updated or deleted, so a case action's ladderVersion always names a ladder that
-- can still be read. A save bumps the school's set-up version, so app servers re-read the policy.
create table school_ladders (
    school_id  uuid        not null references schools (id),
    version    int         not null check (version >= 1),
    document   jsonb       not null,
    saved_at   timestamptz not null default now(),
    device_id  uuid,
    staff_id   uuid,
    primary key (school_id, version)
);
create trigger school_ladders_bump_version after insert on school_ladders
    for each row execute function bump_setup_version();
create trigger school_ladders_append_only before update or delete on school_ladders
    for each row execute function forbid_change();
create trigger school_ladders_no_truncate before truncate on school_ladders
    for each statement execute function forbid_change();
