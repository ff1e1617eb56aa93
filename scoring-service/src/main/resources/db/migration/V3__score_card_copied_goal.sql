-- Whether the card has a finding of a copied-goal rule (check goal.copied), so deciding whether a table
-- copied by a newcomer still needs re-scoring reads one boolean instead of parsing card bodies.
alter table score_card add column copied_goal boolean not null default false;

-- Cards scored before this migration: the rule codes come from each card's own rulebook, by check name.
update score_card c set copied_goal = true
where exists (
    select 1
    from rulebook r
    cross join lateral jsonb_array_elements(r.body::jsonb -> 'rules') rule
    cross join lateral jsonb_array_elements(coalesce(c.body::jsonb -> 'findings', '[]'::jsonb)) f
    where r.version = c.rulebook_version
      and rule ->> 'check' = 'goal.copied'
      and f ->> 'ruleCode' = rule ->> 'code');
