-- media: the tenant's outlets, source documents and pieces (generated copy with its responsible editor).

create table outlet (
    id          bigserial primary key,
    tenant_id   varchar(64) not null,
    name        varchar(100) not null,
    style_guide varchar(4000),
    locale      varchar(16) not null default 'en'
);
create index outlet_tenant on outlet (tenant_id, id);

create table source_document (
    id         bigserial primary key,
    tenant_id  varchar(64) not null,
    outlet_id  bigint references outlet (id) on delete set null,
    title      varchar(300) not null,
    body       text not null check (length(body) <= 50000),
    origin     varchar(120),
    url        varchar(500),
    created_at timestamptz not null default now()
);
create index source_document_tenant on source_document (tenant_id, id);

create table piece (
    id          bigserial primary key,
    tenant_id   varchar(64) not null,
    outlet_id   bigint not null references outlet (id) on delete cascade,
    document_id bigint references source_document (id) on delete set null,
    kind        varchar(32) not null,
    title       varchar(300),
    body        text not null check (length(body) <= 20000),
    byline      varchar(120),
    editor_id   varchar(64),
    status      varchar(16) not null default 'draft',
    request_id  varchar(64),
    updated_at  timestamptz not null default now(),
    -- MD-05: nothing is approved or published without the human editor responsible for it
    check (status not in ('approved', 'published') or editor_id is not null)
);
create index piece_tenant on piece (tenant_id, status, id);
