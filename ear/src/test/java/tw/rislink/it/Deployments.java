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

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
    }

    /**
     * The EAR with one more web module, {@code /rislink-it}, that carries an in-container test
     * class. Arquillian reaches the test over plain HTTP there, which the application's own module
     * (HTTPS only) would redirect. The test module sees the EJB module, as the application's does.
     */
    public static EnterpriseArchive withTestModule(Class<?> test, Class<?>... helpers) {
        EnterpriseArchive ear = ear();
        WebArchive probe = ShrinkWrap.create(WebArchive.class, "rislink-it.war")
                .addClass(test)
                .addClasses(helpers);
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
