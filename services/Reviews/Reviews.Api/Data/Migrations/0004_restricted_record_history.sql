-- Every name the record has held (recommendation text is checked against all of them) and who overwrote which field
-- when, with the value it held: both in the restricted store, never in the audit log (issue 15).
ALTER TABLE restricted_records
    ADD COLUMN names_held jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN history jsonb NOT NULL DEFAULT '[]';

UPDATE restricted_records
   SET names_held = to_jsonb(ARRAY(
           SELECT DISTINCT name FROM unnest(ARRAY[victim_name, perpetrator_name]) AS name
            WHERE name IS NOT NULL AND name <> ''));

-- Retention: when the record was cleared, some years after publication (null while held).
ALTER TABLE restricted_records ADD COLUMN cleared_at timestamptz NULL;
