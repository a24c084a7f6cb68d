-- Tenants of the platform. Every tenant-owned row below carries tenant_id and every query filters on it.
create table tenant (
    id          uuid primary key,
    name        varchar(200) not null,
    created_at  timestamptz not null
);

-- API keys are stored as a SHA-256 hash only; the prefix identifies a key in listings and finds its row.
create table api_key (
    id          uuid primary key,
    tenant_id   uuid not null references tenant (id),
    prefix      varchar(16) not null unique,
    key_hash    varchar(64) not null,
    created_at  timestamptz not null,
    revoked_at  timestamptz
);

create index api_key_tenant on api_key (tenant_id);

-- One generation job; id = requestId of the GenerationRequested / GenerationCompleted events.
create table job (
    id              uuid primary key,
    tenant_id       uuid not null references tenant (id),
    vertical        varchar(32) not null,
    task            varchar(64) not null,
    status          varchar(16) not null,
    input           jsonb not null,
    options         jsonb,
    created_at      timestamptz not null,
    completed_at    timestamptz,
    result          jsonb,
    last_event_id   varchar(64)
);

create index job_tenant_created on job (tenant_id, created_at desc);
create index job_tenant_status_created on job (tenant_id, status, created_at desc);
