-- An event the broker can never accept as it is (larger than the size limits, an invalid record) is parked: kept with
-- its error for an operator, and no longer in the way of every later event of the service (README, "Parked events").
alter table outbox_event add column parked_at timestamptz;
drop index outbox_event_pending;
create index outbox_event_pending on outbox_event (seq) where published_at is null and parked_at is null;
create index outbox_event_parked on outbox_event (seq) where parked_at is not null;
