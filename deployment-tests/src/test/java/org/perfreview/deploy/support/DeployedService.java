package org.perfreview.deploy.support;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.Topics;

/**
 * What each service is documented to own and exchange (README's event flow): its database, the
 * topics it writes and reads, and its consumer group. The manifests are checked against this, and
 * this against the services' application.properties wherever those declare Kafka channels.
 */
public record DeployedService(String name, String database, Set<String> produces, Set<String> consumes,
        Optional<String> consumerGroup) {

    public static final DeployedService INTAKE = new DeployedService("intake-service", "intake",
            Set.of(Events.BATCH_UPDATED.topic(), Events.SUBMISSION_NORMALIZED.topic(), Topics.DLQ_INTAKE),
            Set.of(Events.SUBMISSION_SCORED.topic()), Optional.of("intake-service"));
    public static final DeployedService SCORING = new DeployedService("scoring-service", "scoring",
            Set.of(Events.SUBMISSION_SCORED.topic(), Topics.DLQ_SCORING),
            Set.of(Events.BATCH_UPDATED.topic(), Events.SUBMISSION_NORMALIZED.topic()), Optional.of("scoring-service"));
    public static final DeployedService REPORT = new DeployedService("report-service", "report",
            Set.of(Events.UNIT_REPORT_UPDATED.topic(), Events.CITY_REPORT_UPDATED.topic(), Events.NOTICE_ISSUED.topic(),
                    Topics.DLQ_REPORT),
            Set.of(Events.BATCH_UPDATED.topic(), Events.SUBMISSION_SCORED.topic()), Optional.of("report-service"));

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
