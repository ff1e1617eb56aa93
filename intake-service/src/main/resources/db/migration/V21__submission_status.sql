-- One status through the pipeline (issue 16): intake learns each submission's score from perf.submissions.scored.
alter table submission add column score_total numeric(6, 2);
alter table submission add column grade text;
alter table submission add column scored_at timestamptz;
alter table submission add column scoring_run int;
-- Why scoring could not score the table (non-transient), when it could not.
alter table submission add column failure text;
-- Set by the review workflow once a reviewer has reviewed / signed the score: 'reviewed' or 'signed'.
alter table submission add column review_stage text;
create index submission_batch_received on submission (batch_id, received_at, id);
