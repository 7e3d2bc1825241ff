-- An action's expected results are tied to indicators the campus follows: the tableau de bord shows which actions
-- should move each of them.

create table campus_action_indicator (
    action_id bigint not null references campus_action (id) on delete cascade,
    code      text   not null references indicator (code) on delete cascade,
    primary key (action_id, code)
);
create index campus_action_indicator_code_idx on campus_action_indicator (code);
