-- Panel meetings are their own record: a case decision and a support-plan review refer to the meeting they were taken at.
CREATE TABLE panel_meetings (
    id           uuid          PRIMARY KEY,
    council      varchar(100)  NOT NULL,
    held_on      date          NOT NULL,
    chair        varchar(200)  NOT NULL,
    attendees    jsonb         NOT NULL,
    recorded_by  varchar(200)  NOT NULL,
    recorded_at  timestamptz   NOT NULL
);

CREATE INDEX ix_panel_meetings_council_held_on ON panel_meetings (council, held_on);

ALTER TABLE referrals ADD COLUMN panel_meeting_id uuid NULL REFERENCES panel_meetings (id);
CREATE INDEX ix_referrals_panel_meeting_id ON referrals (panel_meeting_id);

-- What the referrer is told when triage finds the referral not appropriate (no further action or signposted).
ALTER TABLE referrals ADD COLUMN referrer_notice jsonb NULL;
