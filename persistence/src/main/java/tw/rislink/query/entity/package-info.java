/** What the data service keeps of an answer: electronic-gate results under their verification codes. */
package tw.rislink.query.entity;
