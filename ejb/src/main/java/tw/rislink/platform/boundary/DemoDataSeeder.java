package tw.rislink.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.Role;
import tw.rislink.agency.entity.Agency;
import tw.rislink.agency.entity.AgencyKind;
import tw.rislink.certificate.boundary.CompanyCertificates;
import tw.rislink.certificate.control.TestCa;
import tw.rislink.platform.control.Settings;
import tw.rislink.query.boundary.DemoAgency;
import tw.rislink.register.boundary.RegisterSeeder;

/**
 * Seeds the embedded database with demo agencies and one demo user per role, and tells the
 * person who ran the application where it is and how to sign in. Never runs against Oracle.
 * Agency codes are synthetic, in the formats of the real code tables.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "RegisterSeeder", "CompanyCertificates"})
@RunAs(Role.SYSTEM)
public class DemoDataSeeder {

    public static final String DEMO_PASSWORD = "rislink-demo";

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    private static final List<Agency> AGENCIES = List.of(
            new Agency("A01010000C", "內政部戶政司", "Department of Household Registration, MOI", AgencyKind.PROVIDER),
            new Agency("A01020000C", "內政部資訊服務司", "Department of Information Services, MOI", AgencyKind.PROVIDER),
            new Agency("379010000A", "臺北市政府民政局", "Department of Civil Affairs, Taipei City", AgencyKind.PROVIDER),
            new Agency("379040000A", "臺北市政府衛生局", "Department of Health, Taipei City", AgencyKind.GOVERNMENT),
            new Agency("96979933", "中華電信股份有限公司", "Chunghwa Telecom Co., Ltd.", AgencyKind.CARRIER),
            new Agency("04595252", "示範商業銀行股份有限公司", "Demo Commercial Bank Co., Ltd.", AgencyKind.COMPANY));

    /** username → (role, agency code, display name) */
    private static final Map<String, DemoUser> USERS = new LinkedHashMap<>();

    static {
        USERS.put("officer", new DemoUser(Role.APPLICANT_OFFICER, "379040000A", "王承辦"));
        USERS.put("ciso", new DemoUser(Role.CISO, "379040000A", "李資安長"));
        USERS.put("supervisor", new DemoUser(Role.AGENCY_SUPERVISOR, "379040000A", "陳主管"));
        USERS.put("local", new DemoUser(Role.LOCAL_REGISTRATION, "379010000A", "林戶政"));
        USERS.put("dhr", new DemoUser(Role.DHR_REVIEWER, "A01010000C", "張審核"));
        USERS.put("dis", new DemoUser(Role.DIS_ENGINEER, "A01020000C", "黃工程師"));
        USERS.put("telecom", new DemoUser(Role.TELECOM, "96979933", "吳電信"));
        USERS.put("auditor", new DemoUser(Role.AUDITOR, "379040000A", "周稽核"));
        USERS.put("moi", new DemoUser(Role.MOI_API_REVIEWER, "A01010000C", "許審查"));
        USERS.put("admin", new DemoUser(Role.SYSTEM_ADMIN, "A01020000C", "系統管理員"));
    }

    @EJB
    private SchemaMigrator schema;

    @EJB
    private AccountService accounts;

    @EJB
    private RegisterSeeder register;

    @EJB
    private DemoAgency demoAgency;

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    /** The municipal and county governments among the demo agencies, with the county each provides. */
    private static final Map<String, String> COUNTIES = Map.of("379010000A", "63000");

    @PostConstruct
    void seed() {
        if (!schema.dialect().embedded() || !Settings.flag("rislink.demo", true)) {
            return;
        }
        if (accounts.count() == 0) {
            Map<String, Agency> byCode = new LinkedHashMap<>();
            for (Agency agency : AGENCIES) {
                Agency copy = new Agency(agency.getCode(), agency.getNameZh(), agency.getNameEn(), agency.getKind());
                copy.providesCounty(COUNTIES.get(agency.getCode()));
                em.persist(copy);
                byCode.put(copy.getCode(), copy);
            }
            USERS.forEach((username, user) -> accounts.create(
                    username,
                    DEMO_PASSWORD.toCharArray(),
                    user.displayName(),
                    username + "@demo.rislink.invalid",
                    byCode.get(user.agencyCode()),
                    EnumSet.of(user.role())));
        }
        LOG.info(banner(register.status(), demoAgency.ensure(DEMO_PASSWORD)));
    }

    private static String banner(String register, Map<String, String> agency) {
        int offset = Settings.integer("jboss.socket.binding.port-offset", 0);
        StringBuilder text = new StringBuilder("\n")
                .append("==================================================================\n")
                .append(" rislink is running: https://localhost:")
                .append(8443 + offset)
                .append("/rislink/\n")
                .append(" (self-signed development certificate: accept it in the browser)\n")
                .append(" Demo sign-ins, password \"")
                .append(DEMO_PASSWORD)
                .append("\" for all (embedded database only):\n");
        USERS.forEach((username, user) -> text.append(String.format("   %-11s %s%n", username, user.role())));
        text.append(" Companies sign in with a business certificate (certificate-login.xhtml):\n   business ID ")
                .append(CompanyCertificates.DEMO_COMPANY)
                .append(", PIN ")
                .append(CompanyCertificates.DEMO_PIN)
                .append(", card file ")
                .append(TestCa.dir().resolve("cards").resolve(CompanyCertificates.DEMO_COMPANY + ".card.json"))
                .append("\n");
        text.append(" Synthetic register: ").append(register).append("\n");
        if (!agency.isEmpty()) {
            text.append(" Linked demo agency ")
                    .append(DemoAgency.CODE)
                    .append(" (臺北市政府社會局), from this machine only:\n   SOAP https://localhost:")
                    .append(8443 + offset)
                    .append("/rislink/soap/linking/v1?wsdl  account ")
                    .append(agency.get("account"))
                    .append(", password \"")
                    .append(agency.get("password"))
                    .append("\"\n   REST https://localhost:")
                    .append(8443 + offset)
                    .append("/rislink/api/integration/rwv1c1  apId ")
                    .append(agency.get("apId"))
                    .append(", Iss key ")
                    .append(agency.get("iss"))
                    .append("\n   key ")
                    .append(agency.get("key"))
                    .append("\n   try: java bin/QueryClient.java rest RQ02 personId=<an ID of 戶籍資料查詢>\n")
                    .append("   e-gate workbench: sign in as ")
                    .append(DemoAgency.OFFICER)
                    .append(" (demo password) → 電子閘門查詢\n")
                    .append("   ID-card photos (PH01), e-gate only: sign in as ")
                    .append(DemoAgency.PHOTO_OFFICER)
                    .append(" (")
                    .append(DemoAgency.PHOTO_CODE)
                    .append(" 內政部警政署刑事警察局)\n");
        }
        return text.append("==================================================================")
                .toString();
    }

    private record DemoUser(Role role, String agencyCode, String displayName) {}
}
