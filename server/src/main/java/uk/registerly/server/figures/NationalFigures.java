package uk.registerly.server.figures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import uk.registerly.server.http.Json;

/**
 * The national figures schools compare themselves with, read from the versioned data file
 * {@code figures/national-figures-v1.json} (England, state-funded schools, with its source and each figure's
 * period), never written into any logic: a new release is a new file.
 */
public final class NationalFigures {

    public static final String RESOURCE = "/figures/national-figures-v1.json";

    /** One published figure: a measure (overallAbsence, persistentAbsence, ...) for a phase and a group. */
    public record Figure(String measure, String phase, String group, double value, String period, String collection) {
    }

    /** The file as published. */
    public record Document(int version, String title, String source, String recordedOn, String note,
                           List<Figure> figures) {
    }

    private static final Document DOCUMENT = load();

    private NationalFigures() {
    }

    public static Document document() {
        return DOCUMENT;
    }

    /** The figures for all pupils ({@code group} "all"), of every phase and period. */
    public static List<Figure> forAllPupils() {
        return DOCUMENT.figures().stream().filter(f -> f.group().equals("all")).toList();
    }

    /** The figure for one measure, phase and group in the latest period listed first, or null. */
    public static Figure find(String measure, String phase, String group) {
        return DOCUMENT.figures().stream()
                .filter(f -> f.measure().equals(measure) && f.phase().equals(phase) && f.group().equals(group))
                .findFirst().orElse(null);
    }

    private static Document load() {
        try (InputStream in = NationalFigures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the server's jar");
            }
            return Json.MAPPER.readValue(in, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
