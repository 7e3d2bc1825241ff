-- What a person signed: a binding act (a dossier deposited or co-signed, a budget validated), with who signed, as what,
-- when, the version signed and a summary of it as it was. A signature stays in the book when the thing signed is sent
-- back or amended: it is then void, with the date and the reason.
create table signature (
    id              bigint generated always as identity primary key,
    act             text        not null,
    subject_type    text        not null,
    subject_id      bigint      not null,
    campus_id       bigint      not null,
    subject_version bigint      not null,
    summary         text        not null,
    signer_email    text        not null,
    signer_name     text        not null,
    signed_at       timestamptz not null,
    voided_at       timestamptz,
    voided_reason   text
);
create index signature_subject_idx on signature (subject_type, campus_id, subject_id, signed_at);
create index signature_signer_idx on signature (lower(signer_email), signed_at desc);
