package org.perfreview.intake.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The fixture files copied into the test resources, read through the public {@link TableReader}. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static Path path(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("fixture missing: " + relative, e);
        }
    }

    static List<Path> files(String directory, String suffix) {
        try (Stream<Path> s = Files.list(path(directory))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String relative) {
        try {
            return JSON.readTree(path(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every table of a file, in order. */
    static List<ParsedTable> read(Path file) throws UnreadableFileException {
        return read(file, ReaderLimits.defaults());
    }

    static List<ParsedTable> read(Path file, ReaderLimits limits) throws UnreadableFileException {
        List<ParsedTable> tables = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            new TableReader(limits).read(in, file.getFileName().toString(), tables::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    static List<ParsedTable> read(byte[] content, ReaderLimits limits) throws UnreadableFileException {
        List<ParsedTable> tables = new ArrayList<>();
        new TableReader(limits).read(new java.io.ByteArrayInputStream(content), "upload", tables::add);
        return tables;
    }
}
