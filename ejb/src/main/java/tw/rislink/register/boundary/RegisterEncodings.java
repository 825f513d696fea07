package tw.rislink.register.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import tw.rislink.account.entity.Role;
import tw.rislink.register.control.Big5eTables;
import tw.rislink.register.control.RegisterTextCodec;

/**
 * The one codec the platform writes register text with. BIG-5E's extension comes from the
 * official tables in the folder {@code rislink.encoding.tables.dir} (an administrator copies
 * the government's open-data files there); without them BIG-5E carries standard Big5 only and
 * reports every extension character as one it cannot carry.
 */
@Singleton
@Startup
@RolesAllowed(Role.SYSTEM)
public class RegisterEncodings {

    private static final Logger LOG = Logger.getLogger(RegisterEncodings.class.getName());

    private RegisterTextCodec codec;
    private boolean big5eExtension;

    @PostConstruct
    void load() {
        String folder = System.getProperty("rislink.encoding.tables.dir");
        Big5eTables tables = null;
        if (folder != null && !folder.isBlank() && Files.isDirectory(Path.of(folder))) {
            tables = Big5eTables.load(Path.of(folder));
            big5eExtension = true;
            LOG.info(() -> "BIG-5E extension tables loaded from " + folder);
        } else {
            LOG.warning(() -> "No BIG-5E tables (rislink.encoding.tables.dir=" + folder
                    + "): BIG-5E output is limited to standard Big5 until the official files are installed");
        }
        codec = new RegisterTextCodec(tables);
    }

    // Open: the codec holds public code tables only, no register data; the SOAP linking interface,
    // which runs as no user, writes its answers with it.
    @PermitAll
    public RegisterTextCodec codec() {
        return codec;
    }

    public boolean big5eExtensionLoaded() {
        return big5eExtension;
    }
}
