-- Consultations the Consultation service ran, as its events report them (ConsultationOpened, ConsultationClosed,
-- ConsultationResultsPublished): the evidence a plan in consultation records. Aggregates only: no free text arrives.
-- No foreign key to plans: a consultation may name a plan version Plans no longer shows, or none.
CREATE TABLE consultation_evidence (
    consultation_id        uuid          PRIMARY KEY,
    title                  varchar(200)  NOT NULL,
    plan_id                uuid          NULL,
    owners                 jsonb         NOT NULL,
    opens_on               date          NULL,
    closes_on              date          NULL,
    closed_on              date          NULL,
    respondents            integer       NULL,
    respondents_by_channel jsonb         NOT NULL,
    results_published_on   date          NULL,
    rankings               jsonb         NOT NULL,
    indicators             jsonb         NOT NULL,
    updated_at             timestamptz   NOT NULL
);

CREATE INDEX ix_consultation_evidence_plan_id ON consultation_evidence (plan_id);
