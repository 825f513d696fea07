/** The screens' frame: layout, menus per role, language, ROC dates, messages, security headers. */
package tw.rislink.platform.web;
