create table batch (
    id               uuid primary key,
    fiscal_year      int         not null,
    region           text        not null,
    stage            text        not null,
    deadline         date,
    rulebook_version text,
    created_at       timestamptz not null default now(),
    created_by       text
);

-- Every reference-list upload is kept; the newest of a kind is the one in force.
create table reference_list (
    id          uuid primary key,
    batch_id    uuid        not null references batch (id),
    kind        text        not null,
    file_name   text,
    original    bytea       not null,
    entries     text        not null,
    uploaded_at timestamptz not null default now(),
    uploaded_by text
);
create index reference_list_batch on reference_list (batch_id, kind, uploaded_at);

-- The bytes as uploaded, accepted or not.
create table upload (
    id          uuid primary key,
    batch_id    uuid        not null references batch (id),
    file_name   text,
    format      text,
    size_bytes  bigint      not null,
    checksum    text        not null,
    original    bytea,
    uploader    text,
    received_at timestamptz not null default now(),
    status      text        not null,
    problems    text
);
create index upload_checksum on upload (batch_id, checksum);

create table submission (
    id           uuid primary key,
    batch_id     uuid        not null references batch (id),
    upload_id    uuid        not null references upload (id),
    unit_code    text,
    unit_name    text,
    table_kind   text,
    table_key    text        not null default '',
    version      int         not null,
    checksum     text        not null,
    sheet        text,
    status       text        not null,
    problems     text,
    table_json   text,
    received_at  timestamptz not null default now(),
    uploader     text,
    event_id     uuid
);
create unique index submission_version on submission (batch_id, unit_code, table_kind, table_key, version) where status = 'ACCEPTED';
create index submission_unit on submission (batch_id, unit_code);
