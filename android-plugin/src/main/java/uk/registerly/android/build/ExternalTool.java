package uk.registerly.android.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * A command-line tool from a Debian package (aapt2, zipalign, apksigner, keytool).
 * The SDK's own binaries are not served here, so a missing tool must name the package
 * that installs it rather than fail with "No such file or directory".
 */
final class ExternalTool {
    private final String name;
    private final String debianPackage;
    private final List<Path> searchPath;

    ExternalTool(String name, String debianPackage, List<Path> searchPath) {
        this.name = name;
        this.debianPackage = debianPackage;
        this.searchPath = List.copyOf(searchPath);
    }

    /** Looks the tool up in /usr/bin and then on PATH, as a shell would. */
    static ExternalTool debian(String name, String debianPackage) {
        List<Path> dirs = new ArrayList<>();
        dirs.add(Path.of("/usr/bin"));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        return new ExternalTool(name, debianPackage, dirs);
    }

    /** keytool ships with the JDK that runs Maven. */
    static ExternalTool jdk(String name) {
        return new ExternalTool(name, "openjdk-17-jdk-headless",
                List.of(Path.of(System.getProperty("java.home"), "bin")));
    }

    Path executable() throws MojoExecutionException {
        for (Path dir : searchPath) {
            Path candidate = dir.resolve(name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new MojoExecutionException(name + " was not found (looked in " + searchPath + "). "
                + "Install it with: apt-get install -y " + debianPackage
                + "  (scripts/test.sh and scripts/run.sh do this for you)");
    }

    /** Runs the tool and returns its combined output; a non-zero exit becomes an exception with that output. */
    String run(List<String> arguments) throws MojoExecutionException {
        return run(arguments, Map.of());
    }

    /**
     * Runs the tool with extra environment variables: how secrets such as keystore passwords reach
     * keytool ({@code -storepass:env}) and apksigner ({@code --ks-pass env:}) without ever being on
     * a command line, where {@code ps} and build logs would show them.
     */
    String run(List<String> arguments, Map<String, String> environment) throws MojoExecutionException {
        List<String> command = new ArrayList<>();
        command.add(executable().toString());
        command.addAll(arguments);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new MojoExecutionException(name + " did not finish within 30 minutes");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new MojoExecutionException(name + " failed (exit " + process.exitValue() + "): "
                        + String.join(" ", command) + System.lineSeparator() + text);
            }
            return text;
        } catch (IOException e) {
            throw new MojoExecutionException("Could not run " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while running " + name, e);
        }
    }
}
