package org.perfreview.intake.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies the upload to a private temporary file, stopping at the size limit. Readers then open the file with
 * random access (POI reads a zip's central directory instead of inflating every entry into memory).
 */
final class UploadSpool implements AutoCloseable {

    private final Path file;

    private UploadSpool(Path file) {
        this.file = file;
    }

    static UploadSpool copy(InputStream in, long maxBytes) throws IOException, UnreadableFileException {
        Path file = Files.createTempFile("perf-upload-", ".bin");
        UploadSpool spool = new UploadSpool(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new UnreadableFileException(UnreadableFileException.Category.TOO_LARGE,
                            "文件超过上传上限 " + describe(maxBytes) + "，请拆分后上传");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | UnreadableFileException | RuntimeException e) {
            spool.close();
            throw e;
        }
        return spool;
    }

    Path file() {
        return file;
    }

    static String describe(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " 字节";
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
