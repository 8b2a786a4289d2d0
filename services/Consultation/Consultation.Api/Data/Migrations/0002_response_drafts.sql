-- Save and resume: a respondent's unfinished answers, found again by a secret link. Only the key's SHA-256 is kept,
-- so the table cannot be used to open anyone's draft. Drafts are not responses: results never read them, submitting
-- deletes the draft, and closing the consultation deletes every draft left (partial responses are kept only if the
-- respondent submits). Answers may hold free text: personal data, never logged or published.
CREATE TABLE response_drafts (
    id               uuid         PRIMARY KEY,
    consultation_id  uuid         NOT NULL REFERENCES consultations (id),
    key_hash         varchar(64)  NOT NULL,
    answers          jsonb        NOT NULL,
    created_at       timestamptz  NOT NULL,
    saved_at         timestamptz  NOT NULL
);

CREATE UNIQUE INDEX ix_response_drafts_key_hash ON response_drafts (key_hash);
CREATE INDEX ix_response_drafts_consultation_id ON response_drafts (consultation_id);
