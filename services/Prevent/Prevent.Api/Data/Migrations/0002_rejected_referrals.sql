CREATE TABLE rejected_referrals (
    id                  uuid          PRIMARY KEY,
    received_at         timestamptz   NOT NULL,
    partner_agency      varchar(100)  NULL,
    referral_reference  varchar(200)  NULL,
    reason              varchar(4000) NOT NULL,
    body                text          NOT NULL
);

CREATE INDEX ix_rejected_referrals_received_at ON rejected_referrals (received_at);
