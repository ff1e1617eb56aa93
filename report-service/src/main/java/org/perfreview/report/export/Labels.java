package org.perfreview.report.export;

import org.perfreview.contracts.score.Dimension;
import org.perfreview.contracts.score.Severity;
import org.perfreview.contracts.table.TableKind;

import java.util.ArrayList;
import java.util.List;

/** The Chinese words reports use for the model's enums and keys. */
public final class Labels {
    public static final String TOTAL = "总分";

    private Labels() {
    }

    /** Short name of a table kind as the seed report says it (部门整体支出 / 项目支出). */
    public static String kind(String kindName) {
        TableKind kind = kindOf(kindName);
        if (kind == null) {
            return Formats.text(kindName);
        }
        return switch (kind) {
            case OVERALL_TARGET -> "部门整体支出";
            case PROJECT_TARGET -> "项目支出";
            case OVERALL_SELF_EVAL -> "部门整体支出自评";
            case PROJECT_SELF_EVAL -> "项目支出自评";
            case BASE_DATA -> "基础数据";
        };
    }

    public static String kind(TableKind kind) {
        return kind == null ? Formats.NONE : kind(kind.name());
    }

    /** Full title of the table kind (部门（单位）整体支出绩效目标表 ...). */
    public static String kindTitle(String kindName) {
        TableKind kind = kindOf(kindName);
        return kind == null ? Formats.text(kindName) : kind.title();
    }

    public static String dimension(String key) {
        if (key == null) {
            return "其他";
        }
        try {
            return Dimension.fromKey(key).label();
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    /** Score-sheet headers in the seed's order: the eight dimensions, then 总分. */
    public static List<String> sheetHeaders() {
        List<String> headers = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            headers.add(d.label());
        }
        headers.add(TOTAL);
        return headers;
    }

    public static String severity(Severity severity) {
        if (severity == null) {
            return Formats.NONE;
        }
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    /** 初审 / 复审 / 终审 for rounds 1-3 (docs/domain.md §6), 第N轮 after that. */
    public static String round(int round) {
        return switch (round) {
            case 1 -> "初审";
            case 2 -> "复审";
            case 3 -> "终审";
            default -> "第" + round + "轮";
        };
    }

    /** A reviewer decision's action in the report's words. */
    public static String decision(String action) {
        return switch (action == null ? "" : action) {
            case "CONFIRM" -> "确认";
            case "DISMISS" -> "撤销";
            case "ADJUST" -> "调整扣分";
            case "ADD" -> "补充问题";
            default -> Formats.text(action);
        };
    }

    /** Whether a decision applies to this version, was carried over from an earlier one, or lapsed. */
    public static String decisionStatus(String status) {
        return switch (status == null ? "" : status) {
            case "APPLIED" -> "本版";
            case "CARRIED_OVER" -> "沿用上一版";
            case "LAPSED" -> "已失效";
            default -> Formats.text(status);
        };
    }

    private static TableKind kindOf(String name) {
        try {
            return name == null ? null : TableKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
