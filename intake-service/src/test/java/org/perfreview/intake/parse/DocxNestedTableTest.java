package org.perfreview.intake.parse;

import org.junit.jupiter.api.Test;
import org.perfreview.intake.testing.ZipRewriter;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A .docx whose tables sit inside a frame table (a table in a table cell) reads like the same tables unframed. */
class DocxNestedTableTest {

    private static final Path SAMPLE = Path.of("..", "samples", "self-evaluation", "self-evaluation-2024.docx");
    private static final String OPEN = "<w:tbl><w:tblGrid><w:gridCol w:w=\"9000\"/></w:tblGrid><w:tr><w:tc>"
            + "<w:p><w:r><w:t>附件：外框表格</w:t></w:r></w:p>";
    private static final String CLOSE = "<w:p/></w:tc></w:tr></w:tbl>";

    @Test
    void tablesInsideAFrameTableAreRead() throws Exception {
        byte[] plain = Files.readAllBytes(SAMPLE);
        // every table of the body wrapped in a one-cell frame table, the first one twice
        byte[] framed = ZipRewriter.rewrite(plain, "word/document.xml",
                xml -> xml.replace("<w:tbl>", OPEN + "<w:tbl>").replace("</w:tbl>", "</w:tbl>" + CLOSE)
                        .replaceFirst("<w:tbl><w:tblGrid><w:gridCol w:w=\"9000\"/>", OPEN + "<w:tbl><w:tblGrid><w:gridCol w:w=\"9000\"/>")
                        .replaceFirst("</w:tbl>" + java.util.regex.Pattern.quote(CLOSE), "</w:tbl>" + CLOSE + CLOSE));
        List<String> expected = summaries(plain);
        assertThat(expected).isNotEmpty();
        assertThat(summaries(framed)).containsExactlyElementsOf(expected);
    }

    @Test
    void framesNestedBeyondTheLimitAreRefused() throws Exception {
        byte[] plain = Files.readAllBytes(SAMPLE);
        byte[] deep = ZipRewriter.rewrite(plain, "word/document.xml",
                xml -> xml.replaceFirst("<w:tbl>", java.util.regex.Matcher.quoteReplacement(OPEN.repeat(7)) + "<w:tbl>")
                        .replaceFirst("</w:tbl>", java.util.regex.Matcher.quoteReplacement("</w:tbl>" + CLOSE.repeat(7))));
        assertThatThrownBy(() -> read(deep)).isInstanceOf(UnreadableFileException.class);
    }

    /** What each table read says: kind, unit, and how many indicators, goals and notes it has. */
    private static List<String> summaries(byte[] docx) throws Exception {
        return read(docx).stream().map(t -> t.table().kind() + " " + t.table().unitCodeValue() + " " + t.table().unitNameValue()
                + " indicators=" + (t.table().indicators() == null ? 0 : t.table().indicators().size())
                + " goals=" + (t.table().goals() == null ? 0 : t.table().goals().size())
                + " selfEval=" + (t.table().selfEvaluation() != null)).toList();
    }

    private static List<ParsedTable> read(byte[] docx) throws UnreadableFileException {
        List<ParsedTable> tables = new ArrayList<>();
        new TableReader(ReaderLimits.defaults()).read(new ByteArrayInputStream(docx), "framed.docx", tables::add);
        return tables;
    }
}
