-- Schema version 6: the shoot day by day (issue 17). Cast, crew, locations and the stripboard as the user arranged
-- it, one table each, keyed by production; a day's strips and a performer's characters and dates are short lists
-- kept in one column (ListColumn, ADR 0004). Every production stored before this version has none of them: its
-- shoot is not arranged, so the automatic pass decides and the estimate counts shoot days as before.
-- (Version 5 belongs to another branch; Flyway needs the numbers in order only when it runs.)

CREATE TABLE shoot_plan (
    production_id     TEXT NOT NULL PRIMARY KEY REFERENCES production (id) ON DELETE CASCADE,
    emergency_contact TEXT NOT NULL
);

CREATE TABLE shoot_performer (
    production_id     TEXT    NOT NULL REFERENCES production (id) ON DELETE CASCADE,
    cast_number       INTEGER NOT NULL,
    position          INTEGER NOT NULL,
    name              TEXT    NOT NULL,
    characters        TEXT    NOT NULL,
    contact           TEXT    NOT NULL,
    unavailable_dates TEXT    NOT NULL,
    pay_term          TEXT,
    make_up_minutes   INTEGER NOT NULL,
    travels           INTEGER NOT NULL,
    PRIMARY KEY (production_id, cast_number)
);

CREATE TABLE shoot_crew (
    production_id       TEXT    NOT NULL REFERENCES production (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    name                TEXT    NOT NULL,
    department          TEXT    NOT NULL,
    role                TEXT    NOT NULL,
    contact             TEXT    NOT NULL,
    call_offset_minutes INTEGER NOT NULL,
    PRIMARY KEY (production_id, position)
);

CREATE TABLE shoot_location (
    production_id    TEXT    NOT NULL REFERENCES production (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    name             TEXT    NOT NULL,
    address          TEXT    NOT NULL,
    latitude         REAL,
    longitude        REAL,
    time_zone        TEXT    NOT NULL,
    available_dates  TEXT    NOT NULL,
    nearest_hospital TEXT    NOT NULL,
    PRIMARY KEY (production_id, position)
);

CREATE TABLE shoot_board_day (
    production_id TEXT NOT NULL REFERENCES production (id) ON DELETE CASCADE,
    day_date      TEXT NOT NULL,
    strips        TEXT NOT NULL,
    crew_call     TEXT NOT NULL,
    shooting_call TEXT NOT NULL,
    notes         TEXT NOT NULL,
    PRIMARY KEY (production_id, day_date)
);
