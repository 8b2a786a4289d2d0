-- The family's reading of the draft as its own recorded step (it was a date anyone could overwrite in the family jsonb).
ALTER TABLE restricted_records
    ADD COLUMN draft_readings jsonb NOT NULL DEFAULT '[]';

-- A date already recorded the old way becomes the first reading, so nothing the family did is lost.
UPDATE restricted_records
   SET draft_readings = jsonb_build_array(jsonb_build_object(
           'on', family ->> 'familyReadDraftOn',
           'response', 'Recorded as a date only, before readings of the draft were their own step.')),
       family = family - 'familyReadDraftOn'
 WHERE family ->> 'familyReadDraftOn' IS NOT NULL;

UPDATE restricted_records SET family = family - 'familyReadDraftOn' WHERE family ? 'familyReadDraftOn';
