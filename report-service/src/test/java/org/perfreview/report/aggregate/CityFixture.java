package org.perfreview.report.aggregate;

import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.FindingLocation;
import org.perfreview.contracts.score.RuleOutcome;
import org.perfreview.contracts.score.RuleStatus;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.score.Severity;
import org.perfreview.contracts.table.TableKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A generated batch that looks like the seed: departments numbered 1..n (some 系统 rows that only sum
 * their units), units numbered n-k, control rows with and without codes, units that did not file,
 * units missing from the list, tables refiled in several versions and re-scored, findings quoting
 * text (including hostile text: {@code <script>}, leading {@code =}).
 */
public final class CityFixture {
    static final int[] MAX = {10, 5, 25, 10, 10, 10, 10, 20};
    static final String[][] RULES = {
            {"GOAL-SLOGAN", "goal", "绩效目标口号式、不具体"},
            {"GOAL-SAME-AS-LONGTERM", "goal", "年度目标与长期目标雷同"},
            {"IND-NAME-EQUALS-VALUE", "indicators", "指标内容与指标值相同"},
            {"IND-VALUE-MISSING", "indicatorValues", "指标值缺失"},
            {"IND-VALUE-IS-SCORE", "indicatorValues", "指标值与分值混淆"},
            {"IND-TIMELINESS-VAGUE", "indicators", "时效指标仅写全年"},
            {"FUND-MISMATCH", "fundManagement", "整体表项目支出与项目表不一致"},
            {"BASIC-CLASSIFIED", "basicInfo", "内容填写涉密"},
    };
    static final String[] EVIDENCE = {
            "抓难点、促突破，推进口岸经济发展；抓申报，促建设",
            "全年保洁率必须达到99%",
            "每月执行",
            "<script>alert('x')</script>维护社会治安稳定",
            "=HYPERLINK(\"http://evil\",\"点我\")",
            "+1 降低社会犯罪率",
            "-10 万元",
            "@SUM(A1:A2)",
            "部门支出合理，三公经费严格控制逐年递减",
            "",
    };

    public final UUID batchId;
    public final Batch batch;
    /** Every card ever produced, old versions and re-scorings included, in production order. */
    public final List<ScoreCard> history = new ArrayList<>();
    private final Random random;

    private CityFixture(long seed, int departments, int maxUnits) {
        this.random = new Random(seed);
        this.batchId = new UUID(seed, 42);
        List<ControlEntry> control = new ArrayList<>();
        for (int d = 1; d <= departments; d++) {
            addDepartment(control, d, maxUnits);
        }
        for (int i = 0; i < Math.max(1, departments / 5); i++) { // units missing from the list
            String prefix = random.nextBoolean() ? prefix(1 + random.nextInt(departments)) : "999";
            String code = prefix + (900 + i);
            fileUnit(code, "未列入单位" + code, BigDecimal.valueOf(100 + i));
        }
        this.batch = new Batch(batchId, 2024, "岳阳市本级", "二上", LocalDate.of(2024, 11, 5), "rb-1", control, List.of());
    }

    public static CityFixture generate(long seed, int departments, int maxUnits) {
        return new CityFixture(seed, departments, maxUnits);
    }

    /** The current card of every table, worked out here independently of the code under test. */
    public List<ScoreCard> latest() {
        Map<String, ScoreCard> best = new HashMap<>();
        for (ScoreCard c : history) {
            String key = c.unitCode() + "|" + c.submission().tableKind() + "|" + c.submission().tableKey();
            best.merge(key, c, (a, b) -> rank(b) > rank(a) ? b : a);
        }
        return best.values().stream().sorted(Comparator.comparing(ScoreCard::unitCode)
                .thenComparing(c -> c.submission().tableKind()).thenComparing(c -> String.valueOf(c.submission().tableKey()))).toList();
    }

    private static long rank(ScoreCard c) {
        return c.submission().version() * 1000L + c.scoringRun();
    }

    private static String prefix(int department) {
        return String.valueOf(100 + department);
    }

    private void addDepartment(List<ControlEntry> control, int d, int maxUnits) {
        boolean system = random.nextInt(5) == 0;
        int units = (system ? 2 : 0) + random.nextInt(maxUnits);
        List<ControlEntry> rows = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 1; k <= units; k++) {
            rows.add(unitRow(d + "-" + k, prefix(d) + String.format("%03d", k + 1), "部门" + d + "单位" + k));
            sum = sum.add(rows.get(rows.size() - 1).amount());
        }
        if (system) {
            control.add(new ControlEntry(String.valueOf(d), null, "部门" + d + "系统", sum, true));
        } else {
            control.add(unitRow(String.valueOf(d), prefix(d) + "001", "部门" + d));
        }
        control.addAll(rows);
    }

    private ControlEntry unitRow(String seq, String code, String name) {
        BigDecimal amount = BigDecimal.valueOf(5_000 + random.nextInt(2_000_000), 2);
        boolean listedWithCode = random.nextInt(4) != 0; // a quarter only by name, as in the seed funds list
        ControlEntry entry = new ControlEntry(seq, listedWithCode ? code : null, name, amount, false);
        if (random.nextInt(10) != 0) { // one in ten does not file its overall table
            String filedName = seq.contains("-") ? name : name + "本级";
            fileUnit(code, filedName, filedAmount(amount));
        } else if (random.nextBoolean()) {
            fileTable(code, name, TableKind.PROJECT_TARGET, "项目A", null);
        }
        return entry;
    }

    private BigDecimal filedAmount(BigDecimal control) {
        int r = random.nextInt(10);
        return r == 0 ? null : r == 1 ? control.add(BigDecimal.valueOf(random.nextInt(10_000) - 5_000, 2)) : control;
    }

    private void fileUnit(String code, String name, BigDecimal funds) {
        fileTable(code, name, TableKind.OVERALL_TARGET, null, funds);
        int projects = random.nextInt(3);
        for (int p = 1; p <= projects; p++) {
            fileTable(code, name, TableKind.PROJECT_TARGET, "项目" + p, BigDecimal.valueOf(random.nextInt(100_000), 2));
        }
    }

    private void fileTable(String code, String name, TableKind kind, String key, BigDecimal funds) {
        int versions = 1 + random.nextInt(3);
        for (int v = 1; v <= versions; v++) {
            int runs = 1 + random.nextInt(2);
            for (int run = 1; run <= runs; run++) {
                history.add(Cards.card(batchId, code, name, kind, key, v, run, funds, points(), findings(),
                        List.of(new RuleOutcome("SELF-EVAL-LINK", RuleStatus.DEFERRED, "自评表未到"))));
            }
        }
    }

    private BigDecimal[] points() {
        BigDecimal[] p = new BigDecimal[8];
        int floorPercent = 30 + random.nextInt(60);
        for (int i = 0; i < 8; i++) {
            int twice = 2 * MAX[i] * (floorPercent + random.nextInt(101 - floorPercent)) / 100; // half points
            p[i] = BigDecimal.valueOf(twice).divide(BigDecimal.valueOf(2));
        }
        return p;
    }

    private List<Finding> findings() {
        List<Finding> list = new ArrayList<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            String[] rule = RULES[random.nextInt(RULES.length)];
            String evidence = EVIDENCE[random.nextInt(EVIDENCE.length)];
            int row = 5 + random.nextInt(20);
            list.add(new Finding(rule[0], rule[2], 3, rule[1], Severity.values()[random.nextInt(3)], BigDecimal.ONE,
                    new FindingLocation("f.xlsx", "Sheet1", row, "F", "指标" + row), evidence, "请按要求修改：" + rule[2]));
        }
        return list;
    }
}
