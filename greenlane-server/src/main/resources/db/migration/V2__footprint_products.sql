-- Products of an exporting organisation: the things footprints, labels and declarations refer to.
create table product (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    name            text          not null check (length(name) between 1 and 200),
    description     text          not null default '' check (length(description) <= 2000),
    gtin            char(14)      check (gtin ~ '^[0-9]{14}$'),
    hs_code         varchar(10)   check (hs_code ~ '^[0-9]{6}([0-9]{2}([0-9]{2})?)?$'),
    declared_unit   text          not null check (declared_unit in ('kg', 't', 'item', 'm2', 'm3', 'kWh', 'MJ', 'l')),
    version         integer       not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    unique (organisation_id, gtin)
);
create index product_organisation on product (organisation_id, name);
