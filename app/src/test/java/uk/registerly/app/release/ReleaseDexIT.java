package uk.registerly.app.release;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jf.dexlib2.AccessFlags;
import org.jf.dexlib2.iface.Annotation;
import org.jf.dexlib2.iface.ClassDef;
import org.jf.dexlib2.iface.Field;
import org.jf.dexlib2.iface.Method;
import org.jf.dexlib2.iface.value.ArrayEncodedValue;
import org.jf.dexlib2.iface.value.EncodedValue;
import org.jf.dexlib2.iface.value.StringEncodedValue;
import org.junit.BeforeClass;
import org.junit.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * R8 removes and renames whatever no code reaches directly, and nothing on these machines runs
 * an APK: so this reads the release dex and checks that everything the app reaches by reflection
 * or by name is there, with the members reflection uses. The expectations come from the app's
 * own class files and its libraries, not from a list: a new worker, model or screen is checked as
 * soon as it exists, and a missing keep rule fails the build.
 */
public class ReleaseDexIT {
    private static final String LISTENABLE_WORKER = "androidx/work/ListenableWorker";
    private static final String CONTEXT_AND_PARAMETERS = "(Landroid/content/Context;Landroidx/work/WorkerParameters;)V";

    private static ReleaseArtifacts release;
    private static List<ClassNode> app;

    @BeforeClass
    public static void readRelease() throws IOException {
        release = ReleaseArtifacts.get();
        app = release.appClasses();
    }

    /** Room finds "<database>_Impl" by name and calls its no-argument constructor. */
    @Test
    public void everyRoomDatabaseImplementationIsThereUnderItsDatabasesNameWithItsConstructor() {
        List<String> databases = namesAnnotatedWith("Landroidx/room/Database;");
        assertFalse("the app has a Room database", databases.isEmpty());
        for (String database : databases) {
            String impl = database + "_Impl";
            ClassDef dex = release.dexClass(impl);
            assertNotNull(impl + " is not in the release dex", dex);
            assertEquals("Room looks " + impl + " up by name beside " + database,
                    release.releaseName(database) + "_Impl", ReleaseArtifacts.javaName(dex.getType()));
            assertNotNull(impl + " has no no-argument constructor", method(dex, "<init>", "()V"));
        }
    }

    /**
     * WorkManager keeps each job's worker class name in its database; DaggerWorkerFactory matches
     * that name against its map, and WorkManager's default factory calls (Context, WorkerParameters).
     */
    @Test
    public void everyWorkerKeepsItsNameAndTheConstructorsWorkManagerCalls() {
        List<ClassNode> workers = new ArrayList<>();
        for (ClassNode node : app) {
            if ((node.access & Opcodes.ACC_ABSTRACT) == 0 && ReleaseArtifacts.extendsClass(node, LISTENABLE_WORKER)) {
                workers.add(node);
            }
        }
        assertFalse("the app has workers", workers.isEmpty());
        for (ClassNode worker : workers) {
            String name = worker.name.replace('/', '.');
            ClassDef dex = release.dexClassNamed(name);
            assertNotNull(name + " is missing or renamed in the release dex (its name is stored in WorkManager's database)", dex);
            for (MethodNode constructor : worker.methods) {
                if (constructor.name.equals("<init>") && constructor.desc.equals(CONTEXT_AND_PARAMETERS)) {
                    assertNotNull(name + " lost its (Context, WorkerParameters) constructor",
                            method(dex, "<init>", CONTEXT_AND_PARAMETERS));
                }
            }
        }
        // Workers created by DaggerWorkerFactory come from a ChildWorkerFactory each.
        for (ClassNode node : app) {
            if (node.interfaces.contains("uk/registerly/app/sync/ChildWorkerFactory")) {
                assertNotNull(node.name + " (a worker's factory) is missing", release.dexClass(node.name.replace('/', '.')));
            }
        }
        // WorkManager's own workers (constraint tracking, diagnostics...) are built by its default factory.
        for (ClassDef dex : release.dexClasses()) {
            ClassNode original = ReleaseArtifacts.classpathClass(originalInternalName(dex));
            if (original != null && !original.name.startsWith("uk/registerly/")
                    && (original.access & Opcodes.ACC_ABSTRACT) == 0 && ReleaseArtifacts.extendsClass(original, LISTENABLE_WORKER)) {
                assertEquals(original.name + " was renamed (WorkManager stores worker names)",
                        original.name.replace('/', '.'), ReleaseArtifacts.javaName(dex.getType()));
                assertNotNull(original.name + " lost its (Context, WorkerParameters) constructor",
                        method(dex, "<init>", CONTEXT_AND_PARAMETERS));
            }
        }
    }

    /**
     * Gson fills the network models by field name (the server's JSON names): every model that a
     * Retrofit call sends or receives, and every model its fields hold, keeps each field under its
     * serialized name.
     */
    @Test
    public void everyGsonModelKeepsItsFieldsUnderTheirJsonNames() {
        Set<String> models = gsonModels();
        assertTrue("the network models are found from the Retrofit interface: " + models, models.size() >= 5);
        for (String model : models) {
            ClassNode original = appClass(model);
            ClassDef dex = release.dexClass(model.replace('/', '.'));
            assertNotNull(model + " (a Gson model) is not in the release dex", dex);
            Set<String> dexFields = new TreeSet<>();
            for (Field field : dex.getFields()) {
                dexFields.add(field.getName());
            }
            for (FieldNode field : original.fields) {
                if ((field.access & (Opcodes.ACC_STATIC | Opcodes.ACC_TRANSIENT)) == 0) {
                    String json = serializedName(field);
                    assertTrue(model + "." + field.name + " is not in the release dex as '" + json + "' (has " + dexFields + ")",
                            dexFields.contains(json));
                }
            }
        }
    }

    /** Retrofit reads the service interface's methods, their HTTP annotations and generic return types. */
    @Test
    public void theRetrofitInterfaceKeepsItsMethodsAnnotationsAndGenericTypes() {
        ClassNode api = appClass("uk/registerly/app/network/RegisterlyNetworkApi");
        ClassDef dex = release.dexClass("uk.registerly.app.network.RegisterlyNetworkApi");
        assertNotNull("RegisterlyNetworkApi is not in the release dex", dex);
        for (MethodNode method : api.methods) {
            Method kept = null;
            for (Method candidate : dex.getMethods()) {
                if (candidate.getName().equals(method.name)) {
                    kept = candidate;
                }
            }
            assertNotNull("RegisterlyNetworkApi." + method.name + " is not in the release dex", kept);
            Set<String> annotations = new HashSet<>();
            for (Annotation annotation : kept.getAnnotations()) {
                annotations.add(originalOf(annotation.getType()));
            }
            for (AnnotationNode http : method.visibleAnnotations) {
                assertTrue(method.name + " lost " + http.desc + " (has " + annotations + ")", annotations.contains(http.desc));
            }
            assertTrue(method.name + " lost its generic signature, which Retrofit reads for the response type",
                    annotations.contains("Ldalvik/annotation/Signature;"));
        }
    }

    /**
     * SQLCipher's native code registers its methods by class and method name (RegisterNatives) and
     * reads fields and calls methods of its Java classes by name.
     */
    @Test
    public void sqlcipherKeepsItsNativeMethodsAndWhatItsJniCodeReads() throws IOException {
        Set<String> nativeClasses = new TreeSet<>();
        try (var jar = new java.util.jar.JarFile(jarOf("net/zetetic/database/sqlcipher/SQLiteConnection"))) {
            for (var entry : java.util.Collections.list(jar.entries())) {
                if (entry.getName().startsWith("net/zetetic/") && entry.getName().endsWith(".class")) {
                    ClassNode node = ReleaseArtifacts.classpathClass(entry.getName().replace(".class", ""));
                    for (MethodNode method : node.methods) {
                        if ((method.access & Opcodes.ACC_NATIVE) != 0) {
                            nativeClasses.add(node.name);
                            ClassDef dex = release.dexClassNamed(node.name.replace('/', '.'));
                            assertNotNull(node.name + " (JNI) is missing or renamed in the release dex", dex);
                            Method kept = method(dex, method.name, method.desc);
                            assertNotNull(node.name + "." + method.name + method.desc + " (native) is missing", kept);
                            assertTrue(method.name + " is no longer native", AccessFlags.NATIVE.isSet(kept.getAccessFlags()));
                        }
                    }
                }
            }
        }
        assertTrue("SQLCipher's JNI classes are found: " + nativeClasses, nativeClasses.size() >= 3);
        // Members its C++ reads by name (android_database_SQLiteConnection.cpp, android_database_SQLiteDebug.cpp).
        ClassDef function = release.dexClassNamed("net.zetetic.database.sqlcipher.SQLiteCustomFunction");
        assertNotNull(function);
        assertNotNull(field(function, "name", "Ljava/lang/String;"));
        assertNotNull(field(function, "numArgs", "I"));
        assertNotNull(method(function, "dispatchCallback", "([Ljava/lang/String;)V"));
        ClassDef stats = release.dexClassNamed("net.zetetic.database.sqlcipher.SQLiteDebug$PagerStats");
        assertNotNull(stats);
        for (String counter : List.of("largestMemAlloc", "memoryUsed", "pageCacheOverflow")) {
            assertNotNull("PagerStats." + counter, field(stats, counter, "I"));
        }
    }

    /**
     * Hilt's ViewModel factory looks each ViewModel up by its class name, which Dagger writes as a
     * string (a lazy class key) and R8 must rewrite to the renamed class; Hilt's entry points are
     * reached by casting the component, which must still implement them.
     */
    @Test
    public void hiltViewModelKeysNameRealClassesAndTheComponentsImplementTheEntryPoints() {
        Set<String> strings = dexStrings();
        List<String> viewModels = namesAnnotatedWith("Ldagger/hilt/android/lifecycle/HiltViewModel;");
        assertFalse("the app has Hilt ViewModels", viewModels.isEmpty());
        for (String viewModel : viewModels) {
            String releaseName = release.releaseName(viewModel);
            assertNotNull(viewModel + " is not in the release dex", release.dexClassNamed(releaseName));
            assertTrue("no class key names " + viewModel + " as '" + releaseName + "' in the release dex: Hilt could not find it",
                    strings.contains(releaseName));
        }
        Set<String> implemented = new HashSet<>();
        for (ClassDef dex : release.dexClasses()) {
            for (String type : dex.getInterfaces()) {
                implemented.add(originalOf(type));
            }
        }
        List<String> entryPoints = new ArrayList<>(namesAnnotatedWith("Ldagger/hilt/internal/GeneratedEntryPoint;"));
        entryPoints.addAll(namesAnnotatedWith("Ldagger/hilt/EntryPoint;"));
        assertFalse("the app has Hilt entry points", entryPoints.isEmpty());
        for (String entryPoint : entryPoints) {
            assertNotNull(entryPoint + " (a Hilt entry point) is not in the release dex", release.dexClass(entryPoint));
            assertTrue("no class implements " + entryPoint + ": Hilt's cast of the component would fail",
                    implemented.contains(ReleaseArtifacts.descriptor(entryPoint)));
        }
    }

    /** Android builds the Application, activities, services, receivers and providers by the manifest's names. */
    @Test
    public void everyComponentNamedInTheManifestIsThereWithItsNoArgumentConstructor() {
        String manifest = ReleaseArtifacts.run("aapt2", "dump", "xmltree", "--file", "AndroidManifest.xml",
                release.apk("arm64-v8a").toString());
        Pattern element = Pattern.compile("^\\s*E: (application|activity|activity-alias|service|receiver|provider) ");
        Pattern name = Pattern.compile("^\\s*A: http://schemas.android.com/apk/res/android:name\\(0x01010003\\)=\"([^\"]+)\"");
        Set<String> components = new LinkedHashSet<>();
        String current = null;
        for (String line : manifest.split("\n")) {
            Matcher e = element.matcher(line);
            if (e.find()) {
                current = e.group(1);
                continue;
            }
            if (line.trim().startsWith("E: ")) {
                current = null;
            }
            Matcher n = name.matcher(line);
            if (current != null && !current.equals("activity-alias") && n.find()) {
                components.add(n.group(1));
                current = null;
            }
        }
        assertTrue("the manifest names the app's components: " + components,
                components.contains("uk.registerly.app.RegisterlyApplication")
                        && components.contains("uk.registerly.app.home.HomeActivity"));
        for (String component : components) {
            ClassDef dex = release.dexClassNamed(component);
            assertNotNull(component + " (named in the manifest) is missing or renamed in the release dex", dex);
            assertNotNull(component + " has no no-argument constructor for Android to call", method(dex, "<init>", "()V"));
        }
    }

    /** The models Gson reflects on: Retrofit's bodies and responses, and the app types their fields hold. */
    private Set<String> gsonModels() {
        ClassNode api = appClass("uk/registerly/app/network/RegisterlyNetworkApi");
        Set<String> models = new TreeSet<>();
        List<String> pending = new ArrayList<>();
        for (MethodNode method : api.methods) {
            pending.addAll(appTypesIn(method.signature != null ? method.signature : method.desc));
        }
        while (!pending.isEmpty()) {
            String model = pending.remove(pending.size() - 1);
            if (models.add(model)) {
                for (FieldNode field : appClass(model).fields) {
                    if ((field.access & Opcodes.ACC_STATIC) == 0) {
                        pending.addAll(appTypesIn(field.signature != null ? field.signature : field.desc));
                    }
                }
            }
        }
        return models;
    }

    /** The app's own classes named in a descriptor or generic signature. */
    private static Set<String> appTypesIn(String signature) {
        Set<String> types = new TreeSet<>();
        new SignatureReader(signature).accept(new SignatureVisitor(Opcodes.ASM9) {
            @Override
            public void visitClassType(String name) {
                if (name.startsWith("uk/registerly/")) {
                    types.add(name);
                }
            }

            @Override
            public void visitInnerClassType(String name) {
                // Not reached for the app's nested models: javac writes them as Outer$Inner class types.
            }
        });
        return types;
    }

    private static String serializedName(FieldNode field) {
        List<AnnotationNode> annotations = field.visibleAnnotations == null ? List.of() : field.visibleAnnotations;
        for (AnnotationNode annotation : annotations) {
            if (annotation.desc.equals("Lcom/google/gson/annotations/SerializedName;")) {
                return (String) annotation.values.get(1);
            }
        }
        return field.name;
    }

    private static List<String> namesAnnotatedWith(String annotation) {
        List<String> names = new ArrayList<>();
        for (ClassNode node : app) {
            List<AnnotationNode> all = new ArrayList<>();
            if (node.visibleAnnotations != null) {
                all.addAll(node.visibleAnnotations);
            }
            if (node.invisibleAnnotations != null) {
                all.addAll(node.invisibleAnnotations);
            }
            for (AnnotationNode a : all) {
                if (a.desc.equals(annotation)) {
                    names.add(node.name.replace('/', '.'));
                }
            }
        }
        return names;
    }

    private static ClassNode appClass(String internalName) {
        for (ClassNode node : app) {
            if (node.name.equals(internalName)) {
                return node;
            }
        }
        fail(internalName + " is not among the app's classes");
        return null;
    }

    /** A dex type's original name (through the mapping), as a descriptor. */
    private static String originalOf(String dexType) {
        return ReleaseArtifacts.descriptor(release.originalName(ReleaseArtifacts.javaName(dexType)));
    }

    private static String originalInternalName(ClassDef dex) {
        return ReleaseArtifacts.javaName(originalOf(dex.getType())).replace('.', '/');
    }

    private static Method method(ClassDef dex, String name, String descriptor) {
        Type wanted = Type.getMethodType(descriptor);
        for (Method method : dex.getMethods()) {
            if (!method.getName().equals(name) || method.getParameterTypes().size() != wanted.getArgumentTypes().length) {
                continue;
            }
            boolean same = method.getReturnType().equals(wanted.getReturnType().getDescriptor());
            for (int i = 0; same && i < wanted.getArgumentTypes().length; i++) {
                same = method.getParameterTypes().get(i).toString().equals(wanted.getArgumentTypes()[i].getDescriptor());
            }
            if (same) {
                return method;
            }
        }
        return null;
    }

    private static Field field(ClassDef dex, String name, String type) {
        for (Field field : dex.getFields()) {
            if (field.getName().equals(name) && field.getType().equals(type)) {
                return field;
            }
        }
        return null;
    }

    /** Every string constant in the release dex: const-string operands and static string values. */
    private static Set<String> dexStrings() {
        Set<String> strings = new HashSet<>();
        for (ClassDef dex : release.dexClasses()) {
            for (Field field : dex.getStaticFields()) {
                collect(field.getInitialValue(), strings);
            }
            for (Method method : dex.getMethods()) {
                if (method.getImplementation() == null) {
                    continue;
                }
                for (var instruction : method.getImplementation().getInstructions()) {
                    if (instruction instanceof org.jf.dexlib2.iface.instruction.ReferenceInstruction) {
                        var reference = ((org.jf.dexlib2.iface.instruction.ReferenceInstruction) instruction).getReference();
                        if (reference instanceof org.jf.dexlib2.iface.reference.StringReference) {
                            strings.add(((org.jf.dexlib2.iface.reference.StringReference) reference).getString());
                        }
                    }
                }
            }
        }
        return strings;
    }

    private static void collect(EncodedValue value, Set<String> strings) {
        if (value instanceof StringEncodedValue) {
            strings.add(((StringEncodedValue) value).getValue());
        } else if (value instanceof ArrayEncodedValue) {
            for (EncodedValue element : ((ArrayEncodedValue) value).getValue()) {
                collect(element, strings);
            }
        }
    }

    private static String jarOf(String internalName) {
        java.net.URL url = ReleaseDexIT.class.getClassLoader().getResource(internalName + ".class");
        assertNotNull(internalName + " is not on the test classpath", url);
        String path = url.getPath();
        return java.net.URLDecoder.decode(path.substring("file:".length(), path.indexOf("!/")), java.nio.charset.StandardCharsets.UTF_8);
    }
}
