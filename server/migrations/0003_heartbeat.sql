-- One row that `GET /healthz` rewrites: a health check that commits a write proves that
-- the database takes writes now (disk space, permissions, a primary rather than a
-- read-only standby), not only that it answers a query. Many instances on one PostgreSQL
-- database share the row; each check is one short transaction.
CREATE TABLE heartbeat (
    id      INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    beat_at BIGINT NOT NULL
);
INSERT INTO heartbeat (id, beat_at) VALUES (1, 0);
