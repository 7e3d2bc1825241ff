-- The reports of the import engine: one row per run, and the lines each run refused.

create table import_run (
    id          bigint generated always as identity primary key,
    kind        text        not null,
    file_name   text        not null,
    file_size   bigint,
    checksum    text,
    status      text        not null default 'EN_COURS',
    started_by  text        not null,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    read        int         not null default 0,
    created     int         not null default 0,
    updated     int         not null default 0,
    unchanged   int         not null default 0,
    rejected    int         not null default 0,
    error       text,
    constraint import_run_status_ck check (status in ('EN_COURS', 'TERMINE', 'ECHEC'))
);
create index import_run_started_idx on import_run (started_at desc, id desc);
create index import_run_kind_idx on import_run (kind, started_at desc);

create table import_rejection (
    run_id bigint not null references import_run (id) on delete cascade,
    line   bigint not null,
    reason text   not null,
    primary key (run_id, line)
);
