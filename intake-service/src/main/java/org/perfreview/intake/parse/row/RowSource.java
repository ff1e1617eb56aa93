package org.perfreview.intake.parse.row;

import org.perfreview.intake.parse.UnreadableFileException;

import java.io.IOException;
import java.nio.file.Path;

/** A format reader: turns a file into the common row stream. */
public interface RowSource {

    void read(Path file, RowHandler handler) throws IOException, UnreadableFileException;
}
