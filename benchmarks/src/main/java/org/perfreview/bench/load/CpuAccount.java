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
 */
final class CpuAccount {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final Map<String, LongSupplier> pids;
    private final Set<String> withChildren;
    private final Map<String, Long> start;

    /** @param withChildren names whose child processes count too (PostgreSQL's backends), not those that merely started others */
    CpuAccount(Map<String, LongSupplier> pids, Set<String> withChildren) {
        this.pids = pids;
        this.withChildren = withChildren;
        this.start = read();
    }

    /** Seconds of CPU used since this account was opened, per name, plus the machine's whole busy time. */
    Map<String, Double> seconds() {
        Map<String, Long> now = read();
        Map<String, Double> used = new LinkedHashMap<>();
        now.forEach((name, ticks) -> used.put(name, (ticks - start.getOrDefault(name, 0L)) / TICKS_PER_SECOND));
        return used;
    }

    private Map<String, Long> read() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ticks.put(name, withChildren.contains(name) ? treeTicks(pid.getAsLong()) : ticks(pid.getAsLong())));
        ticks.put("machine (all processes)", machineBusyTicks());
        return ticks;
    }

    /** utime + stime of a process and of its living descendants (ProcessHandle sees the whole tree). */
    static long treeTicks(long pid) {
        return ProcessHandle.of(pid).map(h -> ticks(h.pid()) + h.descendants().mapToLong(d -> ticks(d.pid())).sum()).orElse(0L);
    }

    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15 of stat)
        } catch (IOException | RuntimeException e) {
            return 0;
        }
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
