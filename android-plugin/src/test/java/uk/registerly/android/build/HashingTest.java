package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashingTest {

    @Test
    void theSameInputsGiveTheSameKey() {
        assertEquals(new Hashing().add("a").add("b").key(), new Hashing().add("a").add("b").key());
    }

    @Test
    void partBoundariesAndOrderMatter() {
        assertNotEquals(new Hashing().add("ab").add("c").key(), new Hashing().add("a").add("bc").key());
        assertNotEquals(new Hashing().add("a").add("b").key(), new Hashing().add("b").add("a").key());
    }

    @Test
    void fileContentIsPartOfTheKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("R.txt");
        Files.writeString(file, "int string app_name 0x7f0f0001\n");
        String before = new Hashing().addFile(file).key();
        Files.writeString(file, "int string app_name 0x7f0f0002\n");

        assertNotEquals(before, new Hashing().addFile(file).key());
        assertEquals(32, before.length());
    }
}
