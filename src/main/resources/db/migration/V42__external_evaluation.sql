-- The external evaluation of a submitted self-evaluation: the experts of the pool the administration assigns (each
-- declares no conflict of interest before reading), their positions per référence on the same scale, a verdict per
-- domain and overall with its reasons; once published, the campus turns the gaps into recommendations.

create table external_evaluation (
    id            bigint generated always as identity primary key,
    assessment_id bigint      not null unique references self_assessment (id) on delete cascade,
    campus_id     bigint      not null references campus (id) on delete cascade,
    state         text        not null default 'EN_COURS',
    verdict       text,
    reasons       text,
    opened_at     timestamptz not null,
    published_at  timestamptz,
    updated_at    timestamptz not null default now(),
    updated_by    text,
    version       bigint      not null default 0,
    constraint external_evaluation_state_ck check (state in ('EN_COURS', 'PUBLIEE')),
    constraint external_evaluation_verdict_ck check (verdict in ('FAVORABLE', 'RESERVE', 'DEFAVORABLE')),
    constraint external_evaluation_published_ck check ((state = 'PUBLIEE') = (published_at is not null)
        and (state = 'EN_COURS' or (verdict is not null and reasons is not null)))
);
comment on table external_evaluation is 'The experts'' evaluation of one submitted self-evaluation, on its référentiel version.';
create index external_evaluation_campus_idx on external_evaluation (campus_id, opened_at desc);

create table external_evaluation_expert (
    evaluation_id           bigint      not null references external_evaluation (id) on delete cascade,
    expert_id               bigint      not null references expert (id),
    assigned_at             timestamptz not null,
    assigned_by             text        not null,
    no_conflict_declared_at timestamptz,
    primary key (evaluation_id, expert_id)
);
comment on column external_evaluation_expert.no_conflict_declared_at is 'Until the expert declares no conflict of interest with the campus, it reads nothing of the evaluation.';
create index external_evaluation_expert_idx on external_evaluation_expert (expert_id);

create table external_evaluation_answer (
    evaluation_id  bigint      not null references external_evaluation (id) on delete cascade,
    reference_code text        not null,
    position       smallint    not null,
    comment        text,
    updated_at     timestamptz not null,
    updated_by     text        not null,
    version        bigint      not null default 1,
    primary key (evaluation_id, reference_code),
    constraint external_evaluation_answer_position_ck check (position between 1 and 4)
);

create table external_evaluation_domain (
    evaluation_id bigint      not null references external_evaluation (id) on delete cascade,
    domain        smallint    not null,
    verdict       text        not null,
    reasons       text        not null,
    updated_at    timestamptz not null,
    updated_by    text        not null,
    version       bigint      not null default 1,
    primary key (evaluation_id, domain),
    constraint external_evaluation_domain_verdict_ck check (verdict in ('FAVORABLE', 'RESERVE', 'DEFAVORABLE'))
);

create table evaluation_recommendation (
    id             bigint generated always as identity primary key,
    evaluation_id  bigint      not null references external_evaluation (id) on delete cascade,
    campus_id      bigint      not null references campus (id) on delete cascade,
    reference_code text        not null,
    text           text        not null,
    owner_name     text        not null,
    due_on         date        not null,
    created_at     timestamptz not null,
    created_by     text        not null
);
comment on table evaluation_recommendation is 'A gap between the self and the external evaluation turned into a recommendation; the action plan gets an action from it (steering, by an event).';
create index evaluation_recommendation_evaluation_idx on evaluation_recommendation (evaluation_id, id);
