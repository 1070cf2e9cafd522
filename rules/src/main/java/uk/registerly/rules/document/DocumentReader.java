package uk.registerly.rules.document;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one object of a document made of plain maps, lists, strings, numbers and booleans (what a JSON
 * library gives for untyped JSON: Gson, Jackson and org.json all do), collecting every problem with its path
 * instead of stopping at the first. A value with a problem reads as null; the caller goes on and throws
 * {@link InvalidDocumentException} at the end when {@link #problems()} is not empty.
 *
 * <p>Numbers may arrive as any {@link Number} (Gson reads every JSON number as a double): integers must be
 * whole, decimals are taken from their shortest decimal form, so 92.5 is exactly 92.5.
 */
public final class DocumentReader {
    private final Map<?, ?> map;
    private final String path;
    private final List<FieldProblem> problems;

    private DocumentReader(Map<?, ?> map, String path, List<FieldProblem> problems) {
        this.map = map;
        this.path = path;
        this.problems = problems;
    }

    /** The document's root object; a problem (and an empty reader) when {@code document} is not a map. */
    public static DocumentReader root(Object document) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!(document instanceof Map)) {
            problems.add(new FieldProblem("", document == null ? "the document is missing" : "must be an object"));
            return new DocumentReader(Collections.emptyMap(), "", problems);
        }
        return new DocumentReader((Map<?, ?>) document, "", problems);
    }

    /** Every problem found so far by this reader and every reader it made. */
    public List<FieldProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** The path of a field of this object, e.g. {@code stages[2].entry.threshold}. */
    public String path(String key) {
        return FieldProblem.join(path, key);
    }

    public String path() {
        return path;
    }

    public boolean has(String key) {
        return map.get(key) != null;
    }

    public void problem(String key, String message) {
        problems.add(new FieldProblem(path(key), message));
    }

    /** Adds a problem for each problem of a value built from this object's fields (its paths relative to it). */
    public void problems(InvalidDocumentException e) {
        for (FieldProblem p : e.problems()) {
            problems.add(p.under(path));
        }
    }

    /** A problem for every key not among {@code keys} (a misspelt field must not be silently ignored). */
    public void allowOnly(String... keys) {
        Set<String> allowed = new LinkedHashSet<>(Arrays.asList(keys));
        for (Object key : map.keySet()) {
            if (!(key instanceof String) || !allowed.contains(key)) {
                problems.add(new FieldProblem(path(String.valueOf(key)), "unknown field (expected one of "
                        + String.join(", ", allowed) + ")"));
            }
        }
    }

    /** A non-blank string of at most {@code maxLength} characters, trimmed; null when absent or wrong. */
    public String string(String key, boolean required, int maxLength) {
        Object value = value(key, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String)) {
            problem(key, "must be a string");
            return null;
        }
        String text = ((String) value).trim();
        if (text.isEmpty()) {
            problem(key, "must not be blank");
            return null;
        }
        if (text.length() > maxLength) {
            problem(key, "must be at most " + maxLength + " characters (is " + text.length() + ")");
            return null;
        }
        return text;
    }

    /** A whole number between {@code min} and {@code max}; null when absent or wrong. */
    public Integer integer(String key, boolean required, int min, int max) {
        BigDecimal number = number(key, required);
        if (number == null) {
            return null;
        }
        BigInteger whole;
        try {
            whole = number.toBigIntegerExact();
        } catch (ArithmeticException notWhole) {
            problem(key, "must be a whole number");
            return null;
        }
        if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            problem(key, "must be between " + min + " and " + max);
            return null;
        }
        return whole.intValue();
    }

    /** A number, exactly as written; null when absent or wrong. */
    public BigDecimal number(String key, boolean required) {
        Object value = value(key, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number)) {
            problem(key, "must be a number");
            return null;
        }
        try {
            return decimal((Number) value);
        } catch (NumberFormatException notFinite) {
            problem(key, "must be a finite number");
            return null;
        }
    }

    /** One of {@code type}'s constants by its exact name; null when absent or wrong. */
    public <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required) {
        String name = string(key, required, 64);
        if (name == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        String hint = "";
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name.toUpperCase(Locale.ROOT))) {
                hint = " (names are upper case: " + constant.name() + ")";
            }
        }
        problem(key, "unknown value \"" + name + "\"" + hint + "; expected one of " + String.join(", ", names));
        return null;
    }

    /** An ISO date, {@code 2026-09-14}; null when absent or wrong. */
    public LocalDate date(String key, boolean required) {
        String text = string(key, required, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(key, "must be a date like 2026-09-14 (is \"" + text + "\")");
            return null;
        }
    }

    /** An ISO local date-time, {@code 2026-09-14T10:30} or with seconds; null when absent or wrong. */
    public LocalDateTime dateTime(String key, boolean required) {
        String text = string(key, required, 29);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            problem(key, "must be a school-local date and time like 2026-09-14T10:30:00 (is \"" + text + "\")");
            return null;
        }
    }

    /** A list; null when absent or wrong. */
    public List<?> list(String key, boolean required, int minSize, int maxSize) {
        Object value = value(key, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List)) {
            problem(key, "must be a list");
            return null;
        }
        List<?> list = (List<?>) value;
        if (list.size() < minSize) {
            problem(key, minSize == 1 ? "must not be empty" : "needs at least " + minSize + " entries");
            return null;
        }
        if (list.size() > maxSize) {
            problem(key, "must have at most " + maxSize + " entries (has " + list.size() + ")");
            return null;
        }
        return list;
    }

    /** The strings of a list of strings; null when absent or wrong. */
    public List<String> strings(String key, int maxLength) {
        List<?> list = list(key, false, 0, 50);
        if (list == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            String itemPath = key + "[" + i + "]";
            if (!(item instanceof String) || ((String) item).trim().isEmpty()) {
                problem(itemPath, "must be a non-blank string");
            } else if (((String) item).trim().length() > maxLength) {
                problem(itemPath, "must be at most " + maxLength + " characters");
            } else {
                out.add(((String) item).trim());
            }
        }
        return out;
    }

    /** The object under {@code key}; null when absent or not an object. */
    public DocumentReader object(String key, boolean required) {
        Object value = value(key, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map)) {
            problem(key, "must be an object");
            return null;
        }
        return new DocumentReader((Map<?, ?>) value, path(key), problems);
    }

    /** The object at {@code list[index]} of the list under {@code key}; null when it is not an object. */
    public DocumentReader element(String key, List<?> list, int index) {
        String at = key + "[" + index + "]";
        Object value = list.get(index);
        if (!(value instanceof Map)) {
            problem(at, "must be an object");
            return null;
        }
        return new DocumentReader((Map<?, ?>) value, path(at), problems);
    }

    private Object value(String key, boolean required) {
        Object value = map.get(key);
        if (value == null && required) {
            problem(key, "is required");
        }
        return value;
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal) {
            return (BigDecimal) n;
        }
        if (n instanceof BigInteger) {
            return new BigDecimal((BigInteger) n);
        }
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return BigDecimal.valueOf(n.longValue());
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new NumberFormatException("not finite");
        }
        // The shortest decimal that reads back as this double: 92.5 -> 92.5, 0.1 -> 0.1.
        return new BigDecimal(Double.toString(d));
    }
}
