package uk.registerly.android.build;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Regenerates the app's dependency lock from its declared direct dependencies: resolves them as
 * Gradle would (highest version wins, androidx groups aligned; tests pinned to the app's versions;
 * annotation processors on their own), writes {@code dependencies.lock}, and rewrites the
 * generated blocks of the app's pom. Run it after changing {@code dependencies.txt}.
 */
@Mojo(name = "lock", requiresDependencyResolution = ResolutionScope.NONE, threadSafe = true)
public class LockMojo extends AbstractRepositoryMojo {

    @Parameter(defaultValue = "${project.basedir}/dependencies.txt", required = true)
    File declarations;

    @Parameter(defaultValue = "${project.basedir}/dependencies.lock", required = true)
    File lockFile;

    @Parameter(defaultValue = "${project.file}", readonly = true, required = true)
    File pomFile;

    @Override
    public void execute() throws MojoExecutionException {
        try {
            DependencyDeclarations declared = DependencyDeclarations.parse(
                    Files.readString(declarations.toPath(), StandardCharsets.UTF_8));
            RepositoryModuleSource source = new RepositoryModuleSource(repositorySystem, repositorySession,
                    remoteRepositories);
            GradleStyleResolver resolver = new GradleStyleResolver(source);

            Map<String, GradleStyleResolver.Resolved> main = resolver.resolve(declared.implementation(), Map.of());
            Map<String, String> mainVersions = new HashMap<>();
            main.forEach((module, resolved) -> mainVersions.put(module, resolved.module().version()));
            List<ModuleVersion> testRoots = new ArrayList<>(declared.implementation());
            testRoots.addAll(declared.testImplementation());
            Map<String, GradleStyleResolver.Resolved> test = resolver.resolve(testRoots, mainVersions);
            Map<String, GradleStyleResolver.Resolved> processors = resolver.resolve(declared.annotationProcessor(), Map.of());

            List<LockEntry> entries = new ArrayList<>();
            main.values().forEach(r -> add(entries, r, "compile"));
            test.forEach((module, r) -> {
                if (!main.containsKey(module)) {
                    add(entries, r, "test");
                }
            });
            for (GradleStyleResolver.Resolved r : processors.values()) {
                if (r.type().equals("aar")) {
                    throw new MojoExecutionException("Annotation processor dependency " + r.module() + " is an AAR");
                }
                add(entries, r, "processor");
            }
            for (LockEntry entry : entries) {
                source.resolve(new ModuleVersion(entry.group(), entry.artifact(), entry.version()), entry.type());
            }

            List<LockEntry> sorted = LockFile.sorted(entries);
            Files.writeString(lockFile.toPath(), LockFile.write(sorted,
                    "Resolved from " + declarations.getName() + " the way Gradle resolves (highest wins, androidx groups aligned).\n"
                            + "Do not edit: change " + declarations.getName() + " and run scripts/lock.sh.\n"
                            + "group:artifact:version:type:scope"), StandardCharsets.UTF_8);
            rewritePom(sorted);
            getLog().info("Locked " + sorted.size() + " artifacts into " + lockFile + " and " + pomFile);
        } catch (MojoExecutionException e) {
            throw e;
        } catch (Exception e) {
            throw new MojoExecutionException("Resolving the dependency lock failed: " + e.getMessage(), e);
        }
    }

    private static void add(List<LockEntry> entries, GradleStyleResolver.Resolved resolved, String scope) {
        if (!resolved.type().equals("pom")) {
            ModuleVersion m = resolved.module();
            entries.add(new LockEntry(m.group(), m.name(), m.version(), resolved.type(), scope));
        }
    }

    private void rewritePom(List<LockEntry> entries) throws java.io.IOException {
        Path pom = pomFile.toPath();
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        List<LockEntry> dependencies = entries.stream().filter(e -> !e.scope().equals("processor")).toList();
        List<LockEntry> processors = entries.stream().filter(e -> e.scope().equals("processor")).toList();
        text = PomLockBlocks.replace(text, "dependencies",
                PomLockBlocks.dependencies(dependencies, indentOf(text, "dependencies")));
        text = PomLockBlocks.replace(text, "processors",
                PomLockBlocks.processorPaths(processors, indentOf(text, "processors")));
        Files.writeString(pom, text, StandardCharsets.UTF_8);
    }

    private static String indentOf(String pom, String block) {
        int at = pom.indexOf("<!-- BEGIN lock:" + block);
        int lineStart = pom.lastIndexOf('\n', at) + 1;
        return pom.substring(lineStart, at);
    }
}
