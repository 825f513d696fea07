/** Integration tests against a real WildFly: HTTP clients, a real browser, server restarts. */
package tw.rislink.it;
