package uk.registerly.server.dashboard;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import uk.registerly.server.http.ApiException;

/**
 * The dashboard's static files, served from the server's own jar: the GOV.UK Design System's compiled styles
 * and images (org.webjars.npm:govuk-frontend), the charts library (org.webjars.npm:echarts), and the
 * dashboard's own script and styles. Nothing is fetched from anywhere else at run time.
 */
final class Assets {

    private static final Map<String, String> ROOTS = Map.of(
            "govuk/", "META-INF/resources/webjars/govuk-frontend/" + version("govuk-frontend") + "/dist/govuk/",
            "echarts/", "META-INF/resources/webjars/echarts/" + version("echarts") + "/dist/",
            "app/", "dashboard/static/");
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon",
            "woff2", "font/woff2", "woff", "font/woff");

    private Assets() {
    }

    static void serve(Context ctx, String path) {
        if (path.contains("..") || path.contains("//")) {
            throw ApiException.notFound("no such file");
        }
        for (Map.Entry<String, String> root : ROOTS.entrySet()) {
            if (path.startsWith(root.getKey())) {
                String resource = root.getValue() + path.substring(root.getKey().length());
                String ext = path.substring(path.lastIndexOf('.') + 1);
                String type = TYPES.get(ext);
                InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource);
                if (type == null || in == null) {
                    break;
                }
                try (in) {
                    ctx.contentType(type).header("Cache-Control", "public, max-age=86400").result(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return;
            }
        }
        throw ApiException.notFound("no such file");
    }

    /** The webjar's version, from the pom.properties Maven puts in it. */
    private static String version(String artifact) {
        String file = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing: the " + artifact + " webjar is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
