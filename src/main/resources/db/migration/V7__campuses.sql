-- Campuses and their networks.

create table campus (
    id                     bigint generated always as identity primary key,
    name                   text collate french not null,
    filiere_code           text        not null references filiere (code),
    category               text        not null default 'CMQ',
    status                 text        not null default 'PROJET',
    region_code            text        references region (code),
    territory_description  text,
    support_uai            text,
    mission_letter_date    date,
    convention_date        date,
    presentation           text,
    website                text,
    contact_email          text,
    lieu_de_vie            text,
    label_start            date,
    label_end              date,
    version                bigint      not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    updated_by             text,
    search                 tsvector,
    constraint campus_category_ck check (category in ('CMQ', 'EXCELLENCE')),
    constraint campus_status_ck check (status in ('PROJET', 'LABELLISE', 'EN_RENOUVELLEMENT', 'EXPIRE', 'RETIRE')),
    constraint campus_label_dates_ck check (label_end is null or label_start is null or label_end > label_start)
);
create index campus_search_idx on campus using gin (search);
create index campus_filiere_idx on campus (filiere_code);
create index campus_region_idx on campus (region_code);
create index campus_category_status_idx on campus (category, status);
create index campus_name_idx on campus (name, id);

-- A campus may span several académies (and départements).
create table campus_academie (
    campus_id     bigint not null references campus (id) on delete cascade,
    academie_code text   not null references academie (code),
    primary key (campus_id, academie_code)
);
create index campus_academie_academie_idx on campus_academie (academie_code, campus_id);

create table campus_departement (
    campus_id        bigint not null references campus (id) on delete cascade,
    departement_code text   not null references departement (code),
    primary key (campus_id, departement_code)
);

-- The finalités of the texts the campus chose, with its comment.
create table campus_objective (
    campus_id bigint not null references campus (id) on delete cascade,
    finalite  text   not null,
    comment   text,
    primary key (campus_id, finalite),
    constraint campus_objective_finalite_ck check (finalite in ('ATTRACTIVITE_VOIE_PRO', 'ELEVATION_QUALIFICATION',
        'INSERTION_PROFESSIONNELLE', 'LIENS_ENTREPRISES', 'VISIBILITE_PARTENAIRES', 'DEVELOPPEMENT_TERRITOIRE'))
);

-- The organisations of a campus's network; leaving keeps the row (left_on), so history stays.
create table campus_member (
    id                bigint generated always as identity primary key,
    campus_id         bigint      not null references campus (id) on delete cascade,
    organisation_type text        not null,
    network_role      text        not null default 'MEMBRE',
    name              text collate french not null,
    uai               text,
    siret             text,
    eple              boolean     not null default false,
    commune_name      text,
    latitude          double precision,
    longitude         double precision,
    joined_on         date        not null default current_date,
    left_on           date,
    contact_name      text,
    contact_email     text,
    contact_phone     text,
    version           bigint      not null default 0,
    constraint campus_member_type_ck check (organisation_type in ('LYCEE', 'LYCEE_DES_METIERS', 'COLLEGE', 'CFA',
        'ENSEIGNEMENT_SUPERIEUR', 'FORMATION_CONTINUE', 'LABORATOIRE', 'ENTREPRISE', 'BRANCHE_OPCO', 'CLUSTER',
        'ASSOCIATION', 'COLLECTIVITE', 'SERVICE_ETAT')),
    constraint campus_member_role_ck check (network_role in ('MEMBRE', 'PARTENAIRE', 'TETE_DE_RESEAU')),
    constraint campus_member_dates_ck check (left_on is null or left_on >= joined_on)
);
create index campus_member_campus_idx on campus_member (campus_id) where left_on is null;
create index campus_member_uai_idx on campus_member (uai) where uai is not null;
create unique index campus_member_active_uai_uk on campus_member (campus_id, uai) where uai is not null and left_on is null;
create unique index campus_member_active_siret_uk on campus_member (campus_id, siret) where siret is not null and left_on is null;

-- The search document of a campus: its name, filière, territory, presentation, and the names and towns of its current
-- members. Kept up to date by triggers, whatever writes the campus or its network.
create function campus_search_document(c campus) returns tsvector
    language sql stable as $$
    select setweight(to_tsvector('french_unaccent', c.name), 'A')
        || setweight(to_tsvector('french_unaccent', coalesce((select label from filiere where code = c.filiere_code), '')), 'B')
        || setweight(to_tsvector('french_unaccent', coalesce(c.territory_description, '')), 'B')
        || setweight(to_tsvector('french_unaccent', coalesce(c.presentation, '')), 'C')
        || setweight(to_tsvector('french_unaccent', coalesce((
               select string_agg(m.name || ' ' || coalesce(m.commune_name, ''), ' ')
               from campus_member m where m.campus_id = c.id and m.left_on is null), '')), 'D')
$$;

create function campus_search_on_write() returns trigger
    language plpgsql as $$
begin
    new.search := campus_search_document(new);
    return new;
end
$$;
create trigger campus_search_trg before insert or update of name, filiere_code, territory_description, presentation, search
    on campus for each row execute function campus_search_on_write();

create function campus_search_on_network_change() returns trigger
    language plpgsql as $$
begin
    -- setting search fires campus_search_trg, which computes it again
    update campus c set search = null
    where c.id in (select campus_id from changed_members);
    return null;
end
$$;
create trigger campus_member_inserted_trg after insert on campus_member
    referencing new table as changed_members for each statement execute function campus_search_on_network_change();
create trigger campus_member_updated_trg after update on campus_member
    referencing new table as changed_members for each statement execute function campus_search_on_network_change();
create trigger campus_member_deleted_trg after delete on campus_member
    referencing old table as changed_members for each statement execute function campus_search_on_network_change();
