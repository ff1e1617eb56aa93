package org.perfreview.intake.parse.csv;

import org.perfreview.intake.parse.LimitExceededException;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a reader: fields split by the delimiter, double-quoted fields may hold delimiters,
 * line breaks and doubled quotes ({@code ""}); CRLF, LF and CR all end a record. Lenient where Excel is: a
 * quote inside an unquoted field is kept as text.
 */
public final class CsvTokenizer {

    private final Reader in;
    private final char delimiter;
    private final int maxFieldChars;
    private int pending = -2;

    public CsvTokenizer(Reader in, char delimiter, int maxFieldChars) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxFieldChars = maxFieldChars;
    }

    /** The next record's fields, or null at the end of input. */
    public List<String> next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (c < 0) {
                fields.add(field.toString());
                return fields;
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && fieldStart) {
                quoted = true;
            } else if (ch == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                c = read();
                continue;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    int n = read();
                    if (n != '\n') {
                        pending = n;
                    }
                }
                fields.add(field.toString());
                return fields;
            } else {
                field.append(ch);
            }
            if (field.length() > maxFieldChars) {
                throw new LimitExceededException("CSV 字段超过 " + maxFieldChars + " 个字符上限");
            }
            fieldStart = false;
            c = read();
        }
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        return in.read();
    }
}
