package org.perfreview.intake.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** TEST-ONLY: hostile variants of an Office package: one entry's XML rewritten, or streamed in by a writer. */
public final class ZipRewriter {

    public interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    private ZipRewriter() {
    }

    /** The package with one entry's XML text changed. */
    public static byte[] rewrite(Path source, String entry, UnaryOperator<String> change) {
        return rewrite(read(source), entry, change);
    }

    public static byte[] rewrite(byte[] zip, String entry, UnaryOperator<String> change) {
        return copy(zip, entry, null, change);
    }

    /** The package with one entry's content streamed by the writer (large contents never sit in memory as text). */
    public static byte[] replace(Path source, String entry, EntryWriter writer) {
        return replace(read(source), entry, writer);
    }

    public static byte[] replace(byte[] zip, String entry, EntryWriter writer) {
        return copy(zip, entry, writer, null);
    }

    private static byte[] copy(byte[] zip, String target, EntryWriter writer, UnaryOperator<String> change) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean found = false;
        try (InputStream source = new ByteArrayInputStream(zip); ZipInputStream in = new ZipInputStream(source);
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (!e.getName().equals(target)) {
                    in.transferTo(out);
                } else if (change != null) {
                    found = true;
                    out.write(change.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                } else {
                    found = true;
                    writer.write(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!found) {
            throw new IllegalArgumentException("no entry " + target);
        }
        return bytes.toByteArray();
    }

    private static byte[] read(Path source) {
        try {
            return Files.readAllBytes(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
