-- Carbon labels (issue 5, item 5; docs/decisions/063): a published footprint printed as a QR code with a GS1
-- Digital Link. A label never changes once printed; each Digital Link resolves to exactly one label.
create table carbon_label (
    id              uuid        primary key,
    organisation_id uuid        not null references organisation (id),
    footprint_id    uuid        not null references published_footprint (id),
    product_id      uuid        not null references product (id),
    gtin            char(14)    check (gtin ~ '^[0-9]{14}$'),
    batch           text        check (length(batch) between 1 and 20),
    uri             text        not null,
    created_at      timestamptz not null default now(),
    created_by      text        not null
);
-- The resolver's keys: /01/<gtin>[/10/<batch>] and /p/<product>[/10/<batch>].
create unique index carbon_label_gtin on carbon_label (gtin, coalesce(batch, '')) where gtin is not null;
create unique index carbon_label_product on carbon_label (product_id, coalesce(batch, '')) where gtin is null;
create index carbon_label_organisation on carbon_label (organisation_id, created_at);
