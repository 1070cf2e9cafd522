package uk.registerly.android.build;

/**
 * One line of the dependency lock: {@code group:artifact:version:type:scope}, where scope is
 * {@code compile} (in the APK), {@code test} (tests only) or {@code processor} (javac's processor path).
 */
record LockEntry(String group, String artifact, String version, String type, String scope) {
    static LockEntry parse(String line) {
        String[] parts = line.trim().split(":");
        if (parts.length != 5) {
            throw new IllegalArgumentException("Expected group:artifact:version:type:scope, got '" + line + "'");
        }
        return new LockEntry(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    String line() {
        return String.join(":", group, artifact, version, type, scope);
    }
}
