package uk.registerly.server.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<Csv.Row> rows = Csv.parse("\uFEFFName,Note\r\n\"O'Neill, Siobhan\",\"said \"\"hi\"\"\nthen left\"\r\nBob,\r\n\r\n");
        assertEquals(2, rows.size());
        assertEquals("O'Neill, Siobhan", rows.get(0).get("name"));
        assertEquals("said \"hi\"\nthen left", rows.get(0).get("note"));
        assertEquals(2, rows.get(0).line());
        assertEquals(4, rows.get(1).line());
        assertEquals("", rows.get(1).get("note"));
    }

    @Test
    void refusesUnclosedQuotesAndRowsWiderThanTheHeader() {
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,b\n\"x,y\n"));
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,b\n1,2,3\n"));
        assertThrows(IllegalArgumentException.class, () -> Csv.parse(""));
    }
}
