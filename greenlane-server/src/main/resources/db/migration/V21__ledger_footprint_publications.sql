-- Footprint publications waiting for, or stamped with, their transparency-log entry (docs/decisions/062).
-- A row is written in the transaction that publishes the footprint, so it exists exactly when the
-- publication committed; a worker appends it to the log and stamps the entry's index.
create table ledger_footprint_publication (
    id              uuid        primary key,
    organisation_id uuid        not null references organisation (id),
    footprint_id    uuid        not null,
    published_at    timestamptz not null,
    summary         text        not null,
    record          text        not null,
    created_at      timestamptz not null default now(),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    log_index       bigint      unique,
    logged_at       timestamptz
);
create index ledger_footprint_publication_due on ledger_footprint_publication (next_attempt_at) where log_index is null;
create index ledger_footprint_publication_footprint on ledger_footprint_publication (footprint_id, published_at);
