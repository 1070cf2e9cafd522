#!/usr/bin/env bash
# Regenerates app/dependencies.lock and the generated blocks of app/pom.xml from
# app/dependencies.txt, resolving the way Gradle does. Run after any dependency change.
set -euo pipefail
cd "$(dirname "$0")/.."
# The lock goal lives in our own plugin: install it (and the parent pom) into the local repository first.
mvn -B -q -pl android-plugin -am install -DskipTests
mvn -B -f app/pom.xml registerly-android:lock
