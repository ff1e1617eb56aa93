package org.perfreview.intake.service;

import org.perfreview.intake.persistence.TemplateProfileEntity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.perfreview.support.problem.Conflict;
import org.perfreview.support.problem.NotFound;
import org.perfreview.intake.parse.layout.Labels;
import org.perfreview.intake.parse.layout.Lexicon;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Template profiles, versioned like rulebooks: an admin uploads what a new export needs that detection cannot
 * guess (extra header or label words for a role, group words, 一级指标 names of section rows, sheets to skip). A version is never overwritten;
 * the newest is in force for every upload from the moment it is stored, with no restart.
 */
@ApplicationScoped
public class TemplateProfileService {

    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MAX_RULES = 200;
    private static final int MAX_WORD = 16;

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private volatile InForce inForce;

    /** Stores a new version; 400 for an invalid profile, 409 when the version exists. */
    @Transactional
    public TemplateProfileEntity add(String body, String createdBy) {
        Lexicon.Document profile = parse(body);
        if (TemplateProfileEntity.findById(profile.version()) != null) {
            throw new Conflict("template profile " + profile.version() + " already exists; upload a new version");
        }
        TemplateProfileEntity e = new TemplateProfileEntity();
        e.version = profile.version();
        e.body = body;
        e.createdAt = Instant.now();
        e.createdBy = createdBy;
        e.persist();
        return e;
    }

    @Transactional
    public List<TemplateProfileEntity> list() {
        return TemplateProfileEntity.list("order by createdAt, version");
    }

    @Transactional
    public TemplateProfileEntity stored(String version) {
        TemplateProfileEntity e = TemplateProfileEntity.findById(version);
        if (e == null) {
            throw new NotFound("no template profile " + version);
        }
        return e;
    }

    /** The words uploads are read with: the built-in ones plus the newest profile's (looked up on every call). */
    @Transactional
    public Lexicon lexicon() {
        TemplateProfileEntity newest = TemplateProfileEntity.newest().orElse(null);
        if (newest == null) {
            return Lexicon.builtin();
        }
        InForce current = inForce;
        if (current != null && current.version().equals(newest.version)) {
            return current.lexicon();
        }
        Lexicon lexicon = Lexicon.builtin().with(parse(newest.body));
        inForce = new InForce(newest.version, lexicon);
        return lexicon;
    }

    /** The profile as a lexicon document; IllegalArgumentException (400) says what is wrong. */
    Lexicon.Document parse(String body) {
        Lexicon.Document d;
        try {
            d = mapper.readValue(body == null ? "" : body, Lexicon.Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("template profile is not valid JSON: " + e.getOriginalMessage());
        }
        if (d == null || d.version() == null || !VERSION.matcher(d.version()).matches()) {
            throw new IllegalArgumentException("version is required: letters, digits, '.', '_' or '-', at most 64 (e.g. hengyang-2025.1)");
        }
        int rules = d.columns() == null ? 0 : d.columns().size();
        boolean empty = rules == 0 && (d.groups() == null || d.groups().isEmpty())
                && (d.skipSheets() == null || d.skipSheets().isEmpty()) && (d.levelOne() == null || d.levelOne().isEmpty());
        if (empty || rules > MAX_RULES) {
            throw new IllegalArgumentException("a profile names 1 to " + MAX_RULES + " column rules, group words, 一级指标 names or sheets to skip");
        }
        for (Lexicon.Rule r : d.columns() == null ? List.<Lexicon.Rule>of() : d.columns()) {
            for (String w : concat(r.words(), r.exact())) {
                if (w.length() > MAX_WORD) {
                    throw new IllegalArgumentException("word '" + w + "' is longer than a header label (" + MAX_WORD + ")");
                }
            }
        }
        if (d.groups() != null && d.groups().stream().anyMatch(g -> Labels.key(g).isEmpty() || g.length() > MAX_WORD)) {
            throw new IllegalArgumentException("group words must be 1 to " + MAX_WORD + " characters");
        }
        Lexicon.builtin().with(d); // validates every rule's role and words
        return d;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private record InForce(String version, Lexicon lexicon) {
    }
}
