package uk.registerly.android.build;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/** Access to the build's Maven repositories, for goals that fetch artifacts outside the project's dependencies. */
abstract class AbstractRepositoryMojo extends AbstractMojo {
    @Component
    RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    List<RemoteRepository> remoteRepositories;

    /** Downloads (or finds in the local repository) the artifact {@code group:artifact[:extension]:version}. */
    Path resolve(String coordinates) throws MojoExecutionException {
        ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(coordinates), remoteRepositories, null);
        try {
            return repositorySystem.resolveArtifact(repositorySession, request).getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException(coordinates + " could not be resolved: " + e.getMessage(), e);
        }
    }
}
