package org.perfreview.report.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.perfreview.report.ReportConfig;

import java.time.Instant;
import java.util.UUID;

/**
 * Debounce: a batch's city snapshot goes out once no card has changed it for {@code perf.report.city-debounce}. Every
 * replica that consumed a card of the batch asks; {@link ReportService#publishCityReport} lets one build the round.
 */
@ApplicationScoped
public class CityReportPublisher {

    private static final Logger LOG = Logger.getLogger(CityReportPublisher.class);

    @Inject
    Aggregates aggregates;
    @Inject
    ReportService reports;
    @Inject
    ReportConfig config;

    @Scheduled(every = "0.5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishSettled() {
        for (UUID batchId : aggregates.takeSettled(Instant.now().minus(config.cityDebounce()))) {
            try {
                if (!reports.publishCityReport(batchId)) {
                    aggregates.touch(batchId); // another replica is publishing it: look again once it is done
                }
            } catch (RuntimeException e) {
                LOG.warnf("city report of batch %s not published yet: %s", batchId, e.getMessage());
                aggregates.touch(batchId); // try again on a later tick
            }
        }
    }
}
