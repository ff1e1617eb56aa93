package org.perfreview.scoring.score;

import org.perfreview.contracts.table.Indicator;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.Text;
import org.perfreview.scoring.support.TableBuilder;

import java.util.List;
import java.util.Random;

/** TEST-ONLY: random overall tables assembled from real fixture rows, goals and amounts. */
final class RandomTables {

    private RandomTables() {
    }

    static NormalizedTable mix(List<NormalizedTable> pool, Random r) {
        NormalizedTable base = pool.get(r.nextInt(pool.size()));
        double total = r.nextInt(4) == 0 ? 0 : Math.round(r.nextDouble() * 2_000_000) / 100.0;
        double basic = Math.round(total * r.nextDouble() * 100) / 100.0;
        TableBuilder b = TableBuilder.overall(r.nextBoolean() ? base.unitCodeValue() : "12", base.unitNameValue())
                .funds(r.nextInt(5) == 0 ? null : total, total, null, null, null, basic,
                        r.nextBoolean() ? Math.round((total - basic) * 100) / 100.0 : null);
        NormalizedTable goalSource = pool.get(r.nextInt(pool.size()));
        if (!goalSource.goals().isEmpty() && r.nextInt(6) > 0) {
            b.goal(goalSource.goals().get(0).text().value());
        }
        int rows = r.nextInt(30);
        for (int i = 0; i < rows; i++) {
            NormalizedTable src = pool.get(r.nextInt(pool.size()));
            if (src.indicators().isEmpty()) {
                continue;
            }
            Indicator x = src.indicators().get(r.nextInt(src.indicators().size()));
            b.row(v(x.level1()), v(x.level2()), v(x.name()), v(x.operator()), v(x.value()), v(x.unit()),
                    v(x.explanation()), v(x.scoringRule()), v(x.remark()));
        }
        return b.build();
    }

    private static String v(Text t) {
        return Text.valueOf(t);
    }
}
