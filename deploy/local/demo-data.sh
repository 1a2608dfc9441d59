#!/usr/bin/env bash
# Loads demo data into the local stack's booking-service (deploy/local/up.sh must be running it):
# customers 900001... with addresses, providers with calendars for the next 14 days, and bookings in
# every state, with Indian names, cities and pincodes. It goes through booking-service's use cases,
# so CustomerRegistered, BookingCreated, BookingConfirmed, ... reach Kafka. Running it again with
# the same sizes and seed adds nothing.
#
#   deploy/local/demo-data.sh                                   the source design's figures: 150 customers
#                                                               (about 200 addresses), 120 providers, 140 bookings
#   deploy/local/demo-data.sh --providers 10000                 plus bulk providers over many pincodes (benchmarks)
#   deploy/local/demo-data.sh --customers 500 --bookings 1000 --seed 7
#
#   BOOKING_URL   booking-service's base URL [http://127.0.0.1:8081]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
url="${BOOKING_URL:-http://127.0.0.1:8081}"

usage() {
  cat <<'USAGE'
usage: deploy/local/demo-data.sh [--customers N] [--providers N] [--bookings N] [--seed N]
  defaults: 150 customers, 120 providers, 140 bookings, seed 2026
USAGE
}
fail() { printf 'demo-data.sh: %s\n' "$1" >&2; usage >&2; exit 2; }

query=""
while [ $# -gt 0 ]; do
  case $1 in
    -h|--help) usage; exit 0 ;;
    --customers|--providers|--bookings|--seed)
      [ $# -ge 2 ] || fail "$1 needs a value"
      [[ $2 =~ ^[0-9]{1,6}$ ]] || fail "$1 must be a number"
      query="$query&${1#--}=$2"
      shift 2 ;;
    *) fail "unexpected argument: $1" ;;
  esac
done

token=$("$here/token.sh" --role ADMIN --sub demo-data --ttl 7200)
echo "demo-data.sh: loading into $url (10,000 providers take a few minutes) ..." >&2
curl -sS --fail-with-body --max-time 7200 -X POST -H "Authorization: Bearer $token" "$url/api/v1/demo-data?${query#&}"
echo
