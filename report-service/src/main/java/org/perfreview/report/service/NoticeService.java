package org.perfreview.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.perfreview.support.problem.NotFound;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.review.Notice;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.report.aggregate.NoticeBuilder;
import org.perfreview.report.persistence.ScoreCardStore;
import org.perfreview.support.outbox.Outbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The 一次性告知书 of a unit and round, built from the unit's cards; announced on perf.notices when a round outcome arrives. */
@ApplicationScoped
public class NoticeService {

    @Inject
    ScoreCardStore store;
    @Inject
    Outbox outbox;

    @Transactional
    public Notice notice(UUID batchId, String unitCode, String round) {
        return NoticeBuilder.build(batchId, unitCode, round, store.ofUnit(batchId, unitCode), downloads(batchId, unitCode, round), Instant.now())
                .orElseThrow(() -> new NotFound("no table of unit " + unitCode + " has an outcome in round " + round));
    }

    /** After {@code card} is stored: one NoticeIssued per round whose outcome it newly carries. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(ScoreCard card) {
        if (!card.reviewed()) {
            return;
        }
        UUID batchId = card.submission().batchId();
        String unitCode = card.submission().unitCode();
        List<ScoreCard> unitCards = store.ofUnit(batchId, unitCode);
        for (String round : NoticeBuilder.newOutcomeRounds(card, unitCards)) {
            NoticeBuilder.build(batchId, unitCode, round, unitCards, downloads(batchId, unitCode, round), Instant.now())
                    .ifPresent(n -> outbox.publish(Events.NOTICE_ISSUED, batchId, card.submissionId(), n));
        }
    }

    static List<String> downloads(UUID batchId, String unitCode, String round) {
        String base = "/api/batches/" + batchId + "/units/" + unitCode + "/notice?round=" + URLEncoder.encode(round, StandardCharsets.UTF_8);
        return List.of(base + "&format=docx", base + "&format=html");
    }
}
