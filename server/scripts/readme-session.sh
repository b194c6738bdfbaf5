#!/usr/bin/env bash
# Prints the session of server/README.md's "Quick start": starts a real server on
# 127.0.0.1:8080 with the README's config file in a temporary directory, runs each command
# and prints it as "$ command" followed by its output. Regenerate the README's block with
#   cargo build -p contactkit-server && server/scripts/readme-session.sh
set -u
BIN=${BIN:-$(cd "$(dirname "$0")/../.." && pwd)/target/debug/contactkit-server}
DIR=$(mktemp -d)
trap 'kill ${PID:-} 2>/dev/null; rm -rf "$DIR"' EXIT
cd "$DIR"
cat > contactkit.toml <<'TOML'
[[tenant]]
id = "acme"
api_keys = ["PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE", "DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q"]

[[tenant]]
id = "p60HYv5wjgQaOrPdqT5NjbpkroD2"
customer_id = "5242031"
basic_auth = ["bik:s3cret"]

[limits]
dev_per_minute = 2
TOML
$BIN --config contactkit.toml --listen 127.0.0.1:8080 --database contactkit.db 2>server.log &
PID=$!
for i in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:8080/healthz && break; sleep 0.1; done
show() { printf '$ %s\n' "$1"; bash -c "$1"; printf '\n\n'; }
B=http://127.0.0.1:8080
show "curl -s -X POST \"$B/api/v1/customer/update-profile?apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE\" \\
    -H 'Content-Type: application/json' \\
    -d '{\"email\": \"Jan@Barasek.com\", \"name\": \"Jan Barášek\", \"phone\": \"+420 777 123 456\", \"postalCode\": \"27201\", \"country\": \"cz\", \"newsletter\": true, \"groups\": [\"newsletter\"]}'"
show "curl -s -X POST $B/api/v1/customer/update-profile \\
    -H 'Authorization: Bearer PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE' -H 'Content-Type: application/json' \\
    -d '{\"email\": \"jan@barasek.com\", \"city\": \"Kladno\"}'"
show "curl -s '$B/api/v1/customer/profile?email=JAN@barasek.com' -H 'Authorization: Bearer PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE'"
show "curl -s -X POST $B/api/v1/customer/update-profile \\
    -H 'Authorization: Bearer PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE' -H 'Content-Type: application/json' \\
    -d '{\"emial\": \"jan@barasek.com\"}'"
show "curl -s -X POST $B/api/v1/customer/update-profile -H 'Content-Type: application/json' -d '{\"email\": \"jan@barasek.com\"}'"
show "curl -s $B/integrations/bikPlatformFunctions-createOrUpdateUserProperties \\
    --user bik:s3cret -H 'Content-Type: application/json' --data-raw '{\"userProperties\": [
      {\"phoneNumber\": \"9090909090\", \"email\": \"mark@bik.ai\", \"firstName\": \"Test\", \"lastName\": \"2\"},
      {\"phoneNumber\": \"9090909010\", \"emil\": \"mark2@bik.ai\", \"firstName\": \"Test2\", \"lastName\": \"4\"}]}'"
show "curl -s $B/integrations/bikPlatformFunctions-createOrUpdateUserProperties \\
    --user bik:s3cret -H 'Content-Type: application/json' \\
    -d '{\"userProperties\": [{\"phoneNumber\": \"9090909090\", \"email\": \"Mark@BIK.ai\", \"firstName\": \"Test\", \"lastName\": \"2\", \"city\": \"Pune\"}]}'"
show "curl -s $B/integrations/bikPlatformFunctions-createOrUpdateUserProperties \\
    --user bik:s3cret -d '{\"userProperties\": []}'"
show "curl -s -i -X POST $B/integrations/bikPlatformFunctions-createOrUpdateUserProperties -H 'Content-Type: application/json' -d '{}'"
show "curl -s '$B/api/v1/customer/profile?email=mark@bik.ai&apiKey=PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE'"
show "for i in 1 2 3; do curl -s -i '$B/api/v1/customer/profile?email=jan@barasek.com&apiKey=DEV_FroWy76lMXouvBW8J5Vcd4ifav4Q' | grep -iE '^HTTP|^retry-after|^\\{'; done"
show "curl -s $B/healthz"
show "chmod 0444 contactkit.db && curl -s -i $B/healthz; chmod 0644 contactkit.db"
show "curl -s $B/healthz"
show "sqlite3 contactkit.db 'SELECT tenant, source, contact_key, phone, data FROM contacts'"
kill -TERM $PID; wait $PID
