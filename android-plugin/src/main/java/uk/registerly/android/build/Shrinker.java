package uk.registerly.android.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.android.tools.r8.ArchiveProtoAndroidResourceConsumer;
import com.android.tools.r8.ArchiveProtoAndroidResourceProvider;
import com.android.tools.r8.CompilationFailedException;
import com.android.tools.r8.CompilationMode;
import com.android.tools.r8.DexIndexedConsumer;
import com.android.tools.r8.JdkClassFileProvider;
import com.android.tools.r8.R8;
import com.android.tools.r8.R8Command;
import com.android.tools.r8.StringConsumer;
import com.android.tools.r8.origin.Origin;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * R8, called in-process on the whole program (the app, the rules module and every library):
 * shrinks, optimises and obfuscates to dex under the keep rules, and shrinks the resources with
 * it (R8 reads the proto-format resource table, traces the ids the code and the kept resources
 * use, and writes the table without the rest). Writes the mapping file that turns a release
 * stack trace back into names, and the merged configuration it ran with.
 */
final class Shrinker {
    private final Path platformJar;
    private final int minSdk;
    private final Log log;

    Shrinker(Path platformJar, int minSdk, Log log) {
        this.platformJar = platformJar;
        this.minSdk = minSdk;
        this.log = log;
    }

    /** What one R8 run needs. {@code keepRuleFiles} are files, {@code keepRules} come from inside jars and AARs. */
    record Input(List<Path> program, List<Path> keepRuleFiles, List<ConsumerRules.Rules> keepRules,
                 Path protoResources) {
    }

    /**
     * @param dexDirectory gets classes*.dex and the program's Java resources, with
     *                     META-INF/services entries rewritten to the renamed classes
     */
    record Output(Path dexDirectory, Path mapping, Path configuration, Path shrunkProtoResources) {
    }

    void shrink(Input input, Output output) throws MojoExecutionException, IOException {
        AarUnpacker.deleteRecursively(output.dexDirectory());
        Files.createDirectories(output.dexDirectory());
        Files.deleteIfExists(output.shrunkProtoResources());
        QuietDiagnostics diagnostics = new QuietDiagnostics("R8", log);
        try {
            R8Command.Builder builder = R8Command.builder(diagnostics)
                    .addProgramFiles(Dexer.programFiles(input.program()))
                    .addLibraryFiles(platformJar)
                    .addLibraryResourceProvider(JdkClassFileProvider.fromSystemJdk())
                    .addProguardConfigurationFiles(input.keepRuleFiles())
                    .setMinApiLevel(minSdk)
                    .setMode(CompilationMode.RELEASE)
                    .setProgramConsumer(new DexIndexedConsumer.DirectoryConsumer(output.dexDirectory(), true))
                    .setProguardMapOutputPath(output.mapping())
                    .setProguardConfigurationConsumer(new StringConsumer.FileConsumer(output.configuration()))
                    .setAndroidResourceProvider(new ArchiveProtoAndroidResourceProvider(input.protoResources()))
                    .setAndroidResourceConsumer(new ArchiveProtoAndroidResourceConsumer(
                            output.shrunkProtoResources(), input.protoResources()));
            for (ConsumerRules.Rules rules : input.keepRules()) {
                builder.addProguardConfiguration(List.of(rules.text()), new NamedOrigin(rules.origin()));
            }
            R8.run(builder.build());
        } catch (CompilationFailedException e) {
            throw new MojoExecutionException("R8 failed (see the errors above; a missing class needs a keep rule "
                    + "or a -dontwarn in app/proguard-rules.pro, see docs/build.md): " + e.getMessage(), e);
        }
        diagnostics.summarise();
    }

    /** Names a rules file inside a jar or AAR in R8's messages. */
    private static final class NamedOrigin extends Origin {
        private final String name;

        NamedOrigin(String name) {
            super(Origin.root());
            this.name = name;
        }

        @Override
        public String part() {
            return name;
        }
    }
}
