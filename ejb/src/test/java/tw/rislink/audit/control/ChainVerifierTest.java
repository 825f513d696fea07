package tw.rislink.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.rislink.audit.control.ChainFinding.Kind;
import tw.rislink.audit.entity.AuditChainHead;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.audit.entity.AuditRecord;

class ChainVerifierTest {

    private static final String DAY = "20261122";
    private static final int PARTITION = 3;
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 22, 9, 0, 0, 123_000_000);

    private final List<AuditRecord> chain = new ArrayList<>();
    private AuditChainHead head;

    @BeforeEach
    void fiveRecords() {
        head = new AuditChainHead(DAY, PARTITION, AuditHash.genesis(DAY, PARTITION));
        for (int i = 1; i <= 5; i++) {
            chain.add(append(entry("user" + i, "A12345678" + i)));
        }
    }

    @Test
    void an_intact_chain_has_no_findings() {
        assertEquals(List.of(), verify());
    }

    @Test
    void a_changed_field_is_named_at_its_record() {
        AuditRecord original = chain.get(2);
        chain.set(2, copy(original, entry("user3", "B123456789"), original.getPrevHash(), original.getRecordHash()));
        assertFindings(List.of(Kind.CHANGED), List.of(3L));
    }

    @Test
    void a_change_with_a_recomputed_hash_breaks_the_link_to_the_next_record() {
        AuditRecord original = chain.get(2);
        chain.set(2, copy(original, entry("user3", "B123456789"), original.getPrevHash(), null));
        assertFindings(List.of(Kind.BROKEN_LINK), List.of(4L));
    }

    @Test
    void a_removed_record_is_named_by_its_number() {
        chain.remove(2);
        assertFindings(List.of(Kind.REMOVED), List.of(3L));
    }

    @Test
    void removed_records_at_the_end_are_found_through_the_head() {
        chain.remove(4);
        chain.remove(3);
        assertFindings(List.of(Kind.REMOVED), List.of(4L));
    }

    @Test
    void a_record_inserted_with_a_taken_number_is_the_one_that_does_not_link_on() {
        AuditRecord genuine = chain.get(2);
        AuditRecord intruder = copy(genuine, entry("intruder", "C123456789"), genuine.getPrevHash(), null);
        chain.add(3, intruder);
        List<ChainFinding> findings = verify();
        assertFindings(List.of(Kind.INSERTED), List.of(3L));
        assertNotEquals(genuine.getRecordHash(), intruder.getRecordHash());
        assertEquals(1, findings.size());
    }

    @Test
    void a_record_appended_past_the_head_is_inserted() {
        AuditRecord last = chain.get(4);
        AuditRecord appended = new AuditRecord(entry("late", "D123456789"), T0.plusMinutes(9));
        appended.chain(DAY, PARTITION, 6, last.getRecordHash());
        appended.seal(AuditHash.of(last.getRecordHash(), appended));
        chain.add(appended);
        assertFindings(List.of(Kind.INSERTED), List.of(6L));
    }

    @Test
    void hashes_depend_on_every_field_and_on_the_previous_hash() {
        AuditRecord record = chain.get(0);
        assertNotEquals(AuditHash.of(record.getPrevHash(), record), AuditHash.of(AuditHash.genesis(DAY, 4), record));
        assertNotEquals(AuditHash.genesis(DAY, 1), AuditHash.genesis("20261123", 1));
    }

    private AuditRecord append(AuditEntry entry) {
        long seq = head.getLastSeq() + 1;
        AuditRecord record = new AuditRecord(entry, T0.plusMinutes(seq));
        record.chain(DAY, PARTITION, seq, head.getLastHash());
        record.seal(AuditHash.of(head.getLastHash(), record));
        head.advance(seq, record.getRecordHash());
        return record;
    }

    /** A record in the original's place with other contents; hash null means a correctly recomputed one. */
    private static AuditRecord copy(AuditRecord original, AuditEntry entry, String prevHash, String hash) {
        AuditRecord copy = new AuditRecord(entry, original.getOccurredAt());
        copy.chain(original.getChainDay(), original.getPartition(), original.getSeq(), prevHash);
        copy.seal(hash != null ? hash : AuditHash.of(prevHash, copy));
        return copy;
    }

    private static AuditEntry entry(String user, String subject) {
        return AuditEntry.screen(user, "10.0.0.1", "SIGN_IN", subject, AuditOutcome.SUCCESS);
    }

    private List<ChainFinding> verify() {
        return ChainVerifier.verify(DAY, PARTITION, chain, head);
    }

    private void assertFindings(List<Kind> kinds, List<Long> seqs) {
        List<ChainFinding> findings = verify();
        assertEquals(kinds, findings.stream().map(ChainFinding::kind).toList(), findings.toString());
        assertEquals(seqs, findings.stream().map(ChainFinding::seq).toList(), findings.toString());
    }
}
