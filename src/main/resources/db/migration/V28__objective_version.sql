-- A strategic objective is edited by its campus's team: versioned, so that two people editing it do not overwrite each
-- other, and who changed it last and when, to show the second what the first did.
alter table strategic_objective
    add column version    bigint      not null default 0,
    add column updated_at timestamptz not null default now(),
    add column updated_by text;
