package tw.rislink.audit.control;

import static tw.rislink.platform.control.JsonKit.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.rislink.audit.entity.AuditChainHead;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditDigest;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.audit.entity.AuditRecord;

/**
 * A day of the audit trail moved out of the database: {@code audit-<day>.jsonl} holds the day's
 * signed digest (first line) and every record with all the fields its hash covers (one JSON
 * object per line); {@code audit-<day>.jsonl.p7s} is a detached CMS signature over the file.
 * The file verifies on its own, with the audit certificate: its signature, the digest's
 * signature, and every chain against the digest.
 */
public final class AuditArchive {

    static final String FORMAT = "rislink-audit-archive 1";

    private AuditArchive() {}

    public static Path fileOf(Path folder, String day) {
        return folder.resolve("audit-" + day + ".jsonl");
    }

    /** Writes the day's file and its signature; returns the file. */
    public static Path write(Path folder, AuditDigest digest, List<AuditRecord> records, AuditSigner signer) {
        StringBuilder text = new StringBuilder();
        text.append(JSON.createObjectBuilder()
                        .add("format", FORMAT)
                        .add("day", digest.getDay())
                        .add("digestContent", digest.getContent())
                        .add("digestHash", digest.getDigestHash())
                        .add("digestSignature", digest.getSignature())
                        .build())
                .append('\n');
        for (AuditRecord r : records) {
            JsonObjectBuilder line = JSON.createObjectBuilder()
                    .add("id", r.getId())
                    .add("chainDay", r.getChainDay())
                    .add("partition", r.getPartition())
                    .add("seq", r.getSeq())
                    .add("occurredAt", r.getOccurredAt().toString())
                    .add("channel", r.getChannel().name())
                    .add("action", r.getAction())
                    .add("outcome", r.getOutcome().name())
                    .add("prevHash", r.getPrevHash())
                    .add("recordHash", r.getRecordHash());
            optional(line, "userName", r.getUserName());
            optional(line, "agencyCode", r.getAgencyCode());
            optional(line, "address", r.getAddress());
            optional(line, "transactionCode", r.getTransactionCode());
            optional(line, "subjectIds", r.getSubjectIds());
            optional(line, "caseNumber", r.getCaseNumber());
            optional(line, "reason", r.getReason());
            optional(line, "businessItem", r.getBusinessItem());
            optional(line, "dataItems", r.getDataItems());
            text.append(line.build()).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Path file = fileOf(folder, digest.getDay());
        try {
            Files.createDirectories(folder);
            Files.write(file, bytes);
            Files.writeString(signatureOf(file), signer.sign(bytes), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit archive " + file, e);
        }
        return file;
    }

    /** Everything wrong with an archive file; empty when it verifies. */
    public static List<ChainFinding> verify(Path file, AuditSigner signer) {
        List<ChainFinding> findings = new ArrayList<>();
        byte[] bytes;
        String signature;
        try {
            bytes = Files.readAllBytes(file);
            signature = Files.readString(signatureOf(file), StandardCharsets.US_ASCII)
                    .strip();
        } catch (IOException e) {
            return List.of(invalid("?", "cannot read " + file + " or its signature"));
        }
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        JsonObject header = json(lines[0]);
        String day = header.getString("day", "?");
        if (!signer.verify(bytes, signature)) {
            findings.add(invalid(day, "the archive file's signature does not verify its content"));
        }
        String content = header.getString("digestContent", "");
        if (!FORMAT.equals(header.getString("format", ""))
                || !signer.verify(DigestContent.bytes(content), header.getString("digestSignature", ""))
                || !day.equals(DigestContent.day(content))) {
            findings.add(invalid(day, "the archived digest's signature does not verify"));
            return findings;
        }
        Map<Integer, List<AuditRecord>> chains = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            AuditRecord record = record(json(lines[i]));
            chains.computeIfAbsent(record.getPartition(), p -> new ArrayList<>())
                    .add(record);
        }
        Map<Integer, DigestContent.ChainEnd> signed = DigestContent.chains(content);
        for (Map.Entry<Integer, DigestContent.ChainEnd> end : signed.entrySet()) {
            AuditChainHead head = AuditChainHead.stored(
                    day, end.getKey(), end.getValue().lastSeq(), end.getValue().lastHash());
            findings.addAll(
                    ChainVerifier.verify(day, end.getKey(), chains.getOrDefault(end.getKey(), List.of()), head));
        }
        for (int partition : chains.keySet()) {
            if (!signed.containsKey(partition)) {
                findings.add(new ChainFinding(
                        ChainFinding.Kind.INSERTED, day, partition, 1, null, "a chain the day's digest does not hold"));
            }
        }
        return findings;
    }

    private static AuditRecord record(JsonObject o) {
        AuditEntry entry = new AuditEntry(
                o.getString("userName", null),
                o.getString("agencyCode", null),
                o.getString("address", null),
                AuditChannel.valueOf(o.getString("channel")),
                o.getString("action"),
                o.getString("transactionCode", null),
                o.getString("subjectIds", null),
                o.getString("caseNumber", null),
                o.getString("reason", null),
                o.getString("businessItem", null),
                o.getString("dataItems", null),
                AuditOutcome.valueOf(o.getString("outcome")));
        return AuditRecord.stored(
                o.getJsonNumber("id").longValue(),
                o.getString("chainDay"),
                o.getInt("partition"),
                o.getJsonNumber("seq").longValue(),
                LocalDateTime.parse(o.getString("occurredAt")),
                entry,
                o.getString("prevHash"),
                o.getString("recordHash"));
    }

    private static JsonObject json(String line) {
        try (JsonReader reader = JSON.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }

    private static void optional(JsonObjectBuilder line, String name, String value) {
        if (value != null) {
            line.add(name, value);
        }
    }

    private static ChainFinding invalid(String day, String detail) {
        return new ChainFinding(ChainFinding.Kind.DIGEST_INVALID, day, -1, 0, null, detail);
    }

    static Path signatureOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".p7s");
    }
}
