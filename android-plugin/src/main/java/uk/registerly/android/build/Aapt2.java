package uk.registerly.android.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;

/** The two aapt2 steps: compile a res/ directory to flat files, and link them into a resource APK. */
final class Aapt2 {
    private final ExternalTool tool = ExternalTool.debian("aapt2", "aapt");

    String version() throws MojoExecutionException {
        return tool.run(List.of("version")).trim();
    }

    void compile(Path resDirectory, Path outputZip) throws MojoExecutionException {
        tool.run(List.of("compile", "--dir", resDirectory.toString(), "-o", outputZip.toString()));
    }

    /**
     * Links compiled resources in priority order (lowest first: libraries, then the app), so that
     * the app's values override its libraries', as in an AGP build.
     */
    void link(LinkRequest request) throws MojoExecutionException {
        AndroidTarget target = request.target();
        List<String> args = new ArrayList<>(List.of(
                "link", "-o", request.resourceApk().toString(),
                "-I", request.platformJar().toString(),
                "--manifest", request.manifest().toString(),
                "--auto-add-overlay",
                // Newer manifest elements (e.g. <property>) are unknown to this aapt2; warn, do not fail.
                "--warn-manifest-validation",
                "--min-sdk-version", Integer.toString(target.minSdk()),
                "--target-sdk-version", Integer.toString(target.targetSdk()),
                "--version-code", Integer.toString(target.versionCode()),
                "--version-name", target.versionName(),
                "--output-text-symbols", request.symbols().toString()));
        if (target.debuggable()) {
            args.add("--debug-mode");
        }
        if (request.stableIds() != null) {
            args.add("--stable-ids");
            args.add(request.stableIds().toString());
        } else {
            args.add("--emit-ids");
            args.add(request.emittedIds().toString());
        }
        if (!request.variant().configurations().isEmpty()) {
            args.add("-c");
            args.add(String.join(",", request.variant().configurations()));
        }
        if (request.variant().protoFormat()) {
            args.add("--proto-format");
        }
        if (request.variant().keepRules() != null) {
            args.add("--proguard");
            args.add(request.variant().keepRules().toString());
        }
        if (request.assets() != null) {
            args.add("-A");
            args.add(request.assets().toString());
        }
        for (Path compiled : request.compiledResources()) {
            args.add("-R");
            args.add(compiled.toString());
        }
        tool.run(args);
    }

    /** Converts a proto-format resource APK (what R8's resource shrinker reads and writes) to the binary one Android loads. */
    void convertToBinary(Path protoApk, Path binaryApk) throws MojoExecutionException {
        tool.run(List.of("convert", "--output-format", "binary", "-o", binaryApk.toString(), protoApk.toString()));
    }

    /**
     * @param stableIds  ids of an earlier link to keep (tests must see the ids the app was compiled
     *                   against), or null to emit fresh ids into {@code emittedIds}
     */
    record LinkRequest(AndroidTarget target, Path platformJar, Path manifest, List<Path> compiledResources,
                       Path assets, Path resourceApk, Path symbols, Path emittedIds, Path stableIds,
                       ResourceVariant variant) {
    }
}
