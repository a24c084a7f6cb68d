-- Tables every industry service shares. The industry module's own migrations (db/migration, V1__...) seed tasks,
-- templates and rules and add its domain tables.

-- A task the vertical offers: its input contract, output shape and model policy.
create table task_definition (
    name            varchar(64) primary key,
    description     text not null,
    input_schema    jsonb not null,
    output_schema   jsonb,                      -- null: plain text output
    model           varchar(128) not null default 'default',
    temperature     numeric(3, 2) not null default 0.70,
    max_tokens      int not null default 800,
    review_required boolean not null default false
);

-- Versioned Qute prompt templates; several active versions of a task split traffic by weight (A/B).
create table prompt_template (
    id              bigserial primary key,
    task            varchar(64) not null references task_definition (name),
    version         int not null,
    system_template text not null,
    user_template   text not null,
    active          boolean not null default true,
    weight          int not null default 100,
    created_at      timestamptz not null default now(),
    unique (task, version)
);

-- Rules are data. kind TERMS: case-insensitive term list; REGEX: pattern; CHECK: a named check in code (pattern holds
-- its name); ALWAYS: fires on every text of its stage (required disclaimers). allow_list holds phrases that contain a
-- term but are allowed (published exceptions). replacement is the mask for AMEND or the text appended for APPEND.
create table compliance_rule (
    id          varchar(64) primary key,
    stage       varchar(8) not null check (stage in ('INPUT', 'OUTPUT')),
    kind        varchar(16) not null check (kind in ('TERMS', 'REGEX', 'CHECK', 'ALWAYS')),
    pattern     text,
    terms       jsonb not null default '[]',
    allow_list  jsonb not null default '[]',
    action      varchar(8) not null check (action in ('BLOCK', 'AMEND', 'REVIEW', 'APPEND', 'FLAG')),
    replacement text,
    message     text not null,
    source      text not null,
    locale      varchar(16),                    -- null: every locale; else a prefix such as 'zh' or 'en'
    tasks       jsonb,                          -- null: every task of the vertical; else an array of task names
    sensitive   boolean not null default false, -- excerpt is personal data: mask it in findings and audit
    enabled     boolean not null default true,
    version     int not null default 1
);

-- One row per generation request; request_id makes consumption idempotent.
create table generation (
    id               bigserial primary key,
    request_id       varchar(64) not null unique,
    tenant_id        varchar(64) not null,
    task             varchar(64) not null,
    status           varchar(16) not null,
    input            jsonb not null,
    options          jsonb,
    template_version int,
    model            varchar(128),
    call_id          varchar(128),
    content          text,
    output           jsonb,
    findings         jsonb not null default '[]',
    labels           jsonb,
    usage            jsonb,
    timings          jsonb,
    error_code       varchar(64),
    reason           text,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);

create index generation_tenant on generation (tenant_id, created_at);

-- Append-only audit trail of every decision.
create table audit_event (
    id         bigserial primary key,
    request_id varchar(64) not null,
    tenant_id  varchar(64) not null,
    at         timestamptz not null default now(),
    kind       varchar(32) not null,
    rule_id    varchar(64),
    source     text,
    action     varchar(8),
    excerpt    text,
    detail     jsonb
);

create index audit_event_request on audit_event (request_id);

-- Append-only: refuse updates and deletes of audit rows at the database level.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
