-- games: the tenant's worlds, characters, dialogue sessions with their turns, quests and items.
-- Children are deleted with their parent (a deleted world takes its characters, sessions, quests and items along).

create table game_world (
    id         bigserial primary key,
    tenant_id  varchar(64) not null,
    title      varchar(120) not null,
    lore       varchar(4000),
    tone       varchar(120),
    age_rating varchar(16) not null,
    locale     varchar(16) not null default 'en'
);
create index game_world_tenant on game_world (tenant_id, id);

create table game_character (
    id               bigserial primary key,
    tenant_id        varchar(64) not null,
    world_id         bigint not null references game_world (id) on delete cascade,
    name             varchar(60) not null,
    persona          varchar(1000) not null,
    backstory        varchar(4000),
    speech_style     varchar(300),
    knowledge_limits varchar(1000)
);
create index game_character_tenant on game_character (tenant_id, world_id);

create table dialogue_session (
    id           bigserial primary key,
    tenant_id    varchar(64) not null,
    character_id bigint not null references game_character (id) on delete cascade,
    player_id    varchar(64) not null,
    created_at   timestamptz not null default now(),
    unique (tenant_id, character_id, player_id)
);

create table dialogue_turn (
    id          bigserial primary key,
    tenant_id   varchar(64) not null,
    session_id  bigint not null references dialogue_session (id) on delete cascade,
    request_id  varchar(64) not null unique,
    player_text varchar(500) not null,
    npc_text    varchar(2000) not null,
    created_at  timestamptz not null default now()
);
create index dialogue_turn_session on dialogue_turn (tenant_id, session_id, id);

create table quest (
    id        bigserial primary key,
    tenant_id varchar(64) not null,
    world_id  bigint not null references game_world (id) on delete cascade,
    title     varchar(120) not null,
    hook      varchar(1000),
    level_min int not null,
    level_max int not null,
    body      jsonb not null default '{}'
);
create index quest_tenant on quest (tenant_id, world_id);

create table item (
    id          bigserial primary key,
    tenant_id   varchar(64) not null,
    world_id    bigint not null references game_world (id) on delete cascade,
    name        varchar(80) not null,
    kind        varchar(32) not null,
    rarity      varchar(16) not null,
    notes       varchar(1000),
    price       numeric(12, 2),
    paid_random boolean not null default false,
    odds_url    varchar(300)
);
create index item_tenant on item (tenant_id, world_id);
