-- Shared by every service (Flyway location db/support): the transactional outbox, the processed-event
-- log that makes consumers idempotent, and the dead letters an operator can list and replay.
create table outbox_event (
    seq            bigserial primary key,
    event_id       uuid        not null unique,
    topic          text        not null,
    message_key    text        not null,
    event_type     text        not null,
    schema_version int         not null,
    envelope       text        not null,
    created_at     timestamptz not null default now(),
    published_at   timestamptz,
    attempts       int         not null default 0,
    last_error     text
);
create index outbox_event_pending on outbox_event (seq) where published_at is null;

create table processed_event (
    event_id     uuid        not null,
    consumer     text        not null,
    processed_at timestamptz not null default now(),
    primary key (event_id, consumer)
);

create table dead_letter (
    id           uuid primary key,
    channel      text        not null,
    topic        text        not null,
    message_key  text,
    event_id     text,
    payload      text        not null,
    reason       text        not null,
    received_at  timestamptz not null default now(),
    replayed_at  timestamptz,
    replay_error text
);
