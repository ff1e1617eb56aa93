package org.perfreview.intake.parse;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.perfreview.intake.parse.UnreadableFileException.Category;
import org.perfreview.intake.parse.csv.TextCharset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells the format from the content, never from the file name: a ZIP holding {@code xl/workbook.xml} is
 * XLSX, one holding {@code word/document.xml} is DOCX; an OLE2 container with a Workbook stream is XLS, one
 * with {@code EncryptionInfo}/{@code EncryptedPackage} is a password-protected Office file; text without
 * control bytes that decodes as UTF-8 (± BOM) or GB18030 is CSV. Everything else is refused with a reason.
 */
public final class FormatSniffer {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FormatSniffer() {
    }

    public static FileFormat sniff(Path file) throws UnreadableFileException, IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new UnreadableFileException(Category.UNREADABLE, "文件为空（0 字节），没有可读取的内容");
        }
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5) && (head[3] == 4 || head[3] == 6)) {
            return zip(file);
        }
        if (n == 8 && Arrays.equals(head, OLE2)) {
            return ole2(file);
        }
        String binary = KnownBinary.name(head, n);
        if (binary != null) {
            throw new UnreadableFileException(Category.UNSUPPORTED_FORMAT,
                    "不支持的文件格式：内容是" + binary + "，请上传 Excel（.xlsx/.xls）、Word（.docx）或 CSV 文件");
        }
        if (TextCharset.detect(Files.readAllBytes(file)).isPresent()) {
            return FileFormat.CSV;
        }
        throw new UnreadableFileException(Category.UNSUPPORTED_FORMAT,
                "无法识别的文件格式：既不是 Excel/Word 文档，也不是 UTF-8 或 GB18030 编码的 CSV 文本");
    }

    private static FileFormat zip(Path file) throws UnreadableFileException, IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null) {
                return FileFormat.XLSX;
            }
            if (zip.getEntry("word/document.xml") != null) {
                return FileFormat.DOCX;
            }
            String what = zip.getEntry("mimetype") != null ? "OpenDocument（WPS/LibreOffice 原生格式）文档"
                    : zip.getEntry("ppt/presentation.xml") != null ? "PowerPoint 演示文稿" : "普通 ZIP 压缩包";
            throw new UnreadableFileException(Category.UNSUPPORTED_FORMAT,
                    "不支持的文件格式：内容是" + what + "，不含 Excel 工作簿（xl/workbook.xml）或 Word 文档（word/document.xml）");
        } catch (ZipException e) {
            throw new UnreadableFileException(Category.CORRUPT,
                    "文件已损坏：ZIP 容器结构不完整（文件可能被截断或上传不完整），无法打开", List.of(), e);
        }
    }

    private static FileFormat ole2(Path file) throws UnreadableFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new UnreadableFileException(Category.ENCRYPTED,
                        "文件已加密（设置了打开密码），无法读取；请取消密码保护后重新上传");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                return FileFormat.XLS;
            }
            if (root.hasEntry("WordDocument")) {
                throw new UnreadableFileException(Category.UNSUPPORTED_FORMAT,
                        "不支持 Word 97-2003（.doc）格式，请另存为 .docx 后上传");
            }
            throw new UnreadableFileException(Category.UNSUPPORTED_FORMAT,
                    "不支持的文件格式：OLE2 复合文档中没有 Excel 工作簿");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Category.CORRUPT,
                    "文件已损坏：OLE2（.xls）容器无法打开", List.of(), e);
        }
    }
}
