-- Issue 18: a trust owns several schools; a trust-level staff account sees every school's figures and lists.
create table trusts (
    id         uuid primary key,
    name       text not null unique,
    created_at timestamptz not null default now()
);
alter table schools add column trust_id uuid references trusts (id);
create index schools_trust on schools (trust_id);
