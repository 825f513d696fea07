package tw.rislink.verification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tw.rislink.verification.entity.AbnormalUseCase.Status;

class AbnormalUseCaseTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    private static AbnormalUseCase opened() {
        return new AbnormalUseCase("04595252", "示範商業銀行", "teller9", "錯誤查驗 24 次", NOW, LocalDate.of(2026, 11, 30));
    }

    @Test
    void an_accepted_explanation_closes_the_case() {
        AbnormalUseCase found = opened();
        found.answer("誤用舊資料");
        found.accept(NOW);
        assertEquals(Status.ACCEPTED, found.getStatus());
        assertEquals(NOW, found.getClosedAt());
    }

    @Test
    void a_refused_explanation_or_none_revokes_and_only_an_accepted_plan_reopens() {
        AbnormalUseCase refused = opened();
        refused.answer("系統測試");
        refused.refuse("說明不足", NOW);
        assertEquals(Status.REVOKED, refused.getStatus());
        assertEquals("說明不足", refused.getDecisionReason());

        refused.proposePlan("每日檢核錯誤率");
        refused.refusePlan("未說明如何檢核");
        assertEquals(Status.REVOKED, refused.getStatus(), "a refused plan: propose another");
        refused.proposePlan("每日檢核錯誤率，超過 1% 停止查驗並通報");
        refused.acceptPlan(NOW);
        assertEquals(Status.IMPROVED, refused.getStatus());

        AbnormalUseCase lapsed = opened();
        lapsed.lapse(NOW);
        assertEquals(Status.REVOKED, lapsed.getStatus());
    }

    @Test
    void steps_out_of_order_are_refused_and_change_nothing() {
        AbnormalUseCase found = opened();
        assertThrows(IllegalArgumentException.class, () -> found.accept(NOW), "nothing to accept yet");
        assertThrows(IllegalArgumentException.class, () -> found.proposePlan("plan"), "not revoked");
        found.answer("說明");
        assertThrows(IllegalArgumentException.class, () -> found.answer("again"), "answered once");
        assertThrows(IllegalArgumentException.class, () -> found.lapse(NOW), "answered in time");
        assertEquals(Status.ANSWERED, found.getStatus());
        assertEquals("說明", found.getExplanation());
    }
}
