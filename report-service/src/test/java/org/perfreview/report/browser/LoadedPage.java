package org.perfreview.report.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.perfreview.localstack.testing.Browser;

/**
 * TEST-ONLY: one page loaded in the shared Selenium {@link Browser}: how the document was answered, what it asked the
 * network for, the errors the browser reported, and JavaScript evaluation in the page.
 */
public final class LoadedPage implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Browser browser;
    private final List<String> errors;

    private LoadedPage(Browser browser, List<String> errors) {
        this.browser = browser;
        this.errors = errors;
    }

    /** Loads {@code url} sending {@code headers} (the bearer token) with every request; returns after the load event. */
    static LoadedPage open(Browser browser, String url, Map<String, String> headers) {
        browser.errors(); // forget what an earlier page reported
        browser.sendHeaders(headers);
        browser.driver().get(url);
        return new LoadedPage(browser, browser.errors());
    }

    /** The value of a JavaScript expression, as JSON (build plain objects and arrays). */
    public JsonNode evaluate(String expression) {
        Object text = browser.driver().executeScript("return JSON.stringify(" + expression + ");");
        try {
            return JSON.readTree(String.valueOf(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("script answered no JSON: " + text, e);
        }
    }

    public List<String> requestedUrls() {
        return browser.requestedUrls();
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    public int documentStatus() {
        return browser.documentStatus();
    }

    @Override
    public void close() {
        browser.sendHeaders(Map.of());
    }
}
