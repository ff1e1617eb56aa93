package org.perfreview.portal.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A service's file answer (report, notice) handed to the browser with its type and a Chinese file name. */
final class Downloads {
    private Downloads() {
    }

    static Response passOn(Response answer, String baseName) {
        byte[] body = answer.readEntity(byte[].class);
        MediaType type = answer.getMediaType() == null ? MediaType.APPLICATION_OCTET_STREAM_TYPE : answer.getMediaType();
        Response.ResponseBuilder out = Response.status(answer.getStatus()).type(type).entity(body);
        if (!type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            String name = baseName + extension(type);
            out.header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.header("X-Content-Type-Options", "nosniff").build();
    }

    private static String extension(MediaType type) {
        String sub = type.getSubtype();
        return sub.contains("spreadsheet") ? ".xlsx" : sub.contains("wordprocessing") ? ".docx" : sub.contains("json") ? ".json" : "";
    }
}
