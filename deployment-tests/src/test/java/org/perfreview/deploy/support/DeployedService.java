package org.perfreview.deploy.support;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.perfreview.contracts.events.Topics;

/**
 * What each service is documented to own and exchange (README's event flow): its database, the
 * topics it writes and reads, and its consumer group. The manifests are checked against this, and
 * this against the services' application.properties wherever those declare Kafka channels.
 */
public record DeployedService(String name, String database, Set<String> produces, Set<String> consumes,
        Optional<String> consumerGroup) {

    public static final DeployedService INTAKE = new DeployedService("intake-service", "intake",
            Set.of(Topics.BATCHES, Topics.SUBMISSIONS_NORMALIZED, Topics.DLQ_INTAKE), Set.of(Topics.SUBMISSIONS_SCORED),
            Optional.of("intake-service"));
    public static final DeployedService SCORING = new DeployedService("scoring-service", "scoring",
            Set.of(Topics.SUBMISSIONS_SCORED, Topics.DLQ_SCORING),
            Set.of(Topics.BATCHES, Topics.SUBMISSIONS_NORMALIZED), Optional.of("scoring-service"));
    public static final DeployedService REPORT = new DeployedService("report-service", "report",
            Set.of(Topics.REPORTS_UNIT, Topics.REPORTS_CITY, Topics.NOTICES, Topics.DLQ_REPORT),
            Set.of(Topics.BATCHES, Topics.SUBMISSIONS_SCORED), Optional.of("report-service"));

    public static final List<DeployedService> ALL = List.of(INTAKE, SCORING, REPORT);

    /**
     * Services that scale with consumer load get a HorizontalPodAutoscaler; intake scales with uploads, its one
     * consumer (score statuses onto submissions) is light.
     */
    public boolean autoscaled() {
        return !consumes.isEmpty() && !this.name.equals("intake-service");
    }

    public ServiceConfig config() {
        return ServiceConfig.of(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
