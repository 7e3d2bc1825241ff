-- Certifications (ONISEP Idéo-formations initiales, ODbL) and companies by SIRET.

create table certification (
    onisep_id       text primary key,
    title           text collate french not null,
    acronym         text,
    type_acronym    text,
    type_label      text,
    duration        text,
    rncp_code       text,
    level           int,
    rncp_registered boolean     not null default false,
    tutelle         text,
    onisep_url      text,
    domains         text,
    cnis_code       text,
    content_hash    text        not null,
    imported_at     timestamptz not null default now(),
    search          tsvector generated always as (
        setweight(to_tsvector('french_unaccent', title), 'A')
            || setweight(to_tsvector('french_unaccent', coalesce(type_label, '') || ' ' || coalesce(domains, '')), 'C')) stored,
    constraint certification_level_ck check (level between 3 and 8)
);
create index certification_search_idx on certification using gin (search);
create index certification_rncp_idx on certification (rncp_code) where rncp_code is not null;
create index certification_level_idx on certification (level, title);

create table company (
    siret        text primary key,
    name         text collate french not null,
    naf_code     text,
    address      text,
    postal_code  text,
    commune_name text,
    content_hash text        not null,
    imported_at  timestamptz not null default now(),
    search_text  text generated always as (cmq_unaccent(lower(name || ' ' || coalesce(commune_name, '')))) stored
);
create index company_search_text_idx on company using gin (search_text gin_trgm_ops);
create index company_name_idx on company (name, siret);
