package uk.registerly.android.build;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads where each stored entry's data starts in a zip (from the central directory and each local
 * header) and reports those that are not aligned as {@link AligningZipWriter} aligns them. The
 * check runs on the signed APK, so it proves apksigner kept the 16 KB alignment of native code.
 */
final class ZipAlignment {
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int LOCAL_HEADER = 0x04034b50;

    private ZipAlignment() {
    }

    /** One stored entry and the offset its data starts at. */
    record StoredEntry(String name, long dataOffset) {
        boolean aligned() {
            return dataOffset % AligningZipWriter.alignmentOf(name) == 0;
        }
    }

    static List<StoredEntry> storedEntries(Path zip) throws IOException {
        List<StoredEntry> entries = new ArrayList<>();
        try (RandomAccessFile file = new RandomAccessFile(zip.toFile(), "r")) {
            long end = findEndOfCentralDirectory(file);
            file.seek(end + 10);
            int count = readShort(file);
            file.seek(end + 16);
            long position = readInt(file) & 0xffffffffL;
            for (int i = 0; i < count; i++) {
                file.seek(position);
                if (readInt(file) != CENTRAL_HEADER) {
                    throw new IOException("Bad central directory entry " + i + " in " + zip);
                }
                file.seek(position + 10);
                int method = readShort(file);
                file.seek(position + 28);
                int nameLength = readShort(file);
                int extraLength = readShort(file);
                int commentLength = readShort(file);
                file.seek(position + 42);
                long localHeader = readInt(file) & 0xffffffffL;
                byte[] name = new byte[nameLength];
                file.seek(position + 46);
                file.readFully(name);
                position += 46 + nameLength + extraLength + commentLength;
                if (method != 0) {
                    continue;
                }
                file.seek(localHeader);
                if (readInt(file) != LOCAL_HEADER) {
                    throw new IOException("Bad local header for " + new String(name, StandardCharsets.UTF_8));
                }
                file.seek(localHeader + 26);
                int localName = readShort(file);
                int localExtra = readShort(file);
                entries.add(new StoredEntry(new String(name, StandardCharsets.UTF_8),
                        localHeader + 30 + localName + localExtra));
            }
        }
        return entries;
    }

    static List<StoredEntry> misaligned(Path zip) throws IOException {
        return storedEntries(zip).stream().filter(e -> !e.aligned()).toList();
    }

    private static long findEndOfCentralDirectory(RandomAccessFile file) throws IOException {
        long length = file.length();
        for (long position = length - 22; position >= Math.max(0, length - 22 - 65535); position--) {
            file.seek(position);
            if (readInt(file) == END_OF_CENTRAL_DIRECTORY) {
                return position;
            }
        }
        throw new IOException("Not a zip file (no end of central directory)");
    }

    private static int readShort(RandomAccessFile file) throws IOException {
        return file.read() | file.read() << 8;
    }

    private static int readInt(RandomAccessFile file) throws IOException {
        return readShort(file) | readShort(file) << 16;
    }
}
