-- Parcours chain formations of a campus from one level to the next; passerelles let a learner move from one formation
-- to another (of status, of level, of establishment). Both are added and removed whole.

create table parcours (
    id          bigint generated always as identity primary key,
    campus_id   bigint      not null references campus (id) on delete cascade,
    name        text        not null,
    description text,
    created_at  timestamptz not null default now()
);
create index parcours_campus_idx on parcours (campus_id);

create table parcours_step (
    parcours_id  bigint not null references parcours (id) on delete cascade,
    position     int    not null,
    formation_id bigint not null references formation (id) on delete cascade,
    primary key (parcours_id, position),
    constraint parcours_step_once_uk unique (parcours_id, formation_id)
);
create index parcours_step_formation_idx on parcours_step (formation_id);

create table passerelle (
    id                bigint generated always as identity primary key,
    campus_id         bigint      not null references campus (id) on delete cascade,
    from_formation_id bigint      not null references formation (id) on delete cascade,
    to_formation_id   bigint      not null references formation (id) on delete cascade,
    from_status       text,
    to_status         text,
    conditions        text        not null,
    created_at        timestamptz not null default now(),
    constraint passerelle_two_formations_ck check (from_formation_id <> to_formation_id),
    constraint passerelle_statuses_ck check (from_status in ('SCOLAIRE', 'APPRENTISSAGE', 'FORMATION_CONTINUE', 'VAE')
        and to_status in ('SCOLAIRE', 'APPRENTISSAGE', 'FORMATION_CONTINUE', 'VAE'))
);
create index passerelle_campus_idx on passerelle (campus_id);
create index passerelle_from_idx on passerelle (from_formation_id);
create index passerelle_to_idx on passerelle (to_formation_id);

-- The search around a point first keeps the places inside a box around it, then measures the distance to those only.
create index campus_member_place_idx on campus_member (latitude, longitude) where left_on is null;
create index campus_site_place_idx on campus_site (latitude, longitude);
create index formation_site_idx on formation (site_id) where site_id is not null;
