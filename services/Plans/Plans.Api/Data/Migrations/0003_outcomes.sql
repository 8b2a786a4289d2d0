-- Outcomes framework: outcomes, their measures, readings per quarter and area, and the events behind derived readings.
CREATE TABLE outcomes (
    id         uuid         PRIMARY KEY,
    number     integer      NOT NULL,
    title      varchar(300) NOT NULL,
    defined_at timestamptz  NOT NULL
);

CREATE UNIQUE INDEX ix_outcomes_number ON outcomes (number);

CREATE TABLE measures (
    id           uuid         PRIMARY KEY,
    outcome_id   uuid         NOT NULL REFERENCES outcomes (id),
    name         varchar(300) NOT NULL,
    unit         varchar(40)  NOT NULL,
    direction    varchar(20)  NOT NULL,
    source       varchar(500) NOT NULL,
    derived_from varchar(100) NULL,
    defined_at   timestamptz  NOT NULL
);

CREATE UNIQUE INDEX ix_measures_outcome_id_name ON measures (outcome_id, name);
CREATE INDEX ix_measures_derived_from ON measures (derived_from) WHERE derived_from IS NOT NULL;

-- The key also serves "a measure's readings from one quarter to another" (measure_id, period_start).
CREATE TABLE readings (
    measure_id   uuid          NOT NULL REFERENCES measures (id),
    period_start date          NOT NULL,
    area         varchar(40)   NOT NULL,
    value        numeric(18,4) NOT NULL,
    origin       varchar(20)   NOT NULL,
    note         varchar(1000) NULL,
    updated_at   timestamptz   NOT NULL,
    PRIMARY KEY (measure_id, period_start, area)
);

-- One row per event counted into a derived reading: the key makes counting idempotent per source record.
CREATE TABLE reading_contributions (
    measure_id   uuid         NOT NULL,
    source_id    varchar(100) NOT NULL,
    area         varchar(40)  NOT NULL,
    period_start date         NOT NULL,
    event_type   varchar(100) NOT NULL,
    message_id   uuid         NOT NULL,
    received_at  timestamptz  NOT NULL,
    PRIMARY KEY (measure_id, source_id, area)
);

CREATE INDEX ix_reading_contributions_reading ON reading_contributions (measure_id, period_start, area, source_id);
