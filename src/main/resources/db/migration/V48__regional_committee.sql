-- The comité d'orientation stratégique of each région's campuses. Its recteur and président du conseil régional are
-- named seats; its filière representatives are listed; the chef d'établissement support and the director of each
-- campus of the région are not stored here: they are read from the accounts holding those roles today.
create table regional_committee (
    id                    bigint generated always as identity primary key,
    region_code           text        not null references region (code),
    recteur_name          text,
    president_region_name text,
    version               bigint      not null default 0,
    updated_at            timestamptz not null default now(),
    updated_by            text,
    constraint regional_committee_region_uk unique (region_code),
    constraint regional_committee_names_ck check (length(recteur_name) <= 200 and length(president_region_name) <= 200)
);
comment on table regional_committee is 'The comité d''orientation stratégique of a région''s campuses, one per région, made at its first write';

create table committee_representative (
    id           bigint generated always as identity primary key,
    committee_id bigint not null references regional_committee (id) on delete cascade,
    filiere_code text   not null references filiere (code),
    person_name  text   not null,
    organisation text,
    constraint committee_representative_names_ck check (length(person_name) <= 200 and length(organisation) <= 200)
);
comment on table committee_representative is 'A representative of an economic filière on a regional comité';
create index committee_representative_committee_idx on committee_representative (committee_id);

create table committee_meeting (
    id                  bigint generated always as identity primary key,
    committee_id        bigint      not null references regional_committee (id) on delete cascade,
    held_on             date        not null,
    agenda              text        not null,
    decisions           text,
    minutes_document_id bigint      references document (id),
    recorded_at         timestamptz not null default now(),
    recorded_by         text,
    constraint committee_meeting_text_ck check (length(agenda) <= 5000 and length(decisions) <= 5000)
);
comment on table committee_meeting is 'A meeting of a regional comité: planned when its date is ahead, with its minutes once held';
create index committee_meeting_committee_idx on committee_meeting (committee_id, held_on desc);

-- The sources give the comité the campuses' annual budgets to establish: a budget records the meeting that did.
alter table campus_budget add column established_at_meeting_id bigint references committee_meeting (id) on delete set null;
create index campus_budget_meeting_idx on campus_budget (established_at_meeting_id)
    where established_at_meeting_id is not null;
