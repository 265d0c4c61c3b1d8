-- Transparency log (issue 5): entries, RFC 6962 node hashes, the signed state, the signing key.
-- See docs/decisions/020 (hash storage) and 025 (server log).

-- The log's identity: its origin line and the Ed25519 signed-note key that signs its checkpoints.
-- One row; the secret key is as sensitive as the token signing key next to it.
create table ledger_key (
    id           boolean     primary key default true check (id),
    origin       text        not null,
    signer_key   text        not null,
    verifier_key text        not null,
    created_at   timestamptz not null default now()
);

-- Entry idx of the log: the canonical JSON that was hashed as the leaf, and the private record whose
-- SHA-256 it carries. Only the owning organisation may read the record.
create table ledger_entry (
    idx             bigint      primary key check (idx >= 0),
    organisation_id uuid        not null references organisation (id),
    record_type     text        not null,
    entry           bytea       not null check (length(entry) <= 65535),
    record          text        not null,
    logged_at       timestamptz not null
);
create index ledger_entry_organisation on ledger_entry (organisation_id, idx);

-- Hash of every complete subtree, keyed by its dense storage index (NodeId.storageIndex).
create table ledger_hash (
    position bigint primary key check (position >= 0),
    hash     bytea  not null check (length(hash) = 32)
);

-- The committed tree: its size, root and signed checkpoint. One row, locked by each integration.
create table ledger_state (
    id         boolean     primary key default true check (id),
    tree_size  bigint      not null check (tree_size >= 0),
    root       bytea       not null check (length(root) = 32),
    checkpoint text        not null,
    updated_at timestamptz not null default now()
);
