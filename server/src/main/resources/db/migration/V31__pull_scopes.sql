-- What a TEACHER or GATE device may hold, as the server last told it (issue 13; docs/sync-protocol.md
-- section 6, "Scope"). A pull's cursor names the scope it was handed out under by its hash; the next
-- pull compares that scope with what the device may hold now, tells the device what to drop, and
-- serves from behind the cursor what the device newly may see. Content-addressed: one row per
-- distinct scope of a school, written once and never changed.
create table pull_scopes (
    school_id  uuid        not null references schools (id),
    scope_hash text        not null,
    role       text        not null check (role in ('TEACHER', 'GATE')),
    -- null: every pupil (class) of the school
    pupils     uuid[],
    classes    uuid[],
    -- the one school-local day whose register facts the device holds (a gate); null: every day
    day        date,
    created_at timestamptz not null default now(),
    primary key (school_id, scope_hash)
);
