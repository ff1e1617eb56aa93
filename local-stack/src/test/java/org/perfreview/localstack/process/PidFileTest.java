package org.perfreview.localstack.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {
    @TempDir
    Path dir;
    Process sleeper;

    @AfterEach
    void cleanUp() {
        if (sleeper != null) {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void aStalePidFileWithDeadPidsAndGarbageIsNoObstacle() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        assertThat(finished.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Path file = dir.resolve("pids");
        Files.writeString(file, "supervisor " + finished.pid() + " 1\nkafka 999999999 1\nnot a line\n");

        assertThat(PidFile.stopLeftovers(file, Duration.ofSeconds(2))).isZero();
        assertThat(file).doesNotExist();
    }

    @Test
    void aLiveLeftoverIsStoppedButAReusedPidIsLeftAlone() throws Exception {
        sleeper = new ProcessBuilder("sleep", "60").start();
        long start = sleeper.toHandle().info().startInstant().orElseThrow().toEpochMilli();
        Path file = dir.resolve("pids");

        // Same pid, different start time: some other process got the pid after a crash.
        Files.writeString(file, "kafka " + sleeper.pid() + " " + (start - 3_600_000) + "\n");
        assertThat(PidFile.stopLeftovers(file, Duration.ofSeconds(2))).isZero();
        assertThat(sleeper.isAlive()).isTrue();

        PidFile pids = new PidFile(file);
        pids.put("kafka", sleeper.toHandle());
        assertThat(PidFile.read(file)).singleElement().satisfies(e -> {
            assertThat(e.role()).isEqualTo("kafka");
            assertThat(e.pid()).isEqualTo(sleeper.pid());
        });
        assertThat(PidFile.stopLeftovers(file, Duration.ofSeconds(5))).isEqualTo(1);
        assertThat(sleeper.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(file).doesNotExist();
    }

    @Test
    void thisJvmIsNeverTreatedAsALeftover() throws Exception {
        Path file = dir.resolve("pids");
        new PidFile(file).put(PidFile.SUPERVISOR, ProcessHandle.current());
        long before = Instant.now().toEpochMilli();
        assertThat(PidFile.stopLeftovers(file, Duration.ofSeconds(1))).isZero();
        assertThat(Instant.now().toEpochMilli() - before).isLessThan(1_000);
    }
}
