-- The harm weights the strategic assessment ranks crime by (decision 0036): one set, replaced with history in the audit log.
CREATE TABLE harm_indexes (
    id             uuid         PRIMARY KEY,
    source         varchar(500) NOT NULL,
    source_version varchar(100) NOT NULL,
    weights        jsonb        NOT NULL,
    updated_at     timestamptz  NOT NULL
);

-- PLACEHOLDER weights, not a published index: every police.uk crime type weighs 1, so harm equals the count until an
-- analyst replaces them with the Cambridge Crime Harm Index aggregated to police.uk crime types (decision 0036).
INSERT INTO harm_indexes (id, source, source_version, weights, updated_at)
VALUES ('0b0a3c1e-6d0f-8a4e-9c7b-2f4e5a6b7c8d',
        'PLACEHOLDER, not a published index: every police.uk crime type weighs 1, so harm equals the count. Replace with the Cambridge Crime Harm Index aggregated to police.uk crime types (decision 0036).',
        'placeholder-1',
        '[{"crimeType": "Anti-social behaviour", "weight": 1}, {"crimeType": "Bicycle theft", "weight": 1}, {"crimeType": "Burglary", "weight": 1}, {"crimeType": "Criminal damage and arson", "weight": 1}, {"crimeType": "Drugs", "weight": 1}, {"crimeType": "Other crime", "weight": 1}, {"crimeType": "Other theft", "weight": 1}, {"crimeType": "Possession of weapons", "weight": 1}, {"crimeType": "Public order", "weight": 1}, {"crimeType": "Robbery", "weight": 1}, {"crimeType": "Shoplifting", "weight": 1}, {"crimeType": "Theft from the person", "weight": 1}, {"crimeType": "Vehicle crime", "weight": 1}, {"crimeType": "Violence and sexual offences", "weight": 1}]',
        '2025-04-01T00:00:00Z');

-- The assessment's crime counts per type and place for its data year, with a copy of the weights it was weighed with.
ALTER TABLE strategic_assessments ADD COLUMN crime_evidence jsonb NULL;

-- Which assessment a priority was drawn from and which of its findings it answers.
ALTER TABLE priorities
    ADD COLUMN assessment_year integer NULL,
    ADD COLUMN answers         text[]  NOT NULL DEFAULT '{}';
