-- Schema version 2: the version history. A snapshot is a whole production as the codec writes it (the project-file
-- format), gzip-compressed, so a snapshot taken by any release can be read by any later one without a migration of
-- its own. AUTOINCREMENT keeps ids of deleted snapshots from coming back, so a History panel holding an old id can
-- never restore the wrong version. Snapshots go with their production when it is deleted.

CREATE TABLE snapshot (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    production_id TEXT    NOT NULL REFERENCES production (id) ON DELETE CASCADE,
    taken_at      INTEGER NOT NULL,
    label         TEXT    NOT NULL,
    automatic     INTEGER NOT NULL,
    summary       TEXT    NOT NULL,
    encoding      TEXT    NOT NULL,
    content       BLOB    NOT NULL
);

CREATE INDEX snapshot_by_production ON snapshot (production_id, taken_at);
