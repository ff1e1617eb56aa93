package org.perfreview.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.perfreview.localstack.client.PerfReviewClient;

import java.time.Duration;
import java.time.Instant;

/** Polls the city report until it counts every accepted table. */
public final class CityWait {
    private CityWait() {
    }

    public static JsonNode untilScored(PerfReviewClient client, String reportUrl, int tables) throws Exception {
        return untilScored(client, reportUrl, tables, Duration.ofMinutes(5));
    }

    public static JsonNode untilScored(PerfReviewClient client, String reportUrl, int tables, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        int seen = -1;
        while (Instant.now().isBefore(deadline)) {
            PerfReviewClient.Reply reply = client.get(reportUrl);
            if (reply.status() == 200) {
                JsonNode city = reply.json();
                seen = tablesIn(city);
                if (seen >= tables) {
                    return city;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("timed out: the city report counts " + seen + " of " + tables + " tables");
    }

    public static int tablesIn(JsonNode city) {
        int n = 0;
        for (JsonNode count : city.path("scope").path("tablesByKind")) {
            n += count.asInt();
        }
        return n;
    }
}
