-- Police.uk street-level files imported (decision 0027): one row per file, its rows counted per crime type and place,
-- and which crime types each police-data measure counts. Only rows of the files are counted; no row is kept.
CREATE TABLE crime_imports (
    id            uuid         PRIMARY KEY,
    file_name     varchar(200) NOT NULL,
    force         varchar(60)  NOT NULL,
    month         date         NOT NULL,
    sha256        varchar(64)  NOT NULL,
    rows_read     integer      NOT NULL,
    imported_at   timestamptz  NOT NULL,
    imported_by   varchar(200) NOT NULL,
    replaces      uuid         NULL,
    superseded_at timestamptz  NULL
);

-- Re-importing a force's month replaces the import that counts: only one is current.
CREATE UNIQUE INDEX ix_crime_imports_force_month ON crime_imports (force, month) WHERE superseded_at IS NULL;

-- place: a district slug, 'unlocated' (no location: counted in the county total) or 'out-of-area'.
CREATE TABLE crime_import_counts (
    import_id  uuid        NOT NULL REFERENCES crime_imports (id) ON DELETE CASCADE,
    crime_type varchar(60) NOT NULL,
    place      varchar(40) NOT NULL,
    row_count  integer     NOT NULL,
    PRIMARY KEY (import_id, crime_type, place)
);

CREATE TABLE crime_type_mappings (
    measure_id  uuid        PRIMARY KEY REFERENCES measures (id),
    crime_types text[]      NOT NULL,
    updated_at  timestamptz NOT NULL
);
