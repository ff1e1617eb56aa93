-- Reviewer decisions on findings: append-only (a later decision on the same finding supersedes, never overwrites).
-- A decision belongs to a unit table (batch, unit, kind, key) and names the version it was made on; it carries
-- over to later versions while its finding (rule code + indicator) still stands.
create table review_decision (
    id             bigserial primary key,
    batch_id       uuid        not null,
    unit_code      text        not null,
    table_kind     text        not null,
    table_key      text        not null,
    submission_id  uuid        not null,
    finding_key    text        not null,
    action         text        not null,
    points         numeric(6, 2),
    reason         text,
    finding        text,
    reviewer       text        not null,
    decided_at     timestamptz not null default now()
);
create index review_decision_table on review_decision (batch_id, unit_code, table_kind, table_key);

-- Round outcomes per table (通过 / 退回修改 / 终审通过), append-only.
create table review_outcome (
    id              bigserial primary key,
    batch_id        uuid        not null,
    unit_code       text        not null,
    table_kind      text        not null,
    table_key       text        not null,
    submission_id   uuid        not null,
    version         int         not null,
    round           text        not null,
    outcome         text        not null,
    refile_deadline date,
    reviewer        text        not null,
    decided_at      timestamptz not null default now()
);
create index review_outcome_table on review_outcome (batch_id, unit_code, table_kind, table_key);

-- Audit log of every review step: who, when, what, before -> after. Rows are never updated or deleted.
create table review_audit (
    id            bigserial primary key,
    batch_id      uuid        not null,
    unit_code     text        not null,
    submission_id uuid        not null,
    actor         text        not null,
    at            timestamptz not null default now(),
    action        text        not null,
    subject       text        not null,
    before        text,
    after         text
);
create index review_audit_batch on review_audit (batch_id, unit_code);
create rule review_audit_no_update as on update to review_audit do instead nothing;
create rule review_audit_no_delete as on delete to review_audit do instead nothing;
create rule review_decision_no_update as on update to review_decision do instead nothing;
create rule review_decision_no_delete as on delete to review_decision do instead nothing;

-- Round names of a batch (batch data, a JSON array; 初审/复审/终审 until set).
create table review_rounds (
    batch_id   uuid primary key,
    rounds     text        not null,
    updated_by text        not null,
    updated_at timestamptz not null default now()
);

-- Whether a score card is the machine score or a reviewed one (decisions applied).
alter table score_card add column reviewed boolean not null default false;
