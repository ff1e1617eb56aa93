-- Batches as published by intake (perf.batches), with an optional rulebook chosen at rescoring time.
create table batch (
    id                 uuid primary key,
    body               text        not null,
    rulebook_override  text,
    updated_at         timestamptz not null default now()
);

-- Rulebook versions: stored, never overwritten.
create table rulebook (
    version    text primary key,
    body       text        not null,
    created_at timestamptz not null default now(),
    created_by text
);

-- Every normalized table received; "latest" marks the newest version of each unit table.
create table scored_table (
    submission_id uuid primary key,
    batch_id      uuid        not null,
    unit_code     text        not null,
    table_kind    text        not null,
    table_key     text        not null,
    version       int         not null,
    latest        boolean     not null default false,
    submission    text        not null,
    table_json    text        not null,
    received_at   timestamptz not null default now()
);
create index scored_table_unit on scored_table (batch_id, unit_code) where latest;

-- Locality-sensitive band keys of each latest table's goal texts: finds near-copies without comparing every pair.
create table goal_band (
    batch_id      uuid   not null,
    band_key      bigint not null,
    submission_id uuid   not null,
    unit_code     text   not null
);
create index goal_band_key on goal_band (batch_id, band_key);
create index goal_band_submission on goal_band (submission_id);

-- Every score produced; scoring_run grows with each rescoring of the same submission.
create table score_card (
    submission_id    uuid        not null,
    scoring_run      int         not null,
    batch_id         uuid        not null,
    unit_code        text        not null,
    rulebook_version text        not null,
    total            numeric(6, 2) not null,
    grade            text        not null,
    body             text        not null,
    scored_at        timestamptz not null default now(),
    primary key (submission_id, scoring_run)
);
create index score_card_batch on score_card (batch_id);
