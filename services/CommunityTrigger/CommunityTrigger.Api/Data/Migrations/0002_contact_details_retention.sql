-- Retention: when the applicant's name and contact details were removed from a closed case (null while held).
ALTER TABLE trigger_cases ADD COLUMN contact_details_removed_at timestamptz NULL;
