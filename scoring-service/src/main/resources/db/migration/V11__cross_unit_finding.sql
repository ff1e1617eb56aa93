-- The flag means "a finding of a rule that reads other units' tables" (rules/Reach.java: BATCH), not one
-- named check: the service re-scores by reach and names no rule. Today only goal.copied has that reach, so
-- the stored values keep their meaning.
alter table score_card rename column copied_goal to cross_unit_finding;
