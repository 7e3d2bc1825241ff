-- An expert's report ends with its overall verdict, the reasons being the report itself.
alter table expert_assignment add column verdict text
    constraint expert_assignment_verdict_ck check (verdict in ('FAVORABLE', 'RESERVE', 'DEFAVORABLE'));
