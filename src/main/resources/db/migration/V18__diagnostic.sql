-- The shared socio-economic diagnostic of a campus, from which its strategy starts: one per campus, dated, with its
-- sources and the document that carries it.

create table campus_diagnostic (
    campus_id   bigint      primary key references campus (id) on delete cascade,
    summary     text        not null,
    dated_on    date        not null,
    sources     text,
    document_id bigint      references document (id) on delete set null,
    version     bigint      not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text
);
create index campus_diagnostic_document_idx on campus_diagnostic (document_id);
