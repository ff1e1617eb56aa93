package org.perfreview.portal.view;

import io.quarkus.qute.TemplateExtension;
import java.util.Map;
import org.perfreview.contracts.table.TableKind;

/** The services' codes in the words a unit clerk reads: {@code {s.status.word}}, {@code {s.tableKind.word}}. */
@TemplateExtension
public final class Words {
    private static final Map<String, String> STATUS = Map.of("received", "已接收", "read", "已读取", "scored", "已评分",
            "rejected", "未通过", "failed", "评分失败", "reviewed", "已审核", "signed", "已终审");
    private static final Map<String, String> ACTION = Map.of("CONFIRM", "确认", "DISMISS", "不采纳", "ADJUST", "改分", "ADD", "添加");

    private Words() {
    }

    static String word(String code) {
        if (code == null) {
            return "";
        }
        if (STATUS.containsKey(code)) {
            return STATUS.get(code);
        }
        if (ACTION.containsKey(code)) {
            return ACTION.get(code);
        }
        try {
            return TableKind.valueOf(code).title();
        } catch (IllegalArgumentException notAKind) {
            return code;
        }
    }
}
