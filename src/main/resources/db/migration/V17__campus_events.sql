-- What a campus organises: hackathons, concours, journées de recrutement, discovery days, teacher training,
-- Erasmus+ mobilities, travaux tutorés, portes ouvertes. Public ones form the agenda; the attendance comes after.

create table campus_event (
    id               bigint generated always as identity primary key,
    campus_id        bigint      not null references campus (id) on delete cascade,
    action_id        bigint      references campus_action (id) on delete set null,
    kind             text        not null,
    title            text        not null,
    starts_at        timestamp   not null,
    ends_at          timestamp   not null,
    site_id          bigint      references campus_site (id) on delete set null,
    address          text,
    town             text,
    audiences        text[]      not null default '{}',
    levels           int[]       not null default '{}',
    description      text,
    registration_url text,
    published        boolean     not null default true,
    attendance       int,
    version          bigint      not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    updated_by       text,
    search           tsvector generated always as (
        setweight(to_tsvector('french_unaccent', title), 'A')
            || setweight(to_tsvector('french_unaccent', coalesce(town, '')), 'B')
            || setweight(to_tsvector('french_unaccent', coalesce(description, '')), 'C')) stored,
    constraint campus_event_kind_ck check (kind in ('HACKATHON', 'CONCOURS', 'JOURNEE_RECRUTEMENT',
        'DECOUVERTE_METIERS', 'FORMATION_ENSEIGNANTS', 'MOBILITE_ERASMUS', 'TRAVAUX_TUTORES', 'PORTES_OUVERTES',
        'AUTRE')),
    constraint campus_event_dates_ck check (starts_at <= ends_at),
    constraint campus_event_attendance_ck check (attendance is null or attendance >= 0),
    constraint campus_event_audiences_ck check (audiences <@ array['COLLEGIENS', 'LYCEENS', 'APPRENTIS', 'ETUDIANTS',
        'ADULTES', 'ENSEIGNANTS', 'ENTREPRISES', 'FAMILLES']::text[]),
    constraint campus_event_levels_ck check (levels <@ array[3, 4, 5, 6, 7, 8])
);
comment on column campus_event.starts_at is 'Local time in France, as people read it on the poster.';
comment on column campus_event.attendance is 'How many came: recorded once the event is over.';
create index campus_event_campus_idx on campus_event (campus_id, starts_at desc);
create index campus_event_agenda_idx on campus_event (ends_at, starts_at, id) where published;
create index campus_event_audiences_idx on campus_event using gin (audiences) where published;
create index campus_event_search_idx on campus_event using gin (search);
create index campus_event_action_idx on campus_event (action_id);
create index campus_event_site_idx on campus_event (site_id);

create table campus_event_member (
    event_id  bigint not null references campus_event (id) on delete cascade,
    member_id bigint not null references campus_member (id) on delete cascade,
    primary key (event_id, member_id)
);
create index campus_event_member_member_idx on campus_event_member (member_id);
