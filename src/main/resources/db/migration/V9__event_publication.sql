-- The publication registry of the events that modules send one another (Spring Modulith, JDBC, schema v2).
-- A publication is written in the transaction that publishes the event, one row per listener, and deleted once its
-- listener has run (spring.modulith.events.completion-mode=delete): what is left are the events a listener failed
-- on, resubmitted at the next start.
create table event_publication (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
