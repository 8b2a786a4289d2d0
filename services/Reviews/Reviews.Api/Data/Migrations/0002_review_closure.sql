ALTER TABLE review_cases
    ADD COLUMN closed_on       date          NULL,
    ADD COLUMN closure_reason  varchar(2000) NULL;
