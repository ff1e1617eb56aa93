package org.perfreview.localstack.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Distinct overall-target workbooks for load and fault tests, made from the sample tables: table {@code i} is
 * sample {@code i mod n} (its layout, goal, indicators and problems) re-issued under its own unit code and name.
 * Only the workbook's shared-string table is rewritten, so every layout quirk of the sample survives.
 */
public final class SyntheticTables {

    private static final Pattern SHARED_STRING = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern UNIT_CODE = Pattern.compile("\\s*\\d[\\d ]{4,}\\d\\s*");
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    /** One generated table: the unit it is filed for and the workbook's bytes. */
    public record Table(String unitCode, String unitName, String fileName, byte[] bytes) {
    }

    private record Template(String fileName, byte[] workbook, String sharedStrings, int codeIndex) {
    }

    private final List<Template> templates;

    private SyntheticTables(List<Template> templates) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no overall-target workbook with a unit code among the samples");
        }
        this.templates = templates;
    }

    /** Reads every .xlsx in {@code dir} (e.g. {@code samples/overall-targets}) as a template, in name order. */
    public static SyntheticTables fromSamples(Path dir) {
        List<Template> templates = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                String strings = sharedStrings(bytes);
                int code = strings == null ? -1 : codeIndex(strings);
                if (code >= 0) {
                    templates.add(new Template(f.getFileName().toString(), bytes, strings, code));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SyntheticTables(templates);
    }

    public int templates() {
        return templates.size();
    }

    /** The {@code i}-th table (0 ≤ i < 100,000): unit code {@code 9xxxxx}, the sample's unit name plus a number. */
    public Table table(int i) {
        if (i < 0 || i >= 100_000) {
            throw new IllegalArgumentException("table index out of range: " + i);
        }
        Template t = templates.get(i % templates.size());
        String code = Integer.toString(900_000 + i);
        StringBuilder strings = new StringBuilder();
        Matcher m = SHARED_STRING.matcher(t.sharedStrings);
        int index = 0;
        String name = null;
        while (m.find()) {
            String replacement = m.group();
            if (index == t.codeIndex) {
                replacement = "<si><t>" + code + "</t></si>";
            } else if (index == t.codeIndex + 1) {
                name = text(m.group(1)) + "（合成" + i + "）";
                replacement = "<si><t>" + escape(name) + "</t></si>";
            }
            m.appendReplacement(strings, Matcher.quoteReplacement(replacement));
            index++;
        }
        m.appendTail(strings);
        String fileName = code + "-" + t.fileName;
        return new Table(code, name, fileName, rewrite(t.workbook, strings.toString()));
    }

    /** The workbook with one cell text changed everywhere it is used (a unit refiling a corrected table). */
    public static byte[] withText(byte[] workbook, String from, String to) {
        try {
            String strings = sharedStrings(workbook);
            if (strings == null || !strings.contains(escape(from))) {
                throw new IllegalArgumentException("the workbook has no text '" + from + "'");
            }
            return rewrite(workbook, strings.replace(escape(from), escape(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int codeIndex(String sharedStrings) {
        Matcher m = SHARED_STRING.matcher(sharedStrings);
        int index = 0;
        while (m.find()) {
            if (UNIT_CODE.matcher(text(m.group(1))).matches()) {
                return index;
            }
            index++;
        }
        return -1;
    }

    private static String text(String si) {
        return TAG.matcher(si).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String sharedStrings(byte[] workbook) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(SHARED_STRINGS)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    private static byte[] rewrite(byte[] workbook, String sharedStrings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(workbook.length + 256);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals(SHARED_STRINGS) ? sharedStrings.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
