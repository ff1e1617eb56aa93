package org.perfreview.localstack.identity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code java} command {@code bin/kc.sh} would run, built here so the stack's pid file names the Keycloak JVM
 * itself (kc.sh keeps a shell in front of it, which a SIGKILL would leave orphaned). Flags as in kc.sh 26.
 *
 * @param java     a JDK ≥ 21
 * @param home     the unpacked distribution
 * @param aotCache an AOT cache file ({@code -XX:AOTCache}), or null
 */
record KeycloakCommand(IdentityJava java, Path home, Path aotCache) {
    private static final List<String> JVM = List.of("-XX:MetaspaceSize=96M", "-XX:MaxMetaspaceSize=256m",
            "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.err.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
            "-Dstderr.encoding=UTF-8", "-XX:+ExitOnOutOfMemoryError", "-Djava.security.egd=file:/dev/urandom",
            "-XX:+UseG1GC", "-Xms64m", "-Xmx512m",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.security=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--enable-native-access=ALL-UNNAMED", "-Duser.language=en", "-Duser.country=US",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-Dpicocli.disable.closures=true",
            "-Dquarkus-log-max-startup-records=10000",
            "-Djava.util.concurrent.ForkJoinPool.common.threadFactory=io.quarkus.bootstrap.forkjoin.QuarkusForkJoinWorkerThreadFactory");

    /** JDK 25 records an AOT cache in one training run (JEP 514); older JDKs start without one. */
    boolean aotSupported() {
        return java.feature() >= 25;
    }

    /** {@code java [jvmExtra] [kc flags] -cp lib/quarkus-run.jar QuarkusEntryPoint args}. */
    List<String> command(List<String> jvmExtra, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java.java().toString());
        command.addAll(JVM);
        if (aotCache != null && aotSupported()) {
            command.add("-XX:AOTCache=" + aotCache);
        }
        command.addAll(jvmExtra);
        command.add("-Dkc.home.dir=" + home);
        command.add("-Djboss.server.config.dir=" + home.resolve("conf"));
        command.add("-cp");
        command.add(home.resolve("lib/quarkus-run.jar").toString());
        command.add("io.quarkus.bootstrap.runner.QuarkusEntryPoint");
        command.addAll(args);
        return command;
    }

    /** Options of {@code start --optimized} for one server on loopback with its H2 file database. */
    static List<String> startArgs(int port, int managementPort, Path database) {
        return List.of("start", "--optimized", "--http-enabled=true", "--http-host=127.0.0.1",
                "--http-port=" + port, "--hostname=http://127.0.0.1:" + port,
                "--http-management-port=" + managementPort, "--cache=local",
                "--db-url=jdbc:h2:file:" + database.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE",
                "--log-level=info,io.smallrye.health:warn");
    }

    /** The build-time options, persisted into the cached copy by {@code build}. */
    static List<String> buildArgs() {
        return List.of("build", "--db=dev-file", "--health-enabled=true");
    }

    /** Runtime files a server writes outside its database: per stack, never into the shared cached copy. */
    static List<String> runtimeDirs(Path dir) {
        return List.of("-Djava.io.tmpdir=" + dir.resolve("tmp"),
                "-Dquarkus.transaction-manager.object-store.directory=" + dir.resolve("transaction-logs"));
    }
}
