-- One database per service (docker-compose.yml); ./platform up creates the same from deploy/local/services.conf.
CREATE DATABASE plans;
CREATE DATABASE community_trigger;
CREATE DATABASE reviews;
CREATE DATABASE prevent;
CREATE DATABASE consultation;
CREATE DATABASE funding;
