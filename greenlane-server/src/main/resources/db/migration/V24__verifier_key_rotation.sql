-- Verification bodies rotate their signing keys (decision 079). Every key a body has held stays, so the
-- statements and certificates it signed keep verifying; exactly one key per body is current (not retired).
alter table verifier_key drop constraint verifier_key_pkey;
alter table verifier_key drop constraint verifier_key_key_name_key;
alter table verifier_key add primary key (verifier_key);
alter table verifier_key add column retired_at timestamptz;
create unique index verifier_key_current on verifier_key (organisation_id) where retired_at is null;
create index verifier_key_organisation on verifier_key (organisation_id, created_at);
