#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 on 127.0.0.1:55432 for the store's
# contract tests and prints the line that points the tests at it:
#
#   eval "$(bash .ci/postgres.sh)"    # sets DATABASE_URL
#   go test ./internal/store/postgres/
#
# It must run as root (it installs postgresql-15 when missing and runs the
# server as the postgres user). The data directory is a fresh temporary one;
# stop the server with: runuser -u postgres -- $PGBIN/pg_ctl -D "$PGDIR/data" stop
set -euo pipefail
# The first free port from 55432 on: another server may hold one.
PORT="${PGPORT_TEST:-}"
if [ -z "$PORT" ]; then
	for p in $(seq 55432 55499); do
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then PORT=$p; break; fi
	done
fi
[ -n "$PORT" ] || { echo "postgres.sh: no free port in 55432-55499" >&2; exit 1; }
PGBIN=/usr/lib/postgresql/15/bin
if [ ! -x "$PGBIN/initdb" ]; then
	apt-get install -y -q postgresql-15 >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql-15 >&2; }
fi
PGDIR=$(mktemp -d /tmp/rasad-pg.XXXXXX)
chown postgres:postgres "$PGDIR"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PGDIR/initdb.log" 2>&1 ||
	{ cat "$PGDIR/initdb.log" >&2; exit 1; }
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w -t 30 \
	-o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off" start >&2 ||
	{ cat "$PGDIR/log" >&2; exit 1; }
echo "export PGDIR=$PGDIR"
echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/postgres?sslmode=disable"
