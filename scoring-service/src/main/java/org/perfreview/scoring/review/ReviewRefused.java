package org.perfreview.scoring.review;

import org.perfreview.support.problem.Conflict;

/** A review step that the table's state does not allow: 409 problem JSON with the reason. */
public class ReviewRefused extends Conflict {
    public ReviewRefused(String reason) {
        super(reason);
    }
}
