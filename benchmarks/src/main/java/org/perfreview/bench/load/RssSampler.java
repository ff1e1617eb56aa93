package org.perfreview.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/** Samples the resident set size (VmRSS from /proc) of named processes twice a second while a phase runs. */
final class RssSampler implements AutoCloseable {

    /** Per process: the largest sample and the median of the samples in MB. */
    record Rss(double maxMb, double medianMb, int samples) {
    }

    private final Map<String, LongSupplier> pids;
    private final Map<String, List<Double>> samples = new LinkedHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    RssSampler(Map<String, LongSupplier> pids) {
        this.pids = pids;
        pids.keySet().forEach(name -> samples.put(name, new ArrayList<>()));
        thread = new Thread(this::run, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            pids.forEach((name, pid) -> {
                double mb = rssMb(pid.getAsLong());
                if (mb > 0) {
                    synchronized (samples) {
                        samples.get(name).add(mb);
                    }
                }
            });
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // process gone or no /proc: no sample
        }
        return -1;
    }

    Map<String, Rss> result() {
        Map<String, Rss> out = new LinkedHashMap<>();
        synchronized (samples) {
            samples.forEach((name, mbs) -> out.put(name, new Rss(mbs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
                    Percentiles.median(mbs.stream().mapToDouble(Double::doubleValue).toArray()), mbs.size())));
        }
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(2_000);
    }
}
