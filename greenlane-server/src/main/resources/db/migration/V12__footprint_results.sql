-- Green-electricity certificates and power purchase agreements an organisation holds (decision 016).
create table electricity_certificate (
    id                uuid primary key,
    organisation_id   uuid             not null references organisation (id),
    certificate_id    text             not null check (length(certificate_id) between 1 and 100),
    instrument        text             not null check (instrument in ('POWER_PURCHASE_AGREEMENT',
                                                                      'GREEN_ELECTRICITY_CERTIFICATE')),
    market            char(2)          not null check (market ~ '^[A-Z]{2}$'),
    vintage           integer          not null check (vintage between 1990 and 2100),
    mwh               double precision not null check (mwh > 0),
    kg_co2e_per_mwh   double precision not null check (kg_co2e_per_mwh >= 0),
    description       text             not null default '',
    created_at        timestamptz      not null default now(),
    unique (organisation_id, certificate_id)
);

-- MWh of a certificate claimed by a product system's footprint (the claim is the product system's id):
-- the ledger that keeps every MWh from being counted twice.
create table certificate_allocation (
    certificate_id    uuid             not null references electricity_certificate (id),
    claim             uuid             not null,
    mwh               double precision not null check (mwh > 0),
    primary key (certificate_id, claim)
);

-- A calculated footprint, with everything needed to recalculate it: the product system as calculated, the factor
-- datasets in precedence order, the certificates as claimed, the engine version.
create table footprint_result (
    id                    uuid primary key,
    organisation_id       uuid             not null references organisation (id),
    product_system_id     uuid             references product_system (id) on delete set null,
    product_id            uuid             not null references product (id),
    system_version        integer          not null,
    calculated_at         timestamptz      not null default now(),
    calculated_by         text             not null,
    model_version         text             not null,
    gwp_set               text             not null,
    library               uuid[]           not null,
    factor_datasets       text[]           not null,
    total_kg_co2e         double precision not null,
    market_total_kg_co2e  double precision not null,
    snapshot              jsonb            not null,
    report                jsonb            not null
);
create index footprint_result_organisation on footprint_result (organisation_id, product_id, calculated_at desc);

create table footprint_monte_carlo (
    result_id             uuid             not null references footprint_result (id) on delete cascade,
    iterations            integer          not null check (iterations between 2 and 100000),
    seed                  bigint           not null,
    mean_kg_co2e          double precision not null,
    p2_5_kg_co2e          double precision not null,
    p97_5_kg_co2e         double precision not null,
    deterministic_kg_co2e double precision not null,
    run_at                timestamptz      not null default now(),
    primary key (result_id, iterations, seed)
);

-- A footprint published for exchange (PACT v3 ProductFootprint): immutable except its status; a newer footprint
-- of the same product deprecates the older one and lists it in preceding_pf_ids.
create table published_footprint (
    id                     uuid primary key,
    organisation_id        uuid          not null references organisation (id),
    product_id             uuid          not null references product (id),
    result_id              uuid          not null references footprint_result (id),
    status                 text          not null check (status in ('Active', 'Deprecated')),
    preceding_pf_ids       uuid[]        not null default '{}',
    created_at             timestamptz   not null,
    status_changed_at      timestamptz,
    product_ids            text[]        not null,
    product_classifications text[]       not null default '{}',
    geography_country      text          check (geography_country ~ '^[A-Z]{2}$'),
    geography_subdivision  text          check (geography_subdivision ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$'),
    geography_region       text,
    validity_period_start  timestamptz,
    validity_period_end    timestamptz,
    reference_period_start timestamptz   not null,
    reference_period_end   timestamptz   not null,
    document               jsonb         not null,
    check (num_nonnulls(geography_country, geography_subdivision, geography_region) <= 1),
    check (reference_period_start < reference_period_end),
    check (validity_period_end is null or validity_period_start is null or validity_period_start < validity_period_end)
);
create index published_footprint_organisation on published_footprint (organisation_id, product_id, created_at desc);
create index published_footprint_status on published_footprint (status, created_at desc);
