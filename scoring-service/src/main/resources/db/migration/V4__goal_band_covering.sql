-- The copied-goal look-up (persistence/DbBatchView) reads submission_id and unit_code of a few entries per band key:
-- with them in the index it reads no table rows, only index pages.
drop index goal_band_key;
create index goal_band_key on goal_band (batch_id, band_key) include (submission_id, unit_code);
