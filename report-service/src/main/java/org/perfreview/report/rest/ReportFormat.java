package org.perfreview.report.rest;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;
import org.perfreview.report.export.docx.CityDocxRenderer;
import org.perfreview.report.export.xlsx.CityWorkbookRenderer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The view a report request asks for: {@code ?format=} when given (a link a browser can follow), otherwise the
 * {@code Accept} header, negotiated by JAX-RS ({@link Request#selectVariant}: q-values and wildcards honoured).
 */
public enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON_TYPE),
    HTML(MediaType.TEXT_HTML_TYPE),
    XLSX(MediaType.valueOf(CityWorkbookRenderer.MEDIA_TYPE)),
    DOCX(MediaType.valueOf(CityDocxRenderer.MEDIA_TYPE));

    private final MediaType mediaType;

    ReportFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    /** One of {@code offered} (the first is the default); a format the resource does not offer is refused (406). */
    public static ReportFormat choose(String format, Request request, ReportFormat... offered) {
        if (format != null && !format.isBlank()) {
            ReportFormat asked = parse(format.strip(), offered);
            if (!Arrays.asList(offered).contains(asked)) {
                throw new NotAcceptableException("this resource comes as " + names(offered));
            }
            return asked;
        }
        Variant chosen = request.selectVariant(Variant.mediaTypes(Arrays.stream(offered).map(f -> f.mediaType)
                .toArray(MediaType[]::new)).build());
        if (chosen == null) {
            throw new NotAcceptableException("this resource comes as " + names(offered));
        }
        return Arrays.stream(offered).filter(f -> f.mediaType.isCompatible(chosen.getMediaType())).findFirst().orElse(offered[0]);
    }

    private static ReportFormat parse(String format, ReportFormat... offered) {
        try {
            return valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format must be one of " + names(offered));
        }
    }

    private static String names(ReportFormat... offered) {
        return Arrays.stream(offered).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
