package org.perfreview.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalDouble;

/** Reads a service's Prometheus page (/q/metrics, open without a token). */
final class Metrics {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Metrics() {
    }

    static String page(String serviceUrl) throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/q/metrics"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new AssertionError(serviceUrl + "/q/metrics answered " + reply.statusCode());
        }
        return reply.body();
    }

    /** The largest value of every series of {@code name} whose labels contain {@code labelPart} (NaN series skipped). */
    static OptionalDouble max(String page, String name, String labelPart) {
        return page.lines()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> l.contains(labelPart))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1))
                .filter(v -> !v.equals("NaN"))
                .mapToDouble(Double::parseDouble)
                .max();
    }

    /** Like {@link #max(String, String, String)}, or -1 while the service does not answer or lacks the series. */
    static double maxOrMinusOne(String serviceUrl, String name, String labelPart) {
        try {
            return max(page(serviceUrl), name, labelPart).orElse(-1);
        } catch (Exception | AssertionError e) {
            return -1;
        }
    }
}
