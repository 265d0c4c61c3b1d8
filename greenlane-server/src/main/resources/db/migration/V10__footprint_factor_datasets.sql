-- Emission-factor datasets (decision 017): immutable once stored, identified by key@version.
-- organisation_id null: platform-wide reference data (built-in set, `./greenlane import`);
-- otherwise an organisation's own factors (e.g. supplier-specific), visible to it alone.
create table factor_dataset (
    id              uuid primary key,
    organisation_id uuid          references organisation (id),
    dataset_key     text          not null check (dataset_key ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
    version         text          not null check (length(version) between 1 and 64),
    name            text          not null check (length(name) between 1 and 300),
    publisher       text          not null,
    licence         text          not null,
    source_file     text,
    factor_count    integer       not null check (factor_count >= 0),
    notes           text[]        not null default '{}',
    built_in        boolean       not null default false,
    imported_at     timestamptz   not null default now()
);
create unique index factor_dataset_platform_version on factor_dataset (dataset_key, version)
    where organisation_id is null;
create unique index factor_dataset_own_version on factor_dataset (organisation_id, dataset_key, version)
    where organisation_id is not null;

-- One factor: kg of each gas (or pre-characterised CO2e) per unit of an activity in a region.
create table emission_factor (
    dataset_id        uuid             not null references factor_dataset (id) on delete cascade,
    position          integer          not null,
    activity          text             not null,
    name              text             not null,
    region            text             not null,
    unit              text             not null,
    gases             jsonb            not null,
    co2e_basis        text,
    source            text             not null,
    publisher         text             not null,
    year              integer          not null,
    licence           text             not null,
    uncertainty       jsonb,
    dqr_technological double precision not null check (dqr_technological between 1 and 5),
    dqr_geographical  double precision not null check (dqr_geographical between 1 and 5),
    dqr_temporal      double precision not null check (dqr_temporal between 1 and 5),
    primary key (dataset_id, position)
);
create index emission_factor_activity on emission_factor (activity, region);
