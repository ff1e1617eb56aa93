package org.perfreview.bench.load;

/**
 * One upload as the generator saw it: when it was due (paced runs measure latency from here, so a slow
 * server cannot hide its queueing), when the 2xx came back, and the submission it created.
 */
record Upload(String unitCode, long dueNanos, long acceptedNanos, int status, String submissionId, String problem) {

    boolean accepted() {
        return status == 202 && submissionId != null;
    }
}
