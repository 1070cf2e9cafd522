package uk.registerly.server.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 4180 CSV as MIS exports write it: a header row, commas, double-quoted fields with "" for a
 * quote, CRLF or LF line ends, an optional UTF-8 byte-order mark.
 */
public final class Csv {

    /** One data row: values by lower-case header name, and its line number in the file. */
    public record Row(int line, Map<String, String> values) {

        public String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.trim();
        }
    }

    private Csv() {
    }

    public static List<Row> parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                addUnlessBlank(records, lines, record, recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + recordLine + ": a quoted field is not closed");
        }
        if (fieldStarted || !record.isEmpty()) {
            record.add(field.toString());
            addUnlessBlank(records, lines, record, recordLine);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the file is empty: it needs a header row");
        }
        List<String> header = new ArrayList<>();
        for (String name : records.get(0)) {
            header.add(name.trim().toLowerCase(Locale.ROOT));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.size() > header.size()) {
                throw new IllegalArgumentException("line " + lines.get(r) + ": " + values.size()
                        + " fields, but the header has " + header.size());
            }
            Map<String, String> byName = new HashMap<>();
            for (int c = 0; c < values.size(); c++) {
                byName.put(header.get(c), values.get(c));
            }
            rows.add(new Row(lines.get(r), byName));
        }
        return rows;
    }

    /** The header names of {@code text}, lower case. */
    public static List<String> header(String text) {
        String first = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int end = first.indexOf('\n');
        String line = (end < 0 ? first : first.substring(0, end)).replace("\r", "");
        List<String> names = new ArrayList<>();
        for (String name : line.split(",", -1)) {
            names.add(name.trim().replace("\"", "").toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static void addUnlessBlank(List<List<String>> records, List<Integer> lines, List<String> record, int line) {
        if (record.size() == 1 && record.get(0).isBlank()) {
            return;
        }
        records.add(record);
        lines.add(line);
    }
}
