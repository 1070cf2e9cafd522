-- Issue 16: "Each letter is a stored record (the event holds its hash; the PDF is kept with the evidence
-- store)". The PDF as sent, beside the evidence photos; its CASE_ACTION event (case_action_id) holds the
-- same SHA-256. A parent's read receipt is a LETTER_READ event, not a change here.
create table letters (
    id             uuid        not null unique,
    school_id      uuid        not null references schools (id),
    pupil_id       uuid        not null references pupils (id),
    guardian_id    uuid        references guardians (id),
    case_action_id uuid        not null unique,
    stage          text        not null,
    template       text        not null,
    language       text        not null,
    sha256         text        not null,
    content        bytea       not null,
    -- the CASE_ACTION event as pushed (envelope and payload): a retried send pushes exactly it again
    case_action    jsonb       not null,
    created_at     timestamptz not null default now(),
    primary key (school_id, id)
);
create index letters_by_pupil on letters (school_id, pupil_id, created_at);
create trigger letters_append_only before update or delete on letters
    for each row execute function forbid_change();
create trigger letters_no_truncate before truncate on letters
    for each statement execute function forbid_change();
