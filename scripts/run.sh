#!/usr/bin/env bash
# Builds and runs Registerly: the README's run command. Installs what it needs, builds every
# module with tests skipped (run scripts/test.sh for those), prints where the APK is, then runs
# the sync server with the demo school on its embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh
ensure_prerequisites

mvn -B -ntp -DskipTests package
echo
echo "Android app (signed debug APK): $(pwd)/app/target/registerly-debug.apk"
echo "  install on a device or emulator with: adb install -r app/target/registerly-debug.apk"

# Demo server: the sync server on its embedded PostgreSQL (data kept in ${REGISTERLY_DATA_DIR:-~/.registerly/postgres})
# with the demo school; it prints the demo enrolment codes and stays in the foreground (Ctrl-C stops it).
# Port: REGISTERLY_PORT (default 8080). See docs/server.md.
echo
echo "Starting the demo server on port ${REGISTERLY_PORT:-8080} (docs/server.md; OpenAPI at /openapi.json)..."
exec java -jar server/target/registerly-server.jar --demo
