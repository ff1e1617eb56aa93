package org.perfreview.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.perfreview.localstack.RepoRoot;
import org.perfreview.localstack.StackInfo;
import org.perfreview.localstack.StackJob;
import org.perfreview.localstack.client.PerfReviewClient;
import org.perfreview.localstack.jwt.Tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The main job: one review batch from the samples through the real pipeline. Creates the batch, uploads
 * its control and staffing lists and every sample table, waits until the report service has every table
 * scored, prints the city summary and writes the unit and city reports under out/reports.
 */
public class DemoJob implements StackJob {

    @Override
    public int run(StackInfo stack, List<String> args) throws Exception {
        Path root = RepoRoot.find();
        Path samples = root.resolve("samples");
        Path out = root.resolve("out/reports");
        Tokens tokens = stack.tokens();
        PerfReviewClient admin = new PerfReviewClient(tokens.admin());
        PerfReviewClient reviewer = admin.as(tokens.reviewer());

        // The samples are the 2024 二上 tables; the deadline is set ahead of today so the run is "on time".
        String deadline = LocalDate.now().plusDays(14).toString();
        JsonNode batch = admin.postJson(stack.intake() + "/api/batches",
                Map.of("fiscalYear", 2024, "region", "岳阳市本级", "stage", "二上", "deadline", deadline)).expect(201).json();
        String batchId = batch.path("id").asText();
        System.out.println("batch " + batchId + " (2024 岳阳市本级 二上)");
        admin.upload(stack.intake() + "/api/batches/" + batchId + "/reference-lists/control", samples.resolve("reference-lists/funds-list-2024.csv")).expect(200);
        admin.upload(stack.intake() + "/api/batches/" + batchId + "/reference-lists/staffing", samples.resolve("reference-lists/staffing-2021.csv")).expect(200);

        UploadTally tally = new UploadTally();
        try (var files = Files.list(samples.resolve("overall-targets"))) {
            for (Path file : files.sorted().toList()) {
                tally.add(file, admin.upload(stack.intake() + "/api/batches/" + batchId + "/submissions", file));
            }
        }
        tally.add(samples.resolve("self-evaluation/self-evaluation-2024.docx"), admin.upload(stack.intake() + "/api/batches/" + batchId
                + "/submissions", samples.resolve("self-evaluation/self-evaluation-2024.docx"), "unitCode", "201001"));
        System.out.printf("uploaded %d files: %d tables accepted, %d files rejected%n", tally.files(), tally.accepted(), tally.rejected());

        if (tally.accepted() == 0) {
            System.err.println("no table was accepted; see the rejections above");
            return 1;
        }
        JsonNode city = CityWait.untilScored(reviewer, stack.report() + "/api/batches/" + batchId + "/report", tally.accepted());
        System.out.println();
        System.out.print(CitySummary.format(city));
        ReportFiles.write(reviewer, stack.report(), batchId, city, out);
        System.out.println();
        System.out.println("reports written to " + root.relativize(out) + "/ (city.json, city.html, city.xlsx, city.docx, units/)");
        return 0;
    }
}
