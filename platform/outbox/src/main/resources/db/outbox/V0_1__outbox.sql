-- Events waiting to be relayed to Kafka. Written in the same transaction as the state change they announce.
create table outbox (
    id          uuid primary key,
    topic       varchar(255) not null,
    record_key  varchar(255),
    event_type  varchar(128) not null,
    payload     text not null,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz,
    attempts    int not null default 0
);

create index outbox_unsent on outbox (created_at) where sent_at is null;
