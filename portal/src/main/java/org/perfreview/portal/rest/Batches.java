package org.perfreview.portal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.perfreview.portal.client.IntakeClient;

/** The batches the signed-in user may see, and the one a page is about: the one asked for, else the newest. */
@RequestScoped
public class Batches {
    private final IntakeClient intake;

    public Batches(@RestClient IntakeClient intake) {
        this.intake = intake;
    }

    public List<JsonNode> all() {
        List<JsonNode> items = new ArrayList<>();
        intake.batches(0, 50).path("items").forEach(items::add);
        return items;
    }

    /** null when there is no batch yet. */
    public UUID chosen(UUID asked, List<JsonNode> all) {
        if (asked != null) {
            return asked;
        }
        return all.isEmpty() ? null : UUID.fromString(all.get(0).path("id").asText());
    }
}
