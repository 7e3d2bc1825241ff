-- Establishments of the Annuaire de l'éducation, searchable in French, accent- and case-insensitive, typo-tolerant.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes it usable in indexes.
create function cmq_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Names sort as in French (Aéronautique before Agroalimentaire), whatever the database's default collation.
create collation french (provider = icu, locale = 'fr-FR');

create text search configuration french_unaccent (copy = french);
alter text search configuration french_unaccent
    alter mapping for hword, hword_part, word with unaccent, french_stem;

create table establishment (
    uai                  text primary key,
    name                 text collate french not null,
    type                 text,
    sector               text,
    address              text,
    postal_code          text,
    commune_code         text,
    commune_name         text,
    departement_code     text,
    academie_code        text,
    academie_name        text,
    region_code          text,
    region_name          text,
    latitude             double precision,
    longitude            double precision,
    nature_code          text,
    nature_label         text,
    siret                text,
    phone                text,
    email                text,
    website              text,
    pupils               int,
    voie_generale        boolean          not null default false,
    voie_technologique   boolean          not null default false,
    voie_professionnelle boolean          not null default false,
    apprentissage        boolean          not null default false,
    lycee_des_metiers    boolean          not null default false,
    greta                boolean          not null default false,
    post_bac             boolean          not null default false,
    lycee_agricole       boolean          not null default false,
    status               text,
    opened_on            date,
    source_updated_on    date,
    content_hash         text             not null,
    imported_at          timestamptz      not null default now(),
    search               tsvector generated always as (
        setweight(to_tsvector('french_unaccent', name), 'A')
            || setweight(to_tsvector('french_unaccent', coalesce(commune_name, '')), 'B')) stored,
    search_text          text generated always as (cmq_unaccent(lower(name || ' ' || coalesce(commune_name, '')))) stored
);
create index establishment_search_idx on establishment using gin (search);
create index establishment_search_text_idx on establishment using gin (search_text gin_trgm_ops);
create index establishment_academie_idx on establishment (academie_code, name);
create index establishment_name_idx on establishment (name, uai);
create index establishment_voie_pro_idx on establishment (name, uai) where voie_professionnelle;
