package tw.rislink.agency.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.rislink.platform.entity.InvalidInputException;

/** The rules of a linked agency's standing, violations and termination, without a database. */
class LinkedAgencyLifeTest {

    private static final Agency AGENCY = new Agency("A12345678B", "測試機關", "Test agency", AgencyKind.GOVERNMENT);
    private static final Agency PROVIDER = new Agency("P12345678B", "提供機關", "Provider", AgencyKind.PROVIDER);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 8, 31, 10, 0);

    @Test
    void a_remedy_is_due_six_months_after_the_violation_and_a_termination_takes_effect_a_month_after_notice() {
        assertEquals(LocalDate.of(2027, 2, 28), violation(false).getRemedyDue(), "31 August + 6 months");
        AgencyTermination notice = new AgencyTermination(AGENCY, "officer", LocalDateTime.of(2027, 1, 31, 9, 0));
        assertEquals(LocalDate.of(2027, 1, 31), notice.getNoticeOn());
        assertEquals(LocalDate.of(2027, 2, 28), notice.getEffectiveOn(), "31 January + 1 month");
    }

    @Test
    void a_remedy_is_submitted_then_accepted_or_refused_and_submitted_again() {
        AgencyViolation violation = violation(true);
        assertThrows(InvalidInputException.class, () -> violation.accept("local", NOW), "nothing to accept yet");
        violation.remedy("已改善", "officer", NOW);
        assertEquals(AgencyViolation.Outcome.REMEDIED, violation.getOutcome());
        assertThrows(
                InvalidInputException.class, () -> violation.remedy("再一次", "officer", NOW), "waits for the provider");
        violation.refuse("不足", "local", NOW);
        assertEquals(AgencyViolation.Outcome.OPEN, violation.getOutcome());
        assertEquals("不足", violation.getRefusalReason());
        violation.remedy("已完整改善", "officer", NOW);
        violation.accept("local", NOW);
        assertEquals(AgencyViolation.Outcome.ACCEPTED, violation.getOutcome());
        violation.lapse(NOW);
        assertEquals(AgencyViolation.Outcome.ACCEPTED, violation.getOutcome(), "an accepted remedy never lapses");
    }

    @Test
    void an_open_violation_lapses_with_or_without_a_remedy_waiting() {
        AgencyViolation open = violation(false);
        open.lapse(NOW);
        assertEquals(AgencyViolation.Outcome.LAPSED, open.getOutcome());
        AgencyViolation waiting = violation(false);
        waiting.remedy("已改善", "officer", NOW);
        waiting.lapse(NOW);
        assertEquals(AgencyViolation.Outcome.LAPSED, waiting.getOutcome());
    }

    @Test
    void restoring_returns_the_keys_every_suspension_of_the_period_suspended() {
        AgencyStanding standing = new AgencyStanding(AGENCY, NOW);
        assertTrue(standing.mayLink());
        standing.suspend(List.of("key1"), NOW);
        standing.suspend(List.of("key2"), NOW.plusHours(1));
        assertFalse(standing.mayLink());
        assertEquals(NOW, standing.getSince(), "suspended since the first suspension");
        assertEquals(List.of("key1", "key2"), standing.restore(NOW.plusDays(1)));
        assertTrue(standing.mayLink());
        assertEquals(List.of(), standing.suspendedKeys());
        standing.end(AgencyStanding.Standing.TERMINATED, NOW.plusDays(2));
        assertFalse(standing.mayLink());
        assertThrows(IllegalArgumentException.class, () -> standing.end(AgencyStanding.Standing.SUSPENDED, NOW));
    }

    @Test
    void a_staff_change_is_acknowledged_once_and_not_flagged_after() {
        StaffChange change = new StaffChange(
                AGENCY, StaffChange.Kind.SUPERVISOR, "王", "李", "officer", NOW, LocalDate.of(2026, 9, 7));
        assertTrue(change.acknowledge("local", NOW));
        assertFalse(change.acknowledge("dhr", NOW));
        assertFalse(change.flagOverdue());
        assertFalse(change.isOverdue());
    }

    private static AgencyViolation violation(boolean suspend) {
        return new AgencyViolation(AGENCY, "local", PROVIDER, NOW, "違規", suspend);
    }
}
