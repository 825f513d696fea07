package tw.rislink.certificate.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import tw.rislink.account.entity.Role;
import tw.rislink.certificate.control.BusinessCertificates;
import tw.rislink.certificate.control.Pem;
import tw.rislink.certificate.control.SoftCard;
import tw.rislink.certificate.control.TestCa;
import tw.rislink.platform.boundary.SchemaMigrator;

/**
 * The issuers of business certificates the platform trusts and their revocation lists, read from
 * the files named by {@code rislink.company.ca} and {@code rislink.company.crl} (comma-separated).
 * The lists are read again whenever a file changes, so an administrator's daily download of the
 * CA's list takes effect without a restart. Without those settings, on the embedded database, a
 * test CA is created with demo cards (docs/OPERATIONS.md); on Oracle they are required.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@Lock(LockType.READ)
@RunAs(Role.SYSTEM)
public class CompanyCertificates {

    /** The demo cards' PIN. */
    public static final String DEMO_PIN = "123456";

    /** The demo company, the bank of the demo data. */
    public static final String DEMO_COMPANY = "04595252";

    private static final Logger LOG = Logger.getLogger(CompanyCertificates.class.getName());

    @EJB
    private SchemaMigrator schema;

    private Path caFile;
    private List<Path> crlFiles;
    private volatile Loaded loaded;

    private record Loaded(BusinessCertificates trust, List<FileTime> stamps) {}

    @PostConstruct
    void start() {
        String ca = System.getProperty("rislink.company.ca");
        String crl = System.getProperty("rislink.company.crl");
        if (ca == null || ca.isBlank()) {
            if (!schema.dialect().embedded()) {
                throw new IllegalStateException(
                        "rislink.company.ca is not set: name the PEM file of the business certificate CA(s)");
            }
            Path dir = TestCa.dir();
            caFile = dir.resolve("ca.pem");
            crlFiles = List.of(dir.resolve("crl.pem"));
            prepareTestCa(dir);
        } else {
            caFile = Path.of(ca.strip());
            if (crl == null || crl.isBlank()) {
                throw new IllegalStateException(
                        "rislink.company.crl is not set: name the revocation list file(s) of the business certificate CA(s)");
            }
            crlFiles = Arrays.stream(crl.split(","))
                    .map(String::strip)
                    .map(Path::of)
                    .toList();
        }
        current();
        LOG.info(() -> "Business certificates: trusting " + caFile + ", revocation lists " + crlFiles);
    }

    /** The trust as the files now say. */
    @RolesAllowed(Role.SYSTEM)
    public BusinessCertificates current() {
        List<FileTime> stamps = new ArrayList<>();
        stamps.add(stamp(caFile));
        crlFiles.forEach(f -> stamps.add(stamp(f)));
        Loaded now = loaded;
        if (now == null || !now.stamps().equals(stamps)) {
            List<X509CRL> crls = new ArrayList<>();
            crlFiles.stream().filter(Files::exists).forEach(f -> crls.addAll(Pem.crls(f)));
            now = new Loaded(new BusinessCertificates(Pem.certificates(caFile), crls), stamps);
            loaded = now;
        }
        return now.trust();
    }

    private static FileTime stamp(Path file) {
        try {
            return Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the test CA and its demo cards on first start: the demo bank's card, one of its
     * cards that has expired and one that is revoked. The revocation list is signed again at
     * every start, valid for 30 days.
     */
    private static void prepareTestCa(Path dir) {
        try {
            boolean created = !Files.exists(dir.resolve("ca.p12"));
            TestCa ca = TestCa.openOrCreate(dir.resolve("ca.p12"));
            Path revokedFile = dir.resolve("revoked.txt");
            if (created) {
                TestCa.writePem(
                        dir.resolve("ca.pem"), "CERTIFICATE", ca.certificate().getEncoded());
                Instant now = Instant.now();
                String bank = "示範商業銀行股份有限公司";
                card(
                        dir,
                        DEMO_COMPANY,
                        ca.issue(DEMO_COMPANY, bank, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(730))));
                card(
                        dir,
                        DEMO_COMPANY + "-expired",
                        ca.issue(DEMO_COMPANY, bank, now.minus(Duration.ofDays(800)), now.minus(Duration.ofDays(70))));
                TestCa.Issued revoked =
                        ca.issue(DEMO_COMPANY, bank, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(730)));
                card(dir, DEMO_COMPANY + "-revoked", revoked);
                Files.writeString(
                        revokedFile, revoked.certificate().getSerialNumber().toString(16) + "\n");
            }
            List<BigInteger> revoked = Files.readAllLines(revokedFile, StandardCharsets.US_ASCII).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> new BigInteger(line.strip(), 16))
                    .toList();
            TestCa.writePem(
                    dir.resolve("crl.pem"),
                    "X509 CRL",
                    ca.crl(revoked, Instant.now(), Duration.ofDays(30)).getEncoded());
        } catch (IOException | CertificateEncodingException | CRLException e) {
            throw new IllegalStateException("Cannot prepare the test CA in " + dir, e);
        }
    }

    private static void card(Path dir, String name, TestCa.Issued issued) throws IOException {
        X509Certificate certificate = issued.certificate();
        SoftCard.write(
                dir.resolve("cards").resolve(name + ".card.json"), certificate, issued.key(), DEMO_PIN.toCharArray());
    }
}
