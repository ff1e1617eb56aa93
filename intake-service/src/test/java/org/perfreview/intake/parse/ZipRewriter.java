package org.perfreview.intake.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds hostile variants of a fixture package: one entry's XML rewritten, or streamed in by a writer. */
final class ZipRewriter {

    interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    private ZipRewriter() {
    }

    /** The package with one entry's XML text changed. */
    static byte[] rewrite(Path source, String entry, UnaryOperator<String> change) {
        return copy(source, entry, out -> {
            throw new IllegalStateException("the rewritten entry is not streamed");
        }, change);
    }

    /** The package with one entry's content streamed by the writer (large contents never sit in memory). */
    static byte[] replace(Path source, String entry, EntryWriter writer) {
        return copy(source, entry, writer, null);
    }

    private static byte[] copy(Path source, String target, EntryWriter writer, UnaryOperator<String> change) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (!e.getName().equals(target)) {
                    in.transferTo(out);
                } else if (change != null) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    out.write(change.apply(xml).getBytes(StandardCharsets.UTF_8));
                } else {
                    writer.write(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
