-- marketing: the tenant's brands, campaigns and assets (copy with approval status).

create table brand (
    id                   bigserial primary key,
    tenant_id            varchar(64) not null,
    name                 varchar(80) not null,
    voice_guide          varchar(2000),
    audience             varchar(300),
    banned_words         jsonb not null default '[]',
    required_disclosures jsonb not null default '[]',
    markets              jsonb not null default '[]',
    registered_trademarks jsonb not null default '[]'
);
create index brand_tenant on brand (tenant_id, id);

create table campaign (
    id                bigserial primary key,
    tenant_id         varchar(64) not null,
    brand_id          bigint not null references brand (id) on delete cascade,
    name              varchar(120) not null,
    product           varchar(200) not null,
    brief             varchar(2000) not null,
    channel           varchar(16) not null,
    category          varchar(32) not null default 'general',
    audience          varchar(300),
    minors            boolean not null default false,
    sponsored         boolean not null default false,
    locale            varchar(16) not null default 'en',
    starts_on         date,
    ends_on           date,
    substantiation    varchar(500),
    eco_certification varchar(120)
);
create index campaign_tenant on campaign (tenant_id, brand_id);

create table asset (
    id          bigserial primary key,
    tenant_id   varchar(64) not null,
    campaign_id bigint not null references campaign (id) on delete cascade,
    kind        varchar(32) not null,
    content     varchar(8000) not null,
    status      varchar(16) not null default 'draft',
    request_id  varchar(64),
    created_at  timestamptz not null default now()
);
create index asset_tenant on asset (tenant_id, campaign_id);
