package uk.registerly.server.db;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import uk.registerly.server.config.StartupProblem;

/**
 * What PostgreSQL needs of its data directory, checked before it is started so that a technician reads one
 * line naming the problem and the fix instead of the library's stack trace (or, for bad permissions, a two
 * minute wait for a PostgreSQL that already gave up): a directory (created when missing), owned by the user
 * the server runs as, and either empty (a new database) or a PostgreSQL data directory with mode 700 or 750.
 */
final class DataDirectoryCheck {

    /** initdb's and PostgreSQL's rule: u=rwx, and at most g=rx. */
    private static final Set<PosixFilePermission> ALLOWED = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_EXECUTE);
    private static final Set<PosixFilePermission> REQUIRED = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private DataDirectoryCheck() {
    }

    /** Creates {@code dir} when missing and checks it; throws a {@link StartupProblem} saying what to fix. */
    static void prepare(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StartupProblem("the data directory " + dir + " is a file, not a directory: set"
                    + " REGISTERLY_DATA_DIR to a directory (a missing one is created)");
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new StartupProblem("cannot create the data directory " + dir + ": " + e.getFile()
                    + " is a file, not a directory: set REGISTERLY_DATA_DIR to a path under a directory", e);
        } catch (AccessDeniedException e) {
            throw new StartupProblem("cannot create the data directory " + dir + " (permission denied on "
                    + e.getFile() + "): create it for " + currentUser() + ", or set REGISTERLY_DATA_DIR to a"
                    + " directory " + currentUser() + " may write", e);
        } catch (FileSystemException e) {
            Path file = fileAmongParents(dir);
            if (file != null) {
                throw new StartupProblem("cannot create the data directory " + dir + ": " + file + " is a file, not a"
                        + " directory: set REGISTERLY_DATA_DIR to a path under a directory", e);
            }
            throw new StartupProblem("cannot create the data directory " + dir + " ("
                    + (e.getReason() == null ? "the file system refused it" : e.getReason()) + "): set"
                    + " REGISTERLY_DATA_DIR to a directory on a writable disk", e);
        } catch (IOException e) {
            throw new StartupProblem("cannot create the data directory " + dir + " (" + e.getMessage() + "): set"
                    + " REGISTERLY_DATA_DIR to a directory " + currentUser() + " may write", e);
        }
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return; // Windows: PostgreSQL's own checks apply
        }
        try {
            int owner = (Integer) Files.getAttribute(dir, "unix:uid");
            long me = new UnixSystem().getUid();
            if (owner != me) {
                throw new StartupProblem("the data directory " + dir + " belongs to " + Files.getOwner(dir).getName()
                        + " (uid " + owner + "), but the embedded PostgreSQL runs as " + currentUser() + " (uid " + me
                        + ") and must own it: chown -R " + currentUser() + " " + dir
                        + ", or set REGISTERLY_DATA_DIR to a directory of " + currentUser() + "'s");
            }
            if (!Files.exists(dir.resolve("postgresql.conf"))) {
                int entries = count(dir);
                if (entries > 0) {
                    throw new StartupProblem("the data directory " + dir + " is not empty (" + entries
                            + (entries == 1 ? " entry" : " entries") + ") and holds no PostgreSQL database: set"
                            + " REGISTERLY_DATA_DIR to an empty or new directory (on a mount point, a directory"
                            + " inside it)");
                }
                return;
            }
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dir);
            if (!ALLOWED.containsAll(mode) || !mode.containsAll(REQUIRED)) {
                throw new StartupProblem("the data directory " + dir + " has mode "
                        + PosixFilePermissions.toString(mode) + ", but PostgreSQL needs it private (rwx------): chmod 700 "
                        + dir);
            }
        } catch (IOException e) {
            throw new StartupProblem("cannot read the data directory " + dir + " (" + e + "): make it readable by "
                    + currentUser() + ", or set REGISTERLY_DATA_DIR elsewhere", e);
        }
    }

    /** The nearest existing ancestor of {@code dir} when it is a file rather than a directory, else null. */
    private static Path fileAmongParents(Path dir) {
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    /** The user the server (and so the embedded PostgreSQL) runs as. */
    static String currentUser() {
        return System.getProperty("user.name");
    }

    private static int count(Path dir) throws IOException {
        int n = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path ignored : entries) {
                n++;
            }
        }
        return n;
    }
}
