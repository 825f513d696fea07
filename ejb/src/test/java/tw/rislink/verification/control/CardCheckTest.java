package tw.rislink.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.rislink.register.entity.IdCardIssue;
import tw.rislink.verification.control.CardCheck.Outcome;

class CardCheckTest {

    private final IdCardIssue first = card("1", LocalDate.of(1990, 3, 1), "10001", null);
    private final IdCardIssue renewed = card("3", LocalDate.of(2005, 6, 1), "10001", LocalDate.of(2012, 1, 2));
    private final IdCardIssue replaced = card("2", LocalDate.of(2012, 1, 9), "65000", null);

    @Test
    void only_the_current_card_matches() {
        List<IdCardIssue> cards = List.of(first, renewed, replaced);
        assertEquals(Outcome.MATCH, check(cards, "2", LocalDate.of(2012, 1, 9), "65000"));
        assertEquals(Outcome.MISMATCH, check(cards, "1", LocalDate.of(1990, 3, 1), "10001"), "an old card, not lost");
        assertEquals(Outcome.MISMATCH, check(cards, "2", LocalDate.of(2012, 1, 10), "65000"), "a day off");
        assertEquals(Outcome.MISMATCH, check(cards, "2", LocalDate.of(2012, 1, 9), "10001"), "another area");
        assertEquals(Outcome.MISMATCH, check(cards, "3", LocalDate.of(2012, 1, 9), "65000"), "another kind");
    }

    @Test
    void a_card_reported_lost_answers_lost() {
        assertEquals(Outcome.LOST, check(List.of(first, renewed, replaced), "3", LocalDate.of(2005, 6, 1), "10001"));
    }

    @Test
    void never_issued_matches_only_apply_code_0_and_unknown_or_retired_ids_never_match() {
        assertEquals(Outcome.MATCH, CardCheck.compare(true, false, List.of(), "0", LocalDate.of(2020, 1, 1), "63000"));
        assertEquals(
                Outcome.MISMATCH, CardCheck.compare(true, false, List.of(), "1", LocalDate.of(2020, 1, 1), "63000"));
        assertEquals(
                Outcome.MISMATCH, CardCheck.compare(false, false, List.of(), "0", LocalDate.of(2020, 1, 1), "63000"));
        assertEquals(
                Outcome.NO_LONGER_IN_USE,
                CardCheck.compare(false, true, List.of(), "1", LocalDate.of(2020, 1, 1), "63000"));
    }

    private static Outcome check(List<IdCardIssue> cards, String code, LocalDate day, String site) {
        return CardCheck.compare(true, false, cards, code, day, site);
    }

    /** Register rows are read-only entities without setters: build them as the database would. */
    private static IdCardIssue card(String code, LocalDate issued, String site, LocalDate lost) {
        try {
            var constructor = IdCardIssue.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            IdCardIssue card = constructor.newInstance();
            set(card, "applyCode", code);
            set(card, "issuedOn", issued);
            set(card, "issueSite", site);
            set(card, "reportedLostOn", lost);
            return card;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
