package tw.rislink.audit.control;

import java.time.LocalDate;
import java.util.List;

/** The result of verifying the audit trail over a range of days. */
public record VerificationReport(
        LocalDate from, LocalDate to, long records, int chains, int digests, List<ChainFinding> findings) {

    public boolean intact() {
        return findings.isEmpty();
    }
}
