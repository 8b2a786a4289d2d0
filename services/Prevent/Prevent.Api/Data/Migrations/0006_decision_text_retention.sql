-- Retention: when the free text of the referral's decisions (triage reasoning, panel assessment and reasons, review
-- and follow-up notes) was removed (null while held).
ALTER TABLE referrals ADD COLUMN decision_text_removed_at timestamptz NULL;
