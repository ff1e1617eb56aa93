package org.perfreview.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.perfreview.localstack.testing.Browser;

/** One person in the portal: a fresh browser signed in through the real Keycloak login form. */
final class PortalSession implements AutoCloseable {
    static final Duration WAIT = Duration.ofMinutes(2);
    private static final Path SHOTS = Path.of("target/portal-screenshots");

    final Browser browser;
    final String portal;

    private PortalSession(Browser browser, String portal) {
        this.browser = browser;
        this.portal = portal;
    }

    /** Opens {@code path}, is sent to Keycloak's form, signs in, and is back on the portal. */
    static PortalSession signIn(String portal, String username, String password, int width, int height, String path) throws IOException {
        PortalSession session = new PortalSession(Browser.start(width, height), portal);
        session.browser.driver().get(portal + path);
        session.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        session.browser.driver().findElement(By.id("username")).sendKeys(username);
        session.browser.driver().findElement(By.id("password")).sendKeys(password);
        session.browser.driver().findElement(By.id("kc-login")).click();
        session.until(ExpectedConditions.urlContains(portal));
        return session;
    }

    void open(String path) {
        browser.driver().get(portal + path);
    }

    WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return browser.driver().findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    <T> T until(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser.driver(), WAIT, Duration.ofMillis(250)).until(condition);
    }

    /** {@code fetch(url)} from the page, with the session's cookie: status, content type and size of the answer. */
    @SuppressWarnings("unchecked")
    Map<String, Object> fetch(String path) {
        return (Map<String, Object>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {redirect: 'manual'}).then(r => r.arrayBuffer().then(b =>
                  done({status: r.status, type: r.headers.get('content-type') || '', size: b.byteLength})))
                  .catch(e => done({status: -1, type: String(e), size: 0}));""", portal + path);
    }

    Path screenshot(String name) throws IOException {
        return browser.screenshot(SHOTS.resolve(name + ".png"));
    }

    @Override
    public void close() {
        browser.close();
    }
}
