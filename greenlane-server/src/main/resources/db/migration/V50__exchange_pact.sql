-- PACT v3 exchange (docs/decisions/050-056). Hosting: the footprints this platform publishes for
-- its organisations, with the fields ListFootprints filters on extracted (lower-cased, since PACT
-- filters ignore case). One row per footprint id; a status change replaces the document.
create table pact_footprint (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    -- Listing order and pagination key: assigned once, so a status change does not move a footprint.
    position        bigint      generated always as identity unique,
    document        text        not null,
    spec_version    text        not null,
    status          text        not null check (status in ('Active', 'Deprecated')),
    created         timestamptz not null,
    valid_from      timestamptz not null,
    valid_until     timestamptz not null,
    product_name    text        not null,
    product_ids     text[]      not null,
    company_ids     text[]      not null,
    geographies     text[]      not null,
    classifications text[]      not null,
    preceding_ids   uuid[]      not null default '{}',
    published_at    timestamptz not null
);
create index pact_footprint_listing on pact_footprint (organisation_id, position);

-- Partners of an organisation: the API client it issued to them (they call our /3 endpoints with
-- it) and, optionally, their own PACT host with the credentials they issued to us.
create table pact_partner (
    id                 uuid primary key,
    organisation_id    uuid        not null references organisation (id),
    name               text        not null check (length(name) between 1 and 200),
    client_id          text        unique references api_client (client_id) on delete set null,
    share_all          boolean     not null default false,
    host_url           text        check (host_url ~ '^https://'),
    host_token_url     text        check (host_token_url ~ '^https://'),
    host_client_id     text,
    -- AES-256-GCM: version byte, nonce, ciphertext and tag; the key is never in the database.
    host_client_secret bytea,
    host_certificate   text,
    notify_published   boolean     not null default true,
    created_at         timestamptz not null default now(),
    unique (organisation_id, name),
    check ((host_url is null) = (host_client_id is null) and (host_url is null) = (host_client_secret is null))
);
create index pact_partner_organisation on pact_partner (organisation_id, name);

-- Which footprints a partner may see, besides partners that see all of their organisation's.
create table pact_share (
    partner_id   uuid not null references pact_partner (id) on delete cascade,
    footprint_id uuid not null references pact_footprint (id) on delete cascade,
    primary key (partner_id, footprint_id)
);
create index pact_share_footprint on pact_share (footprint_id);

-- RequestCreated events partners sent us: answered when footprints match, now or when published.
create table pact_request_received (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    partner_id      uuid        not null references pact_partner (id) on delete cascade,
    event_id        text        not null,
    source          text        not null,
    criteria        text        not null,
    comment         text,
    -- The requester's CloudEvents source, answered there when the partner has no registered host.
    reply_to        text        check (reply_to ~ '^https://'),
    status          text        not null check (status in ('OPEN', 'FULFILLED', 'REJECTED')),
    reason          text,
    received_at     timestamptz not null default now(),
    answered_at     timestamptz
);
create index pact_request_received_open on pact_request_received (organisation_id, status);

-- RequestCreated events we sent to partners, and what came back.
create table pact_request_sent (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    partner_id      uuid        not null references pact_partner (id) on delete cascade,
    criteria        text        not null,
    comment         text,
    status          text        not null check (status in ('SENT', 'FULFILLED', 'REJECTED')),
    footprints      integer     not null default 0,
    error_code      text,
    error_message   text,
    created_at      timestamptz not null default now(),
    answered_at     timestamptz
);
create index pact_request_sent_organisation on pact_request_sent (organisation_id, created_at);

-- Every event partners sent us, once per (source, id) as CloudEvents defines it: repeats are not
-- redone. A PublishedEvent stays PENDING until the footprints it names are pulled from the partner.
create table pact_event_in (
    organisation_id uuid        not null references organisation (id),
    source          text        not null,
    event_id        text        not null,
    partner_id      uuid        references pact_partner (id) on delete set null,
    type            text        not null,
    status          text        not null check (status in ('DONE', 'PENDING', 'FAILED')),
    detail          text,
    footprint_ids   uuid[]      not null default '{}',
    attempts        integer     not null default 0,
    next_attempt_at timestamptz,
    received_at     timestamptz not null default now(),
    primary key (organisation_id, source, event_id)
);
create index pact_event_in_received on pact_event_in (organisation_id, received_at);
create index pact_event_in_due on pact_event_in (next_attempt_at) where status = 'PENDING';

-- Outbox of events to partners, delivered by a job with retries and exponential backoff.
create table pact_event_out (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    partner_id      uuid        references pact_partner (id) on delete cascade,
    type            text        not null,
    body            text        not null,
    -- Where to deliver when the partner has no registered host: the requester's CloudEvents source.
    target_url      text        check (target_url ~ '^https://'),
    status          text        not null check (status in ('PENDING', 'SENT', 'FAILED', 'ABANDONED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create index pact_event_out_due on pact_event_out (next_attempt_at) where status = 'PENDING';
create index pact_event_out_organisation on pact_event_out (organisation_id, created_at);

-- Footprints received from partners, as supplier emission factors for our own footprints.
create table pact_supplier_footprint (
    organisation_id    uuid        not null references organisation (id),
    partner_id         uuid        not null references pact_partner (id) on delete cascade,
    footprint_id       uuid        not null,
    document           text        not null,
    spec_version       text        not null,
    status             text        not null,
    product_name       text        not null,
    product_ids        text[]      not null,
    company_name       text        not null,
    retrieved_at       timestamptz not null,
    received_via       text        not null check (received_via in ('PULL', 'REQUEST', 'PUBLISHED_EVENT')),
    primary key (organisation_id, partner_id, footprint_id)
);
create index pact_supplier_footprint_organisation on pact_supplier_footprint (organisation_id, product_name);
