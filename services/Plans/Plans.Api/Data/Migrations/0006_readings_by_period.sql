-- The quarterly report reads every measure's readings in a four-quarter window; the key leads with measure_id, so
-- without this the window is a scan of every reading ever kept. INCLUDE lets it answer from the index alone.
CREATE INDEX ix_readings_period_start ON readings (period_start) INCLUDE (measure_id, area, value);
