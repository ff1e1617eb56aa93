package org.perfreview.intake.parse;

import org.perfreview.contracts.table.ParseNote;

import java.util.List;

/** The upload cannot be read as a table; {@link #category()} tells the REST layer which status to answer. */
public class UnreadableFileException extends Exception {

    public enum Category {
        /** Not a spreadsheet, Word document or CSV (PNG, PDF, .doc ...). */
        UNSUPPORTED_FORMAT(415),
        /** Empty or undecodable content. */
        UNREADABLE(422),
        /** The container is damaged (truncated zip, broken XML, bad OLE2 records). */
        CORRUPT(422),
        /** Password-protected: the content cannot be read without the password. */
        ENCRYPTED(422),
        /** Over a size limit: upload bytes, expanded size (zip bomb), rows per sheet, cell length. */
        TOO_LARGE(413),
        /** Readable, but no known table layout was found. */
        UNKNOWN_LAYOUT(422);

        private final int httpStatus;

        Category(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Category category;
    private final List<ParseNote> notes;

    public UnreadableFileException(Category category, String message) {
        this(category, message, List.of(), null);
    }

    public UnreadableFileException(Category category, String message, List<ParseNote> notes, Throwable cause) {
        super(message, cause);
        this.category = category;
        // A caller that keeps only the notes (the upload's stored problems, the REST problem body) must still say
        // what is wrong: a problem without a place becomes one unpositioned note carrying the message.
        this.notes = notes.isEmpty() ? List.of(new ParseNote(ParseNote.Level.ERROR, null, message, null, null)) : List.copyOf(notes);
    }

    public Category category() {
        return category;
    }

    /** Positioned details (sheet, row, column; expected and found) when the problem has a place, else the message as one note. */
    public List<ParseNote> notes() {
        return notes;
    }
}
