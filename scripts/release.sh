#!/usr/bin/env bash
# Builds the release APKs (docs/build.md, "The release build"): R8-minified and resource-shrunk,
# not debuggable, one per ABI in app/target/release/ (registerly-<abi>-release.apk) with R8's
# mapping.txt beside them, and checks them (the release tests read their dex and manifests).
#
# Signing: set REGISTERLY_KEYSTORE (path), REGISTERLY_KEY_ALIAS, and the passwords in
# REGISTERLY_KEYSTORE_PASSWORD and REGISTERLY_KEY_PASSWORD (the key's defaults to the store's).
# apksigner reads the passwords from the environment itself; they never go on a command line.
# Without REGISTERLY_KEYSTORE the APKs are signed with a throwaway key, which must not be shipped.
# Certificate pins for one deployment (off by default): REGISTERLY_CERTIFICATE_PINS, e.g.
#   sync.school.example:sha256/<base64>,sha256/<backup base64>;expires=2027-09-01
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh
ensure_prerequisites

if [ -z "${REGISTERLY_KEYSTORE:-}" ]; then
  cat >&2 <<'WARN'
************************************************************************
  REGISTERLY_KEYSTORE is not set: signing with a THROWAWAY key
  (app/target/release/throwaway-NOT-FOR-DISTRIBUTION.jks, alias
  THROWAWAY-NOT-FOR-RELEASE). These APKs are for testing only: do not
  give them to a school, since no later build could update them.
************************************************************************
WARN
fi

pins=()
if [ -n "${REGISTERLY_CERTIFICATE_PINS:-}" ]; then
  pins=("-Dregisterly.release.pins=${REGISTERLY_CERTIFICATE_PINS}")
fi

# The app's unit tests are skipped here (scripts/test.sh runs them); the release tests run.
mvn -B -ntp -Prelease -pl android-plugin,rules,app -am verify -Dtest='!*' -Dsurefire.failIfNoSpecifiedTests=false \
  ${pins[@]+"${pins[@]}"} "$@"

echo
echo "Release APKs in $(pwd)/app/target/release/:"
ls -l app/target/release/*.apk app/target/release/mapping.txt
echo
column -t app/target/release/sizes.tsv
