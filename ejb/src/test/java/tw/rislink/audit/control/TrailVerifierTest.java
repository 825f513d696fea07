package tw.rislink.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tw.rislink.audit.control.ChainFinding.Kind;
import tw.rislink.audit.entity.AuditChainHead;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.audit.entity.AuditRecord;

/**
 * Verifying a day while it is written: heads read before the records, records, heads read
 * again. Only the open day is verified here, so no digest is involved.
 */
class TrailVerifierTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String DAY = "20261122";

    /** Every record of the day as the table holds it, by chain, in the order the query reads them. */
    private final Map<Integer, List<AuditRecord>> table = new TreeMap<>();

    private final Map<Integer, AuditChainHead> heads = new TreeMap<>();
    private long ids = 1000;

    @Test
    void records_appended_between_the_two_readings_of_the_heads_are_not_findings() {
        append(1, 3);
        append(2, 2);
        List<AuditChainHead> before = snapshot();
        append(1, 2);
        append(2, 4);
        VerificationReport report = verify(before, snapshot());
        assertEquals(List.of(), report.findings());
        assertEquals(5, report.records(), "the chains as the first reading left them: 3 and 2 records");
        assertEquals(2, report.chains());
    }

    @Test
    void a_record_past_the_second_reading_of_its_head_is_inserted() {
        append(1, 3);
        List<AuditChainHead> before = snapshot();
        append(1, 2);
        List<AuditChainHead> after = snapshot();
        AuditRecord intruder = linkedAfter(last(1), "intruder");
        table.get(1).add(intruder);
        List<ChainFinding> findings = verify(before, after).findings();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Kind.INSERTED, findings.get(0).kind());
        assertEquals(6, findings.get(0).seq());
        assertEquals(intruder.getId(), findings.get(0).recordId());
    }

    @Test
    void a_record_changed_before_the_first_reading_is_found_while_writes_run() {
        append(1, 3);
        List<AuditChainHead> before = snapshot();
        append(1, 3);
        AuditRecord original = table.get(1).get(1);
        table.get(1).set(1, forged(original));
        List<ChainFinding> findings = verify(before, snapshot()).findings();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Kind.CHANGED, findings.get(0).kind());
        assertEquals(2, findings.get(0).seq());
        assertEquals(original.getId(), findings.get(0).recordId());
    }

    @Test
    void a_chain_started_while_verifying_is_left_out() {
        append(1, 2);
        List<AuditChainHead> before = snapshot();
        append(4, 3);
        VerificationReport report = verify(before, snapshot());
        assertEquals(List.of(), report.findings());
        assertEquals(1, report.chains());
        assertEquals(2, report.records());
    }

    @Test
    void a_record_past_the_head_of_a_chain_started_while_verifying_is_inserted() {
        List<AuditChainHead> before = snapshot();
        append(4, 2);
        List<AuditChainHead> after = snapshot();
        table.get(4).add(linkedAfter(last(4), "intruder"));
        List<ChainFinding> findings = verify(before, after).findings();
        assertEquals(List.of(Kind.INSERTED), kinds(findings), findings.toString());
        assertEquals(3, findings.get(0).seq());
    }

    @Test
    void without_writes_a_record_past_the_head_is_inserted_as_before() {
        append(1, 3);
        List<AuditChainHead> heads = snapshot();
        table.get(1).add(linkedAfter(last(1), "appended"));
        List<ChainFinding> findings = verify(heads, heads).findings();
        assertEquals(ChainVerifier.verify(DAY, 1, table.get(1), heads.get(0)), findings, "the chain's own verdict");
        assertEquals(List.of(Kind.INSERTED), kinds(findings));
    }

    @Test
    void records_without_a_head_in_either_reading_have_lost_it() {
        append(1, 3);
        heads.remove(1);
        List<AuditChainHead> none = snapshot();
        List<ChainFinding> findings = verify(none, none).findings();
        assertEquals(List.of(Kind.REMOVED), kinds(findings), findings.toString());
        assertTrue(findings.get(0).detail().contains("head row is missing"));
    }

    @Test
    void records_removed_from_the_end_before_the_first_reading_are_found_although_the_head_moved_on() {
        append(1, 5);
        List<AuditChainHead> before = snapshot();
        append(1, 1);
        table.get(1).remove(4);
        table.get(1).remove(3);
        List<ChainFinding> findings = verify(before, snapshot()).findings();
        assertEquals(List.of(Kind.REMOVED), kinds(findings), findings.toString());
        assertEquals(4, findings.get(0).seq());
    }

    private VerificationReport verify(List<AuditChainHead> before, List<AuditChainHead> after) {
        TrailVerifier trail = new TrailVerifier(TODAY, TODAY, before);
        table.values().forEach(chain -> chain.forEach(trail::add));
        // The open day has no digest yet: the signer is never asked.
        return trail.finish(after, TODAY, Map.of(), Set.of(), null);
    }

    /** Appends records as the trail does: the record and its head's move in one step. */
    private void append(int partition, int count) {
        AuditChainHead head =
                heads.computeIfAbsent(partition, p -> new AuditChainHead(DAY, p, AuditHash.genesis(DAY, p)));
        List<AuditRecord> chain = table.computeIfAbsent(partition, p -> new ArrayList<>());
        for (int i = 0; i < count; i++) {
            long seq = head.getLastSeq() + 1;
            AuditRecord record = stored(++ids, partition, seq, "user" + seq, head.getLastHash(), null);
            chain.add(record);
            head.advance(seq, record.getRecordHash());
        }
    }

    /** The heads as a query would read them now. */
    private List<AuditChainHead> snapshot() {
        return heads.values().stream()
                .map(h -> AuditChainHead.stored(h.getChainDay(), h.getPartition(), h.getLastSeq(), h.getLastHash()))
                .toList();
    }

    private AuditRecord last(int partition) {
        List<AuditRecord> chain = table.get(partition);
        return chain.get(chain.size() - 1);
    }

    /** A well-formed record after another, written into the table without moving the head. */
    private AuditRecord linkedAfter(AuditRecord previous, String user) {
        return stored(++ids, previous.getPartition(), previous.getSeq() + 1, user, previous.getRecordHash(), null);
    }

    /** The original's row with other contents and its old hash. */
    private AuditRecord forged(AuditRecord original) {
        return stored(
                original.getId(),
                original.getPartition(),
                original.getSeq(),
                "forged",
                original.getPrevHash(),
                original.getRecordHash());
    }

    /** A row as the table holds it; hash null means the one its contents give. */
    private static AuditRecord stored(long id, int partition, long seq, String user, String prevHash, String hash) {
        AuditEntry entry = AuditEntry.screen(user, "10.0.0.1", "SIGN_IN", "A123456789", AuditOutcome.SUCCESS);
        LocalDateTime at = TODAY.atTime(9, 0).plusSeconds(seq);
        AuditRecord unsealed = new AuditRecord(entry, at);
        unsealed.chain(DAY, partition, seq, prevHash);
        return AuditRecord.stored(
                id, DAY, partition, seq, at, entry, prevHash, hash != null ? hash : AuditHash.of(prevHash, unsealed));
    }

    private static List<Kind> kinds(List<ChainFinding> findings) {
        return findings.stream().map(ChainFinding::kind).toList();
    }
}
