# Installs what the build needs on a fresh Debian machine and is a no-op once it is there.
# Sourced by scripts/test.sh and scripts/run.sh.

# Runs a command as root: directly when we are root (CI, the README's set-up), else via sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages that provide the given commands, when any is missing.
# Arguments are command:package pairs.
install_missing() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair##*:}")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing ${missing[*]} (apt-get)..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# The app compiles against Android 16 (Java 21 class files) and Robolectric runs SDK 36 on Java 21+,
# so app/ uses a second JDK of 21 or later (app/pom.xml's android.jdk, Temurin 25 on these machines).
# When that one is missing, another JDK 21+ under /usr/lib/jvm is used (passed in MAVEN_OPTS).
ensure_android_jdk() {
  local default=/usr/lib/jvm/temurin-25-jdk-amd64 candidate version
  [ -x "$default/bin/javac" ] && return 0
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    version="$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
    if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      export MAVEN_OPTS="${MAVEN_OPTS:-} -Dandroid.jdk=$candidate"
      return 0
    fi
  done
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-21-jdk-headless >/dev/null 2>&1 \
    && export MAVEN_OPTS="${MAVEN_OPTS:-} -Dandroid.jdk=/usr/lib/jvm/java-21-openjdk-amd64" && return 0
  echo "The app needs a JDK 21 or later for Android 16 (none under /usr/lib/jvm): install one and pass -Dandroid.jdk=DIR" >&2
  return 1
}

# The web dashboard's tests (issue 18) drive a real browser: Debian's Chromium through its chromedriver,
# named by path in the tests, so nothing is downloaded at test time (no Selenium Manager).
ensure_browser() {
  install_missing chromium:chromium chromedriver:chromium-driver
}

# The app's fault tests put a real proxy between the app and the server (issue 12): Debian's nginx,
# run by the tests themselves on a free loopback port (never as a service). nginx-light is enough;
# where a release has no nginx-light, the full package.
ensure_nginx() {
  [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 && return 0
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null 2>&1 \
    || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
}

# JDK 17 and Maven run the build; aapt2, zipalign and apksigner build the APK (the Android SDK's
# own binaries are not downloadable here, Debian's are).
ensure_prerequisites() {
  install_missing javac:openjdk-17-jdk-headless mvn:maven aapt2:aapt zipalign:zipalign apksigner:apksigner
  ensure_android_jdk
  ensure_nginx
}
