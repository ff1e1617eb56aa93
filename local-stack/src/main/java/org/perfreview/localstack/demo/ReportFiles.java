package org.perfreview.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.perfreview.localstack.client.PerfReviewClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** Writes the city report in every view and each unit's report (json, html, 整改通知 xlsx) under out/reports. */
final class ReportFiles {
    private ReportFiles() {
    }

    static void write(PerfReviewClient client, String reportBase, String batchId, JsonNode city, Path out) throws Exception {
        Path units = out.resolve("units");
        Files.createDirectories(units);
        String base = reportBase + "/api/batches/" + batchId;
        for (String format : new String[]{"json", "html", "xlsx", "docx"}) {
            Files.write(out.resolve("city." + format), client.get(base + "/report?format=" + format).expect(200).body());
        }
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode row : city.path("scoreSheet")) {
            codes.add(row.path("unitCode").asText());
        }
        for (String code : codes) {
            for (String format : new String[]{"json", "html", "xlsx"}) {
                Files.write(units.resolve(code + "." + format), client.get(base + "/units/" + code + "/report?format=" + format).expect(200).body());
            }
        }
    }
}
