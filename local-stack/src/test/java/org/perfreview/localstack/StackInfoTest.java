package org.perfreview.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackInfoTest {
    @TempDir
    Path dir;

    @Test
    void writesTheAgreedJsonShapeAndReadsItBack() throws Exception {
        Map<String, String> services = new LinkedHashMap<>();
        services.put("intake", "http://127.0.0.1:8101");
        services.put("scoring", "http://127.0.0.1:8102");
        services.put("report", "http://127.0.0.1:8103");
        StackInfo info = new StackInfo(services, "127.0.0.1:9092", "jdbc:postgresql://127.0.0.1:5432/",
                dir.resolve(".stack"));
        Path file = dir.resolve("stack.json");
        info.write(file);

        Map<String, Object> json = new ObjectMapper().readValue(file.toFile(),
                new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() { });
        assertThat(json.keySet()).containsExactly("intake", "scoring", "report", "kafka", "postgres", "workDir");
        assertThat(json.get("postgres")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/");

        StackInfo read = StackInfo.read(file);
        assertThat(read).isEqualTo(info);
        assertThat(read.scoring()).isEqualTo("http://127.0.0.1:8102");
        assertThat(read.jdbcUrl("report")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/report");
        assertThatThrownBy(() -> read.service("nope")).isInstanceOf(NoSuchElementException.class);
    }
}
