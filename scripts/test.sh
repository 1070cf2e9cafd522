#!/usr/bin/env bash
# Runs every test of every module: the README's test command, and what CI runs (.ci/run).
# Installs what it needs, runs `mvn verify` from the top with the release profile (which builds
# the debug APK and the R8-minified release APKs, and reads the release dex so a missing keep rule
# fails), prints each module's Surefire/Failsafe summary, and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh
ensure_prerequisites
ensure_browser

log="$(mktemp -t registerly-test.XXXXXX.log)"
status=0
mvn -B -ntp -Prelease verify "$@" 2>&1 | tee "$log" || status=$?

# One line per test run (module and plugin), then the total, from Maven's own summaries.
echo
echo "Test summary"
awk '
  /--- maven-(surefire|failsafe)-plugin:[^ ]*:(test|integration-test) / { module = $NF == "---" ? $(NF-1) : $NF }
  /Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$/ {
    sub(/^\[[A-Z]+\] /, "")
    printf "  %-32s %s\n", module, $0
    split($0, n, /[^0-9]+/)
    run += n[2]; failed += n[3] + n[4]; skipped += n[5]
  }
  END {
    if (run == 0) { print "  no tests ran"; exit }
    printf "Total: %d passed, %d failed, %d skipped\n", run - failed - skipped, failed, skipped
  }' "$log"
[ -f app/target/registerly-debug.apk ] && echo "APK: app/target/registerly-debug.apk"
[ -f app/target/release/sizes.tsv ] && echo "Release APKs (signed with a throwaway key unless REGISTERLY_KEYSTORE is set): app/target/release/"
rm -f "$log"
exit "$status"
