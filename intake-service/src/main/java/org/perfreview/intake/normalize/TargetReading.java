package org.perfreview.intake.normalize;

import org.perfreview.contracts.table.Target;
import org.perfreview.contracts.table.Text;

/**
 * An indicator's operator, value and unit after the split (an operator or unit folded into the value cell is
 * moved to its own field, the raw texts stay as filed) and the machine reading of them.
 */
public record TargetReading(Text operator, Text value, Text unit, Target target) {
}
