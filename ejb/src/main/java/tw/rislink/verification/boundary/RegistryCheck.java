package tw.rislink.verification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.rislink.account.entity.Role;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.credential.entity.ApiCredential;
import tw.rislink.platform.boundary.TimerRuns;
import tw.rislink.verification.control.CompanyRegistry;

/**
 * Once a year (2 January) each company with access must still be in the company registry under
 * its name, or its keys are revoked (seed 002). The check fails safe: without a registry
 * source, or when the registry cannot be read, it revokes nobody and raises an operator alert
 * (log at SEVERE and an audit record with outcome FAILED; the health endpoint and MOI's cases
 * screen show the missing source all year).
 */
@Stateless
@RunAs(Role.SYSTEM)
public class RegistryCheck {

    private static final Logger LOG = Logger.getLogger(RegistryCheck.class.getName());

    /** Audit actions of the check. */
    public static final String CHECKED = "API_REGISTRY_CHECK";

    public static final String SKIPPED = "API_REGISTRY_CHECK_SKIPPED";
    public static final String FAILED = "API_REGISTRY_CHECK_FAILED";

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private CompanyRegistries registries;

    @EJB
    private CompanyMail mail;

    @Schedule(month = "1", dayOfMonth = "2", hour = "4", timezone = "Asia/Taipei", info = "api-yearly-check")
    @Interceptors(TimerRuns.class)
    void yearly() {
        run();
    }

    /** Revokes the keys of every company no longer registered under its name; returns how many keys. */
    @RolesAllowed(Role.SYSTEM)
    public int run() {
        Optional<CompanyRegistry> registry = registries.configured();
        if (registry.isEmpty()) {
            return alert(SKIPPED, registries.status().description() + "; nobody revoked");
        }
        List<ApiCredential> held = em.createQuery(
                        "SELECT c FROM ApiCredential c WHERE c.status <> :revoked ORDER BY c.agencyAccount",
                        ApiCredential.class)
                .setParameter("revoked", ApiCredential.Status.REVOKED)
                .getResultList();
        // Every company is looked up before anyone is revoked: a registry that fails half-way
        // must not leave the companies read so far revoked and the rest not.
        Map<ApiCredential, String> unregistered = new LinkedHashMap<>();
        try {
            for (ApiCredential credential : held) {
                if (!credential.getOrgId().matches("\\d{8}")) {
                    continue;
                }
                Optional<CompanyRegistry.Registration> found = registry.get().lookup(credential.getOrgId());
                if (found.isEmpty()) {
                    unregistered.put(credential, "not in the company registry");
                } else if (!found.get().registered()) {
                    unregistered.put(credential, "no longer registered");
                } else if (!sameName(found.get().name(), credential.getHolderName())) {
                    unregistered.put(credential, "registered as " + found.get().name());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The company registry could not be read", e);
            return alert(FAILED, "the company registry could not be read (" + rootMessage(e) + "); nobody revoked");
        }
        long companies = held.stream()
                .map(ApiCredential::getOrgId)
                .filter(org -> org.matches("\\d{8}"))
                .distinct()
                .count();
        long lost = unregistered.keySet().stream()
                .map(ApiCredential::getOrgId)
                .distinct()
                .count();
        // A registry that suddenly lacks most companies is a broken load job or view, not a wave
        // of dissolutions: revoking on its word would cut off every company at once.
        if ((companies >= 3 && lost == companies) || (companies >= 10 && lost * 2 > companies)) {
            return alert(
                    FAILED,
                    "the company registry would revoke " + lost + " of " + companies
                            + " companies: it looks incomplete; nobody revoked, check the registry");
        }
        unregistered.forEach((credential, why) -> {
            credential.setStatus(ApiCredential.Status.REVOKED);
            audit.record(AuditEntry.system(
                    "API_REVOKED",
                    credential.getOrgId() + " " + credential.getAgencyAccount() + " yearly check: " + why));
            mail.send(
                    credential.getOrgId(),
                    "查驗權限註銷 " + credential.getAgencyAccount(),
                    "依年度公司登記查核，貴公司（" + credential.getHolderName() + "）" + zh(why) + "，機關帳號 "
                            + credential.getAgencyAccount() + " 之查驗權限已註銷。如有疑義，請洽內政部。");
        });
        audit.record(AuditEntry.system(CHECKED, held.size() + " keys checked, " + unregistered.size() + " revoked"));
        return unregistered.size();
    }

    private int alert(String action, String text) {
        LOG.severe(() -> "Yearly company-registry check: " + text);
        audit.record(
                AuditEntry.system(action, text.length() > 400 ? text.substring(0, 400) : text, AuditOutcome.FAILED));
        return 0;
    }

    /** Names as a registry view may render them: padded (CHAR columns) or with full-width forms. */
    static boolean sameName(String registered, String held) {
        return Normalizer.normalize(registered.strip(), Normalizer.Form.NFKC)
                .equals(Normalizer.normalize(held.strip(), Normalizer.Form.NFKC));
    }

    private static String zh(String why) {
        if (why.startsWith("registered as ")) {
            return "之登記名稱已變更為「" + why.substring("registered as ".length()) + "」";
        }
        return why.equals("no longer registered") ? "已非登記中之公司" : "查無公司登記";
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
