-- Issue 17: what the school's other systems need from it.

-- The school's identifiers (item 1): the URN (6 digits) for the daily attendance data, the LA code (3)
-- and the establishment number (4) that name it in a CTF and a UPN.
create table school_identifiers (
    school_id uuid primary key references schools (id),
    urn       text not null check (urn ~ '^[0-9]{6}$'),
    la_code   text not null check (la_code ~ '^[0-9]{3}$'),
    estab     text not null check (estab ~ '^[0-9]{4}$'),
    updated_at timestamptz not null default now()
);

-- CTF file names end in a sequence per destination (LLLEEEE_CTF_LLLEEEE_NNN.XML): the last one used.
create table ctf_sequences (
    school_id   uuid not null references schools (id),
    destination text not null,
    last_number int  not null,
    primary key (school_id, destination)
);

-- A joiner's attendance at earlier schools, from the CTF their last school sent (item 2): read-only
-- prior-school data, one row per academic year per school, replaced when the same year and school
-- come again; never merged into the register and never touching contacts.
create table prior_attendance (
    school_id    uuid not null references schools (id),
    pupil_id     uuid not null references pupils (id),
    year         int  not null,
    lea          text not null,
    estab        text not null,
    school_name  text,
    sessions_possible     int not null check (sessions_possible >= 0),
    sessions_authorised   int not null check (sessions_authorised >= 0),
    sessions_attended     int not null check (sessions_attended >= 0),
    sessions_unauthorised int not null check (sessions_unauthorised >= 0),
    start_date   date,
    marks        text,
    imported_at  timestamptz not null default now(),
    primary key (school_id, pupil_id, year, lea, estab)
);
