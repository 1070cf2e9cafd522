package uk.registerly.rules.casework;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The letter a LETTER action sent (issue 16: "Each letter is a stored record (the event holds its hash; the PDF
 * is kept with the evidence store)"): the stored letter's id, the SHA-256 of its PDF (64 lower-case hex digits),
 * so the event proves which bytes were sent, and the language it was written in (a BCP 47 tag such as "en",
 * "pl", "ur"). Immutable.
 */
public final class LetterRecord {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final String id;
    private final String sha256;
    private final String language;

    private LetterRecord(String id, String sha256, String language) {
        this.id = id;
        this.sha256 = sha256;
        this.language = language;
    }

    /** @throws IllegalArgumentException naming what is wrong */
    public static LetterRecord of(String id, String sha256, String language) {
        String problem = problem(id, sha256, language);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new LetterRecord(id, sha256, language);
    }

    /** Null when the three are a letter record; else "field: what is wrong". */
    static String problem(String id, String sha256, String language) {
        if (id == null || id.trim().isEmpty() || id.length() > CaseAction.MAX_ID) {
            return "id: is required (at most " + CaseAction.MAX_ID + " characters)";
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return "sha256: must be 64 lower-case hexadecimal digits (the PDF's SHA-256)";
        }
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            return "language: must be a language tag such as en, pl or ur";
        }
        return null;
    }

    public String id() {
        return id;
    }

    public String sha256() {
        return sha256;
    }

    public String language() {
        return language;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LetterRecord)) {
            return false;
        }
        LetterRecord l = (LetterRecord) o;
        return id.equals(l.id) && sha256.equals(l.sha256) && language.equals(l.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, sha256, language);
    }

    @Override
    public String toString() {
        return "letter " + id + " (" + language + ", sha256 " + sha256.substring(0, 12) + "...)";
    }
}
