package org.perfreview.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Malformed multipart bodies (content type, body) for the fuzz test. */
final class Multiparts {

    private Multiparts() {
    }

    static List<Map.Entry<String, byte[]>> malformed(byte[] workbook) {
        List<Map.Entry<String, byte[]>> bodies = new ArrayList<>();
        byte[] good = body("AAA", workbook, "201001", "1.1.xlsx");
        add(bodies, "multipart/form-data; boundary=BBB", good); // boundary does not match
        add(bodies, "multipart/form-data; boundary=AAA", Arrays.copyOf(good, good.length / 2)); // cut short
        add(bodies, "multipart/form-data", good); // no boundary
        add(bodies, "multipart/form-data; boundary=AAA ", body("AAA", workbook, "201\u000001", "1.1.xlsx")); // NUL in unitCode
        add(bodies, "multipart/form-data; boundary=AAA", body("AAA", workbook, "../../x", "a\u0000b.xlsx"));
        add(bodies, "multipart/form-data; boundary=AAA", body("AAA", "\u0000\u0001garbage".getBytes(StandardCharsets.UTF_8), "", "x.csv"));
        add(bodies, "multipart/form-data; boundary=CCC", ("--CCC\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--CCC--\r\n")
                .getBytes(StandardCharsets.UTF_8)); // no file part
        return bodies;
    }

    private static void add(List<Map.Entry<String, byte[]>> bodies, String contentType, byte[] body) {
        bodies.add(Map.entry(contentType, body));
    }

    static byte[] body(String boundary, byte[] file, String unitCode, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"unitCode\"\r\n\r\n" + unitCode + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
