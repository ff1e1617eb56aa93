package org.perfreview.contracts.batch;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/**
 * One row of the control / funds list (预算控制数). {@code seq} is the list's own numbering
 * (`1` for a department, `1-2` for its units); {@code aggregate} marks a 系统 row that sums its units.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ControlEntry(String seq, String unitCode, @NotNull String unitName, BigDecimal amount, boolean aggregate) {

    @JsonIgnore
    public boolean isDepartmentRow() {
        return seq != null && !seq.contains("-");
    }

    /** Department number of this row: {@code 1} for both `1` and `1-2`. */
    public String departmentSeq() {
        if (seq == null) {
            return null;
        }
        int dash = seq.indexOf('-');
        return dash < 0 ? seq : seq.substring(0, dash);
    }
}
