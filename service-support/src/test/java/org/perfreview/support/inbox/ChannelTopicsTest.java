package org.perfreview.support.inbox;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.events.Events;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelTopicsTest {

    @Test
    void channelsReadingTheirEventsTopicPass() {
        Map<String, Optional<String>> config = Map.of("scored", Optional.of("perf.submissions.scored"));
        assertThat(ChannelTopics.mismatches(Map.of("scored", Events.SUBMISSION_SCORED), config::get)).isEmpty();
    }

    @Test
    void aChannelOnAnotherTopicIsNamed() {
        Map<String, Optional<String>> config = Map.of("batches", Optional.of("perf.submissions.normalized"));
        assertThat(ChannelTopics.mismatches(Map.of("batches", Events.BATCH_UPDATED), config::get))
                .containsExactly("mp.messaging.incoming.batches.topic is perf.submissions.normalized but its consumer reads "
                        + "BatchUpdated v1 on perf.batches");
    }

    @Test
    void withoutATopicTheChannelNameIsTheTopic() {
        assertThat(ChannelTopics.mismatches(Map.of("perf.batches", Events.BATCH_UPDATED), c -> Optional.empty())).isEmpty();
        assertThat(ChannelTopics.mismatches(Map.of("batches", Events.BATCH_UPDATED), c -> Optional.empty())).hasSize(1);
    }
}
