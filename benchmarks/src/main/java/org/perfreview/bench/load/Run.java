package org.perfreview.bench.load;

import org.perfreview.localstack.StackInfo;
import org.perfreview.localstack.client.PerfReviewClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/** What every phase shares: the stack's URLs, an admin and a reviewer client, the topic clock and the time left. */
record Run(StackInfo stack, PerfReviewClient admin, PerfReviewClient reviewer, PipelineClock clock, long deadlineNanos) {

    Duration left() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    String newBatch(String stage) throws Exception {
        return admin.postJson(stack.intake() + "/api/batches", Map.of("fiscalYear", 2024, "region", "岳阳市本级", "stage", stage,
                "deadline", LocalDate.now().plusDays(14).toString())).expect(201).json().path("id").asText();
    }

    String cityReportUrl(String batchId) {
        return stack.report() + "/api/batches/" + batchId + "/report";
    }

    /** Waits (polling every 100 ms, bounded by the run's time limit) until {@code done} holds. */
    boolean await(java.util.function.BooleanSupplier done) throws InterruptedException {
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadlineNanos) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }
}
