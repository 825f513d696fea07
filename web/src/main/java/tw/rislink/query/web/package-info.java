/** The electronic-gate workbench: queries, their results with watermark and code, print page, own history, code verification. */
package tw.rislink.query.web;
