-- Carbon border costs (EU CBAM). Reference data shared by all tenants: imported datasets of default values and
-- benchmarks (immutable, versioned) and the certificate price table. Tenant data: EU importers, installations with
-- their production processes, goods lines, price scenarios. Decisions 038 and 039.

create table cbam_dataset (
    id          uuid primary key,
    kind        text        not null check (kind in ('DEFAULT_VALUES', 'BENCHMARKS')),
    name        text        not null check (length(name) between 1 and 300),
    version     text        not null check (length(version) between 1 and 200),
    file_name   text        not null,
    sha256      char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    row_count   integer     not null check (row_count > 0),
    imported_at timestamptz not null default now(),
    unique (kind, name, version)
);

-- One row of the Commission's default-value table (Implementing Regulation (EU) 2025/2621), as published.
create table cbam_default_value (
    dataset_id         uuid    not null references cbam_dataset (id) on delete cascade,
    line               integer not null,
    country_code       char(2) not null check (country_code ~ '^[A-Z]{2}$'),
    country_name       text    not null,
    cn_code            char(8) not null check (cn_code ~ '^[0-9]{8}$'),
    description        text    not null,
    sector             text    not null,
    direct_emissions   numeric check (direct_emissions >= 0),
    indirect_emissions numeric check (indirect_emissions >= 0),
    total_emissions    numeric check (total_emissions >= 0),
    with_markup_2026   numeric check (with_markup_2026 >= 0),
    with_markup_2027   numeric check (with_markup_2027 >= 0),
    with_markup_2028   numeric check (with_markup_2028 >= 0),
    production_route   text    not null,
    primary key (dataset_id, line)
);
create index cbam_default_value_lookup on cbam_default_value (dataset_id, country_code, cn_code);

-- Benchmark rows (Implementing Regulation (EU) 2025/2620): column A with actual data, column B with default values.
create table cbam_benchmark_value (
    dataset_id     uuid    not null references cbam_dataset (id) on delete cascade,
    cn_code        char(8) not null check (cn_code ~ '^[0-9]{8}$'),
    position       integer not null check (position >= 0),
    sector         text    not null,
    description    text    not null,
    column_a       numeric not null check (column_a >= 0),
    column_a_route text    not null,
    column_b       numeric not null check (column_b >= 0),
    column_b_route text    not null,
    primary key (dataset_id, cn_code, position)
);

-- CBAM certificate prices by period: 2026 quarters, ISO weeks from 2027 (Article 21(1) as amended by 2025/2083).
create table cbam_certificate_price (
    period         text        primary key check (period ~ '^20[0-9]{2}-(Q[1-4]|W(0[1-9]|[1-4][0-9]|5[0-3]))$'),
    eur_per_tonne  numeric     not null check (eur_per_tonne > 0),
    source_name    text        not null check (length(source_name) between 1 and 300),
    source_version text        not null check (length(source_version) between 1 and 200),
    added_by       uuid        references organisation (id),
    added_at       timestamptz not null default now()
);
insert into cbam_certificate_price (period, eur_per_tonne, source_name, source_version)
values ('2026-Q1', 75.36, 'European Commission, CBAM certificate price (quarterly average of EU ETS auction prices)', '2026-Q1');

-- An organisation's own certificate price paths for projections (one price per year 2026..2034).
create table cbam_price_scenario (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    name            text        not null check (length(name) between 1 and 100),
    assumption      text        not null check (length(assumption) between 1 and 1000),
    eur_per_tonne   numeric[]   not null check (cardinality(eur_per_tonne) = 9 and 0 < all (eur_per_tonne)),
    created_at      timestamptz not null default now(),
    unique (organisation_id, name)
);

-- The EU importer (authorised CBAM declarant) goods are shipped to; acts_as_declarant marks the organisation itself.
create table cbam_importer (
    id                uuid primary key,
    organisation_id   uuid        not null references organisation (id),
    name              text        not null check (length(name) between 1 and 70),
    eori              text        not null check (eori ~ '^[A-Z]{2}[0-9A-Z]{1,15}$'),
    country           char(2)     not null check (country ~ '^[A-Z]{2}$'),
    city              text        not null check (length(city) between 1 and 35),
    acts_as_declarant boolean     not null default false,
    created_at        timestamptz not null default now(),
    unique (organisation_id, eori),
    unique (organisation_id, id)
);

-- A production installation with its reporting period and, once verified, the verifier's opinion.
create table cbam_installation (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    identifier      text        not null check (length(identifier) between 1 and 35),
    name            text        not null check (length(name) between 1 and 70),
    operator        text        not null check (length(operator) between 1 and 200),
    country         char(2)     not null check (country ~ '^[A-Z]{2}$'),
    city            text        not null check (length(city) between 1 and 35),
    address         text        not null default '',
    period_start    date        not null,
    period_end      date        not null check (period_end >= period_start),
    verification    jsonb,
    version         integer     not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (organisation_id, identifier),
    unique (organisation_id, id)
);

-- Production processes: what crosses their boundary and the precursors they consume, a document the engine
-- validates as a whole when the installation is saved (decision 038).
create table cbam_process (
    installation_id  uuid    not null references cbam_installation (id) on delete cascade,
    position         integer not null check (position >= 0),
    process_key      text    not null check (length(process_key) between 1 and 50),
    cn_code          char(8) not null check (cn_code ~ '^[0-9]{8}$'),
    production_route text    not null default '',
    activity_level   numeric not null check (activity_level > 0),
    boundary         jsonb   not null,
    precursors       jsonb   not null,
    carbon_price     jsonb,
    primary key (installation_id, process_key),
    unique (installation_id, position)
);

-- A line of CBAM goods shipped to (or imported by) an EU importer.
create table cbam_goods_line (
    id               uuid primary key,
    organisation_id  uuid        not null references organisation (id),
    importer_id      uuid        not null,
    product_id       uuid        references product (id) on delete set null,
    description      text        not null default '' check (length(description) <= 200),
    cn_code          char(8)     not null check (cn_code ~ '^[0-9]{8}$'),
    country_of_origin char(2)    not null check (country_of_origin ~ '^[A-Z]{2}$'),
    net_mass         numeric     not null check (net_mass >= 0),
    import_date      date        not null check (import_date between date '2026-01-01' and date '2034-12-31'),
    basis            text        not null check (basis in ('DEFAULT_VALUES', 'ACTUAL_DATA')),
    default_variant  text,
    benchmark_route  text,
    installation_id  uuid,
    process_key      text,
    version          integer     not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    foreign key (organisation_id, importer_id) references cbam_importer (organisation_id, id),
    foreign key (organisation_id, installation_id) references cbam_installation (organisation_id, id),
    check ((basis = 'ACTUAL_DATA') = (installation_id is not null and process_key is not null))
);
create index cbam_goods_line_importer on cbam_goods_line (organisation_id, importer_id, import_date);
