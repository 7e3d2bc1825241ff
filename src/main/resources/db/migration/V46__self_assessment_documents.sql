-- The documents a campus's team gives as evidence of a référence of its self-evaluation, kept in the document store,
-- besides the platform's facts it ticks.
create table self_assessment_document (
    assessment_id  bigint      not null references self_assessment (id) on delete cascade,
    reference_code text        not null,
    document_id    bigint      not null references document (id),
    attached_at    timestamptz not null,
    attached_by    text        not null,
    primary key (assessment_id, reference_code, document_id)
);
create index self_assessment_document_document_idx on self_assessment_document (document_id);
