package uk.registerly.android.build;

/** Where module descriptions come from: the Maven repositories, or a fixed map in tests. */
interface ModuleSource {
    ModuleDescription describe(ModuleVersion module) throws Exception;
}
