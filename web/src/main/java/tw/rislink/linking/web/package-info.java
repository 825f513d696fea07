/** The linking application's screens: the parties' queues, the officer's application, the case page. */
package tw.rislink.linking.web;
