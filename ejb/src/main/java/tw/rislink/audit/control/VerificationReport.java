package tw.rislink.audit.control;

import java.time.LocalDate;
import java.util.List;

/** The result of verifying the audit trail over a range of days. */
public record VerificationReport(
        LocalDate from, LocalDate to, long records, int chains, int digests, List<ChainFinding> findings) {

    public boolean intact() {
        return findings.isEmpty();
    }

    /**
     * Nothing to verify: no records in the range (days still to come, or before the trail
     * began). Intact only in the sense that nothing was found wrong, which a reader must not
     * take for "checked and sound".
     */
    public boolean noRecords() {
        return records == 0 && findings.isEmpty();
    }
}
