package org.perfreview.intake.parse;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.perfreview.intake.parse.UnreadableFileException.Category;

import java.util.List;

/** Turns what POI, SAX and the JDK throw at a broken or hostile file into a precise {@link UnreadableFileException}. */
final class FailureClassifier {

    private FailureClassifier() {
    }

    static UnreadableFileException classify(Exception e, FileFormat format) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitExceededException limit) {
                return new UnreadableFileException(Category.TOO_LARGE, limit.getMessage(), List.of(), e);
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                return new UnreadableFileException(Category.TOO_LARGE,
                        "解压比例异常（疑似压缩炸弹 zip bomb），已拒绝读取", List.of(), e);
            }
            if (t instanceof EncryptedDocumentException) {
                return new UnreadableFileException(Category.ENCRYPTED,
                        "文件已加密（设置了密码），无法读取；请取消密码保护后重新上传", List.of(), e);
            }
            if (t instanceof OldExcelFormatException) {
                return new UnreadableFileException(Category.UNSUPPORTED_FORMAT,
                        "不支持 Excel 5.0/95 或更早的 .xls 格式，请另存为 .xlsx 后上传", List.of(), e);
            }
            if (message.contains("DOCTYPE") || message.contains("doctype") || message.contains("entity")) {
                return new UnreadableFileException(Category.CORRUPT,
                        "文件中的 XML 含有不允许的 DOCTYPE/实体声明，已拒绝读取", List.of(), e);
            }
        }
        return new UnreadableFileException(Category.CORRUPT,
                "文件已损坏，无法按 " + format + " 读取：" + shortMessage(e), List.of(), e);
    }

    private static String shortMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
