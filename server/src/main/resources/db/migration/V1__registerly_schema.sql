-- Registerly server schema. Times are timestamptz (stored as UTC instants); school-local dates and
-- times (terms, registers, the facts' "at") are date/time values interpreted in the school's zone.

-- Rows of the legal record and of the audit trail are never changed or removed (6-year retention).
create function forbid_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op;
end;
$$;

create table schools (
    id         uuid primary key,
    name       text not null,
    time_zone  text not null default 'Europe/London',
    -- a rules-module preset (ladder, target, evidence rule); its registers give way to register_schedules
    policy_preset    text,
    -- bumped by every roster change (pupils, classes, staff, calendar, registers): app servers cache
    -- the school's roster and calendar per version, and read the version with each request
    setup_version    int  not null default 0,
    demo       boolean not null default false,
    created_at timestamptz not null default now()
);

create table terms (
    school_id uuid not null references schools (id),
    starts_on date not null,
    ends_on   date not null,
    primary key (school_id, starts_on),
    check (ends_on >= starts_on)
);

-- A closed session takes the closure's code: '#' (planned) or Y1-Y7 (unable to attend).
create table closures (
    school_id uuid not null references schools (id),
    closed_on date not null,
    session   text not null check (session in ('AM', 'PM')),
    code      text not null,
    primary key (school_id, closed_on, session)
);

create table year_groups (
    school_id uuid not null references schools (id),
    code      text not null,
    name      text not null,
    primary key (school_id, code)
);

-- Register windows per session and year group; the first matching position applies ('*' = any).
create table register_schedules (
    school_id   uuid    not null references schools (id),
    position    int     not null,
    session     text    not null check (session in ('AM', 'PM')),
    year_groups text[]  not null,
    opens       time    not null,
    late_after  time    not null,
    closes      time    not null,
    ends        time    not null,
    primary key (school_id, position)
);

create table staff (
    id        uuid primary key,
    school_id uuid not null references schools (id),
    mis_id    text not null,
    name      text not null,
    position  text not null,
    unique (school_id, mis_id)
);

create table classes (
    id         uuid primary key,
    school_id  uuid not null references schools (id),
    mis_id     text not null,
    name       text not null,
    year_group text not null,
    unique (school_id, mis_id),
    foreign key (school_id, year_group) references year_groups (school_id, code)
);

create table class_teachers (
    class_id uuid not null references classes (id),
    staff_id uuid not null references staff (id),
    primary key (class_id, staff_id)
);
create index class_teachers_staff on class_teachers (staff_id);

create table pupils (
    id            uuid primary key,
    school_id     uuid not null references schools (id),
    mis_id        text not null,
    first_name    text not null,
    last_name     text not null,
    date_of_birth date not null,
    year_group    text not null,
    class_id      uuid references classes (id),
    -- on roll from / until (inclusive); null: since before / until after any recorded date
    on_roll_from  date,
    on_roll_until date,
    unique (school_id, mis_id),
    foreign key (school_id, year_group) references year_groups (school_id, code)
);
create index pupils_class on pupils (class_id);

create table guardians (
    id           uuid primary key,
    school_id    uuid not null references schools (id),
    mis_id       text not null,
    name         text not null,
    relationship text,
    email        text,
    phone        text,
    unique (school_id, mis_id)
);

create table guardian_pupils (
    guardian_id uuid not null references guardians (id),
    pupil_id    uuid not null references pupils (id),
    primary key (guardian_id, pupil_id)
);
create index guardian_pupils_pupil on guardian_pupils (pupil_id);

-- Credentials: only SHA-256 hashes of enrolment codes, invitation codes and bearer tokens are kept.
create table enrolment_codes (
    code_hash  bytea primary key,
    school_id  uuid not null references schools (id),
    role       text not null check (role in ('TEACHER', 'GATE', 'OFFICE')),
    staff_id   uuid references staff (id),
    demo       boolean not null default false,
    max_uses   int,
    uses       int not null default 0,
    expires_at timestamptz,
    created_at timestamptz not null default now(),
    -- teacher and office devices act for a named staff member; a gate device for the school
    check ((role = 'GATE') = (staff_id is null))
);

create table devices (
    id          uuid primary key,
    school_id   uuid not null references schools (id),
    role        text not null check (role in ('TEACHER', 'GATE', 'OFFICE')),
    staff_id    uuid references staff (id),
    name        text,
    token_hash  bytea not null unique,
    revoked     boolean not null default false,
    revoked_at  timestamptz,
    enrolled_at timestamptz not null default now()
);
create index devices_school on devices (school_id);

create table parent_accounts (
    id         uuid primary key,
    token_hash bytea not null unique,
    revoked    boolean not null default false,
    created_at timestamptz not null default now()
);

create table invitations (
    code_hash   bytea primary key,
    school_id   uuid not null references schools (id),
    guardian_id uuid not null references guardians (id),
    demo        boolean not null default false,
    max_claims  int,
    claims      int not null default 0,
    expires_at  timestamptz,
    created_at  timestamptz not null default now()
);

create table parent_guardians (
    parent_id   uuid not null references parent_accounts (id),
    guardian_id uuid not null references guardians (id),
    linked_at   timestamptz not null default now(),
    primary key (parent_id, guardian_id)
);

-- Orders rows written by one transaction; across transactions the order is the transaction id.
create sequence log_position cache 64;

-- The register: every fact ever recorded, as pushed. See docs/sync-protocol.md ("Cursor").
-- No foreign keys: the pupil and school are checked on push, and key-share locks on the pupil rows
-- would serialize concurrent pushes for the same class.
create table events (
    id              uuid primary key,
    school_id       uuid        not null,
    pupil_id        uuid        not null,
    device_id       uuid        not null,
    device_seq      bigint      not null,
    type            text        not null,
    ref_id          uuid,
    payload         jsonb       not null,
    device_time     timestamptz not null,
    clock_offset_ms bigint,
    received_at     timestamptz not null default now(),
    tx_id           bigint      not null default (pg_current_xact_id()::text::bigint),
    position        bigint      not null default nextval('log_position')
);
create index events_school_cursor on events (school_id, tx_id, position);
create index events_pupil_cursor on events (pupil_id, tx_id, position);
create index events_ref on events (ref_id) where ref_id is not null;
create trigger events_append_only before update or delete on events
    for each row execute function forbid_change();
create trigger events_no_truncate before truncate on events
    for each statement execute function forbid_change();

-- Roster and calendar as devices pull them: a full snapshot of the changed entity per row.
create table roster_changes (
    position   bigint primary key default nextval('log_position'),
    tx_id      bigint      not null default (pg_current_xact_id()::text::bigint),
    school_id  uuid        not null references schools (id),
    pupil_id   uuid,
    kind       text        not null,
    entity_id  uuid        not null,
    data       jsonb       not null,
    changed_at timestamptz not null default now()
);
create index roster_changes_school_cursor on roster_changes (school_id, tx_id, position);
create index roster_changes_pupil_cursor on roster_changes (pupil_id, tx_id, position) where pupil_id is not null;
create function bump_setup_version() returns trigger language plpgsql as $$
begin
    update schools set setup_version = setup_version + 1 where id = new.school_id;
    return null;
end;
$$;
create trigger roster_changes_bump_version after insert on roster_changes
    for each row execute function bump_setup_version();
create trigger roster_changes_append_only before update or delete on roster_changes
    for each row execute function forbid_change();
create trigger roster_changes_no_truncate before truncate on roster_changes
    for each statement execute function forbid_change();

-- Photos a parent attaches to an absence report.
create table evidence (
    id           uuid primary key,
    school_id    uuid        not null references schools (id),
    pupil_id     uuid        not null references pupils (id),
    parent_id    uuid        not null references parent_accounts (id),
    content_type text        not null,
    content      bytea       not null,
    uploaded_at  timestamptz not null default now()
);
create trigger evidence_append_only before update or delete on evidence
    for each row execute function forbid_change();

-- Who did what, when (UTC), from which device.
create table audit_log (
    id         bigserial primary key,
    at         timestamptz not null default now(),
    school_id  uuid,
    actor_kind text        not null check (actor_kind in ('DEVICE', 'PARENT', 'ANONYMOUS', 'SYSTEM')),
    actor_id   uuid,
    staff_id   uuid,
    action     text        not null,
    subject    text,
    detail     jsonb       not null default '{}',
    client_ip  text
);
create index audit_log_school on audit_log (school_id, at);
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function forbid_change();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function forbid_change();
