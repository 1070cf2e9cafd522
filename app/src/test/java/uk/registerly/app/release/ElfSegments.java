package uk.registerly.app.release;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Reads an ELF shared library's program headers: every PT_LOAD segment's alignment must be at least a page. */
final class ElfSegments {
    private static final int PT_LOAD = 1;

    private ElfSegments() {
    }

    static void assertLoadSegmentsAligned(String name, byte[] elf, long page) {
        assertEquals(name + " is not ELF", 0x7f454c46, ByteBuffer.wrap(elf, 0, 4).getInt());
        boolean is64 = elf[4] == 2;
        ByteBuffer b = ByteBuffer.wrap(elf).order(elf[5] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long phoff = is64 ? b.getLong(0x20) : b.getInt(0x1C) & 0xffffffffL;
        int phentsize = b.getShort(is64 ? 0x36 : 0x2A) & 0xffff;
        int phnum = b.getShort(is64 ? 0x38 : 0x2C) & 0xffff;
        int loads = 0;
        for (int i = 0; i < phnum; i++) {
            int at = (int) (phoff + (long) i * phentsize);
            if (b.getInt(at) != PT_LOAD) {
                continue;
            }
            loads++;
            long align = is64 ? b.getLong(at + 0x30) : b.getInt(at + 0x1C) & 0xffffffffL;
            assertTrue(name + ": a LOAD segment is aligned to " + align + " bytes, not " + page, align >= page && align % page == 0);
        }
        assertTrue(name + " has LOAD segments", loads > 0);
    }
}
