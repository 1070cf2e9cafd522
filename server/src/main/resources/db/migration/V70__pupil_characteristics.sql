-- Issue 17, item 1: what the MIS says about a pupil besides the register (UPN, sex, and the
-- characteristics the DfE's statistics group attendance by). Special-category data: a table of its
-- own, never part of a roster change, so no pull serves it (the office reads it through exports).
-- Every column is nullable: null means the MIS did not say.
create table pupil_characteristics (
    school_id uuid not null references schools (id),
    pupil_id  uuid not null references pupils (id),
    -- permanent (13 digits after the letter) or temporary (a letter last); the check letter is
    -- verified by the rules module's Upn before it is written
    upn text check (upn ~ '^[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$'),
    sex text check (sex in ('M', 'F')),
    fsm boolean,
    -- census codes: N none, K SEN support, E EHC plan
    sen text check (sen in ('N', 'K', 'E')),
    eal boolean,
    looked_after boolean,
    previously_looked_after boolean,
    ethnicity text,
    child_in_need boolean,
    child_protection_plan boolean,
    expected_leaving_date date,
    primary key (school_id, pupil_id)
);
-- census error 1520: a UPN is held by one pupil of the school
create unique index pupil_characteristics_upn on pupil_characteristics (school_id, upn) where upn is not null;
