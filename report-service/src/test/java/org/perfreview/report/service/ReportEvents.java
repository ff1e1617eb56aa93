package org.perfreview.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.perfreview.contracts.Json;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.score.ScoreCard;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** TEST-ONLY: BatchUpdated / SubmissionScored events and reading what the relay sent. */
final class ReportEvents {

    private ReportEvents() {
    }

    /** Department 1 (a 系统 row and two units) and department 2 (one unit): three units expected, 2300 万元. */
    static Batch batch(UUID batchId) {
        return new Batch(batchId, 2024, "某市", "预算编制", LocalDate.of(2024, 11, 15), null, List.of(
                new ControlEntry("1", null, "某市教育局", BigDecimal.valueOf(1500), true),
                new ControlEntry("1-1", "201001", "某市教育局机关", BigDecimal.valueOf(1000), false),
                new ControlEntry("1-2", "201002", "某市第一中学", BigDecimal.valueOf(500), false),
                new ControlEntry("2", "202001", "某市卫生健康委员会", BigDecimal.valueOf(800), false)), List.of());
    }

    static String batchUpdated(Batch batch) {
        return write(Events.BATCH_UPDATED.envelope(batch.id(), null, batch));
    }

    /** A fresh envelope (new event id) around the card, as a re-publication would be. */
    static String scored(ScoreCard card) {
        return write(Events.SUBMISSION_SCORED.envelope(card.submission().batchId(),
                card.submissionId(), card));
    }

    static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> sent(MockProducer<String, String> producer, String topic, Predicate<JsonNode> which) {
        return producer.history().stream()
                .filter(r -> r.topic().equals(topic))
                .map(ProducerRecord::value)
                .map(ReportEvents::read)
                .filter(which)
                .toList();
    }
}
