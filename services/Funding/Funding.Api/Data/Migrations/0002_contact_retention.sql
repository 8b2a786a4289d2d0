-- Retention of applicants' contact people (docs/data-protection.md): when an application was decided and when a grant
-- closed, as columns retention can find rows by (the same instants are inside the decision and outcome documents), and
-- when the contact was removed (null while held).
ALTER TABLE applications ADD COLUMN decided_at timestamptz NULL;
ALTER TABLE applications ADD COLUMN contact_removed_at timestamptz NULL;
UPDATE applications SET decided_at = (decision->>'decidedAt')::timestamptz WHERE decision IS NOT NULL;
CREATE INDEX ix_applications_declined_contact_held ON applications (decided_at) WHERE status = 'Declined' AND contact_removed_at IS NULL;

ALTER TABLE grants ADD COLUMN closed_at timestamptz NULL;
UPDATE grants SET closed_at = (outcome->>'recordedAt')::timestamptz WHERE outcome IS NOT NULL;
CREATE INDEX ix_grants_closed_at ON grants (closed_at) WHERE closed_at IS NOT NULL;
