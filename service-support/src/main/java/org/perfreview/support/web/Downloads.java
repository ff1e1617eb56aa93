package org.perfreview.support.web;

import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file answer: the body as an attachment under a UTF-8 file name (Chinese names survive every browser), never sniffed. */
public final class Downloads {

    private Downloads() {
    }

    public static Response attachment(Object body, String mediaType, String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
