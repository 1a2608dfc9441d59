#!/usr/bin/env bash
# Stops what deploy/local/up.sh started, and nothing else: the processes named by the pid files in
# deploy/local/.run/pids/ — the services first, then Kafka, then MariaDB (only if up.sh started
# it; a server that was already running is never touched). A pid is only signalled when its
# /proc/<pid>/cmdline still shows the process up.sh started. SIGTERM, then SIGKILL after
# STOP_TIMEOUT seconds (default 30).
#
#   deploy/local/down.sh            stop everything
#   deploy/local/down.sh --purge    stop everything, then delete deploy/local/.run (Kafka and
#                                   MariaDB data, logs) for a fresh start
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
run_dir="$here/.run"
pid_dir="$run_dir/pids"
STOP_TIMEOUT=${STOP_TIMEOUT:-30}

SERVICES=(booking-service complaint-service order-service callqueue-service)

purge=0
case ${1:-} in
  "") ;;
  --purge) purge=1 ;;
  -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) printf 'usage: deploy/local/down.sh [--purge]\n' >&2; exit 2 ;;
esac

if [ ! -d "$run_dir" ]; then
  echo "Nothing to stop (no ${run_dir#"$root"/})."
  exit 0
fi

if command -v flock >/dev/null 2>&1; then
  exec 9>"$run_dir/.lock"
  flock -w 60 9 || { echo "down.sh: up.sh or down.sh is still running" >&2; exit 1; }
fi

# The same markers as up.sh: what the command line of each process it starts contains.
markers_of() {
  case $1 in
    mariadb) printf '%s\n' mariadbd "--datadir=$run_dir/mariadb" ;;
    kafka) printf '%s\n' "$here/kafka/" "$run_dir/kafka" ;;
    *) printf '%s\n' "$root/$1/target/quarkus-app/quarkus-run.jar" ;;
  esac
}

cmdline_of() { tr '\0' ' ' 2>/dev/null < "/proc/$1/cmdline"; }

# Is PID alive and still the process NAME (its command line has every marker)?
is_ours() {
  local pid=$1 name=$2 cmd marker
  cmd=$(cmdline_of "$pid") || return 1
  [ -n "$cmd" ] || return 1          # gone, or a zombie
  while IFS= read -r marker; do
    [[ $cmd == *"$marker"* ]] || return 1
  done < <(markers_of "$name")
}

stopped_any=0

# Stops a group of components together: SIGTERM to all, wait, SIGKILL whatever is left.
stop_group() {
  local name file pid cmd names=() pids=() deadline i
  for name in "$@"; do
    file="$pid_dir/$name.pid"
    [ -f "$file" ] || continue
    pid=$(head -n 1 "$file" 2>/dev/null || true)
    if ! [[ $pid =~ ^[0-9]+$ ]]; then
      echo "$name: unreadable pid file, removed"
      rm -f "$file"; continue
    fi
    if ! cmd=$(cmdline_of "$pid") || [ -z "$cmd" ]; then
      echo "$name: not running (pid $pid), pid file removed"
      rm -f "$file"; continue
    fi
    if ! is_ours "$pid" "$name"; then
      echo "$name: pid $pid is now another process ($cmd); left alone, pid file removed"
      rm -f "$file"; continue
    fi
    echo "$name: stopping pid $pid"
    kill -TERM "$pid" 2>/dev/null || true
    names+=("$name"); pids+=("$pid")
  done
  [ ${#pids[@]} -gt 0 ] || return 0
  deadline=$((SECONDS + STOP_TIMEOUT))
  while :; do
    local alive=0
    for i in "${!pids[@]}"; do
      is_ours "${pids[$i]}" "${names[$i]}" && alive=1
    done
    if [ $alive -eq 0 ] || [ $SECONDS -ge $deadline ]; then break; fi
    sleep 0.5
  done
  for i in "${!pids[@]}"; do
    if is_ours "${pids[$i]}" "${names[$i]}"; then
      echo "${names[$i]}: still running after ${STOP_TIMEOUT}s, sending SIGKILL to pid ${pids[$i]}"
      kill -KILL "${pids[$i]}" 2>/dev/null || true
      for _ in 1 2 3 4 5 6 7 8 9 10; do is_ours "${pids[$i]}" "${names[$i]}" || break; sleep 0.5; done
    fi
    echo "${names[$i]}: stopped"
    rm -f "$pid_dir/${names[$i]}.pid"
    stopped_any=1
  done
}

stop_group "${SERVICES[@]}"
stop_group kafka
stop_group mariadb

# Pid files up.sh did not write: say so, touch nothing.
if [ -d "$pid_dir" ]; then
  for file in "$pid_dir"/*.pid; do
    [ -e "$file" ] || continue
    echo "down.sh: unknown pid file $file left alone" >&2
  done
fi

if [ $stopped_any -eq 0 ]; then
  echo "Nothing was running."
fi

if [ $purge -eq 1 ]; then
  rm -rf "$run_dir"
  echo "Removed ${run_dir#"$root"/} (Kafka and MariaDB data, logs)."
fi
