-- The training offer of a campus: formations delivered by its members, at a member's place or at one of its sites.

create table formation (
    id                     bigint generated always as identity primary key,
    campus_id              bigint      not null references campus (id) on delete cascade,
    member_id              bigint      not null references campus_member (id) on delete cascade,
    site_id                bigint      references campus_site (id) on delete set null,
    certification_id       text        references certification (onisep_id) on delete set null,
    title                  text collate french not null,
    type_label             text,
    rncp_code              text,
    level                  int         not null,
    scolaire               boolean     not null default false,
    scolaire_capacity      int,
    apprentissage          boolean     not null default false,
    apprentissage_capacity int,
    formation_continue     boolean     not null default false,
    formation_continue_capacity int,
    vae                    boolean     not null default false,
    duration               text,
    start_dates            text,
    admission              text,
    accessible             boolean     not null default false,
    handicap_referent      text,
    adaptations            text,
    description            text,
    onisep_url             text,
    version                bigint      not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    updated_by             text,
    search                 tsvector generated always as (
        setweight(to_tsvector('french_unaccent', title), 'A')
            || setweight(to_tsvector('french_unaccent', coalesce(type_label, '')), 'B')
            || setweight(to_tsvector('french_unaccent', coalesce(description, '')), 'C')) stored,
    search_text            text generated always as (cmq_unaccent(lower(title || ' ' || coalesce(type_label, '')))) stored,
    constraint formation_level_ck check (level between 3 and 8),
    constraint formation_admission_ck check (admission in ('PARCOURSUP', 'AFFELNET', 'DIRECT', 'CONTRAT_APPRENTISSAGE')),
    constraint formation_capacities_ck check (coalesce(scolaire_capacity, 1) > 0 and coalesce(apprentissage_capacity, 1) > 0
        and coalesce(formation_continue_capacity, 1) > 0)
);
create index formation_campus_idx on formation (campus_id, level, title);
create index formation_member_idx on formation (member_id);
create index formation_search_idx on formation using gin (search);
create index formation_search_text_idx on formation using gin (search_text gin_trgm_ops);
create index formation_level_idx on formation (level, title, id);
create index formation_apprentissage_idx on formation (level, title, id) where apprentissage;
