create table batch (
    id         uuid primary key,
    body       text        not null,
    updated_at timestamptz not null default now()
);

-- Every score card received (all versions and scoring runs): the source the aggregates rebuild from.
create table score_card (
    submission_id uuid        not null,
    scoring_run   int         not null,
    batch_id      uuid        not null,
    unit_code     text        not null,
    table_kind    text        not null,
    table_key     text        not null,
    version       int         not null,
    body          text        not null,
    received_at   timestamptz not null default now(),
    primary key (submission_id, scoring_run)
);
create index score_card_batch on score_card (batch_id);
create index score_card_unit on score_card (batch_id, unit_code);

-- City report snapshots, one per round.
create table city_report (
    batch_id     uuid        not null,
    round        int         not null,
    body         text        not null,
    generated_at timestamptz not null default now(),
    primary key (batch_id, round)
);
