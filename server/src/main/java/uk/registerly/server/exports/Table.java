package uk.registerly.server.exports;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.registerly.server.http.Json;

/**
 * An export's rows, written as CSV (Apache Commons CSV, RFC 4180, a header row) or as JSON (Jackson's
 * streaming generator: {@code {...about, "rows": [...]}}), row by row straight to the response, so a
 * large file is never held twice. A JSON row leaves out what is null; a CSV cell is then empty.
 */
final class Table {

    private final List<String> columns;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    Table(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** A row: values by column, in any order; a column without a value is empty. */
    void add(Map<String, Object> row) {
        rows.add(row);
    }

    int size() {
        return rows.size();
    }

    List<Map<String, Object>> rows() {
        return rows;
    }

    void writeCsv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new))
                .get());
        for (Map<String, Object> row : rows) {
            List<Object> cells = new ArrayList<>(columns.size());
            for (String column : columns) {
                Object value = row.get(column);
                cells.add(value == null ? "" : value);
            }
            csv.printRecord(cells);
        }
        csv.flush();
    }

    /** {@code about} (the return's period, school, counts) and then the rows. */
    void writeJson(OutputStream out, Map<String, Object> about) throws IOException {
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, Object> e : about.entrySet()) {
                json.writeObjectField(e.getKey(), e.getValue());
            }
            json.writeArrayFieldStart("rows");
            for (Map<String, Object> row : rows) {
                Map<String, Object> present = new LinkedHashMap<>();
                row.forEach((k, v) -> {
                    if (v != null) {
                        present.put(k, v);
                    }
                });
                json.writeObject(present);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
