ALTER TABLE referrals ADD COLUMN panel_reviews jsonb NOT NULL DEFAULT '[]';
ALTER TABLE referrals ALTER COLUMN panel_reviews DROP DEFAULT;
