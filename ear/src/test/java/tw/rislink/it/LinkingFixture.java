package tw.rislink.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.Role;
import tw.rislink.agency.entity.Agency;
import tw.rislink.agency.entity.AgencyKind;
import tw.rislink.linking.entity.Attachment;

/**
 * One test's own parties of a linking case: an applicant agency with its officer, CISO and
 * supervisor, a local registration unit with its officer, and a DHR reviewer, a DIS engineer and
 * a carrier user, each with an e-mail address of its own. Shares nothing with other tests.
 */
@Stateless
@PermitAll
@RunAs(Role.SYSTEM)
public class LinkingFixture {

    static final String PASSWORD = "linking-it-Passw0rd";

    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** The users of one test, by party; e-mail is user@linking.example.gov.tw. */
    public record Parties(
            String agencyCode,
            String localUnitCode,
            String officer,
            String ciso,
            String supervisor,
            String local,
            String dhr,
            String dis,
            String telecom)
            implements java.io.Serializable {

        static String email(String user) {
            return user + "@linking.example.gov.tw";
        }
    }

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private AccountService accounts;

    public Parties create() {
        int n = SERIAL.incrementAndGet();
        String suffix = String.format("%05d%02d", System.nanoTime() % 100_000, n % 100);
        Agency applicant = agency("T" + suffix + "A", "測試申請機關" + suffix, AgencyKind.GOVERNMENT);
        Agency localUnit = agency("T" + suffix + "L", "測試縣政府民政處" + suffix, AgencyKind.PROVIDER);
        Agency dhr = accounts.find("dhr").orElseThrow().getAgency();
        Agency dis = accounts.find("dis").orElseThrow().getAgency();
        Agency carrier = accounts.find("telecom").orElseThrow().getAgency();
        String tag = "lk" + suffix;
        return new Parties(
                applicant.getCode(),
                localUnit.getCode(),
                user(tag + "of", applicant, Role.APPLICANT_OFFICER),
                user(tag + "ci", applicant, Role.CISO),
                user(tag + "su", applicant, Role.AGENCY_SUPERVISOR),
                user(tag + "lo", localUnit, Role.LOCAL_REGISTRATION),
                user(tag + "dh", dhr, Role.DHR_REVIEWER),
                user(tag + "di", dis, Role.DIS_ENGINEER),
                user(tag + "te", carrier, Role.TELECOM));
    }

    /** How many documents a case holds, read apart from the service under test. */
    public long attachments(long caseId) {
        return em.createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.caseId = :id", Long.class)
                .setParameter("id", caseId)
                .getSingleResult();
    }

    /** The bytes stored for a document, read apart from the service under test. */
    public Attachment attachment(long id) {
        return em.find(Attachment.class, id);
    }

    private Agency agency(String code, String name, AgencyKind kind) {
        Agency agency = new Agency(code, name, "Test agency " + code, kind);
        em.persist(agency);
        return agency;
    }

    private String user(String username, Agency agency, Role role) {
        accounts.create(username, PASSWORD.toCharArray(), username, Parties.email(username), agency, EnumSet.of(role));
        return username;
    }
}
