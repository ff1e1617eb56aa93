package org.perfreview.bench.parse;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap held by one piece of work, two ways, both relative to the live heap after a full GC at the start.
 * {@code retained}: the largest live heap found by full collections taken at points during the work
 * ({@link #sample()}), i.e. what the work keeps reachable mid-way, garbage excluded: the figure that must
 * not grow with rows. {@code peakUsed}: the heap pools' peak usage since the start, garbage included, which
 * mostly says how full the collector let the heap get before collecting (a sum of per-pool peaks, so an upper
 * bound that can exceed the heap's size when the work runs out of memory).
 */
public final class HeapProbe {

    private static final long MB = 1024 * 1024;

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final long baseline;
    private long maxLive;
    private int samples;

    private HeapProbe() {
        baseline = liveAfterFullGc();
        maxLive = baseline;
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    public static HeapProbe start() {
        return new HeapProbe();
    }

    /** Heap in use after two full collections: what is reachable now. */
    public static long liveAfterFullGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Takes a full GC now and keeps the live heap if it is the largest so far. */
    public void sample() {
        maxLive = Math.max(maxLive, liveAfterFullGc());
        samples++;
    }

    public double retainedMb() {
        return (maxLive - baseline) / (double) MB;
    }

    public double peakUsedMb() {
        return (pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - baseline) / (double) MB;
    }

    public int samples() {
        return samples;
    }

    public static double maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / (double) MB;
    }
}
