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
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
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
 * {@code <data>/demo-agency/} for {@code bin/QueryClient.java}. Beside it 內政部警政署刑事警察局,
 * approved for the ID-card photos only, on the electronic gate only, with its officer
 * {@value #PHOTO_OFFICER}. Calls are accepted from the loopback addresses only. Never seeded on
 * Oracle (the caller checks).
 */
@Stateless
@RolesAllowed(Role.SYSTEM)
public class DemoAgency {

    public static final String CODE = "376480000A";
    static final String PHOTO_ITEM = "ID_CARD_PHOTO";
    public static final String ACCOUNT = CODE + "-01";

    /** The agency's officer, who queries in the electronic-gate workbench. */
    public static final String OFFICER = "welfare";

    /** The agency approved for the ID-card photos (PH01) on the electronic gate. */
    public static final String PHOTO_CODE = "301200000A";

    /** Its officer, who sees a card's photo in the workbench. */
    public static final String PHOTO_OFFICER = "police";

    private static final List<String> HOSTS = List.of("127.0.0.1", "::1");

    private static final Logger LOG = Logger.getLogger(DemoAgency.class.getName());

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
        if (byCode(PHOTO_CODE).isEmpty()) {
            if (accounts.find(PHOTO_OFFICER).isPresent()) {
                // A database seeded before the photo agency existed, whose administrator gave the name away.
                LOG.warning(() -> "The demo agency " + PHOTO_CODE + " is not created: the user name " + PHOTO_OFFICER
                        + " is taken");
            } else {
                photoAgency(password);
            }
        }
        return byCode(CODE).isEmpty() ? welfareAgency(password) : read();
    }

    private Optional<Agency> byCode(String code) {
        return em.createNamedQuery(Agency.BY_CODE, Agency.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    private Map<String, String> welfareAgency(String password) {
        Agency agency =
                new Agency(CODE, "臺北市政府社會局", "Department of Social Welfare, Taipei City", AgencyKind.GOVERNMENT);
        // Not the ID-card photos: they serve national security and public order (seed 001 §5), which
        // a welfare office's purpose is not.
        List<DataItem> items = em.createNamedQuery(DataItem.ALL, DataItem.class).getResultList().stream()
                .filter(i -> i.getDataScope() == DataScope.HOUSEHOLD && !i.isRetired())
                .filter(i -> !i.getCode().equals(PHOTO_ITEM))
                .toList();
        LinkingCase live = link(
                agency,
                "示範：社會救助資格審查（demo: social assistance eligibility）",
                "社會救助法第44條之2（示範）",
                items,
                List.of(Channel.LINKING_INTERFACE, Channel.WEB_SERVICE_API, Channel.E_GATE),
                EnumSet.of(DeliveryMode.ONLINE_QUERY, DeliveryMode.FILE_TRANSFER, DeliveryMode.MEDIA_EXCHANGE),
                OFFICER,
                "趙社工",
                password);
        List<String> jobs = new ArrayList<>();
        items.forEach(
                i -> i.transactionList().stream().filter(j -> !jobs.contains(j)).forEach(jobs::add));
        LocalDateTime now = TaiwanTime.now();
        em.persist(new AgencyPassword(agency, live.getId(), ACCOUNT, PasswordHasher.hash(password.toCharArray()), now));
        KeyPair keys = keys();
        ApiCredential key = credentials.issue(
                credentials.nextAccount("AG"),
                CODE,
                agency.getNameZh(),
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                HOSTS,
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

    /** The photos serve public order (seed 001 §5): a criminal investigation bureau's purpose. */
    private void photoAgency(String password) {
        Agency agency = new Agency(
                PHOTO_CODE,
                "內政部警政署刑事警察局",
                "Criminal Investigation Bureau, National Police Agency",
                AgencyKind.GOVERNMENT);
        DataItem photo = em.createNamedQuery(DataItem.BY_CODE, DataItem.class)
                .setParameter("code", PHOTO_ITEM)
                .getSingleResult();
        link(
                agency,
                "示範：刑案偵查之身分辨識（demo: identification in criminal investigations）",
                "刑事訴訟法第229條（示範）",
                List.of(photo),
                List.of(Channel.E_GATE),
                EnumSet.of(DeliveryMode.ONLINE_QUERY),
                PHOTO_OFFICER,
                "林偵查員",
                password);
    }

    /**
     * The agency with a live case under 臺北市政府民政局 for the delivery modes, its items approved
     * nationwide on the channels, its standing and its officer.
     */
    private LinkingCase link(
            Agency agency,
            String purpose,
            String legalBasis,
            List<DataItem> items,
            List<Channel> channels,
            Set<DeliveryMode> deliveryModes,
            String officer,
            String officerName,
            String password) {
        Agency localUnit = byCode("379010000A").orElseThrow();
        em.persist(agency);
        LocalDateTime now = TaiwanTime.now();
        LinkingCase live = new LinkingCase(agency, "demo", now);
        live.describe(
                localUnit,
                channels.get(0),
                true,
                DataScope.HOUSEHOLD,
                deliveryModes,
                purpose,
                HOSTS,
                "示範承辦人",
                "02-27208889",
                officer + "@demo.rislink.invalid",
                "示範主管");
        Map<DataItem, String> bases = new LinkedHashMap<>();
        items.forEach(i -> bases.put(i, legalBasis));
        live.request(bases);
        em.persist(live);
        live.numbered("DEMO-" + live.getId());
        live.moveTo(CaseStatus.LIVE, Set.of(), now, step -> null);
        // The permissions refer to the case by its id, not by a relationship: written first, so
        // that no insert order can precede it.
        em.flush();
        for (DataItem item : items) {
            for (Channel channel : channels) {
                em.persist(new AgencyPermission(agency, item, channel, live.getId(), now));
            }
        }
        em.persist(new AgencyStanding(agency, now));
        accounts.create(
                officer,
                password.toCharArray(),
                officerName,
                officer + "@demo.rislink.invalid",
                agency,
                EnumSet.of(Role.APPLICANT_OFFICER));
        return live;
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
