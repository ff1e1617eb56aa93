package org.perfreview.support.jobs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A drain runs steps until none is open; triggers during a drain fold into one more; a failing step waits for the next trigger. */
class JobWorkerTest {

    private JobWorker worker;

    @AfterEach
    void stop() {
        worker.shutdown();
    }

    @Test
    void aDrainRunsStepsUntilNoJobIsOpen() throws InterruptedException {
        AtomicInteger open = new AtomicInteger(3);
        CountDownLatch drained = new CountDownLatch(1);
        worker = new JobWorker("test-jobs", () -> {
            if (open.get() == 0) {
                drained.countDown();
                return false;
            }
            open.decrementAndGet();
            return true;
        });
        worker.trigger();
        assertThat(drained.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(open).hasValue(0);
    }

    @Test
    void triggersDuringADrainFoldIntoOneMoreDrain() throws InterruptedException {
        CountDownLatch inFirstStep = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger steps = new AtomicInteger();
        worker = new JobWorker("test-jobs", () -> {
            if (steps.incrementAndGet() == 1) {
                inFirstStep.countDown();
                awaitQuietly(release);
            }
            return false;
        });
        worker.trigger();
        assertThat(inFirstStep.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 10; i++) {
            worker.trigger();
        }
        release.countDown();
        Thread.sleep(300);
        assertThat(steps).as("the first drain and one folded drain").hasValue(2);
    }

    @Test
    void aFailingStepEndsTheDrainAndTheNextTriggerTriesAgain() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch retried = new CountDownLatch(1);
        worker = new JobWorker("test-jobs", () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
            }
            retried.countDown();
            return false;
        });
        worker.trigger();
        Thread.sleep(200);
        assertThat(calls).hasValue(1);
        worker.trigger();
        assertThat(retried.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
