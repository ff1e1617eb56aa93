package org.perfreview.localstack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfreview.localstack.StackConfig;
import org.perfreview.localstack.StackInfo;
import org.perfreview.localstack.StackLayout;
import org.perfreview.localstack.StackJob;
import org.perfreview.localstack.jwt.PemKeys;
import picocli.CommandLine;

class CliTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void captureStdout() {
        originalOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(originalOut);
    }

    @Test
    void tokenPrintsOnlyAJwtSignedWithTheStacksKey() throws Exception {
        PemKeys.ensurePair(dir.resolve("jwt"));
        int code = Main.run(List.of("token", "unit", "101001,102003", "--work-dir", dir.toString(), "--hours", "1"));

        assertThat(code).isZero();
        String token = out.toString(StandardCharsets.UTF_8).trim();
        assertThat(token).doesNotContain("\n").matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        JwtClaims claims = new JwtConsumerBuilder().setExpectedIssuer("perf-review-local")
                .setVerificationKey(PemKeys.readPublic(dir.resolve("jwt/public.pem"))).build().processToClaims(token);
        assertThat(claims.getStringListClaimValue("units")).containsExactly("101001", "102003");
        assertThat(claims.getClaimValueAsString("upn")).isEqualTo("unit-101001");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(3600);
    }

    @Test
    void tokenWithoutAStackOrWithABadRoleFails() {
        assertThat(Main.run(List.of("token", "reviewer", "--work-dir", dir.toString()))).isEqualTo(1);
        assertThat(Main.run(List.of("token", "mayor", "--work-dir", dir.toString()))).isEqualTo(2);
        assertThat(Main.run(List.of("token", "unit", "--work-dir", dir.toString()))).isEqualTo(2);
        assertThat(Main.run(List.of("frobnicate"))).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void statusAndDownOnAnEmptyWorkDirSayNothingRuns() {
        assertThat(Main.run(List.of("status", "--work-dir", dir.resolve(".stack").toString()))).isEqualTo(3);
        assertThat(Main.run(List.of("down", "--work-dir", dir.resolve(".stack").toString()))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("not running").contains("no local stack was running");
    }

    @Test
    void upAndDemoTurnTheirOptionsIntoTheStackConfig() {
        UpCommand up = new UpCommand();
        new CommandLine(up).parseArgs("--no-services", "--work-dir", dir.toString(), "--keep-data",
                "--partitions", "5", "--timeout", "30");
        StackConfig config = up.options.config();
        assertThat(config.workDir()).isEqualTo(dir);
        assertThat(config.services()).isEmpty();
        assertThat(config.keepData()).isTrue();
        assertThat(config.partitions()).isEqualTo(5);
        assertThat(config.readyTimeout()).isEqualTo(Duration.ofSeconds(30));

        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs("--keep-running");
        StackConfig defaults = demo.options.config();
        assertThat(demo.keepRunning).isTrue();
        assertThat(defaults.workDir()).isEqualTo(StackLayout.DEFAULT_WORK_DIR);
        assertThat(defaults.services()).hasSize(3);
        assertThat(defaults.keepData()).isFalse();
        assertThat(defaults.partitions()).isEqualTo(3);
        assertThat(defaults.readyTimeout()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void demoPassesWhatTheStackDoesNotUseToTheJob() {
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs("fast", "--verbose", "--no-services", "batch-2");
        assertThat(demo.options.noServices).isTrue();
        assertThat(demo.keepRunning).isFalse();
        assertThat(demo.jobArgs).containsExactly("fast", "batch-2");
        assertThat(demo.unknownOptions).containsExactly("--verbose");
    }

    @Test
    void helpPrintsTheCommandsAndUsageMistakesExitWithTwo() {
        assertThat(Main.run(List.of("help"))).isZero();
        assertThat(Main.run(List.of("token", "--help"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("up", "down", "status", "token", "demo", "ROLE", "UNIT_CODE", "--hours", "--work-dir");
        out.reset();
        assertThat(Main.run(List.of())).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: perf-review");
        assertThat(Main.run(List.of("up", "--frobnicate"))).isEqualTo(2);
        assertThat(Main.run(List.of("up", "--partitions", "many"))).isEqualTo(2);
        assertThat(Main.run(List.of("token"))).isEqualTo(2);
    }

    @Test
    void theDemoSaysInOneSentenceHowToReview() {
        var info = new org.perfreview.localstack.StackInfo(java.util.Map.of("intake", "http://127.0.0.1:1", "scoring", "http://127.0.0.1:2",
                "report", "http://127.0.0.1:3"), "127.0.0.1:9092", "jdbc:postgresql://127.0.0.1:5432/", java.nio.file.Path.of("out"));
        String hint = DemoCommand.reviewHint(info);
        assertThat(hint).startsWith("To review").endsWith(".").doesNotContain("\n")
                .contains("http://127.0.0.1:2/api/batches/BATCH/review-queue", "/decisions", "/outcomes",
                        "http://127.0.0.1:3/api/batches/BATCH/units/UNIT/notice?round=初审&format=docx");
    }

    @Test
    void demoJobsAreFoundByNameAndMustImplementStackJob() throws Exception {
        assertThat(DemoCommand.loadJob("org.perfreview.localstack.demo.NoSuchJob")).isNull();
        assertThat(DemoCommand.loadJob(EchoJob.class.getName())).isInstanceOf(EchoJob.class);
        assertThatThrownBy(() -> DemoCommand.loadJob(String.class.getName()))
                .hasMessageContaining("does not implement");
    }

    public static final class EchoJob implements StackJob {
        @Override
        public int run(StackInfo stack, List<String> args) {
            return args.size();
        }
    }
}
