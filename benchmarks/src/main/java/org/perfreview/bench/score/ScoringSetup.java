package org.perfreview.bench.score;

import org.perfreview.bench.parse.RepoFiles;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.contracts.batch.StaffingEntry;
import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.intake.parse.ReferenceListReader;
import org.perfreview.intake.parse.UnreadableFileException;
import org.perfreview.scoring.rulebook.Rulebook;
import org.perfreview.scoring.rulebook.RulebookLoader;
import org.perfreview.scoring.rules.CheckRegistry;
import org.perfreview.scoring.score.ScoringEngine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the scoring service holds when it scores: the engine with every shipped check, the shipped default
 * rulebook (loaded and validated by {@link RulebookLoader} from the classpath resource the service stores at
 * start-up), and a batch whose reference lists are read by the intake service's own list reader.
 */
public final class ScoringSetup {

    /** Checks that look beyond the table: at the batch's reference lists or at other tables of the batch. */
    public static final Set<String> CROSS_TABLE_CHECKS = Set.of("basic.controlAmount", "basic.staffing", "goal.copied",
            "goal.sameAsOtherTable", "funds.projectSum", "filing.projectTablesMissing");

    public static final ScoringEngine ENGINE = new ScoringEngine(CheckRegistry.standard());

    private ScoringSetup() {
    }

    public static Rulebook defaultRulebook() {
        return new RulebookLoader(CheckRegistry.standard()).loadDefault();
    }

    /** The same rulebook with only its cross-table rules: what a batch-level pass re-evaluates. */
    public static Rulebook crossTableRules(Rulebook full) {
        return new Rulebook(full.version(), full.name(), full.dimensions(), full.grades(),
                full.rules().stream().filter(r -> CROSS_TABLE_CHECKS.contains(r.check())).toList());
    }

    /** The sample batch: 2024 二上, deadline a week ahead (filed on time), the sample funds and staffing lists. */
    public static Batch sampleBatch() {
        try {
            return batch(ReferenceListReader.control(RepoFiles.referenceList("funds-list-2024.csv")),
                    ReferenceListReader.staffing(RepoFiles.referenceList("staffing-2021.csv")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnreadableFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static Batch batch(List<ControlEntry> control, List<StaffingEntry> staffing) {
        return new Batch(UUID.nameUUIDFromBytes("bench-batch".getBytes()), 2024, "岳阳市本级", "二上",
                LocalDate.now().plusDays(7), null, control, staffing);
    }

    /** A submission filed yesterday for the table (file name, arrival time: the filing rules read them). */
    public static SubmissionRef ref(Batch batch, NormalizedTable table, String tableKey) {
        return new SubmissionRef(UUID.randomUUID(), batch.id(), table.unitCodeValue(), table.unitNameValue(), table.kind(),
                tableKey == null ? "" : tableKey, 1, "bench", table.unitCodeValue() + ".xlsx", "Sheet1",
                Instant.now().minus(1, ChronoUnit.DAYS));
    }
}
