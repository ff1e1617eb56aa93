package org.perfreview.support.jobs;

import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The thread a service's background work runs on (scoring's batch re-scoring, report's rebuilds, every service's outbox
 * relay): a request only queues a row and triggers the worker once its transaction committed; the service's timer
 * triggers it too, for work left open by a crash or queued on another replica. A drain runs the service's step until it says no job is open;
 * triggers arriving while a drain is queued fold into it. Which job a step takes is the service's (its own table,
 * claimed {@code for update skip locked}, so any replica may run it).
 */
public final class JobWorker {

    private static final Logger LOG = Logger.getLogger(JobWorker.class);

    private final String name;
    private final BooleanSupplier step;
    private final Consumer<RuntimeException> onPause;
    private final ExecutorService executor;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /** @param step runs one step of the oldest open job, each in its own transactions; false when no job is open */
    public JobWorker(String name, BooleanSupplier step) {
        this(name, step, e -> LOG.warnf(e, "%s paused until the next poll", name)); // e.g. the database is away
    }

    /** @param onPause told of a step's failure, after which the worker waits for the next trigger */
    public JobWorker(String name, BooleanSupplier step, Consumer<RuntimeException> onPause) {
        this.name = name;
        this.step = step;
        this.onPause = onPause;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Asks for one drain. */
    public void trigger() {
        if (!executor.isShutdown() && scheduled.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        try {
            boolean more = true;
            while (more && !executor.isShutdown()) {
                more = step.getAsBoolean();
            }
        } catch (RuntimeException e) {
            onPause.accept(e);
        }
    }

    /** On a stop: no further step starts; a job cut short stays open in its table for the next start or another replica. */
    public void shutdown() {
        executor.shutdownNow();
    }
}
