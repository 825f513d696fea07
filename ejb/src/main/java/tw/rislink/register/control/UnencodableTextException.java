package tw.rislink.register.control;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown instead of replacing characters: names every character the encoding cannot carry. */
public class UnencodableTextException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Unencodable> characters;

    public UnencodableTextException(TextEncoding encoding, List<Unencodable> characters) {
        super(encoding + " cannot carry "
                + characters.stream().map(Unencodable::toString).collect(Collectors.joining("; ")));
        this.characters = List.copyOf(characters);
    }

    public List<Unencodable> characters() {
        return characters;
    }
}
