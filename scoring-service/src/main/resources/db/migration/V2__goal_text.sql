-- The goal texts goal_band points at, so a near-copy look-up reads a few short rows instead of parsing
-- whole tables. Same life cycle as goal_band: rows exist for the latest version of each unit table only.
create table goal_text (
    submission_id uuid not null,
    batch_id      uuid not null,
    unit_code     text not null,
    unit_name     text not null default '',
    text          text not null
);
create index goal_text_submission on goal_text (submission_id);

-- Tables indexed before this migration.
insert into goal_text (submission_id, batch_id, unit_code, unit_name, text)
select s.submission_id, s.batch_id, s.unit_code, coalesce(s.table_json::jsonb #>> '{unitName,value}', ''), g #>> '{text,value}'
from scored_table s
cross join lateral jsonb_array_elements(coalesce(s.table_json::jsonb -> 'goals', '[]'::jsonb)) g
where s.latest
  and g ->> 'kind' in ('OVERALL', 'ANNUAL', 'LONG_TERM')
  and btrim(coalesce(g #>> '{text,value}', '')) <> '';
