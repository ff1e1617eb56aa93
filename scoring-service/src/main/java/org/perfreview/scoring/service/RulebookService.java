package org.perfreview.scoring.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.perfreview.support.problem.NotFound;
import jakarta.inject.Inject;
import org.perfreview.scoring.ScoringConfig;
import org.perfreview.scoring.persistence.RulebookEntity;
import org.perfreview.scoring.rules.CheckRegistry;
import org.perfreview.scoring.rulebook.Rulebook;
import org.perfreview.scoring.rulebook.RulebookLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rulebook versions: the shipped default is stored at start-up, operators add versions through the API
 * (validated, never overwriting), and parsed rulebooks are cached by version.
 */
@ApplicationScoped
public class RulebookService {

    @Inject
    ScoringConfig config;

    private final RulebookLoader loader = new RulebookLoader(CheckRegistry.standard());
    private final Map<String, Rulebook> cache = new ConcurrentHashMap<>();

    void storeDefault(@Observes StartupEvent event) {
        String body = shippedDefault();
        Rulebook rulebook = loader.load(body);
        QuarkusTransaction.requiringNew().run(() -> {
            if (RulebookEntity.findById(rulebook.version()) == null) {
                store(rulebook.version(), body, "shipped");
            }
        });
        cache.put(rulebook.version(), rulebook);
    }

    public Rulebook get(String version) {
        String wanted = version == null || version.isBlank() ? config.defaultRulebook() : version;
        return cache.computeIfAbsent(wanted, v -> {
            RulebookEntity stored = QuarkusTransaction.requiringNew().call(() -> RulebookEntity.findById(v));
            if (stored == null) {
                throw new NotFound("no rulebook version " + v);
            }
            return loader.load(stored.body);
        });
    }

    /** Validates and stores a new version; returns the problems instead when it is not valid. */
    public List<String> add(String body, String createdBy) {
        List<String> problems = loader.problems(body);
        if (!problems.isEmpty()) {
            return problems;
        }
        Rulebook rulebook = loader.load(body);
        boolean stored = QuarkusTransaction.requiringNew().call(() -> {
            if (RulebookEntity.findById(rulebook.version()) != null) {
                return false;
            }
            store(rulebook.version(), body, createdBy);
            return true;
        });
        if (!stored) {
            return List.of("rulebook version " + rulebook.version() + " already exists; versions are never overwritten — use a new version");
        }
        cache.put(rulebook.version(), rulebook);
        return List.of();
    }

    public List<RulebookEntity> list() {
        return QuarkusTransaction.requiringNew().call(() -> RulebookEntity.<RulebookEntity>list("order by createdAt"));
    }

    public RulebookEntity stored(String version) {
        RulebookEntity e = QuarkusTransaction.requiringNew().call(() -> RulebookEntity.findById(version));
        if (e == null) {
            throw new NotFound("no rulebook version " + version);
        }
        return e;
    }

    private static void store(String version, String body, String createdBy) {
        RulebookEntity e = new RulebookEntity();
        e.version = version;
        e.body = body;
        e.createdAt = Instant.now();
        e.createdBy = createdBy;
        e.persist();
    }

    private static String shippedDefault() {
        try (InputStream in = RulebookService.class.getResourceAsStream(RulebookLoader.DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default rulebook " + RulebookLoader.DEFAULT_RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
