package org.perfreview.intake.parse;

/** The formats the reader understands, as detected from the content (never the file name). */
public enum FileFormat {
    XLSX, XLS, DOCX, CSV
}
