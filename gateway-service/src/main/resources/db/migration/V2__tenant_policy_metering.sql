-- Per-tenant policy. Lists are comma-separated slugs; null means "all" (absent = no restriction).
alter table tenant add column disabled_at           timestamptz;
alter table tenant add column allowed_verticals     varchar(2000);
alter table tenant add column allowed_tasks         varchar(2000);
alter table tenant add column allowed_models        varchar(2000);
alter table tenant add column rate_limit_per_minute integer;
alter table tenant add column token_quota_per_day   bigint;
alter table tenant add column monthly_budget        numeric(24, 10);
alter table tenant add column currency              varchar(3) not null default 'USD';

-- Money spent and reserved per tenant and calendar month (UTC). A job is accepted only by a conditional
-- UPDATE ... WHERE spent + reserved + ask <= budget, so concurrent requests can never reserve past the budget.
create table budget_month (
    tenant_id   uuid not null references tenant (id),
    month       date not null,
    spent       numeric(24, 10) not null default 0,
    reserved    numeric(24, 10) not null default 0,
    primary key (tenant_id, month)
);

-- Tokens used and reserved per tenant and day (UTC), same scheme as budget_month.
create table token_day (
    tenant_id   uuid not null references tenant (id),
    day         date not null,
    used        bigint not null default 0,
    reserved    bigint not null default 0,
    primary key (tenant_id, day)
);

-- What one accepted job still holds of its tenant's budget and quota; shrinks as usage arrives, released at the end.
create table reservation (
    job_id      uuid primary key,
    tenant_id   uuid not null references tenant (id),
    month       date not null,
    day         date not null,
    tokens      bigint not null,
    cost        numeric(24, 10) not null,
    created_at  timestamptz not null,
    released_at timestamptz
);

-- One row per UsageRecorded event (eventId is the dedupe key). No foreign key on tenant: integrators' calls are
-- metered too, and the table is meant to hold millions of rows. The covering index serves the tenant reports with
-- index-only scans; the time index serves the admin's cross-tenant reports.
create table usage_record (
    event_id          varchar(64) primary key,
    tenant_id         uuid not null,
    request_id        varchar(64) not null,
    call_id           varchar(128),
    vertical          varchar(32) not null,
    task              varchar(64),
    model             varchar(128) not null,
    prompt_tokens     integer not null,
    completion_tokens integer not null,
    cost              numeric(24, 10) not null,
    currency          varchar(3) not null,
    occurred_at       timestamptz not null
);

create index usage_record_tenant_time on usage_record (tenant_id, occurred_at)
    include (model, vertical, task, prompt_tokens, completion_tokens, cost, currency);
create index usage_record_request on usage_record (request_id);
create index usage_record_time on usage_record (occurred_at)
    include (tenant_id, model, vertical, task, prompt_tokens, completion_tokens, cost, currency);

-- Fixed-window request counters, shared by all gateway replicas: one row per tenant and minute, bumped by an
-- atomic upsert. Old windows are pruned.
create table rate_window (
    tenant_id     uuid not null,
    window_start  timestamptz not null,
    requests      integer not null,
    primary key (tenant_id, window_start)
);

-- Idempotency-Key of POST generations: the same key and body within 24 h return the same job.
create table idempotency_key (
    tenant_id   uuid not null references tenant (id),
    key         varchar(255) not null,
    body_hash   varchar(64) not null,
    job_id      uuid not null,
    created_at  timestamptz not null,
    primary key (tenant_id, key)
);

create index idempotency_key_created on idempotency_key (created_at);
