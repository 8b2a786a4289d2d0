-- Money per priority from the Funding service's events (GrantAwarded, GrantPaid, MonitoringReturnSubmitted).
-- No foreign key to priorities: an event may name a priority Plans does not hold (e.g. a historic one).
CREATE TABLE priority_funding (
    priority_id   uuid          PRIMARY KEY,
    committed     numeric(14,2) NOT NULL,
    paid          numeric(14,2) NOT NULL,
    grants        integer       NOT NULL,
    returns       integer       NOT NULL,
    latest_return varchar(20)   NULL,
    updated_at    timestamptz   NOT NULL
);
