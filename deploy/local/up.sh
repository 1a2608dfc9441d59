#!/usr/bin/env bash
# Starts the Converge stack on this machine, without Docker:
#
#   1. builds everything (./mvnw -B -q -DskipTests install) unless SKIP_BUILD=1;
#   2. uses the MySQL/MariaDB server at MYSQL_HOST:MYSQL_PORT, or, when nothing answers there,
#      starts a private MariaDB (mariadbd) with its data in deploy/local/.run/mariadb;
#   3. creates the databases booking, complaint, orders and callqueue (IF NOT EXISTS);
#   4. starts a single-node Kafka broker (deploy/local/kafka/broker.sh) on KAFKA_PORT and
#      creates the topics <context>-events and <context>-events-dlq, 3 partitions each;
#   5. starts the services (java -jar <service>/target/quarkus-app/quarkus-run.jar, profile
#      "local") and waits until every /q/health/ready answers 200.
#
#   deploy/local/up.sh                                      everything
#   deploy/local/up.sh complaint-service callqueue-service  the infrastructure plus those services
#   deploy/local/up.sh --infra-only                         MariaDB, databases, Kafka and topics only
#                                                           (same as SERVICES=none)
#
# Running it again starts only what is not running yet. deploy/local/down.sh stops what it started.
# Logs go to deploy/local/.run/logs/, pid files to deploy/local/.run/pids/.
#
# Environment (defaults in brackets):
#   SKIP_BUILD=1          do not run Maven (the jars must exist)
#   SERVICES              services to start when none are named on the command line, separated
#                         by spaces or commas, or "none" [all four]
#   MYSQL_HOST [127.0.0.1]  MYSQL_PORT [3306]  MYSQL_USER [root]  MYSQL_PASSWORD []
#   MARIADBD              the mariadbd binary to start when no server answers [/usr/sbin/mariadbd]
#   MYSQL_CLIENT          how to create the databases: auto, cli (mariadb/mysql) or java [auto]
#   KAFKA_PORT [9092]  KAFKA_CONTROLLER_PORT [9093]  KAFKA_HEAP [512m]
#   BOOKING_PORT [8081]  COMPLAINT_PORT [8082]  ORDER_PORT [8083]  CALLQUEUE_PORT [8084]
#   HTTP_HOST             the address the services listen on [127.0.0.1]; the local profile
#                         trusts the development JWT key, so think twice before using 0.0.0.0
#   SERVICE_JAVA_OPTS     JVM options of the services [-Xms512m -Xmx512m]: with the whole heap from the
#                         start G1 collects its young generation every few seconds under load, not
#                         every half second as with the default initial heap (bench/README.md)
#   READY_TIMEOUT         seconds to wait for the services to become ready [120]
#   JAVA_HOME             the JDK (17+) to use; otherwise java from PATH
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
run_dir="$here/.run"
log_dir="$run_dir/logs"
pid_dir="$run_dir/pids"
kafka_libs="$here/kafka/target/libs"

ALL_SERVICES=(booking-service complaint-service order-service callqueue-service)
DATABASES=(booking complaint orders callqueue)
TOPICS=(booking-events complaint-events order-events callqueue-events
        booking-events-dlq complaint-events-dlq order-events-dlq callqueue-events-dlq)
TOPIC_PARTITIONS=3

MYSQL_HOST=${MYSQL_HOST:-127.0.0.1}
MYSQL_PORT=${MYSQL_PORT:-3306}
MYSQL_USER=${MYSQL_USER:-root}
MYSQL_PASSWORD=${MYSQL_PASSWORD:-}
MYSQL_CLIENT=${MYSQL_CLIENT:-auto}
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
READY_TIMEOUT=${READY_TIMEOUT:-120}
# The local profile trusts a signing key that is in the repository: listen on loopback only.
HTTP_HOST=${HTTP_HOST:-127.0.0.1}
read -r -a service_java_opts <<< "${SERVICE_JAVA_OPTS:--Xms512m -Xmx512m}"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

usage() {
  cat <<'EOF'
usage: deploy/local/up.sh [--infra-only] [SERVICE...]

Builds the project (unless SKIP_BUILD=1), starts MariaDB (if none answers at MYSQL_HOST:MYSQL_PORT),
Kafka and the given services (default: booking-service complaint-service order-service
callqueue-service) and waits until they are ready. --infra-only (or SERVICES=none) starts only the
database and Kafka. Stop everything with deploy/local/down.sh. See the header of this script for
the environment variables it reads.
EOF
}

say() { printf '%s\n' "$*"; }
die() { printf 'up.sh: %s\n' "$*" >&2; exit 1; }

service_port() {
  case $1 in
    booking-service) echo "${BOOKING_PORT:-8081}" ;;
    complaint-service) echo "${COMPLAINT_PORT:-8082}" ;;
    order-service) echo "${ORDER_PORT:-8083}" ;;
    callqueue-service) echo "${CALLQUEUE_PORT:-8084}" ;;
  esac
}

# Accepts "complaint-service" and "complaint".
canonical_service() {
  local s
  for s in "${ALL_SERVICES[@]}"; do
    if [ "$1" = "$s" ] || [ "$1-service" = "$s" ]; then echo "$s"; return 0; fi
  done
  return 1
}

# ---------------------------------------------------------------- arguments
infra_only=0
requested=()
while [ $# -gt 0 ]; do
  case $1 in
    -h|--help) usage; exit 0 ;;
    --infra-only) infra_only=1 ;;
    -*) printf 'up.sh: unknown option %s\n' "$1" >&2; usage >&2; exit 2 ;;
    *) requested+=("$1") ;;
  esac
  shift
done
if [ ${#requested[@]} -eq 0 ] && [ $infra_only -eq 0 ] && [ -n "${SERVICES:-}" ]; then
  if [ "$SERVICES" = none ]; then
    infra_only=1
  else
    read -r -a requested <<< "${SERVICES//,/ }"
  fi
fi
services=()
if [ $infra_only -eq 0 ]; then
  if [ ${#requested[@]} -eq 0 ]; then
    services=("${ALL_SERVICES[@]}")
  else
    for name in "${requested[@]}"; do
      svc=$(canonical_service "$name") || { printf 'up.sh: unknown service %s (known: %s)\n' "$name" "${ALL_SERVICES[*]}" >&2; exit 2; }
      case " ${services[*]-} " in *" $svc "*) ;; *) services+=("$svc") ;; esac
    done
  fi
fi

# ---------------------------------------------------------------- helpers
port_open() { # HOST PORT: does something accept TCP connections there?
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null
}

# NAME MARKER...: prints the pid from .run/pids/NAME.pid if that process is alive and its command
# line contains every MARKER (so a reused pid is never taken for ours).
running_pid() {
  local file="$pid_dir/$1.pid" pid cmd marker
  shift
  [ -f "$file" ] || return 1
  pid=$(head -n 1 "$file" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  cmd=$(tr '\0' ' ' 2>/dev/null < "/proc/$pid/cmdline") || return 1
  [ -n "$cmd" ] || return 1
  for marker in "$@"; do
    [[ $cmd == *"$marker"* ]] || return 1
  done
  echo "$pid"
}

# What identifies each process up.sh starts; down.sh uses the same markers.
mariadb_markers=(mariadbd "--datadir=$run_dir/mariadb")
kafka_markers=("$here/kafka/" "$run_dir/kafka")
service_jar() { echo "$root/$1/target/quarkus-app/quarkus-run.jar"; }

tail_log() {
  printf -- '----- last lines of %s -----\n' "$1" >&2
  tail -n "${2:-40}" "$1" >&2 2>/dev/null || true
  printf -- '-----\n' >&2
}

# HOST PORT SECONDS NAME PID LOG: waits until the port answers; fails if the process dies.
wait_for_port() {
  local host=$1 port=$2 seconds=$3 name=$4 pid=$5 log=$6 deadline=$((SECONDS + $3))
  until port_open "$host" "$port"; do
    if [ ! -d "/proc/$pid" ]; then
      tail_log "$log"
      die "$name exited before it answered on $host:$port (log: $log)"
    fi
    if [ $SECONDS -ge $deadline ]; then
      tail_log "$log"
      die "$name did not answer on $host:$port within ${seconds}s (log: $log)"
    fi
    sleep 1
  done
}

http_status() { # PORT PATH: the HTTP status code, 000 when nothing answers
  local code
  if command -v curl >/dev/null 2>&1; then
    code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$1$2" 2>/dev/null) || true
  else
    code=$(timeout 5 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0" || exit 1
      printf "GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n" "$1" >&3
      head -n 1 <&3' "$1" "$2" 2>/dev/null | awk '{print $2}') || true
  fi
  echo "${code:-000}"
}

# ---------------------------------------------------------------- preflight
command -v "$java_bin" >/dev/null 2>&1 || die "java not found; install JDK 17 or set JAVA_HOME"
java_version=$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
case $java_version in
  1.*|9|1[0-6]) die "JDK 17 or newer is needed, $java_bin is $java_version" ;;
esac

mkdir -p "$log_dir" "$pid_dir"
cd "$root"

# One up.sh/down.sh at a time. Everything started below gets 9>&- so it does not hold the lock.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$run_dir/.lock"
  flock -n 9 || die "another up.sh or down.sh is running"
fi

# ---------------------------------------------------------------- build
if [ "${SKIP_BUILD:-0}" = 1 ]; then
  say "Build: skipped (SKIP_BUILD=1)"
elif [ $infra_only -eq 1 ]; then
  say "Build: ./mvnw -B -q -f deploy/local/kafka/pom.xml install (infrastructure only)"
  ./mvnw -B -q -f deploy/local/kafka/pom.xml install
else
  say "Build: ./mvnw -B -q -DskipTests install"
  ./mvnw -B -q -DskipTests install
fi

if ! compgen -G "$kafka_libs/kafka_2.13-*.jar" >/dev/null || ! compgen -G "$kafka_libs/kafka-tools-[0-9]*.jar" >/dev/null; then
  say "Kafka: broker jars missing in $kafka_libs, building deploy/local/kafka"
  ./mvnw -B -q -f deploy/local/kafka/pom.xml install
fi

missing=()
for svc in ${services[@]+"${services[@]}"}; do
  [ -f "$(service_jar "$svc")" ] || missing+=("$svc")
done
if [ ${#missing[@]} -gt 0 ]; then
  for svc in "${missing[@]}"; do
    printf 'up.sh: %s has no %s\n' "$svc" "$svc/target/quarkus-app/quarkus-run.jar" >&2
  done
  die "build the services first (./mvnw -B -DskipTests install, or run up.sh without SKIP_BUILD=1)"
fi

# A port taken by something up.sh did not start would only show up later as a confusing failure.
for svc in ${services[@]+"${services[@]}"}; do
  port=$(service_port "$svc")
  if ! running_pid "$svc" "$(service_jar "$svc")" >/dev/null && port_open 127.0.0.1 "$port"; then
    port_var=$(tr '[:lower:]' '[:upper:]' <<< "${svc%-service}")_PORT
    die "port $port (for $svc) is already in use by a process up.sh did not start; stop it or set $port_var"
  fi
done

# ---------------------------------------------------------------- MySQL / MariaDB
mariadb_datadir="$run_dir/mariadb"
mariadb_log="$log_dir/mariadb.log"

find_tool() { # NAME...: the first executable found in /usr/sbin, /usr/bin, /usr/libexec or PATH
  local name dir
  for name in "$@"; do
    for dir in /usr/sbin /usr/bin /usr/libexec /usr/local/sbin /usr/local/bin; do
      if [ -x "$dir/$name" ]; then echo "$dir/$name"; return 0; fi
    done
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
  done
  return 1
}

start_mariadb() {
  local mariadbd install_db socket user_opt=()
  if [ -n "${MARIADBD:-}" ]; then
    mariadbd=$MARIADBD
    [ -x "$mariadbd" ] || mariadbd=""
  else
    mariadbd=$(find_tool mariadbd || true)
  fi
  [ -n "$mariadbd" ] || {
    cat >&2 <<EOF
up.sh: nothing answers at $MYSQL_HOST:$MYSQL_PORT, and MariaDB is not installed here, so up.sh
cannot start a server of its own. Either
  - install MariaDB:   sudo apt-get install mariadb-server
    (up.sh then starts a private mariadbd with its data in deploy/local/.run/mariadb; if the
    package starts its own service on port $MYSQL_PORT instead, that one is used and
    MYSQL_USER/MYSQL_PASSWORD must be able to log in to it over TCP), or
  - point the stack at a running MySQL 8 or MariaDB server:
      MYSQL_HOST=... MYSQL_PORT=... MYSQL_USER=... MYSQL_PASSWORD=... deploy/local/up.sh
EOF
    exit 1
  }
  if [ "$(id -u)" = 0 ]; then user_opt=(--user=root); fi
  if [ ! -f "$mariadb_datadir/.converge-initialised" ]; then
    install_db=$(find_tool mariadb-install-db mysql_install_db) \
      || die "found $mariadbd but not mariadb-install-db to initialise its data directory"
    say "MariaDB: initialising a private data directory in ${mariadb_datadir#"$root"/}"
    rm -rf "$mariadb_datadir"
    if ! "$install_db" --no-defaults --datadir="$mariadb_datadir" --auth-root-authentication-method=normal \
        --skip-test-db "${user_opt[@]}" > "$log_dir/mariadb-install.log" 2>&1 9>&-; then
      tail_log "$log_dir/mariadb-install.log"
      die "mariadb-install-db failed (log: $log_dir/mariadb-install.log)"
    fi
    touch "$mariadb_datadir/.converge-initialised"
  fi
  socket="$run_dir/mariadb.sock"
  # A Unix socket path must fit in 108 bytes.
  if [ ${#socket} -gt 100 ]; then socket="${TMPDIR:-/tmp}/converge-mariadb-$(id -u)-$MYSQL_PORT.sock"; fi
  say "MariaDB: starting $mariadbd on 127.0.0.1:$MYSQL_PORT (log: ${mariadb_log#"$root"/})"
  "$mariadbd" --no-defaults --datadir="$mariadb_datadir" --port="$MYSQL_PORT" --bind-address=127.0.0.1 --socket="$socket" --pid-file="$mariadb_datadir/mariadbd.pid" --skip-name-resolve --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci "${user_opt[@]}" > "$mariadb_log" 2>&1 9>&- &
  echo $! > "$pid_dir/mariadb.pid"
  wait_for_port 127.0.0.1 "$MYSQL_PORT" 60 MariaDB "$(cat "$pid_dir/mariadb.pid")" "$mariadb_log"
}

own_mysql=0
if pid=$(running_pid mariadb "${mariadb_markers[@]}"); then
  own_mysql=1
  # It keeps the port it was started with.
  started_port=$(tr '\0' '\n' 2>/dev/null < "/proc/$pid/cmdline" | sed -n 's/^--port=//p')
  if [ -n "$started_port" ] && [ "$started_port" != "$MYSQL_PORT" ]; then
    say "MariaDB: note: the MariaDB up.sh started listens on $started_port, not MYSQL_PORT=$MYSQL_PORT (down.sh stops it)"
    MYSQL_PORT=$started_port
  fi
  say "MariaDB: already running (pid $pid, started by up.sh) on 127.0.0.1:$MYSQL_PORT"
  wait_for_port 127.0.0.1 "$MYSQL_PORT" 60 MariaDB "$pid" "$mariadb_log"
else
  rm -f "$pid_dir/mariadb.pid"
  if port_open "$MYSQL_HOST" "$MYSQL_PORT"; then
    say "MySQL: using the server at $MYSQL_HOST:$MYSQL_PORT (not started by up.sh; down.sh leaves it alone)"
  else
    case $MYSQL_HOST in
      127.0.0.1|localhost|::1) ;;
      *) die "nothing answers at $MYSQL_HOST:$MYSQL_PORT; start that server or unset MYSQL_HOST to let up.sh start a local MariaDB" ;;
    esac
    start_mariadb
    own_mysql=1
  fi
fi
if [ $own_mysql -eq 1 ]; then
  # The private server has root without a password, reachable on 127.0.0.1 only.
  if [ "$MYSQL_USER" != root ] || [ -n "$MYSQL_PASSWORD" ]; then
    say "MariaDB: the private server is used as root without a password (MYSQL_USER/MYSQL_PASSWORD ignored)"
  fi
  MYSQL_HOST=127.0.0.1 MYSQL_USER=root MYSQL_PASSWORD=
fi

# ---------------------------------------------------------------- databases
maven_repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
find_mariadb_driver() {
  local dir="$maven_repo/org/mariadb/jdbc/mariadb-java-client" version jar
  for version in $(ls -1 "$dir" 2>/dev/null | sort -rV); do
    jar="$dir/$version/mariadb-java-client-$version.jar"
    if [ -f "$jar" ]; then echo "$jar"; return 0; fi
  done
  return 1
}

create_databases_with_java() {
  local driver
  if ! driver=$(find_mariadb_driver); then
    say "MySQL: fetching the MariaDB JDBC driver with ./mvnw dependency:get"
    ./mvnw -B -q -N -Dmaven.repo.local="$maven_repo" dependency:get -Dartifact=org.mariadb.jdbc:mariadb-java-client:3.5.6 -Dtransitive=false 9>&- \
      || die "could not fetch the MariaDB JDBC driver"
    driver=$(find_mariadb_driver) || die "the MariaDB JDBC driver is not in ~/.m2 after dependency:get"
  fi
  MYSQL_HOST="$MYSQL_HOST" MYSQL_PORT="$MYSQL_PORT" MYSQL_USER="$MYSQL_USER" MYSQL_PASSWORD="$MYSQL_PASSWORD" \
    "$java_bin" -cp "$driver" "$here/CreateDatabases.java" "${DATABASES[@]}" 9>&-
}

create_databases() {
  local client="" sql="" db
  for db in "${DATABASES[@]}"; do
    sql+="CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4; "
  done
  case $MYSQL_CLIENT in
    auto|cli) client=$(command -v mariadb || command -v mysql || true) ;;
    java) ;;
    *) die "MYSQL_CLIENT must be auto, cli or java, not $MYSQL_CLIENT" ;;
  esac
  if [ -n "$client" ]; then
    say "MySQL: creating databases ${DATABASES[*]} (IF NOT EXISTS) with $client"
    MYSQL_PWD="$MYSQL_PASSWORD" "$client" --protocol=TCP --host="$MYSQL_HOST" --port="$MYSQL_PORT" \
      --user="$MYSQL_USER" --batch -e "$sql" 9>&- \
      || die "could not create the databases at $MYSQL_HOST:$MYSQL_PORT as $MYSQL_USER"
  elif [ "$MYSQL_CLIENT" = cli ]; then
    die "MYSQL_CLIENT=cli, but neither mariadb nor mysql is installed"
  else
    say "MySQL: creating databases ${DATABASES[*]} (IF NOT EXISTS) with JDBC (deploy/local/CreateDatabases.java)"
    create_databases_with_java || die "could not create the databases at $MYSQL_HOST:$MYSQL_PORT as $MYSQL_USER"
  fi
}
create_databases

# ---------------------------------------------------------------- Kafka
kafka_log="$log_dir/kafka.log"
kafka_data="$run_dir/kafka"
tool_opts=(-Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$here/kafka/log4j2.properties")

if pid=$(running_pid kafka "${kafka_markers[@]}"); then
  # It keeps the port it was started with.
  started_port=$(sed -n 's/^advertised.listeners=.*:\([0-9]*\)$/\1/p' "$kafka_data/server.properties" 2>/dev/null || true)
  if [ -n "$started_port" ] && [ "$started_port" != "$KAFKA_PORT" ]; then
    say "Kafka: note: the running broker listens on $started_port, not KAFKA_PORT=$KAFKA_PORT"
    KAFKA_PORT=$started_port
  fi
  say "Kafka: already running (pid $pid, started by up.sh) on 127.0.0.1:$KAFKA_PORT"
else
  rm -f "$pid_dir/kafka.pid"
  for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    if port_open 127.0.0.1 "$p"; then
      die "port $p is already in use by a process up.sh did not start; stop it or choose other ports with KAFKA_PORT/KAFKA_CONTROLLER_PORT"
    fi
  done
  say "Kafka: starting the broker on 127.0.0.1:$KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT, log: ${kafka_log#"$root"/})"
  "$here/kafka/broker.sh" "$kafka_data" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" > "$kafka_log" 2>&1 9>&- &
  echo $! > "$pid_dir/kafka.pid"
  pid=$(cat "$pid_dir/kafka.pid")
fi
wait_for_port 127.0.0.1 "$KAFKA_PORT" 90 Kafka "$pid" "$kafka_log"
kafka_bootstrap="127.0.0.1:$KAFKA_PORT"

topic_command() {
  "$java_bin" "${tool_opts[@]}" -cp "$kafka_libs/*" org.apache.kafka.tools.TopicCommand \
    --bootstrap-server "$kafka_bootstrap" "$@" 9>&-
}

existing_topics=""
for attempt in 1 2 3 4 5 6; do
  if existing_topics=$(topic_command --list 2>"$run_dir/topics.err"); then break; fi
  [ $attempt -lt 6 ] || { cat "$run_dir/topics.err" >&2; die "could not list the topics of $kafka_bootstrap"; }
  sleep 2
done
to_create=()
for topic in "${TOPICS[@]}"; do
  grep -qx -- "$topic" <<< "$existing_topics" || to_create+=("$topic")
done
if [ ${#to_create[@]} -eq 0 ]; then
  say "Kafka: topics present: ${TOPICS[*]}"
else
  say "Kafka: creating topics ${to_create[*]} ($TOPIC_PARTITIONS partitions each)"
  creators=()
  for topic in "${to_create[@]}"; do
    topic_command --create --if-not-exists --topic "$topic" --partitions "$TOPIC_PARTITIONS" \
      --replication-factor 1 > "$run_dir/topic-$topic.out" 2>&1 &
    creators+=($!)
  done
  failed_topics=()
  for i in "${!creators[@]}"; do
    wait "${creators[$i]}" || failed_topics+=("${to_create[$i]}")
  done
  if [ ${#failed_topics[@]} -gt 0 ]; then
    for topic in "${failed_topics[@]}"; do tail_log "$run_dir/topic-$topic.out" 20; done
    die "could not create the topics ${failed_topics[*]}"
  fi
  rm -f "$run_dir"/topic-*.out
fi
rm -f "$run_dir/topics.err"

# ---------------------------------------------------------------- services
if [ ${#services[@]} -eq 0 ]; then
  say
  say "Infrastructure is up (no services started):"
  say "  MySQL   $MYSQL_HOST:$MYSQL_PORT (user $MYSQL_USER), databases ${DATABASES[*]}"
  say "  Kafka   $kafka_bootstrap, topics ${TOPICS[*]}"
  say "  logs    ${log_dir#"$root"/}/"
  say "Stop with deploy/local/down.sh"
  exit 0
fi

for svc in "${services[@]}"; do
  jar=$(service_jar "$svc")
  port=$(service_port "$svc")
  log="$log_dir/$svc.log"
  if pid=$(running_pid "$svc" "$jar"); then
    say "$svc: already running (pid $pid) on port $port"
    continue
  fi
  rm -f "$pid_dir/$svc.pid"
  say "$svc: starting on port $port (log: ${log#"$root"/})"
  QUARKUS_PROFILE=local QUARKUS_HTTP_HOST="$HTTP_HOST" QUARKUS_HTTP_PORT="$port" KAFKA_BOOTSTRAP_SERVERS="$kafka_bootstrap" MYSQL_HOST="$MYSQL_HOST" MYSQL_PORT="$MYSQL_PORT" MYSQL_USER="$MYSQL_USER" MYSQL_PASSWORD="$MYSQL_PASSWORD" "$java_bin" "${service_java_opts[@]}" -jar "$jar" > "$log" 2>&1 9>&- &
  echo $! > "$pid_dir/$svc.pid"
done

say "Waiting up to ${READY_TIMEOUT}s for /q/health/ready of: ${services[*]}"
sleep 1
deadline=$((SECONDS + READY_TIMEOUT))
pending=("${services[@]}")
failed=()
while [ ${#pending[@]} -gt 0 ]; do
  still=()
  for svc in "${pending[@]}"; do
    if ! running_pid "$svc" "$(service_jar "$svc")" >/dev/null; then
      failed+=("$svc")
      printf 'up.sh: %s exited\n' "$svc" >&2
      continue
    fi
    if [ "$(http_status "$(service_port "$svc")" /q/health/ready)" = 200 ]; then
      say "  $svc is ready"
    else
      still+=("$svc")
    fi
  done
  pending=(${still[@]+"${still[@]}"})
  if [ ${#pending[@]} -gt 0 ]; then
    if [ $SECONDS -ge $deadline ]; then
      for svc in "${pending[@]}"; do
        printf 'up.sh: %s is not ready after %ss (last status %s)\n' "$svc" "$READY_TIMEOUT" \
          "$(http_status "$(service_port "$svc")" /q/health/ready)" >&2
      done
      failed+=("${pending[@]}")
      break
    fi
    sleep 1
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  for svc in "${failed[@]}"; do tail_log "$log_dir/$svc.log" 60; done
  printf 'up.sh: not ready: %s. Everything else is left running; stop it all with deploy/local/down.sh\n' "${failed[*]}" >&2
  exit 1
fi

say
say "Converge is up."
for svc in "${services[@]}"; do
  port=$(service_port "$svc")
  say "  $svc"
  say "    API         http://127.0.0.1:$port/"
  say "    Swagger UI  http://127.0.0.1:$port/q/swagger-ui"
  say "    readiness   http://127.0.0.1:$port/q/health/ready"
  say "    metrics     http://127.0.0.1:$port/q/metrics"
  say "    log         ${log_dir#"$root"/}/$svc.log"
done
say "  MySQL   $MYSQL_HOST:$MYSQL_PORT    Kafka   $kafka_bootstrap    logs   ${log_dir#"$root"/}/"
say
say "A bearer token (roles CUSTOMER, SUPPORT, AGENT, ADMIN):"
say "  TOKEN=\$(deploy/local/token.sh --role SUPPORT --sub 42)"
say "  curl -H \"Authorization: Bearer \$TOKEN\" http://127.0.0.1:$(service_port "${services[0]}")/..."
say "Stop everything with deploy/local/down.sh"
