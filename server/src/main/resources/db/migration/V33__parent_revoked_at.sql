-- When the office revoked a parent's account (issue 13: POST /api/v1/parents/{parentId}/revoke). The
-- revoked flag has existed since V1; from now on it is set, and the account's token gets 401.
alter table parent_accounts add column revoked_at timestamptz;
