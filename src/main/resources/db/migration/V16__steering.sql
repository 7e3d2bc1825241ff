-- Steering a campus: its strategic objectives, the action plan that declines them, and each year's budget with the
-- members' contributions. Amounts are euros with cents, never floating point.

create table strategic_objective (
    id          bigint generated always as identity primary key,
    campus_id   bigint      not null references campus (id) on delete cascade,
    title       text        not null,
    description text,
    finalites   text[]      not null default '{}',
    first_year  int,
    last_year   int,
    created_at  timestamptz not null default now(),
    constraint strategic_objective_period_ck check (first_year is null or last_year is null or first_year <= last_year)
);
comment on column strategic_objective.finalites is 'The finalités of the texts this objective serves (campus Finalite names).';
create index strategic_objective_campus_idx on strategic_objective (campus_id, id);

create table campus_action (
    id               bigint generated always as identity primary key,
    campus_id        bigint        not null references campus (id) on delete cascade,
    objective_id     bigint        references strategic_objective (id) on delete set null,
    title            text          not null,
    description      text,
    pilot_name       text          not null,
    pilot_member_id  bigint        references campus_member (id) on delete set null,
    starts_on        date          not null,
    ends_on          date          not null,
    status           text          not null default 'PREVUE',
    abandon_reason   text,
    budget           numeric(14, 2),
    expected_results text,
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    updated_by       text,
    constraint campus_action_status_ck check (status in ('PREVUE', 'EN_COURS', 'TERMINEE', 'ABANDONNEE')),
    constraint campus_action_dates_ck check (starts_on <= ends_on),
    constraint campus_action_abandon_ck check ((status = 'ABANDONNEE') = (abandon_reason is not null)),
    constraint campus_action_budget_ck check (budget is null or budget >= 0)
);
comment on column campus_action.abandon_reason is 'Why it was abandoned: required exactly when the status is ABANDONNEE.';
create index campus_action_campus_idx on campus_action (campus_id, starts_on, id);
create index campus_action_status_idx on campus_action (campus_id, status, ends_on);
create index campus_action_objective_idx on campus_action (objective_id);
create index campus_action_pilot_idx on campus_action (pilot_member_id);

create table campus_action_member (
    action_id bigint not null references campus_action (id) on delete cascade,
    member_id bigint not null references campus_member (id) on delete cascade,
    primary key (action_id, member_id)
);
create index campus_action_member_member_idx on campus_action_member (member_id);

create table action_note (
    id         bigint generated always as identity primary key,
    action_id  bigint      not null references campus_action (id) on delete cascade,
    noted_on   date        not null,
    text       text        not null,
    author     text        not null,
    created_at timestamptz not null default now()
);
create index action_note_action_idx on action_note (action_id, noted_on desc, id desc);

create table campus_budget (
    id           bigint generated always as identity primary key,
    campus_id    bigint      not null references campus (id) on delete cascade,
    year         int         not null,
    status       text        not null default 'BROUILLON',
    submitted_at timestamptz,
    submitted_by text,
    validated_at timestamptz,
    validated_by text,
    version      bigint      not null default 0,
    updated_at   timestamptz not null default now(),
    updated_by   text,
    constraint campus_budget_year_ck check (year between 2000 and 2100),
    constraint campus_budget_status_ck check (status in ('BROUILLON', 'SOUMIS', 'VALIDE')),
    constraint campus_budget_year_uq unique (campus_id, year)
);

-- A line is a resource (a funding source) or a spending (on an action of the plan, or general).
create table budget_line (
    id         bigint generated always as identity primary key,
    budget_id  bigint         not null references campus_budget (id) on delete cascade,
    direction  text           not null,
    source     text,
    action_id  bigint         references campus_action (id) on delete set null,
    label      text           not null,
    planned    numeric(14, 2) not null,
    actual     numeric(14, 2),
    constraint budget_line_direction_ck check (direction in ('RESSOURCE', 'DEPENSE')),
    constraint budget_line_source_ck check ((direction = 'RESSOURCE') = (source is not null) and source in (
        'REGION', 'ETAT', 'FRANCE_2030', 'ERASMUS_PLUS', 'ENTREPRISES', 'TAXE_APPRENTISSAGE', 'FONDS_PROPRES_MEMBRES',
        'AUTRES')),
    constraint budget_line_amounts_ck check (planned >= 0 and (actual is null or actual >= 0))
);
create index budget_line_budget_idx on budget_line (budget_id, direction, id);
create index budget_line_action_idx on budget_line (action_id);

-- Each amendment of a validated budget: it goes back to draft, for a reason, and must be signed off again.
create table budget_amendment (
    id        bigint generated always as identity primary key,
    budget_id bigint      not null references campus_budget (id) on delete cascade,
    reason    text        not null,
    opened_by text        not null,
    opened_at timestamptz not null default now()
);
create index budget_amendment_budget_idx on budget_amendment (budget_id, opened_at);

create table contribution (
    id          bigint generated always as identity primary key,
    campus_id   bigint         not null references campus (id) on delete cascade,
    year        int            not null,
    member_id   bigint         not null references campus_member (id) on delete cascade,
    kind        text           not null,
    amount      numeric(14, 2) not null,
    hours       numeric(8, 1),
    description text,
    planned     boolean        not null default false,
    declared_by text           not null,
    declared_at timestamptz    not null default now(),
    constraint contribution_kind_ck check (kind in ('FINANCIERE', 'MATERIELLE', 'HUMAINE')),
    constraint contribution_amount_ck check (amount > 0),
    constraint contribution_hours_ck check (hours is null or (kind = 'HUMAINE' and hours > 0)),
    constraint contribution_year_ck check (year between 2000 and 2100)
);
comment on column contribution.planned is 'Promised in the budget (true) or made (false): only a made one counts a member as contributing.';
create index contribution_campus_year_idx on contribution (campus_id, year, member_id);
create index contribution_member_idx on contribution (member_id);
