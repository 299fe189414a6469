#!/bin/sh
# Streaming standby of the "db" service. The first start clones the primary with pg_basebackup -R
# (which also writes primary_conninfo and standby.signal); later starts resume from the volume.
set -eu
: "${PGDATA:=/var/lib/postgresql/data}"
mkdir -p "$PGDATA"
chown -R postgres:postgres "$PGDATA"
chmod 700 "$PGDATA"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until gosu postgres pg_isready -h "$PRIMARY_HOST" -p 5432 -q; do
    echo "waiting for the primary at $PRIMARY_HOST"; sleep 2
  done
  echo "cloning the primary into $PGDATA"
  PGPASSWORD="$REPLICATION_PASSWORD" gosu postgres pg_basebackup -h "$PRIMARY_HOST" -p 5432 -U replicator \
    -D "$PGDATA" -R -X stream -c fast
fi
exec gosu postgres postgres -c hot_standby=on -c max_connections=300
