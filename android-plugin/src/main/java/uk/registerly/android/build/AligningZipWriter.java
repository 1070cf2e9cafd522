package uk.registerly.android.build;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip whose stored entries start at aligned offsets, as zipalign does: 4 bytes for stored
 * entries (resources.arsc must be, from targetSdk 30), and 16 KB for native libraries, so that
 * Android can map them straight from the APK on devices with 16 KB memory pages (Android 15+).
 * Debian's zipalign (Android 10) only knows 4 KB pages ({@code -p}), so the padding is written
 * here, in the alignment extra field (0xD935) that zipalign and apksigner use.
 */
final class AligningZipWriter implements Closeable {
    static final int STORED_ALIGNMENT = 4;
    static final int NATIVE_LIBRARY_ALIGNMENT = 16 * 1024;

    /** The extra field zipalign and apksigner pad with: id, size, alignment, then zeros. */
    private static final int ALIGNMENT_EXTRA_ID = 0xD935;
    private static final int ALIGNMENT_EXTRA_MIN = 6;
    private static final int LOCAL_HEADER_SIZE = 30;

    private final CountingStream counter;
    private final ZipOutputStream zip;

    AligningZipWriter(Path output) throws IOException {
        Files.createDirectories(output.toAbsolutePath().getParent());
        counter = new CountingStream(new BufferedOutputStream(Files.newOutputStream(output), 1 << 16));
        zip = new ZipOutputStream(counter);
    }

    /** A compressed entry; compressed data needs no alignment. */
    void deflated(String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** An uncompressed entry, aligned for memory mapping: 16 KB for {@code .so} files, else 4 bytes. */
    void stored(String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        int alignment = alignmentOf(name);
        // ZipOutputStream writes the local header as soon as the entry is put, at the current offset.
        long dataStart = counter.count + LOCAL_HEADER_SIZE + name.getBytes(StandardCharsets.UTF_8).length
                + ALIGNMENT_EXTRA_MIN;
        int padding = (int) ((alignment - dataStart % alignment) % alignment);
        entry.setExtra(alignmentExtra(alignment, padding));
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    static int alignmentOf(String name) {
        return name.endsWith(".so") ? NATIVE_LIBRARY_ALIGNMENT : STORED_ALIGNMENT;
    }

    private static byte[] alignmentExtra(int alignment, int padding) {
        byte[] extra = new byte[ALIGNMENT_EXTRA_MIN + padding];
        int dataSize = extra.length - 4;
        extra[0] = (byte) ALIGNMENT_EXTRA_ID;
        extra[1] = (byte) (ALIGNMENT_EXTRA_ID >>> 8);
        extra[2] = (byte) dataSize;
        extra[3] = (byte) (dataSize >>> 8);
        extra[4] = (byte) alignment;
        extra[5] = (byte) (alignment >>> 8);
        return extra;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts what reaches the file, so the writer knows where the next local header starts. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
