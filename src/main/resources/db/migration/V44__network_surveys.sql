-- The network's questionnaires: for a self-evaluation, the team opens a short questionnaire on one domain to one group
-- (campus team, members' staff, teachers and trainers, learners, companies and partners), reached by a link that
-- needs no account. Answers keep no personal data: a position per référence and the day; a browser session answers
-- once (a one-way digest of the session, kept only to refuse a second answer).

create table network_survey (
    id            bigint generated always as identity primary key,
    assessment_id bigint      not null references self_assessment (id) on delete cascade,
    campus_id     bigint      not null references campus (id) on delete cascade,
    audience      text        not null,
    domain        smallint    not null,
    token         text        not null unique,
    opened_at     timestamptz not null,
    opened_by     text        not null,
    closed_at     timestamptz,
    constraint network_survey_audience_ck check (audience in ('EQUIPE', 'PERSONNELS', 'ENSEIGNANTS', 'APPRENANTS',
        'ENTREPRISES')),
    constraint network_survey_one_uq unique (assessment_id, audience, domain)
);
comment on column network_survey.token is 'The secret part of the questionnaire''s link: whoever has the link answers, anonymously.';

create table network_survey_response (
    survey_id     bigint      not null references network_survey (id) on delete cascade,
    respondent    text        not null,
    answered_at   timestamptz not null,
    primary key (survey_id, respondent)
);
comment on column network_survey_response.respondent is 'A one-way digest of the browser session that answered, to refuse a second answer; not a person.';
create index network_survey_response_recent_idx on network_survey_response (survey_id, answered_at);

create table network_survey_answer (
    survey_id      bigint   not null references network_survey (id) on delete cascade,
    reference_code text     not null,
    position       smallint not null,
    answered_on    date     not null,
    constraint network_survey_answer_position_ck check (position between 1 and 4)
);
comment on table network_survey_answer is 'One position per référence and answer, with no link to the response it came from: anonymous.';
create index network_survey_answer_survey_idx on network_survey_answer (survey_id, reference_code);
