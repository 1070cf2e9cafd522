-- Issue 17, item 5: the optional push of the marks to an integrator's endpoint. One row per school: how far
-- the push has delivered (a cursor into the log, as the marks-changes feed's) and its retry state. The cursor
-- moves only after the receiver answered 2xx for the batch ending there, so a failed batch is sent again
-- (at least once, never skipped).
create table marks_push_cursors (
    school_id        uuid   not null references schools (id),
    tx_id            bigint not null default 0,
    position         bigint not null default 0,
    batches_sent     bigint not null default 0,
    -- failures in a row of the batch after the cursor; 0 once one is delivered
    failures         int    not null default 0,
    next_attempt_at  timestamptz,
    last_status      text,
    last_delivered_at timestamptz,
    updated_at       timestamptz not null default now(),
    primary key (school_id)
);
