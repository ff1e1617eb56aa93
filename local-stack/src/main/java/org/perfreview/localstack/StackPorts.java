package org.perfreview.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.perfreview.localstack.process.Ports;

/**
 * The ports of one stack. Kept in {@code ports.properties}: Kafka's KRaft log records the controller endpoint,
 * so a stack that reuses its data ({@code --keep-data}) must come back on the same ports.
 */
record StackPorts(int postgres, int kafka, int kafkaController, int identity, int identityManagement,
                  Map<String, Integer> services) {

    /** Distinct free loopback ports for everything. */
    static StackPorts allocate(List<String> serviceKeys) {
        Set<Integer> taken = new HashSet<>();
        int postgres = distinctFree(taken);
        int kafka = distinctFree(taken);
        int controller = distinctFree(taken);
        int identity = distinctFree(taken);
        int identityManagement = distinctFree(taken);
        Map<String, Integer> services = new LinkedHashMap<>();
        serviceKeys.forEach(key -> services.put(key, distinctFree(taken)));
        return new StackPorts(postgres, kafka, controller, identity, identityManagement, services);
    }

    /** The saved ports, with fresh ones for services the file does not know. */
    static Optional<StackPorts> load(Path file, List<String> serviceKeys) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, Integer> services = new LinkedHashMap<>();
        for (String key : serviceKeys) {
            String saved = p.getProperty("service." + key);
            services.put(key, saved != null ? Integer.parseInt(saved) : Ports.free());
        }
        return Optional.of(new StackPorts(Integer.parseInt(p.getProperty("postgres")),
                Integer.parseInt(p.getProperty("kafka")), Integer.parseInt(p.getProperty("kafka.controller")),
                savedOrFree(p, "identity"), savedOrFree(p, "identity.management"), services));
    }

    void save(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("postgres", Integer.toString(postgres));
        p.setProperty("kafka", Integer.toString(kafka));
        p.setProperty("kafka.controller", Integer.toString(kafkaController));
        p.setProperty("identity", Integer.toString(identity));
        p.setProperty("identity.management", Integer.toString(identityManagement));
        services.forEach((key, port) -> p.setProperty("service." + key, Integer.toString(port)));
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "ports of this local stack");
        }
    }

    int service(String key) {
        return services.get(key);
    }

    private static int savedOrFree(Properties p, String key) {
        String saved = p.getProperty(key);
        return saved != null ? Integer.parseInt(saved) : Ports.free();
    }

    private static int distinctFree(Set<Integer> taken) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port = Ports.free();
            if (taken.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("could not find distinct free ports");
    }
}
