-- Identical bytes filed for the same unit in a batch make one upload, decided by the database (issue 16):
-- parallel requests race on this index and all but the first answer with the first one's submissions.
alter table upload add column filed_for text not null default '';

-- Earlier races may have accepted the same bytes more than once: keep the first, mark the others.
update upload u set status = 'DUPLICATE'
where u.status = 'ACCEPTED'
  and exists (select 1 from upload o
              where o.batch_id = u.batch_id and o.checksum = u.checksum and o.status = 'ACCEPTED'
                and (o.received_at, o.id) < (u.received_at, u.id));

create unique index upload_accepted_once on upload (batch_id, checksum, filed_for) where status = 'ACCEPTED';
