package org.perfreview.localstack.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.perfreview.localstack.jwt.PemKeys;
import org.perfreview.localstack.jwt.Tokens;
import org.postgresql.Driver;

class PostgresTestResourceTest {

    @Test
    void eachStartGetsAFreshDatabaseOnOneSharedServerAndTheTestJwtConfig() throws Exception {
        Map<String, String> first = new PostgresTestResource().start();
        Map<String, String> second = new PostgresTestResource().start();

        String url = first.get("quarkus.datasource.jdbc.url");
        assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:");
        assertThat(second.get("quarkus.datasource.jdbc.url")).isNotEqualTo(url)
                .startsWith(url.substring(0, url.lastIndexOf('/') + 1));

        try (Connection c = connect(first); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int)");
        }
        try (Connection c = connect(second); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 't'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }

        assertThat(first).containsEntry("mp.jwt.verify.issuer", "perf-review-local");
        Path key = Path.of(first.get("mp.jwt.verify.publickey.location"));
        assertThat(PemKeys.readPublic(key)).isEqualTo(Tokens.testPublicKey());
        assertThat(Files.isRegularFile(key)).isTrue();
    }

    private static Connection connect(Map<String, String> config) throws Exception {
        Properties props = new Properties();
        props.setProperty("user", config.get("quarkus.datasource.username"));
        props.setProperty("password", config.get("quarkus.datasource.password"));
        return new Driver().connect(config.get("quarkus.datasource.jdbc.url"), props);
    }
}
