package tw.rislink.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The one deployment every container test uses: the EAR exactly as the build packaged it. */
public final class Deployments {

    private Deployments() {}

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
    }

    public static File earFile() {
        File ear = new File(System.getProperty("rislink.ear", "target/rislink.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear + ": run the tests through Maven (verify)");
        }
        return ear;
    }
}
