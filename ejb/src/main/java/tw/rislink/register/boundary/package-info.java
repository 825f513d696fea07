/** Read services over the register and its code tables. */
package tw.rislink.register.boundary;
