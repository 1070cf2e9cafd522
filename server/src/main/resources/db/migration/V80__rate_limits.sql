-- Sign-in rate limits shared by every app server (issue 19: limits that hold behind a load balancer).
-- One token bucket per limit and client address (the X-Forwarded-For address from a trusted proxy, else
-- the socket's), taken in one upsert under the row's lock. Not school-owned: an address is nobody's
-- school, and the table stays on the coordinator under Citus (docs/scaling.md). Rows idle for an hour
-- are full buckets again and are deleted now and then.
create table rate_limits (
    bucket     text             not null,
    client     text             not null,
    tokens     double precision not null,
    allowed    boolean          not null,
    updated_at timestamptz      not null,
    primary key (bucket, client)
);
create index rate_limits_idle on rate_limits (updated_at);
