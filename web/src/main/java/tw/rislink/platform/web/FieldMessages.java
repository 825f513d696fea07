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
import org.omnifaces.util.Messages;
import tw.rislink.platform.entity.InvalidInputException;

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
        // Not SKIP_UNRENDERED: that evaluates every rendered="…" outside its table row, where
        // the row's variable is null. A message of a field not rendered has nothing to link.
        Components.forEachComponent()
                .ofTypes(UIMessage.class)
                .withHints(VisitHint.SKIP_ITERATION)
                .<UIMessage>invoke(message -> link(context, message));
    }

    /**
     * Shows a refusal where it belongs: a typed text's ({@code invalid.text.*}) at that text's
     * field, marked invalid; any other (a request already decided, a case no longer open) in the
     * summary. Either way in the view's language.
     */
    public static void refuse(InvalidInputException problem, String textField) {
        if (problem.key().startsWith("invalid.text.")) {
            Components.invalidateInput(textField, Texts.of(problem));
        } else {
            Messages.addGlobalError(Texts.of(problem));
        }
    }

    /**
     * Shows a text at a component: an input is marked invalid with it; a group of inputs (a
     * table of choices, a set of ranges) gets it as its message, and the postback fails
     * validation all the same.
     */
    public static void refuseAt(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent target = context.getViewRoot().findComponent(clientId);
        if (target instanceof UIInput) {
            Components.invalidateInput(clientId, text);
        } else {
            Messages.addError(clientId, text);
            context.validationFailed();
        }
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
