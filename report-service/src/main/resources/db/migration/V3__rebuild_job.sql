-- Rebuilding a batch's aggregate from its stored cards (POST /api/batches/{id}/report/rebuild) runs in the
-- background: the request queues a row, a worker on any replica claims it (row lock, skip locked) and records how it
-- ended (GET /api/rebuild-jobs/{id}). Every other replica rebuilds its own aggregate of the batch once it sees a
-- newer finished job (service/Aggregates.catchUp).
create table rebuild_job (
    id           uuid primary key,
    batch_id     uuid        not null,
    status       text        not null,
    requested_by text,
    requested_at timestamptz not null default now(),
    started_at   timestamptz,
    finished_at  timestamptz,
    tables       integer,
    error        text
);
-- One waiting job per batch: a request made while it waits joins it, decided by the database across replicas.
create unique index rebuild_job_waiting on rebuild_job (batch_id) where status = 'queued';
create index rebuild_job_open on rebuild_job (requested_at) where status in ('queued', 'running');
create index rebuild_job_batch on rebuild_job (batch_id, requested_at);
