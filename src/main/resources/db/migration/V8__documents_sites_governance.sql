-- Documents (the bytes are in the document store, addressed by their SHA-256), a campus's official documents, its
-- sites, and its governance: instances, their composition and their meetings.

create table document (
    id          bigint generated always as identity primary key,
    filename    text        not null,
    media_type  text        not null,
    size_bytes  bigint      not null check (size_bytes > 0),
    sha256      text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by text        not null,
    uploaded_at timestamptz not null default now()
);

alter table campus
    add column mission_letter_document_id bigint references document (id),
    add column convention_document_id     bigint references document (id),
    add column logo_document_id           bigint references document (id);

-- Where the campus is: its sites and, for an Excellence campus, its lieu de vie et d'échanges.
create table campus_site (
    id          bigint generated always as identity primary key,
    campus_id   bigint not null references campus (id) on delete cascade,
    kind        text   not null,
    name        text collate french not null,
    address     text,
    commune     text,
    uai         text,
    latitude    double precision check (latitude between -90 and 90),
    longitude   double precision check (longitude between -180 and 180),
    constraint campus_site_kind_ck check (kind in ('SITE', 'LIEU_DE_VIE')),
    constraint campus_site_coordinates_ck check ((latitude is null) = (longitude is null))
);
create index campus_site_campus_idx on campus_site (campus_id);

create table campus_instance (
    id        bigint generated always as identity primary key,
    campus_id bigint not null references campus (id) on delete cascade,
    kind      text   not null,
    name      text   not null,
    constraint campus_instance_kind_ck check (kind in ('COMITE_ORIENTATION_STRATEGIQUE', 'COMITE_PILOTAGE',
        'CONSEIL_PERFECTIONNEMENT', 'ASSEMBLEE_GENERALE', 'AUTRE'))
);
create index campus_instance_campus_idx on campus_instance (campus_id);

-- The people who sit on an instance, with the quality in which they sit.
create table instance_seat (
    id           bigint generated always as identity primary key,
    instance_id  bigint not null references campus_instance (id) on delete cascade,
    person_name  text   not null,
    quality      text   not null,
    organisation text,
    constraint instance_seat_quality_ck check (quality in ('RECTEUR', 'PRESIDENT_REGION', 'REPRESENTANT_FILIERE',
        'CHEF_ETABLISSEMENT_SUPPORT', 'DIRECTEUR_OPERATIONNEL', 'ENTREPRISE', 'ENSEIGNEMENT_SUPERIEUR',
        'ETABLISSEMENT_MEMBRE', 'COLLECTIVITE', 'SERVICE_ETAT', 'ETUDIANT_APPRENANT', 'AUTRE'))
);
create index instance_seat_instance_idx on instance_seat (instance_id);

create table instance_meeting (
    id                  bigint generated always as identity primary key,
    instance_id         bigint not null references campus_instance (id) on delete cascade,
    held_on             date   not null,
    agenda              text   not null,
    decisions           text,
    minutes_document_id bigint references document (id)
);
create index instance_meeting_instance_idx on instance_meeting (instance_id, held_on desc);
