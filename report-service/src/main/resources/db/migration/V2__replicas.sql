-- Several report replicas share these tables (docs/architecture.md, "Replicas").
-- The transaction that stored a card: a replica catches up on cards other replicas consumed by reading those
-- written at or after the oldest transaction still running when it last looked (gap-free, commit order aside).
alter table score_card add column written_xid bigint not null default (pg_current_xact_id()::text::bigint);
create index score_card_batch_xid on score_card (batch_id, written_xid);

-- What a published round was built from, so a replica does not publish the same state again as a new round.
alter table city_report add column cards_seen bigint;
alter table city_report add column batch_seen timestamptz;
