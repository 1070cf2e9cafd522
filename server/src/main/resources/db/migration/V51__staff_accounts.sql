-- Issue 18: staff accounts for the web dashboard (heads, attendance leads, trust directors). An account is a
-- school's (LEADER, school_id) or a trust's (TRUST, trust_id). It is created by an invitation from the school's
-- office device and becomes active when the invitee sets a password (stored as an Argon2id hash) and proves
-- their authenticator app (TOTP) works.
create table staff_accounts (
    id            uuid primary key,
    email         text not null unique,            -- lower-case
    name          text not null,
    role          text not null check (role in ('LEADER', 'TRUST')),
    school_id     uuid references schools (id),
    trust_id      uuid references trusts (id),
    password_hash text,                            -- PHC string ($argon2id$...); null until accepted
    totp_secret   bytea,                           -- null until accepted
    active        boolean not null default false,
    created_at    timestamptz not null default now(),
    check ((role = 'LEADER') = (school_id is not null)),
    check ((role = 'TRUST') = (trust_id is not null))
);
create index staff_accounts_school on staff_accounts (school_id);

-- One-time invitations (only the code's SHA-256 is stored), with the TOTP secret the invitee enrols.
create table staff_invitations (
    code_hash   bytea primary key,
    account_id  uuid not null references staff_accounts (id),
    totp_secret bytea not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);

-- Signed-in sessions (the cookie's and the API token's SHA-256), each with its CSRF token.
create table staff_sessions (
    token_hash bytea primary key,
    account_id uuid not null references staff_accounts (id),
    csrf_token text not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    ended_at   timestamptz
);
create index staff_sessions_account on staff_sessions (account_id);

-- TOTP codes already used, so a code overheard cannot sign in a second time within its 30 seconds.
create table staff_totp_used (
    account_id uuid   not null references staff_accounts (id),
    time_step  bigint not null,
    primary key (account_id, time_step)
);

alter table audit_log drop constraint audit_log_actor_kind_check;
alter table audit_log add constraint audit_log_actor_kind_check
    check (actor_kind in ('DEVICE', 'PARENT', 'ANONYMOUS', 'SYSTEM', 'STAFF_ACCOUNT'));
