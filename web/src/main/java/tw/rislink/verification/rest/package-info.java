/** The MOI API's verification endpoints, as existing client programs call them. */
package tw.rislink.verification.rest;
