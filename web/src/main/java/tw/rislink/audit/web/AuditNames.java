package tw.rislink.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import tw.rislink.audit.control.AuditExport;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.platform.web.Texts;

/**
 * The audit trail's codes by their names in the view's language, for the screens
 * ({@code #{auditNames.action(r.action)}}) and the exports alike. An action without a text
 * yet is shown by its code rather than hidden.
 */
@Named
@RequestScoped
public class AuditNames implements AuditExport.Names {

    @Override
    public String action(String action) {
        return action == null ? "" : Texts.nameOf("audit.action." + action, action);
    }

    @Override
    public String outcome(AuditOutcome outcome) {
        return outcome == null ? "" : Texts.get("audit.outcome." + outcome.name());
    }

    @Override
    public String channel(AuditChannel channel) {
        return channel == null ? "" : Texts.get("audit.channel." + channel.name());
    }

    /** A chain's day, {@code 20261122}, as the ROC date {@code 115/11/22}. */
    public String chainDay(String day) {
        return day == null ? "" : AuditExport.chainDay(day);
    }
}
