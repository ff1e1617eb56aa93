package org.perfreview.scoring.rulebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.batch.RulebookVersions;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The versions intake lets a batch name (contracts' RulebookVersions) are the ones this service ships. */
class ShippedRulebookVersionsTest {

    @Test
    void shippedRulebookAndDefaultVersionAreTheListedOnes() throws IOException {
        String version;
        try (InputStream in = RulebookLoader.class.getResourceAsStream(RulebookLoader.DEFAULT_RESOURCE)) {
            version = new ObjectMapper().readTree(in).path("version").asText();
        }
        assertThat(RulebookVersions.SHIPPED).containsExactly(version);
        Properties props = new Properties();
        try (InputStream in = RulebookLoader.class.getResourceAsStream("/application.properties")) {
            props.load(in);
        }
        assertThat(props.getProperty("perf.scoring.default-rulebook")).endsWith(":" + version + "}");
    }
}
