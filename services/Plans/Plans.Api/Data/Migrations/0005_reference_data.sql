-- Reference data tables; rows are loaded by the seed step (Data/Seed), not here.
CREATE TABLE areas (
    slug varchar(100) PRIMARY KEY,
    name varchar(200) NOT NULL,
    kind varchar(20)  NOT NULL
);

CREATE TABLE agencies (
    slug varchar(100) PRIMARY KEY,
    name varchar(200) NOT NULL,
    kind varchar(50)  NOT NULL
);
