-- Green channel (issue 6): offices, criteria versions, declarations, lane decisions, inspection
-- results, risk models and enterprise profiles. Every row belongs to one customs authority (an
-- organisation of kind CUSTOMS_AUTHORITY); a declaration lodged through Greenlane also names the
-- enterprise that lodged it (decision 045).

-- The HS nomenclature editions loaded with ./greenlane import hs-2022 | hs-2017 (decision 046).
create table customs_hs_code (
    edition     text    not null check (edition in ('HS2017', 'HS2022')),
    code        text    not null check (code ~ '^[0-9]{2}([0-9]{2}([0-9]{2})?)?$'),
    description text    not null,
    primary key (edition, code)
);

create table customs_office (
    code            text    primary key check (code ~ '^[A-Za-z0-9._-]{1,20}$'),
    authority_id    uuid    not null references organisation (id),
    name            text    not null check (length(name) between 1 and 200),
    expected_red    numeric(6, 5) not null check (expected_red between 0 and 1),
    expected_yellow numeric(6, 5) not null check (expected_yellow between 0 and 1),
    expected_blue   numeric(6, 5) not null check (expected_blue between 0 and 1),
    minimum_random  numeric(6, 5) not null check (minimum_random > 0 and minimum_random <= 1),
    random_lane     text    not null check (random_lane in ('RED', 'YELLOW')),
    version         integer not null default 0,
    updated_by      text    not null,
    updated_at      timestamptz not null default now(),
    check (expected_red + expected_yellow + expected_blue <= 1)
);
create index customs_office_authority on customs_office (authority_id);

-- Settings of one authority: the secret of its keyed random selection (decision 044).
create table customs_authority (
    authority_id uuid  primary key references organisation (id),
    random_key   bytea not null check (length(random_key) >= 16)
);

-- Criteria sets, one row per version; the newest is in force. Never updated, never deleted.
create table customs_criteria_version (
    id             bigserial primary key,
    authority_id   uuid        not null references organisation (id),
    version        text        not null,
    effective_from date        not null,
    body           text        not null,
    justification  text        not null check (length(justification) between 1 and 500),
    created_by     text        not null,
    created_at     timestamptz not null default now(),
    unique (authority_id, version)
);

create table customs_trader (
    authority_id uuid    not null references organisation (id),
    code         text    not null check (length(code) between 1 and 40),
    name         text    not null default '',
    aeo          boolean not null default false,
    aeo_since    date,
    primary key (authority_id, code)
);

-- Green indicators of a trader with their source; a reference names a record of the verifiable
-- records capability, whose status is looked up at display time (decision 048).
create table customs_green_indicator (
    id           bigserial primary key,
    authority_id uuid        not null references organisation (id),
    trader_code  text        not null,
    kind         text        not null check (kind in ('FOOTPRINT', 'CERTIFICATE', 'GREEN_ELECTRICITY')),
    reference    text,
    share        numeric(5, 4) check (share between 0 and 1),
    source       text        not null,
    observed_on  date        not null,
    foreign key (authority_id, trader_code) references customs_trader (authority_id, code)
);
create index customs_green_indicator_trader on customs_green_indicator (authority_id, trader_code);

create table customs_declaration (
    id                 uuid primary key,
    authority_id       uuid          not null references organisation (id),
    declarant_org_id   uuid          references organisation (id),
    reference          text          not null check (reference ~ '^[A-Za-z0-9._/-]{1,40}$'),
    flow               text          not null check (flow in ('IMPORT', 'EXPORT')),
    declared_on        date          not null,
    office             text          not null references customs_office (code),
    process_type       text          not null default '',
    import_type        text          not null default '',
    import_use         text          not null default '',
    payment_type       text          not null default '',
    transport_mode     text          not null default '',
    declarant          text          not null,
    trader             text          not null,
    seller             text          not null default '',
    courier            text          not null default '',
    hs_code            text          not null check (hs_code ~ '^[0-9]{6,10}$'),
    hs_check           text          not null,
    origin_country     char(2)       not null check (origin_country ~ '^[A-Z]{2}$'),
    departure_country  char(2)       not null check (departure_country ~ '^[A-Z]{2}$'),
    tax_type           text          not null default '',
    tax_rate           double precision not null check (tax_rate >= 0),
    origin_indicator   text          not null default '',
    net_mass_kg        double precision not null check (net_mass_kg >= 0),
    customs_value      double precision not null check (customs_value >= 0),
    footprint_ref      text,
    certificate_ref    text,
    emission_intensity double precision check (emission_intensity >= 0),
    source             text          not null check (source in ('API', 'IMPORT', 'DEMO')),
    lodged_at          timestamptz   not null default now(),
    released_at        timestamptz,
    unique (authority_id, reference)
);
create index customs_declaration_authority on customs_declaration (authority_id, declared_on);
create index customs_declaration_declarant on customs_declaration (declarant_org_id, lodged_at);
create index customs_declaration_trader on customs_declaration (authority_id, trader);

create table customs_model (
    id              uuid primary key,
    authority_id    uuid        not null references organisation (id),
    name            text        not null,
    target          text        not null check (target in ('FRAUD', 'CRITICAL_FRAUD')),
    role            text        not null check (role in ('CHAMPION', 'CHALLENGER', 'RETIRED')),
    training_from   date        not null,
    training_to     date        not null,
    training_rows   integer     not null check (training_rows > 0),
    trained_at      timestamptz not null,
    trained_by      text        not null,
    feature_schema  text        not null,
    settings        text        not null,
    model_text      text        not null,
    evaluation      text        not null,
    test_from       date        not null,
    test_to         date        not null,
    precision_at_5  double precision not null,
    precision_at_10 double precision not null,
    auc             double precision,
    promoted_at     timestamptz,
    promoted_by     text,
    unique (authority_id, name),
    check (test_from > training_to)
);
create unique index customs_model_one_champion on customs_model (authority_id) where role = 'CHAMPION';

-- Label-free scores of a model's evaluation window by office, to calibrate lane thresholds on.
create table customs_model_reference (
    model_id uuid not null references customs_model (id),
    office   text not null,
    scores   double precision[] not null,
    primary key (model_id, office)
);

-- The lane of a declaration and every reason for it (decision 044); written once.
create table customs_decision (
    declaration_id      uuid primary key references customs_declaration (id),
    lane                text             not null check (lane in ('GREEN', 'BLUE', 'YELLOW', 'RED')),
    criteria_version    text             not null,
    fired_criteria      text             not null,
    model_id            uuid             references customs_model (id),
    score               double precision,
    adjusted_score      double precision,
    model_lane          text,
    contributions       text             not null,
    random_draw         double precision not null,
    random_rate         double precision not null,
    random_selected     boolean          not null,
    random_lane         text             not null,
    trader_status       text             not null,
    challenger_id       uuid             references customs_model (id),
    challenger_score    double precision,
    decided_at          timestamptz      not null default now()
);
create index customs_decision_lane on customs_decision (lane, decided_at);

create table customs_inspection (
    declaration_id uuid primary key references customs_declaration (id),
    compliant      boolean     not null,
    category       text        check (category in ('MISDECLARED_HS_CODE', 'UNDERVALUATION', 'MISSING_ECO_LABEL',
                                   'CARBON_DATA_MISMATCH', 'ORIGIN', 'QUANTITY', 'PROHIBITED_WASTE', 'OTHER')),
    severity       text        check (severity in ('MINOR', 'MAJOR', 'CRITICAL')),
    note           text        not null default '' check (length(note) <= 1000),
    inspected_by   text        not null,
    inspected_at   timestamptz not null default now(),
    check (compliant = (category is null) and compliant = (severity is null))
);
