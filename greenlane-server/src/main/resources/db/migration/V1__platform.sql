-- Platform foundation: tenants (organisations), their users and API clients.

create table organisation (
    id          uuid primary key,
    name        text        not null check (length(name) between 1 and 200),
    kind        text        not null check (kind in ('ENTERPRISE', 'VERIFICATION_BODY', 'CUSTOMS_AUTHORITY', 'ANALYSIS', 'OPERATOR')),
    country     char(2)     check (country ~ '^[A-Z]{2}$'),
    created_at  timestamptz not null default now()
);

create table app_user (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    email           text        not null unique check (email = lower(email)),
    display_name    text        not null,
    password_hash   text        not null,
    roles           text[]      not null check (cardinality(roles) > 0
                                    and roles <@ array['EXPORTER', 'VERIFIER', 'CUSTOMS_OFFICER', 'ANALYST', 'ADMIN']),
    enabled         boolean     not null default true,
    created_at      timestamptz not null default now()
);
create index app_user_organisation on app_user (organisation_id);

-- Which organisation an OAuth2 client acts for, and with which roles.
create table api_client (
    client_id       text primary key,
    organisation_id uuid        not null references organisation (id),
    name            text        not null,
    roles           text[]      not null check (roles <@ array['EXPORTER', 'VERIFIER', 'CUSTOMS_OFFICER', 'ANALYST', 'ADMIN']),
    created_at      timestamptz not null default now()
);
create index api_client_organisation on api_client (organisation_id);

-- Spring Authorization Server's registered-client table (oauth2-registered-client-schema.sql, 1.x).
create table oauth2_registered_client (
    id                            varchar(100)  not null primary key,
    client_id                     varchar(100)  not null unique,
    client_id_issued_at           timestamp     default current_timestamp not null,
    client_secret                 varchar(200)  default null,
    client_secret_expires_at      timestamp     default null,
    client_name                   varchar(200)  not null,
    client_authentication_methods varchar(1000) not null,
    authorization_grant_types     varchar(1000) not null,
    redirect_uris                 varchar(1000) default null,
    post_logout_redirect_uris     varchar(1000) default null,
    scopes                        varchar(1000) not null,
    client_settings               varchar(2000) not null,
    token_settings                varchar(2000) not null
);

-- Keys that sign access tokens; kept in the database so tokens survive restarts and work across nodes.
create table token_signing_key (
    key_id      text primary key,
    algorithm   text        not null,
    public_key  bytea       not null,
    private_key bytea       not null,
    created_at  timestamptz not null default now()
);
