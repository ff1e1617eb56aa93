package org.perfreview.localstack.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.perfreview.localstack.process.ChildProcess;

/** Launch helpers for {@link StandInService} in tests. */
public final class StandIns {
    private StandIns() {
    }

    /** {@code java -cp <test-classes> StandInService}. */
    public static List<String> command() {
        return List.of(ChildProcess.javaExecutable(), "-Xmx32m", "-cp", testClasses().toString(),
                StandInService.class.getName());
    }

    /** An executable jar of the stand-in, so it can be launched like quarkus-run.jar. */
    public static Path jar(Path dir) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StandInService.class.getName());
        Path jar = dir.resolve("standin-service/target/quarkus-app/quarkus-run.jar");
        Files.createDirectories(jar.getParent());
        String entry = StandInService.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             InputStream in = Files.newInputStream(testClasses().resolve(entry))) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    /** GET url + /env parsed into a map. */
    public static Map<String, String> environmentOf(String baseUrl) throws IOException, InterruptedException {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/env")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> env = new LinkedHashMap<>();
        body.lines().map(l -> l.split("=", 2)).forEach(kv -> env.put(kv[0], kv.length > 1 ? kv[1] : ""));
        return env;
    }

    private static Path testClasses() {
        try {
            return Path.of(StandInService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
