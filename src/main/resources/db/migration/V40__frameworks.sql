-- The référentiels of the evaluation: a version is loaded whole from a file by the national administration and never
-- changes afterwards (no update route, and an evaluation keeps the version it started with). Seven domains (0 to 6,
-- as the texts number them) → champs (1.2) → références (1.2.1).

create table framework (
    id        bigint generated always as identity primary key,
    version   text        not null,
    title     text        not null,
    loaded_at timestamptz not null default now(),
    loaded_by text        not null,
    constraint framework_version_uk unique (version),
    constraint framework_version_ck check (version ~ '^[A-Za-z0-9._-]{1,40}$')
);
comment on table framework is 'A version of the référentiel of evaluation, loaded once and never changed.';

create table framework_domain (
    framework_id bigint   not null references framework (id) on delete cascade,
    number       smallint not null,
    title        text     not null,
    primary key (framework_id, number),
    constraint framework_domain_number_ck check (number between 0 and 6)
);

create table framework_field (
    framework_id  bigint   not null,
    code          text     not null,
    domain_number smallint not null,
    title         text     not null,
    primary key (framework_id, code),
    foreign key (framework_id, domain_number) references framework_domain (framework_id, number) on delete cascade,
    constraint framework_field_code_ck check (code ~ '^[0-6]\.[1-9][0-9]?$')
);
comment on table framework_field is 'A champ of a domain of the référentiel.';

create table framework_reference (
    framework_id      bigint not null,
    code              text   not null,
    field_code        text   not null,
    position          int    not null,
    title             text   not null,
    criteria          text   not null,
    expected_level    text   not null,
    evidence_examples text,
    indicator_codes   text[] not null default '{}',
    fact_kinds        text[] not null default '{}',
    primary key (framework_id, code),
    foreign key (framework_id, field_code) references framework_field (framework_id, code) on delete cascade,
    constraint framework_reference_code_ck check (code ~ '^[0-6]\.[1-9][0-9]?\.[1-9][0-9]?$')
);
comment on column framework_reference.expected_level is 'The level expected, shown to whoever answers.';
comment on column framework_reference.indicator_codes is 'Codes of the steering catalogue''s indicators that inform it.';
comment on column framework_reference.fact_kinds is 'Kinds of the platform''s facts that prove it (evaluation.FactKind).';
