package tw.rislink.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every container test uses: the EAR exactly as the build packaged it. */
public final class Deployments {

    private Deployments() {}

    private static final String TEST_MODULE_EJB_SECURITY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <jboss:ejb-jar xmlns:jboss="urn:jboss:domain:ejb3:1.0" xmlns="https://jakarta.ee/xml/ns/jakartaee"
                           xmlns:s="urn:security:1.1" version="4.0" impl-version="2.0">
                <assembly-descriptor>
                    <s:security>
                        <ejb-name>*</ejb-name>
                        <s:security-domain>rislink</s:security-domain>
                        <s:missing-method-permissions-deny-access>true</s:missing-method-permissions-deny-access>
                    </s:security>
                </assembly-descriptor>
            </jboss:ejb-jar>
            """;

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
    }

    /**
     * The EAR with one more web module, {@code /rislink-it}, that carries an in-container test
     * class. Arquillian reaches the test over plain HTTP there, which the application's own module
     * (HTTPS only) would redirect. The test module sees the EJB module, as the application's does,
     * and its beans ({@link Caller}) are in the application's security domain, so that the roles they
     * run as are the ones the application's beans check.
     */
    public static EnterpriseArchive withTestModule(Class<?> test, Class<?>... helpers) {
        EnterpriseArchive ear = ear();
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "rislink-it.war")
                .addClass(test)
                .addClasses(helpers)
                .addClasses(Caller.CLASSES)
                .addAsWebInfResource(new StringAsset(TEST_MODULE_EJB_SECURITY), "jboss-ejb3.xml")
                // One domain for the module's EJBs and its web part: Elytron ties one to its class loader.
                .addAsWebInfResource(
                        new StringAsset("<jboss-web><security-domain>rislink</security-domain></jboss-web>"),
                        "jboss-web.xml");
        Testable.archiveToTest(probe);
        ear.addAsModule(probe);
        String applicationXml;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ear.setApplicationXML(new StringAsset(applicationXml.replace(
                "</application>",
                "<module><web><web-uri>rislink-it.war</web-uri><context-root>/rislink-it</context-root></web></module>"
                        + "</application>")));
        return ear;
    }

    public static File earFile() {
        File ear = new File(System.getProperty("rislink.ear", "target/rislink.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear + ": run the tests through Maven (verify)");
        }
        return ear;
    }
}
