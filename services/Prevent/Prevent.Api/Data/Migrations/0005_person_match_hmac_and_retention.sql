-- Repeat-referral keys become keyed HMACs (decision 0026): each records the key that made it. Rows hashed before this
-- carry the legacy id and are re-hashed from the stored name and date of birth when the service starts.
ALTER TABLE referrals ADD COLUMN person_match_key_id varchar(40) NULL;
UPDATE referrals SET person_match_key_id = 'sha256-v1' WHERE person_match_key IS NOT NULL;
CREATE INDEX ix_referrals_person_match_key_id ON referrals (person_match_key_id) WHERE person_match_key IS NOT NULL;

-- Retention: when the person's details were removed (null while held).
ALTER TABLE referrals ADD COLUMN minimised_at timestamptz NULL;
