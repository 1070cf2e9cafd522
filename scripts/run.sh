#!/usr/bin/env bash
# Builds and runs Registerly: the README's run command. Installs what it needs, builds every
# module with tests skipped (run scripts/test.sh for those), and prints where the APK is.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh
ensure_prerequisites

mvn -B -ntp -DskipTests package
echo
echo "Android app (signed debug APK): $(pwd)/app/target/registerly-debug.apk"
echo "  install on a device or emulator with: adb install -r app/target/registerly-debug.apk"

# ---------------------------------------------------------------------------------------------
# Demo server: starts the sync server on its embedded PostgreSQL with demo data.
# (Added by the server's issue: put the start command here, after the build above.)
# ---------------------------------------------------------------------------------------------
