package org.perfreview.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * What the outbox relay has published so far in this test run: in tests the relay sends to a Kafka
 * {@link MockProducer} ({@link MockRelayProducerFactory}) that keeps every record here. Inject it into a
 * {@code @QuarkusTest} and ask for the records or envelopes of a topic; tests share the application, so each asks
 * for its own batch or submission ({@link #ofBatch}, {@link #ofSubmission}).
 */
@Singleton
public class PublishedEvents {

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Recorder producer = new Recorder();
    private volatile Duration sendDelay = Duration.ZERO;
    private volatile int maxValueChars = Integer.MAX_VALUE;

    /** Records sent to {@code topic} whose envelope matches, in the order they were sent. */
    public List<ProducerRecord<String, String>> records(String topic, Predicate<JsonNode> envelope) {
        return sent.stream().filter(s -> s.record().topic().equals(topic) && envelope.test(s.envelope()))
                .map(Sent::record).toList();
    }

    /** Envelopes sent to {@code topic} that match, in the order they were sent. */
    public List<JsonNode> envelopes(String topic, Predicate<JsonNode> which) {
        return sent.stream().filter(s -> s.record().topic().equals(topic) && which.test(s.envelope()))
                .map(Sent::envelope).toList();
    }

    public static Predicate<JsonNode> ofBatch(Object batchId) {
        return e -> batchId.toString().equals(e.path("batchId").asText());
    }

    public static Predicate<JsonNode> ofSubmission(Object submissionId) {
        return e -> submissionId.toString().equals(e.path("submissionId").asText());
    }

    /** Every send takes this long from now on (a slow broker); {@link Duration#ZERO} restores the default. */
    public void delaySends(Duration perRecord) {
        sendDelay = perRecord;
    }

    /**
     * From now on a record whose value is longer than {@code chars} is refused as Kafka's producer refuses one over
     * {@code max.request.size}: a failed send with {@link RecordTooLargeException}; {@link Integer#MAX_VALUE} restores
     * the default.
     */
    public void refuseLongerThan(int chars) {
        maxValueChars = chars;
    }

    Producer<String, String> producer() {
        return producer;
    }

    private record Sent(ProducerRecord<String, String> record, JsonNode envelope) {
    }

    /** Acknowledges every send at once, after the configured delay, and keeps the record with its envelope read once. */
    private final class Recorder extends MockProducer<String, String> {
        Recorder() {
            super(true, null, new StringSerializer(), new StringSerializer());
        }

        @Override
        public Future<RecordMetadata> send(ProducerRecord<String, String> record, Callback callback) {
            if (!sendDelay.isZero()) {
                try {
                    Thread.sleep(sendDelay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (record.value() != null && record.value().length() > maxValueChars) {
                RecordTooLargeException refused = new RecordTooLargeException("The message is " + record.value().length()
                        + " characters when serialized which is larger than this test's limit of " + maxValueChars);
                if (callback != null) {
                    callback.onCompletion(null, refused);
                }
                return CompletableFuture.failedFuture(refused);
            }
            synchronized (this) { // the same order as the mock's own history
                Future<RecordMetadata> ack = super.send(record, callback);
                sent.add(new Sent(record, envelope(record.value())));
                return ack;
            }
        }
    }

    private static JsonNode envelope(String value) {
        try {
            return value == null ? MissingNode.getInstance() : Envelopes.read(value);
        } catch (UncheckedIOException e) {
            return MissingNode.getInstance(); // not an envelope: only a predicate that ignores it finds the record
        }
    }
}
