package org.perfreview.bench.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.perfreview.contracts.batch.ControlEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A hand-labelled set laid out as samples/review-gold/ (README there): per unit {@code tables/<seq>.json},
 * {@code findings/<seq>.json} and one workbook per layout under {@code xlsx/<layout>/<seq>.xlsx}. The
 * control-list finding is not written in {@code findings/}: it is computed here from the table's 资金总额 and the
 * unit's control-list row, as the README says.
 */
public record GoldSet(Path dir, List<GoldUnit> units) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final BigDecimal CONTROL_TOLERANCE = new BigDecimal("0.005");

    public static GoldSet load(Path dir, List<ControlEntry> control) {
        List<GoldUnit> units = new ArrayList<>();
        try (var files = Files.list(dir.resolve("findings"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted(Comparator.comparing(GoldSet::seqOrder)).toList()) {
                String seq = f.getFileName().toString().replaceFirst("\\.json$", "");
                JsonNode findings = MAPPER.readTree(f.toFile());
                JsonNode table = MAPPER.readTree(dir.resolve("tables").resolve(seq + ".json").toFile());
                List<GoldUnit.Label> labels = new ArrayList<>();
                for (JsonNode n : findings.path("findings")) {
                    labels.add(new GoldUnit.Label(n.path("category").asText(),
                            n.path("indicator").isNull() || n.path("indicator").isMissingNode() ? null : n.path("indicator").asInt(),
                            n.path("evidence").asText()));
                }
                controlMismatch(seq, table, control).ifPresent(labels::add);
                units.add(new GoldUnit(seq, table, List.copyOf(labels)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GoldSet(dir, List.copyOf(units));
    }

    /** The layouts present ({@code xlsx/<layout>/}), in name order. */
    public List<String> layouts() {
        try (var dirs = Files.list(dir.resolve("xlsx"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path workbook(String layout, String seq) {
        return dir.resolve("xlsx").resolve(layout).resolve(seq + ".xlsx");
    }

    private static Optional<GoldUnit.Label> controlMismatch(String seq, JsonNode table, List<ControlEntry> control) {
        JsonNode total = table.path("funds").path("total");
        if (!total.isNumber()) {
            return Optional.empty();
        }
        return control.stream().filter(c -> seq.replace('.', '-').equals(c.seq()) && c.amount() != null).findFirst()
                .filter(c -> c.amount().subtract(total.decimalValue()).abs().compareTo(CONTROL_TOLERANCE) > 0)
                .map(c -> new GoldUnit.Label("CONTROL_LIST_MISMATCH", null,
                        "资金总额 " + total.decimalValue().toPlainString() + " ≠ 控制数 " + c.amount().toPlainString()));
    }

    /** Gold seqs write a unit as 35.1 where the control list writes 35-1. 31 < 35 < 35.1 < 41.1 < 43.1 < 43.4: numeric by parts. */
    private static String seqOrder(Path p) {
        String[] parts = p.getFileName().toString().replaceFirst("\\.json$", "").split("\\.");
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            key.append(String.format("%04d", Integer.parseInt(part)));
        }
        return key.toString();
    }
}
