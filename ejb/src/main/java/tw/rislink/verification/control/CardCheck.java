package tw.rislink.verification.control;

import java.time.LocalDate;
import java.util.List;
import tw.rislink.register.entity.IdCardIssue;

/**
 * Compares ID-card issuance data typed by a company's user (apply code, issue date, issuing
 * area) with the register's cards of that ID, without revealing anything else.
 */
public final class CardCheck {

    public enum Outcome {
        /** The current card, as typed (answer 1). */
        MATCH,
        /** No card of this ID was issued so (answers 2–4, counted). */
        MISMATCH,
        /** A card reported lost, as typed (answer 7). */
        LOST,
        /** The ID number is no longer in use (answer 6). */
        NO_LONGER_IN_USE
    }

    private CardCheck() {}

    /**
     * @param known whether the register holds the ID at all
     * @param retired whether the ID was replaced by another (統號變更)
     * @param cards the ID's cards, oldest first
     */
    public static Outcome compare(
            boolean known, boolean retired, List<IdCardIssue> cards, String applyCode, LocalDate issued, String site) {
        if (retired) {
            return Outcome.NO_LONGER_IN_USE;
        }
        if (!known) {
            return Outcome.MISMATCH;
        }
        if (cards.isEmpty()) {
            return "0".equals(applyCode) ? Outcome.MATCH : Outcome.MISMATCH;
        }
        for (int i = cards.size() - 1; i >= 0; i--) {
            IdCardIssue card = cards.get(i);
            boolean same = card.getApplyCode().equals(applyCode)
                    && card.getIssuedOn().equals(issued)
                    && card.getIssueSite().equals(site);
            if (!same) {
                continue;
            }
            if (card.getReportedLostOn() != null) {
                return Outcome.LOST;
            }
            return i == cards.size() - 1 ? Outcome.MATCH : Outcome.MISMATCH;
        }
        return Outcome.MISMATCH;
    }
}
