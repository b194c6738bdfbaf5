-- One row per contact. Portable SQL: the same file runs on SQLite and PostgreSQL.
--
-- contact_key is `email:<CanonicalEmail::dedup_key>`, or `phone:<E.164>` for a BIK entry
-- without an email: the primary key is what makes an upsert race-free (two requests for
-- the same contact cannot both insert).
-- data is the contact's normalized record as a JSON object (text, so both backends store
-- it the same way); an update merges the new fields into it.
-- created_at and updated_at are milliseconds since the Unix epoch, set by the server.
CREATE TABLE contacts (
    contact_key TEXT NOT NULL PRIMARY KEY,
    email       TEXT NULL,
    phone       TEXT NULL,
    data        TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('bik', 'update-profile')),
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
