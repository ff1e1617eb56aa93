-- docker-compose.yml only: one database per service, each owned by its own login role.
-- Development passwords; the Kubernetes deployment takes credentials from CloudNativePG's secrets.
CREATE ROLE intake LOGIN PASSWORD 'intake-dev';
CREATE DATABASE intake OWNER intake;

CREATE ROLE scoring LOGIN PASSWORD 'scoring-dev';
CREATE DATABASE scoring OWNER scoring;

CREATE ROLE report LOGIN PASSWORD 'report-dev';
CREATE DATABASE report OWNER report;
