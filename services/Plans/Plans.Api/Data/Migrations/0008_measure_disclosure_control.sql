-- A measure counted from a disclosure-controlled event (Prevent referrals, Channel adoptions, Domestic Homicide Reviews)
-- keeps that classification with it (decision 0025); measures defined before this column existed get it here.
ALTER TABLE measures ADD COLUMN disclosure_controlled boolean NOT NULL DEFAULT false;
UPDATE measures SET disclosure_controlled = true
WHERE derived_from IN ('prevent-referrals', 'channel-adoptions', 'reviews-commissioned', 'reviews-not-commissioned')
   OR derived_from LIKE 'prevent-referrals:%';
