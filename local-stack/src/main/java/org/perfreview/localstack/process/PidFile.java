package org.perfreview.localstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every process a stack started, one line each: {@code role pid startEpochMillis}. The start time guards
 * against killing an unrelated process that reused a pid after a crash.
 */
public final class PidFile {
    public static final String SUPERVISOR = "supervisor";

    private final Path file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public record Entry(String role, long pid, long startMillis) {
        /** The live process this entry names, if it still runs and is the same process. */
        public Optional<ProcessHandle> liveProcess() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::sameStart);
        }

        private boolean sameStart(ProcessHandle handle) {
            Optional<Instant> start = handle.info().startInstant();
            // Unknown start time: trust the pid only if it is not this JVM.
            return start.map(s -> Math.abs(s.toEpochMilli() - startMillis) < 2_000).orElse(true)
                    && handle.pid() != ProcessHandle.current().pid();
        }
    }

    public PidFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    public synchronized void put(String role, ProcessHandle handle) {
        long start = handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        entries.put(role, new Entry(role, handle.pid(), start));
        write();
    }

    public synchronized void remove(String role) {
        entries.remove(role);
        write();
    }

    public synchronized void delete() {
        entries.clear();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entries as written by whichever process owns the file (this one or a previous run). */
    public static List<Entry> read(Path file) {
        List<Entry> result = new ArrayList<>();
        if (!Files.exists(file)) {
            return result;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 3) {
                    result.add(new Entry(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // A torn or foreign file is treated as empty: the caller then starts from scratch.
            return List.of();
        }
        return result;
    }

    /** The supervisor ({@code up}'s JVM) listed in the file, if it is still alive. */
    public static Optional<ProcessHandle> liveSupervisor(Path file) {
        return read(file).stream().filter(e -> e.role().equals(SUPERVISOR))
                .flatMap(e -> e.liveProcess().stream()).findFirst();
    }

    /**
     * Stops what a previous run left behind: its supervisor first (its shutdown hook stops the rest), then any
     * child still alive. Dead or reused pids are skipped. Returns the number of processes that had to be stopped.
     */
    public static int stopLeftovers(Path file, Duration grace) {
        List<Entry> leftovers = read(file);
        int stopped = 0;
        for (Entry entry : leftovers) {
            if (entry.role().equals(SUPERVISOR) && entry.liveProcess().isPresent()) {
                ChildProcess.terminate(entry.liveProcess().get(), grace.multipliedBy(2));
                stopped++;
            }
        }
        for (Entry entry : leftovers) {
            Optional<ProcessHandle> live = entry.liveProcess();
            if (live.isPresent()) {
                ChildProcess.terminate(live.get(), grace);
                stopped++;
            }
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stopped;
    }

    private void write() {
        StringBuilder text = new StringBuilder();
        entries.values().forEach(e -> text.append(e.role()).append(' ').append(e.pid()).append(' ')
                .append(e.startMillis()).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write pid file " + file, e);
        }
    }
}
