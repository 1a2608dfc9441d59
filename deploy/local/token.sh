#!/usr/bin/env bash
# Prints a bearer token (JWT, RS256) for the local stack, signed with the development key that only
# the dev, test and local profiles trust. Needs only bash and openssl.
#
#   deploy/local/token.sh --role SUPPORT --sub 42 [--ttl 3600]
#
#   --role  CUSTOMER, SUPPORT, AGENT or ADMIN (the token's groups claim)
#   --sub   the subject (also the upn); for CUSTOMER the customer id, a positive integer
#   --ttl   lifetime in seconds (default 3600)
#
#   TOKEN=$(deploy/local/token.sh --role CUSTOMER --sub 7)
#   curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8082/...
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
key="${JWT_PRIVATE_KEY:-$root/shared-kernel/src/test/resources/dev-jwt/private-key.pem}"
issuer="https://converge.local/dev-issuer"
kid="converge-dev"

usage() {
  cat <<'EOF'
usage: deploy/local/token.sh --role CUSTOMER|SUPPORT|AGENT|ADMIN --sub SUBJECT [--ttl SECONDS]
  --role  the role (groups claim)
  --sub   the subject and upn; for CUSTOMER the customer id (a positive integer)
  --ttl   lifetime in seconds, default 3600
EOF
}
fail() { printf 'token.sh: %s\n' "$1" >&2; usage >&2; exit 2; }

role="" sub="" ttl=3600
while [ $# -gt 0 ]; do
  case $1 in
    -h|--help) usage; exit 0 ;;
    --role|--sub|--ttl)
      [ $# -ge 2 ] || fail "$1 needs a value"
      case $1 in --role) role=$2 ;; --sub) sub=$2 ;; --ttl) ttl=$2 ;; esac
      shift 2 ;;
    --role=*) role=${1#*=}; shift ;;
    --sub=*) sub=${1#*=}; shift ;;
    --ttl=*) ttl=${1#*=}; shift ;;
    *) fail "unexpected argument: $1" ;;
  esac
done

[ -n "$role" ] || fail "--role is required"
[ -n "$sub" ] || fail "--sub is required"
role=$(printf '%s' "$role" | tr '[:lower:]' '[:upper:]')
case $role in
  CUSTOMER|SUPPORT|AGENT|ADMIN) ;;
  *) fail "unknown role '$role' (CUSTOMER, SUPPORT, AGENT or ADMIN)" ;;
esac
if [ "$role" = CUSTOMER ] && ! [[ $sub =~ ^[1-9][0-9]{0,17}$ ]]; then
  fail "for CUSTOMER, --sub is the customer id and must be a positive integer"
fi
# Subjects are user ids: keep them to characters that need no escaping in JSON.
[[ $sub =~ ^[A-Za-z0-9._@:+-]{1,128}$ ]] || fail "--sub may contain only letters, digits and . _ @ : + - (1 to 128 characters)"
[[ $ttl =~ ^[1-9][0-9]{0,8}$ ]] || fail "--ttl must be a positive number of seconds"

command -v openssl >/dev/null 2>&1 || { echo "token.sh: openssl is needed" >&2; exit 1; }
[ -r "$key" ] || { echo "token.sh: cannot read the development key $key" >&2; exit 1; }

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

iat=$(date +%s)
exp=$((iat + ttl))
header='{"alg":"RS256","typ":"JWT","kid":"'"$kid"'"}'
payload='{"iss":"'"$issuer"'","sub":"'"$sub"'","upn":"'"$sub"'","groups":["'"$role"'"],"iat":'"$iat"',"exp":'"$exp"'}'
signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$key" -binary | b64url)
[ -n "$signature" ] || { echo "token.sh: signing failed" >&2; exit 1; }
printf '%s.%s\n' "$signing_input" "$signature"
