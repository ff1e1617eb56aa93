package org.perfreview.localstack.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfreview.localstack.process.Ports;

class PostgresTest {
    @TempDir
    Path dir;
    Postgres postgres;

    @AfterEach
    void stop() {
        if (postgres != null) {
            postgres.stop();
        }
    }

    @Test
    void keepsCommittedRowsAcrossAStopAndACrashOnTheSamePort() throws Exception {
        postgres = Postgres.inDirectory(dir);
        long t0 = System.nanoTime();
        postgres.start();
        System.out.printf("postgres first start (initdb + start) %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        DatabaseCredentials intake = postgres.createDatabase("intake", "intake", "intake-local");
        assertThat(intake.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/intake");

        execute(intake, "CREATE TABLE batch (id text PRIMARY KEY, title text)");
        execute(intake, "INSERT INTO batch VALUES ('b1', '岳阳市本级 2024')");

        long stopStart = System.nanoTime();
        postgres.stop();
        long stopped = System.nanoTime();
        assertThat(Ports.isListening(postgres.port())).isFalse();
        postgres.start();
        System.out.printf("postgres stop %d ms, restart %d ms%n", (stopped - stopStart) / 1_000_000,
                (System.nanoTime() - stopped) / 1_000_000);
        assertThat(titles(intake)).containsExactly("岳阳市本级 2024");

        execute(intake, "INSERT INTO batch VALUES ('b2', 'second')");
        long pidBefore = postgres.postmasterPid().orElseThrow();
        postgres.kill();
        assertThat(ProcessHandle.of(pidBefore).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        postgres.start();
        assertThat(postgres.postmasterPid()).isPresent().get().isNotEqualTo(pidBefore);
        assertThat(titles(intake)).containsExactlyInAnyOrder("岳阳市本级 2024", "second");
    }

    @Test
    void createDatabaseIsIdempotentAndTheRoleOwnsItsDatabase() throws Exception {
        postgres = Postgres.inDirectory(dir);
        postgres.start();
        DatabaseCredentials first = postgres.createDatabase("scoring", "scoring", "pw");
        DatabaseCredentials again = postgres.createDatabase("scoring", "scoring", "pw");
        assertThat(again).isEqualTo(first);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_user, pg_catalog.pg_get_userbyid(datdba), "
                     + "current_setting('server_version_num') FROM pg_database WHERE datname = current_database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("scoring");
            assertThat(rs.getString(2)).isEqualTo("scoring");
            System.out.println("postgres server_version_num " + rs.getString(3));
        }
    }

    private static void execute(DatabaseCredentials db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static java.util.List<String> titles(DatabaseCredentials db) throws SQLException {
        java.util.List<String> titles = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT title FROM batch ORDER BY id")) {
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
        }
        return titles;
    }
}
