package org.perfreview.support.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.perfreview.support.problem.Forbidden;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling and which units they may see. Reviewers and admins see every unit; a caller with the
 * {@code unit} role sees only the unit codes in its {@code units} claim.
 */
@RequestScoped
public class CallerScope {

    public static final String UNIT = "unit";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";

    @Inject
    JsonWebToken jwt;

    public boolean seesAllUnits() {
        Set<String> groups = jwt.getGroups();
        return groups != null && (groups.contains(REVIEWER) || groups.contains(ADMIN));
    }

    public Set<String> units() {
        Object claim = jwt.getClaim("units");
        if (claim instanceof Collection<?> values) {
            return values.stream().map(v -> v.toString().replace("\"", "").trim()).collect(Collectors.toSet());
        }
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.stream().map(v -> v.toString().replace("\"", "").trim()).collect(Collectors.toSet());
        }
        return Set.of();
    }

    public boolean maySee(String unitCode) {
        return seesAllUnits() || unitCode != null && units().contains(unitCode);
    }

    /** 403 unless the caller may see (or file for) this unit. */
    public void requireUnit(String unitCode) {
        if (!maySee(unitCode)) {
            throw new Forbidden("unit " + unitCode + " is not among the units this token may access");
        }
    }

    public String name() {
        return jwt.getName() == null ? "anonymous" : jwt.getName();
    }
}
