-- The self-evaluation of a campus (its root: the référentiel version it keeps and its state; its answers come with
-- it) and the campus's maturity level, computed from the platform's facts by named rules, never typed, with the history
-- of the levels reached.

create table self_assessment (
    id           bigint generated always as identity primary key,
    campus_id    bigint      not null references campus (id) on delete cascade,
    framework_id bigint      not null references framework (id),
    state        text        not null default 'EN_COURS',
    opened_at    timestamptz not null default now(),
    opened_by    text        not null,
    submitted_at timestamptz,
    evaluated_at timestamptz,
    updated_at   timestamptz not null default now(),
    updated_by   text,
    version      bigint      not null default 0,
    constraint self_assessment_state_ck check (state in ('EN_COURS', 'SOUMISE', 'EVALUEE')),
    constraint self_assessment_dates_ck check ((state = 'EN_COURS') = (submitted_at is null)
        and (state = 'EVALUEE') = (evaluated_at is not null))
);
comment on table self_assessment is 'A self-evaluation of a campus; it keeps the version of the référentiel it started with.';
create index self_assessment_campus_idx on self_assessment (campus_id, opened_at desc);
create unique index self_assessment_one_open_uq on self_assessment (campus_id) where state <> 'EVALUEE';
comment on index self_assessment_one_open_uq is 'A campus has one self-evaluation under way at most.';

create table self_assessment_answer (
    assessment_id  bigint      not null references self_assessment (id) on delete cascade,
    reference_code text        not null,
    position       smallint,
    comment        text,
    facts          text[]      not null default '{}',
    updated_at     timestamptz not null,
    updated_by     text        not null,
    version        bigint      not null default 0,
    primary key (assessment_id, reference_code),
    constraint self_assessment_answer_position_ck check (position between 1 and 4)
);
comment on column self_assessment_answer.position is 'The team''s position on the four steps of the scale, null until given.';
comment on column self_assessment_answer.facts is 'The kinds of the platform''s facts the team counts as evidence (evaluation.FactKind).';

create table campus_maturity (
    campus_id   bigint      primary key references campus (id) on delete cascade,
    level       smallint    not null,
    reasons     jsonb       not null,
    computed_at timestamptz not null,
    constraint campus_maturity_level_ck check (level between 0 and 4)
);
comment on table campus_maturity is 'The maturity level last computed (0: level 1 not reached yet) and each rule''s result.';
comment on column campus_maturity.reasons is 'Each rule with its level and whether the campus meets it: [{"level":2,"rule":"ConventionSigned","met":true}].';

create table campus_maturity_step (
    id          bigint generated always as identity primary key,
    campus_id   bigint      not null references campus (id) on delete cascade,
    level       smallint    not null,
    reached_at  timestamptz not null,
    constraint campus_maturity_step_level_ck check (level between 0 and 4)
);
comment on table campus_maturity_step is 'Each change of a campus''s maturity level, up or down, when it happened.';
create index campus_maturity_step_campus_idx on campus_maturity_step (campus_id, reached_at desc);
