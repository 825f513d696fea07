package tw.rislink.linking.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.linking.boundary.LinkingCases;
import tw.rislink.linking.entity.Attachment;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.platform.web.Texts;

/**
 * Sends a case's scanned document to a party of the case: by its id, with the media type its
 * content was recognised as and the name it was uploaded under (shown only, never a path).
 */
@Named
@RequestScoped
public class DocumentsView {

    @EJB
    private LinkingCases cases;

    public void download(long attachmentId) {
        try {
            LinkingCases.Download download = cases.download(attachmentId);
            Faces.sendFile(download.content(), nameFor(download.attachment()), true);
        } catch (InvalidInputException e) {
            Messages.addGlobalError(Texts.of(e));
        }
    }

    /**
     * The name to send a document under: the uploaded name, ending in the extension of the type
     * its content was recognised as, which the response's content type is taken from.
     */
    static String nameFor(Attachment attachment) {
        List<String> extensions = switch (attachment.getMediaType()) {
            case "application/pdf" -> List.of(".pdf");
            case "image/png" -> List.of(".png");
            case "image/jpeg" -> List.of(".jpg", ".jpeg");
            default -> List.of(".tif", ".tiff");
        };
        String name = attachment.getFileName();
        String lower = name.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(lower::endsWith) ? name : name + extensions.get(0);
    }

    /** A size in KB or MB. */
    public String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB" : String.format("%.1f MB", bytes / 1048576.0);
    }
}
