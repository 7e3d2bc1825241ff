-- Indicators: a national catalogue, the ones each campus follows with a target per year, and their dated measures.
-- Computed indicators are never typed: the platform counts them from its own data.

create table indicator (
    code             text    primary key,
    label            text    not null,
    unit             text    not null,
    higher_is_better boolean not null default true,
    method           text,
    computed         text,
    position         int     not null default 0,
    constraint indicator_code_ck check (code ~ '^[A-Z0-9_]{2,40}$'),
    constraint indicator_computed_ck check (computed is null or computed in ('MEMBRES', 'ENTREPRISES',
        'EVENEMENTS', 'PARTICIPANTS', 'ACTIONS_TERMINEES'))
);
comment on column indicator.computed is 'What the platform counts for it (never typed), or null for a measured one.';

create table campus_indicator (
    campus_id bigint not null references campus (id) on delete cascade,
    code      text   not null references indicator (code) on delete cascade,
    primary key (campus_id, code)
);

create table indicator_target (
    campus_id bigint         not null references campus (id) on delete cascade,
    code      text           not null references indicator (code) on delete cascade,
    year      int            not null,
    value     numeric(14, 2) not null,
    primary key (campus_id, code, year),
    constraint indicator_target_year_ck check (year between 2000 and 2100)
);

create table indicator_measure (
    id          bigint generated always as identity primary key,
    campus_id   bigint         not null references campus (id) on delete cascade,
    code        text           not null references indicator (code) on delete cascade,
    measured_on date           not null,
    value       numeric(14, 2) not null,
    comment     text,
    recorded_by text           not null,
    recorded_at timestamptz    not null default now(),
    constraint indicator_measure_date_ck check (measured_on >= date '2000-01-01'),
    constraint indicator_measure_uq unique (campus_id, code, measured_on)
);
