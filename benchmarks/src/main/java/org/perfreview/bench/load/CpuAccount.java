package org.perfreview.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * CPU time (user + system, from /proc) that named processes and their child processes used between two
 * readings: with the throughput it tells where a table's CPU goes (PostgreSQL runs one process per connection).
 * For the JVMs it also reads the JIT compiler threads' share: a phase of a few thousand tables on JVMs that served a
 * thousand before still spends a large part of their CPU compiling (BENCHMARKS.md section 4), a cost a service that
 * has run for hours no longer pays.
 */
final class CpuAccount {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux
    static final String MACHINE = "machine (all processes)";
    static final String JIT = "JIT compiler threads";

    private final Map<String, LongSupplier> pids;
    private final Set<String> withChildren;
    private final Map<String, Long> start;
    private final Map<String, Map<String, Long>> jitStart = new LinkedHashMap<>();

    /** @param withChildren names whose child processes count too (PostgreSQL's backends), not those that merely started others */
    CpuAccount(Map<String, LongSupplier> pids, Set<String> withChildren) {
        this.pids = pids;
        this.withChildren = withChildren;
        this.start = read();
        pids.forEach((name, pid) -> jitStart.put(name, compilerThreadTicks(pid.getAsLong())));
    }

    /** Seconds of CPU used since this account was opened, per name, plus the machine's whole busy time. */
    Map<String, Double> seconds() {
        Map<String, Long> now = read();
        Map<String, Double> used = new LinkedHashMap<>();
        now.forEach((name, ticks) -> used.put(name, (ticks - start.getOrDefault(name, 0L)) / TICKS_PER_SECOND));
        return used;
    }

    /**
     * Seconds the JIT compiler threads of each JVM used since this account was opened (only processes that have
     * such threads). A compiler thread that ended in between is not counted, so this is a lower bound.
     */
    Map<String, Double> jitSeconds() {
        Map<String, Double> used = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            Map<String, Long> before = jitStart.getOrDefault(name, Map.of());
            Map<String, Long> now = compilerThreadTicks(pid.getAsLong());
            if (!now.isEmpty()) {
                long ticks = 0;
                for (var t : now.entrySet()) {
                    ticks += t.getValue() - before.getOrDefault(t.getKey(), 0L);
                }
                used.put(name, ticks / TICKS_PER_SECOND);
            }
        });
        return used;
    }

    /** utime + stime per thread id of a JVM's C1 and C2 compiler threads (named "C1 CompilerThre…", "C2 …"). */
    static Map<String, Long> compilerThreadTicks(long pid) {
        Map<String, Long> threads = new LinkedHashMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String comm = Files.readString(task.resolve("comm")).trim();
                    if (comm.matches("C[12] CompilerThre.*")) {
                        threads.put(task.getFileName().toString(), statTicks(Files.readString(task.resolve("stat"))));
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return threads;
    }

    private Map<String, Long> read() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ticks.put(name, withChildren.contains(name) ? treeTicks(pid.getAsLong()) : ticks(pid.getAsLong())));
        ticks.put(MACHINE, machineBusyTicks());
        return ticks;
    }

    /** utime + stime of a process and of its living descendants (ProcessHandle sees the whole tree). */
    static long treeTicks(long pid) {
        return ProcessHandle.of(pid).map(h -> ticks(h.pid()) + h.descendants().mapToLong(d -> ticks(d.pid())).sum()).orElse(0L);
    }

    static long ticks(long pid) {
        try {
            return statTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** utime + stime (fields 14 and 15) of a /proc stat line, process or thread. */
    private static long statTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Busy ticks of all CPUs together (everything but idle and iowait): core-seconds × 100, like the others. */
    static long machineBusyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
