package uk.registerly.android.build;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves a dependency graph the way Gradle does, which is how Android libraries are published to
 * be consumed: for each module the highest version anything in the graph asks for wins (Maven takes
 * the nearest), and constraints from Gradle metadata lift the modules of an aligned group together.
 *
 * <p>Resolution repeats until it is stable, because lifting one module's version changes its own
 * dependencies. A module's selected version never goes down between rounds, so it terminates.
 */
final class GradleStyleResolver {
    private final ModuleSource source;
    private final Map<String, ModuleDescription> descriptions = new HashMap<>();

    GradleStyleResolver(ModuleSource source) {
        this.source = source;
    }

    /** One resolved module: its selected version and artifact type. */
    record Resolved(ModuleVersion module, String type) {
    }

    /**
     * @param roots  the direct dependencies
     * @param pinned versions that win whatever the graph asks for (the app's main resolution, when
     *               resolving its tests, so tests run against exactly what the APK ships)
     * @return the reachable modules by {@code group:name}, sorted
     */
    Map<String, Resolved> resolve(List<ModuleVersion> roots, Map<String, String> pinned) throws Exception {
        Map<String, String> selected = new HashMap<>();
        while (true) {
            Map<String, String> requested = new HashMap<>();
            Map<String, String> constrained = new HashMap<>();
            Map<String, Resolved> reached = new LinkedHashMap<>();
            Deque<String> queue = new ArrayDeque<>();
            for (ModuleVersion root : roots) {
                request(root, requested, queue);
            }
            while (!queue.isEmpty()) {
                String module = queue.poll();
                if (reached.containsKey(module)) {
                    continue;
                }
                String version = choose(module, selected, requested, pinned);
                ModuleVersion node = new ModuleVersion(module.substring(0, module.indexOf(':')),
                        module.substring(module.indexOf(':') + 1), version);
                ModuleDescription description = describe(node);
                reached.put(module, new Resolved(node, description.type()));
                for (ModuleVersion dependency : description.dependencies()) {
                    request(dependency, requested, queue);
                }
                for (ModuleVersion constraint : description.constraints()) {
                    constrained.merge(constraint.module(), Versions.requested(constraint.version()), Versions::highest);
                }
            }
            boolean changed = false;
            for (String module : reached.keySet()) {
                String next = pinned.containsKey(module) ? pinned.get(module)
                        : Versions.highest(Versions.highest(selected.get(module), requested.get(module)),
                        constrained.get(module));
                if (!next.equals(reached.get(module).module().version())) {
                    changed = true;
                }
                selected.put(module, next);
            }
            if (!changed) {
                return new TreeMap<>(reached);
            }
        }
    }

    private static void request(ModuleVersion dependency, Map<String, String> requested, Deque<String> queue) {
        requested.merge(dependency.module(), Versions.requested(dependency.version()), Versions::highest);
        queue.add(dependency.module());
    }

    private static String choose(String module, Map<String, String> selected, Map<String, String> requested,
                                 Map<String, String> pinned) {
        if (pinned.containsKey(module)) {
            return pinned.get(module);
        }
        return Versions.highest(selected.get(module), requested.get(module));
    }

    private ModuleDescription describe(ModuleVersion module) throws Exception {
        ModuleDescription description = descriptions.get(module.toString());
        if (description == null) {
            description = source.describe(module);
            descriptions.put(module.toString(), description);
        }
        return description;
    }
}
