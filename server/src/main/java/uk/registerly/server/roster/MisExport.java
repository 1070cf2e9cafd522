package uk.registerly.server.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * One MIS CSV export as Apache Commons CSV reads it (RFC 4180: commas, double quotes with "" for a
 * quote, CRLF or LF), UTF-8 with or without a byte-order mark. The header row is read by the same
 * parser as the data rows, so a quoted header such as {@code "Surname, first"} names one column.
 * Every problem names the line its record starts on.
 */
final class MisExport {

    /** One data row: values by lower-case header name, and the line it starts on. */
    record Row(long line, Map<String, String> values) {

        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.trim();
        }
    }

    // Text after a closing quote ("a"b) is kept, as the hand-written reader before this one did.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .get();

    private final List<String> header;
    private final List<Row> rows;

    private MisExport(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** The header names, trimmed and lower case, in file order. */
    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /** Reads {@code body}; IllegalArgumentException naming the line when the file is not CSV or has no header. */
    static MisExport read(byte[] body) {
        try (Reader reader = new InputStreamReader(BOMInputStream.builder()
                .setInputStream(new ByteArrayInputStream(body)).get(), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            return read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading bytes in memory
        }
    }

    private static MisExport read(CSVParser parser) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            // Empty lines are records here (they are skipped below), so no line passes uncounted.
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw new IllegalArgumentException("line " + line + ": " + problem(e));
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (header == null) {
                header = new ArrayList<>();
                for (String name : record) {
                    header.add(name.trim().toLowerCase(Locale.ROOT));
                }
                continue;
            }
            if (record.size() > header.size()) {
                throw new IllegalArgumentException("line " + line + ": " + record.size() + " fields, but the header has "
                        + header.size());
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < record.size(); c++) {
                values.put(header.get(c), record.get(c));
            }
            rows.add(new Row(line, values));
        }
        if (header == null) {
            throw new IllegalArgumentException("the file is empty: it needs a header row");
        }
        return new MisExport(List.copyOf(header), rows);
    }

    /** The parser's complaint without its own position prefix ("(startline 3) ..."): the line is ours. */
    private static String problem(UncheckedIOException e) {
        String message = e.getCause() == null || e.getCause().getMessage() == null ? "unreadable CSV"
                : e.getCause().getMessage();
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is not closed";
        }
        return message.replaceFirst("^\\((start)?line \\d+\\)\\s*", "");
    }
}
