package org.perfreview.scoring.rules;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.scoring.support.FixtureTables;
import org.perfreview.scoring.support.TableBuilder;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a benchmark: checks that finding copied goals uses the band index rather than comparing a goal with
 * every goal of the batch, which would make a 500-unit batch quadratic. Speed is measured with JMH elsewhere.
 */
class GoalIndexScaleTest {

    private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理";

    private static String randomGoal(Random r) {
        StringBuilder s = new StringBuilder();
        int len = 60 + r.nextInt(120);
        for (int i = 0; i < len; i++) {
            s.append(HAN.charAt(r.nextInt(HAN.length())));
        }
        return s.toString();
    }

    @Test
    void copyLookupInspectsAFewCandidatesNotTheWholeBatch() {
        Random r = new Random(7);
        InMemoryBatchView view = new InMemoryBatchView();
        int units = 4000;
        for (int i = 0; i < units; i++) {
            view.add(TableBuilder.overall(String.format("%06d", i), "单位" + i).goal(randomGoal(r)).build());
        }
        List<NormalizedTable> seed = FixtureTables.all();
        seed.forEach(view::add);
        String discipline = FixtureTables.table("8").goals().get(0).text().value();
        List<BatchView.GoalMatch> matches = view.similarGoals("235001", discipline, 0.6);
        assertThat(matches).extracting(BatchView.GoalMatch::unitCode).containsExactly("235002");
        System.out.printf("goal index: %d goals, %d exact comparisons for one lookup%n", units + seed.size(), view.lastComparisons);
        assertThat(view.lastComparisons).isLessThan((units + seed.size()) / 20);
    }

    @Test
    void aTemplateCopiedByThousandsOfUnitsCostsABoundedLookUpAndARarerCopyIsStillFound() {
        Random r = new Random(11);
        String template = randomGoal(r);
        String rare = template.substring(0, template.length() / 2) + randomGoal(r); // half of it is the template's
        InMemoryBatchView view = new InMemoryBatchView();
        int copies = 3000;
        for (int i = 0; i < copies; i++) {
            view.add(TableBuilder.overall(String.format("%06d", i), "单位" + i).goal(template).build());
        }
        view.add(TableBuilder.overall("900001", "后来的单位").goal(rare + "。").build()); // filed after every template copy

        List<BatchView.GoalMatch> ofTemplate = view.similarGoals("999999", template, 0.9);
        int keys = GoalFingerprint.of(template).bandKeys().length;
        assertThat(ofTemplate).hasSize(BatchView.MAX_CANDIDATES);
        assertThat(view.lastEntriesRead).isLessThanOrEqualTo(keys * BatchView.MAX_PER_BAND_KEY).isLessThan(copies);

        // a goal half made of the template still finds its one near-copy (filed last) through the keys the template
        // does not hold, which are not crowded
        List<BatchView.GoalMatch> ofRare = view.similarGoals("999999", rare, 0.8);
        assertThat(ofRare).extracting(BatchView.GoalMatch::unitCode).containsExactly("900001");
    }

    @Test
    void nearDuplicatesAreFoundAndUnrelatedGoalsAreNot() {
        String a = "目标1：全年开展法律援助案件办理420件，接待咨询2300人次；目标2：法律援助案件办结率达到65%以上，受援人满意率不低于95%。";
        String b = "1、全年开展法律援助案件办理420件，接待咨询2300人次。2、法律援助案件办结率达到65%以上，受援人满意率不低于95%";
        GoalFingerprint fa = GoalFingerprint.of(a);
        assertThat(fa.jaccard(GoalFingerprint.of(b))).isGreaterThan(0.9);
        assertThat(fa.jaccard(GoalFingerprint.of("确保网络意识形态和网络安全总体平稳可控"))).isLessThan(0.1);
        // equal band keys for equal texts: the index key is deterministic across instances
        assertThat(GoalFingerprint.of(a).bandKeys()).containsExactly(fa.bandKeys());
    }
}
