-- Contacts belong to a tenant, and each endpoint keeps its own record of a contact.
--
-- tenant is the TenantId of the credential that wrote the row: every statement names it,
-- so no tenant can read or write another's rows, and one email in two tenants is two rows.
-- source is the endpoint whose model `data` follows ('bik' or 'update-profile'): the two
-- documents disagree on fields (BIK's free-text `country` against update-profile's ISO
-- code, `phoneNumber` against `phone`), so a contact written by both keeps two records
-- and neither endpoint changes the other's.
-- Rows from before tenants existed belong to the tenant `default` (the tenant of a server
-- configured without a config file), under the endpoint that wrote them last.
CREATE TABLE contacts_by_tenant (
    tenant      TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('bik', 'update-profile')),
    contact_key TEXT NOT NULL,
    email       TEXT NULL,
    phone       TEXT NULL,
    data        TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (tenant, source, contact_key)
);
INSERT INTO contacts_by_tenant
    (tenant, source, contact_key, email, phone, data, created_at, updated_at)
SELECT 'default', source, contact_key, email, phone, data, created_at, updated_at
FROM contacts;
DROP TABLE contacts;
ALTER TABLE contacts_by_tenant RENAME TO contacts;
