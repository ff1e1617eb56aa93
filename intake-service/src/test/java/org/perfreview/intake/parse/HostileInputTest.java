package org.perfreview.intake.parse;

import org.perfreview.intake.testing.ZipRewriter;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfreview.intake.parse.UnreadableFileException.Category;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Broken and hostile uploads end in a categorised {@link UnreadableFileException} with a clear message, never an unchecked exception. */
class HostileInputTest {

    private static final Path TEMPLATE = Fixtures.path("overall-targets/A_template/1.1.xlsx");
    private static final String SHEET = "xl/worksheets/sheet1.xml";

    private static UnreadableFileException refused(byte[] content, ReaderLimits limits) {
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> Fixtures.read(content, limits));
        assertThat(e).as("refused with UnreadableFileException").isNotNull();
        assertThat(e.getMessage()).isNotBlank();
        return e;
    }

    private static UnreadableFileException refused(byte[] content) {
        return refused(content, ReaderLimits.defaults());
    }

    @Test
    void emptyFile() {
        UnreadableFileException e = refused(new byte[0]);
        assertThat(e.category()).isEqualTo(Category.UNREADABLE);
        assertThat(e.getMessage()).contains("0 字节");
    }

    @Test
    void truncatedZip() throws Exception {
        byte[] whole = Files.readAllBytes(TEMPLATE);
        UnreadableFileException e = refused(Arrays.copyOf(whole, whole.length / 2));
        assertThat(e.category()).isEqualTo(Category.CORRUPT);
        assertThat(e.getMessage()).contains("ZIP").contains("截断");
    }

    @Test
    void zipBombIsStoppedByTheInflateRatioCheck() {
        byte[] bomb = ZipRewriter.replace(TEMPLATE, SHEET, out -> {
            out.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(bomb.length).as("compressed size").isLessThan(1_000_000);
        UnreadableFileException e = refused(bomb);
        assertThat(e.category()).isEqualTo(Category.TOO_LARGE);
        assertThat(e.getMessage()).contains("zip bomb");
    }

    @Test
    void expandedSizeBudgetStopsLargeButOrdinarySheets() throws Exception {
        byte[] stacked = Files.readAllBytes(Fixtures.path("overall-targets/C_stacked.xlsx"));
        UnreadableFileException e = refused(stacked, ReaderLimits.defaults().withMaxExpandedBytes(200_000));
        assertThat(e.category()).isEqualTo(Category.TOO_LARGE);
        assertThat(e.getMessage()).contains("解压后内容超过上限");
    }

    @Test
    void encryptedWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("单位编码");
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                wb.write(data);
            }
            fs.writeFilesystem(out);
        }
        UnreadableFileException e = refused(out.toByteArray());
        assertThat(e.category()).isEqualTo(Category.ENCRYPTED);
        assertThat(e.getMessage()).contains("加密");
    }

    @Test
    void externalEntityIsNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-XXE");
        byte[] hostile = ZipRewriter.rewrite(TEMPLATE, SHEET, xml -> xml
                .replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replaceFirst("<c r=\"B6\"[^>]*>.*?</c>", "<c r=\"B6\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"));
        assertThat(new String(hostile, StandardCharsets.ISO_8859_1)).doesNotContain("TOP-SECRET");
        // POI's hardened XML reader refuses any DOCTYPE, so the entity is not even parsed.
        UnreadableFileException e = refused(hostile);
        assertThat(e.category()).isEqualTo(Category.CORRUPT);
        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("TOP-SECRET");
    }

    @Test
    void pngRenamedXlsx() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        UnreadableFileException e = refused(png);
        assertThat(e.category()).isEqualTo(Category.UNSUPPORTED_FORMAT);
        assertThat(e.category().httpStatus()).isEqualTo(415);
        assertThat(e.getMessage()).contains("PNG");
    }

    @Test
    void otherNonTables() {
        assertThat(refused("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)).category())
                .isEqualTo(Category.UNSUPPORTED_FORMAT);
        assertThat(refused(new byte[]{0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 0, 0x10}).category())
                .isEqualTo(Category.UNSUPPORTED_FORMAT);
        byte[] plainZip = ZipRewriter.replace(TEMPLATE, "xl/workbook.xml", out -> out.write("x".getBytes()));
        byte[] renamed = new String(plainZip, StandardCharsets.ISO_8859_1).replace("xl/workbook.xml", "xl/notebook.xml")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refused(renamed).category()).isEqualTo(Category.UNSUPPORTED_FORMAT);
    }

    @Test
    void fileOverTheSizeLimit() throws Exception {
        byte[] content = Files.readAllBytes(TEMPLATE);
        UnreadableFileException e = refused(content, ReaderLimits.defaults().withMaxBytes(4096));
        assertThat(e.category()).isEqualTo(Category.TOO_LARGE);
        assertThat(e.category().httpStatus()).isEqualTo(413);
        assertThat(e.getMessage()).contains("4 KB");
    }

    @Test
    void tooManyRows() throws Exception {
        byte[] content = Files.readAllBytes(Fixtures.path("overall-targets/C_stacked.xlsx"));
        UnreadableFileException e = refused(content, ReaderLimits.defaults().withMaxRowsPerSheet(100));
        assertThat(e.category()).isEqualTo(Category.TOO_LARGE);
        assertThat(e.getMessage()).contains("100 行");
    }

    @Test
    void brokenSheetXml() {
        byte[] broken = ZipRewriter.rewrite(TEMPLATE, SHEET, xml -> xml.substring(0, xml.length() / 2));
        UnreadableFileException e = refused(broken);
        assertThat(e.category()).isEqualTo(Category.CORRUPT);
    }

    @Test
    void textThatIsNoTableNamesWhatWasExpectedAndFound() {
        byte[] csv = "会议纪要\n时间,地点\n2024-01-01,岳阳\n".getBytes(StandardCharsets.UTF_8);
        UnreadableFileException e = refused(csv);
        assertThat(e.category()).isEqualTo(Category.UNKNOWN_LAYOUT);
        assertThat(e.getMessage()).contains("单位编码").contains("会议纪要");
        assertThat(e.notes()).isNotEmpty();
        assertThat(e.notes().get(0).at().row()).isEqualTo(1);
        assertThat(e.notes().get(0).found()).isEqualTo("会议纪要");
    }

    @Test
    void anExceptionFromTheSinkIsTheCallersOwn() throws Exception {
        byte[] content = Files.readAllBytes(TEMPLATE);
        IllegalStateException mine = new IllegalStateException("sink full");
        assertThatThrownBy(() -> new TableReader(ReaderLimits.defaults())
                .read(new java.io.ByteArrayInputStream(content), "1.1.xlsx", t -> {
                    throw mine;
                })).isSameAs(mine);
    }
}
