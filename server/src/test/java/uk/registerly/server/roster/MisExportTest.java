package uk.registerly.server.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MisExportTest {

    private static MisExport read(String text) {
        return MisExport.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAfterAByteOrderMark() {
        MisExport file = read("\uFEFFName,Note\r\n\"O'Neill, Siobhan\",\"said \"\"hi\"\"\nthen left\"\r\nBob,\r\n\r\n");
        List<MisExport.Row> rows = file.rows();
        assertEquals(List.of("name", "note"), file.header(), "the mark is not part of the first column's name");
        assertEquals(2, rows.size());
        assertEquals("O'Neill, Siobhan", rows.get(0).get("name"));
        assertEquals("said \"hi\"\nthen left", rows.get(0).get("note"));
        assertEquals(2, rows.get(0).line());
        assertEquals(4, rows.get(1).line(), "a line break inside quotes still counts as a line");
        assertEquals("", rows.get(1).get("note"));
    }

    @Test
    void aQuotedHeaderWithACommaIsOneColumnAsInTheRows() {
        MisExport file = read("\"Surname, first\",UPN\n\"Okafor, Amara\",A123456789012\n");
        assertEquals(List.of("surname, first", "upn"), file.header());
        assertEquals("Okafor, Amara", file.rows().get(0).get("surname, first"));
        assertEquals("A123456789012", file.rows().get(0).get("upn"));
    }

    @Test
    void blankLinesAreSkippedAndTheLinesAfterThemKeepTheirNumbers() {
        MisExport file = read("a,b\n\n   \n1,2\r\n\r\n3,4");
        assertEquals(List.of(4L, 6L), file.rows().stream().map(MisExport.Row::line).toList());
    }

    @Test
    void everyRefusalNamesTheLineItsRecordStartsOn() {
        IllegalArgumentException unclosed = assertThrows(IllegalArgumentException.class,
                () -> read("a,b\n1,2\n\"x,y\n3,4\n"));
        assertEquals("line 3: a quoted field is not closed", unclosed.getMessage());
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class, () -> read("a,b\n1,2\n1,2,3\n"));
        assertEquals("line 3: 3 fields, but the header has 2", wide.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> read("\uFEFF\n\n"));
        assertTrue(empty.getMessage().contains("header row"), empty.getMessage());
    }
}
