package uk.registerly.app.e2e;

import org.junit.runners.model.FrameworkMethod;
import org.junit.runners.model.InitializationError;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.internal.bytecode.InstrumentationConfiguration;

/**
 * Robolectric, except that the sync server is loaded by the normal class loader. Robolectric loads
 * the test class and everything it touches in its sandbox class loader, instrumenting it; the
 * server (Jetty, Jackson, JDBI, Flyway...) must not be instrumented or duplicated per sandbox, so
 * the server's packages and {@code e2e.outside} (which starts it) are "do not acquire": the sandbox
 * delegates them to its parent. The app's code under test still runs in the sandbox, talking to the
 * server over real HTTP on localhost.
 *
 * <p>Robolectric caches sandboxes by configuration, and {@code InstrumentationConfiguration.equals}
 * (4.14) ignores do-not-acquire <em>packages</em>: without a difference it does see, a sandbox made
 * earlier for another test class would be reused and would load the server itself (then, among
 * other things, the embedded PostgreSQL finds its binaries twice, once per class loader). Naming
 * the entry class as "do not acquire" too makes the configuration, and so the sandbox, this runner's own.
 */
public class ServerOutsideSandboxRunner extends RobolectricTestRunner {
    public ServerOutsideSandboxRunner(Class<?> testClass) throws InitializationError {
        super(testClass);
    }

    @Override
    protected InstrumentationConfiguration createClassLoaderConfig(FrameworkMethod method) {
        return new InstrumentationConfiguration.Builder(super.createClassLoaderConfig(method))
                .doNotAcquirePackage("uk.registerly.server.")
                .doNotAcquirePackage("uk.registerly.app.e2e.outside.")
                .doNotAcquireClass("uk.registerly.app.e2e.outside.InProcessServer")
                .build();
    }
}
