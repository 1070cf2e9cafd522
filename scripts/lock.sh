#!/usr/bin/env bash
# Regenerates app/dependencies.lock and the generated blocks of app/pom.xml from
# app/dependencies.txt, resolving the way Gradle does. Run after any dependency change.
set -euo pipefail
cd "$(dirname "$0")/.."
# The lock goal lives in our own plugin, built here in the same reactor (the app's `lock` profile
# runs it in the validate phase): nothing is installed into the local repository, which other
# checkouts on the machine share.
mvn -B -ntp -q -pl android-plugin,app -am -Plock package -DskipTests
echo "Locked: see git diff app/dependencies.lock"
