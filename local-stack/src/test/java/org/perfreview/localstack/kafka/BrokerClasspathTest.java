package org.perfreview.localstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerClasspathTest {
    @TempDir
    Path dir;

    @AfterEach
    void clearProperty() {
        System.clearProperty(BrokerClasspath.PROPERTY);
    }

    @Test
    void theBuildRecordedDirectoryHoldsTheBrokerWithExactlyOneSlf4jBinding() throws IOException {
        Path lib = BrokerClasspath.libDir();
        try (Stream<Path> files = Files.list(lib)) {
            var names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).anyMatch(n -> n.startsWith("kafka_2.13-4.1.1"))
                    .anyMatch(n -> n.startsWith("log4j-slf4j2-impl-"))
                    .anyMatch(n -> n.startsWith("log4j-core-"))
                    .noneMatch(n -> n.startsWith("slf4j-simple"))
                    .noneMatch(n -> n.startsWith("slf4j-jboss-logmanager"));
        }
        assertThat(BrokerClasspath.classpathArgument()).isEqualTo(lib.resolve("*").toString());
    }

    @Test
    void aSystemPropertyWinsWhenItPointsAtABrokerLibAndIsSkippedOtherwise() throws IOException {
        Path fake = Files.createDirectories(dir.resolve("lib"));
        System.setProperty(BrokerClasspath.PROPERTY, fake.toString());
        assertThat(BrokerClasspath.libDir()).isNotEqualTo(fake);

        Files.createFile(fake.resolve("kafka_2.13-9.9.9.jar"));
        assertThat(BrokerClasspath.libDir()).isEqualTo(fake);
    }
}
