package org.perfreview.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.EntityTag;
import org.perfreview.contracts.report.CityReport;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A city report as served: its JSON, written once per version of the report rather than once per request (a
 * 10,000-unit batch's report is several megabytes), and an entity tag derived from those bytes, so a portal that polls
 * the report gets 304 Not Modified until it changes. The tag is a digest of the content, not a counter: it stays valid
 * across restarts and is the same on every replica that holds the same report.
 */
public record CityJson(CityReport report, byte[] body, EntityTag tag) {

    public static CityJson of(CityReport report, ObjectMapper mapper) {
        try {
            byte[] body = mapper.writeValueAsBytes(report);
            return new CityJson(report, body, tagOf(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("city report of batch " + report.batchId() + " could not be written as JSON", e);
        }
    }

    static EntityTag tagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            // 128 bits of the digest are plenty to tell versions of one batch's report apart
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
