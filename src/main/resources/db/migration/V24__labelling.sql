-- The label lifecycle: the criteria grids of the cahier des charges, the campaigns (appels à projets), the dossiers a
-- campus answers and that move from the DO to the chef d'établissement support, the two co-signatures, the avis of
-- the CAEN and of the CREFOP, the experts' reviews and the arrêté that decides.

create table criteria_grid (
    id           bigint generated always as identity primary key,
    version      text        not null,
    title        text        not null,
    loaded_at    timestamptz not null default now(),
    loaded_by    text        not null,
    constraint criteria_grid_version_uk unique (version)
);
comment on table criteria_grid is 'A version of the cahier des charges; a dossier keeps the version it was opened with.';

create table grid_criterion (
    grid_id     bigint not null references criteria_grid (id) on delete cascade,
    code        text   not null,
    position    int    not null,
    title       text   not null,
    guidance    text,
    excellence  text,
    attachments text,
    primary key (grid_id, code),
    constraint grid_criterion_code_ck check (code ~ '^[A-Z0-9_]{1,20}$')
);
comment on column grid_criterion.excellence is 'The complementary element the catégorie Excellence requires for this criterion.';

create table campaign (
    id               bigint generated always as identity primary key,
    title            text        not null,
    kinds            text[]      not null,
    grid_id          bigint      not null references criteria_grid (id),
    opens_on         date        not null,
    deposit_deadline date        not null,
    avis_deadline    date        not null,
    review_deadline  date        not null,
    decision_date    date        not null,
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    constraint campaign_kinds_ck check (cardinality(kinds) > 0
        and kinds <@ array['CREATION', 'RENOUVELLEMENT', 'EXCELLENCE']::text[]),
    constraint campaign_calendar_ck check (opens_on < deposit_deadline and deposit_deadline <= avis_deadline
        and avis_deadline <= review_deadline and review_deadline <= decision_date)
);
create index campaign_opens_idx on campaign (opens_on desc, id desc);

create table dossier (
    id                   bigint generated always as identity primary key,
    campaign_id          bigint      not null references campaign (id),
    campus_id            bigint      not null references campus (id) on delete cascade,
    kind                 text        not null,
    state                text        not null default 'BROUILLON',
    deadline_extended_to date,
    signed_by            text,
    signed_at            timestamptz,
    academie_cosigned_by text,
    academie_cosigned_at timestamptz,
    region_cosigned_by   text,
    region_cosigned_at   timestamptz,
    sent_back_reason     text,
    withdrawn_reason     text,
    granted              boolean,
    category             text,
    duration_years       int,
    label_start          date,
    decided_on           date,
    nor                  text,
    ministries           text,
    previous_label_end   date,
    version              bigint      not null default 0,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    updated_by           text,
    constraint dossier_campus_campaign_uk unique (campaign_id, campus_id),
    constraint dossier_kind_ck check (kind in ('CREATION', 'RENOUVELLEMENT', 'EXCELLENCE')),
    constraint dossier_state_ck check (state in ('BROUILLON', 'DEPOSE', 'COSIGNE', 'AVIS_RECUEILLIS', 'EN_EXPERTISE',
        'DECIDE', 'RENVOYE', 'RETIRE')),
    constraint dossier_decision_ck check ((state = 'DECIDE') = (granted is not null)),
    constraint dossier_duration_ck check (duration_years is null or duration_years between 1 and 5),
    constraint dossier_category_ck check (category is null or category in ('CMQ', 'EXCELLENCE'))
);
comment on column dossier.previous_label_end is 'For a renewal: the end of the label it renews.';
create index dossier_campus_idx on dossier (campus_id, id desc);
create index dossier_campaign_state_idx on dossier (campaign_id, state);

create table dossier_answer (
    dossier_id     bigint      not null references dossier (id) on delete cascade,
    criterion_code text        not null,
    text           text,
    facts          text[]      not null default '{}',
    updated_at     timestamptz not null default now(),
    updated_by     text        not null,
    primary key (dossier_id, criterion_code),
    constraint dossier_answer_facts_ck check (facts <@ array['RESEAU', 'GOUVERNANCE', 'PLAN', 'INDICATEURS', 'BUDGET',
        'AUTOEVALUATION']::text[])
);
comment on column dossier_answer.facts is 'The platform''s own facts the answer points at, read live rather than typed twice.';

create table dossier_attachment (
    dossier_id     bigint not null references dossier (id) on delete cascade,
    criterion_code text   not null,
    document_id    bigint not null references document (id),
    primary key (dossier_id, criterion_code, document_id)
);

create table dossier_opinion (
    dossier_id  bigint      not null references dossier (id) on delete cascade,
    body        text        not null,
    verdict     text        not null,
    given_on    date        not null,
    text        text,
    document_id bigint      references document (id),
    recorded_by text        not null,
    recorded_at timestamptz not null default now(),
    primary key (dossier_id, body),
    constraint dossier_opinion_body_ck check (body in ('CAEN', 'CREFOP')),
    constraint dossier_opinion_verdict_ck check (verdict in ('FAVORABLE', 'RESERVE', 'DEFAVORABLE'))
);
comment on table dossier_opinion is 'The avis of the CAEN and of the CREFOP, recorded by the pilots of the territory.';

create table dossier_step (
    id         bigint generated always as identity primary key,
    dossier_id bigint      not null references dossier (id) on delete cascade,
    name       text        not null,
    from_state text        not null,
    to_state   text        not null,
    actor      text        not null,
    reason     text,
    at         timestamptz not null default now()
);
comment on table dossier_step is 'Every transition of a dossier, for its timeline: who, when, from where to where, why.';
create index dossier_step_dossier_idx on dossier_step (dossier_id, at, id);

create table expert (
    id         bigint generated always as identity primary key,
    email      text        not null,
    name       text        not null,
    college    text        not null,
    active     boolean     not null default true,
    created_at timestamptz not null default now(),
    constraint expert_college_ck check (college in ('ACTEURS_ECONOMIQUES', 'ETAT_COLLECTIVITES'))
);
create unique index expert_email_uk on expert (lower(email));
comment on column expert.college is 'Economic actors, or State and local authorities: a dossier''s group should hold both equally.';

create table expert_assignment (
    dossier_id             bigint      not null references dossier (id) on delete cascade,
    expert_id              bigint      not null references expert (id),
    assigned_at            timestamptz not null default now(),
    assigned_by            text        not null,
    no_conflict_declared_at timestamptz,
    report                 text,
    submitted_at           timestamptz,
    last_reminded_at       timestamptz,
    primary key (dossier_id, expert_id),
    constraint expert_assignment_report_ck check (submitted_at is null or (report is not null
        and no_conflict_declared_at is not null))
);
create index expert_assignment_expert_idx on expert_assignment (expert_id);

create table expert_score (
    dossier_id     bigint not null,
    expert_id      bigint not null,
    criterion_code text   not null,
    score          int    not null,
    comment        text,
    primary key (dossier_id, expert_id, criterion_code),
    foreign key (dossier_id, expert_id) references expert_assignment (dossier_id, expert_id) on delete cascade,
    constraint expert_score_scale_ck check (score between 1 and 4)
);
comment on column expert_score.score is '1 non satisfait, 2 partiellement, 3 satisfait, 4 au-delà des attendus.';

create table dossier_notification (
    id         bigint generated always as identity primary key,
    dossier_id bigint      not null references dossier (id) on delete cascade,
    recipient  text        not null,
    subject    text        not null,
    sent_at    timestamptz not null default now()
);
create index dossier_notification_dossier_idx on dossier_notification (dossier_id, sent_at);

create table label_reminder (
    campus_id bigint      not null references campus (id) on delete cascade,
    label_end date        not null,
    months    int         not null,
    sent_at   timestamptz not null default now(),
    primary key (campus_id, label_end, months)
);
comment on table label_reminder is 'Reminders sent before a label ends (12, 6, 3 months): the key makes each one once.';

create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
comment on table shedlock is 'Scheduled jobs run once across instances (ShedLock).';
