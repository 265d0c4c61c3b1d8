-- Product systems: the processes and exchanges behind a product's footprint, of one organisation.
create table product_system (
    id                uuid primary key,
    organisation_id   uuid             not null references organisation (id),
    product_id        uuid             not null references product (id),
    name              text             not null check (length(name) between 1 and 200),
    description       text             not null default '' check (length(description) <= 2000),
    kind              text             not null check (kind in ('GUIDED', 'PROCESSES')),
    guided            jsonb,
    reference_process text             not null,
    reference_flow    text             not null,
    demand_amount     double precision not null check (demand_amount > 0),
    demand_unit       text             not null,
    allocation        text             not null check (allocation in ('PHYSICAL', 'ECONOMIC', 'SYSTEM_EXPANSION')),
    gwp_set           text             not null,
    version           integer          not null default 0,
    created_at        timestamptz      not null default now(),
    updated_at        timestamptz      not null default now(),
    check ((kind = 'GUIDED') = (guided is not null))
);
create index product_system_organisation on product_system (organisation_id, product_id);

create table product_system_process (
    system_id         uuid             not null references product_system (id) on delete cascade,
    position          integer          not null,
    process_key       text             not null,
    name              text             not null,
    stage             text             not null check (stage in ('RAW_MATERIAL_ACQUISITION', 'PRODUCTION',
                                                                 'DISTRIBUTION', 'USE', 'END_OF_LIFE')),
    site              text,
    supplier          text,
    primary_data      boolean          not null,
    dqr_technological double precision check (dqr_technological between 1 and 5),
    dqr_geographical  double precision check (dqr_geographical between 1 and 5),
    dqr_temporal      double precision check (dqr_temporal between 1 and 5),
    allocation        text             check (allocation in ('PHYSICAL', 'ECONOMIC', 'SYSTEM_EXPANSION')),
    primary key (system_id, position),
    unique (system_id, process_key)
);

create table product_system_exchange (
    system_id         uuid             not null,
    process_position  integer          not null,
    position          integer          not null,
    kind              text             not null check (kind in ('TECHNOSPHERE', 'EMISSION', 'BACKGROUND')),
    label             text             not null,
    flow              text             not null,
    flow_type         text             check (flow_type in ('PRODUCT', 'WASTE')),
    output            boolean          not null default false,
    gas               text,
    region            text,
    amount            double precision not null check (amount >= 0),
    unit              text             not null,
    provider          text,
    economic_value    double precision check (economic_value >= 0),
    uncertainty       jsonb,
    primary key (system_id, process_position, position),
    foreign key (system_id, process_position) references product_system_process (system_id, position)
        on delete cascade
);
