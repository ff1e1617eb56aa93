package org.perfreview.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.Topics;
import org.perfreview.localstack.jwt.PemKeys;
import org.perfreview.localstack.process.PidFile;
import org.perfreview.localstack.process.Ports;
import org.perfreview.localstack.service.ServiceSpec;
import org.perfreview.localstack.service.StandIns;
import org.postgresql.Driver;

/** The whole stack with a stand-in jar in place of a Quarkus service. */
class LocalStackTest {
    @TempDir
    Path dir;

    @Test
    void startsEverythingWritesStackJsonAndLeavesNothingBehindOnClose() throws Exception {
        Path workDir = dir.resolve("out/.stack");
        Files.createDirectories(workDir);
        Files.writeString(workDir.resolve("pids"), "supervisor 999999999 1\nkafka 999999998 1\n"); // a crashed run
        ServiceSpec standIn = new ServiceSpec("standin-service", "standin", StandIns.jar(dir), "standin",
                Map.of("STANDIN_READY_AFTER_MS", "300"));
        StackConfig config = StackConfig.builder().workDir(workDir).services(List.of(standIn)).partitions(2)
                .readyTimeout(Duration.ofSeconds(60)).shutdownHook(false).build();

        LocalStack stack = LocalStack.start(config);
        StackInfo info = stack.info();
        List<Integer> ports;
        try {
            assertThat(StackInfo.read(dir.resolve("out/stack.json"))).isEqualTo(info);
            assertThat(workDir.resolve("ready")).exists();
            assertThat(PidFile.read(workDir.resolve("pids"))).extracting(PidFile.Entry::role)
                    .containsExactlyInAnyOrder("supervisor", "postgres", "kafka", "standin-service");

            Map<String, String> env = StandIns.environmentOf(info.service("standin"));
            assertThat(env).containsEntry("QUARKUS_DATASOURCE_JDBC_URL", info.jdbcUrl("standin"))
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", info.kafka())
                    .containsEntry("MP_JWT_VERIFY_ISSUER", "perf-review-local")
                    .containsEntry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", info.publicKeyFile().toString())
                    .doesNotContainKey("SMALLRYE_JWT_SIGN_KEY_LOCATION");
            assertDatabaseReachable(env);
            assertTopics(stack, 2);
            new JwtConsumerBuilder().setExpectedIssuer("perf-review-local")
                    .setVerificationKey(PemKeys.readPublic(info.publicKeyFile())).build()
                    .processToClaims(info.tokens().reviewer());
            ports = List.of(stack.postgres().port(), stack.kafka().port(), stack.kafka().controllerPort(),
                    stack.service("standin").port());
        } finally {
            stack.close();
        }
        assertThat(ports).allSatisfy(port -> assertThat(Ports.isListening(port)).as("port %d", port).isFalse());
        assertThat(dir.resolve("out/stack.json")).doesNotExist();
        assertThat(workDir.resolve("pids")).doesNotExist();
    }

    @Test
    void replicasRunOnPortsOfTheirOwnOneCanBeKilledAndOneAdded() throws Exception {
        Path workDir = dir.resolve("out/.stack");
        ServiceSpec standIn = new ServiceSpec("standin-service", "standin", StandIns.jar(dir), "standin", Map.of());
        StackConfig config = StackConfig.builder().workDir(workDir).services(List.of(standIn)).replicas(2)
                .readyTimeout(Duration.ofSeconds(60)).shutdownHook(false).build();

        try (LocalStack stack = LocalStack.start(config)) {
            StackInfo info = StackInfo.read(dir.resolve("out/stack.json"));
            assertThat(info.services().keySet()).containsExactly("standin", "standin-2");
            assertThat(info.service("standin")).isNotEqualTo(info.service("standin-2"));
            assertThat(StandIns.environmentOf(info.service("standin-2")))
                    .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", info.jdbcUrl("standin"));
            assertThat(PidFile.read(workDir.resolve("pids"))).extracting(PidFile.Entry::role)
                    .contains("standin-service", "standin-service-2");

            stack.service("standin-2").kill();
            assertThat(stack.service("standin-2").isRunning()).isFalse();
            var added = stack.addReplica("standin");
            assertThat(added.isReady()).isTrue();
            assertThat(StackInfo.read(dir.resolve("out/stack.json")).services().keySet())
                    .containsExactly("standin", "standin-2", "standin-3");
            assertThat(stack.replicas("standin")).hasSize(3);
        }
    }

    @Test
    void aSecondStartInTheSameWorkDirStopsTheFirstStacksProcesses() throws Exception {
        Path workDir = dir.resolve("out/.stack");
        StackConfig config = StackConfig.builder().workDir(workDir).noServices().shutdownHook(false).build();
        LocalStack first = LocalStack.start(config);
        long firstKafka = first.kafka().pid();
        long firstPostgres = first.postgres().postmasterPid().orElseThrow();
        // The first stack is never closed, as if its supervisor had been killed.

        try (LocalStack second = LocalStack.start(config)) {
            assertThat(ProcessHandle.of(firstKafka).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(ProcessHandle.of(firstPostgres).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(second.kafka().pid()).isNotEqualTo(firstKafka);
            assertTopics(second, 3);
        }
    }

    private static void assertDatabaseReachable(Map<String, String> env) throws Exception {
        Properties props = new Properties();
        props.setProperty("user", env.get("QUARKUS_DATASOURCE_USERNAME"));
        props.setProperty("password", env.get("QUARKUS_DATASOURCE_PASSWORD"));
        try (Connection c = new Driver().connect(env.get("QUARKUS_DATASOURCE_JDBC_URL"), props);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("standin");
        }
    }

    private static void assertTopics(LocalStack stack, int partitions) throws Exception {
        try (Admin admin = stack.kafka().admin()) {
            Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            assertThat(names).contains(Events.BATCH_UPDATED.topic(), Events.SUBMISSION_SCORED.topic(), Topics.DLQ_REPORT);
            assertThat(admin.describeTopics(List.of(Events.UNIT_REPORT_UPDATED.topic())).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get(Events.UNIT_REPORT_UPDATED.topic()).partitions()).hasSize(partitions);
        }
    }
}
