-- The communes of France (INSEE's Code officiel géographique, as @etalab/decoupage-administratif publishes it), so
-- that a town is recognised by its name, accents or not, or by one of its postal codes. Paris, Lyon and Marseille are
-- communes and their arrondissements municipaux too, each with its own postal codes. Filled by the next migration.
create table commune (
    code             text primary key,
    name             text collate french not null,
    name_key         text generated always as (town_key(name)) stored,
    departement_code text not null,
    region_code      text,
    postal_codes     text[] not null,
    population       int
);
comment on table commune is 'Reference data: the communes of France and the arrondissements municipaux (INSEE codes)';
create index commune_name_idx on commune (name_key, population desc);
create index commune_postal_codes_idx on commune using gin (postal_codes);

-- A town placed by the establishments of its commune, or of its département when the commune has none.
create index establishment_commune_idx on establishment (commune_code) where latitude is not null;
create index establishment_departement_idx on establishment (departement_code) where latitude is not null;
