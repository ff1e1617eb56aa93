package org.perfreview.support.problem;

import org.perfreview.support.web.Problem;
import org.perfreview.support.web.ProblemTypes;

import java.util.Map;

/** A well-formed request naming something the service cannot use (an unknown rulebook version): 422 with the field. */
public class Unprocessable extends DomainException {

    private final String title;
    private final String field;
    private final Map<String, Object> extensions;

    public Unprocessable(String title, String field, String detail, Map<String, Object> extensions) {
        super(detail);
        this.title = title;
        this.field = field;
        this.extensions = Map.copyOf(extensions);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public Problem problem() {
        return new Problem(ProblemTypes.type(422), title, 422, getMessage(), field, null, extensions);
    }
}
