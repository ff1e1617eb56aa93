package org.perfreview.scoring.review;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.perfreview.scoring.persistence.ReviewRoundsEntity;
import org.perfreview.support.EventJson;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** The round names of a batch: batch data an operator sets, 初审 / 复审 / 终审 until then. */
@ApplicationScoped
public class BatchRounds {

    public static final List<String> DEFAULT = List.of("初审", "复审", "终审");

    @Inject
    EventJson json;

    public List<String> of(UUID batchId) {
        ReviewRoundsEntity e = ReviewRoundsEntity.findById(batchId);
        if (e == null) {
            return DEFAULT;
        }
        try {
            return json.mapper().readValue(e.rounds, new TypeReference<List<String>>() { });
        } catch (java.io.IOException ex) {
            throw new IllegalStateException("stored rounds of batch " + batchId + " are not a JSON array", ex);
        }
    }

    public List<String> set(UUID batchId, List<String> rounds, String by) {
        if (rounds == null || rounds.isEmpty() || rounds.stream().anyMatch(r -> r == null || r.isBlank())) {
            throw new IllegalArgumentException("rounds must be a non-empty list of names");
        }
        List<String> names = List.copyOf(new LinkedHashSet<>(rounds.stream().map(String::strip).toList()));
        if (names.size() != rounds.size()) {
            throw new IllegalArgumentException("round names must be distinct");
        }
        ReviewRoundsEntity e = ReviewRoundsEntity.findById(batchId);
        if (e == null) {
            e = new ReviewRoundsEntity();
            e.batchId = batchId;
        }
        e.rounds = json.write(names);
        e.updatedBy = by;
        e.updatedAt = Instant.now();
        e.persist();
        return names;
    }
}
