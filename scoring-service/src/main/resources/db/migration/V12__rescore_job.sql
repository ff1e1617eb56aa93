-- Re-scoring a whole batch (a new rulebook version, changed reference lists) is long work: it runs in the
-- background in chunks, one transaction each, and this row says how far it got (GET /api/rescore-jobs/{id}).
-- The cursor makes a job resumable after a crash; any replica may take the next chunk (row lock, skip locked).
create table rescore_job (
    id uuid primary key,
    batch_id uuid not null,
    rulebook_version text,
    reason text not null,
    status text not null,
    requested_by text,
    requested_at timestamptz not null,
    started_at timestamptz,
    finished_at timestamptz,
    total integer,
    done integer not null default 0,
    cursor_submission uuid,
    attempts integer not null default 0,
    error text
);
create index rescore_job_open on rescore_job (requested_at) where status in ('queued', 'running');
create index rescore_job_batch on rescore_job (batch_id, requested_at);
