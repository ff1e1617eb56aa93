package org.perfreview.localstack.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JDK Keycloak gets, and the message when the machine has none new enough. */
class IdentityJavaTest {
    @TempDir
    Path jvms;

    @Test
    void picksTheNewestJdkOfAtLeast21() throws IOException {
        jdk("java-17-openjdk-amd64", "17.0.15");
        jdk("java-21-openjdk-amd64", "21.0.7");
        jdk("temurin-25-jdk-amd64", "25.0.3");

        IdentityJava found = IdentityJava.find(Map.of(), jvms);

        assertThat(found.home()).isEqualTo(jvms.resolve("temurin-25-jdk-amd64"));
        assertThat(found.feature()).isEqualTo(25);
    }

    @Test
    void withoutAJdk21OrNewerTheErrorSaysWhatWasLookedForAndFound() throws IOException {
        jdk("java-17-openjdk-amd64", "17.0.15");

        assertThatThrownBy(() -> IdentityJava.find(Map.of(), jvms))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs Java 21 or newer")
                .hasMessageContaining(jvms.toString())
                .hasMessageContaining("java-17-openjdk-amd64 = 17.0.15")
                .hasMessageContaining(IdentityJava.ENV);
    }

    @Test
    void theEnvironmentVariableWinsAndMustNameAJdk21OrNewer() throws IOException {
        Path old = jdk("java-17-openjdk-amd64", "17.0.15");
        Path chosen = jdk("somewhere/jdk-21", "21.0.2");
        jdk("temurin-25-jdk-amd64", "25.0.3");

        assertThat(IdentityJava.find(Map.of(IdentityJava.ENV, chosen.toString()), jvms).home()).isEqualTo(chosen);
        assertThatThrownBy(() -> IdentityJava.find(Map.of(IdentityJava.ENV, old.toString()), jvms))
                .hasMessageContaining(IdentityJava.ENV + "=" + old).hasMessageContaining("not a JDK 21 or newer");
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = jvms.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
