package org.perfreview.localstack.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfreview.localstack.process.ChildProcess;
import org.perfreview.localstack.process.ChildServer;
import org.perfreview.localstack.process.HttpProbe;

/**
 * One HTTP service in a child process (normally {@code java -Xmx256m -jar .../quarkus-run.jar}), output in a log
 * file, considered started once {@code GET /q/health/ready} answers 200. Port and environment stay the same across
 * {@link #stop()}/{@link #kill()} + {@link #start()}; the lifecycle itself is {@link ChildServer}'s.
 */
public final class ServiceProcess extends ChildServer<ServiceProcess> {
    public static final String READY_PATH = "/q/health/ready";

    private final int port;
    private final List<String> command;
    private final Map<String, String> env;

    /** Any command; QUARKUS_HTTP_PORT is added to its environment. */
    public ServiceProcess(String name, int port, List<String> command, Map<String, String> env, Path logFile) {
        super(name, logFile, port);
        this.port = port;
        this.command = List.copyOf(command);
        Map<String, String> withPort = new LinkedHashMap<>(env);
        withPort.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        this.env = Map.copyOf(withPort);
    }

    /**
     * {@code java -Xmx256m -XX:+UseSerialGC -jar <jar>} for a Quarkus fast-jar ({@code target/quarkus-app/quarkus-run.jar}).
     * Serial GC: what the JVM picks itself in a container of under two CPUs; with a 256 MB heap on a shared 2-core
     * machine it costs less memory (no G1 remembered sets) and fewer GC threads than G1.
     */
    public static ServiceProcess quarkusApp(String name, Path jar, int port, Map<String, String> env, Path logFile) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + ": " + jar + " is missing; build it with "
                    + "'mvn -B -DskipTests install' (or './perf-review --build up').");
        }
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(), "-Xmx256m",
                "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-jar", jar.toAbsolutePath().toString()));
        return new ServiceProcess(name, port, command, env, logFile);
    }

    @Override
    protected List<String> prepare() {
        return command;
    }

    @Override
    public Map<String, String> environment() {
        return env;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** True when the readiness endpoint answers 200 right now. */
    @Override
    public boolean isReady() {
        return HttpProbe.answers200(url() + READY_PATH);
    }

    @Override
    protected String readinessCheck() {
        return "GET " + url() + READY_PATH + " != 200";
    }

    @Override
    public String toString() {
        return name() + "[" + url() + "]";
    }
}
