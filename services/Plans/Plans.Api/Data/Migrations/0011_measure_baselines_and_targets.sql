-- A measure's baseline (county figure for a quarter) and optional target (county figure to reach by a quarter).
ALTER TABLE measures
    ADD COLUMN baseline_period_start date          NULL,
    ADD COLUMN baseline_value        numeric(18, 4) NULL,
    ADD COLUMN target_value          numeric(18, 4) NULL,
    ADD COLUMN target_period_start   date          NULL,
    ADD COLUMN target_statement      varchar(500)  NULL,
    ADD CONSTRAINT ck_measures_baseline_whole CHECK ((baseline_period_start IS NULL) = (baseline_value IS NULL)),
    ADD CONSTRAINT ck_measures_target_whole CHECK ((target_period_start IS NULL) = (target_value IS NULL)),
    ADD CONSTRAINT ck_measures_target_after_baseline CHECK (target_value IS NULL OR (baseline_value IS NOT NULL AND target_period_start > baseline_period_start));
