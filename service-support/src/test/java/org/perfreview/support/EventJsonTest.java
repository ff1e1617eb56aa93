package org.perfreview.support;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.events.EventEnvelope;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.score.ScoringFailure;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The envelope checks of {@link EventJson#read}: each refusal says why, and a good event reads whole or as a view. */
class EventJsonTest {

    private final EventJson json = new EventJson();
    private final UUID submission = UUID.randomUUID();
    private final String good = json.write(Events.SUBMISSION_SCORING_FAILED.envelope(UUID.randomUUID(), submission,
            new ScoringFailure(submission, UUID.randomUUID(), "101001", "规则集无法加载", Instant.parse("2026-12-06T00:00:00Z"))));

    /** Only the fields a consumer names; the rest of the payload is skipped. */
    record FailureView(UUID submissionId, String reason) {
    }

    @Test
    void readsAGoodEventWholeAndAsANarrowerView() {
        EventEnvelope<ScoringFailure> whole = json.read(good, Events.SUBMISSION_SCORING_FAILED);
        assertThat(whole.payload().unitCode()).isEqualTo("101001");
        assertThat(whole.payload().failedAt()).isEqualTo(Instant.parse("2026-12-06T00:00:00Z"));
        EventEnvelope<FailureView> view = json.read(good, Events.SUBMISSION_SCORING_FAILED, FailureView.class);
        assertThat(view.payload()).isEqualTo(new FailureView(submission, "规则集无法加载"));
        assertThat(view.eventId()).isEqualTo(whole.eventId());
    }

    @Test
    void eventTypeIsFoundWhereverItStandsAndNullForWhatIsNotAnEnvelope() {
        assertThat(json.eventTypeOf(good)).isEqualTo("SubmissionScoringFailed");
        assertThat(json.eventTypeOf("{\"payload\":{\"eventType\":\"Inner\"},\"eventType\":\"Outer\"}")).isEqualTo("Outer");
        assertThat(json.eventTypeOf("[1,2]")).isNull();
        assertThat(json.eventTypeOf("{\"eventType\":")).isNull();
        assertThat(json.eventTypeOf("")).isNull();
        assertThat(json.eventTypeOf("{\"other\":1}")).isNull();
    }

    @Test
    void refusesWhatIsNotAnEnvelopeOfThisTypeAndVersionSayingWhy() {
        assertRefused("{\"eventType\": \"SubmissionScoringFailed\", ", "not JSON");
        assertRefused("[]", "not an event envelope");
        assertRefused("\"text\"", "not an event envelope");
        assertRefused(good.replace("SubmissionScoringFailed", "SubmissionScored"), "unexpected event type 'SubmissionScored'");
        assertRefused(good.replace("\"schemaVersion\":1", "\"schemaVersion\":7"), "unsupported schema version 7");
        assertRefused(good.replace("\"schemaVersion\":1", "\"schemaVersion\":{\"v\":1}"), "unsupported schema version -1");
        assertRefused(good.replaceFirst("\"eventId\":\"[^\"]+\"", "\"eventId\":null"), "without eventId or payload");
        assertRefused(good.replaceFirst("\"payload\":\\{[^}]*}", "\"payload\":null"), "without eventId or payload");
        assertRefused(good.replace("\"submissionId\":\"" + submission + "\"", "\"submissionId\":[1]"), "payload does not match");
        // A payload field nested like a header field does not count as the envelope's.
        assertRefused("{\"payload\":{\"eventType\":\"SubmissionScoringFailed\",\"schemaVersion\":1,\"eventId\":\"x\"}}",
                "unexpected event type 'null'");
    }

    private void assertRefused(String text, String why) {
        assertThatThrownBy(() -> json.read(text, Events.SUBMISSION_SCORING_FAILED))
                .isInstanceOf(PoisonMessageException.class)
                .hasMessageContaining(why);
    }
}
