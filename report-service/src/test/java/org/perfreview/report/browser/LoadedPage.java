package org.perfreview.report.browser;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * TEST-ONLY: one tab after its page has loaded: what it asked the network for, how the document was answered,
 * the errors it reported (uncaught exceptions, console errors, browser log errors, failed requests), and
 * JavaScript evaluation in the page.
 */
public final class LoadedPage implements AutoCloseable {
    private final DevToolsConnection devTools;
    private final String targetId;
    private final String session;
    private final Duration timeout;
    private final List<String> requestedUrls = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> documentStatus = new CompletableFuture<>();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();

    private LoadedPage(DevToolsConnection devTools, String targetId, String session, Duration timeout) {
        this.devTools = devTools;
        this.targetId = targetId;
        this.session = session;
        this.timeout = timeout;
    }

    static LoadedPage load(DevToolsConnection devTools, String targetId, String session, String url,
                           Map<String, String> headers, Duration timeout) {
        LoadedPage page = new LoadedPage(devTools, targetId, session, timeout);
        devTools.listen(session, page::onEvent);
        for (String domain : List.of("Page", "Network", "Runtime", "Log")) {
            devTools.call(session, domain + ".enable", Map.of(), timeout);
        }
        devTools.call(session, "Network.setExtraHTTPHeaders", Map.of("headers", headers), timeout);
        JsonNode navigation = devTools.call(session, "Page.navigate", Map.of("url", url), timeout);
        if (navigation.hasNonNull("errorText")) {
            throw new IllegalStateException("navigation to " + url + " failed: " + navigation.get("errorText").asText());
        }
        page.await(page.loaded, "the load event of " + url);
        return page;
    }

    private void onEvent(JsonNode event) {
        JsonNode params = event.path("params");
        switch (event.path("method").asText()) {
            case "Network.requestWillBeSent" -> requestedUrls.add(params.path("request").path("url").asText());
            case "Network.responseReceived" -> {
                if ("Document".equals(params.path("type").asText())) {
                    documentStatus.complete(params.path("response").path("status").asInt());
                }
            }
            case "Network.loadingFailed" -> errors.add("request failed: " + params.path("errorText").asText());
            case "Runtime.exceptionThrown" -> errors.add("uncaught: " + params.path("exceptionDetails").path("exception")
                    .path("description").asText(params.path("exceptionDetails").path("text").asText()));
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(params.path("type").asText())) {
                    errors.add("console.error: " + params.path("args"));
                }
            }
            case "Log.entryAdded" -> onLogEntry(params.path("entry"));
            case "Page.loadEventFired" -> {
                if (documentStatus.isDone()) { // not the load of the blank page the tab opened with
                    loaded.complete(null);
                }
            }
            default -> {
            }
        }
    }

    /**
     * The browser asks for {@code /favicon.ico} by itself, outside the page's requests; it shows up only as a
     * log entry when missing. Its address still counts as requested; its 404 is not the page's error.
     */
    private void onLogEntry(JsonNode entry) {
        String url = entry.path("url").asText("");
        if ("network".equals(entry.path("source").asText()) && url.endsWith("/favicon.ico")) {
            requestedUrls.add(url);
        } else if ("error".equals(entry.path("level").asText())) {
            errors.add("log: " + entry.path("text").asText() + " " + url);
        }
    }

    /** The value of a JavaScript expression (returned by value, so build plain objects and arrays). */
    public JsonNode evaluate(String expression) {
        JsonNode result = devTools.call(session, "Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true, "awaitPromise", true), timeout);
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Every URL the tab requested, the page itself included. */
    public List<String> requestedUrls() {
        return List.copyOf(requestedUrls);
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    public int documentStatus() {
        return await(documentStatus, "the document's response");
    }

    private <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no " + what + " within " + timeout.toMillis() + " ms; errors so far: " + errors, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + what, e);
        }
    }

    @Override
    public void close() {
        devTools.call(null, "Target.closeTarget", Map.of("targetId", targetId), timeout);
    }
}
