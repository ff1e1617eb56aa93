package org.perfreview.deploy.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Dockerfile as a list of instructions (comments dropped, continuation lines joined). */
public record Dockerfile(Path file, List<Instruction> instructions) {

    public record Instruction(String keyword, String arguments) {
    }

    public static Path pathFor(String service) {
        return ProjectFiles.resolve(service + "/src/main/docker/Dockerfile.jvm");
    }

    public static Dockerfile read(Path file) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : ProjectFiles.read(file).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            pending.append(trimmed);
            String full = pending.toString().strip();
            pending.setLength(0);
            if (!full.isEmpty()) {
                int space = full.indexOf(' ');
                instructions.add(new Instruction(full.substring(0, space).toUpperCase(Locale.ROOT), full.substring(space + 1).strip()));
            }
        }
        return new Dockerfile(file, List.copyOf(instructions));
    }

    public List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    /** The last value of an instruction (the one in effect for USER, EXPOSE, ...). */
    public String last(String keyword) {
        List<String> values = all(keyword);
        if (values.isEmpty()) {
            throw new AssertionError(file + " has no " + keyword);
        }
        return values.get(values.size() - 1);
    }
}
