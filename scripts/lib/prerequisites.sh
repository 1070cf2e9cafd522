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

# JDK 17 and Maven run the build; aapt2, zipalign and apksigner build the APK (the Android SDK's
# own binaries are not downloadable here, Debian's are).
ensure_prerequisites() {
  install_missing javac:openjdk-17-jdk-headless mvn:maven aapt2:aapt zipalign:zipalign apksigner:apksigner
}
