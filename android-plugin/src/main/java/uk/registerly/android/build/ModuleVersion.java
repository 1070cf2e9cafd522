package uk.registerly.android.build;

/** A module at one version: {@code group:name:version}. */
record ModuleVersion(String group, String name, String version) {
    static ModuleVersion parse(String coordinates) {
        String[] parts = coordinates.trim().split(":");
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new IllegalArgumentException("Expected group:artifact:version, got '" + coordinates + "'");
        }
        return new ModuleVersion(parts[0], parts[1], parts[2]);
    }

    String module() {
        return group + ':' + name;
    }

    @Override
    public String toString() {
        return module() + ':' + version;
    }
}
