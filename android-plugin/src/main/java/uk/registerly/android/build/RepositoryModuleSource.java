package uk.registerly.android.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;
import org.eclipse.aether.resolution.ArtifactDescriptorResult;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Describes modules from the Maven repositories: runtime dependencies from the effective pom
 * (parents, properties and imported BOMs applied by Maven's own descriptor reader), the type
 * from the pom's packaging, and constraints from Gradle metadata when the pom says it has some.
 */
final class RepositoryModuleSource implements ModuleSource {
    private static final Set<String> RUNTIME_SCOPES = Set.of("", "compile", "runtime");

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    RepositoryModuleSource(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
    }

    @Override
    public ModuleDescription describe(ModuleVersion module) throws Exception {
        ArtifactDescriptorResult descriptor = system.readArtifactDescriptor(session, new ArtifactDescriptorRequest(
                new DefaultArtifact(module.group(), module.name(), "pom", module.version()), repositories, null));
        if (!descriptor.getExceptions().isEmpty()) {
            throw new IllegalStateException("Cannot read the pom of " + module + ": " + descriptor.getExceptions().get(0).getMessage());
        }
        if (!descriptor.getRelocations().isEmpty()) {
            throw new IllegalStateException(module + " is relocated to " + descriptor.getArtifact()
                    + ": declare the new coordinates in dependencies.txt");
        }
        List<ModuleVersion> dependencies = new ArrayList<>();
        for (Dependency dependency : descriptor.getDependencies()) {
            if (RUNTIME_SCOPES.contains(dependency.getScope()) && !dependency.isOptional()) {
                dependencies.add(new ModuleVersion(dependency.getArtifact().getGroupId(),
                        dependency.getArtifact().getArtifactId(), dependency.getArtifact().getVersion()));
            }
        }
        Path pom = resolve(module, "pom");
        String pomText = Files.readString(pom, StandardCharsets.UTF_8);
        return new ModuleDescription(type(pom), dependencies,
                pomText.contains("published-with-gradle-metadata") ? constraints(module) : List.of());
    }

    /** Some poms announce Gradle metadata that was never uploaded; Gradle then uses the pom alone too. */
    private List<ModuleVersion> constraints(ModuleVersion module) throws Exception {
        Path metadata;
        try {
            metadata = resolve(module, "module");
        } catch (ArtifactResolutionException e) {
            return List.of();
        }
        return GradleModuleMetadata.constraints(Files.readString(metadata, StandardCharsets.UTF_8));
    }

    /** Downloads (or finds in the local repository) one file of a module. */
    Path resolve(ModuleVersion module, String extension) throws ArtifactResolutionException {
        ArtifactRequest request = new ArtifactRequest(
                new DefaultArtifact(module.group(), module.name(), extension, module.version()), repositories, null);
        return system.resolveArtifact(session, request).getArtifact().getFile().toPath();
    }

    private static String type(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        NodeList children = project.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals("packaging")) {
                return switch (e.getTextContent().trim()) {
                    case "aar" -> "aar";
                    case "pom" -> "pom";
                    default -> "jar"; // jar, bundle: a plain jar
                };
            }
        }
        return "jar";
    }
}
