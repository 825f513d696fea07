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
     * and is in the application's security domain: its beans ({@link Caller}) run as the roles the
     * application's beans check, and a test can also call services as a signed-in user
     * ({@link Identity}).
     */
    public static EnterpriseArchive withTestModule(Class<?> test, Class<?>... helpers) {
        EnterpriseArchive ear = ear();
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "rislink-it.war")
                .addClass(test)
                .addClasses(helpers)
                .addClasses(Identity.class, MailSink.class)
                .addClasses(Caller.CLASSES)
                .addAsLibrary(jarOf(com.icegreen.greenmail.util.GreenMail.class))
                .addAsWebInfResource(new StringAsset(TEST_MODULE_EJB_SECURITY), "jboss-ejb3.xml")
                // One domain for the module's EJBs and its web part: Elytron ties one to its class loader.
                .addAsWebInfResource(
                        new StringAsset("<jboss-web><security-domain>rislink</security-domain></jboss-web>"),
                        "jboss-web.xml")
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"));
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

    /** The jar a class of the test class path was loaded from, to package it into a test module. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static File earFile() {
        File ear = new File(System.getProperty("rislink.ear", "target/rislink.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear + ": run the tests through Maven (verify)");
        }
        return ear;
    }
}
