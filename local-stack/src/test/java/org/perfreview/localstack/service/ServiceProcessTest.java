package org.perfreview.localstack.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfreview.localstack.process.Ports;

class ServiceProcessTest {
    @TempDir
    Path dir;
    ServiceProcess service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.kill();
        }
    }

    @Test
    void waitsForReadinessPassesTheEnvironmentAndComesBackOnTheSamePortAfterAKill() throws Exception {
        int port = Ports.free();
        service = new ServiceProcess("stand-in", port, StandIns.command(),
                Map.of("STANDIN_READY_AFTER_MS", "1500", "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1"),
                dir.resolve("logs/stand-in.log"));
        long t0 = System.nanoTime();
        service.start();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(service.isReady()).isTrue();
        assertThat(StandIns.environmentOf(service.url()))
                .containsEntry("QUARKUS_HTTP_PORT", Integer.toString(port))
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1");

        long firstPid = service.pid();
        service.kill();
        assertThat(service.isRunning()).isFalse();
        assertThat(Ports.isListening(port)).isFalse();

        service.start();
        assertThat(service.pid()).isNotEqualTo(firstPid);
        assertThat(service.url()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(service.isReady()).isTrue();

        service.stop();
        assertThat(service.isRunning()).isFalse();
        assertThat(Files.readString(service.logFile())).contains("stand-in listening on " + port).contains("====");
    }

    @Test
    void aProcessThatDiesDuringStartFailsWithItsLogQuoted() {
        service = new ServiceProcess("broken", Ports.free(), StandIns.command(), Map.of("STANDIN_EXIT_CODE", "3"),
                dir.resolve("broken.log"));
        assertThatThrownBy(service::start).isInstanceOf(IOException.class)
                .hasMessageContaining("exited with code 3")
                .hasMessageContaining(dir.resolve("broken.log").toString())
                .hasMessageContaining("stand-in failing on purpose");
    }

    @Test
    void aProcessThatNeverGetsReadyIsKilledAfterTheTimeout() {
        service = new ServiceProcess("slow", Ports.free(), StandIns.command(),
                Map.of("STANDIN_READY_AFTER_MS", "600000"), dir.resolve("slow.log"))
                .readyTimeout(Duration.ofSeconds(3));
        assertThatThrownBy(service::start).isInstanceOf(IOException.class)
                .hasMessageContaining("not ready")
                .hasMessageContaining("/q/health/ready")
                .hasMessageContaining("slow.log");
        assertThat(service.isRunning()).isFalse();
    }

    @Test
    void aMissingQuarkusJarIsReportedWithTheBuildCommand() {
        assertThatThrownBy(() -> ServiceProcess.quarkusApp("scoring-service", dir.resolve("nope.jar"), 1, Map.of(),
                dir.resolve("x.log"))).hasMessageContaining("nope.jar").hasMessageContaining("mvn");
    }
}
