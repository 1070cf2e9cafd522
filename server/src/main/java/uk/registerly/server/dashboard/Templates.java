package uk.registerly.server.dashboard;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard's HTML: Mustache templates under {@code dashboard/templates/} (every {{value}} HTML-escaped;
 * only the page body handed to the layout is not), compiled once and kept.
 */
final class Templates {

    private final MustacheFactory factory = new DefaultMustacheFactory("dashboard/templates");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    String render(String template, Object scope) {
        Mustache mustache = compiled.computeIfAbsent(template, t -> factory.compile(t + ".mustache"));
        StringWriter out = new StringWriter();
        mustache.execute(out, scope);
        return out.toString();
    }
}
