#!/bin/sh
# Runs once, when the primary's data folder is created (/docker-entrypoint-initdb.d of the
# official postgres image): a role for the streaming standby and the pg_hba line that admits it.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v pw="$REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'pw';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
