/** Plain register logic: the encodings agencies exchange Chinese text in (DOMAIN.md §4, §8a). */
package tw.rislink.register.control;
