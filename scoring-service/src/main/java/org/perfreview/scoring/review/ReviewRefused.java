package org.perfreview.scoring.review;

import jakarta.ws.rs.WebApplicationException;

/** A review step that the table's state does not allow: 409 problem JSON with the reason. */
public class ReviewRefused extends WebApplicationException {
    public ReviewRefused(String reason) {
        super(reason, 409);
    }
}
