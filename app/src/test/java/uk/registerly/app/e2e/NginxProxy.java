package uk.registerly.app.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real Debian nginx (installed by scripts/lib/prerequisites.sh) between the app and the
 * in-process server, the way a school's proxy or a captive portal sits on the network: it forwards
 * to the server with nginx's common 1 MB body limit ({@code client_max_body_size 1m}, answered with
 * nginx's own HTML 413), and can be told to misbehave: a proxy's HTML 401 or 413 to everything, a
 * captive portal's HTML 200 or its redirect. The fault is a file nginx checks on every request, so
 * one nginx process serves a whole test. It runs in the foreground as this JVM's child
 * ({@code daemon off}, {@code master_process off}) on a free loopback port, with its config, logs
 * and temporary files in a temporary directory, and is stopped by {@link #close()}.
 */
final class NginxProxy implements AutoCloseable {
    enum Fault {
        NONE, HTML_401, HTML_413, PORTAL_200, PORTAL_REDIRECT
    }

    private final Path directory;
    private final Process process;
    private final int port;

    private NginxProxy(Path directory, Process process, int port) {
        this.directory = directory;
        this.process = process;
        this.port = port;
    }

    /** Starts nginx in front of {@code upstream} (e.g. http://localhost:41234/). */
    static NginxProxy inFrontOf(String upstream) throws IOException, InterruptedException {
        String nginx = binary();
        Path dir = Files.createTempDirectory("registerly-nginx");
        int port = freePort();
        String target = upstream.replaceAll("/+$", "");
        String conf = "daemon off;\nmaster_process off;\nworker_processes 1;\n"
                + "pid " + dir.resolve("nginx.pid") + ";\nerror_log " + dir.resolve("error.log") + " warn;\n"
                + "events { worker_connections 64; }\n"
                + "http {\n"
                + "  access_log off;\n  default_type text/html;\n"
                + "  client_body_temp_path " + dir.resolve("body") + ";\n"
                + "  proxy_temp_path " + dir.resolve("proxy") + ";\n"
                + "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";\n"
                + "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";\n"
                + "  scgi_temp_path " + dir.resolve("scgi") + ";\n"
                + "  client_max_body_size 1m;\n"
                + "  server {\n"
                + "    listen 127.0.0.1:" + port + ";\n"
                + "    location /portal/ { return 200 '<html><body>Sign in to Guest Wi-Fi</body></html>'; }\n"
                + "    location / {\n"
                + faultRule(dir, Fault.HTML_401, "return 401 '<html><body><h1>401 Authorization Required</h1>"
                        + "Log in to the school proxy</body></html>';")
                + faultRule(dir, Fault.HTML_413, "return 413 '<html><body><h1>413 Request Entity Too Large</h1>"
                        + "</body></html>';")
                + faultRule(dir, Fault.PORTAL_200, "return 200 '<html><body>Sign in to Guest Wi-Fi</body></html>';")
                + faultRule(dir, Fault.PORTAL_REDIRECT, "return 302 /portal/login;")
                + "      proxy_pass " + target + ";\n"
                + "      proxy_http_version 1.1;\n"
                + "    }\n  }\n}\n";
        Path confFile = dir.resolve("nginx.conf");
        Files.write(confFile, conf.getBytes(StandardCharsets.UTF_8));
        Process process = new ProcessBuilder(nginx, "-p", dir.toString(), "-c", confFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile())
                .start();
        NginxProxy proxy = new NginxProxy(dir, process, port);
        proxy.awaitListening();
        return proxy;
    }

    private static String faultRule(Path dir, Fault fault, String action) {
        return "      if (-f " + dir.resolve(fault.name()) + ") { " + action + " }\n";
    }

    /** The address devices use: the proxy, not the server. */
    String baseUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** From the next request on, every request meets this fault (NONE: forwarded to the server). */
    void fault(Fault fault) throws IOException {
        for (Fault f : Fault.values()) {
            Files.deleteIfExists(directory.resolve(f.name()));
        }
        if (fault != Fault.NONE) {
            Files.createFile(directory.resolve(fault.name()));
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("nginx did not listen on " + port + ": " + log());
    }

    private String log() throws IOException {
        StringBuilder log = new StringBuilder();
        for (String name : new String[] {"stdout.log", "error.log"}) {
            Path file = directory.resolve(name);
            if (Files.exists(file)) {
                log.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return log.toString();
    }

    /** Debian's nginx: /usr/sbin is not on every user's PATH. */
    private static String binary() {
        for (String candidate : new String[] {"/usr/sbin/nginx", "/usr/bin/nginx"}) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                File file = new File(dir, "nginx");
                if (file.canExecute()) {
                    return file.getPath();
                }
            }
        }
        throw new IllegalStateException("nginx is not installed: scripts/lib/prerequisites.sh installs it"
                + " (apt-get install nginx-light)");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
