-- Cover (issue 13): the office lets a member of staff take a class for a run of school-local days.
-- While a cover is in force the staff member's tablet receives the class (its pupils, their facts
-- and reports as its teacher's tablet does), and their marks and amendments for its pupils on those
-- days are accepted. Revoking ends it at once: the tablet drops the class on its next pull, and
-- revoked_on (the school-local day of the revocation) keeps what was recorded on earlier cover
-- days acceptable when a tablet pushes it late. A roster change of kind COVER announces every
-- change to the office's devices (and bumps the school's set-up version, which keys the caches).
create table cover_assignments (
    school_id  uuid        not null references schools (id),
    id         uuid        not null,
    class_id   uuid        not null references classes (id),
    staff_id   uuid        not null references staff (id),
    starts_on  date        not null,
    ends_on    date        not null,
    created_at timestamptz not null default now(),
    created_by uuid        not null,
    revoked_at timestamptz,
    revoked_on date,
    revoked_by uuid,
    primary key (school_id, id),
    check (ends_on >= starts_on),
    check ((revoked_at is null) = (revoked_on is null) and (revoked_at is null) = (revoked_by is null))
);
create index cover_assignments_staff on cover_assignments (school_id, staff_id, ends_on);
