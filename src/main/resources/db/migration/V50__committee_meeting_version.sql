-- A meeting of a regional comité is completed once held (its decisions, its minutes) by any of the comité's keepers:
-- two of them completing it at once meet its version rather than overwrite each other.
alter table committee_meeting
    add column version    bigint      not null default 0,
    add column updated_at timestamptz,
    add column updated_by text;
