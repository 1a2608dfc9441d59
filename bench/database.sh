#!/usr/bin/env bash
# Shows, or sets for the benchmarks, the MariaDB/MySQL server settings that decide whether a scenario's
# data stays in memory and how hard the server must flush (bench/README.md, "Database settings"):
#
#   bench/database.sh           the settings in force
#   bench/database.sh --bench   a production-sized buffer pool and redo log, and an SSD's flushing rate
#
# --bench uses SET GLOBAL (the SUPER privilege; it lasts until the server restarts, and changes the
# server for everyone using it): innodb_buffer_pool_size BENCH_BUFFER_POOL [1G], innodb_log_file_size
# BENCH_REDO_LOG [1G], innodb_io_capacity BENCH_IO_CAPACITY [2000] (innodb_io_capacity_max twice that).
# MariaDB's defaults (128 MiB, 96 MiB, 200) size a server for a laptop and a spinning disk: the
# complaint data set alone is 764 MiB.
# Environment: MYSQL_HOST [127.0.0.1] MYSQL_PORT [3306] MYSQL_USER [root] MYSQL_PASSWORD [].
set -euo pipefail

client=$(command -v mariadb || command -v mysql || true)
[ -n "$client" ] || { echo "database.sh: needs the mariadb or mysql client" >&2; exit 2; }
sql() {
  MYSQL_PWD=${MYSQL_PASSWORD:-} "$client" -h "${MYSQL_HOST:-127.0.0.1}" -P "${MYSQL_PORT:-3306}" -u "${MYSQL_USER:-root}" "$@"
}

case "${1:-}" in
  "") ;;
  --bench)
    size() { numfmt --from=iec "$1"; }
    io=${BENCH_IO_CAPACITY:-2000}
    sql -e "SET GLOBAL innodb_buffer_pool_size = $(size "${BENCH_BUFFER_POOL:-1G}");
            SET GLOBAL innodb_log_file_size = $(size "${BENCH_REDO_LOG:-1G}");
            SET GLOBAL innodb_io_capacity_max = $((io * 2));
            SET GLOBAL innodb_io_capacity = $io;"
    ;;
  *) sed -n '2,13p' "$0" >&2; exit 2 ;;
esac
sql -t -e "SELECT @@version AS server, @@innodb_buffer_pool_size >> 20 AS buffer_pool_mib,
                  @@innodb_log_file_size >> 20 AS redo_log_mib, @@innodb_io_capacity AS io_capacity,
                  @@innodb_flush_log_at_trx_commit AS flush_log_at_commit"
