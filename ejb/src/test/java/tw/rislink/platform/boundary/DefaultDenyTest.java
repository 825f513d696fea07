package tw.rislink.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Schedules;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tw.rislink.account.entity.Role;

/**
 * The EJBs' authorization as written, checked without a server: the container refuses a method
 * without a declaration (AuthorizationIT shows it), so a forgotten one shows here as a build
 * failure that names it rather than as a refusal at run time.
 */
class DefaultDenyTest {

    private static final Set<String> ROLES = Stream.concat(
                    Arrays.stream(Role.values()).map(Role::name), Stream.of(Role.SYSTEM))
            .collect(Collectors.toSet());

    @Test
    void every_public_method_of_every_bean_says_who_may_call_it() {
        List<String> undeclared = new ArrayList<>();
        for (Class<?> bean : beans()) {
            boolean beanDeclares = declares(bean);
            for (Method method : bean.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()
                        && !beanDeclares
                        && !declares(method)) {
                    undeclared.add(bean.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), undeclared, "add @RolesAllowed or @PermitAll (docs/ARCHITECTURE.md, Authorization)");
    }

    @Test
    void every_role_named_is_a_users_role_or_the_platforms() {
        Set<String> unknown = new TreeSet<>();
        for (Class<?> bean : beans()) {
            List<AnnotatedElement> elements = new ArrayList<>(List.of(bean.getDeclaredMethods()));
            elements.add(bean);
            for (AnnotatedElement element : elements) {
                RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
                if (allowed != null) {
                    Arrays.stream(allowed.value())
                            .filter(r -> !ROLES.contains(r))
                            .forEach(r -> unknown.add(bean.getSimpleName() + ": " + r));
                }
            }
            RunAs runAs = bean.getAnnotation(RunAs.class);
            if (runAs != null && !runAs.value().equals(Role.SYSTEM)) {
                unknown.add(bean.getSimpleName() + " runs as " + runAs.value());
            }
        }
        assertEquals(Set.of(), unknown, "a misspelt role denies everyone");
    }

    /**
     * Timers and startup callbacks have no caller: a bean that has one and calls other beans runs
     * as the platform, or its calls are refused (and a timer fails only in the log).
     */
    @Test
    void beans_with_timers_or_startup_work_that_call_other_beans_run_as_the_platform() {
        List<String> anonymous = new ArrayList<>();
        for (Class<?> bean : beans()) {
            boolean containerCalls = Arrays.stream(bean.getDeclaredMethods())
                    .anyMatch(m -> m.isAnnotationPresent(Schedule.class)
                            || m.isAnnotationPresent(Schedules.class)
                            || m.isAnnotationPresent(Timeout.class)
                            || (m.isAnnotationPresent(PostConstruct.class) && bean.isAnnotationPresent(Startup.class)));
            boolean callsBeans = Arrays.stream(bean.getDeclaredFields()).anyMatch(DefaultDenyTest::isBeanReference);
            RunAs runAs = bean.getAnnotation(RunAs.class);
            if (containerCalls && callsBeans && (runAs == null || !runAs.value().equals(Role.SYSTEM))) {
                anonymous.add(bean.getSimpleName());
            }
        }
        assertEquals(List.of(), anonymous, "add @RunAs(Role.SYSTEM)");
    }

    @Test
    void the_ejb_module_denies_what_is_not_declared() throws Exception {
        Document descriptor;
        try (InputStream in = DefaultDenyTest.class.getResourceAsStream("/META-INF/jboss-ejb3.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            descriptor = factory.newDocumentBuilder().parse(in);
        }
        NodeList settings = descriptor.getElementsByTagNameNS("urn:security:1.1", "security");
        assertEquals(1, settings.getLength());
        Element all = (Element) settings.item(0);
        assertEquals(
                "*",
                all.getElementsByTagNameNS("*", "ejb-name")
                        .item(0)
                        .getTextContent()
                        .strip());
        assertEquals(
                "rislink",
                all.getElementsByTagNameNS("urn:security:1.1", "security-domain")
                        .item(0)
                        .getTextContent()
                        .strip());
        assertTrue(Boolean.parseBoolean(
                all.getElementsByTagNameNS("urn:security:1.1", "missing-method-permissions-deny-access")
                        .item(0)
                        .getTextContent()
                        .strip()));
    }

    private static boolean declares(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    private static boolean isBeanReference(Field field) {
        return field.isAnnotationPresent(EJB.class)
                || (field.isAnnotationPresent(Inject.class)
                        && field.getType().getName().startsWith("tw.rislink."));
    }

    /** Every session bean of the module's boundary packages. */
    static List<Class<?>> beans() {
        Path classes;
        try {
            classes = Path.of(HealthService.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(classes.resolve("tw/rislink"))) {
            List<Class<?>> beans = files.filter(
                            f -> f.getParent().getFileName().toString().equals("boundary"))
                    .map(f -> classes.relativize(f).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length())
                            .replace('/', '.')
                            .replace('\\', '.')))
                    .filter(c -> c.isAnnotationPresent(Stateless.class)
                            || c.isAnnotationPresent(Singleton.class)
                            || c.isAnnotationPresent(Stateful.class))
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
            assertTrue(beans.size() > 20, "found the boundary beans: " + beans);
            return beans;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, DefaultDenyTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
