-- A town's name as people type it: without case, accents, hyphens or apostrophes ("saint-etienne" = "Saint Étienne").
create function town_key(text) returns text
    language sql immutable parallel safe strict
    as $$ select btrim(regexp_replace(public.cmq_unaccent(lower($1)), '[^a-z0-9]+', ' ', 'g')) $$;

create index establishment_town_idx on establishment (town_key(commune_name));
