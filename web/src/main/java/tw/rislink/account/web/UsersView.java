package tw.rislink.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.UserAccount;
import tw.rislink.platform.web.Texts;

/** The administrator's list of accounts, with the unlock action for locked ones. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;

    private List<UserAccount> users;

    @PostConstruct
    void load() {
        users = accounts.all();
    }

    public void unlock(String username) {
        if (accounts.unlock(username, Faces.getRemoteUser(), Faces.getRemoteAddr())) {
            Messages.addGlobalInfo(Texts.get("users.unlocked", username));
        } else {
            Messages.addGlobalError(Texts.get("users.unknown", username));
        }
        load();
    }

    public List<UserAccount> getUsers() {
        return users;
    }
}
