package org.perfreview.report.browser;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * TEST-ONLY: a headless Chromium child process driven over the DevTools protocol. Each {@link #open} gets
 * its own tab; {@link #close} ends the browser and every process it started and deletes its temporary profile.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final DevToolsConnection devTools;

    private HeadlessChromium(Process process, Path profile, DevToolsConnection devTools) {
        this.process = process;
        this.profile = profile;
        this.devTools = devTools;
    }

    /** The browser on the PATH, if any (Debian's package installs {@code /usr/bin/chromium}). */
    public static Optional<Path> executable() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(java.io.File.pathSeparator)).filter(dir -> !dir.isBlank())
                .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }

    public static HeadlessChromium start(Path executable) throws IOException {
        Path profile = Files.createTempDirectory("perf-chromium-");
        Process process = null;
        try {
            process = new ProcessBuilder(executable.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
                    "--disable-background-networking", "--disable-component-update", "--remote-debugging-port=0",
                    "--user-data-dir=" + profile, "about:blank")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            URI endpoint = endpoint(process);
            return new HeadlessChromium(process, profile, DevToolsConnection.open(endpoint));
        } catch (IOException | RuntimeException e) {
            stop(process);
            deleteTree(profile);
            throw e;
        }
    }

    /** Reads stderr until Chromium names its DevTools endpoint; a daemon thread keeps draining it afterwards. */
    private static URI endpoint(Process process) throws IOException {
        CompletableFuture<URI> found = new CompletableFuture<>();
        Deque<String> tail = new ArrayDeque<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        found.complete(URI.create(m.group(1)));
                    } else if (!found.isDone()) {
                        tail.addLast(line);
                        if (tail.size() > 20) {
                            tail.removeFirst();
                        }
                    }
                }
            } catch (IOException ignored) {
                // the process ended; the future below reports it
            }
            found.completeExceptionally(new IOException("chromium ended without a DevTools endpoint; stderr tail:\n"
                    + String.join("\n", tail)));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return found.get(STARTUP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("chromium named no DevTools endpoint within " + STARTUP.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while chromium started", e);
        }
    }

    /** Opens a fresh tab, sends {@code headers} with every request it makes, and loads {@code url}. */
    public LoadedPage open(String url, Map<String, String> headers, Duration timeout) {
        JsonNode created = devTools.call(null, "Target.createTarget", Map.of("url", "about:blank"), timeout);
        String targetId = created.path("targetId").asText();
        String session = devTools.call(null, "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true), timeout)
                .path("sessionId").asText();
        return LoadedPage.load(devTools, targetId, session, url, headers, timeout);
    }

    @Override
    public void close() {
        try {
            devTools.close();
        } finally {
            stop(process);
            deleteTree(profile);
        }
    }

    /** Ends the browser and its helpers (renderer, GPU, zygote): they are listed before the parent goes. */
    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle helper : helpers) {
            helper.destroyForcibly();
            try {
                helper.onExit().get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // still going: nothing more a test can do than the forcible kill it was sent
            }
        }
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            root.toFile().deleteOnExit();
        }
    }
}
