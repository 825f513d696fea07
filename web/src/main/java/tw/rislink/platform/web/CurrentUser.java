package tw.rislink.platform.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.Role;
import tw.rislink.account.entity.UserAccount;

/** The signed-in user as the screens show it; roles come from the security domain, not the page. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private HttpServletRequest request;

    @EJB
    private AccountService accounts;

    private Optional<UserAccount> account;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public Optional<UserAccount> account() {
        if (account == null) {
            account = isSignedIn() ? accounts.find(request.getUserPrincipal().getName()) : Optional.empty();
        }
        return account;
    }

    public UserAccount getAccount() {
        return account().orElse(null);
    }

    public Set<Role> getRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public List<MenuCatalog.Entry> getMenu() {
        return MenuCatalog.entriesFor(getRoles());
    }

    /** The home page of the user's first role, for the start page and the logo link. */
    public String getHomeViewId() {
        return getRoles().stream().findFirst().map(Role::homeViewId).orElse("/login.xhtml");
    }

    /** Navigation outcome of the start page. */
    public String goHome() {
        return getHomeViewId() + "?faces-redirect=true";
    }
}
