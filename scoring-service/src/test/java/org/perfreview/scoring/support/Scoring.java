package org.perfreview.scoring.support;

import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.scoring.rulebook.Rulebook;
import org.perfreview.scoring.rulebook.RulebookLoader;
import org.perfreview.scoring.rules.CheckRegistry;
import org.perfreview.scoring.rules.InMemoryBatchView;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.score.ScoringEngine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** TEST-ONLY: the default rulebook, the engine, and the 2024 seed batch built from the fixtures. */
public final class Scoring {

    public static final CheckRegistry REGISTRY = CheckRegistry.standard();
    public static final RulebookLoader LOADER = new RulebookLoader(REGISTRY);
    public static final Rulebook DEFAULT = LOADER.loadDefault();
    public static final ScoringEngine ENGINE = new ScoringEngine(REGISTRY);

    /** "二上" deadline of the seed's drafting notes; tables arrive before it, scoring runs before it too. */
    public static final LocalDate DEADLINE = LocalDate.of(2023, 11, 5);
    public static final Instant RECEIVED = Instant.parse("2023-11-01T02:00:00Z");
    public static final Instant SCORED = Instant.parse("2023-11-03T02:00:00Z");
    public static final UUID BATCH_ID = UUID.fromString("00000000-0000-0000-0000-000000002024");

    private Scoring() {
    }

    public static Batch seedBatch() {
        return new Batch(BATCH_ID, 2024, "岳阳市本级", "二上", DEADLINE, DEFAULT.version(),
                ReferenceLists.controlList(), null);
    }

    public static InMemoryBatchView seedView(List<NormalizedTable> tables) {
        InMemoryBatchView view = new InMemoryBatchView();
        tables.forEach(view::add);
        return view;
    }

    public static SubmissionRef ref(NormalizedTable t, String file, Instant received) {
        return new SubmissionRef(UUID.nameUUIDFromBytes(file.getBytes()), BATCH_ID, t.unitCodeValue(), t.unitNameValue(),
                t.kind(), null, 1, "sha256:test", file, null, received);
    }

    public static RuleContext context(NormalizedTable t, String file, Batch batch, InMemoryBatchView view) {
        return new RuleContext(t, ref(t, file, RECEIVED), batch, view, SCORED);
    }
}
