package org.perfreview.intake.service;

import org.perfreview.intake.attribution.UnitAssignment;
import org.perfreview.intake.parse.xlsx.UncachedFormulas;
import org.perfreview.intake.persistence.SubmissionEntity;
import org.perfreview.intake.persistence.UploadEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.perfreview.intake.IntakeConfig;
import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.events.EventEnvelope;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.SubmissionNormalized;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.Text;
import org.perfreview.intake.parse.ParsedTable;
import org.perfreview.intake.parse.ReaderLimits;
import org.perfreview.intake.parse.TableReader;
import org.perfreview.intake.parse.UnreadableFileException;
import org.perfreview.support.EventJson;
import org.perfreview.support.outbox.Outbox;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One upload, start to end: read every table in the file, then in ONE transaction keep the original bytes,
 * a submission per unit table (next version, or the existing one when the content is unchanged) and the
 * outbox events. A file we cannot read is kept too, REJECTED with every positioned problem, and publishes nothing.
 */
@ApplicationScoped
public class UploadService {

    @Inject
    EntityManager em;
    @Inject
    EventJson json;
    @Inject
    Outbox outbox;
    @Inject
    BatchService batches;
    @Inject
    TemplateProfileService profiles;

    @Inject
    IntakeConfig config;

    public UploadResult upload(UUID batchId, Upload upload, UnitAccess access) {
        batches.requireExists(batchId); // 404 for an unknown batch before anything is stored
        String checksum = sha256(upload.file());
        if (upload.size() > config.maxUploadBytes()) {
            ParseNote note = new ParseNote(ParseNote.Level.ERROR, null,
                    "文件过大：" + upload.size() + " 字节，上限 " + config.maxUploadBytes() + " 字节", "≤ " + config.maxUploadBytes() + " bytes", upload.size() + " bytes");
            return reject(batchId, upload, null, checksum, UnreadableFileException.Category.TOO_LARGE, List.of(note), access);
        }
        Optional<UploadResult> duplicate = QuarkusTransaction.requiringNew().call(() -> previous(batchId, checksum, filedFor(upload)));
        if (duplicate.isPresent()) {
            // Same bytes filed before: still only for callers who may file for the units in it.
            duplicate.get().submissions().forEach(s -> access.requireUnit(s.unitCode));
            return duplicate.get();
        }
        byte[] bytes = read(upload.file());
        List<ParsedTable> tables = new ArrayList<>();
        TableReader reader = new TableReader(ReaderLimits.defaults().withMaxBytes(config.maxUploadBytes()), profiles.lexicon());
        try {
            reader.read(new ByteArrayInputStream(bytes), upload.fileName(), tables::add);
        } catch (UnreadableFileException e) {
            return reject(batchId, upload, bytes, checksum, e.category(), e.notes(), access);
        }
        UnitAssignment units = UnitAssignment.of(tables, blankToNull(upload.unitCode()), () -> batches.controlList(batchId));
        List<ParseNote> problems = new ArrayList<>(units.mismatches());
        problems.addAll(uncachedUnitNames(tables, bytes));
        if (problems.isEmpty() && units.accepted().isEmpty()) {
            problems.addAll(units.refusals());
            if (problems.isEmpty()) {
                problems.add(new ParseNote(ParseNote.Level.ERROR, null, "文件中没有可识别的绩效目标表或自评表", "至少一张表", "无"));
            }
        }
        if (!problems.isEmpty()) {
            return reject(batchId, upload, bytes, checksum, UnreadableFileException.Category.UNKNOWN_LAYOUT, problems, access);
        }
        for (ParsedTable t : units.accepted()) {
            access.requireUnit(unitCode(t.table(), upload.unitCode()));
        }
        return QuarkusTransaction.requiringNew().call(() -> accept(batchId, upload, bytes, checksum, units));
    }

    /**
     * Stores every attributed table; a table no unit could be found for is kept as a REJECTED submission with its
     * problem. The upload row is inserted once per (batch, bytes, unit filed for): a parallel identical upload that
     * lost the race answers with the winner's result.
     */
    private UploadResult accept(UUID batchId, Upload upload, byte[] bytes, String checksum, UnitAssignment units) {
        List<ParseNote> refusals = units.refusals();
        UploadEntity stored = newUpload(batchId, upload, bytes, checksum, SubmissionEntity.ACCEPTED,
                refusals.isEmpty() ? null : json.write(refusals));
        if (!insertOnce(stored)) {
            // The same bytes for the same unit won the race in a transaction that has committed: answer with it.
            return previous(batchId, checksum, stored.filedFor)
                    .orElseThrow(() -> new IllegalStateException("upload " + checksum + " conflicted but is not found"));
        }
        List<SubmissionEntity> submissions = new ArrayList<>();
        for (ParsedTable parsed : units.accepted()) {
            submissions.add(storeTable(batchId, stored, parsed, upload.unitCode()));
        }
        for (UnitAssignment.Refused r : units.refused()) {
            submissions.add(storeRefused(batchId, stored, r));
        }
        return UploadResult.accepted(stored.id, submissions, false, refusals);
    }

    private SubmissionEntity storeRefused(UUID batchId, UploadEntity upload, UnitAssignment.Refused refused) {
        SubmissionEntity s = new SubmissionEntity();
        s.id = UUID.randomUUID();
        s.batchId = batchId;
        s.uploadId = upload.id;
        s.unitName = blankToNull(refused.table().table().unitNameValue());
        s.tableKind = refused.table().table().kind().name();
        s.tableKey = "";
        s.version = 0;
        s.checksum = upload.checksum;
        s.sheet = refused.table().sheet();
        s.status = SubmissionEntity.REJECTED;
        s.problems = json.write(List.of(refused.problem()));
        s.receivedAt = upload.receivedAt;
        s.uploader = upload.uploader;
        s.persist();
        return s;
    }

    private SubmissionEntity storeTable(UUID batchId, UploadEntity upload, ParsedTable parsed, String unitCodeParam) {
        NormalizedTable table = parsed.table();
        String unitCode = unitCode(table, unitCodeParam);
        String kind = table.kind().name();
        String tableKey = tableKey(table);
        // Serialise versioning per unit: two uploads of one unit never race for the same version number.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, batchId + "/" + unitCode).getSingleResult();
        String tableJson = json.write(table);
        String contentChecksum = sha256(tableJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Optional<SubmissionEntity> latest = SubmissionEntity.latestAccepted(batchId, unitCode, kind, tableKey);
        if (latest.isPresent() && latest.get().checksum.equals(contentChecksum)) {
            return latest.get(); // same table content refiled: recognised, not a new version
        }
        SubmissionEntity s = new SubmissionEntity();
        s.id = UUID.randomUUID();
        s.batchId = batchId;
        s.uploadId = upload.id;
        s.unitCode = unitCode;
        s.unitName = table.unitNameValue();
        s.tableKind = kind;
        s.tableKey = tableKey;
        s.version = latest.map(l -> l.version + 1).orElse(1);
        s.checksum = contentChecksum;
        s.sheet = parsed.sheet();
        s.status = SubmissionEntity.ACCEPTED;
        s.tableJson = tableJson;
        s.receivedAt = upload.receivedAt;
        s.uploader = upload.uploader;
        SubmissionRef ref = new SubmissionRef(s.id, batchId, unitCode, s.unitName, table.kind(), tableKey, s.version,
                contentChecksum, upload.fileName, parsed.sheet(), s.receivedAt);
        EventEnvelope<SubmissionNormalized> event = Events.SUBMISSION_NORMALIZED.envelope(batchId, s.id,
                new SubmissionNormalized(ref, table));
        s.eventId = event.eventId();
        s.persist();
        outbox.publish(Events.SUBMISSION_NORMALIZED, event);
        return s;
    }

    /** Keeps the original (unless it exceeded the size limit) with every problem, and publishes nothing. */
    private UploadResult reject(UUID batchId, Upload upload, byte[] bytes, String checksum, UnreadableFileException.Category category,
                                List<ParseNote> notes, UnitAccess access) {
        if (upload.unitCode() != null && !upload.unitCode().isBlank()) {
            access.requireUnit(upload.unitCode());
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            UploadEntity stored = storeUpload(batchId, upload, bytes, checksum, SubmissionEntity.REJECTED, json.write(notes));
            SubmissionEntity s = new SubmissionEntity();
            s.id = UUID.randomUUID();
            s.batchId = batchId;
            s.uploadId = stored.id;
            s.unitCode = blankToNull(upload.unitCode());
            s.tableKey = "";
            s.version = 0;
            s.checksum = checksum;
            s.status = SubmissionEntity.REJECTED;
            s.problems = json.write(notes);
            s.receivedAt = stored.receivedAt;
            s.uploader = stored.uploader;
            s.persist();
            return UploadResult.rejected(stored.id, s, category, notes);
        });
    }

    private UploadEntity storeUpload(UUID batchId, Upload upload, byte[] bytes, String checksum, String status, String problems) {
        UploadEntity u = newUpload(batchId, upload, bytes, checksum, status, problems);
        u.persist();
        return u;
    }

    /**
     * Inserts an accepted upload unless the same bytes were accepted for the same unit before (index
     * upload_accepted_once): a concurrent insert of the same key waits for the first transaction and then does nothing.
     */
    private boolean insertOnce(UploadEntity u) {
        return em.createNativeQuery("insert into upload (id, batch_id, file_name, size_bytes, checksum, original, uploader,"
                        + " received_at, status, filed_for, problems) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, cast(?11 as text))"
                        + " on conflict (batch_id, checksum, filed_for) where status = 'ACCEPTED' do nothing")
                .setParameter(1, u.id).setParameter(2, u.batchId).setParameter(3, u.fileName).setParameter(4, u.sizeBytes)
                .setParameter(5, u.checksum).setParameter(6, u.original).setParameter(7, u.uploader)
                .setParameter(8, u.receivedAt).setParameter(9, u.status).setParameter(10, u.filedFor)
                .setParameter(11, u.problems)
                .executeUpdate() == 1;
    }

    private UploadEntity newUpload(UUID batchId, Upload upload, byte[] bytes, String checksum, String status, String problems) {
        UploadEntity u = new UploadEntity();
        u.id = UUID.randomUUID();
        u.batchId = batchId;
        u.fileName = upload.fileName();
        u.sizeBytes = upload.size();
        u.checksum = checksum;
        u.original = bytes;
        u.uploader = upload.uploader();
        u.receivedAt = Instant.now();
        u.status = status;
        u.problems = problems;
        u.filedFor = filedFor(upload);
        return u;
    }

    private static String filedFor(Upload upload) {
        String unit = blankToNull(upload.unitCode());
        return unit == null ? "" : unit;
    }

    private Optional<UploadResult> previous(UUID batchId, String checksum, String filedFor) {
        Optional<UploadEntity> same = UploadEntity.find("batchId = ?1 and checksum = ?2 and filedFor = ?3 and status = 'ACCEPTED'",
                batchId, checksum, filedFor).firstResultOptional();
        return same.map(u -> UploadResult.accepted(u.id, SubmissionEntity.ofUpload(u.id), true));
    }

    /** An empty unit name read from a formula with no cached value: refused with its position (the unit could not know). */
    private static List<ParseNote> uncachedUnitNames(List<ParsedTable> tables, byte[] bytes) {
        List<ParseNote> problems = new ArrayList<>();
        for (ParsedTable t : tables) {
            Text name = t.table().unitName();
            if (name != null && name.isBlank() && UncachedFormulas.at(bytes, name.at())) {
                problems.add(new ParseNote(ParseNote.Level.ERROR, name.at(),
                        "单位名称单元格 " + name.at().ref() + " 是没有计算结果的公式：请在 Excel 中重新计算并保存，或直接填写单位名称",
                        "单位名称", "未计算的公式"));
            }
        }
        return problems;
    }

    static String unitCode(NormalizedTable table, String unitCodeParam) {
        String code = table.unitCodeValue();
        return code.isBlank() ? unitCodeParam.trim() : code;
    }

    /** Tells a unit's tables of one kind apart: the project name for project tables, "" for the others. */
    static String tableKey(NormalizedTable table) {
        if ((table.kind() == TableKind.PROJECT_TARGET || table.kind() == TableKind.PROJECT_SELF_EVAL) && table.project() != null) {
            return Text.valueOf(table.project().name()).strip();
        }
        if (table.kind() == TableKind.PROJECT_SELF_EVAL && table.heading() != null) {
            return Text.valueOf(table.heading()).strip();
        }
        return "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String sha256(java.nio.file.Path file) {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the REST layer hands over: bytes already read, with their declared name. */
    public record Upload(String fileName, long size, java.nio.file.Path file, String unitCode, String uploader) {
    }

    /** The caller's unit access, so this service stays free of JAX-RS. */
    public interface UnitAccess {
        void requireUnit(String unitCode);
    }
}
