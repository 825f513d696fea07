package tw.rislink.query.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.control.PasswordHasher;
import tw.rislink.account.entity.Role;
import tw.rislink.agency.entity.Agency;
import tw.rislink.agency.entity.AgencyKind;
import tw.rislink.agency.entity.AgencyPermission;
import tw.rislink.agency.entity.AgencyStanding;
import tw.rislink.agency.entity.Channel;
import tw.rislink.agency.entity.DataItem;
import tw.rislink.agency.entity.DataScope;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.certificate.control.TestCa;
import tw.rislink.credential.boundary.ApiCredentials;
import tw.rislink.credential.entity.AgencyPassword;
import tw.rislink.credential.entity.ApiCredential;
import tw.rislink.linking.entity.CaseStatus;
import tw.rislink.linking.entity.DeliveryMode;
import tw.rislink.linking.entity.LinkingCase;

/**
 * A linked demo agency for the embedded database, so that someone who has just started the
 * application can call the data service at once (README, "Using it"): 臺北市政府社會局 with a live
 * case, every household item approved nationwide on the SOAP linking interface, the Web Service
 * API and the electronic gate, its officer {@value #OFFICER} (the demo password) for the
 * workbench, a password-table account whose password is the demo password, and an Iss key bound
 * to an RSA key whose private half is written, with the account's details, to
 * {@code <data>/demo-agency/} for {@code bin/QueryClient.java}. Calls are accepted from the
 * loopback addresses only. Never seeded on Oracle (the caller checks).
 */
@Stateless
@RolesAllowed(Role.SYSTEM)
public class DemoAgency {

    public static final String CODE = "376480000A";
    static final String PHOTO_ITEM = "ID_CARD_PHOTO";
    public static final String ACCOUNT = CODE + "-01";

    /** The agency's officer, who queries in the electronic-gate workbench. */
    public static final String OFFICER = "welfare";

    @PersistenceContext(unitName = "rislink")
    private EntityManager em;

    @EJB
    private ApiCredentials credentials;

    @EJB
    private AccountService accounts;

    /** The folder of the demo agency's key and details, beside the demo company's cards. */
    public static Path dir() {
        return TestCa.dir().resolveSibling("demo-agency");
    }

    /**
     * Creates the agency once (with its files), then only reads its details.
     *
     * @param password the password-table password of its account (the demo password)
     * @return what the start-up banner says about it
     */
    public Map<String, String> ensure(String password) {
        if (!em.createNamedQuery(Agency.BY_CODE, Agency.class)
                .setParameter("code", CODE)
                .getResultList()
                .isEmpty()) {
            return read();
        }
        Agency localUnit = em.createNamedQuery(Agency.BY_CODE, Agency.class)
                .setParameter("code", "379010000A")
                .getSingleResult();
        Agency agency =
                new Agency(CODE, "臺北市政府社會局", "Department of Social Welfare, Taipei City", AgencyKind.GOVERNMENT);
        em.persist(agency);
        LocalDateTime now = TaiwanTime.now();
        List<String> hosts = List.of("127.0.0.1", "::1");
        LinkingCase live = new LinkingCase(agency, "demo", now);
        live.describe(
                localUnit,
                Channel.LINKING_INTERFACE,
                true,
                DataScope.HOUSEHOLD,
                EnumSet.of(DeliveryMode.ONLINE_QUERY, DeliveryMode.FILE_TRANSFER, DeliveryMode.MEDIA_EXCHANGE),
                "示範：社會救助資格審查（demo: social assistance eligibility）",
                hosts,
                "示範承辦人",
                "02-27208889",
                "welfare@demo.rislink.invalid",
                "示範主管");
        // Not the ID-card photos: they serve national security and public order (seed 001 §5), which
        // a welfare office's purpose is not.
        List<DataItem> items = em.createNamedQuery(DataItem.ALL, DataItem.class).getResultList().stream()
                .filter(i -> i.getDataScope() == DataScope.HOUSEHOLD && !i.isRetired())
                .filter(i -> !i.getCode().equals(PHOTO_ITEM))
                .toList();
        Map<DataItem, String> bases = new LinkedHashMap<>();
        items.forEach(i -> bases.put(i, "社會救助法第44條之2（示範）"));
        live.request(bases);
        em.persist(live);
        live.numbered("DEMO-" + live.getId());
        live.moveTo(CaseStatus.LIVE, Set.of(), now, step -> null);
        // The permissions and the password refer to the case by its id, not by a relationship:
        // written first, so that no insert order can precede it.
        em.flush();
        List<String> jobs = new ArrayList<>();
        for (DataItem item : items) {
            for (Channel channel : List.of(Channel.LINKING_INTERFACE, Channel.WEB_SERVICE_API, Channel.E_GATE)) {
                em.persist(new AgencyPermission(agency, item, channel, live.getId(), now));
            }
            item.transactionList().stream().filter(j -> !jobs.contains(j)).forEach(jobs::add);
        }
        em.persist(new AgencyStanding(agency, now));
        accounts.create(
                OFFICER,
                password.toCharArray(),
                "趙社工",
                OFFICER + "@demo.rislink.invalid",
                agency,
                EnumSet.of(Role.APPLICANT_OFFICER));
        em.persist(new AgencyPassword(agency, live.getId(), ACCOUNT, PasswordHasher.hash(password.toCharArray()), now));
        KeyPair keys = keys();
        ApiCredential key = credentials.issue(
                credentials.nextAccount("AG"),
                CODE,
                agency.getNameZh(),
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                hosts,
                jobs);
        live.issKey(key.getIssKey());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("orgId", CODE);
        details.put("apId", key.getAgencyAccount());
        details.put("iss", key.getIssKey());
        details.put("account", ACCOUNT);
        details.put("password", password);
        details.put("key", dir().resolve(CODE + ".key.pem").toString());
        write(details, keys);
        return details;
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is missing from the JDK", e);
        }
    }

    private static void write(Map<String, String> details, KeyPair keys) {
        try {
            TestCa.writePem(
                    dir().resolve(CODE + ".key.pem"),
                    "PRIVATE KEY",
                    keys.getPrivate().getEncoded());
            Properties properties = new Properties();
            properties.putAll(details);
            try (Writer out = Files.newBufferedWriter(dir().resolve(CODE + ".properties"), StandardCharsets.UTF_8)) {
                properties.store(out, "The linked demo agency of the embedded database (bin/QueryClient.java)");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the demo agency's files to " + dir(), e);
        }
    }

    private static Map<String, String> read() {
        Path file = dir().resolve(CODE + ".properties");
        Map<String, String> details = new LinkedHashMap<>();
        if (Files.exists(file)) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file, e);
            }
            for (String name : List.of("orgId", "apId", "iss", "account", "password", "key")) {
                details.put(name, properties.getProperty(name, "?"));
            }
        }
        return details;
    }
}
