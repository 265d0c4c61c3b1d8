-- Verification workflow (issue 5, item 4) and the log records it writes (item 3). Decisions 057-061.

-- A verification body's public profile: accreditation, scope, standards and assurance levels offered.
create table verifier_profile (
    organisation_id    uuid        primary key references organisation (id),
    accreditation_body text        not null,
    accreditation_id   text        not null,
    sectors            text[]      not null,
    hs_chapters        text[]      not null,
    standards          text[]      not null,
    assurance_levels   text[]      not null,
    version            int         not null default 0,
    updated_at         timestamptz not null default now()
);

-- The verification body's Ed25519 signed-note key, created on first use. The signer key is secret
-- (as ledger_key's); the verifier key is public.
create table verifier_key (
    organisation_id uuid        primary key references organisation (id),
    key_name        text        not null unique,
    signer_key      text        not null,
    verifier_key    text        not null,
    created_at      timestamptz not null default now()
);

-- An exporter's request that a verifier verify one of its published footprints.
create table verification_request (
    id              uuid        primary key,
    exporter_id     uuid        not null references organisation (id),
    verifier_id     uuid        not null references organisation (id),
    footprint_id    uuid        not null references published_footprint (id),
    standard        text        not null,
    assurance_level text        not null check (assurance_level in ('limited', 'reasonable')),
    message         text,
    status          text        not null check (status in ('REQUESTED', 'ACCEPTED', 'DECLINED', 'IN_REVIEW', 'ISSUED', 'WITHDRAWN')),
    status_reason   text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    check (exporter_id <> verifier_id)
);
create index verification_request_exporter on verification_request (exporter_id, created_at desc);
create index verification_request_verifier on verification_request (verifier_id, created_at desc);
create index verification_request_footprint on verification_request (footprint_id);

-- The footprints a request pointed at, in order: the first one and each revision by the exporter.
create table verification_revision (
    request_id   uuid        not null references verification_request (id),
    footprint_id uuid        not null references published_footprint (id),
    revised_at   timestamptz not null,
    primary key (request_id, footprint_id)
);

create table verification_finding (
    id           uuid        primary key,
    request_id   uuid        not null references verification_request (id),
    number       int         not null check (number > 0),
    severity     text        not null check (severity in ('MAJOR', 'MINOR', 'OBSERVATION')),
    text         text        not null,
    footprint_id uuid        not null references published_footprint (id),
    status       text        not null check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    raised_by    text        not null,
    raised_at    timestamptz not null,
    answer       text,
    answered_by  text,
    answered_at  timestamptz,
    closed_by    text,
    closed_at    timestamptz,
    unique (request_id, number)
);

-- An issued statement: its canonical JSON and the C2SP signed note of it by the verifier's key.
create table verification_statement (
    id              uuid        primary key,
    request_id      uuid        not null unique references verification_request (id),
    footprint_id    uuid        not null references published_footprint (id),
    exporter_id     uuid        not null references organisation (id),
    verifier_id     uuid        not null references organisation (id),
    standard        text        not null,
    assurance_level text        not null,
    opinion         text        not null check (opinion in ('unmodified', 'modified', 'adverse')),
    statement       text        not null,
    signed_note     text        not null,
    issued_by       text        not null,
    issued_at       timestamptz not null
);
create index verification_statement_footprint on verification_statement (footprint_id, issued_at desc);

create table verification_certificate (
    id                uuid        primary key,
    statement_id      uuid        not null references verification_statement (id),
    kind              text        not null check (kind in ('carbon-footprint-label', 'carbon-neutral')),
    valid_from        date        not null,
    valid_until       date        not null,
    certificate       text        not null,
    signed_note       text        not null,
    issued_by         text        not null,
    issued_at         timestamptz not null,
    revoked_at        timestamptz,
    revoked_by        text,
    revocation_reason text,
    check (valid_until >= valid_from),
    check ((revoked_at is null) = (revocation_reason is null))
);
create index verification_certificate_statement on verification_certificate (statement_id);

-- Evidence of a carbon-neutral certificate, one row per retirement or certificate reference; a
-- reference backs at most one unrevoked certificate (no double counting, decision 060).
create table verification_evidence (
    certificate_id uuid    not null references verification_certificate (id),
    kind           text    not null check (kind in ('offset-retirement', 'green-electricity-certificate')),
    registry       text    not null,
    reference      text    not null,
    tonnes_co2e    numeric not null check (tonnes_co2e > 0),
    primary key (kind, registry, reference, certificate_id)
);

-- Records to append to the transparency log, written in the transaction that takes the decision and
-- stamped with their log index once appended (decision 058). subject_id is the statement,
-- certificate or communication the record is about.
create table verification_log_outbox (
    id              uuid        primary key,
    organisation_id uuid        not null references organisation (id),
    record_type     text        not null,
    subject_id      uuid        not null,
    summary         text        not null,
    record          text        not null,
    record_sha256   text        not null,
    created_at      timestamptz not null default now(),
    log_index       bigint,
    logged_at       timestamptz,
    attempts        int         not null default 0,
    last_error      text,
    unique (record_type, subject_id)
);
create index verification_log_outbox_pending on verification_log_outbox (created_at) where log_index is null;
create unique index verification_log_outbox_communication on verification_log_outbox (organisation_id, record_sha256)
    where record_type = 'cbam.emissions-communication';
