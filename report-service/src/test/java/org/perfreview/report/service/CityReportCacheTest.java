package org.perfreview.report.service;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.report.CityReport;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class CityReportCacheTest {

    private final Aggregates aggregates = new Aggregates();
    private final UUID batch = UUID.randomUUID();
    private final AtomicInteger builds = new AtomicInteger();

    private CityReport report() {
        return new CityReport(batch, 2024, "岳阳市本级", "二上", null, java.time.Instant.now(), builds.get(), null, null, null, null,
                null, null, null, null, null, null, null);
    }

    private Supplier<CityReport> builder() {
        return () -> {
            builds.incrementAndGet();
            return report();
        };
    }

    @Test
    void aReportIsBuiltOncePerChange() {
        CityReport first = aggregates.cityReport(batch, builder());
        assertThat(aggregates.cityReport(batch, builder())).isSameAs(first);
        assertThat(builds).hasValue(1);

        aggregates.invalidate(batch);
        CityReport second = aggregates.cityReport(batch, builder());
        assertThat(second).isNotSameAs(first);
        assertThat(builds).hasValue(2);

        aggregates.touch(batch);
        aggregates.cityReport(batch, builder());
        assertThat(builds).hasValue(3);
    }

    @Test
    void batchesAreCachedApartAndAMissingReportIsNotCached() {
        aggregates.cityReport(batch, builder());
        aggregates.invalidate(UUID.randomUUID());
        aggregates.cityReport(batch, builder());
        assertThat(builds).hasValue(1);

        UUID unknown = UUID.randomUUID();
        assertThat(aggregates.cityReport(unknown, () -> null)).isNull();
        aggregates.cityReport(unknown, builder());
        assertThat(builds).hasValue(2);
    }

    @Test
    void aChangeDuringTheBuildMakesTheNextRequestBuildAgain() {
        aggregates.cityReport(batch, () -> {
            builds.incrementAndGet();
            aggregates.invalidate(batch); // a card applied while the report was being assembled
            return report();
        });
        aggregates.cityReport(batch, builder());
        assertThat(builds).hasValue(2);
    }
}
