package uk.registerly.android.build;

/** What the app is built for: one value object instead of five loose parameters in every step. */
record AndroidTarget(String applicationId, int minSdk, int targetSdk, int versionCode, String versionName,
                     boolean debuggable) {
    /** The same app as a release build: never debuggable, whatever the debug build is. */
    AndroidTarget release() {
        return new AndroidTarget(applicationId, minSdk, targetSdk, versionCode, versionName, false);
    }
}
