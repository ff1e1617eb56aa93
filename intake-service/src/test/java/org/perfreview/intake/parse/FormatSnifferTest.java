package org.perfreview.intake.parse;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfreview.intake.parse.UnreadableFileException.Category;
import org.perfreview.intake.parse.csv.TextCharset;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The format comes from the bytes: every file here is named {@code upload.xlsx}. */
class FormatSnifferTest {

    @TempDir
    Path dir;

    private Path file(byte[] content) throws Exception {
        return Files.write(dir.resolve("upload.xlsx"), content);
    }

    @Test
    void officeContainers() throws Exception {
        assertThat(FormatSniffer.sniff(Fixtures.path("overall-targets/A_template/1.1.xlsx"))).isEqualTo(FileFormat.XLSX);
        assertThat(FormatSniffer.sniff(Fixtures.path("self-evaluation/self-evaluation-2024.docx"))).isEqualTo(FileFormat.DOCX);
        Path xls = dir.resolve("book.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("s");
            wb.write(out);
        }
        assertThat(FormatSniffer.sniff(xls)).isEqualTo(FileFormat.XLS);
        Path docx = dir.resolve("doc.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("附件1");
            doc.write(out);
        }
        assertThat(FormatSniffer.sniff(docx)).isEqualTo(FileFormat.DOCX);
    }

    @Test
    void ole2WithoutWorkbookIsNotExcel() throws Exception {
        Path word97 = dir.resolve("old.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(word97)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class, () -> FormatSniffer.sniff(word97));
        assertThat(e.category()).isEqualTo(Category.UNSUPPORTED_FORMAT);
        assertThat(e.getMessage()).contains(".doc");
    }

    @Test
    void textInUtf8WithOrWithoutBomOrGb18030IsCsv() throws Exception {
        String text = "单位编码,单位名称\n201001,中共岳阳市委办公室\n";
        assertThat(FormatSniffer.sniff(file(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(FileFormat.CSV);
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(FormatSniffer.sniff(file(bom))).isEqualTo(FileFormat.CSV);
        assertThat(TextCharset.detect(bom).orElseThrow().bomLength()).isEqualTo(3);
        byte[] gb = text.getBytes(TextCharset.GB18030);
        assertThat(FormatSniffer.sniff(file(gb))).isEqualTo(FileFormat.CSV);
        assertThat(TextCharset.detect(gb).orElseThrow().charset()).isEqualTo(TextCharset.GB18030);
        assertThat(TextCharset.detect(text.getBytes(StandardCharsets.UTF_8)).orElseThrow().charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void textWithNulBytesIsNotCsv() throws Exception {
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> FormatSniffer.sniff(file("单位编码\0\0,名称".getBytes(StandardCharsets.UTF_8))));
        assertThat(e.category()).isEqualTo(Category.UNSUPPORTED_FORMAT);
    }
}
