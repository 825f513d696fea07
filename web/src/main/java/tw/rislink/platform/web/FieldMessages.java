package tw.rislink.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Map;
import org.omnifaces.util.Components;

/**
 * Ties each field to its message for assistive technology: before a view is rendered, every
 * input that a {@code p:message for=…} speaks of and that has a message gets
 * {@code aria-describedby} naming that message (PrimeFaces already renders
 * {@code aria-invalid="true"} on an invalid input, but not the link). Registered once in
 * faces-config.xml, so every screen has it with nothing on the page.
 */
public class FieldMessages implements SystemEventListener {

    private static final String DESCRIBED_BY = "aria-describedby";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        Components.forEachComponent(context)
                .ofTypes(UIMessage.class)
                .withHints(VisitHint.SKIP_UNRENDERED, VisitHint.SKIP_ITERATION)
                .<UIMessage>invoke(message -> link(context, message));
    }

    private static void link(FacesContext context, UIMessage message) {
        if (message.getFor() == null) {
            return;
        }
        UIComponent target = message.findComponent(message.getFor());
        if (!(target instanceof UIInput input)) {
            return;
        }
        Map<String, Object> attributes = input.getPassThroughAttributes();
        // Only while there is something to read: a reference to an empty message would be
        // read as nothing, or flagged as a broken reference.
        if (context.getMessages(input.getClientId(context)).hasNext()) {
            attributes.put(DESCRIBED_BY, message.getClientId(context));
        } else {
            attributes.remove(DESCRIBED_BY);
        }
    }
}
