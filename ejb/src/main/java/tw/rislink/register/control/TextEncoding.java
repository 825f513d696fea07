package tw.rislink.register.control;

/** The encodings an agency may choose for Chinese text (seed 001 §8). */
public enum TextEncoding {
    UTF_8,
    /** Standard Big5 as Windows code page 950 writes it. */
    BIG5,
    /** Big5 plus the government's extension in Big5's user-defined area; needs the official tables. */
    BIG5E,
    /** EUC-TW with every character in the 4-byte form 8E A1+plane hi lo. */
    EUC_TW_4BYTE,
    /** CNS 11643 code points as text, e.g. "1-4421 3-2144". */
    CNS11643
}
