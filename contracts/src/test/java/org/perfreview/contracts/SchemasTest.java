package org.perfreview.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.events.EventEnvelope;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.UnitReport;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.TableKind;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every record, fully populated, serializes to a document its schema accepts; schemas reject drift. */
class SchemasTest {

    private final ObjectMapper mapper = Json.mapper();

    @Test
    void fullyPopulatedPayloadsMatchTheirSchemas() {
        assertValid(Schemas.BATCH, Samples.batch());
        assertValid(Schemas.NORMALIZED_TABLE, Samples.overallTable());
        assertValid(Schemas.NORMALIZED_TABLE, Samples.selfEvalTable());
        assertValid(Schemas.NORMALIZED_TABLE, Samples.baseDataTable());
        assertValid(Schemas.SUBMISSION_NORMALIZED, Samples.normalized());
        assertValid(Schemas.SCORE_CARD, Samples.scoreCard());
        assertValid(Schemas.SCORING_FAILURE, new org.perfreview.contracts.score.ScoringFailure(java.util.UUID.randomUUID(),
                java.util.UUID.randomUUID(), "201001", "no rulebook version 1999.9", java.time.Instant.now()));
        assertValid(Schemas.UNIT_REPORT, Samples.unitReport());
        assertValid(Schemas.CITY_REPORT, Samples.cityReport());
        assertValid(Schemas.SCORE_CARD, Samples.reviewedCard());
        assertValid(Schemas.NOTICE, Samples.notice());
    }

    @Test
    void aMachineCardOfThePreviousSchemaVersionStillReads() throws Exception {
        ObjectNode card = mapper.valueToTree(Samples.scoreCard());
        card.remove("reviewed");
        card.remove("review");
        assertThat(Schemas.validate(Schemas.SCORE_CARD, card)).isEmpty();
        ScoreCard read = mapper.treeToValue(card, ScoreCard.class);
        assertThat(read.reviewed()).isFalse();
        assertThat(read.review()).isNull();
        ScoreCard reviewed = mapper.treeToValue(mapper.valueToTree(Samples.reviewedCard()), ScoreCard.class);
        assertThat(reviewed.reviewed()).isTrue();
        assertThat(reviewed.review().decisions()).extracting(d -> d.action()).containsExactly("DISMISS", "ADD");
    }

    @Test
    void noticesTravelInTheirEnvelope() {
        JsonNode envelope = mapper.valueToTree(Events.NOTICE_ISSUED.envelope(Samples.BATCH, null, Samples.notice()));
        assertThat(Schemas.validateEvent(envelope)).isEmpty();
        ((ObjectNode) envelope.get("payload")).remove("round");
        assertThat(Schemas.validateEvent(envelope)).anyMatch(p -> p.contains("round"));
    }

    @Test
    void envelopesValidateTheirPayloadByEventType() {
        Batch batch = Samples.batch();
        JsonNode envelope = mapper.valueToTree(Events.BATCH_UPDATED.envelope(batch.id(), null, batch));
        assertThat(Schemas.validateEvent(envelope)).isEmpty();

        ((ObjectNode) envelope.get("payload")).remove("region");
        assertThat(Schemas.validateEvent(envelope)).anyMatch(p -> p.startsWith("payload:") && p.contains("region"));
    }

    @Test
    void unknownFieldsAndWrongTypesAreRejected() {
        ObjectNode card = mapper.valueToTree(Samples.scoreCard());
        card.put("surprise", 1);
        assertThat(Schemas.validate(Schemas.SCORE_CARD, card)).anyMatch(p -> p.contains("surprise"));

        ObjectNode table = mapper.valueToTree(Samples.overallTable());
        table.put("kind", "BUDGET_TABLE");
        assertThat(Schemas.validate(Schemas.NORMALIZED_TABLE, table)).isNotEmpty();

        ObjectNode envelope = mapper.valueToTree(EventEnvelope.of("Nope", 1, UUID.randomUUID(), null, Samples.batch()));
        assertThat(Schemas.validate(Schemas.ENVELOPE, envelope)).isNotEmpty();
    }

    @Test
    void tableKindsInSchemaMatchTheEnum() {
        List<String> kinds = List.of(TableKind.values()).stream().map(Enum::name).toList();
        for (String kind : kinds) {
            ObjectNode table = mapper.valueToTree(new NormalizedTable(TableKind.valueOf(kind), null, null, null, null, null, null, null, null, null, null));
            assertThat(Schemas.validate(Schemas.NORMALIZED_TABLE, table)).as(kind).isEmpty();
        }
    }

    private void assertValid(String schema, Object value) {
        JsonNode node = mapper.valueToTree(value);
        assertThat(Schemas.validate(schema, node)).as(schema + " for " + value.getClass().getSimpleName()).isEmpty();
    }

    // Keep the unused-import checker quiet about types only used in Samples signatures.
    @SuppressWarnings("unused")
    private static final Class<?>[] TYPES = {CityReport.class, UnitReport.class, ScoreCard.class};
}
