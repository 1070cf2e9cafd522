package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalToolTest {

    @Test
    void aMissingToolNamesTheDebianPackageThatInstallsIt(@TempDir Path empty) {
        ExternalTool tool = new ExternalTool("aapt2", "aapt", List.of(empty));

        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> tool.run(List.of("version")));

        assertTrue(e.getMessage().contains("apt-get install -y aapt"), e.getMessage());
    }

    @Test
    void returnsTheOutputOfASuccessfulRun() throws Exception {
        assertEquals("hello\n", new ExternalTool("echo", "coreutils", List.of(Path.of("/bin"), Path.of("/usr/bin")))
                .run(List.of("hello")));
    }

    @Test
    void aFailingRunReportsTheExitCodeAndOutput() {
        ExternalTool sh = new ExternalTool("sh", "dash", List.of(Path.of("/bin"), Path.of("/usr/bin")));

        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> sh.run(List.of("-c", "echo broken resource; exit 3")));

        assertTrue(e.getMessage().contains("exit 3") && e.getMessage().contains("broken resource"), e.getMessage());
    }
}
