package org.perfreview.report.export;

/** One colour per grade, shared by the SVG, XLSX and DOCX charts so the three views read alike. */
public final class GradeColors {
    private GradeColors() {
    }

    /** RGB hex without '#'. */
    public static String of(String grade) {
        return switch (grade == null ? "" : grade) {
            case "优秀" -> "2E7D32";
            case "良好" -> "1565C0";
            case "合格" -> "F9A825";
            case "不合格" -> "C62828";
            default -> "757575";
        };
    }

    /** Series colours for the kinds in a chart with one series per table kind. */
    public static String series(int index) {
        String[] palette = {"1565C0", "EF6C00", "6A1B9A", "00838F", "5D4037"};
        return palette[index % palette.length];
    }
}
