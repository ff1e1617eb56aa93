-- Template profiles: extra header and label words, group words and sheets to skip for an export the built-in
-- words do not know (parse/layout/Lexicon.java). Versions are never overwritten; the newest is in force.
create table template_profile (
    version    text primary key,
    body       text        not null,
    created_at timestamptz not null default now(),
    created_by text
);
create index template_profile_created on template_profile (created_at);
