package uk.registerly.android.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * Manifest merge, aapt2 compile and link, and R classes: the steps the main build and the
 * Robolectric build share. Library outputs are cached per machine; app outputs live in target/.
 */
final class ResourcePipeline {
    private final Aapt2 aapt2 = new Aapt2();
    private final AndroidTarget target;
    private final Path platformJar;
    private final Path cacheDirectory;
    private final Log log;
    private String aapt2Key;

    ResourcePipeline(AndroidTarget target, Path platformJar, Path cacheDirectory, Log log) {
        this.target = target;
        this.platformJar = platformJar;
        this.cacheDirectory = cacheDirectory;
        this.log = log;
    }

    /** Output of one link: the resource APK and the final symbol table. */
    record Linked(Path resourceApk, SymbolTable symbols, Path ids, Path manifest, Path assets) {
    }

    /**
     * Merges manifests, compiles and links resources into {@code outputDirectory}.
     *
     * @param stableIds ids to keep from an earlier link, or null for a first link
     */
    Linked link(Path mainManifest, Path appResources, Path appAssets, List<AndroidLibrary> libraries,
                Path outputDirectory, Path stableIds, ResourceVariant variant) throws MojoExecutionException, IOException {
        Files.createDirectories(outputDirectory);
        Path manifest = outputDirectory.resolve("AndroidManifest.xml");
        ManifestMerging.merge(mainManifest, libraries, target, manifest, log);

        List<Path> compiled = new ArrayList<>(compileLibraries(libraries));
        List<Path> appDirectories = new ArrayList<>();
        appDirectories.add(appResources);
        appDirectories.addAll(variant.overlays());
        int index = 0;
        for (Path directory : appDirectories) {
            if (Files.isDirectory(directory)) {
                // Later zips override earlier ones (aapt2 link's -R order): main, then the variant's overlays.
                Path appZip = outputDirectory.resolve(index == 0 ? "app-resources.zip" : "app-overlay-" + index + ".zip");
                Files.deleteIfExists(appZip);
                aapt2.compile(directory, appZip);
                compiled.add(appZip);
            }
            index++;
        }
        Path assets = mergeAssets(libraries, appAssets, outputDirectory.resolve("assets"));

        Path resourceApk = outputDirectory.resolve("resources.ap_");
        Path symbols = outputDirectory.resolve("R.txt");
        Path ids = outputDirectory.resolve("ids.txt");
        aapt2.link(new Aapt2.LinkRequest(target, platformJar, manifest, compiled, assets, resourceApk, symbols,
                ids, stableIds, variant));
        return new Linked(resourceApk, SymbolTable.read(symbols), stableIds != null ? stableIds : ids, manifest,
                assets);
    }

    /**
     * Compiles each library's res/ once per machine (and per aapt2 build). Two workers: the
     * machines have two cores, and aapt2 compile is CPU-bound.
     */
    private List<Path> compileLibraries(List<AndroidLibrary> libraries) throws MojoExecutionException, IOException {
        List<AndroidLibrary> withResources = new ArrayList<>();
        for (AndroidLibrary library : libraries) {
            if (library.hasResources()) {
                withResources.add(library);
            }
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Path>> results = new ArrayList<>();
            for (AndroidLibrary library : withResources) {
                results.add(workers.submit(() -> compiledLibrary(library)));
            }
            List<Path> zips = new ArrayList<>();
            for (Future<Path> result : results) {
                zips.add(result.get());
            }
            return zips;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while compiling library resources", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MojoExecutionException m) {
                throw m;
            }
            throw new MojoExecutionException("Compiling library resources failed: " + e.getCause(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private Path compiledLibrary(AndroidLibrary library) throws MojoExecutionException, IOException {
        Path zip = cacheDirectory.resolve("compiled-res").resolve(aapt2Key())
                .resolve(library.coordinates().replace(':', '/') + ".zip");
        if (Files.isRegularFile(zip)) {
            return zip;
        }
        Files.createDirectories(zip.getParent());
        Path staging = Files.createTempFile(zip.getParent(), "compiling-", ".zip");
        Files.delete(staging);
        log.info("aapt2 compile " + library.coordinates() + " (cached for later builds)");
        aapt2.compile(library.resources(), staging);
        moveIntoPlace(staging, zip);
        return zip;
    }

    private synchronized String aapt2Key() throws MojoExecutionException {
        if (aapt2Key == null) {
            aapt2Key = new Hashing().add(aapt2.version()).key();
        }
        return aapt2Key;
    }

    /** Library assets first, then the app's, so the app wins on a name clash. */
    private static Path mergeAssets(List<AndroidLibrary> libraries, Path appAssets, Path merged) throws IOException {
        AarUnpacker.deleteRecursively(merged);
        Files.createDirectories(merged);
        for (AndroidLibrary library : libraries) {
            copyTree(library.assets(), merged);
        }
        copyTree(appAssets, merged);
        return merged;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path out = to.resolve(from.relativize(file).toString());
                Files.createDirectories(out.getParent());
                Files.copy(file, out, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * R classes for the libraries' packages, compiled into one jar cached by its exact inputs: the
     * linked symbol values and each library's declared symbols. Unchanged resources on a later
     * build (or in a fresh clone) reuse the jar without running javac.
     */
    Path libraryRJar(List<AndroidLibrary> libraries, SymbolTable linked, Path linkedSymbolsFile, String excludedPackage)
            throws IOException, MojoExecutionException {
        Map<String, List<AndroidLibrary>> byPackage = new TreeMap<>();
        for (AndroidLibrary library : libraries) {
            String pkg = library.packageName();
            if (!pkg.equals(excludedPackage)) {
                byPackage.computeIfAbsent(pkg, p -> new ArrayList<>()).add(library);
            }
        }
        Hashing key = new Hashing().add("r-jar-v1").addFile(linkedSymbolsFile);
        for (Map.Entry<String, List<AndroidLibrary>> entry : byPackage.entrySet()) {
            key.add(entry.getKey());
            for (AndroidLibrary library : entry.getValue()) {
                key.add(library.coordinates());
                if (Files.isRegularFile(library.symbols())) {
                    key.addFile(library.symbols());
                }
            }
        }
        Path jar = cacheDirectory.resolve("r-classes").resolve(key.key() + ".jar");
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Map<String, SymbolTable> tables = new TreeMap<>();
        for (Map.Entry<String, List<AndroidLibrary>> entry : byPackage.entrySet()) {
            SymbolTable table = new SymbolTable();
            for (AndroidLibrary library : entry.getValue()) {
                // A library without R.txt cannot say which symbols it reads: give it all of them,
                // which is what aapt2 --extra-packages would have done.
                List<String> missing = new ArrayList<>();
                SymbolTable declared = Files.isRegularFile(library.symbols())
                        ? SymbolTable.read(library.symbols()).withValuesFrom(linked, missing)
                        : linked;
                declared.symbols().forEach(table::add);
                if (!missing.isEmpty()) {
                    log.debug(library.coordinates() + ": " + missing.size() + " stale symbols left out of R, e.g. "
                            + missing.subList(0, Math.min(3, missing.size())));
                }
            }
            if (table.size() > 0) {
                tables.put(entry.getKey(), table);
            }
        }
        log.info("Compiling R classes for " + tables.size() + " library packages (cached for later builds)");
        Files.createDirectories(jar.getParent());
        Path staging = Files.createTempFile(jar.getParent(), "compiling-", ".jar");
        RClassCompiler.compile(tables, staging);
        moveIntoPlace(staging, jar);
        return jar;
    }

    static void moveIntoPlace(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
