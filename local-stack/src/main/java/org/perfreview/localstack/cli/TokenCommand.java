package org.perfreview.localstack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.perfreview.localstack.StackLayout;
import org.perfreview.localstack.jwt.PemKeys;
import org.perfreview.localstack.jwt.Role;
import org.perfreview.localstack.jwt.Tokens;

/** {@code token ROLE [UNIT,...]}: prints only the token, so {@code T=$(./perf-review token reviewer)} works. */
final class TokenCommand {
    private final CliArgs args;

    TokenCommand(CliArgs args) {
        this.args = args;
    }

    int run() throws IOException {
        List<String> positional = args.positional();
        if (positional.isEmpty()) {
            throw new IllegalArgumentException("token needs a role: unit | reviewer | admin");
        }
        Role role;
        try {
            role = Role.of(positional.get(0));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + positional.get(0) + "' (unit | reviewer | admin)");
        }
        List<String> units = positional.size() > 1
                ? Arrays.stream(positional.get(1).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()
                : List.of();
        if (role == Role.UNIT && units.isEmpty()) {
            throw new IllegalArgumentException("a unit token needs unit codes: token unit 101001[,101002]");
        }
        Path key = new StackLayout(args.workDir()).jwtDir().resolve(PemKeys.PRIVATE_FILE);
        if (!Files.exists(key)) {
            throw new IllegalStateException("no stack key at " + key + "; start the stack with ./perf-review up");
        }
        String upn = args.option("--upn", role == Role.UNIT ? "unit-" + units.get(0) : role.group());
        Duration ttl = Duration.ofMinutes(Math.round(Double.parseDouble(args.option("--hours", "12")) * 60));
        System.out.println(Tokens.fromPem(key).sign(upn, role, units, ttl));
        return 0;
    }
}
